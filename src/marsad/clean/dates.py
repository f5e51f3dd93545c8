"""Publication dates as sources give them, to datetimes.

RSS uses RFC 822 (`Sat, 21 Jan 2017 16:19:00 +0100`), Atom and ANT ISO 8601,
SaudiNewsNet `YYYY-MM-DD hh:mm:ss` (its crawl time, with no zone), pages
`YYYY-MM-DD` from htmldate. A zone is kept when the source gives one; a
timestamp without one stays naive: guessing the server's zone would invent a
fact. An unreadable date gives None, never a failed article.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import parsedate_to_datetime

__all__ = ["parse_published"]

_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%d/%m/%Y %H:%M", "%d/%m/%Y")


def _rfc822(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def parse_published(value: str | None) -> datetime | None:
    """A datetime for `value`, aware when the text carries a zone."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return _rfc822(text)
