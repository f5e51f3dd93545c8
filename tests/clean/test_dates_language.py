"""Publication dates and language detection."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from marsad.clean.dates import parse_published
from marsad.clean.language import detect_language, english_words


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "Sat, 21 Jan 2017 16:19:00 +0100",
            datetime(2017, 1, 21, 16, 19, tzinfo=timezone(timedelta(hours=1))),
        ),
        ("Tue, 11 Mar 2025 07:55:10 GMT", datetime(2025, 3, 11, 7, 55, 10, tzinfo=UTC)),
        ("2018-02-18T16:40:06+00:00", datetime(2018, 2, 18, 16, 40, 6, tzinfo=UTC)),
        ("2018-02-18T16:40:06Z", datetime(2018, 2, 18, 16, 40, 6, tzinfo=UTC)),
        ("2015-07-21 02:51:32", datetime(2015, 7, 21, 2, 51, 32)),  # SaudiNewsNet: naive
        ("2025-03-10", datetime(2025, 3, 10)),
        ("2017/03/02 13:43", datetime(2017, 3, 2, 13, 43)),
        ("26/05/2014", datetime(2014, 5, 26)),
    ],
)
def test_dates(value: str, expected: datetime) -> None:
    parsed = parse_published(value)
    assert parsed == expected
    assert (parsed.tzinfo is None) == (expected.tzinfo is None)


@pytest.mark.parametrize("value", [None, "", "   ", "yesterday", "الأحد الماضي", "32/13/2020"])
def test_unreadable_dates_are_none(value: str | None) -> None:
    assert parse_published(value) is None


def test_language() -> None:
    assert detect_language("استقبل وزير الخارجية نظيره الأردني في الرياض اليوم.") == "ar"
    assert detect_language("The minister said that the talks in Doha were going well.") == "en"
    assert detect_language("Le ministre a reçu son homologue jordanien à Riyad mardi.") == "und"
    assert detect_language("12345 !!") == "und"
    # Arabic with a few Latin names is Arabic
    assert detect_language("أعلنت شركة Google عن إطلاق خدمة جديدة في الرياض والدمام وجدة") == "ar"
    # presentation forms (seen in real Arabic pages) count as Arabic
    assert detect_language("ﻟﺠﻤﺎﻋﺔ ﺍﻟﺤﻮﺛﻲ ﺟﻬﺎﺯ ﻣﺨﺎﺑﺮﺍﺕ ﻗﻮﺓ ﻋﺴﻜﺮﻳﺔ") == "ar"


def test_language_data() -> None:
    words = english_words()
    assert "on" in words and "the" in words  # quoted in YAML: "on" is not a boolean
    assert all(w == w.lower() and w.isalpha() for w in words)
