"""`marsad eval`: find each gold article in a corpus, run extraction, score."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.evaluation.gold import GoldArticle, load_gold
from marsad.evaluation.scoring import ArticlePair, Report, score
from marsad.evaluation.system import system_article
from marsad.records import RawItem

__all__ = ["evaluate", "evaluate_system_file", "find_articles"]


def _keys(raw: RawItem) -> list[str]:
    keys = [raw.url] if raw.url else []
    keys.append(Path(raw.source.split("!")[-1]).name)
    return keys


def find_articles(
    gold: Sequence[GoldArticle], corpus: Iterable[str]
) -> tuple[dict[str, RawItem], list[str]]:
    """Raw items of the corpus whose url (or file name) a gold article names."""
    from marsad.ingest import read_sources

    wanted = {g.url for g in gold}
    found: dict[str, RawItem] = {}
    errors: list[str] = []
    for item in read_sources(corpus):
        if isinstance(item, InputError):
            errors.append(str(item))
            continue
        for key in _keys(item):
            if key in wanted and key not in found:
                found[key] = item
    return found, errors


def gold_text(raw: RawItem) -> str:
    """The text gold offsets index: title + newline + content, exactly as received.

    Readers trim titles and bodies, so the received record (`raw.raw`) is used
    where it holds them untouched: a JSON object, or a text file.
    """
    if raw.kind == "json":
        try:
            obj = json.loads(raw.raw)
        except ValueError:
            obj = None
        if isinstance(obj, dict):
            body = obj.get("content") or obj.get("text") or ""
            return f"{obj.get('title') or ''}\n{body}"
    if raw.kind == "txt" and raw.raw:
        return raw.raw
    return f"{raw.title}\n{raw.body}" if raw.title else raw.body


def evaluate(gold_path: str | Path, corpus: Iterable[str]) -> Report:
    """Run the pipeline on every gold article found in the corpus and score it."""
    from marsad.clean import clean_item
    from marsad.context import Resources
    from marsad.pipeline import process

    gold = load_gold(gold_path)
    found, _ = find_articles(gold, corpus)
    resources = Resources()
    pairs = []
    missing = []
    for article in gold:
        raw = found.get(article.url)
        if raw is None:
            missing.append(article.url)
            continue
        output = process(clean_item(raw), resources).model_dump(mode="json")
        pairs.append(ArticlePair(article, system_article(output, article.url), gold_text(raw)))
    report = score(pairs)
    report.missing_articles = missing
    return report


def _system_key(obj: dict[str, Any]) -> list[str]:
    info = obj.get("article") or {}
    return [k for k in (info.get("url"), info.get("id"), info.get("source_file")) if k]


def evaluate_system_file(
    gold_path: str | Path, system_path: str | Path, corpus: Iterable[str] = ()
) -> Report:
    """Score an existing `marsad extract` output file; `corpus` only serves evidence text."""
    gold = load_gold(gold_path)
    outputs: dict[str, dict[str, Any]] = {}
    path = Path(system_path)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not JSON: {exc.msg}") from exc
        for key in _system_key(obj):
            outputs.setdefault(key, obj)
    found = find_articles(gold, corpus)[0] if corpus else {}
    pairs = []
    missing = []
    for article in gold:
        obj = outputs.get(article.url)
        if obj is None:
            missing.append(article.url)
            continue
        raw = found.get(article.url)
        text = gold_text(raw) if raw else None
        pairs.append(ArticlePair(article, system_article(obj, article.url), text))
    report = score(pairs)
    report.missing_articles = missing
    return report
