"""`marsad ingest`: read sources into the database."""

from __future__ import annotations

import sys

import click

from marsad.batch import ingest
from marsad.cli.common import db_option, resolve_db, run_safely, verbosity_options
from marsad.cli.progress import IngestProgress
from marsad.store import open_store

__all__ = ["register"]


@click.command("ingest", short_help="Read feeds, pages, archives and URLs into the database.")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@click.option(
    "--no-extract",
    is_flag=True,
    help="Only store and deduplicate articles; do not run the extraction pipeline.",
)
@verbosity_options
@run_safely
def ingest_command(
    sources: tuple[str, ...], db: str | None, no_extract: bool, quiet: bool, verbose: bool
) -> None:
    """Read feeds, pages, JSON/ZIP archives, text files and URLs into the database.

    A SOURCE is a file, a directory (read recursively), a ZIP, or an http(s) URL.
    Each failure is reported on stderr as one line and the rest goes on; the
    exit code is 1 when anything failed.
    """
    location = resolve_db(db)
    store = open_store(location)
    progress = IngestProgress(quiet=quiet)
    try:
        summary = ingest(sources, store, extract=not no_extract, progress=progress)
    finally:
        progress.clear()
        store.close()
    progress.finish(summary)
    if not quiet:
        click.echo(summary.line())
    if verbose:
        rate = summary.items / max(progress.elapsed, 1e-9)
        click.echo(
            f"{summary.items} items in {progress.elapsed:.1f} s ({rate:.0f}/s) into {location}",
            err=True,
        )
    if not summary.ok:
        sys.exit(1)


def register(group: click.Group) -> None:
    group.add_command(ingest_command)
