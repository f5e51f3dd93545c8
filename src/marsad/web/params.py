"""Query parameters shared by the API and the pages, validated once.

Bad values become 422 (wrong type or shape, from FastAPI) or 400 (values
valid one by one that contradict each other), each naming the parameter.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, HTTPException, Query

from marsad.output import EventType, Status
from marsad.store.queries import EventFilter

__all__ = ["MAX_LIMIT", "MAX_TEXT", "Filters", "Page", "Paging", "event_filter", "paging"]

MAX_LIMIT = 200
MAX_OFFSET = 1_000_000
MAX_TEXT = 200_000  # characters of text POST /api/extract accepts

KbId = Annotated[
    str | None,
    Query(
        min_length=2,
        max_length=120,
        pattern=r"^[\w:.\-]+$",
        description="KB id, e.g. per:sergey-lavrov, country:QAT, org:un",
    ),
]


class Paging:
    """limit/offset of one page."""

    def __init__(self, limit: int, offset: int) -> None:
        self.limit = limit
        self.offset = offset


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip")] = 0,
) -> Paging:
    return Paging(limit, offset)


def event_filter(
    actor: KbId = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3")
    ] = None,
    type: Annotated[EventType | None, Query(description="PLOVER event type")] = None,
    mode: Annotated[str | None, Query(pattern=r"^[a-z_]{2,30}$")] = None,
    status: Status | None = None,
    since: Annotated[date | None, Query(description="Event day on or after (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="Event day on or before (YYYY-MM-DD)")] = None,
    place: KbId = None,
    source: Annotated[str | None, Query(min_length=1, max_length=100, description="Outlet")] = None,
    min_sources: Annotated[int | None, Query(ge=1, le=1000)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip")] = 0,
) -> EventFilter:
    """The filters of an event list; `since` after `until` is a 400."""
    if since and until and since > until:
        raise HTTPException(400, f"since ({since}) is after until ({until})")
    return EventFilter(
        actor=actor,
        country=country.upper() if country else None,
        type=type,
        mode=mode,
        status=status,
        since=since,
        until=until,
        place=place,
        source=source,
        min_sources=min_sources,
        limit=limit,
        offset=offset,
    )


Filters = Annotated[EventFilter, Depends(event_filter)]
Page = Annotated[Paging, Depends(paging)]
