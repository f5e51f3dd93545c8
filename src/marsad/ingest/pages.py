"""HTML article pages: main text, title and metadata (trafilatura), date (htmldate).

The whole page is kept as `raw`; the body is trafilatura's plain-text main
content with one paragraph a line, so the clean stage treats it as text.
"""

from __future__ import annotations

import re
from typing import Any

import trafilatura
from htmldate import find_date

from marsad.clean.encodings import decode_bytes
from marsad.errors import FormatError
from marsad.ingest.document import Input, Limits
from marsad.records import RawItem

__all__ = ["read_page"]


def _extract(html: str, url: str | None, source: str) -> Any:
    try:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura/lxml raise many unrelated types
        raise FormatError(source, f"cannot parse HTML ({exc})") from exc


_PUBLISHED_META = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished)["'][^>]*>""",
    re.I,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.I)


def _date(html: str, url: str | None) -> str | None:
    """The page's declared publication time (with its zone) when it has one, else
    htmldate's date (day precision, from markup, URL and text)."""
    meta = _PUBLISHED_META.search(html)
    content = _CONTENT.search(meta.group(0)) if meta else None
    if content and content.group(1).strip():
        return content.group(1).strip()
    try:
        return find_date(html, url=url, original_date=True, extensive_search=True)
    except Exception:  # htmldate on odd markup: a missing date is not fatal
        return None


def read_page(inp: Input, limits: Limits) -> RawItem:
    """One article from an HTML page; FormatError when no main text is found."""
    html = decode_bytes(inp.read(limits), inp.source, inp.charset).text
    doc = _extract(html, inp.url, inp.source)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise FormatError(inp.source, "no article text found in the HTML page")
    return RawItem(
        source=inp.source,
        kind="html",
        url=getattr(doc, "url", None) or inp.url,
        title=getattr(doc, "title", None) or "",
        body=text,
        published=_date(html, inp.url),
        author=getattr(doc, "author", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
        raw=html,
        fetched_at=inp.fetched_at,
    )
