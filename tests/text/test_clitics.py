"""Clitic stripping: article chains, the lexicon hook, protected names, suffixes."""

from __future__ import annotations

import pytest

from marsad.text.clitics import default_stripper, stem_candidates, strip_possessive
from marsad.text.normalise import normalise as n


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("الرياض", "رياض"),
        ("وبالرياض", "رياض"),
        ("فالحكومة", "حكومه"),
        ("كالعادة", "عاده"),
        ("للرياض", "رياض"),
        ("لليبيا", "ليبيا"),  # ل + ليبيا, not لل + يبيا: ليبيا is protected
        ("وسوريا", "سوريا"),
        ("بألمانيا", "المانيا"),  # the ال of ألمانيا is not the article
        ("وبشار", "بشار"),
    ],
)
def test_default_stems(word: str, stem: str) -> None:
    assert default_stripper().stem(n(word)) == stem


@pytest.mark.parametrize(
    "word",
    [
        "وليد",
        "بشار",
        "فيصل",
        "لبنان",
        "سوريا",
        "كابول",
        "بغداد",
        "لندن",
        "فرنسا",
        "باريس",
        "بيروت",
        "سلمان",
        "ليبيا",
        "كيري",
        "لافروف",
        "ألمانيا",
        "الله",
        "بالغ",
        "وزارة",
        "واشنطن",
    ],
)
def test_names_and_words_are_not_broken(word: str) -> None:
    assert default_stripper().stem(n(word)) == n(word)


def test_lexicon_hook_accepts_known_stems_only() -> None:
    stripper = default_stripper().with_lexicon({n("يلتقي"), n("القاهرة")})
    assert stripper.stem(n("وسيلتقي")) == n("يلتقي")
    assert stripper.stem(n("وبالقاهرة")) == n("قاهرة")
    assert stripper.stem(n("ووليد")) == "وليد"
    assert stripper.stem(n("وليد")) == "وليد"
    assert default_stripper().stem(n("وسيلتقي")) == n("وسيلتقي")


def test_candidates_longest_first_and_include_article_forms() -> None:
    cands = stem_candidates(n("وبالرياض"))
    assert cands == [n("وبالرياض"), n("بالرياض"), n("الرياض"), n("رياض")]
    assert stem_candidates(n("وليد")) == ["وليد"]  # protected
    assert n("سوريا") in stem_candidates(n("وسوريا"))
    assert all(len(c) >= 2 for c in stem_candidates(n("بالغ")))


def test_possessive_suffixes() -> None:
    assert strip_possessive(n("نظيره")) == [n("نظير")]
    assert n("حكومة") in strip_possessive(n("حكومتها"))
    assert strip_possessive(n("منها")) == []  # stem too short
    assert strip_possessive(n("بلادهم")) == [n("بلاد")]
