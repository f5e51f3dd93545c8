"""`marsad ingest`: read sources into the database."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from marsad.batch import ingest, make_runner
from marsad.batch.runners import DEFAULT_PARTITION_SIZE, Runner
from marsad.cli.common import db_option, resolve_db, run_safely, verbosity_options
from marsad.cli.progress import IngestProgress
from marsad.store import Store, open_store

__all__ = ["register", "runner_for", "runner_options"]

F = TypeVar("F", bound=Callable[..., Any])


def runner_options(func: F) -> F:
    """--workers, --scheduler and --partition-size (shared with `marsad reprocess`)."""
    options = [
        click.option(
            "--partition-size",
            type=click.IntRange(min=1),
            default=DEFAULT_PARTITION_SIZE,
            show_default=True,
            help="Articles per Dask task (each task loads the resources once).",
        ),
        click.option(
            "--scheduler",
            metavar="ADDRESS",
            default=None,
            help="A dask.distributed scheduler (tcp://host:8786) instead of local processes.",
        ),
        click.option(
            "--workers",
            "-j",
            type=click.IntRange(min=1),
            default=1,
            show_default=True,
            help="Worker processes for cleaning and extraction (more than 1: Dask).",
        ),
    ]
    for option in options:
        func = option(func)
    return func


def runner_for(workers: int, scheduler: str | None, partition_size: int) -> Runner:
    """The runner the options ask for."""
    return make_runner(workers, scheduler=scheduler, partition_size=partition_size)


@click.command("ingest", short_help="Read feeds, pages, archives and URLs into the database.")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@click.option(
    "--no-extract",
    is_flag=True,
    help="Only store and deduplicate articles; do not run the extraction pipeline.",
)
@click.option(
    "--no-fuse",
    is_flag=True,
    help="Do not merge the new events into fused events afterwards (see `marsad fuse`).",
)
@runner_options
@verbosity_options
@run_safely
def ingest_command(
    sources: tuple[str, ...],
    db: str | None,
    no_extract: bool,
    no_fuse: bool,
    workers: int,
    scheduler: str | None,
    partition_size: int,
    quiet: bool,
    verbose: bool,
) -> None:
    """Read feeds, pages, JSON/ZIP archives, text files and URLs into the database.

    A SOURCE is a file, a directory (read recursively), a ZIP, or an http(s) URL.
    Each failure is reported on stderr as one line and the rest goes on; the
    exit code is 1 when anything failed. With --workers N, cleaning and
    extraction run on N Dask worker processes; the results are the same. New
    events are then merged into fused events (incrementally) unless --no-fuse.
    """
    location = resolve_db(db)
    runner = runner_for(workers, scheduler, partition_size)
    store = open_store(location)
    progress = IngestProgress(quiet=quiet)
    try:
        summary = ingest(sources, store, extract=not no_extract, progress=progress, runner=runner)
        fused = _fuse(store) if summary.extracted and not no_fuse else None
    finally:
        progress.clear()
        store.close()
        runner.close()
    progress.finish(summary)
    if not quiet:
        if fused:
            click.echo(fused)
        click.echo(summary.line())
    if verbose:
        rate = summary.items / max(progress.elapsed, 1e-9)
        click.echo(
            f"{summary.items} items in {progress.elapsed:.1f} s ({rate:.0f}/s) into {location}",
            err=True,
        )
    if not summary.ok:
        sys.exit(1)


def _fuse(store: Store) -> str | None:
    """Fuse what this batch extracted; fusion needs SQLite, so other stores skip it."""
    from marsad.fusion import fuse
    from marsad.store.sqlite import SQLiteStore

    if not isinstance(store, SQLiteStore):
        return None
    return fuse(store).line()


def register(group: click.Group) -> None:
    group.add_command(ingest_command)
