"""The FastAPI application: JSON API, HTML pages and local static files."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

from marsad import __version__
from marsad.context import Resources
from marsad.errors import ConfigError, StoreError
from marsad.ingest import Fetcher
from marsad.web.api import router as api_router
from marsad.web.pages import router as pages_router
from marsad.web.svg import outline_path

__all__ = ["create_app"]


class _Outlines:
    """The country-outline SVG path, built on first use and kept by the app."""

    @cached_property
    def path(self) -> str:
        return outline_path()


def create_app(db_path: str, *, fetcher_factory: Callable[[], Fetcher] | None = None) -> FastAPI:
    """The app serving the store at `db_path` (it must exist: run `marsad ingest` first)."""
    if db_path != ":memory:" and not Path(db_path).is_file():
        raise ConfigError(f"{db_path}: no such database; run `marsad ingest` first")
    app = FastAPI(
        title="marsad",
        version=__version__,
        description="Political events extracted from Arabic news: articles, events, "
        "fused events, actors, places, timeline, network and extraction.",
    )
    app.state.db_path = db_path
    app.state.resources = Resources()
    app.state.fetcher_factory = fetcher_factory or Fetcher
    app.state.templates = Environment(
        loader=PackageLoader("marsad.web", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    app.state.outlines = _Outlines()
    app.mount("/static", StaticFiles(directory=str(files("marsad.web") / "static")), name="static")
    app.include_router(api_router)
    app.include_router(pages_router)

    @app.exception_handler(LookupError)
    def _not_found(request: Request, exc: LookupError) -> JSONResponse:
        return JSONResponse({"detail": str(exc).strip("'\"")}, status_code=404)

    @app.exception_handler(ConfigError)
    def _bad_query(request: Request, exc: ConfigError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StoreError)
    def _store(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    return app
