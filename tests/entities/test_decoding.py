"""The compiled decoder against an exhaustive search over every label path."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.entities.decoding import decode


def _best_path(emit: np.ndarray, trans: np.ndarray) -> list[int]:
    n = trans.shape[0]

    def score(path: tuple[int, ...]) -> float:
        total = sum(emit[i, label] for i, label in enumerate(path))
        return total + sum(trans[a, b] for a, b in itertools.pairwise(path))

    return list(max(itertools.product(range(n), repeat=len(emit)), key=score))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=1, max_size=3), st.integers(0, 2**32 - 1))
def test_decode_finds_the_best_path_of_each_sentence(lengths: list[int], seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, gap, words = 3, 4, sum(lengths) + 1
    own = rng.normal(size=(words, n))
    own[0] = 0  # padding
    ctx = np.zeros((words, 4, n))  # no context weights: emission is the word's own row
    title = np.zeros(words, dtype=bool)
    const = np.zeros((5, n))
    trans = rng.normal(size=(n, n))
    ids: list[int] = [0] * gap
    firsts: list[int] = []
    word = 1
    for length in lengths:
        firsts.append(len(ids))
        ids += range(word, word + length)
        word += length
        ids += [0] * gap
    labels = decode(
        np.array(ids), np.array(firsts), np.array(lengths), own, ctx, title, const, trans, gap
    ).tolist()
    expected: list[int] = []
    for first, length in zip(firsts, lengths, strict=True):
        expected += _best_path(own[ids[first : first + length]], trans)
    assert labels == expected


def test_context_rows_reach_two_words_either_side() -> None:
    n, gap = 2, 4
    own = np.zeros((4, n))
    ctx = np.zeros((4, 4, n))
    ctx[1, 0, 1] = 5.0  # word 1 pushes the word two after it towards label 1
    ctx[3, 3, 1] = 5.0  # and word 3 the word two before it
    ids = np.array([0] * gap + [1, 2, 3] + [0] * gap)
    labels = decode(
        ids,
        np.array([gap]),
        np.array([3]),
        own,
        ctx,
        np.zeros(4, dtype=bool),
        np.zeros((5, n)),
        np.zeros((n, n)),
        gap,
    )
    assert labels.tolist() == [1, 0, 1]


def test_without_a_writable_cache_the_loops_still_compile(monkeypatch) -> None:
    from numba.core import caching

    from marsad.entities.decoding import compiled

    monkeypatch.setattr(caching.CacheImpl, "_locator_classes", [])  # nowhere to cache

    def add(a: int, b: int) -> int:
        return a + b

    assert compiled(add)(2, 3) == 5
