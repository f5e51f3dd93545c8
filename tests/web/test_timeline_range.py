"""Automatic timelines are not stretched by a few stray historical dates."""

from __future__ import annotations

from marsad.store.queries import _dense_range, _span_count, _span_of


def test_stray_dates_are_left_out_and_counted() -> None:
    rows = [{"day": "0615-01-01", "n": 1}, {"day": "1904-01-01", "n": 1}]
    rows += [{"day": f"2015-08-{d:02d}", "n": 10} for d in range(1, 29)]
    kept, outside = _dense_range(rows)  # type: ignore[arg-type]
    assert outside == 2
    assert kept[0]["day"] == "2015-08-01" and kept[-1]["day"] == "2015-08-28"


def test_span_count_matches_the_listed_span() -> None:
    for first, last, size in [
        ("2015-07-06", "2015-08-31", "week"),
        ("2015-07-21", "2015-08-11", "day"),
        ("2014-11", "2015-02", "month"),
        ("2011", "2015", "year"),
    ]:
        assert _span_count(first, last, size) == len(_span_of(first, last, size))
