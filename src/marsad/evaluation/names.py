"""Name matching as GOLD.md defines it, shared by gold and system sides."""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.text.normalise import normalise

_AR_ARTICLE = re.compile(r"^(?:وال|بال|لل|ال)(?=\S{2,})")
_EN_NOISE = re.compile(r"\b(?:al|el|ad|ash|as|at|az|ar)-|[-'’`]")

__all__ = ["name_key", "name_keys"]


def name_key(name: str) -> str:
    """The comparison form of one Arabic or English name."""
    text = normalise(name.strip())
    if any("\u0600" <= ch <= "\u06ff" for ch in text):
        words = [_AR_ARTICLE.sub("", w) for w in text.split()]
        return " ".join(words)
    text = _EN_NOISE.sub(" ", text.lower())
    return " ".join(text.split())


def name_keys(names: Iterable[str | None]) -> frozenset[str]:
    """Comparison forms of several names, empty ones dropped."""
    return frozenset(k for k in (name_key(n) for n in names if n) if k)
