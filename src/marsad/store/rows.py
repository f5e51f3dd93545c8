"""Row values shared by every store implementation, so that SQLite and
PostgreSQL write exactly the same data for an article or an extraction."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from marsad.output import Extraction
from marsad.records import Article
from marsad.store.base import StoreStats

__all__ = [
    "article_values",
    "entity_rows",
    "event_rows",
    "now",
    "participant_rows",
    "stats_from",
    "text_hash",
]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def text_hash(article: Article) -> str:
    """What makes a stored revision different: the exact text, title included."""
    return hashlib.sha1(article.text.encode("utf-8")).hexdigest()


def article_values(article: Article, at: str) -> dict[str, Any]:
    """Named column values of the articles table for `article`, stored at `at`."""
    published = article.published
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "source": article.source,
        "kind": article.kind,
        "title": article.title,
        "author": article.author,
        "published": published.isoformat() if published else None,
        "published_day": published.date().isoformat() if published else None,
        "fetched_at": article.fetched_at.isoformat() if article.fetched_at else None,
        "raw": article.raw,
        "body": article.body,
        "text": article.text,
        "language": article.language,
        "content_hash": article.content_hash,
        "text_hash": text_hash(article),
        "now": at,
    }


def entity_rows(article_id: str, extraction: Extraction) -> list[tuple[Any, ...]]:
    """(article_id, entity_id, kb_id, type, subtype, name_ar, name_en, country, title,
    lat, lon, mention_count) per entity."""
    return [
        (article_id, e.id, e.kb_id, e.type, e.subtype, e.name_ar, e.name_en, e.country,
         e.title, e.lat, e.lon, len(e.mentions))
        for e in extraction.entities
    ]  # fmt: skip


def event_rows(article_id: str, extraction: Extraction) -> list[tuple[Any, ...]]:
    """(article_id, event_id, type, mode, status, date_value, date_precision, location,
    location_kb_id, cameo, confidence, json) per event."""
    entities = {e.id: e for e in extraction.entities}
    rows = []
    for event in extraction.events:
        location = entities.get(event.location) if event.location else None
        rows.append(
            (article_id, event.id, event.type, event.mode, event.status, event.date.value,
             event.date.precision, event.location, location.kb_id if location else None,
             event.cameo, event.confidence, event.model_dump_json())
        )  # fmt: skip
    return rows


def participant_rows(article_id: str, extraction: Extraction) -> list[tuple[Any, ...]]:
    """(article_id, event_id, entity_id, role, kb_id, country), one per distinct
    participant and role."""
    entities = {e.id: e for e in extraction.entities}
    rows = {}
    for event in extraction.events:
        for p in event.participants:
            entity = entities.get(p.entity)
            key = (article_id, event.id, p.entity, p.role)
            rows[key] = (*key, entity.kb_id if entity else None, entity.country if entity else None)
    return list(rows.values())


def stats_from(
    count: Callable[[str], int], pairs: Callable[[str], list[tuple[str, int]]]
) -> StoreStats:
    """`marsad stats`, in SQL that SQLite and PostgreSQL both accept, run through a
    store's own `count` (one number) and `pairs` ((key, count) rows) helpers."""
    return StoreStats(
        articles=count("SELECT COUNT(*) FROM articles"),
        revisions=count("SELECT COUNT(*) FROM article_revisions"),
        by_source=pairs(
            "SELECT COALESCE(outlet, '(unknown)') AS k, COUNT(*) AS n FROM articles "
            "GROUP BY 1 ORDER BY n DESC, 1"
        ),
        by_day=pairs(
            "SELECT COALESCE(published_day, '(undated)') AS k, COUNT(*) AS n FROM articles "
            "GROUP BY 1 ORDER BY 1"
        ),
        exact_duplicates=count("SELECT COUNT(*) FROM duplicates WHERE kind = 'exact'"),
        exact_clusters=count(
            "SELECT COUNT(DISTINCT cluster_id) FROM duplicates WHERE kind = 'exact'"
        ),
        near_duplicates=count("SELECT COUNT(*) FROM duplicates WHERE kind = 'near'"),
        near_clusters=count(
            "SELECT COUNT(DISTINCT cluster_id) FROM duplicates WHERE kind = 'near'"
        ),
        articles_in_near_clusters=count(
            "SELECT COUNT(*) FROM (SELECT article_id FROM duplicates WHERE cluster_id IN "
            "(SELECT cluster_id FROM duplicates WHERE kind = 'near') UNION SELECT cluster_id "
            "FROM duplicates WHERE kind = 'near') AS members"
        ),
        extractions=count("SELECT COUNT(*) FROM extractions"),
        entities=count("SELECT COUNT(*) FROM entities"),
        events=count("SELECT COUNT(*) FROM events"),
        events_by_type=pairs(
            "SELECT type AS k, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC, type"
        ),
    )
