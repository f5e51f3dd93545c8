"""Sentence and clause splitting."""

from __future__ import annotations

from marsad.text.normalise import normalise
from marsad.text.sentences import split_clauses, split_sentences


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_headline_and_lines() -> None:
    text = "عنوان الخبر بلا نقطة\nالجملة الأولى. الجملة الثانية!\n\nسطر أخير"
    assert spans(text) == ["عنوان الخبر بلا نقطة", "الجملة الأولى.", "الجملة الثانية!", "سطر أخير"]


def test_question_marks_and_runs() -> None:
    assert spans("هل حضر؟ نعم. حقا؟! ثم ماذا?") == ["هل حضر؟", "نعم.", "حقا؟!", "ثم ماذا?"]


def test_numbers_do_not_split() -> None:
    assert spans("بلغ النمو 3.5 بالمئة و٣٫٥ أخرى. انتهى") == [
        "بلغ النمو 3.5 بالمئة و٣٫٥ أخرى.",
        "انتهى",
    ]


def test_abbreviations_and_initials() -> None:
    assert spans("قال د. محمد إن م. أحمد وصل. ثم غادر") == [
        "قال د. محمد إن م. أحمد وصل.",
        "ثم غادر",
    ]
    assert spans("زار U.S. Secretary Mr. Kerry المنطقة. ثم عاد") == [
        "زار U.S. Secretary Mr. Kerry المنطقة.",
        "ثم عاد",
    ]
    assert spans("في القرن الثالث ق.م وما بعده. ثم") == ["في القرن الثالث ق.م وما بعده.", "ثم"]
    assert spans("في عام 300 ق.م. ثم") == ["في عام 300 ق.م.", "ثم"]
    assert spans("قال ع. الأحمد ذلك.") == ["قال ع. الأحمد ذلك."]


def test_era_marker_after_number_ends_sentence() -> None:
    assert spans("وذلك في عام 1436 هـ. وقال الوزير") == ["وذلك في عام 1436 هـ.", "وقال الوزير"]


def test_urls_and_ellipsis() -> None:
    assert spans("انظر www.spa.gov.sa للمزيد. تم") == ["انظر www.spa.gov.sa للمزيد.", "تم"]
    assert spans("انتظر... ثم تكلم. انتهى") == ["انتظر... ثم تكلم.", "انتهى"]
    assert spans("انتظر… ثم تكلم") == ["انتظر… ثم تكلم"]
    assert spans("وتحديدها.. وعن ظهور المقطع") == ["وتحديدها..", "وعن ظهور المقطع"]


def test_quotes_and_brackets_span_full_stops() -> None:
    assert spans("قال: «لن نقبل. أبدا». ثم غادر") == ["قال: «لن نقبل. أبدا».", "ثم غادر"]
    assert spans('قال: "انتهى الأمر." ثم غادر') == ['قال: "انتهى الأمر."', "ثم غادر"]
    assert spans("وقال (وهو يبتسم. جدا) إنه سعيد. تم") == ["وقال (وهو يبتسم. جدا) إنه سعيد.", "تم"]


def test_unbalanced_quote_does_not_swallow_the_line() -> None:
    assert spans('قال "اقتباس غير مغلق. ثم جملة. وأخرى') == [
        'قال "اقتباس غير مغلق.',
        "ثم جملة.",
        "وأخرى",
    ]


def test_sentences_carry_their_tokens() -> None:
    text = "جرى اللقاء. وانتهى"
    first, second = split_sentences(text)
    assert [t.text for t in first.tokens] == ["جرى", "اللقاء", "."]
    assert second.tokens[0].stem == normalise("وانتهى")
    assert split_sentences("") == [] and split_sentences(" \n\t ") == []


def test_clauses() -> None:
    text = "التقى الوزيران، وبحثا الأزمة (في دمشق، وعمان)؛ ثم بلغ العدد 1,000 شخص"
    (sentence,) = split_sentences(text)
    assert [text[c.start : c.end] for c in split_clauses(sentence)] == [
        "التقى الوزيران،",
        "وبحثا الأزمة (في دمشق، وعمان)؛",
        "ثم بلغ العدد 1,000 شخص",
    ]


def test_short_clauses_can_join_the_next() -> None:
    text = "في وقت سابق من الشهر الجاري، التقى الوزيران، وبحثا الأزمة"
    (sentence,) = split_sentences(text)
    assert len(split_clauses(sentence)) == 3
    joined = split_clauses(sentence, min_words=7)
    assert [text[c.start : c.end] for c in joined] == [
        "في وقت سابق من الشهر الجاري، التقى الوزيران،",
        "وبحثا الأزمة",
    ]
