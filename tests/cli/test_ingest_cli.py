"""`marsad ingest` end to end: samples, summary, bad inputs, exit codes, --db/$MARSAD_DB."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.batch import IngestSummary
from marsad.clean import article_id
from marsad.cli.main import cli
from marsad.cli.progress import IngestProgress
from marsad.store import open_store

SUMMARY = (
    "{new} new, {duplicate} duplicate, {updated} updated, {unchanged} unchanged, {failed} failed"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _count(path: Path) -> int:
    store = open_store(str(path))
    try:
        return store.stats().articles
    finally:
        store.close()


def test_samples_twice(runner: CliRunner, samples_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = runner.invoke(cli, ["ingest", str(samples_dir), "--db", str(db)])
    assert first.exit_code == 0, first.output
    stored = _count(db)
    assert stored >= 15
    line = first.stdout.strip().splitlines()[-1]
    new, duplicate = int(line.split()[0]), int(line.split()[2])
    assert new + duplicate == stored and duplicate >= 2  # the samples' exact and near copies
    assert "extracted" in line
    second = runner.invoke(cli, ["ingest", str(samples_dir), "--db", str(db)])
    assert second.exit_code == 0
    assert second.stdout.strip() == SUMMARY.format(
        new=0, duplicate=0, updated=0, unchanged=stored, failed=0
    )
    assert _count(db) == stored


def test_bad_inputs_fail_alone(runner: CliRunner, samples_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "in"
    data.mkdir()
    shutil.copy(samples_dir / "articles" / "joint-statement.txt", data / "good.txt")
    (data / "empty.xml").write_bytes(b"")
    (data / "truncated.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>خبر',
        encoding="utf-8",
    )
    (data / "binary.bin").write_bytes(bytes(range(256)) * 64)
    db = tmp_path / "bad.db"
    sources = [
        str(data / name) for name in ("good.txt", "empty.xml", "truncated.xml", "binary.bin")
    ]
    result = runner.invoke(cli, ["ingest", *sources, "--db", str(db), "--no-extract"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("marsad: error: ")]
    bad = ("empty.xml", "truncated.xml", "binary.bin")
    for name in bad:
        assert any(f"{name}: " in line for line in errors), (name, errors)
    assert all(any(name in line for name in bad) for line in errors)
    assert result.stdout.strip() == SUMMARY.format(
        new=1, duplicate=0, updated=0, unchanged=0, failed=len(errors)
    )
    assert _count(db) == 1


def test_missing_source_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        cli, ["ingest", str(tmp_path / "nope.xml"), "--db", str(tmp_path / "x.db")]
    )
    assert result.exit_code == 1
    assert "nope.xml" in result.stderr


def test_quiet_and_environment_database(
    runner: CliRunner, samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("MARSAD_DB", str(db))
    source = samples_dir / "articles" / "mojaz-2025-03.jsonl"
    result = runner.invoke(cli, ["ingest", str(source), "--quiet", "--no-extract"])
    assert result.exit_code == 0
    assert result.output == ""
    assert _count(db) == 4
    stats = runner.invoke(cli, ["stats", "--format", "json"])
    assert json.loads(stats.stdout)["extractions"] == 0


def test_no_sources_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["ingest"])
    assert result.exit_code == 2


def test_unusable_database_path(runner: CliRunner, samples_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        cli, ["ingest", str(samples_dir), "--db", str(tmp_path / "missing" / "x.db")]
    )
    assert result.exit_code == 1
    assert (
        result.stderr.startswith("marsad: error: ") and "directory does not exist" in result.stderr
    )


@pytest.mark.shared
def test_one_saudinewsnet_day(runner: CliRunner, shared_dir: Path, tmp_path: Path) -> None:
    """A real day ZIP: every item is stored or reported, syndicated copies cluster."""
    day = shared_dir / "corpus" / "saudinewsnet" / "2015-08-10.zip"
    db = tmp_path / "day.db"
    result = runner.invoke(cli, ["ingest", str(day), "--db", str(db), "--no-extract"])
    counts = [int(word) for word in result.stdout.split() if word.isdigit()]
    new, duplicate, updated, unchanged, failed = counts
    assert new + duplicate + failed == 1700 and updated == unchanged == 0
    assert result.exit_code == (1 if failed else 0)
    assert len([x for x in result.stderr.splitlines() if x.startswith("marsad: error:")]) == failed
    store = open_store(str(db))
    try:
        stats = store.stats()
        assert stats.articles == new + duplicate
        assert stats.exact_duplicates + stats.near_duplicates == duplicate
        assert stats.near_clusters > 50
        for original, copy in SYNDICATED:
            members = {m.article_id for m in store.cluster(article_id(original, ""))}
            assert article_id(copy, "") in members, (original, copy)
    finally:
        store.close()
    again = runner.invoke(cli, ["ingest", str(day), "--db", str(db), "--no-extract"])
    assert again.stdout.strip() == SUMMARY.format(
        new=0, duplicate=0, updated=0, unchanged=new + duplicate, failed=failed
    )


# SPA stories of 10 August 2015 and same-day reprints (see tests/clean/test_duplicates.py).
SYNDICATED = [
    ("http://www.spa.gov.sa/details.php?id=1386901", "http://www.alyaum.com/article/4082915"),
    (
        "http://www.spa.gov.sa/details.php?id=1386862",
        "http://www.aleqt.com/2015/08/10/article_980608.html",
    ),
    ("http://www.spa.gov.sa/details.php?id=1386813", "http://www.alriyadh.com/1072034"),
]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counter_only_on_a_terminal() -> None:
    summary = IngestSummary(new=3, failed=1, errors=["feeds/x.xml: empty file"])
    for stream, live in ((_Terminal(), True), (io.StringIO(), False), (_Terminal(), False)):
        progress = IngestProgress(quiet=not live and isinstance(stream, _Terminal), stream=stream)
        progress(summary)
        progress.finish(summary)
        output = stream.getvalue()
        assert output.count("marsad: error: feeds/x.xml: empty file\n") == 1
        assert ("3 new, 0 duplicate" in output) is live
