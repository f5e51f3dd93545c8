"""Fusion in the store: full and incremental runs, syndicated copies, and the
Kerry–Lavrov–al-Jubeir meeting in Doha (3 Aug 2015) across SaudiNewsNet outlets."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import pytest

from marsad.batch.ingest import store_articles
from marsad.fusion import fuse
from marsad.output import (
    ArticleInfo,
    DateInfo,
    EntityOut,
    EventOut,
    Extraction,
    Participant,
    SpanOut,
)
from marsad.records import Article
from marsad.store import SQLiteStore, Store, open_store
from marsad.store.queries import connection_of


def _article(aid: str, outlet: str, day: str) -> Article:
    text = f"خبر {aid}\nالتقى وزير الخارجية السعودي نظيره الروسي."
    return Article(
        id=aid,
        url=f"https://{outlet}.example/{aid}",
        outlet=outlet,
        title=f"خبر {aid}",
        body=text.split("\n", 1)[1],
        text=text,
        author=None,
        published=datetime.fromisoformat(f"{day}T10:00:00"),
        fetched_at=None,
        raw=text,
        language="ar",
        content_hash=aid,
        source="test",
        kind="txt",
    )


def _meeting(article: Article, date_value: str, *, status: str = "occurred") -> Extraction:
    """One CONSULT between al-Jubeir and Lavrov in Doha, as one article states it."""
    text = article.text
    entities = [
        EntityOut(
            id="e1",
            kb_id="per:adel-al-jubeir",
            type="PER",
            name_ar="عادل الجبير",
            name_en="Adel al-Jubeir",
            country="SAU",
        ),
        EntityOut(
            id="e2",
            kb_id="per:sergey-lavrov",
            type="PER",
            name_ar="سيرغي لافروف",
            name_en="Sergey Lavrov",
            country="RUS",
        ),
        EntityOut(
            id="e3",
            kb_id="place:doha",
            type="GPE",
            name_ar="الدوحة",
            name_en="Doha",
            country="QAT",
            lat=25.29,
            lon=51.53,
        ),
    ]
    event = EventOut(
        id="v1",
        type="CONSULT",
        mode="meet",
        status=status,
        participants=[
            Participant(entity="e1", role="participant"),
            Participant(entity="e2", role="participant"),
        ],
        location="e3",
        date=DateInfo(value=date_value, precision="day", text="أمس"),
        evidence=[SpanOut(start=0, end=len(text), text=text)],
        cameo="040",
        confidence=0.9,
    )
    info = ArticleInfo(
        id=article.id, url=article.url, source=article.outlet, title=article.title, text=text
    )
    return Extraction(article=info, entities=entities, events=[event])


def _put(store: SQLiteStore, aid: str, outlet: str, day: str, date_value: str, **kw: str) -> None:
    article = _article(aid, outlet, day)
    store.put_article(article)
    store.save_extraction(aid, _meeting(article, date_value, **kw), "test")


def _fused(store: SQLiteStore) -> list[dict]:
    conn = connection_of(store)
    rows = conn.execute("SELECT * FROM fused_events ORDER BY id").fetchall()
    return [dict(r) for r in rows]


def test_fuse_full_then_incremental(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "f.db"))
    _put(store, "a1", "okaz", "2015-08-04", "2015-08-03")
    _put(store, "a2", "alyaum", "2015-08-04", "2015-08-03")
    _put(store, "a3", "alriyadh", "2015-07-20", "2015-07-19")  # an earlier meeting
    first = fuse(store)
    assert first.rebuild and first.fused_total == 2
    [early, doha] = sorted(_fused(store), key=lambda r: r["date_start"])
    assert doha["num_articles"] == 2 and doha["num_sources"] == 2
    assert early["num_articles"] == 1

    # A later report joins the existing fused event; the earlier meeting is untouched.
    _put(store, "a4", "aawsat", "2015-08-05", "2015-08-03")
    # a5 is a syndicated copy of a1: another outlet, the same story.
    _put(store, "a5", "alweeam", "2015-08-04", "2015-08-03")
    store.record_duplicate("a5", "a1", "exact", 1.0)
    second = fuse(store)
    assert not second.rebuild and second.fused_total == 2
    doha = max(_fused(store), key=lambda r: r["date_start"])
    assert doha["num_mentions"] == 4
    assert doha["num_articles"] == 3  # a5 copies a1
    assert doha["num_sources"] == 4
    assert json.loads(doha["countries"]) == ["RUS", "SAU"]
    assert doha["location_kb_id"] == "place:doha"

    # Re-fusing with nothing new changes nothing; a rebuild gives the same result.
    before = {(r["id"], r["num_articles"]) for r in _fused(store)}
    fuse(store)
    assert {(r["id"], r["num_articles"]) for r in _fused(store)} == before
    fuse(store, rebuild=True)
    assert {(r["id"], r["num_articles"]) for r in _fused(store)} == before
    store.close()


def test_reextraction_moves_a_mention(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "f.db"))
    _put(store, "a1", "okaz", "2015-08-04", "2015-08-03")
    _put(store, "a2", "alyaum", "2015-08-04", "2015-08-03", status="planned")
    fuse(store)
    assert [r["num_articles"] for r in _fused(store)] == [2]
    assert _fused(store)[0]["status"] == "occurred"  # a plan confirmed by another report
    # a2's new extraction dates its meeting a month later: it leaves the fused event.
    article = _article("a2", "alyaum", "2015-08-04")
    store.save_extraction("a2", _meeting(article, "2015-09-03"), "test")
    fuse(store)
    assert sorted(r["num_articles"] for r in _fused(store)) == [1, 1]
    store.close()


def _doha_items(shared_dir: Path) -> list:
    """SaudiNewsNet articles of 3–4 Aug 2015 that name Lavrov (keeps the test fast)."""
    from marsad.clean import clean_item
    from marsad.ingest import read_sources

    zips = [str(shared_dir / "corpus" / "saudinewsnet" / f"2015-08-0{d}.zip") for d in (3, 4)]
    found = []
    for item in read_sources(zips):
        if isinstance(item, Exception):
            continue
        if "لافروف" in item.title + item.body:
            found.append(clean_item(item))
    return found


@pytest.fixture(scope="module")
def doha_store(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The Lavrov articles of 3–4 Aug 2015, extracted and fused once for this module."""
    store = open_store(str(tmp_path_factory.mktemp("doha") / "doha.db"))
    articles = _doha_items(shared_dir)
    assert len({a.outlet for a in articles}) >= 5
    summary = store_articles(articles, store)
    assert summary.extracted == len(articles), summary.errors
    fuse(store)
    yield store
    store.close()


@pytest.mark.shared
def test_doha_meeting_is_one_fused_event(doha_store: Store) -> None:
    conn = connection_of(doha_store)
    # Every report dated 3 Aug of a CONSULT that names all three ministers.
    trio = ("per:john-kerry", "per:sergey-lavrov", "per:adel-al-jubeir")
    reports = conn.execute(
        "SELECT e.article_id, e.event_id, a.outlet, m.fused_id FROM events e "
        "JOIN articles a ON a.id = e.article_id "
        "JOIN fused_event_mentions m ON m.article_id = e.article_id AND m.event_id = e.event_id "
        "WHERE e.type = 'CONSULT' AND e.date_value = '2015-08-03' AND "
        "(SELECT COUNT(DISTINCT p.kb_id) FROM event_participants p WHERE p.article_id = "
        "e.article_id AND p.event_id = e.event_id AND p.kb_id IN (?, ?, ?)) = 3",
        trio,
    ).fetchall()
    assert len({r["outlet"] for r in reports}) >= 3, [tuple(r) for r in reports]
    # ... are one fused event, which counts their outlets and articles.
    assert len({r["fused_id"] for r in reports}) == 1
    doha = conn.execute(
        "SELECT * FROM fused_events WHERE id = ?", (reports[0]["fused_id"],)
    ).fetchone()
    assert doha["date_value"] == "2015-08-03"
    assert doha["location_kb_id"] in {"place:doha", "country:QAT"}
    assert set(trio) <= set(json.loads(doha["actors"]))
    outlets = {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT a.outlet FROM fused_event_mentions m JOIN articles a "
            "ON a.id = m.article_id WHERE m.fused_id = ?",
            (doha["id"],),
        )
    }
    assert len(outlets) == doha["num_sources"] >= 3
    assert doha["num_articles"] <= len(
        {
            r[0]
            for r in conn.execute(
                "SELECT article_id FROM fused_event_mentions WHERE fused_id = ?", (doha["id"],)
            )
        }
    )


def _fused_with(conn: sqlite3.Connection, include: Sequence[str], exclude: str) -> Counter[str]:
    """Fused CONSULT events holding mentions dated 3 Aug 2015 (± a day) whose
    participants name every actor of `include` and not `exclude`, each with how
    many such mentions it holds."""
    marks = ",".join("?" * len(include))
    rows = conn.execute(
        "SELECT m.fused_id FROM events e JOIN fused_event_mentions m "
        "ON m.article_id = e.article_id AND m.event_id = e.event_id "
        "WHERE e.type = 'CONSULT' AND e.day BETWEEN '2015-08-02' AND '2015-08-04' AND "
        "(SELECT COUNT(DISTINCT p.kb_id) FROM event_participants p WHERE p.article_id = "
        f"e.article_id AND p.event_id = e.event_id AND p.kb_id IN ({marks})) = ? AND NOT EXISTS "
        "(SELECT 1 FROM event_participants p WHERE p.article_id = e.article_id AND "
        "p.event_id = e.event_id AND p.kb_id = ?)",
        (*include, len(include), exclude),
    ).fetchall()
    return Counter(r[0] for r in rows)


@pytest.mark.shared
def test_same_day_doha_meetings_stay_apart(doha_store: Store) -> None:
    """Kerry met Lavrov and al-Jubeir in Doha on 3 Aug 2015, and the GCC foreign
    ministers separately the same day: two fused events, each from several articles,
    although reports of each name Kerry in Doha that day."""
    conn = connection_of(doha_store)
    trio = _fused_with(conn, ("per:john-kerry", "per:sergey-lavrov", "per:adel-al-jubeir"), "")
    gulf = _fused_with(conn, ("per:john-kerry", "org:gcc"), "per:sergey-lavrov")
    assert trio and gulf
    trio_id, gulf_id = trio.most_common(1)[0][0], gulf.most_common(1)[0][0]
    assert trio_id != gulf_id
    # No report of the GCC meeting sits in the trilateral, nor the reverse.
    assert trio_id not in gulf
    assert gulf_id not in trio
    for fused_id in (trio_id, gulf_id):
        row = conn.execute(
            "SELECT num_articles, num_sources FROM fused_events WHERE id = ?", (fused_id,)
        ).fetchone()
        assert row["num_articles"] >= 3 and row["num_sources"] >= 3, dict(row)
    lavrov_in_gulf = conn.execute(
        "SELECT COUNT(*) FROM fused_event_mentions m JOIN event_participants p "
        "ON p.article_id = m.article_id AND p.event_id = m.event_id "
        "WHERE m.fused_id = ? AND p.kb_id = 'per:sergey-lavrov'",
        (gulf_id,),
    ).fetchone()[0]
    assert lavrov_in_gulf == 0


def test_week_mentions_do_not_chain_distinct_days() -> None:
    """A week-precision report may match a Monday and a Friday meeting, but
    it must not merge them into one event."""
    from datetime import date

    from marsad.fusion.merge import EventMention, fuse_mentions

    def m(aid: str, value: str, precision: str) -> EventMention:
        return EventMention(
            article_id=aid, event_id="v1", type="CONSULT", status="occurred",
            actors=frozenset({"per:adel-al-jubeir", "per:sergey-lavrov"}),
            countries=frozenset({"SAU", "RUS"}), date_value=value, date_precision=precision,
            published=date(2015, 8, 8), location=None, location_country=None, outlet=aid,
        )  # fmt: skip

    fused = fuse_mentions(
        [
            m("mon", "2015-08-03", "day"),
            m("week", "2015-W32", "week"),
            m("fri", "2015-08-07", "day"),
        ]
    )
    assert sorted(len(f.mentions) for f in fused) == [1, 2]
