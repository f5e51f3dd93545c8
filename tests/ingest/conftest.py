"""Helpers for ingest tests: read everything from sources into items and errors."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from marsad.errors import InputError
from marsad.ingest import Fetcher, Limits, read_sources
from marsad.records import RawItem


def split(
    sources: Iterable[str], fetcher: Fetcher | None = None, limits: Limits | None = None
) -> tuple[list[RawItem], list[InputError]]:
    """(items, errors) read from `sources`."""
    items: list[RawItem] = []
    errors: list[InputError] = []
    for result in read_sources(sources, fetcher, limits=limits):
        (errors if isinstance(result, InputError) else items).append(result)  # type: ignore[arg-type]
    return items, errors


@pytest.fixture
def read():
    return split
