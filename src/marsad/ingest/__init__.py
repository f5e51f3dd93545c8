"""Ingest: read feeds, pages, JSON/JSONL, text and ZIPs from paths and URLs.

`read_sources` is the entry point; it yields `RawItem`s and, as values, an
`InputError` for each source or item that cannot be read.
"""

from marsad.ingest.document import DEFAULT_MAX_BYTES, Limits
from marsad.ingest.fetch import Fetcher, FetchResult
from marsad.ingest.sources import read_sources

__all__ = ["DEFAULT_MAX_BYTES", "FetchResult", "Fetcher", "Limits", "read_sources"]
