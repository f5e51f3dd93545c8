"""The lead's normaliser: the folds the text layer relies on."""

from __future__ import annotations

import pytest

from marsad.text.normalise import normalise, normalise_with_map, to_original


@pytest.mark.parametrize(
    ("raw", "norm"),
    [
        ("أإآٱا", "ااااا"),
        ("مصطفى", "مصطفي"),
        ("وزارة", "وزاره"),
        ("مسؤول", "مسوول"),
        ("رئيس", "رييس"),
        ("غداً", "غدا"),
        ("الـــرياض", "الرياض"),
        ("٢٠١٥ ۱۴۳۶", "2015 1436"),
        ("٣٫٥", "3.5"),
        ("«قال»، ثم؟", '"قال", ثم?'),
        ("ﻻ", "لا"),
        ("U.S.", "u.s."),
    ],
)
def test_folds(raw: str, norm: str) -> None:
    assert normalise(raw) == norm


def test_map_back_to_original_span() -> None:
    text = "وصلَ إلى عمّانَ أمس"
    norm, mapping = normalise_with_map(text)
    i = norm.index("عمان")
    start, end = to_original(mapping, i, i + len("عمان"))
    assert text[start:end] == "عمّان"


def test_last_letter_keeps_ta_marbuta_apart_from_ha() -> None:
    from marsad.text.normalise import last_letter

    assert last_letter("إشارةٌ") == "ة"
    assert last_letter("أشارهُ") == "ه"
    assert last_letter("مصرـ\u200f") == "ر"
    assert last_letter("") == ""
