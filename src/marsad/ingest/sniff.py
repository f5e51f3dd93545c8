"""What a file is: by its content first, its extension as a tie-breaker.

Real collections mislabel files (an `.xml` that is an HTML page, a `.html` that
is a feed, no extension at all), so the first bytes decide; the extension only
separates JSON from JSONL and plain text from markup-looking text. Binary and
empty content are rejected here with a reason.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import PurePosixPath

from marsad.errors import FormatError

__all__ = ["SNIFF_BYTES", "Kind", "is_candidate_name", "sniff"]

SNIFF_BYTES = 8192


class Kind(StrEnum):
    """The readers marsad has."""

    FEED = "feed"
    HTML = "html"
    JSON = "json"
    JSONL = "jsonl"
    TXT = "txt"
    ZIP = "zip"


_EXTENSIONS = {
    ".xml": Kind.FEED, ".rss": Kind.FEED, ".atom": Kind.FEED, ".rdf": Kind.FEED,
    ".html": Kind.HTML, ".htm": Kind.HTML, ".xhtml": Kind.HTML,
    ".json": Kind.JSON, ".jsonl": Kind.JSONL, ".ndjson": Kind.JSONL,
    ".txt": Kind.TXT, ".text": Kind.TXT, ".zip": Kind.ZIP,
}  # fmt: skip
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"), (b"\x7fELF", "an executable"),
    (b"BZh", "bzip2-compressed data"), (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"), (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"OggS", "an Ogg file"), (b"ID3", "an MP3 file"),
)  # fmt: skip
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.I)
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.I)
_HTML_TAG = re.compile(r"<(?:p|div|article|h[1-6]|span|section|meta|title)[\s>/]", re.I)


def _binary_reason(head: bytes) -> str | None:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary file ({what})"
    if b"\x00" in head and not head.startswith(_UTF16_BOMS):
        return "binary file (contains NUL bytes)"
    return None


def _markup_kind(text: str) -> Kind | None:
    """Feed or page when the text is markup; None otherwise."""
    feed = _FEED_ROOT.search(text)
    page = _HTML_ROOT.search(text)
    if feed and (not page or feed.start() < page.start()):
        return Kind.FEED
    if page or _HTML_TAG.match(text):
        return Kind.HTML
    if text.startswith("<?xml"):
        return Kind.FEED  # some other XML: the feed reader says why it is not a feed
    return None


def sniff(name: str, head: bytes) -> Kind:
    """The kind of a file from its name and first bytes; FormatError if unreadable."""
    if head.startswith(_ZIP_MAGIC):
        return Kind.ZIP
    reason = _binary_reason(head)
    if reason:
        raise FormatError(name, reason)
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if not text:
        if head.startswith(_UTF16_BOMS):
            text = head.decode("utf-16", errors="ignore").lstrip("\ufeff \t\r\n")
        if not text:
            raise FormatError(name, "empty file")
    by_name = _EXTENSIONS.get(PurePosixPath(name).suffix.lower())
    if text.startswith("<"):
        markup = _markup_kind(text[:SNIFF_BYTES])
        if markup is not None and not (by_name is Kind.TXT and markup is Kind.HTML):
            return markup
    if text.startswith("["):
        return Kind.JSON
    if text.startswith("{"):
        return Kind.JSON if by_name is Kind.JSON else Kind.JSONL
    return Kind.TXT


def is_candidate_name(name: str) -> bool:
    """Whether a file met inside a directory or ZIP should be read.

    Named sources are always read; inside a collection only known article
    extensions, and extension-less files (sniffed), are: images, licences in
    Markdown, CSVs and the like sit beside articles and are not articles.
    """
    path = PurePosixPath(name)
    return path.suffix.lower() in _EXTENSIONS or path.suffix == ""
