"""`marsad events`: list stored events with filters."""

from __future__ import annotations

import json
from typing import Any

import click

from marsad.cli.common import db_option, resolve_db, run_safely
from marsad.cli.filters import event_filter_options, make_filter

__all__ = ["register"]


def _names(event: dict[str, Any]) -> str:
    return ", ".join(p.get("name_en") or p.get("entity_id", "") for p in event["participants"])


@click.command("events", short_help="List stored events with filters.")
@event_filter_options
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="At most this many events.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
    help="table for people, json or jsonl for programs.",
)
@db_option
@run_safely
def events_command(limit: int, fmt: str, db: str | None, **filters: Any) -> None:
    """List events (one per article mention), newest event day first."""
    from marsad.store import open_store
    from marsad.store.queries import connection_of, list_events

    store = open_store(resolve_db(db))
    try:
        page = list_events(connection_of(store), make_filter(limit, **filters))
    finally:
        store.close()
    items = page["items"]
    if fmt == "json":
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    if fmt == "jsonl":
        for item in items:
            click.echo(json.dumps(item, ensure_ascii=False))
        return
    for e in items:
        where = (e.get("location") or {}).get("name_en") or ""
        click.echo(
            f"{e['day'] or '?':10}  {e['type']:9} {e['mode'] or '':12} {e['status']:10} "
            f"{_names(e)}{' @ ' + where if where else ''}  [{e['article_id'][:14]}/{e['event_id']}]"
        )
    click.echo(f"{len(items)} of {page['total']} events", err=True)


def register(group: click.Group) -> None:
    group.add_command(events_command)
