"""One exception tree for the library; the CLI and the web app map it to messages.

MarsadError
├── InputError          a source cannot be read or parsed (names the source)
│   ├── FetchError      an URL failed: HTTP status, timeout, too large
│   └── FormatError     the bytes are not a feed/page/JSON/text we can read
├── ResourceError       a bundled data file is missing or invalid
├── StoreError          the database cannot be opened or migrated
└── ConfigError         a setting has an invalid value
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""


class InputError(MarsadError):
    """A source (file, directory member, URL) could not be read."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """An URL could not be fetched."""


class FormatError(InputError):
    """The content is not in a format marsad reads."""


class ResourceError(MarsadError):
    """A bundled language resource is missing or malformed."""


class StoreError(MarsadError):
    """The database could not be opened, migrated or written."""


class ConfigError(MarsadError):
    """A setting has an invalid value."""
