"""Signatures and meta values kept by the store."""

from __future__ import annotations

from marsad.store import SQLiteStore


def test_signatures_by_params(store: SQLiteStore, make_article) -> None:
    a, b = (make_article(f"u:{i}", "", f"نص {i}") for i in range(2))
    store.put_article(a)
    store.put_article(b)
    store.save_signature(a.id, "p1", b"\x01\x02")
    store.save_signature(b.id, "p1", b"")  # too short to have one
    assert store.get_signatures([a.id, b.id], "p1") == {a.id: b"\x01\x02"}
    assert store.get_signatures([a.id], "p2") == {}
    pk_a = store.last_article_pk() - 1
    assert list(store.signatures_after("p1", 0)) == [(pk_a, a.id, b"\x01\x02")]
    assert list(store.signatures_after("p1", pk_a)) == []
    assert list(store.iter_unsigned("p1")) == []
    assert [i for i, _ in store.iter_unsigned("p2")] == [a.id, b.id]


def test_meta(store: SQLiteStore) -> None:
    assert store.get_meta("x") is None
    store.set_meta("x", "1")
    store.set_meta("x", "2")
    assert store.get_meta("x") == "2"
