"""Time expressions: each pattern family against fixed publication dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.timex import TimeExpr, find_time_expressions

THU = date(2015, 8, 6)  # a Thursday; 21 Shawwal 1436


def values(text: str, published: date | datetime | None = THU) -> list[tuple[str, str | None]]:
    return [(e.text, e.value) for e in find_time_expressions(text, published)]


def only(text: str, published: date | datetime | None = THU) -> TimeExpr:
    found = find_time_expressions(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("التقى الوزير أمس نظيره", "أمس", "2015-08-05"),
        ("وصل البارحة إلى الرياض", "البارحة", "2015-08-05"),
        ("التقى الوزيران الليلة الماضية في لندن", "الليلة الماضية", "2015-08-05"),
        ("قال اليوم إن", "اليوم", "2015-08-06"),
        ("يصل غداً إلى عمّان", "غداً", "2015-08-07"),
        ("يصل غدا", "غدا", "2015-08-07"),
        ("يصل بعد غد", "بعد غد", "2015-08-08"),
        ("وصل أول أمس", "أول أمس", "2015-08-04"),
        ("وصل أول من أمس", "أول من أمس", "2015-08-04"),
        ("وصل مساء أمس (الأربعاء) إلى", "مساء أمس (الأربعاء)", "2015-08-05"),
        ("وأمس التقى", "أمس", "2015-08-05"),
        ("قال اليوم الخميس إن", "اليوم الخميس", "2015-08-06"),
        ("وقررت اليوم الخميس، التأكيد على", "اليوم الخميس", "2015-08-06"),
    ],
)
def test_relative_days(text: str, phrase: str, value: str) -> None:
    e = only(text)
    assert (e.text, e.value, e.precision, e.kind) == (phrase, value, "day", "relative")


@pytest.mark.parametrize(
    "text", ["اليوم الوطني للمملكة", "في أمس الحاجة إلى الدعم", "قال لصحيفة «اليوم» إن"]
)
def test_lookalikes_are_not_days(text: str) -> None:
    assert find_time_expressions(text, THU) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("التقاه الخميس في جدة", "2015-08-06"),  # the publication day itself
        ("التقاه الأربعاء في جدة", "2015-08-05"),
        ("التقاه الجمعة في جدة", "2015-07-31"),
        ("التقاه يوم الاثنين في جدة", "2015-08-03"),
        ("التقاه الخميس الماضي", "2015-07-30"),
        ("يلتقيه الخميس المقبل", "2015-08-13"),
        ("يلتقيه يوم الأحد القادم", "2015-08-09"),
        ("ومن المقرر أن يلتقيه الجمعة في جدة", "2015-08-07"),  # future cue
        ("سيلتقي الوزير نظيره السبت", "2015-08-08"),  # future verb
        ("أعلن (الثلاثاء) أن", "2015-08-04"),
    ],
)
def test_weekdays(text: str, value: str) -> None:
    e = only(text)
    assert (e.value, e.precision) == (value, "day")


def test_ambiguous_weekdays_need_a_cue() -> None:
    assert find_time_expressions("اتفق الاثنين على الحل", THU) == []
    assert values("اتفقا يوم الاثنين") == [("يوم الاثنين", "2015-08-03")]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("الأسبوع الماضي", date(2015, 8, 6), "2015-W31"),
        ("الأسبوع المقبل", date(2015, 8, 6), "2015-W33"),
        ("هذا الأسبوع", date(2015, 8, 6), "2015-W32"),
        ("الأسبوع الماضي", date(2015, 1, 5), "2015-W01"),  # 29 Dec 2014 is in ISO 2015-W01
        ("الأسبوع الجاري", date(2016, 1, 3), "2015-W53"),
        ("الأسبوع المقبل", date(2015, 12, 31), "2016-W01"),
    ],
)
def test_weeks_are_iso_weeks(text: str, published: date, value: str) -> None:
    e = only(text, published)
    assert (e.value, e.precision) == (value, "week")


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("الشهر الماضي", date(2015, 1, 15), "2014-12"),
        ("الشهر المقبل", date(2015, 12, 10), "2016-01"),
        ("الشهر الجاري", date(2015, 8, 6), "2015-08"),
        ("في وقت سابق من الشهر الجاري، التقى", date(2015, 8, 6), "2015-08"),
        ("في وقت سابق من هذا الشهر", date(2015, 8, 6), "2015-08"),
        ("مطلع الشهر", date(2015, 8, 6), "2015-08"),
        ("أواخر الشهر الماضي", date(2015, 3, 2), "2015-02"),
    ],
)
def test_months(text: str, published: date, value: str) -> None:
    e = only(text, published)
    assert (e.value, e.precision) == (value, "month")


def test_phrase_kept_whole() -> None:
    assert only("في وقت سابق من الشهر الجاري، التقى").text == "في وقت سابق من الشهر الجاري"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("العام الماضي", "2014"),
        ("العام الجاري", "2015"),
        ("السنة المقبلة", "2016"),
        ("مطلع العام الحالي", "2015"),
    ],
)
def test_relative_years(text: str, value: str) -> None:
    e = only(text)
    assert (e.value, e.precision, e.kind) == (value, "year", "relative")


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("الخميس 6 أغسطس 2015", "2015-08-06", "absolute"),
        ("الخميس، 6 أغسطس 2015", "2015-08-06", "absolute"),
        ("٦ أغسطس ٢٠١٥", "2015-08-06", "absolute"),
        ("۶ آب ۲۰۱۵", "2015-08-06", "absolute"),  # Persian digits
        ("6 آب/أغسطس 2015", "2015-08-06", "absolute"),
        ("6 أغسطس (آب) 2015م", "2015-08-06", "absolute"),
        ("6 أوت 2015", "2015-08-06", "absolute"),
        ("14 جويلية 2015", "2015-07-14", "absolute"),
        ("الأول من تشرين الأول 2014", "2014-10-01", "absolute"),
        ("٢٦ تموز", "2015-07-26", "relative"),
        ("26 كانون الثاني", "2015-01-26", "relative"),
        ("10 ديسمبر", "2014-12-10", "relative"),  # nearest before publication
        ("5 يناير المقبل", "2016-01-05", "relative"),
        ("15 مارس", "2015-03-15", "relative"),
        ("9 أغسطس الجاري", "2015-08-09", "relative"),
    ],
)
def test_gregorian_dates(text: str, value: str, kind: str) -> None:
    e = only(text)
    assert (e.text, e.value, e.precision, e.kind) == (text, value, "day", kind)


def test_missing_year_wraps_back_in_january() -> None:
    jan = date(2016, 1, 5)
    assert values("في ديسمبر", jan) == [("في ديسمبر", "2015-12")]
    assert values("وصل في 28 ديسمبر", jan) == [("28 ديسمبر", "2015-12-28")]
    assert values("يصل في 20 يناير المقبل", date(2015, 12, 20)) == [
        ("20 يناير المقبل", "2016-01-20")
    ]


def test_weekday_picks_the_year() -> None:
    # 6 August was a Thursday in 2015, a Wednesday in 2014.
    assert values("الخميس 6 أغسطس", date(2016, 1, 5)) == [("الخميس 6 أغسطس", "2015-08-06")]
    assert values("الأربعاء 6 أغسطس", date(2016, 1, 5)) == [("الأربعاء 6 أغسطس", "2014-08-06")]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("في أبريل", "2015-04", "month"),
        ("شهر مارس الماضي", "2015-03", "month"),
        ("أغسطس المقبل", "2016-08", "month"),
        ("يونيو 2014", "2014-06", "month"),
        ("حزيران 2014", "2014-06", "month"),
        ("أواخر يوليو الماضي", "2015-07", "month"),
        ("مايو/ أيار من العام الماضي", "2014-05", "month"),
        ("نوفمبر من هذا العام", "2015-11", "month"),
    ],
)
def test_month_names(text: str, value: str, precision: str) -> None:
    e = only(text)
    assert (e.value, e.precision) == (value, precision)


def test_ambiguous_month_names_need_a_cue() -> None:
    assert find_time_expressions("مارس الضغط على الحكومة", THU) == []
    assert values("مارس 2015") == [("مارس 2015", "2015-03")]
    assert values("وصل في مارس") == [("في مارس", "2015-03")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("6/8/2015", "2015-08-06"),
        ("2015-08-06", "2015-08-06"),
        ("٠٦/٠٨/٢٠١٥", "2015-08-06"),
        ("8/25/2015", "2015-08-25"),
        ("1436/10/21 هـ", "2015-08-06"),
    ],
)
def test_numeric_dates(text: str, value: str) -> None:
    e = only(text)
    assert (e.value, e.precision, e.kind) == (value, "day", "absolute")


def test_invalid_numeric_dates_are_dropped() -> None:
    assert [e for e in find_time_expressions("31/2/2015", THU) if e.value] == []


@pytest.mark.parametrize(
    ("text", "value", "precision", "kind"),
    [
        ("21 شوال 1436 هـ", "2015-08-06", "day", "absolute"),
        ("٢١ شوال ١٤٣٦هـ", "2015-08-06", "day", "absolute"),
        ("الخامس من شهر ذي القعدة 1436", "2015-08-20", "day", "absolute"),
        ("شوال 1436", "2015-07", "month", "absolute"),
        ("1 رمضان", "2015-06-18", "day", "relative"),
        ("شهر رمضان المقبل", "2016-06", "month", "relative"),
        ("العام 1391 هـ", "1971", "year", "absolute"),
    ],
)
def test_hijri(text: str, value: str, precision: str, kind: str) -> None:
    e = only(text)
    assert (e.value, e.precision, e.kind) == (value, precision, kind)


def test_hijri_current_month_stays_in_this_year() -> None:
    assert values("حتى 30 من شهر شوال الجاري") == [("30 من شهر شوال الجاري", "2015-08-15")]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("عام 2011", "عام 2011", "2011"),
        ("وفي 2015.", "في 2015", "2015"),
        ("في العام 2003", "العام 2003", "2003"),
        ("أواخر 2014", "أواخر 2014", "2014"),
        ("سنة 1999م", "سنة 1999م", "1999"),
    ],
)
def test_years(text: str, phrase: str, value: str) -> None:
    e = only(text)
    assert (e.text, e.value, e.precision, e.kind) == (phrase, value, "year", "absolute")


def test_bare_number_in_is_not_a_year() -> None:
    assert find_time_expressions("قتل في 2000 حادث", THU) == []


@pytest.mark.parametrize(
    "text", ["منذ 4 سنوات", "خلال 48 ساعة", "لمدة ثلاثة أشهر", "منذ عامين", "يبلغ من العمر 39 عاماً"]
)
def test_durations_are_not_dates(text: str) -> None:
    (e,) = find_time_expressions(text, THU)
    assert (e.kind, e.value, e.precision) == ("duration", None, None)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("قبل ثلاثة أيام", "2015-08-03", "day"),
        ("قبل يومين", "2015-08-04", "day"),
        ("قبل أسبوع", "2015-W31", "week"),
        ("قبل شهرين", "2015-06", "month"),
        ("قبل عام", "2014", "year"),
        ("بعد 3 أيام", "2015-08-09", "day"),
        ("قبل عام من الآن", "2014", "year"),
    ],
)
def test_ago(text: str, value: str, precision: str) -> None:
    e = only(text)
    assert (e.value, e.precision, e.kind) == (value, precision, "relative")


def test_ago_relative_to_another_event_is_not_resolved() -> None:
    assert all(e.rule != "ago" for e in find_time_expressions("قبل 3 أيام من الاجتماع", THU))
    assert values("قبل عام 2011") == [("عام 2011", "2011")]


def test_names_containing_dates() -> None:
    assert find_time_expressions("قالت قوى 14 آذار إن", THU) == []
    assert find_time_expressions("منذ أحداث 11 سبتمبر", THU) == []


def test_day_of_current_month() -> None:
    assert values("في الخامس من الشهر الجاري") == [("الخامس من الشهر الجاري", "2015-08-05")]
    assert values("في 20 من الشهر الماضي") == [("20 من الشهر الماضي", "2015-07-20")]


def test_without_publication_date() -> None:
    found = find_time_expressions("التقاه أمس، و6 أغسطس 2015، والأسبوع الماضي", None)
    assert [(e.text, e.value, e.precision) for e in found] == [
        ("أمس", None, "day"),
        ("6 أغسطس 2015", "2015-08-06", "day"),
        ("الأسبوع الماضي", None, "week"),
    ]


def test_datetime_and_bad_input() -> None:
    assert values("أمس", datetime(2015, 8, 6, 23, 59)) == [("أمس", "2015-08-05")]
    with pytest.raises(TypeError, match="published"):
        find_time_expressions("أمس", "2015-08-06")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        find_time_expressions(None, THU)  # type: ignore[arg-type]


def test_offsets_point_into_original_with_marks() -> None:
    text = "وصلَ غداً، وفي ٢١ شوّال ١٤٣٦ هـ عاد"
    found = find_time_expressions(text, THU)
    assert (
        [text[e.start : e.end] for e in found]
        == [e.text for e in found]
        == ["غداً", "٢١ شوّال ١٤٣٦ هـ"]
    )


def test_several_in_order() -> None:
    text = "التقى الوزير أمس نظيره، بعد لقاء الأسبوع الماضي في عمّان، ويلتقيان الشهر المقبل"
    assert values(text) == [
        ("أمس", "2015-08-05"),
        ("الأسبوع الماضي", "2015-W31"),
        ("الشهر المقبل", "2015-09"),
    ]


@given(
    st.text(
        alphabet="أمس اليوم غدا الخميس 0123456789٠١٢٣/-. شوال أغسطس تموز عام قبل منذ هـ()«»،\n",
        max_size=80,
    )
)
@settings(max_examples=300)
def test_never_crashes_and_spans_are_ordered(text: str) -> None:
    last = 0
    for e in find_time_expressions(text, THU):
        assert text[e.start : e.end] == e.text and e.start >= last
        last = e.end


def test_an_ambiguous_weekday_between_commas_is_a_day() -> None:
    assert values("وأكد الوزير، الأحد، أن") == [("الأحد", "2015-08-02")]
    assert values("وقال، الاثنين، إن") == [("الاثنين", "2015-08-03")]
    assert values("ليس لها إلا الأحد، ولا") == []
    assert values("وقال الاثنين إن") == []


def test_a_future_cue_with_a_conjunction_resolves_forward() -> None:
    assert values("ويتوقع أن يعقد قمة في شهر يونيو") == [("شهر يونيو", "2016-06")]
    assert values("وعقد قمة في شهر يونيو") == [("شهر يونيو", "2015-06")]
