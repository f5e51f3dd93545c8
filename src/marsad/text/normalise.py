"""Arabic normalisation for matching, with a map back to the original text.

The original text is never changed: `normalise_with_map` returns the matching
form and, for every character of it, the index of the original character it came
from, so a match found in normalised text maps back to an exact original span.
One normaliser serves text, lexicons, gazetteers and gold names alike.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
_DIACRITICS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"} | {
    chr(c) for c in range(0x06D6, 0x06EE)
}
_DROP = _DIACRITICS | {
    "\u0640",  # tatweel
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",  # zero-width, LRM/RLM
    "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # bidi controls
    "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff",
}
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ؤ": "و",
    "ک": "ك", "گ": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "′": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "ـ": "",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian digits

__all__ = ["fold_char", "normalise", "normalise_with_map", "to_original"]


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """The matching form of one character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    if ch.isascii():
        return ch.lower()
    # Presentation forms and compatibility characters (ﻻ, ﺍ, full-width) first.
    decomposed = unicodedata.normalize("NFKC", ch)
    if decomposed != ch:
        return "".join(fold_char(c) for c in decomposed)
    return ch.lower()


def normalise(text: str) -> str:
    """The matching form of `text`: idempotent, never used for display."""
    return "".join(fold_char(c) for c in text)


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise and return, for each output character, its original index.

    The returned list has one extra final entry, `len(text)`, so that an end
    offset in normalised text maps back as `mapping[end]` (see `to_original`).
    """
    out: list[str] = []
    mapping: list[int] = []
    for i, ch in enumerate(text):
        folded = fold_char(ch)
        if folded:
            out.append(folded)
            mapping.extend([i] * len(folded))
    mapping.append(len(text))
    return "".join(out), mapping


def to_original(mapping: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a [start, end) span of normalised text back to the original text.

    The end maps to just past the original character that produced the last
    normalised character, so a dropped diacritic after it is excluded only when
    it falls outside; trailing dropped characters are not pulled in.
    """
    if end <= start:
        pos = mapping[start]
        return pos, pos
    return mapping[start], mapping[end - 1] + 1
