"""The boilerplate data file: it loads, validates, and removes what it should."""

from __future__ import annotations

import copy
import re
from importlib.resources import files

import pytest
import yaml

from marsad.clean.boilerplate import load_boilerplate, parse_boilerplate, strip_boilerplate
from marsad.errors import ResourceError
from marsad.text.normalise import normalise

RAW = yaml.safe_load(
    files("marsad")
    .joinpath("resources")
    .joinpath("clean")
    .joinpath("boilerplate.yaml")
    .read_text("utf-8")
)


def test_data_file_loads_with_header() -> None:
    rules = load_boilerplate()
    assert RAW["meta"]["licence"] and RAW["meta"]["source"]
    assert rules.trailing_lines and rules.any_lines and rules.bylines.places


def test_entries_are_named_unique_and_nfkc_clean() -> None:
    import unicodedata

    for section in ("trailing_lines", "trailing_suffixes", "leading_prefixes", "any_lines"):
        names = [e["name"] for e in RAW[section]]
        assert len(names) == len(set(names)), section
    for key in ("agencies", "outlets", "places", "not_names"):
        words = RAW["bylines"][key]
        assert len(words) == len(set(words)), key
        for word in words:
            assert unicodedata.normalize("NFKC", word) == word, word
            assert word == word.strip()
    # no two listed places are the same place spelt differently, except on purpose
    places = RAW["bylines"]["places"]
    folded = {normalise(p) for p in places}
    assert len(places) - len(folded) <= 4  # أبها/ابها, عمّان/عمان, أبوظبي/أبو ظبي


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("meta"), "meta"),
        (lambda d: d.pop("any_lines"), "missing sections"),
        (
            lambda d: d["trailing_lines"].append({"name": "bad", "pattern": "(unclosed"}),
            "bad regex",
        ),
        (lambda d: d["any_lines"].append({"name": "no pattern"}), "needs a 'pattern'"),
        (lambda d: d["bylines"].update(places="الرياض"), "bylines.places"),
    ],
)
def test_invalid_data_is_a_resource_error(change, message: str) -> None:
    data = copy.deepcopy(RAW)
    change(data)
    with pytest.raises(ResourceError, match=re.escape(message)):
        parse_boilerplate(data)


def strip(*lines: str) -> list[str]:
    return strip_boilerplate(list(lines), load_boilerplate())


def test_wordpress_footers() -> None:
    body = ["نص الخبر الأول.", "نص ثانٍ."]
    en = "The post وزير الخارجية يستقبل نظيره appeared first on صحيفة الأفق."
    ar = "ظهرت المقالة وزير الخارجية يستقبل نظيره أولاً على صحيفة الأفق."
    ar_plain_alef = "ظهرت المقالة عنوان ما أولا على موقع ما."
    for footer in (en, ar, ar_plain_alef):
        assert strip(*body, footer) == body


def test_footer_like_sentence_in_the_middle_stays() -> None:
    lines = ["The post office appeared first on the list of targets.", "نص الخبر."]
    assert strip(*lines) == lines


def test_read_more_and_share_lines() -> None:
    assert strip("نص الخبر.", "شارك الخبر: فيسبوك | تويتر | واتساب", "اقرأ المزيد") == ["نص الخبر."]
    assert strip("نص الخبر وطالب الوزير بالمزيد", "Share this") == ["نص الخبر وطالب الوزير بالمزيد"]
    assert strip("قال الوزير إن المحادثات مستمرة … اقرأ المزيد»") == [
        "قال الوزير إن المحادثات مستمرة"
    ]
    assert strip("الفقرة الأخيرة ...المزيد") == ["الفقرة الأخيرة"]
    assert strip("مقدمة الخبر [&#8230;]".replace("&#8230;", "…")) == ["مقدمة الخبر"]


def test_share_verb_in_a_sentence_stays() -> None:
    lines = ["شارك وزير الخارجية في اجتماع الدوحة.", "شارك في الاجتماع ممثلون عن الأمم المتحدة"]
    assert strip(*lines) == lines


def test_agency_end_marks_and_slider_labels() -> None:
    assert strip("Next Previous عين اليوم – جدة", "نص.", "// انتهى //", "16:33 ت م") == [
        "عين اليوم – جدة",
        "نص.",
    ]


def test_agency_trailer_with_transmission_mark() -> None:
    assert strip("نص الخبر.", "// انتهى //", "11:53 ت م NNNN") == ["نص الخبر."]


def test_a_sites_tag_list_after_the_last_sentence_goes() -> None:
    assert strip("وأحيلت أوراق الحادثة إلى هيئة التحقيق. سمات آسيوي انتحار بريدة وافد") == [
        "وأحيلت أوراق الحادثة إلى هيئة التحقيق."
    ]
    kept = "وقال إن للمدينة سمات خاصة تميزها عن غيرها"
    assert strip(kept) == [kept]
