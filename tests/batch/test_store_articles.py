"""store_articles: counts, idempotency, revisions, duplicates across runs, failures,
and a crash mid-batch that must leave the database consistent."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.batch import IngestSummary, store_articles
from marsad.clean.duplicates import MinHasher
from marsad.errors import FormatError, ResourceError
from marsad.output import Extraction
from marsad.pipeline import PIPELINE_VERSION
from marsad.records import Article
from marsad.settings import Settings
from marsad.store import SQLiteStore, open_store

STORY = (
    "استقبل صاحب السمو الملكي ولي العهد في مكتبه بالرياض اليوم وزير الدولة لشؤون الدفاع "
    "في دولة قطر، وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين "
    "وسبل تعزيزها في المجالات العسكرية والدفاعية، إضافة إلى بحث تطورات الأوضاع في المنطقة."
)
EDITED = STORY.replace("اليوم ", "").replace("،", " ") + " وحضر الاستقبال عدد من المسؤولين."
WEATHER = (
    "أعلنت الرئاسة العامة للأرصاد وحماية البيئة أن الطقس سيكون حارا إلى شديد الحرارة على "
    "المنطقة الشرقية والرياض مع رياح نشطة مثيرة للأتربة والغبار تحد من مدى الرؤية الأفقية."
)
MARKET = (
    "أغلق مؤشر سوق الأسهم السعودية تعاملات اليوم منخفضا بضغط من قطاعي المصارف والبتروكيماويات "
    "وسط تداولات بلغت قيمتها أكثر من خمسة مليارات ريال وارتفعت أسعار أسهم عدد من الشركات."
)


@pytest.fixture
def batch(make_article) -> list[Article]:
    return [
        make_article(
            "http://was.test/1", "ولي العهد يستقبل وزير الدفاع القطري", STORY, outlet="was"
        ),
        make_article(
            "http://okaz.test/1", "ولي العهد يستقبل وزير الدولة القطري", EDITED, outlet="okaz"
        ),
        make_article(
            "http://sabq.test/1", "ولي العهد يستقبل وزير الدفاع القطري", STORY, outlet="sabq"
        ),
        make_article("http://was.test/2", "الطقس", WEATHER, outlet="was"),
        make_article("http://was.test/3", "الأسهم", MARKET, outlet="was"),
    ]


def _counts(summary: IngestSummary) -> tuple[int, ...]:
    return (summary.new, summary.duplicate, summary.updated, summary.unchanged, summary.failed)


def test_first_run_stores_and_clusters(store: SQLiteStore, batch: list[Article]) -> None:
    summary = store_articles(batch, store, extract=False)
    assert _counts(summary) == (3, 2, 0, 0, 0)
    assert summary.ok and summary.line().startswith("3 new, 2 duplicate, 0 updated")
    kinds = {m.article_id: m.kind for m in store.cluster(batch[0].id)}
    assert kinds == {batch[0].id: "first", batch[1].id: "near", batch[2].id: "exact"}
    assert store.cluster(batch[3].id) == []


def test_second_run_is_a_no_op(store: SQLiteStore, batch: list[Article]) -> None:
    store_articles(batch, store)
    before = store.stats()
    summary = store_articles(batch, store)
    assert _counts(summary) == (0, 0, 0, 5, 0)
    assert summary.extracted == 0
    assert store.stats() == before


def test_changed_article_is_updated_and_re_extracted(
    store: SQLiteStore, batch: list[Article], make_article
) -> None:
    store_articles(batch, store)
    changed = make_article(
        "http://was.test/2", "الطقس", WEATHER + " وتوقعت أمطارا رعدية.", outlet="was"
    )
    summary = store_articles([changed], store)
    assert _counts(summary) == (0, 0, 1, 0, 0) and summary.extracted == 1
    assert store.get_article(changed.id).revision == 2
    assert store.extraction_revision(changed.id) == 2
    assert store.get_extraction(changed.id).article.text == changed.text
    assert len(store.revisions(changed.id)) == 1


def test_extraction_is_saved_with_the_pipeline_version(
    store: SQLiteStore, batch: list[Article]
) -> None:
    summary = store_articles(batch, store)
    assert summary.extracted == 5 and summary.extraction_failed == 0
    extraction = store.get_extraction(batch[3].id)
    assert extraction is not None and extraction.article.id == batch[3].id
    row = store._conn.execute("SELECT DISTINCT pipeline_version FROM extractions").fetchall()
    assert [r[0] for r in row] == [PIPELINE_VERSION]


def test_no_extract_then_extract_fills_the_gap(store: SQLiteStore, batch: list[Article]) -> None:
    store_articles(batch, store, extract=False)
    assert store.stats().extractions == 0
    summary = store_articles(batch, store)
    assert summary.unchanged == 5 and summary.extracted == 5


def test_duplicates_are_found_across_runs(store: SQLiteStore, batch: list[Article]) -> None:
    store_articles(batch[:1], store, extract=False)
    summary = store_articles(batch[1:2], store, extract=False)
    assert (summary.new, summary.duplicate) == (0, 1)
    assert {m.article_id for m in store.cluster(batch[1].id)} == {batch[0].id, batch[1].id}


def test_changed_settings_recompute_signatures(store: SQLiteStore, batch: list[Article]) -> None:
    store_articles(batch[:1], store, extract=False)
    settings = Settings(shingle_size=2, minhash_permutations=64)
    summary = store_articles(batch[1:2], store, extract=False, settings=settings)
    assert summary.duplicate == 1
    params = {r[0] for r in store._conn.execute("SELECT params FROM minhash_signatures")}
    assert len(params) == 1 and "words=2" in next(iter(params))


def test_bad_items_are_counted_and_the_rest_stored(
    store: SQLiteStore, batch: list[Article]
) -> None:
    items = [batch[0], FormatError("feeds/broken.xml", "not well-formed XML"), batch[3]]
    summary = store_articles(items, store, extract=False)
    assert _counts(summary) == (2, 0, 0, 0, 1) and not summary.ok
    assert summary.errors == ["feeds/broken.xml: not well-formed XML"]


def test_one_failing_extraction_does_not_stop_the_batch(
    store: SQLiteStore, batch: list[Article]
) -> None:
    from marsad.pipeline import process

    def extractor(article: Article) -> tuple[Extraction, str]:
        if article.outlet == "sabq":
            raise ValueError("model exploded")
        return process(article), PIPELINE_VERSION

    summary = store_articles(batch, store, extractor=extractor)
    assert (summary.extracted, summary.extraction_failed) == (4, 1)
    assert not summary.ok
    assert len(summary.errors) == 1 and "model exploded" in summary.errors[0]
    assert store.stats().articles == 5
    assert store.extraction_revision(batch[2].id) is None


class Crash(Exception):
    pass


def _check_consistent(path: Path) -> None:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == articles
    assert conn.execute("SELECT COUNT(*) FROM minhash_signatures").fetchone()[0] == articles
    orphans = conn.execute(
        "SELECT COUNT(*) FROM duplicates d LEFT JOIN articles a ON a.id = d.duplicate_of "
        "WHERE a.id IS NULL"
    ).fetchone()[0]
    assert orphans == 0
    conn.close()


def test_crash_mid_batch_leaves_the_database_consistent(
    tmp_path: Path, batch: list[Article]
) -> None:
    path = tmp_path / "crash.db"
    store = open_store(str(path))
    settings = Settings(batch_size=2)

    def crash_after_three(summary: IngestSummary) -> None:
        if summary.items == 3:
            raise Crash  # as if Ctrl-C arrived while the second batch was being written

    with pytest.raises(Crash):
        store_articles(batch, store, progress=crash_after_three, settings=settings)
    store.close()
    _check_consistent(path)
    store = open_store(str(path))
    assert store.stats().articles == 2  # the first batch only
    assert store.stats().extractions == 2
    # Re-running completes the job exactly as an uninterrupted run would have.
    summary = store_articles(batch, store, settings=settings)
    assert _counts(summary) == (2, 1, 0, 2, 0)
    stats = store.stats()
    store.close()
    _check_consistent(path)
    clean = open_store(str(tmp_path / "clean.db"))
    store_articles(batch, clean, settings=settings)
    expected = clean.stats()
    clean.close()
    assert (stats.articles, stats.exact_duplicates, stats.near_duplicates, stats.extractions) == (
        expected.articles,
        expected.exact_duplicates,
        expected.near_duplicates,
        expected.extractions,
    )


def test_crash_inside_one_store_keeps_the_index_in_step(
    store: SQLiteStore, batch: list[Article]
) -> None:
    """After a rolled-back batch, the same store object must not see ghost articles."""
    settings = Settings(batch_size=10)

    def crash_at_end(summary: IngestSummary) -> None:
        if summary.items == 2:
            raise Crash

    with pytest.raises(Crash):
        store_articles(batch[:2], store, progress=crash_at_end, settings=settings)
    summary = store_articles(batch[1:2], store, settings=settings, extract=False)
    assert (summary.new, summary.duplicate) == (1, 0)  # batch[0] was never stored


def test_broken_resources_stop_the_run(store: SQLiteStore, batch: list[Article]) -> None:
    """A missing bundled file would fail every article: one clear error instead."""

    def extractor(article: Article) -> tuple[Extraction, str]:
        raise ResourceError("resources/kb/countries.tsv: missing")

    with pytest.raises(ResourceError):
        store_articles(batch, store, extractor=extractor)
    assert store.stats().articles == 0


def test_copies_found_across_runs_and_writers(tmp_path: Path, batch: list[Article]) -> None:
    """The band index is rebuilt from stored signatures, and caught up with what
    another writer stored since: a copy stored later is found either way."""
    path = str(tmp_path / "shared.db")
    first, second = SQLiteStore(path), SQLiteStore(path)
    store_articles(batch[:1], first, extract=False)  # the original
    tracker_before = store_articles(batch[3:4], second, extract=False)  # second's index: [0, 3]
    assert tracker_before.new == 1
    store_articles(batch[4:5], first, extract=False)
    later = store_articles(batch[1:2], second, extract=False)  # the edited copy
    assert (later.new, later.duplicate) == (0, 1)
    assert {m.article_id for m in second.cluster(batch[0].id)} == {batch[0].id, batch[1].id}
    first.close()
    second.close()


def test_changed_threshold_applies_to_stored_articles(
    store: SQLiteStore, batch: list[Article]
) -> None:
    store_articles(batch[:1], store, extract=False)
    strict = Settings(near_duplicate_threshold=0.99)
    summary = store_articles(batch[1:2], store, extract=False, settings=strict)
    assert (summary.new, summary.duplicate) == (1, 0)  # the edited copy is below 0.99


def test_changed_shingles_re_sign_stored_articles(store: SQLiteStore, batch: list[Article]) -> None:
    store_articles(batch[:1], store, extract=False)
    other = Settings(shingle_size=4)
    summary = store_articles(batch[2:3], store, extract=False, settings=other)
    assert summary.duplicate == 1
    params = {r[0] for r in store._conn.execute("SELECT params FROM minhash_signatures")}
    assert params == {MinHasher(other).params}
