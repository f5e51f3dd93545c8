"""Page render times of the web interface over a real database (`marsad bench --web`).

Requests go through the ASGI app in process (no sockets), so the figure is the
server's own cost of building each page: queries, highlighting, SVG.
"""

from __future__ import annotations

import statistics
import time
import warnings
from dataclasses import dataclass
from urllib.parse import quote

__all__ = ["PageTiming", "render_web_markdown", "run_web_bench"]


@dataclass
class PageTiming:
    page: str
    path: str
    median_ms: float
    max_ms: float
    status: int


def _first(client: object, path: str) -> dict[str, object] | None:
    response = client.get(path)  # type: ignore[attr-defined]
    items = response.json().get("items") if response.status_code == 200 else None
    return items[0] if items else None


def _pages(client: object, search: str) -> list[tuple[str, str]]:
    """The main pages, with ids taken from the database itself."""
    pages = [
        ("home / event list", "/"),
        ("search", f"/?q={quote(search)}"),
        ("actors", "/actors"),
        ("timeline", "/timeline"),
        ("map", "/map"),
        ("network", "/network"),
    ]
    event = _first(client, "/api/events?limit=1")
    if event:
        pages.append(("event page", f"/events/{event['article_id']}/{event['event_id']}"))
    actor = _first(client, "/api/actors?limit=1")
    if actor:
        pages.append(("actor page", f"/actors/{quote(str(actor['id']))}"))
    fused = _first(client, "/api/fused?limit=1")
    if fused:
        pages.append(("fused event page", f"/fused/{fused['id']}"))
    return pages


def run_web_bench(db: str, repeat: int = 5, search: str = "السعودية") -> list[PageTiming]:
    """Median and worst render time of each main page over `repeat` requests."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note on its httpx-based client
        from fastapi.testclient import TestClient

    from marsad.web import create_app

    timings = []
    with TestClient(create_app(db)) as client:
        for name, path in _pages(client, search):
            client.get(path)  # warm caches the way a visitor's second click would
            samples = []
            status = 200
            for _ in range(repeat):
                start = time.perf_counter()
                response = client.get(path)
                samples.append((time.perf_counter() - start) * 1000)
                status = response.status_code
            timings.append(PageTiming(name, path, statistics.median(samples), max(samples), status))
    return timings


def render_web_markdown(db: str, timings: list[PageTiming]) -> str:
    lines = [
        f"Database: `{db}`",
        "",
        "| page | median ms | max ms | status |",
        "| --- | ---: | ---: | ---: |",
    ]
    for t in timings:
        lines.append(f"| {t.page} | {t.median_ms:.0f} | {t.max_ms:.0f} | {t.status} |")
    return "\n".join(lines)
