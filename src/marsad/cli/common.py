"""Options and error handling shared by every command."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from marsad.errors import MarsadError

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = "marsad.db"

__all__ = ["db_option", "resolve_db", "run_safely", "verbosity_options"]


def resolve_db(db: str | None) -> str:
    """--db, else $MARSAD_DB, else ./marsad.db."""
    return db or os.environ.get("MARSAD_DB") or DEFAULT_DB


db_option = click.option(
    "--db",
    "db",
    default=None,
    metavar="PATH",
    help="Database path or PostgreSQL URL (default: $MARSAD_DB or ./marsad.db).",
)


def verbosity_options(func: F) -> F:
    """Add --quiet and --verbose."""
    func = click.option("--verbose", "-v", is_flag=True, help="Say more.")(func)
    func = click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")(func)
    return func


def run_safely(func: F) -> F:
    """Turn library errors into a one-line message and exit code 1."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MarsadError as exc:
            click.echo(f"marsad: error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("marsad: interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]
