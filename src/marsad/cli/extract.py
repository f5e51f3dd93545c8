"""`marsad extract` (sources → extraction JSON, no database) and `marsad schema`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO

import click

from marsad.clean import clean_item
from marsad.cli.common import run_safely
from marsad.context import Resources
from marsad.errors import InputError
from marsad.ingest import read_sources
from marsad.output import EntityOut, EventOut, Extraction
from marsad.pipeline import process

__all__ = ["extract_sources", "format_table", "register"]


def extract_sources(
    sources: tuple[str, ...], resources: Resources
) -> Iterator[Extraction | InputError]:
    """Each readable article's extraction, and an error value for each failure."""
    for item in read_sources(sources):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            article = clean_item(item)
        except InputError as exc:
            yield exc
            continue
        try:
            yield process(article, resources)
        except Exception as exc:  # one bad article must not end the batch
            yield InputError(item.source, f"extraction failed ({type(exc).__name__}: {exc})")


def _name(entities: dict[str, EntityOut], eid: str | None) -> str:
    if eid is None or eid not in entities:
        return "-"
    e = entities[eid]
    return f"{e.name_en} ({e.country})" if e.country else e.name_en


def _event_line(ev: EventOut, entities: dict[str, EntityOut]) -> str:
    parts = ", ".join(
        f"{_name(entities, p.entity)}" + ("" if p.role == "participant" else f" [{p.role}]")
        for p in ev.participants
    )
    fields = [
        f"{ev.id:<4} {ev.type}/{ev.mode or '-'} {ev.status}",
        f"  who: {parts or '-'}",
    ]
    if ev.mediators:
        fields.append("  via: " + ", ".join(_name(entities, m) for m in ev.mediators))
    fields.append(
        f"  where: {_name(entities, ev.location)}   when: {ev.date.value or '-'}"
        f" ({ev.date.precision or '-'})   cameo: {ev.cameo or '-'}   conf: {ev.confidence:.2f}"
    )
    if ev.attributed_to:
        fields.append("  per: " + ", ".join(_name(entities, a) for a in ev.attributed_to))
    return "\n".join(fields)


def format_table(extraction: Extraction) -> str:
    """A human-readable summary of one article's events."""
    entities = {e.id: e for e in extraction.entities}
    a = extraction.article
    head = f"== {a.title or a.url or a.id}  [{a.published or 'no date'}]"
    lines = [head, f"   {len(extraction.entities)} entities, {len(extraction.events)} events"]
    lines.extend(_event_line(ev, entities) for ev in extraction.events)
    return "\n".join(lines) + "\n"


def _write(out: IO[str], fmt: str, extraction: Extraction, first: bool) -> None:
    if fmt == "jsonl":
        out.write(extraction.model_dump_json() + "\n")
    elif fmt == "json":
        out.write(("[\n" if first else ",\n") + extraction.model_dump_json(indent=2))
    else:
        out.write(format_table(extraction) + "\n")


@click.command("extract", short_help="Extract entities and events from sources (no database).")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one object per article; json: one array; table: for humans.",
)
@click.option(
    "-o",
    "--output",
    "output",
    default="-",
    metavar="FILE",
    help="Write here instead of standard output.",
)
@run_safely
def extract_command(sources: tuple[str, ...], fmt: str, output: str) -> None:
    """Read SOURCEs (feeds, pages, JSON/JSONL, ZIP, .txt) and print each article's extraction.

    The output is the contract of spec/OUTPUT.md (see `marsad schema`). A source or
    item that cannot be read is reported on stderr as one line naming it; the rest
    of the batch goes on and the exit code is 1.
    """
    resources = Resources().preload()
    failed = 0
    written = 0
    with click.open_file(output, "w", encoding="utf-8") as out:
        for result in extract_sources(sources, resources):
            if isinstance(result, InputError):
                failed += 1
                click.echo(f"marsad: error: {result}", err=True)
                continue
            _write(out, fmt, result, written == 0)
            written += 1
        if fmt == "json":
            out.write("\n]\n" if written else "[]\n")
    if failed:
        sys.exit(1)


@click.command("schema", short_help="Print the JSON Schema of the extraction output.")
def schema_command() -> None:
    """Print the JSON Schema of one article's extraction (generated from the models)."""
    click.echo(json.dumps(Extraction.model_json_schema(), ensure_ascii=False, indent=2))


def register(group: click.Group) -> None:
    group.add_command(extract_command)
    group.add_command(schema_command)
