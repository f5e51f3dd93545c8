"""RSS 2.0 and Atom feeds (feedparser): one RawItem per item.

The bytes are decoded by marsad (legacy Arabic code pages included) and handed
to feedparser as UTF-8 with a matching declaration, so feedparser never guesses
an encoding and never touches the network. A malformed feed keeps the items
feedparser recovered and reports the problem as a value after them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import feedparser

from marsad.clean.encodings import decode_bytes
from marsad.errors import FormatError, InputError
from marsad.ingest.document import Input, Limits
from marsad.records import RawItem

__all__ = ["read_feed"]

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_ITEM = re.compile(r"<(item|entry)[\s>].*?</\1\s*>", re.S | re.I)
_HTML_TYPES = {"text/html", "application/xhtml+xml"}


def _as_utf8(text: str) -> bytes:
    """The document re-encoded as UTF-8 with a declaration that says so."""
    body = _XML_DECL.sub("", text, count=1).lstrip()
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body).encode("utf-8")


def _content(entry: Any) -> tuple[str, bool]:
    """The richest body: content:encoded / Atom content over description/summary."""
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if value.strip():
            return value, part.get("type", "text/html") in _HTML_TYPES
    detail = entry.get("summary_detail") or {}
    return entry.get("summary") or "", detail.get("type", "text/html") in _HTML_TYPES


def _item(entry: Any, raw: str, outlet: str | None, kind: str, inp: Input) -> RawItem:
    body, is_html = _content(entry)
    return RawItem(
        source=inp.source,
        kind=kind,
        url=entry.get("link") or inp.url,
        title=entry.get("title") or "",
        body=body,
        body_is_html=is_html,
        published=entry.get("published") or entry.get("updated"),
        author=entry.get("author") or None,
        outlet=outlet,
        raw=raw,
        fetched_at=inp.fetched_at,
        source_id=entry.get("id") or None,
    )


def _item_sources(text: str, count: int) -> list[str]:
    """The XML of each item as received; a truncated last item gets the tail."""
    matches = list(_ITEM.finditer(text))
    raws = [m.group(0) for m in matches[:count]]
    tail = text[matches[-1].end() :] if matches else text
    return raws + [tail] * (count - len(raws))


def read_feed(inp: Input, limits: Limits) -> Iterator[RawItem | InputError]:
    """Items of an RSS or Atom document; problems come last, as values."""
    text = decode_bytes(inp.read(limits), inp.source, inp.charset).text
    try:
        parsed = feedparser.parse(
            io.BytesIO(_as_utf8(text)),
            response_headers={"content-type": "application/xml; charset=utf-8"},
        )
    except Exception as exc:  # feedparser's own failures have no common base
        raise FormatError(inp.source, f"not a readable feed ({exc})") from exc
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    entries = parsed.get("entries") or []
    if not entries:
        if problem is not None:
            raise FormatError(inp.source, f"malformed feed with no readable items ({problem})")
        if not parsed.get("version"):
            raise FormatError(inp.source, "not an RSS or Atom feed")
        return
    kind = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    outlet = parsed.get("feed", {}).get("title") or None
    raws = _item_sources(text, len(entries))
    for entry, raw in zip(entries, raws, strict=True):
        yield _item(entry, raw, outlet, kind, inp)
    if problem is not None:
        yield FormatError(
            inp.source, f"malformed feed, kept the {len(entries)} items it could read ({problem})"
        )
