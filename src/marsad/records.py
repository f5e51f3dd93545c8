"""Typed records passed between pipeline stages.

Frozen dataclasses, so a stage cannot mutate what an earlier one produced. The
per-article JSON contract (OUTPUT.md) lives in `marsad.output` as pydantic
models; these records are the internal currency before that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class RawItem:
    """One article as read from a source, before cleaning.

    `body` is the article body as received (HTML or plain text); `raw` is the
    whole item as received (the feed item XML, the JSON object, the page).
    """

    source: str  # where it came from: file path, ZIP member path or URL
    kind: str  # rss | atom | html | json | txt
    url: str | None = None
    title: str = ""
    body: str = ""
    body_is_html: bool = False
    published: str | None = None  # as given by the source, parsed in clean
    author: str | None = None
    outlet: str | None = None  # outlet / source id (e.g. "alriyadh", "BBC Arabic")
    raw: str = ""
    fetched_at: datetime | None = None
    source_id: str | None = None  # an id the source gives (e.g. ANT "id")
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. `text` is `title + "\\n" + body` (or `body` without title);
    every span marsad emits points into `text`."""

    id: str
    url: str | None
    outlet: str | None
    title: str
    body: str
    text: str
    author: str | None
    published: datetime | None
    fetched_at: datetime | None
    raw: str
    language: str
    content_hash: str
    source: str = ""
    kind: str = ""
    dateline: str | None = None  # "الرياض - واس": the place and agency heading the body
    # normalise(text), made once while cleaning for the stages that match on the
    # whole text (duplicate shingles, full-text index); "" when not made.
    normalised: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of an article's text."""

    start: int
    end: int


class Token(NamedTuple):
    """A token with offsets into the original text and its matching forms.

    `norm` is the normalised surface; `stem` is `norm` with proclitics (و ف ب ل ك
    and ال) stripped where that leaves a plausible word. A NamedTuple rather than
    a frozen dataclass: as immutable, and three times cheaper to build, which
    matters at hundreds of tokens per article.
    """

    start: int
    end: int
    text: str
    norm: str
    stem: str
    is_word: bool = True


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span and its tokens."""

    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """A span recognised as naming an entity (before document-level grouping)."""

    start: int
    end: int
    text: str
    type: str  # PER | ORG | GPE | LOC
    kb_id: str | None = None
    subtype: str | None = None
    source: str = "gazetteer"  # gazetteer | crf | pattern | nisba | affiliation
    score: float = 1.0
