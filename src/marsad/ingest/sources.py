"""From source names (paths, directories, ZIPs, URLs) to RawItems and errors.

Errors are yielded as values, one per bad source or bad item, each naming the
source, so one broken file never stops a batch; the caller decides what a
failure means (the CLI counts them and sets the exit code).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path, PurePosixPath

from marsad.errors import FormatError, InputError
from marsad.ingest.archives import read_json, read_jsonl, read_txt, read_zip
from marsad.ingest.document import Input, Limits
from marsad.ingest.feeds import read_feed
from marsad.ingest.fetch import Fetcher
from marsad.ingest.pages import read_page
from marsad.ingest.sniff import SNIFF_BYTES, Kind, is_candidate_name, sniff
from marsad.records import RawItem

__all__ = ["dispatch", "read_sources"]

Result = RawItem | InputError


def _head(inp: Input) -> bytes:
    with inp.opener() as stream:
        return stream.read(SNIFF_BYTES)


def _read_kind(kind: Kind, inp: Input, limits: Limits) -> Iterator[Result]:
    if kind is Kind.ZIP:
        yield from read_zip(inp, limits, dispatch)
    elif kind is Kind.FEED:
        yield from read_feed(inp, limits)
    elif kind is Kind.HTML:
        yield read_page(inp, limits)
    elif kind is Kind.JSON:
        yield from read_json(inp, limits)
    elif kind is Kind.JSONL:
        yield from read_jsonl(inp, limits)
    else:
        yield from read_txt(inp, limits)


def dispatch(inp: Input, limits: Limits) -> Iterator[Result]:
    """Sniff one input and read it; any failure becomes an error value naming it."""
    try:
        kind = sniff(inp.source, _head(inp))
        own_name = PurePosixPath(inp.source.rsplit("!", 1)[-1])
        if kind is Kind.TXT and not inp.named and not own_name.suffix:
            return  # a LICENSE or README beside the articles, not an article
        yield from _read_kind(kind, inp, limits)
    except InputError as exc:
        yield exc
    except zipfile.BadZipFile as exc:
        yield FormatError(inp.source, f"broken ZIP member ({exc})")
    except RuntimeError as exc:  # zipfile's way of saying a member is encrypted
        if "encrypted" not in str(exc):
            raise
        yield FormatError(inp.source, "encrypted ZIP member (password required)")
    except OSError as exc:
        yield InputError(inp.source, exc.strerror or str(exc))


def _file_input(path: Path, named: bool) -> Input:
    return Input(str(path), lambda: path.open("rb"), path.stat().st_size, named=named)


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root`, sorted, hidden files and folders skipped."""
    for child in sorted(root.iterdir(), key=lambda p: p.name):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file() and is_candidate_name(child.name):
            yield child


def _read_path(source: str, limits: Limits) -> Iterator[Result]:
    path = Path(source)
    try:
        if path.is_dir():
            for file in _walk(path):
                yield from dispatch(_file_input(file, named=False), limits)
        elif path.is_file():
            yield from dispatch(_file_input(path, named=True), limits)
        else:
            yield InputError(source, "no such file or directory")
    except OSError as exc:
        yield InputError(source, exc.strerror or str(exc))


def _read_url(url: str, fetcher: Fetcher, limits: Limits) -> Iterator[Result]:
    try:
        result = fetcher.fetch(url)
    except InputError as exc:
        yield exc
        return
    inp = Input.from_bytes(
        url, result.content, charset=result.charset, url=result.url, fetched_at=result.fetched_at
    )
    yield from dispatch(inp, limits)


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_sources(
    sources: Iterable[str], fetcher: Fetcher | None = None, *, limits: Limits | None = None
) -> Iterator[Result]:
    """RawItems from every source, with an InputError value for each failure.

    A source is a file, a directory (recursed), a ZIP, or an http(s) URL. Without
    a `fetcher`, one is created for the URLs and closed at the end.
    """
    limits = limits or Limits()
    if isinstance(sources, str):
        sources = [sources]  # one source given bare, not its characters
    with ExitStack() as stack:
        for source in sources:
            if _is_url(source):
                if fetcher is None:
                    fetcher = stack.enter_context(Fetcher(max_bytes=limits.max_bytes))
                yield from _read_url(source, fetcher, limits)
            else:
                yield from _read_path(source, limits)
