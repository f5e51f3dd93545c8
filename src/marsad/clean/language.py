"""Language by script: Arabic, English, or undetermined.

marsad reads Arabic news; this only needs to tell Arabic text from the odd
English item in a mixed feed, so letters are counted by script, and a Latin text
is English when its function words say so (the word list is data).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

import yaml

from marsad.errors import ResourceError

__all__ = ["detect_language", "english_words"]

_SAMPLE = 1500  # enough letters for a stable ratio
_MIN_LETTERS = 20
# Runs, not single letters: counting run lengths makes one match per word.
_ARABIC = re.compile(
    r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u06f0-\u06f9\ufb50-\ufdff\ufe70-\ufefc]+"
)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_ARABIC_SHARE = 0.5
_ENGLISH_SHARE = 0.12


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The English function words of resources/clean/language.yaml."""
    path = files("marsad").joinpath("resources").joinpath("clean").joinpath("language.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        words = data["english_function_words"]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise ResourceError(f"cannot load language.yaml ({exc})") from None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ResourceError("language.yaml: english_function_words must be a list of strings")
    return frozenset(w.lower() for w in words)


def detect_language(text: str) -> str:
    """'ar', 'en' or 'und' for `text` (its first few thousand characters suffice)."""
    sample = text[:_SAMPLE]
    arabic = sum(map(len, _ARABIC.findall(sample)))
    latin = sum(map(len, _LATIN.findall(sample)))
    if arabic + latin < _MIN_LETTERS:
        return "und"
    if arabic / (arabic + latin) >= _ARABIC_SHARE:
        return "ar"
    words = [w.strip(".,;:!?\"'()").lower() for w in sample.split()]
    words = [w for w in words if w]
    common = english_words()
    if words and sum(1 for w in words if w in common) / len(words) >= _ENGLISH_SHARE:
        return "en"
    return "und"
