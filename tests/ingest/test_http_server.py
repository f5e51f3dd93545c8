"""Fetching from a real HTTP server on 127.0.0.1: feeds, redirects, 404, slow, legacy Arabic."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from marsad.ingest import Fetcher

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
CP1256_PAGE = (SAMPLES / "pages" / "sada-abdelatty-grundberg-cp1256.html").read_bytes()
ARTICLE = (
    "وصل وزير الخارجية الأردني أيمن الصفدي إلى الرياض في زيارة رسمية يلتقي خلالها "
    "نظيره السعودي الأمير فيصل بن فرحان لبحث التطورات الإقليمية وسبل تعزيز التنسيق."
)
HEADER_ONLY_PAGE = (
    "<html><head><title>الصفدي في الرياض</title></head><body><article>"
    f"<h1>الصفدي في الرياض</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"
).encode("cp1256")


def _routes() -> dict[str, tuple[int, dict[str, str], bytes]]:
    feed = (SAMPLES / "feeds" / "almadar-rss.xml").read_bytes()
    return {
        "/feed.xml": (200, {"Content-Type": "application/rss+xml; charset=utf-8"}, feed),
        "/feed.gz": (
            200,
            {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"},
            gzip.compress(feed),
        ),
        "/old-feed": (301, {"Location": "/feed.xml"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/meta-charset.html": (200, {"Content-Type": "text/html"}, CP1256_PAGE),
        "/header-charset.html": (
            200,
            {"Content-Type": "text/html; charset=windows-1256"},
            HEADER_ONLY_PAGE,
        ),
        "/error": (500, {}, b"boom"),
    }


class _Handler(BaseHTTPRequestHandler):
    routes = _routes()

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(1.5)
        status, headers, body = self.routes.get(self.path, (404, {}, b"not here"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(timeout=0.5, max_redirects=3) as f:
        yield f


def test_feed_and_gzip(read, server: str, fetcher: Fetcher) -> None:
    items, errors = read([f"{server}/feed.xml", f"{server}/feed.gz"], fetcher)
    assert errors == []
    assert len(items) == 6
    assert items[0].title == items[3].title
    assert items[0].source == f"{server}/feed.xml"


def test_redirect_followed(read, server: str, fetcher: Fetcher) -> None:
    assert fetcher.fetch(f"{server}/old-feed").url == f"{server}/feed.xml"
    items, errors = read([f"{server}/old-feed"], fetcher)
    assert errors == [] and len(items) == 3


def test_failures_name_url_and_reason(read, server: str, fetcher: Fetcher) -> None:
    sources = [
        f"{server}/missing",
        f"{server}/error",
        f"{server}/slow",
        f"{server}/loop",
        f"{server}/feed.xml",
    ]
    items, errors = read(sources, fetcher)
    assert len(items) == 3  # the batch went on to the good feed
    assert [str(e) for e in errors] == [
        f"{server}/missing: HTTP 404 Not Found",
        f"{server}/error: HTTP 500 Internal Server Error",
        f"{server}/slow: timed out after 0.5 s",
        f"{server}/loop: too many redirects",
    ]


def test_unreachable(read) -> None:
    with Fetcher(timeout=0.5) as fetcher:
        items, errors = read(["http://127.0.0.1:9/feed.xml"], fetcher)  # discard port: closed
    assert items == []
    assert str(errors[0]).startswith("http://127.0.0.1:9/feed.xml: cannot connect")


def test_windows_1256_page_with_meta_charset_only(read, server: str, fetcher: Fetcher) -> None:
    items, errors = read([f"{server}/meta-charset.html"], fetcher)
    assert errors == []
    assert items[0].title.startswith("عبد العاطي يستقبل غروندبرغ")
    assert "هانس غروندبرغ" in items[0].body


def test_windows_1256_page_with_header_charset_only(read, server: str, fetcher: Fetcher) -> None:
    assert b"charset" not in HEADER_ONLY_PAGE
    items, errors = read([f"{server}/header-charset.html"], fetcher)
    assert errors == []
    assert ARTICLE in items[0].body
    assert items[0].url == f"{server}/header-charset.html"
