"""One input to read: a file, a ZIP member or a fetched body, behind one interface.

Readers get an `Input` and open it themselves, so whole-document formats can
refuse oversized content before reading it and streamed formats (JSON arrays,
JSONL) never hold a large file in memory.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import IO

from marsad.errors import FormatError

__all__ = ["DEFAULT_MAX_BYTES", "Input", "Limits", "human_size", "too_large"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps that keep one bad input from exhausting memory.

    `max_bytes` bounds a whole document (page, feed, text, one JSON record);
    `max_depth` bounds ZIPs inside ZIPs.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = 2


@dataclass(frozen=True, slots=True)
class Input:
    """Content to read, named for messages, with what the transport said about it."""

    source: str
    opener: Callable[[], IO[bytes]]
    size: int | None = None
    charset: str | None = None  # declared outside the content (HTTP header)
    url: str | None = None
    fetched_at: datetime | None = None
    depth: int = 0
    named: bool = True  # named by the user, not met inside a directory or ZIP

    @classmethod
    def from_bytes(cls, source: str, data: bytes, **kwargs: object) -> Input:
        """An input over bytes already in memory (a fetched body)."""
        return cls(source, lambda: io.BytesIO(data), len(data), **kwargs)  # type: ignore[arg-type]

    def read(self, limits: Limits) -> bytes:
        """The whole content, or FormatError when it exceeds the size cap."""
        if self.size is not None and self.size > limits.max_bytes:
            raise FormatError(self.source, too_large(self.size, limits.max_bytes))
        with self.opener() as stream:
            data = stream.read(limits.max_bytes + 1)
        if len(data) > limits.max_bytes:
            raise FormatError(self.source, too_large(None, limits.max_bytes))
        return data


def human_size(size: int) -> str:
    """`21.0 MB`, `4.9 KB`, `300 bytes`: sizes for one-line messages."""
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB"
    return f"{size / 1024:.1f} KB" if size >= 1024 else f"{size} bytes"


def too_large(size: int | None, cap: int) -> str:
    """The reason given for content over the size cap."""
    if size is None:
        return f"too large (over the {human_size(cap)} cap)"
    return f"too large ({human_size(size)}, cap {human_size(cap)})"
