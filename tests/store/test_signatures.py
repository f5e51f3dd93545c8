"""Signatures, LSH band keys and meta values kept by the store."""

from __future__ import annotations

from marsad.store import SQLiteStore


def test_band_candidates(store: SQLiteStore, make_article) -> None:
    a, b, c = (make_article(f"u:{i}", "", f"نص {i}") for i in range(3))
    for article in (a, b, c):
        store.put_article(article)
    store.save_bands(a.id, [1, 2, 3])
    store.save_bands(b.id, [3, 4])
    store.save_bands(c.id, [-(2**63), 2**63 - 1])
    assert store.band_candidates([3], exclude_id=c.id) == sorted([a.id, b.id])
    assert store.band_candidates([3, 1], exclude_id=a.id) == [b.id]
    assert store.band_candidates([2**63 - 1], exclude_id=a.id) == [c.id]
    assert store.band_candidates([], exclude_id=a.id) == []
    store.save_bands(b.id, [9])  # replaces b's keys
    assert store.band_candidates([3, 4], exclude_id=c.id) == [a.id]
    store.clear_bands()
    assert store.band_candidates([1, 9], exclude_id=c.id) == []


def test_signatures_by_params(store: SQLiteStore, make_article) -> None:
    a, b = (make_article(f"u:{i}", "", f"نص {i}") for i in range(2))
    store.put_article(a)
    store.put_article(b)
    store.save_signature(a.id, "p1", b"\x01\x02")
    store.save_signature(b.id, "p1", b"")  # too short to have one
    assert store.get_signatures([a.id, b.id], "p1") == {a.id: b"\x01\x02"}
    assert store.get_signatures([a.id], "p2") == {}
    assert list(store.iter_signatures("p1")) == [(a.id, b"\x01\x02")]
    assert list(store.iter_unsigned("p1")) == []
    assert [i for i, _ in store.iter_unsigned("p2")] == [a.id, b.id]


def test_meta(store: SQLiteStore) -> None:
    assert store.get_meta("x") is None
    store.set_meta("x", "1")
    store.set_meta("x", "2")
    assert store.get_meta("x") == "2"
