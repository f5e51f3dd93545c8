"""Web interface and REST API over the store (FastAPI, Jinja2, inline SVG)."""

from marsad.web.app import create_app

__all__ = ["create_app"]
