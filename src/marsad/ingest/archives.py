"""Article collections: ZIP archives, JSON arrays, JSONL, and plain-text files.

JSON arrays (SaudiNewsNet's layout) and JSONL (ANT) are streamed record by
record, so a day of 3,000 articles or a 20 MB extract is never held whole; the
size cap applies to each record. A bad record is reported as a value and the
rest of the file goes on; a JSON array that breaks mid-way cannot be resynced,
so reading stops there with an error naming the record.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import PurePosixPath
from typing import IO, Any

from marsad.clean.encodings import decode_bytes
from marsad.errors import FormatError, InputError
from marsad.ingest.document import Input, Limits
from marsad.ingest.sniff import is_candidate_name
from marsad.records import RawItem

__all__ = ["item_from_object", "read_json", "read_jsonl", "read_txt", "read_zip"]

Dispatch = Callable[[Input, Limits], Iterator[RawItem | InputError]]
_CHUNK = 1 << 20
_BODY_FIELDS = ("content", "text", "body")
_DATE_FIELDS = ("published", "date", "pubDate", "date_published", "date_extracted")
_OUTLET_FIELDS = ("source", "outlet", "site")
_KNOWN = {"url", "title", "id", "author", *_BODY_FIELDS, *_DATE_FIELDS, *_OUTLET_FIELDS}
_TREC_FIELD = re.compile(r"<(DOCNO|URL|SRC|CAT|TITLE|TIME|AUTHOR|ABSTRACT|TEXT)>(.*?)</\1>", re.S)
_TREC_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, str]:
    for name in names:
        value = _text(obj.get(name)).strip()
        if value:
            return name, value
    return None, ""


def item_from_object(obj: Any, source: str, where: str, raw: str, inp: Input) -> RawItem:
    """A RawItem from one JSON article object (SaudiNewsNet, ANT or our own layout).

    `extra` keeps the remaining string fields and, as `date_field`, which field
    gave the date: `date_extracted` is a crawl time, not a publication time.
    """
    if not isinstance(obj, dict):
        raise FormatError(f"{source} {where}", f"expected a JSON object, got {type(obj).__name__}")
    _, body = _first(obj, _BODY_FIELDS)
    title = _text(obj.get("title")).strip()
    if not body and not title:
        raise FormatError(f"{source} {where}", "article has neither content nor title")
    date_field, published = _first(obj, _DATE_FIELDS)
    extra = {k: _text(v) for k, v in obj.items() if k not in _KNOWN and _text(v)}
    extra["item"] = where
    if date_field:
        extra["date_field"] = date_field
    return RawItem(
        source=source,
        kind="json",
        url=_text(obj.get("url")).strip() or None,
        title=title,
        body=body,
        published=published or None,
        author=_text(obj.get("author")).strip() or None,
        outlet=_first(obj, _OUTLET_FIELDS)[1] or None,
        raw=raw,
        fetched_at=inp.fetched_at,
        source_id=_text(obj.get("id")).strip() or None,
        extra=extra,
    )


def _safe_item(obj: Any, where: str, raw: str, inp: Input) -> RawItem | InputError:
    try:
        return item_from_object(obj, inp.source, where, raw, inp)
    except FormatError as exc:
        return exc


def read_jsonl(inp: Input, limits: Limits) -> Iterator[RawItem | InputError]:
    """One article per line; a bad line is an error value, the next line goes on."""
    with inp.opener() as stream:
        for number, line in enumerate(stream, start=1):
            where = f"line {number}"
            if len(line) > limits.max_bytes:
                yield FormatError(f"{inp.source} {where}", "record exceeds the size cap")
                continue
            text = line.decode("utf-8", errors="replace").strip().lstrip("\ufeff")
            if not text:
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                yield FormatError(f"{inp.source} {where}", f"invalid JSON ({exc.msg})")
                continue
            yield _safe_item(obj, where, text, inp)


class _ValueStream:
    """Consecutive JSON values from a text stream, arrays opened one level."""

    def __init__(self, stream: IO[str], source: str, limits: Limits) -> None:
        self._stream, self._source, self._limits = stream, source, limits
        self._buf, self._pos, self._eof = "", 0, False
        self._decoder = json.JSONDecoder()

    def _fill(self) -> bool:
        if self._eof:
            return False
        chunk = self._stream.read(_CHUNK)
        if not chunk:
            self._eof = True
            return False
        self._buf = self._buf[self._pos :] + chunk
        self._pos = 0
        return True

    def _peek(self) -> str:
        """The next non-blank character ('' at the end), consumed blanks only."""
        while True:
            while self._pos < len(self._buf) and self._buf[self._pos] in " \t\r\n\ufeff":
                self._pos += 1
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def _value(self, where: str) -> tuple[Any, str]:
        while True:
            try:
                obj, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                too_big = len(self._buf) - self._pos > self._limits.max_bytes
                if too_big or not self._fill():
                    reason = (
                        "record exceeds the size cap" if too_big else f"invalid JSON ({exc.msg})"
                    )
                    raise FormatError(f"{self._source} {where}", reason) from None
                continue
            raw = self._buf[self._pos : end]
            if end == len(self._buf) and self._fill():
                continue  # a number or literal may go on in the next chunk
            self._pos = end
            return obj, raw

    def values(self) -> Iterator[tuple[Any, str, str]]:
        """(value, raw text, position) for each top-level value or array element."""
        count = 0
        while (char := self._peek()) != "":
            if char != "[":
                count += 1
                yield (*self._value(f"item {count}"), f"item {count}")
                continue
            self._pos += 1
            while (char := self._peek()) not in ("]", ""):
                if char == ",":
                    self._pos += 1
                    continue
                count += 1
                yield (*self._value(f"item {count}"), f"item {count}")
            if char == "":
                raise FormatError(self._source, f"truncated JSON array after item {count}")
            self._pos += 1


def _oversized(raw: str, limits: Limits) -> bool:
    """Whether a record's UTF-8 size exceeds the cap (encoded only when it might)."""
    return len(raw) * 4 > limits.max_bytes and len(raw.encode("utf-8")) > limits.max_bytes


def read_json(inp: Input, limits: Limits) -> Iterator[RawItem | InputError]:
    """Articles of a JSON file: an array of objects, one object, or several in a row."""
    with inp.opener() as binary:
        stream = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="strict")
        try:
            for obj, raw, where in _ValueStream(stream, inp.source, limits).values():
                if _oversized(raw, limits):
                    yield FormatError(f"{inp.source} {where}", "record exceeds the size cap")
                    continue
                yield _safe_item(obj, where, raw, inp)
        except UnicodeDecodeError as exc:
            raise FormatError(inp.source, f"JSON is not valid UTF-8 ({exc.reason})") from None


def _trec_items(text: str, inp: Input) -> Iterator[RawItem]:
    """Articles in the TREC-style <DOC> layout of the ANT corpus."""
    for number, doc in enumerate(_TREC_DOC.finditer(text), start=1):
        fields = {k: v.strip() for k, v in _TREC_FIELD.findall(doc.group(1))}
        yield RawItem(
            source=inp.source,
            kind="txt",
            url=fields.get("URL") or None,
            title=fields.get("TITLE", ""),
            body=fields.get("TEXT", ""),
            published=fields.get("TIME") or None,
            author=fields.get("AUTHOR") or None,
            outlet=fields.get("SRC") or None,
            raw=doc.group(0),
            fetched_at=inp.fetched_at,
            source_id=fields.get("DOCNO") or None,
            extra={"item": f"document {number}", "category": fields.get("CAT", "")},
        )


def read_txt(inp: Input, limits: Limits) -> Iterator[RawItem]:
    """A plain-text article: first non-blank line is the title, the rest the body."""
    text = decode_bytes(inp.read(limits), inp.source, inp.charset).text
    if text.lstrip().startswith("<DOC>"):
        yield from _trec_items(text, inp)
        return
    lines = text.strip().splitlines()
    if not lines:
        raise FormatError(inp.source, "empty file")
    yield RawItem(
        source=inp.source,
        kind="txt",
        url=inp.url,
        title=lines[0].strip(),
        body="\n".join(lines[1:]),
        raw=text,
        fetched_at=inp.fetched_at,
    )


def _members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Readable members, sorted; folders, hidden files and macOS forks skipped."""
    keep = []
    for info in archive.infolist():
        parts = PurePosixPath(info.filename).parts
        if info.is_dir() or any(p.startswith(".") or p == "__MACOSX" for p in parts):
            continue
        if is_candidate_name(info.filename):
            keep.append(info)
    return sorted(keep, key=lambda i: i.filename)


def read_zip(inp: Input, limits: Limits, dispatch: Dispatch) -> Iterator[RawItem | InputError]:
    """Each member dispatched by its own type, named `archive.zip!member`."""
    if inp.depth >= limits.max_depth:
        raise FormatError(inp.source, f"ZIP nested deeper than {limits.max_depth} levels")
    try:
        with inp.opener() as stream, zipfile.ZipFile(stream) as archive:
            for info in _members(archive):
                member = Input(
                    f"{inp.source}!{info.filename}",
                    partial(archive.open, info),
                    info.file_size,
                    url=inp.url,
                    fetched_at=inp.fetched_at,
                    depth=inp.depth + 1,
                    named=False,
                )
                yield from dispatch(member, limits)
    except zipfile.BadZipFile as exc:
        raise FormatError(inp.source, f"broken ZIP archive ({exc})") from None
