"""`marsad reprocess`: summary line, idempotency, --all/--source/--since, bad dates,
quiet output, and exit code 1 when an extraction fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli


@pytest.fixture(scope="module")
def db(samples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One ingested database for the module: every test leaves its content as it was."""
    path = tmp_path_factory.mktemp("reprocess") / "demo.db"
    result = CliRunner().invoke(cli, ["ingest", str(samples_dir), "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def _run(db: Path, *options: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(db), *options])
    return result.exit_code, result.stdout.strip()


def test_nothing_due_after_ingest_then_all(db: Path) -> None:
    assert _run(db) == (0, "0 due, 0 extracted, 0 extraction failed")
    code, line = _run(db, "--all")
    count = int(line.split()[0])
    assert code == 0 and count >= 15
    assert line == f"{count} due, {count} extracted, 0 extraction failed"


def test_source_and_dates_narrow_the_selection(db: Path) -> None:
    everything = int(_run(db, "--all")[1].split()[0])
    one_outlet = int(_run(db, "--all", "--source", "صدى العواصم")[1].split()[0])
    assert 0 < one_outlet < everything
    assert _run(db, "--all", "--since", "2999-01-01")[1].startswith("0 due")
    assert _run(db, "--all", "--until", "1999-01-01")[1].startswith("0 due")


def test_quiet_and_bad_date(db: Path) -> None:
    assert _run(db, "--all", "-q") == (0, "")
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(db), "--since", "last week"])
    assert result.exit_code == 2 and "is not a date" in result.output


def test_failed_extraction_exits_1(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.pipeline

    def broken(article, resources=None):  # type: ignore[no-untyped-def]
        raise RuntimeError("rule table corrupt")

    monkeypatch.setattr(marsad.pipeline, "process", broken)
    result = CliRunner().invoke(cli, ["reprocess", "--db", str(db), "--all"])
    assert result.exit_code == 1
    assert "rule table corrupt" in result.stderr and "0 extracted" in result.stdout


def test_scheduler_without_distributed_is_a_clear_error(db: Path) -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("dask.distributed is installed: the address would be tried")
    result = CliRunner().invoke(
        cli, ["reprocess", "--db", str(db), "--scheduler", "tcp://127.0.0.1:8786"]
    )
    assert result.exit_code == 1
    assert "needs the 'distributed' package" in result.stderr
