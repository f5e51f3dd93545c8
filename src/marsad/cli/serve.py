"""`marsad serve`: the web interface and REST API."""

from __future__ import annotations

import click

from marsad.cli.common import db_option, resolve_db, run_safely

__all__ = ["register"]


@click.command("serve", short_help="Serve the web interface and the API.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port."
)
@db_option
@run_safely
def serve_command(host: str, port: int, db: str | None) -> None:
    """Serve the pages and the JSON API (OpenAPI at /openapi.json) over a database."""
    import uvicorn

    from marsad.web import create_app

    app = create_app(resolve_db(db))
    shown = "localhost" if host in {"127.0.0.1", "0.0.0.0"} else host
    click.echo(f"marsad: serving {resolve_db(db)} at http://{shown}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(group: click.Group) -> None:
    group.add_command(serve_command)
