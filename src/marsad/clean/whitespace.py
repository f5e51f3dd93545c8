"""Whitespace and direction marks: collapsed runs, stripped lines, no empty lines.

Right-to-left marks (RLM/LRM/ALM) and zero-width characters at a line's edges are
invisible leftovers of editors (the WordPress titles start with an RLM); inside a
line they are kept, since they can matter for display.
"""

from __future__ import annotations

import re

__all__ = ["clean_line", "clean_lines"]

_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")  # and lone surrogates
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")
_EDGE = (
    " \u200b\u200c\u200d"  # space, zero-width space/non-joiner/joiner
    "\u200e\u200f\u061c"  # LRM, RLM, ALM
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"  # embeddings, isolates, BOM
)


def clean_line(line: str) -> str:
    """One line: control characters and lone surrogates dropped, space runs collapsed, spaces and
    direction marks stripped at the edges."""
    return _SPACES.sub(" ", _CONTROLS.sub("", line)).strip(_EDGE)


def clean_lines(text: str) -> list[str]:
    """Non-empty cleaned lines of `text` (each as `clean_line` makes it).

    Control characters and space runs never include a line break, so they are
    handled over the whole text at once, not with two regex calls per line.
    """
    flat = _SPACES.sub(" ", _CONTROLS.sub("", text))
    return [c for line in _LINE_BREAKS.split(flat) if (c := line.strip(_EDGE))]
