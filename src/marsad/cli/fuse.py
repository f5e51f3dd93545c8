"""`marsad fuse`: merge stored event mentions across articles into fused events."""

from __future__ import annotations

import click

from marsad.cli.common import db_option, resolve_db, run_safely

__all__ = ["register"]


@click.command("fuse", short_help="Merge events across articles (incremental).")
@click.option("--rebuild", is_flag=True, help="Recompute every fused event, not only what changed.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing.")
@db_option
@run_safely
def fuse_command(rebuild: bool, quiet: bool, db: str | None) -> None:
    """Merge the same event reported by several articles into one fused event.

    Incremental by default: only articles extracted since the last run are
    re-examined, with the fused events they may join.
    """
    from marsad.fusion import fuse
    from marsad.store import open_store

    store = open_store(resolve_db(db))
    try:
        summary = fuse(store, rebuild=rebuild)
    finally:
        store.close()
    if not quiet:
        click.echo(summary.line())


def register(group: click.Group) -> None:
    group.add_command(fuse_command)
