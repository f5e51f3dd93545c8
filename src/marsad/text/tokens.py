"""Tokenisation with offsets into the original text.

One precompiled regex splits text into words, numbers (Western, Arabic-Indic and
Persian digits, with decimal and thousands separators: 2.5, ٣٫٥, 1,000) and single
punctuation marks; runs of dots (...) and of ! ? ؟ stay one token. Hyphens, slashes
and every other symbol are tokens of their own, so سورية-أردنية splits into two words
around a hyphen token. Whitespace and invisible format characters (LRM/RLM, bidi
controls, BOM) between tokens are skipped; ZWNJ/ZWJ and diacritics inside or at the end of
a word stay in it. Every token slices the original text exactly: text[t.start:t.end] == t.text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import accumulate

from marsad.records import Token
from marsad.text.clitics import WORD_CACHE_LIMIT, CliticStripper, default_stripper
from marsad.text.normalise import normalise

__all__ = ["TOKEN_RE", "is_number", "is_punct", "tokenise", "word_before"]

# Arabic diacritics, superscript alef, Quranic marks, tatweel: continue a word.
_MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
# Invisible format characters: separators between tokens, never tokens.
_INVISIBLE = "\u200b\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff"
_LETTER = r"[^\W\d_]"

TOKEN_RE = re.compile(
    rf"""
    (?P<num>\d+(?:[.,\u066b\u066c]\d+)*)                       # 12  2.5  ٣٫٥  1,000
    | (?P<latin>[A-Za-z][A-Za-z0-9]*(?:['\u2019][A-Za-z]+)?)  # G20  F16  don't
    | (?P<word>{_LETTER}+(?:[{_MARKS}\u200c\u200d]+{_LETTER}*)*)  # letter runs, marks between
    | (?P<punct>\.{{2,}}|…+|[!?\u061f]+|[^\s{_INVISIBLE}][{_MARKS}]*)
    """,
    re.VERBOSE,
)
# The same tokens as one group, each with the separators skipped before it, for
# `findall`: token offsets follow from the lengths alone, and no match object is
# built per token.
_SPACED_RE = re.compile(
    rf"([\s{_INVISIBLE}]*)({re.sub(r'[(][?]P<[a-z]+>', '(?:', TOKEN_RE.pattern)})", re.VERBOSE
)


def _tail(surface: str, stripper: CliticStripper) -> tuple[str, str, str, bool]:
    """(surface, norm, stem, is_word) of a token, stored in the stripper's cache."""
    kind = TOKEN_RE.fullmatch(surface)
    group = kind.lastgroup if kind is not None else "punct"
    norm = normalise(surface)
    stem = stripper.stem(norm) if group == "word" else norm
    tails = stripper.token_tails
    if len(tails) >= WORD_CACHE_LIMIT:
        tails.clear()
    tails[surface] = tail = (surface, norm, stem, group != "punct")
    return tail


def tokenise(
    text: str, start: int = 0, end: int | None = None, *, stripper: CliticStripper | None = None
) -> list[Token]:
    """Tokens of text[start:end], offsets into `text` itself.

    `stripper` chooses Token.stem; pass one built with the gazetteer's vocabulary
    (`default_stripper().with_lexicon(words)`) so that clitics before known names are
    stripped too. Numbers count as words (is_word=True); punctuation does not.
    """
    if not isinstance(text, str):
        raise TypeError(f"tokenise: text must be str, not {type(text).__name__}")
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"tokenise: span [{start}, {end}) is outside a text of {len(text)}")
    stripper = stripper or default_stripper()
    known = stripper.token_tails.get
    new = tuple.__new__  # Token(...) without the NamedTuple wrapper: same tuple, cheaper
    found = _SPACED_RE.findall(text, start, end)
    # Only separators can fail to match, and only at the end of the range, so the
    # running sum of lengths is each token's end.
    ends = accumulate([len(skipped) + len(surface) for skipped, surface in found], initial=start)
    next(ends)
    return [
        new(Token, (stop - len(surface), stop) + (known(surface) or _tail(surface, stripper)))
        for stop, (_, surface) in zip(ends, found, strict=True)
    ]


def is_number(token: Token) -> bool:
    """True for a number token (its normal form starts with an ASCII digit)."""
    return token.norm[:1].isdigit() and token.norm[:1].isascii()


def is_punct(token: Token) -> bool:
    """True for punctuation and symbol tokens."""
    return not token.is_word


def word_before(tokens: Sequence[Token], i: int) -> int:
    """Index of the word just before token i (punctuation skipped), or -1."""
    j = i - 1
    while j >= 0 and not tokens[j].is_word:
        j -= 1
    return j
