"""Property tests: offsets, losslessness, idempotence, coverage."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalise import normalise, normalise_with_map, to_original
from marsad.text.sentences import split_clauses, split_sentences
from marsad.text.tokens import tokenise

# Characters news text is made of, plus the troublemakers.
_ALPHABET = (
    "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة"  # letters
    "\u064b\u064c\u064e\u064f\u0650\u0651\u0652\u0640\u0670"  # diacritics, tatweel
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"  # digits
    ".,،؛:!?؟…-/%٫٬\"'«»“”()[]"  # punctuation
    " \n\t\u00a0"  # spaces
    "\u200c\u200d\u200e\u200f\u202b\u202c\ufeff"  # joiners, bidi controls
    "abcXYZﻻﺍ"  # Latin, presentation forms
)
news_text = st.text(alphabet=_ALPHABET, max_size=200)
any_text = st.one_of(news_text, st.text(max_size=120))
_GAP_RE = re.compile(r"[\s\u200b\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]*")


@given(any_text)
@settings(max_examples=300)
def test_token_offsets_slice_the_text(text: str) -> None:
    for tok in tokenise(text):
        assert text[tok.start : tok.end] == tok.text
        assert tok.norm == normalise(tok.text)


@given(any_text)
@settings(max_examples=300)
def test_tokenisation_loses_nothing_but_spacing(text: str) -> None:
    """Tokens and the gaps between them rebuild the text; gaps are only whitespace
    and invisible format characters."""
    pos = 0
    parts = []
    for tok in tokenise(text):
        gap = text[pos : tok.start]
        assert tok.start >= pos and _GAP_RE.fullmatch(gap), (gap, tok)
        parts += [gap, tok.text]
        pos = tok.end
    assert _GAP_RE.fullmatch(text[pos:])
    assert "".join(parts) + text[pos:] == text


@given(any_text)
@settings(max_examples=300)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(any_text)
@settings(max_examples=300)
def test_normalise_map_points_back(text: str) -> None:
    norm, mapping = normalise_with_map(text)
    assert norm == normalise(text)
    assert len(mapping) == len(norm) + 1 and mapping[-1] == len(text)
    assert mapping == sorted(mapping)
    for i, ch in enumerate(norm):
        assert ch in normalise(text[mapping[i]])
    if norm:
        start, end = to_original(mapping, 0, len(norm))
        assert normalise(text[start:end]) == norm


@given(any_text)
@settings(max_examples=300)
def test_sentences_cover_tokens_in_order(text: str) -> None:
    sentences = split_sentences(text)
    flat = [tok for s in sentences for tok in s.tokens]
    assert flat == tokenise(text)
    for s in sentences:
        assert s.tokens and s.start == s.tokens[0].start and s.end == s.tokens[-1].end
    for a, b in pairwise(sentences):
        assert a.end <= b.start


@given(news_text)
@settings(max_examples=200)
def test_clauses_partition_sentences(text: str) -> None:
    for s in split_sentences(text):
        clauses = split_clauses(s)
        assert [t for c in clauses for t in c.tokens] == list(s.tokens)
        assert clauses[0].start == s.start and clauses[-1].end == s.end
