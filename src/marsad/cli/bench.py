"""`marsad bench`: per-stage speed and memory over corpus articles, or web page times."""

from __future__ import annotations

import json
import shlex
import sys
from pathlib import Path

import click

from marsad.cli.common import run_safely

__all__ = ["register"]


@click.command("bench")
@click.option(
    "--corpus",
    "corpus",
    multiple=True,
    metavar="PATH",
    help="Articles to time (ZIP, JSON, feed, directory); repeatable.",
)
@click.option("--n", "n", type=int, default=None, help="Only the first N articles (default: all).")
@click.option(
    "--web",
    "web_db",
    metavar="DB",
    help="Time the web pages over this database instead (median of 5 requests).",
)
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False),
    help="Also write the figures as JSON to this file.",
)
@run_safely
def bench_command(
    corpus: tuple[str, ...], n: int | None, web_db: str | None, json_out: str | None
) -> None:
    """Time each stage: articles/s, words/s, memory.

    Per stage and end to end, with peak memory and the ratio to the floor
    (reading plus regex tokenisation); with --web, the render time of each main
    page of the web interface over a database.
    """
    if web_db:
        from marsad.evaluation.web_bench import render_web_markdown, run_web_bench

        timings = run_web_bench(web_db)
        click.echo(render_web_markdown(web_db, timings))
        figures: object = [t.__dict__ for t in timings]
    elif corpus:
        from marsad.evaluation.bench import render_markdown, run_bench

        command = "marsad " + " ".join(shlex.quote(a) for a in sys.argv[1:])
        result = run_bench(list(corpus), n, command)
        click.echo(render_markdown(result))
        figures = result.as_dict()
    else:
        raise click.UsageError("give --corpus PATH (pipeline stages) or --web DB (pages)")
    if json_out:
        Path(json_out).write_text(json.dumps(figures, indent=2), encoding="utf-8")


def register(group: click.Group) -> None:
    group.add_command(bench_command)
