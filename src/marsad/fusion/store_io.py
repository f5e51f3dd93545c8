"""Fusion against the store: load event mentions, fuse them, write fused events.

`fuse(store)` is incremental: only articles whose extraction changed since the
last run (extractions.created_at at or after the stored watermark) are
re-examined, together with the fused events they could join (same type, date
ranges overlapping) and the fused events they used to belong to. Everything
else stays as it was. `fuse(store, rebuild=True)` recomputes all.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from marsad.fusion.merge import EventMention, FusedEvent, _interval, fuse_mentions
from marsad.store.base import Store
from marsad.store.queries import connection_of
from marsad.text.normalise import normalise

__all__ = ["FuseSummary", "fuse", "load_mentions"]

WATERMARK = "fusion_watermark"
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class FuseSummary:
    """What one fusion run did."""

    mentions: int  # event mentions examined
    fused_removed: int  # fused events replaced
    fused_written: int
    fused_total: int
    rebuild: bool

    def line(self) -> str:
        kind = "rebuilt" if self.rebuild else "updated"
        return (
            f"fusion {kind}: {self.mentions} mentions examined, {self.fused_written} fused "
            f"events written ({self.fused_removed} replaced); {self.fused_total} in the store"
        )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _actor_key(kb_id: str | None, name: str) -> str:
    return kb_id or f"name:{normalise(name)}"


def load_mentions(
    conn: sqlite3.Connection, article_ids: Sequence[str] | None = None
) -> list[EventMention]:
    """Event mentions of the given articles (all articles when None)."""
    if article_ids is None:
        return _load(conn, "1", [])
    found: list[EventMention] = []
    for chunk in _chunks(list(article_ids)):
        marks = ",".join("?" * len(chunk))
        found += _load(conn, f"e.article_id IN ({marks})", list(chunk))
    return found


def _load(conn: sqlite3.Connection, where: str, params: list[str]) -> list[EventMention]:
    events = conn.execute(
        "SELECT e.article_id, e.event_id, e.type, e.mode, e.status, e.date_value, "
        "e.date_precision, e.location, e.location_kb_id, e.json, a.published_day, a.outlet, "
        "COALESCE(d.cluster_id, a.id) AS cluster "
        "FROM events e JOIN articles a ON a.id = e.article_id "
        f"LEFT JOIN duplicates d ON d.article_id = a.id WHERE {where}",
        params,
    ).fetchall()
    if not events:
        return []
    ids = sorted({row["article_id"] for row in events})
    entities: dict[tuple[str, str], sqlite3.Row] = {}
    participants: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT article_id, entity_id, kb_id, name_ar, country FROM entities "
            f"WHERE article_id IN ({marks})",
            list(chunk),
        ):
            entities[(row["article_id"], row["entity_id"])] = row
        for row in conn.execute(
            "SELECT article_id, event_id, entity_id, role FROM event_participants "
            f"WHERE article_id IN ({marks})",
            list(chunk),
        ):
            participants[(row["article_id"], row["event_id"])].append(
                (row["entity_id"], row["role"])
            )
    mentions = []
    for row in events:
        article = row["article_id"]
        actors: set[str] = set()
        countries: set[str] = set()
        for entity_id, _role in participants[(article, row["event_id"])]:
            entity = entities.get((article, entity_id))
            if entity is None:
                continue
            actors.add(_actor_key(entity["kb_id"], entity["name_ar"]))
            if entity["country"]:
                countries.add(entity["country"])
        location = entities.get((article, row["location"])) if row["location"] else None
        attributed = json.loads(row["json"]).get("attributed_to") or []
        sources = tuple(
            _actor_key(e["kb_id"], e["name_ar"])
            for e in (entities.get((article, a)) for a in attributed)
            if e is not None
        )
        mentions.append(
            EventMention(
                article_id=article,
                event_id=row["event_id"],
                type=row["type"],
                status=row["status"],
                actors=frozenset(actors),
                countries=frozenset(countries),
                date_value=row["date_value"],
                date_precision=row["date_precision"],
                published=date.fromisoformat(row["published_day"])
                if row["published_day"]
                else None,
                location=_actor_key(location["kb_id"], location["name_ar"]) if location else None,
                location_country=location["country"] if location else None,
                outlet=row["outlet"],
                cluster=row["cluster"],
                attributed_to=sources,
                mode=row["mode"],
            )
        )
    return mentions


def _fused_id(event: FusedEvent) -> str:
    first = min(f"{m.article_id}/{m.event_id}" for m in event.mentions)
    return "f_" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:16]


def _span(event: FusedEvent) -> tuple[str | None, str | None]:
    intervals = [i for i in (_interval(m) for m in event.mentions) if i is not None]
    if not intervals:
        return None, None
    return min(i[0] for i in intervals).isoformat(), max(i[1] for i in intervals).isoformat()


def _write(conn: sqlite3.Connection, fused: Sequence[FusedEvent]) -> None:
    now = _now()
    for event in fused:
        fused_id = _fused_id(event)
        start, end = _span(event)
        value, precision = event.date
        location = next(
            (m.location for m in event.mentions if m.location and m.location.startswith("place:")),
            event.location,
        )
        counted = Counter(m.mode for m in event.mentions if m.mode)
        published = [m.published for m in event.mentions if m.published]
        conn.execute(
            "INSERT INTO fused_events (id, type, mode, status, date_value, date_precision, "
            "date_start, date_end, location_kb_id, actors, countries, claims, num_mentions, "
            "num_articles, num_sources, first_published, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                fused_id,
                event.type,
                counted.most_common(1)[0][0] if counted else None,
                event.status,
                value,
                precision,
                start,
                end,
                location,
                json.dumps(sorted(event.actors), ensure_ascii=False),
                json.dumps(sorted(event.countries)),
                json.dumps(event.claims, ensure_ascii=False),
                len(event.mentions),
                event.num_articles,
                event.num_sources,
                min(published).isoformat() if published else None,
                now,
            ),
        )
        conn.executemany(
            "INSERT OR REPLACE INTO fused_event_mentions (fused_id, article_id, event_id) "
            "VALUES (?, ?, ?)",
            [(fused_id, m.article_id, m.event_id) for m in event.mentions],
        )


def _delete(conn: sqlite3.Connection, fused_ids: Iterable[str]) -> int:
    ids = sorted(set(fused_ids))
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM fused_event_mentions WHERE fused_id IN ({marks})", list(chunk))
        conn.execute(f"DELETE FROM fused_events WHERE id IN ({marks})", list(chunk))
    return len(ids)


def _changed_articles(conn: sqlite3.Connection, watermark: str | None) -> list[str]:
    """Articles extracted since the watermark, and articles whose extraction is gone
    while fused events still point at them."""
    rows = conn.execute(
        "SELECT article_id FROM extractions WHERE created_at >= ?", (watermark or "",)
    ).fetchall()
    gone = conn.execute(
        "SELECT DISTINCT m.article_id FROM fused_event_mentions m "
        "LEFT JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id "
        "WHERE e.article_id IS NULL"
    ).fetchall()
    return sorted({r[0] for r in rows} | {r[0] for r in gone})


def _candidates(conn: sqlite3.Connection, mentions: Sequence[EventMention]) -> set[str]:
    """Fused events a new mention could join: same type, overlapping date range."""
    found: set[str] = set()
    widest = conn.execute(
        "SELECT MAX(julianday(date_end) - julianday(date_start)) FROM fused_events"
    ).fetchone()[0]
    lookback = timedelta(days=int(widest or 0) + 1)
    for m in mentions:
        interval = _interval(m)
        if interval is None:
            rows = conn.execute(
                "SELECT id, countries, actors FROM fused_events WHERE type = ? "
                "AND date_start IS NULL",
                (m.type,),
            ).fetchall()
        else:
            start, end = interval
            rows = conn.execute(
                "SELECT id, countries, actors FROM fused_events WHERE type = ? "
                "AND date_start BETWEEN ? AND ? AND date_end >= ?",
                (m.type, (start - lookback).isoformat(), end.isoformat(), start.isoformat()),
            ).fetchall()
        for row in rows:
            if _may_join(m, set(json.loads(row["actors"])), set(json.loads(row["countries"]))):
                found.add(row["id"])
    return found


def _may_join(m: EventMention, actors: set[str], countries: set[str]) -> bool:
    """Whether some member of a fused event with these actors and countries could
    match `m` (a superset of merge._participants_compatible over its members)."""
    shared = len(m.actors & actors)
    return (
        shared >= 2
        or (shared == 1 and m.location is not None)
        or (len(m.countries) >= 2 and m.countries <= countries)
    )


def _mentions_of(
    conn: sqlite3.Connection, fused_ids: Iterable[str], exclude: set[str]
) -> list[EventMention]:
    ids = sorted(set(fused_ids))
    articles: set[str] = set()
    keys: set[tuple[str, str]] = set()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT article_id, event_id FROM fused_event_mentions WHERE fused_id IN ({marks})",
            list(chunk),
        ):
            if row[0] not in exclude:
                articles.add(row[0])
                keys.add((row[0], row[1]))
    return [m for m in load_mentions(conn, sorted(articles)) if (m.article_id, m.event_id) in keys]


def fuse(store: Store, *, rebuild: bool = False) -> FuseSummary:
    """Bring the fused events up to date with the stored extractions."""
    conn = connection_of(store)
    with store.transaction():
        started = conn.execute("SELECT COALESCE(MAX(created_at), '') FROM extractions").fetchone()[
            0
        ]
        watermark = None if rebuild else store.get_meta(WATERMARK)
        if watermark is None:
            removed = conn.execute("SELECT COUNT(*) FROM fused_events").fetchone()[0]
            conn.execute("DELETE FROM fused_event_mentions")
            conn.execute("DELETE FROM fused_events")
            mentions = load_mentions(conn)
            fused = fuse_mentions(mentions)
        else:
            changed = _changed_articles(conn, watermark)
            fresh = load_mentions(conn, changed)
            stale = set()
            for chunk in _chunks(changed):
                marks = ",".join("?" * len(chunk))
                stale |= {
                    r[0]
                    for r in conn.execute(
                        "SELECT DISTINCT fused_id FROM fused_event_mentions "
                        f"WHERE article_id IN ({marks})",
                        list(chunk),
                    )
                }
            involved = stale | _candidates(conn, fresh)
            mentions = fresh + _mentions_of(conn, involved, set(changed))
            removed = _delete(conn, involved)
            fused = fuse_mentions(mentions)
        _write(conn, fused)
        store.set_meta(WATERMARK, started)
        total = conn.execute("SELECT COUNT(*) FROM fused_events").fetchone()[0]
    return FuseSummary(len(mentions), removed, len(fused), total, watermark is None)
