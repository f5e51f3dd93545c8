"""`marsad articles`, `show`, `stats` over the bundled samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> str:
    path = tmp_path_factory.mktemp("browse") / "samples.db"
    # No extraction: these tests are about browsing, not the pipeline.
    result = CliRunner().invoke(
        cli, ["ingest", str(samples_dir), "--db", str(path), "--no-extract"]
    )
    assert result.exit_code == 0, result.output
    return str(path)


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


def test_articles_table(db: str) -> None:
    result = run("articles", "--db", db, "--limit", "5")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "PUBLISHED", "SOURCE", "TITLE"]
    assert len(lines) == 6


def test_articles_json_and_jsonl_agree(db: str) -> None:
    as_json = json.loads(run("articles", "--db", db, "--format", "json", "-n", "50").stdout)
    as_jsonl = [
        json.loads(line)
        for line in run("articles", "--db", db, "--format", "jsonl", "-n", "50").stdout.splitlines()
    ]
    assert as_json == as_jsonl
    stats = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert len(as_json) == stats["articles"]
    assert {"id", "url", "source", "title", "published", "text", "revision"} <= set(as_json[0])
    published = [a["published"] for a in as_json if a["published"]]
    assert published == sorted(published, reverse=True)


def test_search_folds_spelling(db: str) -> None:
    """The samples write أيمن الصفدي; a search without hamza finds the same articles."""
    exact = json.loads(run("articles", "--db", db, "--search", "أيمن", "--format", "json").stdout)
    folded = json.loads(run("articles", "--db", db, "--search", "ايمن", "--format", "json").stdout)
    assert exact and [a["id"] for a in exact] == [a["id"] for a in folded]
    for article in exact:
        assert "أيمن" in article["text"] or "ايمن" in article["text"]


def test_source_and_date_filters(db: str) -> None:
    everything = json.loads(run("articles", "--db", db, "--format", "json", "-n", "100").stdout)
    outlet = everything[0]["source"]
    only = json.loads(
        run("articles", "--db", db, "--source", outlet, "--format", "json", "-n", "100").stdout
    )
    assert only and all(a["source"] == outlet for a in only)
    assert len(only) == sum(a["source"] == outlet for a in everything)
    days = sorted({a["published"][:10] for a in everything if a["published"]})
    middle = days[len(days) // 2]
    since = json.loads(
        run("articles", "--db", db, "--since", middle, "--format", "json", "-n", "100").stdout
    )
    until = json.loads(
        run("articles", "--db", db, "--until", middle, "--format", "json", "-n", "100").stdout
    )
    assert all(a["published"][:10] >= middle for a in since)
    assert all(a["published"][:10] <= middle for a in until)
    on_day = sum(a["published"] is not None and a["published"][:10] == middle for a in everything)
    dated = sum(a["published"] is not None for a in everything)
    assert len(since) + len(until) == dated + on_day


def test_bad_date_is_a_usage_error(db: str) -> None:
    result = run("articles", "--db", db, "--since", "last tuesday")
    assert result.exit_code == 2
    assert "last tuesday" in result.stderr


def test_show_by_prefix(db: str) -> None:
    first = json.loads(run("articles", "--db", db, "--format", "json", "-n", "1").stdout)[0]
    result = run("show", first["id"][:9], "--db", db)
    assert result.exit_code == 0
    assert f"id:           {first['id']}" in result.stdout
    assert result.stdout.rstrip().endswith(first["text"].rstrip())
    as_json = json.loads(run("show", first["id"], "--db", db, "--format", "json").stdout)
    assert as_json["id"] == first["id"]
    assert as_json["extraction"] is None
    assert as_json["revisions"] == []


def test_show_lists_the_duplicate_cluster(db: str) -> None:
    stats = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert stats["exact_duplicates"] >= 1 and stats["near_duplicates"] >= 1
    everything = json.loads(run("articles", "--db", db, "--format", "json", "-n", "100").stdout)
    shown = [
        json.loads(run("show", a["id"], "--db", db, "--format", "json").stdout) for a in everything
    ]
    kinds = {m["kind"] for s in shown for m in s["duplicates"]}
    assert {"first", "exact", "near"} <= kinds
    in_cluster = next(s for s in shown if s["duplicates"])
    text = run("show", in_cluster["id"], "--db", db).stdout
    assert "duplicate:" in text


def test_show_unknown_id(db: str) -> None:
    result = run("show", "zzzz", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.strip() == "marsad: error: no article with id 'zzzz'"


def test_stats_table(db: str) -> None:
    stats = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    result = run("stats", "--db", db)
    assert result.exit_code == 0
    assert f"articles:          {stats['articles']} " in result.stdout
    assert "by source:" in result.stdout and "by day:" in result.stdout
    assert sum(stats["by_source"].values()) == stats["articles"]
    assert sum(stats["by_day"].values()) == stats["articles"]
    assert stats["extractions"] == 0
