"""HTTP(S) fetching with httpx: timeouts, a size cap, redirects, a clear user agent.

Every failure (status ≥ 400, timeout, too many redirects, too large, refused
connection) becomes a `FetchError` naming the URL and the reason. The transport
is injectable, so tests use `httpx.MockTransport` without a network.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, metadata
from types import TracebackType

import httpx

from marsad import __version__
from marsad.clean.encodings import charset_from_content_type
from marsad.errors import FetchError
from marsad.ingest.document import DEFAULT_MAX_BYTES, too_large

__all__ = ["FetchResult", "Fetcher", "user_agent"]

_FALLBACK_URL = "https://pypi.org/project/marsad/"


def user_agent() -> str:
    """`marsad/<version> (+<project url>)`, so site owners know who is asking."""
    try:
        urls = metadata("marsad").get_all("Project-URL") or []
    except PackageNotFoundError:
        urls = []
    url = urls[0].split(",", 1)[-1].strip() if urls else _FALLBACK_URL
    return f"marsad/{__version__} (+{url})"


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetched body and what the server said about it."""

    url: str  # the final URL, after redirects
    requested_url: str
    status: int
    content: bytes
    content_type: str | None
    charset: str | None
    fetched_at: datetime


class Fetcher:
    """Fetch URLs politely and safely; reuse one per batch (connection pooling)."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_redirects: int = 5,
        agent: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._client = httpx.Client(
            follow_redirects=True,
            max_redirects=max_redirects,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": agent or user_agent(), "Accept-Encoding": "gzip, deflate"},
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release pooled connections."""
        self._client.close()

    def fetch(self, url: str) -> FetchResult:
        """GET `url`; FetchError for any failure, naming the URL and the reason."""
        if not url.lower().startswith(("http://", "https://")):
            raise FetchError(url, "unsupported URL scheme (use http or https)")
        try:
            return self._get(url)
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out after {self.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise FetchError(url, "too many redirects") from None
        except httpx.InvalidURL as exc:
            raise FetchError(url, f"invalid URL ({exc})") from None
        except httpx.ConnectError as exc:
            raise FetchError(url, f"cannot connect ({exc})") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"HTTP failure ({type(exc).__name__}: {exc})") from None

    def _get(self, url: str) -> FetchResult:
        deadline = time.monotonic() + self.timeout
        with self._client.stream("GET", url) as response:
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise FetchError(url, f"HTTP {response.status_code} {reason}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(url, f"response {too_large(int(declared), self.max_bytes)}")
            content = self._read_capped(response, url, deadline)
            content_type = response.headers.get("content-type")
            return FetchResult(
                url=str(response.url),
                requested_url=url,
                status=response.status_code,
                content=content,
                content_type=content_type,
                charset=charset_from_content_type(content_type),
                fetched_at=datetime.now(UTC),
            )

    def _read_capped(self, response: httpx.Response, url: str, deadline: float) -> bytes:
        """The (decompressed) body, stopped at the cap and at the overall deadline."""
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(url, f"response {too_large(None, self.max_bytes)}")
            if time.monotonic() > deadline:
                raise FetchError(url, f"timed out after {self.timeout:g} s (body too slow)")
            chunks.append(chunk)
        return b"".join(chunks)
