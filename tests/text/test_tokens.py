"""Tokenisation: offsets, numbers, hyphens, clitic stems."""

from __future__ import annotations

import pytest

from marsad.text.clitics import default_stripper
from marsad.text.normalise import normalise
from marsad.text.tokens import is_number, tokenise


def texts(text: str, **kw) -> list[str]:
    return [t.text for t in tokenise(text, **kw)]


def test_offsets_slice_original() -> None:
    text = "قالَ الوزيرُ، إنّ «اللقاء» جرى."
    for tok in tokenise(text):
        assert text[tok.start : tok.end] == tok.text


def test_punctuation_is_separate() -> None:
    assert texts("جرى اللقاء، ثم انتهى.") == ["جرى", "اللقاء", "،", "ثم", "انتهى", "."]
    assert [t.is_word for t in tokenise("أمس؟")] == [True, False]


@pytest.mark.parametrize(
    ("text", "norm"),
    [("٣٫٥", "3.5"), ("2.5", "2.5"), ("١٬٠٠٠", "1,000"), ("۱۴۳۶", "1436"), ("3,000", "3,000")],
)
def test_numbers_are_single_tokens(text: str, norm: str) -> None:
    (tok,) = tokenise(text)
    assert tok.norm == norm and is_number(tok)


def test_number_then_full_stop() -> None:
    assert texts("بلغ 3.") == ["بلغ", "3", "."]


def test_hyphenated_compound_splits() -> None:
    toks = tokenise("محادثات سورية-أردنية-أمريكية")
    assert [t.text for t in toks] == ["محادثات", "سورية", "-", "أردنية", "-", "أمريكية"]
    assert [t.is_word for t in toks] == [True, True, False, True, False, True]


def test_latin_and_mixed() -> None:
    assert texts("قمة G20 في U.S.") == ["قمة", "G20", "في", "U", ".", "S", "."]
    assert texts("بـ50 مليون") == ["بـ", "50", "مليون"]


def test_diacritics_stay_in_word_and_norm_drops_them() -> None:
    (tok,) = tokenise("الرِّياضُ")
    assert tok.text == "الرِّياضُ" and tok.norm == "الرياض" and tok.stem == "رياض"


def test_invisible_controls_are_skipped() -> None:
    assert texts("\u200fسوريا\u200e و\ufeffالأردن") == ["سوريا", "و", "الأردن"]


def test_span_arguments() -> None:
    text = "أولا ثانيا ثالثا"
    toks = tokenise(text, 5, 11)
    assert [t.text for t in toks] == ["ثانيا"] and toks[0].start == 5
    with pytest.raises(ValueError, match="outside"):
        tokenise(text, 3, 99)
    with pytest.raises(TypeError):
        tokenise(b"bytes")  # type: ignore[arg-type]


def test_stem_strips_article_chains_and_keeps_names() -> None:
    stems = {t.text: t.stem for t in tokenise("وبالرياض والقدس للرياض وليد بشار لبنان فيصل")}
    assert stems["وبالرياض"] == "رياض"
    assert stems["والقدس"] == "قدس"
    assert stems["للرياض"] == "رياض"
    for name in ("وليد", "بشار", "لبنان", "فيصل"):
        assert stems[name] == normalise(name)


def test_stem_with_lexicon() -> None:
    stripper = default_stripper().with_lexicon({normalise("الرياض"), normalise("واشنطن")})
    stems = {t.text: t.stem for t in tokenise("وواشنطن ووليد وزارة", stripper=stripper)}
    assert stems["وواشنطن"] == normalise("واشنطن")
    assert stems["ووليد"] == "وليد"
    assert stems["وزارة"] == "وزاره"  # unknown remainder: no single-letter split
