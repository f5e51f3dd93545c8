"""Event filter options shared by `marsad events` and `marsad export`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar, get_args

import click

from marsad.output import EventType, Status
from marsad.store.queries import EventFilter

__all__ = ["event_filter_options", "make_filter"]

F = TypeVar("F", bound=Callable[..., Any])


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _country(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not (len(value) == 3 and value.isalpha()):
        raise click.BadParameter(f"{value!r} is not an ISO 3166-1 alpha-3 code (e.g. SAU)")
    return value.upper() if value else None


def event_filter_options(func: F) -> F:
    """--actor --country --type --mode --status --since --until --place --source --min-sources."""
    options = [
        click.option(
            "--min-sources", type=click.IntRange(min=1), help="Reported by at least N outlets."
        ),
        click.option("--source", metavar="S", help="Only events from this outlet."),
        click.option("--place", metavar="ID", help="Location KB id (place:doha)."),
        click.option("--until", metavar="D", callback=_day, help="Event day on or before D."),
        click.option("--since", metavar="D", callback=_day, help="Event day on or after D."),
        click.option("--status", type=click.Choice(get_args(Status)), help="Event status."),
        click.option("--mode", metavar="M", help="Event mode (meet, visit, sign …)."),
        click.option(
            "--type",
            "type_",
            type=click.Choice(get_args(EventType), case_sensitive=False),
            help="PLOVER event type.",
        ),
        click.option(
            "--country", metavar="ISO3", callback=_country, help="A participant's country."
        ),
        click.option("--actor", metavar="ID", help="A participant's KB id (per:sergey-lavrov)."),
    ]
    for option in options:
        func = option(func)
    return func


def make_filter(limit: int, **kwargs: Any) -> EventFilter:
    """The EventFilter for the options' values."""
    return EventFilter(
        actor=kwargs["actor"],
        country=kwargs["country"],
        type=kwargs["type_"].upper() if kwargs["type_"] else None,
        mode=kwargs["mode"],
        status=kwargs["status"],
        since=kwargs["since"],
        until=kwargs["until"],
        place=kwargs["place"],
        source=kwargs["source"],
        min_sources=kwargs["min_sources"],
        limit=limit,
    )
