"""The PostgreSQL store behaves like the SQLite one.

Runs against $MARSAD_TEST_POSTGRES (a server URL) or a throwaway server started
from the Debian `postgresql` binaries; skipped when neither is available.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.batch import store_articles
from marsad.errors import StoreError
from marsad.store import ArticleQuery, open_store
from marsad.store.postgres import PostgresStore
from tests.store.test_extractions import _extraction

pytestmark = pytest.mark.postgres

STORY = (
    "استقبل صاحب السمو الملكي ولي العهد في مكتبه بالرياض اليوم وزير الدولة لشؤون الدفاع "
    "في دولة قطر، وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين الشقيقين "
    "وسبل تعزيزها في المجالات العسكرية والدفاعية، إضافة إلى بحث تطورات الأوضاع في المنطقة."
)
EDITED = STORY.replace("اليوم ", "").replace("،", " ") + " وحضر الاستقبال عدد من المسؤولين."


def _bindir() -> Path | None:
    found = shutil.which("initdb") or next(
        iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)), None
    )
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """An admin URL of a running server."""
    if url := os.environ.get("MARSAD_TEST_POSTGRES"):
        yield url
        return
    bindir = _bindir()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries are not installed")
    base = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
    run_as: list[str] = []
    data, port = base / "data", _free_port()
    try:
        if os.geteuid() == 0:  # the server refuses to run as root
            shutil.chown(base, "postgres")
            run_as = ["runuser", "-u", "postgres", "--"]
        subprocess.run(
            [*run_as, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
             "-E", "UTF8", "--locale=C.UTF-8"],
            check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w",
             "-o", f"-k {base} -c listen_addresses='' -p {port} -c fsync=off", "start"],
            check=True, capture_output=True,
        )  # fmt: skip
    except (subprocess.CalledProcessError, OSError, LookupError) as exc:
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(f"cannot start a PostgreSQL server: {exc}")
    try:
        yield f"postgresql://postgres@/postgres?host={base}&port={port}"
    finally:
        subprocess.run(
            [*run_as, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg(server: str, request: pytest.FixtureRequest) -> Iterator[PostgresStore]:
    """A store on a fresh database of its own."""
    import psycopg

    name = "t_" + request.node.name.lower().replace("[", "_").replace("]", "")[:50]
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    url = server.replace("/postgres?", f"/{name}?", 1)
    store = open_store(url)
    assert isinstance(store, PostgresStore)
    yield store
    store.close()


def test_migrations_run_once(pg: PostgresStore) -> None:
    version = pg.schema_version
    assert version >= 4
    again = open_store(pg.location)
    assert isinstance(again, PostgresStore) and again.schema_version == version
    again.close()


def test_put_revision_and_lookup(pg: PostgresStore, make_article) -> None:
    first = make_article("http://x.test/1", "لقاء", STORY)
    assert pg.put_article(first).status == "new"
    assert pg.put_article(first).status == "unchanged"
    second = make_article("http://x.test/1", "لقاء", EDITED)
    assert (pg.put_article(second).status, pg.get_article(first.id[:8]).revision) == (
        "updated", 2,
    )  # fmt: skip
    assert [r.text for r in pg.revisions(first.id)] == [first.text]
    assert pg.put_article(first).status == "unchanged"
    with pytest.raises(StoreError, match="no article"):
        pg.get_article("a_zz")


def test_search_filters_and_failed_transaction(pg: PostgresStore, make_article) -> None:
    pg.put_article(make_article("u:1", "", "قال أحمد إن وزير الخارجية في موسكو", outlet="okaz"))
    pg.put_article(make_article("u:2", "", "بيان للخارجية عن الرياض", outlet="sabq",
                                published="2015-08-07T09:00:00+03:00"))  # fmt: skip

    def urls(**kw) -> list[str | None]:
        return sorted(a.url for a in pg.find_articles(ArticleQuery(**kw)))

    assert urls(search="احمد") == ["u:1"]
    assert urls(search="الخارجية") == ["u:1", "u:2"]
    assert urls(search='"وزير الخارجية"') == ["u:1"]
    assert urls(search="موسك*") == ["u:1"]
    assert urls(search="الخارجية", outlet="sabq") == ["u:2"]
    with pytest.raises(RuntimeError), pg.transaction():
        pg.put_article(make_article("u:3", "", "نص لن يبقى"))
        raise RuntimeError
    assert pg.stats().articles == 2


def test_batch_duplicates_and_extractions(pg: PostgresStore, make_article) -> None:
    batch = [
        make_article("http://was.test/1", "ولي العهد يستقبل", STORY, outlet="was"),
        make_article("http://okaz.test/1", "ولي العهد يستقبل وزيرا", EDITED, outlet="okaz"),
        make_article("http://sabq.test/1", "ولي العهد", STORY, outlet="sabq"),
    ]
    summary = store_articles(batch, pg)
    assert (summary.new, summary.duplicate, summary.extracted) == (1, 2, 3)
    assert store_articles(batch, pg).unchanged == 3
    kinds = {m.article_id: m.kind for m in pg.cluster(batch[0].id)}
    assert kinds == {batch[0].id: "first", batch[1].id: "near", batch[2].id: "exact"}
    stats = pg.stats()
    assert (stats.exact_duplicates, stats.near_duplicates, stats.near_clusters) == (1, 1, 1)
    assert stats.extractions == 3


def test_save_extraction_replaces_atomically(pg: PostgresStore, make_article) -> None:
    article = make_article("u:1", "لقاء", STORY)
    pg.put_article(article)
    pg.save_extraction(article.id, _extraction(article.id, events=2), "0.1.0")
    with pytest.raises(StoreError):
        pg.save_extraction(article.id, _extraction(article.id, events=2, event_id="dup"), "0.2")
    assert pg.get_extraction(article.id) == _extraction(article.id, events=2)
    pg.save_extraction(article.id, _extraction(article.id, events=1), "0.3.0")
    stats = pg.stats()
    assert (stats.extractions, stats.events, stats.entities) == (1, 1, 3)
    assert stats.events_by_type == [("CONSULT", 1)]
