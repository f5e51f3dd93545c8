"""`marsad entities FILE|ID`: an article's entities (recognised, linked, grouped)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from marsad.cli.common import db_option, resolve_db, run_safely
from marsad.context import Resources
from marsad.errors import InputError
from marsad.output import EntityOut
from marsad.records import Article

__all__ = ["format_entities", "register"]


def _articles(source: str, db: str | None) -> Iterator[Article | InputError]:
    """Articles of a file (ingest + clean), or the stored article with this id/prefix."""
    if Path(source).exists():
        from marsad.clean import clean_item
        from marsad.ingest import read_sources

        for item in read_sources((source,)):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield clean_item(item)
            except InputError as exc:
                yield exc
        return
    from marsad.store import open_store

    store = open_store(resolve_db(db))
    try:
        yield store.get_article(source).to_article()
    finally:
        store.close()


def format_entities(article: Article, entities: list[EntityOut]) -> str:
    """One line per entity: id, type, English and Arabic name, country, title, mentions."""
    head = f"== {article.title or article.url or article.id}  [{article.published or 'no date'}]"
    lines = [head]
    for e in entities:
        where = f" ({e.lat:.2f}, {e.lon:.2f})" if e.lat is not None and e.lon is not None else ""
        title = f"  {e.title}" if e.title else ""
        lines.append(
            f"{e.id:<4} {e.type:<3} {e.name_en} | {e.name_ar}  [{e.country or '-'}]{title}"
            f"  {e.kb_id or 'new'}{where}  ×{len(e.mentions)}"
        )
    return "\n".join(lines) + "\n"


@click.command("entities", short_help="Print the entities of an article (file or stored id).")
@click.argument("source", metavar="FILE|ID")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: for humans; json: the OUTPUT.md `entities` objects, one list per article.",
)
@run_safely
def entities_command(source: str, db: str | None, fmt: str) -> None:
    """Recognise and link the entities of FILE (any input `marsad extract` reads) or of
    the stored article whose id (or unique id prefix) is ID."""
    from marsad.entities import extract_entities
    from marsad.text.sentences import split_sentences

    resources = Resources()
    failed = False
    for article in _articles(source, db):
        if isinstance(article, InputError):
            click.echo(f"marsad: error: {article}", err=True)
            failed = True
            continue
        result = extract_entities(article, split_sentences(article.text), resources)
        if fmt == "json":
            payload = {
                "article": article.id,
                "entities": [e.model_dump(mode="json") for e in result.entities],
            }
            click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            click.echo(format_entities(article, result.entities))
    if failed:
        sys.exit(1)


def register(group: click.Group) -> None:
    group.add_command(entities_command)
