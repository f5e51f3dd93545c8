"""The JSON API under /api: read endpoints with filters and paging, and extraction."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, Field, model_validator

from marsad.errors import InputError, MarsadError
from marsad.output import Extraction
from marsad.store import queries
from marsad.web.deps import reading
from marsad.web.params import MAX_TEXT, Filters, Page

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["api"])

SearchText = Annotated[
    str | None, Query(min_length=1, max_length=200, description="Full-text query")
]


@router.get("/articles", summary="List or full-text search articles")
def articles(
    request: Request,
    page: Page,
    q: SearchText = None,
    source: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    since: Annotated[datetime | None, Query(description="Published on or after")] = None,
    until: Annotated[datetime | None, Query(description="Published on or before")] = None,
) -> dict:
    if since and until and since > until:
        raise HTTPException(400, f"since ({since.date()}) is after until ({until.date()})")
    with reading(request) as conn:
        return queries.search_articles(
            conn,
            q=q,
            source=source,
            since=since.date() if since else None,
            until=until.date() if until else None,
            limit=page.limit,
            offset=page.offset,
        )


@router.get("/articles/{article_id}", summary="One article with its extraction")
def article(request: Request, article_id: str) -> dict:
    with reading(request) as conn:
        return queries.get_article(conn, article_id)


@router.get("/events", summary="Events (one per article), filtered and paged")
def events(request: Request, f: Filters) -> dict:
    with reading(request) as conn:
        return queries.list_events(conn, f)


@router.get("/events/{article_id}/{event_id}", summary="One event with its article and evidence")
def event(request: Request, article_id: str, event_id: str) -> dict:
    with reading(request) as conn:
        return queries.event_detail(conn, article_id, event_id)


@router.get("/fused", summary="Fused events (across articles), filtered and paged")
def fused(request: Request, f: Filters) -> dict:
    with reading(request) as conn:
        return queries.list_fused(conn, f)


@router.get("/fused/{fused_id}", summary="One fused event and its mentions")
def fused_one(request: Request, fused_id: str) -> dict:
    with reading(request) as conn:
        return queries.fused_detail(conn, fused_id)


@router.get("/actors", summary="Actors taking part in events, most active first")
def actors(
    request: Request,
    page: Page,
    q: SearchText = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
) -> dict:
    with reading(request) as conn:
        return queries.list_actors(conn, q=q, country=country, limit=page.limit, offset=page.offset)


@router.get("/actors/{actor_id}", summary="Actor profile: offices, events, counterparts")
def actor(request: Request, actor_id: str, page: Page) -> dict:
    with reading(request) as conn:
        return queries.actor_profile(conn, actor_id, limit=page.limit, offset=page.offset)


@router.get("/places", summary="Event locations with coordinates and counts")
def places(request: Request, f: Filters) -> dict:
    with reading(request) as conn:
        return queries.list_places(conn, f)


@router.get("/timeline", summary="Event counts per day, week, month or year")
def timeline(
    request: Request,
    f: Filters,
    bucket: Literal["auto", "day", "week", "month", "year"] = "day",
    max_bars: Annotated[int, Query(ge=1, le=10_000, description="Bars for bucket=auto")] = 120,
) -> dict:
    with reading(request) as conn:
        return queries.timeline(conn, f, bucket, max_bars=max_bars)


@router.get("/network", summary="Actor network: nodes and weighted co-participation edges")
def network(
    request: Request,
    f: Filters,
    max_edges: Annotated[int, Query(ge=1, le=1000)] = 150,
) -> dict:
    with reading(request) as conn:
        return queries.network(conn, f, max_edges=max_edges)


class ExtractRequest(BaseModel):
    """Text (with an optional title, date and URL for provenance) or a URL to fetch."""

    text: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT)
    title: str = Field(default="", max_length=1000)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://\S+$")
    published: datetime | None = None
    source: str | None = Field(default=None, max_length=100)

    @model_validator(mode="after")
    def _text_or_url(self) -> ExtractRequest:
        if not self.text and not self.url:
            raise ValueError("give 'text' or 'url'")
        return self


@router.post("/extract", summary="Extract entities and events (OUTPUT.md JSON)")
def extract(request: Request, body: ExtractRequest) -> Extraction:
    from marsad.web.extract import extract_text, extract_url

    resources = request.app.state.resources
    try:
        if body.text:
            return extract_text(
                body.text, body.title, body.url, body.published, body.source, resources
            )
        assert body.url is not None
        return extract_url(body.url, request.app.state.fetcher_factory, resources)
    except InputError as exc:
        raise HTTPException(422, str(exc)) from None
    except MarsadError as exc:
        raise HTTPException(500, str(exc)) from None
