"""Arabic normalisation for matching, with a map back to the original text.

The original text is never changed: `normalise_with_map` returns the matching
form and, for every character of it, the index of the original character it came
from, so a match found in normalised text maps back to an exact original span.
One normaliser serves text, lexicons, gazetteers and gold names alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
_DIACRITICS = (
    {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"} | {chr(c) for c in range(0x06D6, 0x06EE)}
)
_DROP = _DIACRITICS | {
    "\u0640",  # tatweel
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",  # zero-width, LRM/RLM
    "\u061c",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",  # bidi controls
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\ufeff",
}
_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ی": "ي",
    "ې": "ي",
    "ة": "ه",
    "ۀ": "ه",
    "ہ": "ه",
    "ھ": "ه",
    "ؤ": "و",
    "ک": "ك",
    "گ": "ك",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "٫": ".",
    "٬": ",",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "″": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "′": "'",
    "–": "-",
    "—": "-",
    "‒": "-",
    "―": "-",
    "−": "-",
    "ـ": "",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Persian digits

__all__ = ["fold_char", "last_letter", "normalise", "normalise_with_map", "to_original"]


def last_letter(word: str) -> str:
    """The last character of `word` as written that matching keeps (diacritics,
    tatweel and invisible marks skipped): ة and ه, which normalise alike, differ here."""
    return next((ch for ch in reversed(word) if ch not in _DROP), "")


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


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """What changes under normalisation, found once from `fold_char` itself.

    Returns the folded form of every character that changes, a pattern finding
    such characters, and a pattern finding those whose form is not exactly one
    character long. Built on first use (not at import), and derived from
    `fold_char`, so the fast paths and the per-character path cannot disagree.
    """
    folded: dict[str, str] = {}
    for block in _TABLE_RANGES:
        for code in block:
            if 0xD800 <= code <= 0xDFFF:
                continue
            ch = chr(code)
            form = fold_char(ch)
            if form != ch:
                folded[ch] = form
    changing = re.compile(_char_class(folded))
    uneven = re.compile(_char_class([c for c, f in folded.items() if len(f) != 1]))
    return folded, changing, uneven


def _char_class(chars: Iterable[str]) -> str:
    """A compact regex character class (ranges of consecutive code points)."""
    codes = sorted(ord(c) for c in chars)
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "[" + "".join(parts) + "]"


_TABLE_RANGES = (range(0x0000, 0x10000), range(0x1D400, 0x1D800))


# The folds frequent in Arabic news, applied with str.replace (one fast pass
# each); every other character that changes goes through one regex pass.
_FREQUENT = "أإآةىئؤـ\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u200f\u200e،؛؟«»"


def _fold(text: str) -> str:
    folded, rare, _ = _tables()
    for ch in _FREQUENT:
        if ch in text:
            text = text.replace(ch, folded[ch])
    return rare.sub(lambda m: folded[m.group()], text)


def normalise(text: str) -> str:
    """The matching form of `text`: idempotent, never used for display."""
    return _fold(text)


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise and return, for each output character, its original index.

    The returned list has one extra final entry, `len(text)`, so that an end
    offset in normalised text maps back as `mapping[end]` (see `to_original`).
    """
    folded, _, uneven = _tables()
    parts: list[str] = []
    mapping: list[int] = []
    pos = 0
    # Between characters whose form is not one character long, the map is the
    # identity: only those few characters are handled one by one.
    for match in uneven.finditer(text):
        start = match.start()
        if start > pos:
            parts.append(_fold(text[pos:start]))
            mapping.extend(range(pos, start))
        form = folded[match.group()]
        parts.append(form)
        mapping.extend([start] * len(form))
        pos = match.end()
    if pos < len(text):
        parts.append(_fold(text[pos:]))
        mapping.extend(range(pos, len(text)))
    mapping.append(len(text))
    return "".join(parts), mapping


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
