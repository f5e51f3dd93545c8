"""save_extraction: entity/event/participant rows, clean replacement, atomicity."""

from __future__ import annotations

import pytest

from marsad.errors import StoreError
from marsad.output import (
    ArticleInfo,
    DateInfo,
    EntityOut,
    EventOut,
    Extraction,
    Participant,
    SpanOut,
)
from marsad.store import SQLiteStore

TEXT = "لقاء\nاستقبل وزير الخارجية السعودي في الرياض نظيره العماني."


def _extraction(article_id: str, events: int = 1, event_id: str = "v") -> Extraction:
    entities = [
        EntityOut(
            id="e1",
            kb_id="country:SAU",
            type="GPE",
            name_ar="السعودية",
            name_en="Saudi Arabia",
            country="SAU",
            mentions=[SpanOut(start=26, end=33, text=TEXT[26:33])],
        ),
        EntityOut(
            id="e2", kb_id="country:OMN", type="GPE", name_ar="عمان", name_en="Oman", country="OMN"
        ),
        EntityOut(
            id="e3",
            kb_id="place:riyadh",
            type="LOC",
            name_ar="الرياض",
            name_en="Riyadh",
            country="SAU",
        ),
    ]
    evs = [
        EventOut(
            id=f"{event_id}{i}" if event_id == "v" else event_id,
            type="CONSULT",
            mode="meet",
            participants=[
                Participant(entity="e1", role="source"),
                Participant(entity="e2", role="target"),
            ],
            location="e3",
            date=DateInfo(value="2015-08-06", precision="day"),
            confidence=0.8,
        )
        for i in range(events)
    ]
    return Extraction(article=ArticleInfo(id=article_id, text=TEXT), entities=entities, events=evs)


def _count(store: SQLiteStore, table: str) -> int:
    return store._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_rows_are_written(store: SQLiteStore, make_article) -> None:
    article = make_article("u:1", "لقاء", TEXT.split("\n", 1)[1])
    store.put_article(article)
    store.save_extraction(article.id, _extraction(article.id), "0.1.0")
    assert (
        _count(store, "entities"),
        _count(store, "events"),
        _count(store, "event_participants"),
    ) == (3, 1, 2)
    row = store._conn.execute(
        "SELECT type, mode, date_value, date_precision, location_kb_id, confidence FROM events"
    ).fetchone()
    assert tuple(row) == ("CONSULT", "meet", "2015-08-06", "day", "place:riyadh", 0.8)
    roles = store._conn.execute(
        "SELECT role, kb_id, country FROM event_participants ORDER BY role"
    ).fetchall()
    assert [tuple(r) for r in roles] == [
        ("source", "country:SAU", "SAU"),
        ("target", "country:OMN", "OMN"),
    ]
    assert store.get_extraction(article.id) == _extraction(article.id)
    assert store.extraction_revision(article.id) == 1


def test_saving_again_replaces_everything(store: SQLiteStore, make_article) -> None:
    article = make_article("u:1", "لقاء", TEXT.split("\n", 1)[1])
    store.put_article(article)
    store.save_extraction(article.id, _extraction(article.id, events=3), "0.1.0")
    store.save_extraction(article.id, _extraction(article.id, events=1), "0.2.0")
    assert (
        _count(store, "extractions"),
        _count(store, "events"),
        _count(store, "event_participants"),
        _count(store, "entities"),
    ) == (1, 1, 2, 3)
    version = store._conn.execute("SELECT pipeline_version FROM extractions").fetchone()[0]
    assert version == "0.2.0"


def test_failed_save_keeps_the_old_output(store: SQLiteStore, make_article) -> None:
    """Two events with one id violate the key: nothing of the new output is kept."""
    article = make_article("u:1", "لقاء", TEXT.split("\n", 1)[1])
    store.put_article(article)
    store.save_extraction(article.id, _extraction(article.id, events=2), "0.1.0")
    with pytest.raises(StoreError):
        store.save_extraction(
            article.id, _extraction(article.id, events=2, event_id="dup"), "0.2.0"
        )
    assert _count(store, "events") == 2
    assert store.get_extraction(article.id) == _extraction(article.id, events=2)


def test_unknown_article(store: SQLiteStore) -> None:
    with pytest.raises(StoreError, match="no article"):
        store.save_extraction("a_missing", _extraction("a_missing"), "0.1.0")
