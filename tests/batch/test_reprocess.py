"""reprocess: which articles are due, clean replacement of old output, filters,
failures kept per article, and the store-independent selection path."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from marsad.batch import LocalRunner, due_articles, reprocess, store_articles
from marsad.output import Extraction
from marsad.pipeline import PIPELINE_VERSION, process
from marsad.records import Article
from marsad.store import SQLiteStore

STATEMENT = (
    "استقبل وزير الخارجية الأردني في عمّان اليوم نظيره المصري، وبحث الجانبان العلاقات "
    "الثنائية وسبل تعزيزها، إضافة إلى تطورات الأوضاع في المنطقة والجهود المبذولة لوقف "
    "إطلاق النار، وأكدا أهمية التنسيق المشترك في المحافل الدولية خلال المرحلة المقبلة."
)
HARVEST = (
    "بدأ المزارعون في منطقة القصيم موسم حصاد التمور وسط توقعات بإنتاج وفير هذا العام، "
    "وأوضح مسؤولون في الجمعية الزراعية أن الأسعار مستقرة وأن الأسواق تستقبل يوميا كميات "
    "كبيرة من الأصناف المختلفة القادمة من المزارع القريبة في المحافظات المجاورة."
)


@pytest.fixture
def stored(store: SQLiteStore, make_article) -> list[Article]:
    articles = [
        make_article("http://a.test/1", "لقاء في عمّان", STATEMENT, outlet="alghad"),
        make_article(
            "http://b.test/1", "موسم التمور", HARVEST, outlet="alyaum",
            published="2015-08-11T09:00:00+03:00",
        ),
        make_article(
            "http://b.test/2", "وزيرا الخارجية", STATEMENT + " وحضر اللقاء السفيران.",
            outlet="alyaum", published="2015-08-12T09:00:00+03:00",
        ),
    ]  # fmt: skip
    store_articles(articles, store, extract=False)
    return articles


def _table(store: SQLiteStore, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in store.connection.execute(sql).fetchall()]


def test_missing_extractions_are_run_once(store: SQLiteStore, stored: list[Article]) -> None:
    summary = reprocess(store)
    assert (summary.due, summary.extracted, summary.extraction_failed) == (3, 3, 0)
    assert summary.ok and summary.line() == "3 due, 3 extracted, 0 extraction failed"
    assert all(store.extraction_revision(a.id) == 1 for a in stored)
    again = reprocess(store)
    assert (again.due, again.extracted) == (0, 0)


def test_old_pipeline_output_is_replaced_cleanly(store: SQLiteStore, stored: list[Article]) -> None:
    reprocess(store)
    tables = ("SELECT * FROM entities", "SELECT * FROM events", "SELECT * FROM event_participants")
    before = [sorted(_table(store, sql)) for sql in tables]
    assert before[1], "the statement should give at least one event"
    store.connection.execute(
        "UPDATE extractions SET pipeline_version = '0.0.1', "
        "json = json_set(json, '$.pipeline_version', '0.0.1') WHERE article_id = ?",
        (stored[0].id,),
    )
    assert due_articles(store, PIPELINE_VERSION) == [stored[0].id]
    summary = reprocess(store)
    assert (summary.due, summary.extracted) == (1, 1)
    assert [sorted(_table(store, sql)) for sql in tables] == before  # replaced, not doubled
    versions = _table(store, "SELECT DISTINCT pipeline_version FROM extractions")
    assert versions == [(PIPELINE_VERSION,)]


def test_all_and_filters(store: SQLiteStore, stored: list[Article]) -> None:
    reprocess(store)
    ids = [a.id for a in stored]
    assert due_articles(store, PIPELINE_VERSION) == []
    assert due_articles(store, PIPELINE_VERSION, everything=True) == ids
    assert due_articles(store, PIPELINE_VERSION, everything=True, outlet="alyaum") == ids[1:]
    window = {"since": date(2015, 8, 11), "until": date(2015, 8, 11)}
    assert due_articles(store, PIPELINE_VERSION, everything=True, **window) == [ids[1]]
    summary = reprocess(store, everything=True, since=date(2015, 8, 12))
    assert (summary.due, summary.extracted) == (1, 1)


class _Hidden:
    """The store seen through the Store protocol only (no SQLite shortcut)."""

    def __init__(self, store: SQLiteStore) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        if name == "extraction_targets":
            raise AttributeError(name)
        return getattr(self._store, name)


def test_protocol_selection_agrees_with_sqlite(store: SQLiteStore, stored: list[Article]) -> None:
    reprocess(store, outlet="alyaum")
    store.connection.execute(
        "UPDATE extractions SET pipeline_version = '0.0.1', "
        "json = json_set(json, '$.pipeline_version', '0.0.1') WHERE article_id = ?",
        (stored[2].id,),
    )
    generic = _Hidden(store)
    for options in (
        {},
        {"everything": True},
        {"outlet": "alyaum"},
        {"since": date(2015, 8, 11)},
        {"until": date(2015, 8, 11), "everything": True},
    ):
        fast = due_articles(store, PIPELINE_VERSION, **options)
        assert due_articles(generic, PIPELINE_VERSION, **options) == fast, options  # type: ignore[arg-type]
    assert due_articles(store, PIPELINE_VERSION) == [stored[0].id, stored[2].id]


def test_one_failure_does_not_stop_the_run(store: SQLiteStore, stored: list[Article]) -> None:
    def extractor(article: Article) -> tuple[Extraction, str]:
        if article.url == "http://b.test/1":
            raise ValueError("lexicon exploded")
        return process(article), PIPELINE_VERSION

    summary = reprocess(store, runner=LocalRunner(extractor))
    assert (summary.due, summary.extracted, summary.extraction_failed) == (3, 2, 1)
    assert not summary.ok and "lexicon exploded" in summary.errors[0]
    assert store.extraction_revision(stored[1].id) is None
    assert due_articles(store, PIPELINE_VERSION) == [stored[1].id]  # a re-run picks it up
