"""Read queries behind the API, the web pages, `marsad events` and the exports.

Each function takes an SQLite connection (`connection_of(store)`) and returns
plain dicts ready for JSON. Every list is paged (limit/offset) and filtered
through indexed columns (see migrations/0005_fusion.sql), so that a request
on a large store reads only the rows it shows.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from marsad.errors import StoreError
from marsad.store.base import Store
from marsad.store.search import fts_query

__all__ = [
    "EventFilter",
    "actor_profile",
    "connection_of",
    "event_detail",
    "fused_by_ids",
    "fused_detail",
    "get_article",
    "iter_events",
    "list_actors",
    "list_events",
    "list_fused",
    "list_places",
    "network",
    "search_articles",
    "timeline",
]

MAX_LIMIT = 500
COUNTERPART_EVENTS = 2000
BUCKETS = ("day", "week", "month", "year")


def connection_of(store: Store) -> sqlite3.Connection:
    """The SQLite connection of a store (queries here are SQLite SQL)."""
    conn = getattr(store, "connection", None)
    if not isinstance(conn, sqlite3.Connection):
        raise StoreError(f"{store.location}: this view needs an SQLite store (PostgreSQL: not yet)")
    conn.row_factory = sqlite3.Row
    return conn


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters shared by event lists, fused lists, exports, timeline and network."""

    actor: str | None = None  # KB id (per:…, country:…, org:…)
    country: str | None = None  # ISO3 of any participant
    type: str | None = None
    mode: str | None = None
    status: str | None = None
    since: date | None = None  # event day on or after
    until: date | None = None  # event day on or before
    place: str | None = None  # KB id of the location
    source: str | None = None  # outlet
    min_sources: int | None = None  # only events whose fused event has this many outlets
    limit: int = 50
    offset: int = 0

    def page(self, limit: int, offset: int = 0) -> EventFilter:
        return replace(self, limit=limit, offset=offset)


@dataclass
class _Sql:
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    # The driving table of an event query and the index order it reads in.
    source: str = "events e"
    order: str = "e.day DESC, e.rowid DESC"
    # Counts and timelines skip `events` when only event_keys columns are
    # filtered: then `light` is "event_keys k" and day/type are read from it.
    light: str = "events e"
    day: str = "e.day"
    type: str = "e.type"

    def add(self, clause: str, *params: Any) -> None:
        self.where.append(clause)
        self.params.extend(params)

    @property
    def clause(self) -> str:
        return " AND ".join(self.where) if self.where else "1"


_KEYED = "event_keys k JOIN events e ON e.article_id = k.article_id AND e.event_id = k.event_id"


def _event_where(f: EventFilter) -> _Sql:
    """Conditions on `e` (events); an actor or country filter drives the query
    from event_keys so that a page is one index range, newest first."""
    sql = _Sql()
    keys = [f"actor:{f.actor}"] if f.actor else []
    if f.country:
        keys.append(f"country:{f.country.upper()}")
    if keys:
        sql.source = sql.light = _KEYED
        sql.order = "k.day DESC, k.article_id DESC, k.event_id DESC"
        sql.day, sql.type = "k.day", "k.type"
        sql.add("k.key = ?", keys[0])
        for key in keys[1:]:
            sql.add(
                "(k.article_id, k.event_id) IN "
                "(SELECT article_id, event_id FROM event_keys WHERE key = ?)",
                key,
            )
    if f.type:
        sql.add(f"{sql.type} = ?", f.type.upper())
    if f.since:
        sql.add(f"{sql.day} >= ?", f.since.isoformat())
    if f.until:
        sql.add(f"{sql.day} <= ?", f.until.isoformat())
    if keys:
        light = len(sql.where)
    if f.mode:
        sql.add("e.mode = ?", f.mode)
    if f.status:
        sql.add("e.status = ?", f.status)
    if f.place:
        sql.add("e.location_kb_id = ?", f.place)
    if f.source:
        sql.add("e.article_id IN (SELECT id FROM articles WHERE outlet = ?)", f.source)
    if f.min_sources:
        sql.add(
            "(e.article_id, e.event_id) IN (SELECT m.article_id, m.event_id FROM "
            "fused_event_mentions m JOIN fused_events fe ON fe.id = m.fused_id "
            "WHERE fe.num_sources >= ?)",
            f.min_sources,
        )
    if keys and len(sql.where) == light:
        sql.light = "event_keys k"
    return sql


_EVENT_COLUMNS = (
    "e.article_id, e.event_id, e.type, e.mode, e.status, e.date_value, e.date_precision, "
    "e.day, e.location, e.location_kb_id, e.cameo, e.confidence, e.json, "
    "a.title, a.outlet, a.url, a.published"
)


def _entities(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[tuple[str, str], dict]:
    found: dict[tuple[str, str], dict] = {}
    ids = sorted(set(article_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT article_id, entity_id, kb_id, type, subtype, name_ar, name_en, country, "
            f"title, lat, lon FROM entities WHERE article_id IN ({marks})",
            chunk,
        ):
            found[(row["article_id"], row["entity_id"])] = dict(row)
    return found


def _fused_of(
    conn: sqlite3.Connection, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], dict]:
    found = {}
    for article_id, event_id in keys:
        row = conn.execute(
            "SELECT f.id, f.num_articles, f.num_sources FROM fused_event_mentions m "
            "JOIN fused_events f ON f.id = m.fused_id WHERE m.article_id = ? AND m.event_id = ?",
            (article_id, event_id),
        ).fetchone()
        if row:
            found[(article_id, event_id)] = dict(row)
    return found


def _event_rows(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[dict]:
    """Rows of events with their actors, place, mediators and fused event resolved."""
    entities = _entities(conn, [r["article_id"] for r in rows])
    fused = _fused_of(conn, [(r["article_id"], r["event_id"]) for r in rows])
    out = []
    for row in rows:
        event = json.loads(row["json"])
        aid = row["article_id"]

        def entity(eid: str | None, aid: str = aid) -> dict | None:
            return entities.get((aid, eid)) if eid else None

        out.append(
            {
                "article_id": aid,
                "event_id": row["event_id"],
                "type": row["type"],
                "mode": row["mode"],
                "status": row["status"],
                "date": event.get("date") or {},
                "day": row["day"],
                "participants": [
                    {"role": p["role"], **(entity(p["entity"]) or {"entity_id": p["entity"]})}
                    for p in event.get("participants", [])
                ],
                "mediators": [m for m in (entity(x) for x in event.get("mediators", [])) if m],
                "location": entity(row["location"]),
                "attributed_to": [
                    m for m in (entity(x) for x in event.get("attributed_to", [])) if m
                ],
                "evidence": event.get("evidence", []),
                "cameo": row["cameo"],
                "confidence": row["confidence"],
                "article": {
                    "title": row["title"],
                    "source": row["outlet"],
                    "url": row["url"],
                    "published": row["published"],
                },
                "fused": fused.get((aid, row["event_id"])),
            }
        )
    return out


def list_events(conn: sqlite3.Connection, f: EventFilter) -> dict:
    """A page of events, newest event day first, and the total that match."""
    sql = _event_where(f)
    total = conn.execute(
        f"SELECT COUNT(*) FROM {sql.light} WHERE {sql.clause}", sql.params
    ).fetchone()[0]
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM {sql.source} JOIN articles a ON a.id = e.article_id "
        f"WHERE {sql.clause} ORDER BY {sql.order} "
        "LIMIT ? OFFSET ?",
        [*sql.params, f.limit, f.offset],
    ).fetchall()
    return {"total": total, "limit": f.limit, "offset": f.offset, "items": _event_rows(conn, rows)}


def iter_events(conn: sqlite3.Connection, f: EventFilter, batch: int = 500) -> Iterator[dict]:
    """Every matching event (for exports), read a page at a time."""
    offset = f.offset
    while True:
        page = list_events(conn, f.page(batch, offset))["items"]
        yield from page
        if len(page) < batch:
            return
        offset += batch


def event_detail(conn: sqlite3.Connection, article_id: str, event_id: str) -> dict:
    """One event with its article text, entities (mention spans) and fused event."""
    row = conn.execute(
        f"SELECT {_EVENT_COLUMNS}, a.text FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.article_id = ? AND e.event_id = ?",
        (article_id, event_id),
    ).fetchone()
    if row is None:
        raise LookupError(f"no event {event_id!r} in article {article_id!r}")
    detail = _event_rows(conn, [row])[0]
    extraction = json.loads(
        conn.execute("SELECT json FROM extractions WHERE article_id = ?", (article_id,)).fetchone()[
            0
        ]
    )
    raw = next(e for e in extraction["events"] if e["id"] == event_id)
    detail["raw"] = raw
    detail["article"]["id"] = article_id
    detail["article"]["text"] = row["text"]
    detail["entities"] = extraction["entities"]
    detail["other_events"] = [
        {"event_id": e["id"], "type": e["type"], "mode": e.get("mode"), "status": e["status"]}
        for e in extraction["events"]
        if e["id"] != event_id
    ]
    return detail


def _fused_where(f: EventFilter) -> _Sql:
    sql = _Sql()
    if f.type:
        sql.add("f.type = ?", f.type.upper())
    if f.mode:
        sql.add("f.mode = ?", f.mode)
    if f.status:
        sql.add("f.status = ?", f.status)
    if f.since:
        sql.add("f.date_end >= ?", f.since.isoformat())
    if f.until:
        sql.add("f.date_start <= ?", f.until.isoformat())
    if f.place:
        sql.add("f.location_kb_id = ?", f.place)
    if f.min_sources:
        sql.add("f.num_sources >= ?", f.min_sources)
    if f.actor or f.country or f.source:
        inner = _event_where(EventFilter(actor=f.actor, country=f.country, source=f.source))
        alias = "k" if inner.light == "event_keys k" else "e"
        sql.add(
            f"f.id IN (SELECT m.fused_id FROM {inner.light} JOIN fused_event_mentions m "
            f"ON m.article_id = {alias}.article_id AND m.event_id = {alias}.event_id "
            f"WHERE {inner.clause})",
            *inner.params,
        )
    return sql


def _fused_dict(row: sqlite3.Row) -> dict:
    data = dict(row)
    for key in ("actors", "countries", "claims"):
        data[key] = json.loads(data[key])
    return data


def list_fused(conn: sqlite3.Connection, f: EventFilter) -> dict:
    """A page of fused events, most reported first within newest dates."""
    sql = _fused_where(f)
    total = conn.execute(
        f"SELECT COUNT(*) FROM fused_events f WHERE {sql.clause}", sql.params
    ).fetchone()[0]
    rows = conn.execute(
        f"SELECT * FROM fused_events f WHERE {sql.clause} "
        "ORDER BY f.date_start DESC, f.num_sources DESC, f.id LIMIT ? OFFSET ?",
        [*sql.params, f.limit, f.offset],
    ).fetchall()
    items = [_fused_dict(r) for r in rows]
    _name_actors(conn, items)
    return {"total": total, "limit": f.limit, "offset": f.offset, "items": items}


def _name_actors(conn: sqlite3.Connection, items: list[dict]) -> None:
    """Give fused events' actor keys their display names (KB first)."""
    from marsad.entities.kb import load_kb

    kb = load_kb()
    for item in items:
        named = []
        for key in item["actors"]:
            entry = kb.entries.get(key) if not key.startswith("name:") else None
            named.append(
                {
                    "key": key,
                    "name_ar": entry.name_ar if entry else key.removeprefix("name:"),
                    "name_en": entry.name_en if entry else key.removeprefix("name:"),
                }
            )
        item["actor_names"] = named


def fused_by_ids(conn: sqlite3.Connection, ids: Sequence[str]) -> list[dict]:
    """Fused events by id, most reported first."""
    unique = sorted(set(ids))[:MAX_LIMIT]
    marks = ",".join("?" * len(unique))
    rows = conn.execute(
        f"SELECT * FROM fused_events WHERE id IN ({marks}) "
        "ORDER BY num_sources DESC, date_start DESC, id",
        unique,
    ).fetchall()
    items = [_fused_dict(r) for r in rows]
    _name_actors(conn, items)
    return items


def fused_detail(conn: sqlite3.Connection, fused_id: str) -> dict:
    """A fused event and every mention it is made of."""
    row = conn.execute("SELECT * FROM fused_events WHERE id = ?", (fused_id,)).fetchone()
    if row is None:
        raise LookupError(f"no fused event {fused_id!r}")
    item = _fused_dict(row)
    _name_actors(conn, [item])
    rows = conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM fused_event_mentions m JOIN events e "
        "ON e.article_id = m.article_id AND e.event_id = m.event_id "
        "JOIN articles a ON a.id = e.article_id WHERE m.fused_id = ? ORDER BY a.published",
        (fused_id,),
    ).fetchall()
    item["mentions"] = _event_rows(conn, rows)
    return item


def search_articles(
    conn: sqlite3.Connection,
    *,
    q: str | None = None,
    source: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 20,
    offset: int = 0,
) -> dict:
    """Articles, best full-text matches first when searching, newest first otherwise."""
    sql = _Sql()
    if source:
        sql.add("a.outlet = ?", source)
    if since:
        sql.add("a.published_day >= ?", since.isoformat())
    if until:
        sql.add("a.published_day <= ?", until.isoformat())
    if q:
        base = (
            "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
            "WHERE articles_fts MATCH ?"
        )
        params = [fts_query(q), *sql.params]
        order = "ORDER BY articles_fts.rank, a.pk"
    else:
        base = "FROM articles a WHERE 1"
        params = list(sql.params)
        order = "ORDER BY a.published DESC NULLS LAST, a.pk DESC"
    where = "".join(f" AND {c}" for c in sql.where)
    try:
        total = conn.execute(f"SELECT COUNT(*) {base}{where}", params).fetchone()[0]
        rows = conn.execute(
            "SELECT a.id, a.title, a.outlet, a.url, a.published, "
            "substr(a.body, 1, 240) AS snippet, "
            "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events "
            f"{base}{where} {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
    except sqlite3.OperationalError as exc:
        raise StoreError(f"search failed: {exc}") from None
    items = [dict(r) | {"source": r["outlet"]} for r in rows]
    for item in items:
        del item["outlet"]
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def get_article(conn: sqlite3.Connection, article_id: str) -> dict:
    """An article with its extraction (OUTPUT.md JSON) and duplicate cluster."""
    row = conn.execute(
        "SELECT id, url, outlet, title, author, published, text, revision FROM articles "
        "WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        raise LookupError(f"no article {article_id!r}")
    data = dict(row) | {"source": row["outlet"]}
    del data["outlet"]
    extraction = conn.execute(
        "SELECT json FROM extractions WHERE article_id = ?", (article_id,)
    ).fetchone()
    data["extraction"] = json.loads(extraction[0]) if extraction else None
    cluster = conn.execute(
        "SELECT cluster_id FROM duplicates WHERE article_id = ?", (article_id,)
    ).fetchone()
    root = cluster[0] if cluster else article_id
    data["duplicates"] = [
        dict(r)
        for r in conn.execute(
            "SELECT article_id, duplicate_of, kind, similarity FROM duplicates "
            "WHERE cluster_id = ? AND article_id != ?",
            (root, article_id),
        )
    ]
    data["duplicate_of"] = root if root != article_id else None
    return data


def list_actors(
    conn: sqlite3.Connection,
    *,
    q: str | None = None,
    country: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict:
    """Actors known to the KB that take part in events, most active first."""
    from marsad.entities.kb import load_kb
    from marsad.text.normalise import normalise

    # One index-only pass over the actor keys (an actor in two roles counts once).
    counts = conn.execute(
        "SELECT substr(key, 7) AS kb_id, COUNT(*) AS n FROM event_keys "
        "WHERE key > 'actor:' AND key < 'actor;' GROUP BY key ORDER BY n DESC, key"
    ).fetchall()
    kb = load_kb()
    needle = normalise(q).casefold() if q else None
    items = []
    for row in counts:
        entry = kb.entries.get(row["kb_id"])
        name_ar = entry.name_ar if entry else row["kb_id"]
        name_en = entry.name_en if entry else row["kb_id"]
        if country and (entry is None or entry.country != country.upper()):
            continue
        if (
            needle
            and needle not in normalise(name_ar).casefold()
            and needle not in (name_en.casefold())
        ):
            continue
        items.append(
            {
                "id": row["kb_id"],
                "name_ar": name_ar,
                "name_en": name_en,
                "type": entry.type if entry else None,
                "country": entry.country if entry else None,
                "events": row["n"],
            }
        )
    return {
        "total": len(items),
        "limit": limit,
        "offset": offset,
        "items": items[offset : offset + limit],
    }


def actor_profile(
    conn: sqlite3.Connection, actor_id: str, *, limit: int = 50, offset: int = 0
) -> dict:
    """An actor: KB facts, offices over time, events, counterparts, monthly timeline."""
    from marsad.entities.kb import load_kb

    kb = load_kb()
    entry = kb.entries.get(actor_id)
    seen = conn.execute(
        "SELECT name_ar, name_en, country, type FROM entities WHERE kb_id = ? LIMIT 1", (actor_id,)
    ).fetchone()
    if entry is None and seen is None:
        raise LookupError(f"no actor {actor_id!r}")
    offices = []
    for term in kb.terms_of(actor_id):
        office = kb.offices.get(term.office)
        offices.append(
            {
                "office": term.office,
                "title_en": office.title_en if office else term.office,
                "country": office.country if office else None,
                "start": term.start.isoformat(),
                "end": term.end.isoformat() if term.end else None,
                "acting": term.acting,
            }
        )
    events = list_events(conn, EventFilter(actor=actor_id, limit=limit, offset=offset))
    # Counterparts in the actor's latest events (bounded: a page, not a census).
    counterparts = conn.execute(
        "SELECT substr(o.key, 7) AS kb_id, COUNT(*) AS n FROM (SELECT article_id, event_id "
        "FROM event_keys WHERE key = ? ORDER BY day DESC LIMIT ?) k JOIN event_keys o "
        "ON o.article_id = k.article_id AND o.event_id = k.event_id "
        "WHERE o.key > 'actor:' AND o.key < 'actor;' AND o.key != ? "
        "GROUP BY o.key ORDER BY n DESC, o.key LIMIT 30",
        (f"actor:{actor_id}", COUNTERPART_EVENTS, f"actor:{actor_id}"),
    ).fetchall()
    buckets = conn.execute(
        "SELECT substr(day, 1, 7) AS bucket, type, COUNT(*) AS n FROM event_keys "
        "WHERE key = ? AND day IS NOT NULL GROUP BY 1, 2 ORDER BY 1",
        (f"actor:{actor_id}",),
    ).fetchall()

    def name(key: str) -> dict:
        found = kb.entries.get(key)
        return {
            "id": key,
            "name_ar": found.name_ar if found else key,
            "name_en": found.name_en if found else key,
        }

    return {
        "id": actor_id,
        "name_ar": entry.name_ar if entry else seen["name_ar"],
        "name_en": entry.name_en if entry else seen["name_en"],
        "type": entry.type if entry else seen["type"],
        "country": entry.country if entry else seen["country"],
        "lat": entry.lat if entry else None,
        "lon": entry.lon if entry else None,
        "offices": offices,
        "events": events,
        "counterparts": [name(r["kb_id"]) | {"events": r["n"]} for r in counterparts],
        "timeline": [dict(r) for r in buckets],
    }


def list_places(conn: sqlite3.Connection, f: EventFilter) -> dict:
    """Event locations with KB coordinates and event counts (for the map)."""
    from marsad.entities.kb import load_kb

    sql = _event_where(replace(f, place=None))
    sql.add("e.location_kb_id IS NOT NULL")
    rows = conn.execute(
        "SELECT e.location_kb_id AS id, COUNT(*) AS n, group_concat(DISTINCT e.type) AS types "
        f"FROM {sql.source} WHERE {sql.clause} GROUP BY 1 ORDER BY n DESC, 1",
        sql.params,
    ).fetchall()
    kb = load_kb()
    items = []
    for row in rows:
        entry = kb.entries.get(row["id"])
        items.append(
            {
                "id": row["id"],
                "name_ar": entry.name_ar if entry else row["id"],
                "name_en": entry.name_en if entry else row["id"],
                "country": entry.country if entry else None,
                "lat": entry.lat if entry else None,
                "lon": entry.lon if entry else None,
                "events": row["n"],
                "types": sorted((row["types"] or "").split(",")),
            }
        )
    total = len(items)
    return {
        "total": total,
        "limit": f.limit,
        "offset": f.offset,
        "items": items[f.offset : f.offset + f.limit],
    }


def _bucket(day: str, bucket: str) -> str:
    if bucket == "week":  # the ISO week's Monday
        start = date.fromisoformat(day)
        return (start - timedelta(days=start.weekday())).isoformat()
    return day[: {"day": 10, "month": 7, "year": 4}[bucket]]


MAX_FILLED = 5000  # buckets; a wider range is returned sparse


TRIM = 0.02  # share of events left out at each end of an automatic timeline


def _dense_range(rows: list[sqlite3.Row]) -> tuple[list[sqlite3.Row], int]:
    """Rows within the range holding all but the outermost 2% of events at each end.

    A few stray dates (a historical year read as an event date) would otherwise
    stretch an automatic timeline over centuries; how many were left out is
    reported so the page can say so.
    """
    ordered = sorted(rows, key=lambda r: r["day"])
    budget = sum(r["n"] for r in ordered) * TRIM

    def edge(sequence: list[sqlite3.Row]) -> str | None:
        """The first day past which more than the budget lies behind."""
        behind = 0
        for row in sequence:
            if behind + row["n"] > budget:
                return str(row["day"])
            behind += row["n"]
        return None

    low, high = edge(ordered), edge(ordered[::-1])
    kept = [r for r in ordered if low and high and low <= r["day"] <= high]
    return kept, sum(r["n"] for r in ordered) - sum(r["n"] for r in kept)


def _span_count(first: str, last: str, size: str) -> int:
    """How many buckets `_span_of` would list, computed without listing them
    (stray historical dates make a day span of centuries)."""
    if size == "year":
        return int(last) - int(first) + 1
    if size == "month":
        return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    days = (date.fromisoformat(last) - date.fromisoformat(first)).days
    return days // (7 if size == "week" else 1) + 1


def _span_of(first: str, last: str, size: str) -> list[str]:
    """Every bucket key from `first` to `last` (keys as made by `_bucket`)."""
    if size == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    if size == "month":
        year, month = int(first[:4]), int(first[5:7])
        keys = []
        while f"{year:04d}-{month:02d}" <= last:
            keys.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return keys
    step = timedelta(days=7 if size == "week" else 1)
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [(start + step * i).isoformat() for i in range((end - start) // step + 1)]


def timeline(
    conn: sqlite3.Connection, f: EventFilter, bucket: str = "day", *, max_bars: int = 120
) -> dict:
    """Event counts per bucket of event day, split by type.

    Counted per day in SQL (in the order of the day index) and bucketed here;
    bucket "auto" picks the finest of day, week, month, year giving at most
    `max_bars` buckets.
    """
    if bucket not in (*BUCKETS, "auto"):
        raise ValueError(f"bucket must be one of auto, {', '.join(BUCKETS)}, not {bucket!r}")
    sql = _event_where(f)
    rows = conn.execute(
        f"SELECT {sql.day} AS day, {sql.type} AS type, COUNT(*) AS n FROM {sql.light} "
        f"WHERE {sql.clause} AND {sql.day} IS NOT NULL GROUP BY 1, 2",
        sql.params,
    ).fetchall()
    outside = 0
    if bucket == "auto" and not (f.since or f.until):
        rows, outside = _dense_range(rows)
    for size in BUCKETS if bucket == "auto" else (bucket,):
        series: dict[str, Counter[str]] = defaultdict(Counter)
        for row in rows:
            series[_bucket(row["day"], size)][row["type"]] += row["n"]
        if series and _span_count(min(series), max(series), size) <= max_bars:
            break
    if series and _span_count(min(series), max(series), size) <= MAX_FILLED:
        # Empty buckets too, so that a chart's axis is proportional to time.
        for key in _span_of(min(series), max(series), size):
            series.setdefault(key, Counter())
    return {
        "bucket": size,
        "outside": outside,
        "items": [
            {"bucket": b, "total": sum(c.values()), "by_type": dict(sorted(c.items()))}
            for b, c in sorted(series.items())
        ],
    }


NETWORK_WINDOW = timedelta(days=90)


def network(conn: sqlite3.Connection, f: EventFilter, *, max_edges: int = 150) -> dict:
    """Actors as nodes and co-participation in events as weighted edges.

    Without a date range or an actor, country or place, the graph covers the
    90 days up to the latest event (the whole store would be one hairball,
    and a self-join over every event is too slow for a page).
    """
    from marsad.entities.kb import load_kb

    if not (f.since or f.until or f.actor or f.country or f.place):
        latest = conn.execute("SELECT MAX(day) FROM events").fetchone()[0]
        if latest:
            end = date.fromisoformat(latest)
            f = replace(f, since=end - NETWORK_WINDOW, until=end)
    pairs = _Sql()
    if f.actor:
        pairs.add("(x.a = ? OR x.b = ?)", f.actor, f.actor)
    if f.type:
        pairs.add("x.type = ?", f.type.upper())
    if f.since:
        pairs.add("x.day >= ?", f.since.isoformat())
    if f.until:
        pairs.add("x.day <= ?", f.until.isoformat())
    rest = _event_where(replace(f, actor=None, type=None, since=None, until=None))
    if rest.where:
        # Other filters need the events themselves.
        pairs.add(
            f"(x.article_id, x.event_id) IN (SELECT e.article_id, e.event_id FROM {rest.source} "
            f"WHERE {rest.clause})",
            *rest.params,
        )
    rows = conn.execute(
        "SELECT x.a, x.b, COUNT(*) AS n, group_concat(DISTINCT x.type) AS types "
        f"FROM actor_pairs x WHERE {pairs.clause} GROUP BY x.a, x.b "
        "ORDER BY n DESC, 1, 2 LIMIT ?",
        [*pairs.params, max_edges],
    ).fetchall()
    kb = load_kb()
    weight: Counter[str] = Counter()
    edges = []
    for row in rows:
        weight[row["a"]] += row["n"]
        weight[row["b"]] += row["n"]
        edges.append(
            {
                "source": row["a"],
                "target": row["b"],
                "weight": row["n"],
                "types": sorted(row["types"].split(",")),
            }
        )
    nodes = []
    for key, w in weight.most_common():
        entry = kb.entries.get(key)
        nodes.append(
            {
                "id": key,
                "name_ar": entry.name_ar if entry else key,
                "name_en": entry.name_en if entry else key,
                "type": entry.type if entry else None,
                "country": entry.country if entry else None,
                "weight": w,
            }
        )
    return {
        "since": f.since.isoformat() if f.since else None,
        "until": f.until.isoformat() if f.until else None,
        "nodes": nodes,
        "edges": edges,
    }
