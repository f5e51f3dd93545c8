"""`marsad reprocess`: re-run extraction on stored articles."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any, cast

import click

from marsad.batch import IngestSummary, reprocess
from marsad.cli.common import db_option, resolve_db, run_safely, verbosity_options
from marsad.cli.ingest import runner_for, runner_options
from marsad.cli.progress import IngestProgress
from marsad.store import open_store

__all__ = ["register"]


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@click.command("reprocess", short_help="Re-run extraction on stored articles.")
@db_option
@click.option("--since", metavar="D", callback=_day, help="Published on or after D (YYYY-MM-DD).")
@click.option("--until", metavar="D", callback=_day, help="Published on or before D.")
@click.option("--source", metavar="S", help="Only this outlet (e.g. alriyadh).")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Every selected article, not only those with missing or outdated output.",
)
@runner_options
@verbosity_options
@run_safely
def reprocess_command(
    db: str | None,
    since: date | None,
    until: date | None,
    source: str | None,
    everything: bool,
    workers: int,
    scheduler: str | None,
    partition_size: int,
    quiet: bool,
    verbose: bool,
) -> None:
    """Extract entities and events again for stored articles.

    By default only articles whose extraction is missing, was made from an
    earlier revision, or by another pipeline version are run (after a lexicon
    or code change); --all runs every selected article. Old output is replaced
    atomically, article by article. Exit code 1 when any extraction failed.
    """
    location = resolve_db(db)
    runner = runner_for(workers, scheduler, partition_size)
    store = open_store(location)
    progress = IngestProgress(quiet=quiet)
    callback = cast(Any, progress)  # IngestProgress reads only .items, .line() and .errors
    try:
        summary = reprocess(
            store,
            since=since,
            until=until,
            outlet=source,
            everything=everything,
            runner=runner,
            progress=callback,
        )
    finally:
        progress.clear()
        store.close()
        runner.close()
    progress.finish(cast(IngestSummary, summary))
    if not quiet:
        click.echo(summary.line())
    if verbose:
        rate = summary.items / max(progress.elapsed, 1e-9)
        click.echo(f"{summary.items} articles in {progress.elapsed:.1f} s ({rate:.1f}/s)", err=True)
    if not summary.ok:
        sys.exit(1)


def register(group: click.Group) -> None:
    group.add_command(reprocess_command)
