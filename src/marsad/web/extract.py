"""Extraction for the API: text or a fetched URL through clean and the pipeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from marsad.context import Resources
from marsad.errors import InputError, MarsadError
from marsad.ingest import Fetcher, read_sources
from marsad.output import Extraction
from marsad.records import RawItem

__all__ = ["extract_text", "extract_url"]


def _process(item: RawItem, resources: Resources) -> Extraction:
    from marsad.clean import clean_item
    from marsad.pipeline import process

    return process(clean_item(item), resources)


def extract_text(
    text: str,
    title: str,
    url: str | None,
    published: datetime | None,
    source: str | None,
    resources: Resources,
) -> Extraction:
    """The OUTPUT.md JSON of a text given in the request."""
    item = RawItem(
        source="api",
        kind="txt",
        url=url,
        title=title,
        body=text,
        published=published.isoformat() if published else None,
        outlet=source,
        raw=text,
    )
    return _process(item, resources)


def extract_url(
    url: str, fetcher_factory: Callable[[], Fetcher], resources: Resources
) -> Extraction:
    """The OUTPUT.md JSON of the first article read from a URL (page or feed)."""
    with fetcher_factory() as fetcher:
        for item in read_sources([url], fetcher):
            if isinstance(item, MarsadError):
                raise item if isinstance(item, InputError) else InputError(url, str(item))
            return _process(item, resources)
    raise InputError(url, "no article found")
