"""Feed boilerplate as data: footers, "read more" links, share lines, bylines.

The patterns live in `resources/clean/boilerplate.yaml`; this module loads and
validates them (a bad regex is a `ResourceError` naming the entry) and removes
what they match from the lines of a cleaned body. Footers and end marks are only
removed where they end the body, so a sentence that happens to resemble one in
the middle of an article stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from marsad.errors import ResourceError

__all__ = ["Boilerplate", "BylineRules", "load_boilerplate", "strip_boilerplate"]

_RESOURCE = ("resources", "clean", "boilerplate.yaml")
_EDGE_CHARS = 120  # boilerplate suffixes are short: only a line's end is searched
_SECTIONS = ("trailing_lines", "trailing_suffixes", "leading_prefixes", "any_lines")


@dataclass(frozen=True, slots=True)
class BylineRules:
    """How to recognise a byline and classify its segments."""

    patterns: tuple[re.Pattern[str], ...]
    separators: tuple[str, ...]
    agencies: frozenset[str]
    outlets: frozenset[str]
    places: frozenset[str]
    not_names: frozenset[str]


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Compiled boilerplate patterns, one tuple per place they apply."""

    trailing_lines: tuple[re.Pattern[str], ...]
    trailing_suffixes: tuple[re.Pattern[str], ...]
    leading_prefixes: tuple[re.Pattern[str], ...]
    any_lines: tuple[re.Pattern[str], ...]
    bylines: BylineRules


def _compile(entries: Any, where: str) -> tuple[re.Pattern[str], ...]:
    if not isinstance(entries, list):
        raise ResourceError(f"boilerplate.yaml: {where} must be a list")
    compiled = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
            raise ResourceError(f"boilerplate.yaml: {where}[{i}] needs a 'pattern' string")
        name = entry.get("name", i)
        try:
            compiled.append(re.compile(entry["pattern"]))
        except re.error as exc:
            raise ResourceError(f"boilerplate.yaml: {where} {name}: bad regex ({exc})") from None
    return tuple(compiled)


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    values = data.get(key)
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise ResourceError(f"boilerplate.yaml: bylines.{key} must be a list of strings")
    return frozenset(v.strip() for v in values)


def parse_boilerplate(data: Any) -> Boilerplate:
    """Validate and compile the YAML document (separate from loading, for tests)."""
    if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
        raise ResourceError("boilerplate.yaml: expected a mapping with a 'meta' header")
    missing = [s for s in (*_SECTIONS, "bylines") if s not in data]
    if missing:
        raise ResourceError(f"boilerplate.yaml: missing sections {missing}")
    by = data["bylines"]
    if not isinstance(by, dict):
        raise ResourceError("boilerplate.yaml: bylines must be a mapping")
    separators = by.get("separators")
    if not isinstance(separators, list) or not all(isinstance(s, str) for s in separators):
        raise ResourceError("boilerplate.yaml: bylines.separators must be a list of strings")
    rules = BylineRules(
        patterns=_compile(by.get("patterns", []), "bylines.patterns"),
        separators=tuple(separators),
        agencies=_words(by, "agencies"),
        outlets=_words(by, "outlets"),
        places=_words(by, "places"),
        not_names=_words(by, "not_names"),
    )
    sections = {s: _compile(data[s], s) for s in _SECTIONS}
    return Boilerplate(**sections, bylines=rules)


@lru_cache(maxsize=1)
def load_boilerplate() -> Boilerplate:
    """The bundled patterns, loaded once (immutable)."""
    path = files("marsad")
    for part in _RESOURCE:
        path = path.joinpath(part)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ResourceError(f"cannot load boilerplate.yaml ({exc})") from None
    return parse_boilerplate(data)


def _matches(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(p.search(line) for p in patterns)


def _cut_tail(patterns: tuple[re.Pattern[str], ...], line: str) -> str:
    """Suffixes removed; only the line's end is searched (end-anchored regexes
    would otherwise be tried at every position of a long paragraph)."""
    head, tail = line[:-_EDGE_CHARS], line[-_EDGE_CHARS:]
    for pattern in patterns:
        tail = pattern.sub("", tail, count=1)
    return (head + tail).strip()


def _cut_head(patterns: tuple[re.Pattern[str], ...], line: str) -> str:
    for pattern in patterns:
        line = pattern.sub("", line, count=1)
    return line.strip()


def strip_boilerplate(lines: list[str], rules: Boilerplate) -> list[str]:
    """Lines without footers, share lines, "read more" links and slider labels."""
    kept = [line for line in lines if not _matches(rules.any_lines, line)]
    while kept and _matches(rules.trailing_lines, kept[-1]):
        kept.pop()
    if kept:
        kept[-1] = _cut_tail(rules.trailing_suffixes, kept[-1])
        kept[0] = _cut_head(rules.leading_prefixes, kept[0])
    kept = [line for line in kept if line]
    while kept and _matches(rules.trailing_lines, kept[-1]):
        kept.pop()
    return kept
