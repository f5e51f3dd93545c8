"""The HTML pages. Each page has a JSON twin: the same URL with ?format=json."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from marsad.store import queries
from marsad.store.queries import EventFilter
from marsad.web.deps import reading
from marsad.web.highlight import event_marks, segments
from marsad.web.i18n import LANGS, load_strings
from marsad.web.params import Filters, Page
from marsad.web.svg import TYPE_COLOURS, layout_network, map_view, timeline_view

__all__ = ["LANG_COOKIE", "router"]

router = APIRouter(include_in_schema=False)
LANG_COOKIE = "marsad_lang"
MAX_BARS = 120
Format = Annotated[Literal["html", "json"], Query()]


def _lang(request: Request) -> str:
    asked = request.query_params.get("lang")
    if asked in LANGS:
        return asked
    saved = request.cookies.get(LANG_COOKIE)
    return saved if saved in LANGS else "ar"


def _url(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return request.url.path + (f"?{query}" if query else "")


def _render(
    request: Request, template: str, data: dict[str, Any], fmt: str, **extra: Any
) -> Response:
    if fmt == "json":
        return JSONResponse(data)
    lang = _lang(request)
    t = load_strings()[lang]
    html = request.app.state.templates.get_template(template).render(
        request=request,
        t=t,
        data=data,
        url=lambda **c: _url(request, **c),
        json_url=_url(request, format="json", lang=None),
        lang_url=_url(request, lang=t.other),
        colours=TYPE_COLOURS,
        **extra,
    )
    response = HTMLResponse(html)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax")
    return response


def _filters(f: EventFilter) -> dict[str, Any]:
    return {
        k: getattr(f, k)
        for k in (
            "actor",
            "country",
            "type",
            "mode",
            "status",
            "since",
            "until",
            "place",
            "source",
            "min_sources",
        )
        if getattr(f, k) is not None
    }


@router.get("/", response_class=HTMLResponse)
def home(
    request: Request,
    f: Filters,
    q: Annotated[str | None, Query(max_length=200)] = None,
    format: Format = "html",
) -> Response:
    with reading(request) as conn:
        data: dict[str, Any] = {"q": q, "filters": _filters(f)}
        if q and q.strip():
            data["articles"] = queries.search_articles(conn, q=q, limit=20)
        data["events"] = queries.list_events(conn, f)
        # The fused events these results belong to (reported by more than one article).
        ids = [e["fused"]["id"] for e in data["events"]["items"] if e["fused"]]
        data["fused"] = [x for x in queries.fused_by_ids(conn, ids) if x["num_mentions"] > 1]
    data["filters"] = {k: str(v) for k, v in data["filters"].items()}
    return _render(request, "index.html", data, format, f=f)


@router.get("/events/{article_id}/{event_id}", response_class=HTMLResponse)
def event_page(
    request: Request, article_id: str, event_id: str, format: Format = "html"
) -> Response:
    with reading(request) as conn:
        data = queries.event_detail(conn, article_id, event_id)
    text = data["article"]["text"]
    marks = event_marks(text, data["raw"], data["entities"])
    return _render(request, "event.html", data, format, segments=segments(text, marks), marks=marks)


@router.get("/fused/{fused_id}", response_class=HTMLResponse)
def fused_page(request: Request, fused_id: str, format: Format = "html") -> Response:
    with reading(request) as conn:
        data = queries.fused_detail(conn, fused_id)
    return _render(request, "fused.html", data, format)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, format: Format = "html") -> Response:
    with reading(request) as conn:
        data = queries.get_article(conn, article_id)
    return _render(request, "article.html", data, format)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    request: Request,
    page: Page,
    q: Annotated[str | None, Query(max_length=200)] = None,
    format: Format = "html",
) -> Response:
    with reading(request) as conn:
        data = queries.list_actors(conn, q=q, limit=page.limit, offset=page.offset)
    return _render(request, "actors.html", data | {"q": q}, format)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(
    request: Request,
    page: Page,
    actor_id: str,
    format: Format = "html",
) -> Response:
    with reading(request) as conn:
        data = queries.actor_profile(conn, actor_id, limit=page.limit, offset=page.offset)
    months: dict[str, dict[str, int]] = {}
    for row in data["timeline"]:
        months.setdefault(row["bucket"], {})[row["type"]] = row["n"]
    items = [
        {"bucket": b, "total": sum(c.values()), "by_type": c} for b, c in sorted(months.items())
    ]
    return _render(request, "actor.html", data, format, chart=timeline_view(items, height=180))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request,
    f: Filters,
    bucket: Literal["auto", "day", "week", "month", "year"] = "auto",
    format: Format = "html",
) -> Response:
    with reading(request) as conn:
        data = queries.timeline(conn, f, bucket, max_bars=MAX_BARS)
    data["filters"] = {k: str(v) for k, v in _filters(f).items()}
    return _render(request, "timeline.html", data, format, chart=timeline_view(data["items"]), f=f)


@router.get("/map", response_class=HTMLResponse)
def map_page(
    request: Request,
    f: Filters,
    format: Format = "html",
) -> Response:
    with reading(request) as conn:
        data = queries.list_places(conn, f.page(500))
    data["filters"] = {k: str(v) for k, v in _filters(f).items()}
    return _render(
        request,
        "map.html",
        data,
        format,
        view=map_view(data["items"]),
        outlines=request.app.state.outlines,
        f=f,
    )


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request,
    f: Filters,
    max_edges: Annotated[int, Query(ge=1, le=300)] = 80,
    format: Format = "html",
) -> Response:
    with reading(request) as conn:
        data = queries.network(conn, f, max_edges=max_edges)
    data["filters"] = {k: str(v) for k, v in _filters(f).items()}
    return _render(
        request,
        "network.html",
        data,
        format,
        graph=layout_network(data["nodes"], data["edges"]),
        f=f,
    )
