"""Loading the text layer's bundled data files (resources/text), with clear errors.

Each loader reads one file through importlib.resources, so the package works from a
wheel; callers cache the parsed result (no I/O at import time).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from marsad.errors import ResourceError

__all__ = ["read_lines", "read_yaml", "resource_text"]

_PACKAGE = "marsad"
_FOLDER = ("resources", "text")


def resource_text(name: str) -> str:
    """The text of resources/text/<name>, or ResourceError naming the file."""
    path = resources.files(_PACKAGE).joinpath(*_FOLDER, name)
    try:
        return path.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"resources/text/{name}: cannot be read ({exc})") from exc


def read_yaml(name: str) -> dict[str, Any]:
    """A YAML mapping from resources/text, with a `meta` header required."""
    try:
        data = yaml.safe_load(resource_text(name))
    except yaml.YAMLError as exc:
        raise ResourceError(f"resources/text/{name}: invalid YAML ({exc})") from exc
    if not isinstance(data, dict) or "meta" not in data:
        raise ResourceError(f"resources/text/{name}: expected a mapping with a 'meta' header")
    return data


def read_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a one-entry-per-line file (first column)."""
    out = []
    for line in resource_text(name).splitlines():
        entry = line.split("\t", 1)[0].strip()
        if entry and not entry.startswith("#"):
            out.append(entry)
    return out
