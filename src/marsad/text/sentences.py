"""Sentence and clause splitting for Arabic news.

Sentences end at line breaks (so a headline is its own sentence) and after . ! ? ؟
(and runs of them), but not after an abbreviation or an initial (د. / U.S. / ق.م,
data in resources/text/abbreviations.yaml), not at a dot directly followed by a
Latin letter or a digit (URLs, e.g.), not at an ellipsis (... or …; a double dot ".."
does end a sentence, as Gulf papers use it so), and not inside brackets or
quotes (« » " “ ” ( ) [ ]) — a quoted passage that spans full stops stays one
sentence, ending after its closing mark. A line whose quotes or brackets do not
balance is re-read ignoring them, so one stray quote cannot swallow a paragraph.
Decimal numbers (3.5, ٣٫٥) are single tokens, so their dot is never a boundary.
Clauses (`split_clauses`) further split a sentence after ، ؛ , ; outside brackets and
quotes: event arguments and modality are scoped to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter, not_

from marsad.errors import ResourceError
from marsad.records import Sentence, Token
from marsad.text._resources import read_yaml
from marsad.text.clitics import CliticStripper
from marsad.text.normalise import normalise
from marsad.text.tokens import is_number, tokenise

__all__ = ["Abbreviations", "load_abbreviations", "split_clauses", "split_sentences"]

_LINE_RE = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]+")
_IS_WORD = attrgetter("is_word")
_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_QUOTES = frozenset({'"', "“", "”", "„", "″"})
_TERMINALS = frozenset({".", "!", "?", "؟"})
_CLAUSE_SEPARATORS = frozenset({",", ";"})  # normalised ، ؛ , ;


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """Normalised, lower-cased abbreviations without their final dot."""

    no_break: frozenset[str]
    after_number: frozenset[str]


@lru_cache(maxsize=1)
def load_abbreviations() -> Abbreviations:
    """Read abbreviations.yaml (once per process)."""
    data = read_yaml("abbreviations.yaml")
    sets = []
    for key in ("no_break", "after_number"):
        values = data.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ResourceError(f"resources/text/abbreviations.yaml: '{key}' must list strings")
        sets.append(frozenset(normalise(v).lower() for v in values))
    return Abbreviations(*sets)


def _dot_ends_sentence(text: str, tokens: Sequence[Token], i: int, abbr: Abbreviations) -> bool:
    """Whether the single '.' at tokens[i] ends a sentence."""
    dot = tokens[i]
    nxt = text[dot.end : dot.end + 1]
    if nxt.isascii() and nxt.isalnum():
        return False  # spa.gov.sa, U.S, e.g
    if i == 0 or tokens[i - 1].end != dot.start or not tokens[i - 1].is_word:
        return True
    # The attached run before the dot: word (. word)* — try each suffix of it.
    j = i - 1
    forms = [tokens[j].norm.lower()]
    while j >= 2 and tokens[j - 1].text == "." and tokens[j - 2].is_word:
        if tokens[j - 1].start != tokens[j - 2].end or tokens[j].start != tokens[j - 1].end:
            break
        j -= 2
        forms.append(tokens[j].norm.lower() + "." + forms[-1])
    before_number = j > 0 and is_number(tokens[j - 1])
    if before_number and any(f in abbr.after_number for f in forms):
        return True
    if any(f in abbr.no_break for f in forms):
        return False
    return len(tokens[i - 1].norm) != 1  # an initial


def _boundaries(
    tokens: Sequence[Token], is_boundary: Callable[[int], bool], use_groups: bool
) -> list[int]:
    """Indices after which a unit ends, honouring brackets and quotes when asked.

    Only punctuation can end a unit: `is_boundary` is asked about no word."""
    cuts: list[int] = []
    depth = 0
    in_quote = False
    pending = False  # a boundary seen inside a quote or bracket
    previous = -1
    # visit punctuation only (C-level filter): a word between two marks clears `pending`
    for i in compress(range(len(tokens)), map(not_, map(_IS_WORD, tokens))):
        if i > previous + 1:
            pending = False
        previous = i
        ch = tokens[i].text[0]
        if use_groups:
            if ch in _QUOTES:
                in_quote = not in_quote
                if not in_quote and depth == 0 and pending:
                    cuts.append(i)
                    pending = False
                continue
            if ch in _OPENERS:
                depth += 1
                continue
            if ch in _CLOSERS:
                depth = max(depth - 1, 0)
                if depth == 0 and not in_quote and pending:
                    cuts.append(i)
                    pending = False
                continue
        if is_boundary(i):
            if use_groups and (depth or in_quote):
                pending = True
            else:
                cuts.append(i)
                pending = False
    if use_groups and (depth or in_quote):
        return _boundaries(tokens, is_boundary, use_groups=False)
    return cuts


def _group(tokens: Sequence[Token], cuts: list[int]) -> list[Sentence]:
    out: list[Sentence] = []
    begin = 0
    for cut in [*cuts, len(tokens) - 1]:
        if cut >= begin:
            part = tuple(tokens[begin : cut + 1])
            out.append(Sentence(part[0].start, part[-1].end, part))
            begin = cut + 1
    return out


def split_sentences(text: str, *, stripper: CliticStripper | None = None) -> list[Sentence]:
    """Sentences of `text` with their tokens, in order, offsets into `text`."""
    if not isinstance(text, str):
        raise TypeError(f"split_sentences: text must be str, not {type(text).__name__}")
    abbr = load_abbreviations()
    out: list[Sentence] = []
    for line in _LINE_RE.finditer(text):
        tokens = tokenise(text, line.start(), line.end(), stripper=stripper)
        if not tokens:
            continue

        def ends(i: int, tokens: list[Token] = tokens) -> bool:
            tok = tokens[i]
            if tok.text[0] not in _TERMINALS:
                return False
            if tok.text == ".":
                return _dot_ends_sentence(text, tokens, i, abbr)
            # ".." closes sentences in Gulf press; "..." and "…" are ellipses, not ends.
            return tok.text == ".." or not tok.text.startswith("..")

        out.extend(_group(tokens, _boundaries(tokens, ends, use_groups=True)))
    return out


def split_clauses(sentence: Sentence, *, min_words: int = 0) -> list[Sentence]:
    """Clauses of a sentence: cut after ، ؛ , ; outside brackets and quotes.

    Thousands separators are inside number tokens, so 1,000 is never cut. A clause
    with fewer than `min_words` word tokens is joined to the next one, so that a
    fronted adverbial or attribution ("في وقت سابق من الشهر الجاري،", "وفقًا لسانا،")
    stays with the clause it governs.
    """
    tokens = sentence.tokens
    if not tokens:
        return []

    def cuts_after(i: int) -> bool:
        return tokens[i].norm in _CLAUSE_SEPARATORS

    cuts = _boundaries(tokens, cuts_after, use_groups=True)
    if min_words > 0:
        kept: list[int] = []
        begin = 0
        for cut in cuts:
            if sum(t.is_word for t in tokens[begin : cut + 1]) >= min_words:
                kept.append(cut)
                begin = cut + 1
        cuts = kept
    return _group(tokens, cuts)
