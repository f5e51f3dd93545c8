"""The Dask runner gives exactly what the local one gives: same articles, duplicate
clusters, signatures and extractions, whatever the partitioning."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli

# Everything a run writes except the wall-clock columns.
_CONTENT = {
    "articles": "SELECT id, url, outlet, source, title, author, published, raw, body, text, "
    "language, content_hash, text_hash, revision FROM articles",
    "duplicates": "SELECT article_id, duplicate_of, cluster_id, kind, similarity FROM duplicates",
    "signatures": "SELECT article_id, params, signature FROM minhash_signatures",
    "extractions": "SELECT article_id, article_revision, pipeline_version, json FROM extractions",
    "entities": "SELECT * FROM entities",
    "events": "SELECT * FROM events",
    "participants": "SELECT * FROM event_participants",
}


def _content(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {name: sorted(conn.execute(sql).fetchall()) for name, sql in _CONTENT.items()}
    finally:
        conn.close()


def _ingest(source: Path, db: Path, *options: str) -> str:
    result = CliRunner().invoke(cli, ["ingest", str(source), "--db", str(db), *options])
    assert result.exit_code in (0, 1), result.output
    return result.stdout.splitlines()[-1] + "\n"  # the summary (a fusion line may precede it)


def test_samples_with_one_and_two_workers(samples_dir: Path, tmp_path: Path) -> None:
    """Ingest on one worker against ingest (cleaning) then reprocess (extraction) on two."""
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    line = _ingest(samples_dir, one, "--workers", "1")
    expected = _content(one)
    assert len(expected["articles"]) >= 15 and expected["extractions"]
    store_only = _ingest(
        samples_dir, two, "--workers", "2", "--partition-size", "3", "--no-extract"
    )
    assert store_only == line.split(";")[0] + "\n"
    result = CliRunner().invoke(
        cli, ["reprocess", "--db", str(two), "--workers", "2", "--partition-size", "5"]
    )
    assert result.exit_code == 0, result.output
    assert _content(two) == expected


@pytest.fixture
def corpus_slice(shared_dir: Path, tmp_path: Path) -> Path:
    """The first 200 items of a SaudiNewsNet day, as a JSON array file."""
    day = shared_dir / "corpus" / "saudinewsnet" / "2015-08-10.zip"
    with zipfile.ZipFile(day) as archive:
        items = json.loads(archive.read(archive.namelist()[0]))
    path = tmp_path / "slice.json"
    path.write_text(json.dumps(items[:200], ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.shared
def test_corpus_articles_with_one_and_two_workers(corpus_slice: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    line = _ingest(corpus_slice, one)
    assert line == _ingest(corpus_slice, two, "--workers", "2", "--partition-size", "40")
    expected = _content(one)
    assert len(expected["articles"]) > 150 and len(expected["extractions"]) > 150
    assert expected["duplicates"] and expected["events"]
    actual = _content(two)
    for name, rows in expected.items():
        differing = sorted(set(rows) ^ set(actual[name]))
        assert not differing, f"{name}: {len(differing)} rows differ, first {differing[0][:2]}"
