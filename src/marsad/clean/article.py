"""One RawItem to one Article: the cleaned text every later offset points into.

Order matters: markup and entities first, then line layout, then boilerplate
(footers are recognised on clean lines), then the byline on the first line.
The raw item is kept untouched in `Article.raw`.
"""

from __future__ import annotations

import hashlib

from marsad.clean.boilerplate import load_boilerplate, strip_boilerplate
from marsad.clean.bylines import Byline, parse_author, split_byline
from marsad.clean.dates import parse_published
from marsad.clean.html import html_to_text, looks_like_html, unescape
from marsad.clean.language import detect_language
from marsad.clean.whitespace import clean_line, clean_lines
from marsad.errors import FormatError
from marsad.records import Article, RawItem
from marsad.text.normalise import normalise

__all__ = ["article_id", "clean_item", "clean_title", "content_hash", "describe"]


def describe(raw: RawItem) -> str:
    """The item named for messages: its source, position and URL when known."""
    parts = [raw.source]
    if "item" in raw.extra:
        parts.append(raw.extra["item"])
    if raw.url:
        parts.append(f"<{raw.url}>")
    return " ".join(parts)


def article_id(url: str | None, text: str) -> str:
    """Stable id: sha1 of the URL when there is one, else of the text."""
    key = url.strip() if url and url.strip() else text
    return "a_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def content_hash(body: str, *, normalised: str | None = None) -> str:
    """sha1 of the normalised body (`normalised`, when the caller has it): equal for
    copies that differ only in spelling variants."""
    norm = normalise(body) if normalised is None else normalised
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def clean_title(title: str) -> str:
    """A title on one line, entities decoded, tags and edge marks removed."""
    text = html_to_text(title) if looks_like_html(title) else unescape(title)
    return " ".join(clean_lines(text))


def _body_lines(raw: RawItem) -> list[str]:
    as_html = raw.body_is_html or looks_like_html(raw.body)
    return clean_lines(html_to_text(raw.body) if as_html else unescape(raw.body))


def _dateline(byline: Byline | None) -> str | None:
    """Where and through whom the story was filed ("الرياض - واس"), kept apart from the text."""
    if byline is None:
        return None
    return " - ".join(part for part in (byline.place, byline.agency) if part) or None


def _author(raw: RawItem, byline: Byline | None) -> str | None:
    """A person's name only: a byline person first, then the source's author field."""
    if byline is not None and byline.person:
        return byline.person
    if not raw.author:
        return None
    parsed = parse_author(raw.author, load_boilerplate().bylines)
    if parsed is not None:
        return parsed.person
    return clean_line(unescape(raw.author)) or None


def clean_item(raw: RawItem) -> Article:
    """The Article for `raw`; FormatError naming the source when no body is left."""
    rules = load_boilerplate()
    lines = strip_boilerplate(_body_lines(raw), rules)
    without_byline, byline = split_byline(lines, rules.bylines)
    if byline is not None and byline.person:
        # A person's byline goes to `author`; a bare dateline ("الرياض - واس")
        # stays in the text, where it names the place and the agency reporting.
        lines = without_byline
    title = clean_title(raw.title)
    if lines and title and lines[0] == title:
        lines = lines[1:]  # pages repeat their headline at the top of the main text
    body = "\n".join(lines)
    if not body:
        raise FormatError(describe(raw), "empty article body after cleaning")
    text = f"{title}\n{body}" if title else body
    # Normalisation works character by character, so the text's form is the
    # title's and the body's joined: the body is normalised once.
    normalised_body = normalise(body)
    return Article(
        id=article_id(raw.url, text),
        url=raw.url,
        outlet=clean_line(unescape(raw.outlet)) if raw.outlet else None,
        title=title,
        body=body,
        text=text,
        author=_author(raw, byline),
        published=parse_published(raw.published),
        fetched_at=raw.fetched_at,
        raw=raw.raw,
        language=detect_language(text),
        content_hash=content_hash(body, normalised=normalised_body),
        source=raw.source,
        kind=raw.kind,
        dateline=_dateline(byline),
        normalised=f"{normalise(title)}\n{normalised_body}" if title else normalised_body,
    )
