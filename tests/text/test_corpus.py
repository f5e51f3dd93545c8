"""Checks over real articles from ../shared (skipped when it is absent)."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

import marsad.text.timex as timex
from marsad.text.sentences import split_sentences
from marsad.text.tokens import tokenise

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def corpus_sample(shared_dir: Path) -> list[tuple[str, datetime]]:
    """The first 100 articles of one SaudiNewsNet day, with their crawl dates."""
    path = shared_dir / "corpus" / "saudinewsnet" / "2015-07-22.zip"
    with zipfile.ZipFile(path) as z:
        items = [a for name in z.namelist() for a in json.loads(z.read(name))][:100]
    return [
        (
            (a.get("title") or "") + "\n" + (a.get("content") or ""),
            datetime.fromisoformat(a["date_extracted"]),
        )
        for a in items
    ]


def test_tokens_and_sentences_on_corpus(corpus_sample: list[tuple[str, datetime]]) -> None:
    for text, _ in corpus_sample:
        tokens = tokenise(text)
        assert all(text[t.start : t.end] == t.text for t in tokens)
        assert [t for s in split_sentences(text) for t in s.tokens] == tokens


def test_anchored_search_finds_what_a_full_scan_finds(
    corpus_sample: list[tuple[str, datetime]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The anchor-word windows are an optimisation only: same output as scanning all."""
    articles = corpus_sample[:60]
    fast = [timex.find_time_expressions(t, p) for t, p in articles]
    monkeypatch.setattr(timex, "_windows", lambda spans, norm: [(0, len(norm))])
    monkeypatch.setattr(
        timex, "_anchor_hits", lambda norm, g: {a: [(0, len(norm))] for a in g.anchor_words}
    )
    full = [timex.find_time_expressions(t, p) for t, p in articles]
    assert fast == full
    assert sum(map(len, fast)) > 60  # the sample does hold time expressions
