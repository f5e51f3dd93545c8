"""The httpx Fetcher against a mock transport: every failure is a FetchError."""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
import pytest

from marsad import __version__
from marsad.errors import FetchError
from marsad.ingest import Fetcher
from marsad.ingest.fetch import user_agent

URL = "https://news.example.org/feed"


def _fetcher(handler, **kwargs) -> Fetcher:
    return Fetcher(transport=httpx.MockTransport(handler), **kwargs)


def test_user_agent_names_marsad_and_a_url() -> None:
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers)
        return httpx.Response(200, text="ok")

    with _fetcher(handler) as fetcher:
        fetcher.fetch(URL)
    assert seen["user-agent"] == user_agent()
    assert seen["user-agent"].startswith(f"marsad/{__version__} (+http")
    assert "gzip" in seen["accept-encoding"]


def test_gzip_body_is_decompressed(samples_dir: Path) -> None:
    feed = (samples_dir / "feeds" / "almadar-rss.xml").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-encoding": "gzip", "content-type": "application/rss+xml"}
        return httpx.Response(200, content=gzip.compress(feed), headers=headers)

    with _fetcher(handler) as fetcher:
        result = fetcher.fetch(URL)
    assert result.content == feed
    assert result.charset is None and result.fetched_at.tzinfo is not None


def test_charset_from_header() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=b"x", headers={"content-type": "text/html; charset=windows-1256"}
        )

    with _fetcher(handler) as fetcher:
        assert fetcher.fetch(URL).charset == "windows-1256"


@pytest.mark.parametrize(
    ("status", "reason"), [(404, "HTTP 404 Not Found"), (503, "HTTP 503 Service Unavailable")]
)
def test_http_errors(status: int, reason: str) -> None:
    with (
        _fetcher(lambda request: httpx.Response(status)) as fetcher,
        pytest.raises(FetchError) as info,
    ):
        fetcher.fetch(URL)
    assert str(info.value) == f"{URL}: {reason}"


def test_redirects_followed_then_limited() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        step = int(request.url.params.get("n", "0"))
        return (
            httpx.Response(302, headers={"location": f"{URL}?n={step + 1}"})
            if step < 3
            else httpx.Response(200, text="done")
        )

    with _fetcher(handler, max_redirects=5) as fetcher:
        result = fetcher.fetch(URL)
    assert result.url == f"{URL}?n=3" and result.requested_url == URL
    with (
        _fetcher(handler, max_redirects=2) as fetcher,
        pytest.raises(FetchError, match="too many redirects"),
    ):
        fetcher.fetch(URL)


def test_declared_length_over_cap() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 3000)

    with (
        _fetcher(handler, max_bytes=1000) as fetcher,
        pytest.raises(FetchError, match="response too large"),
    ):
        fetcher.fetch(URL)


def test_streamed_body_over_cap_without_length() -> None:
    def chunks():
        for _ in range(10):
            yield b"x" * 500

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=chunks())  # no content-length

    with _fetcher(handler, max_bytes=1000) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(URL)
    assert str(info.value) == f"{URL}: response too large (over the 1000 bytes cap)"


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (httpx.ReadTimeout("slow"), "timed out after 20 s"),
        (httpx.ConnectTimeout("slow"), "timed out after 20 s"),
        (httpx.ConnectError("refused"), "cannot connect (refused)"),
    ],
)
def test_transport_failures(error: Exception, reason: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    with _fetcher(handler) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(URL)
    assert str(info.value) == f"{URL}: {reason}"


def test_unsupported_scheme() -> None:
    with (
        _fetcher(lambda request: httpx.Response(200)) as fetcher,
        pytest.raises(FetchError, match="scheme"),
    ):
        fetcher.fetch("ftp://example.org/feed.xml")


def test_read_sources_with_injected_fetcher(read, samples_dir: Path) -> None:
    feed = (samples_dir / "feeds" / "alkhaleej-alyawm-atom.xml").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/atom.xml":
            return httpx.Response(
                200, content=feed, headers={"content-type": "application/atom+xml"}
            )
        return httpx.Response(404)

    with _fetcher(handler) as fetcher:
        items, errors = read(["https://x.example/atom.xml", "https://x.example/gone.xml"], fetcher)
    assert len(items) == 3 and all(i.fetched_at is not None for i in items)
    assert items[0].source == "https://x.example/atom.xml"
    assert [str(e) for e in errors] == ["https://x.example/gone.xml: HTTP 404 Not Found"]
