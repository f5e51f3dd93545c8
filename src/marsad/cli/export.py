"""`marsad export`: write events as CSV, JSONL, GeoJSON, PLOVER JSON or GDELT-like TSV."""

from __future__ import annotations

import sys
from typing import Any

import click

from marsad.cli.common import db_option, resolve_db, run_safely
from marsad.cli.filters import event_filter_options, make_filter

__all__ = ["register"]


@click.command("export", short_help="Export events (csv, jsonl, geojson, plover, gdelt).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "geojson", "plover", "gdelt"]),
    required=True,
    help="Output format.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default="-",
    help="File to write (default: standard output).",
)
@event_filter_options
@db_option
@run_safely
def export_command(fmt: str, output: str, db: str | None, **filters: Any) -> None:
    """Export the events that match the filters (all events without filters)."""
    from marsad.export import export_events
    from marsad.store import open_store
    from marsad.store.queries import connection_of, iter_events

    store = open_store(resolve_db(db))
    try:
        events = iter_events(connection_of(store), make_filter(500, **filters))
        if output == "-":
            count = export_events(events, fmt, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8", newline="") as out:
                count = export_events(events, fmt, out)
    finally:
        store.close()
    click.echo(f"marsad: exported {count} events as {fmt}", err=True)


def register(group: click.Group) -> None:
    group.add_command(export_command)
