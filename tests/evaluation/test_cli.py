"""`marsad eval` and `marsad bench` end to end on the bundled samples."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from marsad.cli.main import cli

DATA = Path(__file__).parent / "data"


def test_eval_runs_extraction_and_scores(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(
        cli,
        [
            "eval",
            str(DATA / "samples-gold.jsonl"),
            "--corpus",
            str(samples_dir),
            "--json",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "events (country level)" in result.output
    figures = json.loads(out.read_text(encoding="utf-8"))["gold"]
    assert figures["articles"] == 2
    assert figures["missing_articles"] == []
    # Both sample meetings are plain cases: a meeting and a hosted meeting.
    assert figures["events_country"]["tp"] == 2
    assert figures["entities"]["recall"] >= 0.8


def test_eval_scores_a_system_file_without_running(samples_dir: Path, tmp_path: Path) -> None:
    system = tmp_path / "system.jsonl"
    extract = CliRunner().invoke(cli, ["extract", str(samples_dir), "-o", str(system)])
    assert extract.exit_code == 0, extract.output
    result = CliRunner().invoke(
        cli, ["eval", str(DATA / "samples-gold.jsonl"), "--system", str(system)]
    )
    assert result.exit_code == 0, result.output
    assert "articles scored: 2" in result.output


def test_eval_reports_a_bad_gold_file(tmp_path: Path, samples_dir: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(bad), "--corpus", str(samples_dir)])
    assert result.exit_code == 1
    assert "bad.jsonl:1" in result.output


def test_bench_times_every_stage(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = CliRunner().invoke(
        cli, ["bench", "--corpus", str(samples_dir), "--n", "5", "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["articles"] == 5
    stages = [s["stage"] for s in data["stages"]]
    assert stages == ["ingest (read)", "clean", "text", "entities", "events", "store (SQLite)"]
    assert all(s["seconds"] >= 0 for s in data["stages"])
    assert data["peak_rss_mb"] > 0
    assert "| end to end |" in result.output


def test_bench_times_web_pages(samples_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    ingest = CliRunner().invoke(cli, ["ingest", str(samples_dir), "--db", str(db), "--quiet"])
    assert ingest.exit_code == 0, ingest.output
    out = tmp_path / "web.json"
    result = CliRunner().invoke(cli, ["bench", "--web", str(db), "--json", str(out)])
    assert result.exit_code == 0, result.output
    pages = {p["page"]: p for p in json.loads(out.read_text(encoding="utf-8"))}
    assert {"home / event list", "search", "event page", "actor page", "map"} <= set(pages)
    assert all(p["status"] == 200 and p["median_ms"] > 0 for p in pages.values())


def test_bench_needs_a_corpus_or_a_database() -> None:
    result = CliRunner().invoke(cli, ["bench"])
    assert result.exit_code == 2
    assert "--corpus" in result.output
