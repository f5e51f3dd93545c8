"""`marsad articles`, `marsad show`, `marsad stats`: look into the database."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

import click

from marsad.cli.common import db_option, resolve_db, run_safely
from marsad.store import ArticleQuery, StoredArticle, open_store

__all__ = ["register"]


def _parse_when(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    """A date (2015-08-06) or a date and time (2015-08-06T10:00)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD) or ISO time") from None


def _summary(article: StoredArticle) -> dict[str, Any]:
    data = asdict(article)
    data["read_from"] = data.pop("source")
    data["source"] = data.pop("outlet")
    del data["raw"]
    return data


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines += [
        "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    return "\n".join(lines)


FORMAT = click.Choice(["table", "json", "jsonl"])


@click.command("articles", short_help="List or search stored articles.")
@click.option(
    "--search", "-s", metavar="Q", help="Full-text search (أحمد finds احمد); word* for prefixes."
)
@click.option("--source", metavar="S", help="Only this outlet (e.g. alriyadh).")
@click.option("--since", metavar="D", callback=_parse_when, help="Published on or after D.")
@click.option("--until", metavar="D", callback=_parse_when, help="Published on or before D.")
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="At most this many articles.",
)
@click.option(
    "--format",
    "fmt",
    type=FORMAT,
    default="table",
    show_default=True,
    help="table for people, json or jsonl for programs.",
)
@db_option
@run_safely
def articles_command(
    search: str | None,
    source: str | None,
    since: Any,
    until: Any,
    limit: int,
    fmt: str,
    db: str | None,
) -> None:
    """List or search stored articles."""
    query = ArticleQuery(search=search, outlet=source, since=since, until=until, limit=limit)
    store = open_store(resolve_db(db))
    try:
        found = store.find_articles(query)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps([_summary(a) for a in found], ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for article in found:
            click.echo(json.dumps(_summary(article), ensure_ascii=False))
    elif found:
        rows = [
            [a.id[:12], (a.published or "")[:16], a.outlet or "", _shorten(a.title or a.text, 70)]
            for a in found
        ]
        click.echo(_table(rows, ["ID", "PUBLISHED", "SOURCE", "TITLE"]))
    else:
        click.echo("no articles found", err=True)


@click.command("show", short_help="Show one article with its duplicates and revisions.")
@click.argument("article_id", metavar="ID")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for programs.",
)
@db_option
@run_safely
def show_command(article_id: str, fmt: str, db: str | None) -> None:
    """Show one article (an id prefix is enough), its revisions, duplicates and extraction."""
    store = open_store(resolve_db(db))
    try:
        article = store.get_article(article_id)
        revisions = store.revisions(article.id)
        cluster = store.cluster(article.id)
        extraction = store.get_extraction(article.id)
    finally:
        store.close()
    if fmt == "json":
        data = _summary(article)
        data["revisions"] = [asdict(r) for r in revisions]
        data["duplicates"] = [asdict(m) for m in cluster]
        data["extraction"] = extraction.model_dump(mode="json") if extraction else None
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    fields = [
        ("id", article.id),
        ("url", article.url),
        ("source", article.outlet),
        ("author", article.author),
        ("published", article.published),
        ("fetched", article.fetched_at),
        ("ingested", article.ingested_at),
        ("revision", f"{article.revision} (updated {article.updated_at})"),
        ("read from", article.source),
        ("content hash", article.content_hash[:16]),
    ]
    for name, value in fields:
        if value:
            click.echo(f"{name + ':':14}{value}")
    for rev in revisions:
        click.echo(
            f"{'earlier:':14}revision {rev.revision}, stored {rev.stored_at}: "
            f"{_shorten(rev.title or rev.text, 60)}"
        )
    for member in cluster:
        if member.article_id == article.id:
            continue
        how = "first seen" if member.kind == "first" else f"{member.kind} {member.similarity:.2f}"
        click.echo(
            f"{'duplicate:':14}{member.article_id[:12]} {member.outlet or ''} ({how}) "
            f"{_shorten(member.title, 50)}"
        )
    if extraction is not None:
        types = sorted({e.type for e in extraction.events})
        click.echo(
            f"{'extraction:':14}{len(extraction.entities)} entities, "
            f"{len(extraction.events)} events {' '.join(types)}".rstrip()
        )
    click.echo("")
    click.echo(article.text)


@click.command("stats", short_help="Counts by source, day, duplicates, extraction.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table for people, json for programs.",
)
@db_option
@run_safely
def stats_command(fmt: str, db: str | None) -> None:
    """Counts: articles by source and day, duplicates, extraction output."""
    store = open_store(resolve_db(db))
    try:
        stats = store.stats()
    finally:
        store.close()
    if fmt == "json":
        data = asdict(stats)
        for key in ("by_source", "by_day", "events_by_type"):
            data[key] = dict(data[key])
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"articles:          {stats.articles} ({stats.revisions} earlier revisions kept)")
    click.echo(f"exact duplicates:  {stats.exact_duplicates} in {stats.exact_clusters} clusters")
    click.echo(
        f"near duplicates:   {stats.near_duplicates} in {stats.near_clusters} clusters "
        f"({stats.articles_in_near_clusters} articles in those clusters)"
    )
    click.echo(
        f"extractions:       {stats.extractions} ({stats.entities} entities, {stats.events} events)"
    )
    for title, pairs in (
        ("by source", stats.by_source),
        ("by day", stats.by_day),
        ("events by type", stats.events_by_type),
    ):
        if pairs:
            click.echo(f"\n{title}:")
            width = max(len(name) for name, _ in pairs)
            for name, count in pairs:
                click.echo(f"  {name.ljust(width)}  {count:>7}")


def register(group: click.Group) -> None:
    for command in (articles_command, show_command, stats_command):
        group.add_command(command)
