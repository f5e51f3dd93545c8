"""Compiled CRF decoding: an article's emission scores and Viterbi paths.

The tagger's arithmetic is tiny (nine labels), so with numpy the cost was the
per-call overhead of thousands of small steps an article. numba compiles these
loops to machine code once (cached on disk, `cache=True`), from a binary wheel:
no compiler is needed at install. The order of every floating-point addition is
the one of the numpy formulation it replaced and of CRFsuite, so paths are
identical (`CrfRecogniser.tag_reference` checks them against pycrfsuite).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from numba import njit

__all__ = ["accumulate_rows", "decode"]


def compiled(func: Callable[..., Any]) -> Any:
    """`func` compiled by numba, its machine code cached on disk where numba finds a
    writable place (beside the module, or the user's cache folder). Where it finds
    none (a read-only install and home), numba refuses to cache: compile afresh at
    each start instead (about 3 s)."""
    try:
        return njit(cache=True, nogil=True)(func)
    except RuntimeError:
        return njit(nogil=True)(func)


@compiled
def _emission(
    ids: np.ndarray,
    firsts: np.ndarray,
    lengths: np.ndarray,
    own: np.ndarray,
    ctx: np.ndarray,
    title: np.ndarray,
    const: np.ndarray,
    gap: int,
) -> np.ndarray:  # pragma: no cover - compiled
    """State scores of the padded line of sentences (padding id 0: zero rows).

    const rows: tPw, -2:BOS, BOS, EOS, +2:EOS."""
    size, n = ids.shape[0], own.shape[1]
    emit = np.empty((size, n))
    for p in range(size):
        for j in range(n):
            emit[p, j] = own[ids[p], j]
    for p in range(2, size):
        for j in range(n):
            emit[p, j] += ctx[ids[p - 2], 0, j]
    for p in range(1, size):
        for j in range(n):
            emit[p, j] += ctx[ids[p - 1], 1, j]
    for p in range(size - 1):
        for j in range(n):
            emit[p, j] += ctx[ids[p + 1], 2, j]
    for p in range(size - 2):
        for j in range(n):
            emit[p, j] += ctx[ids[p + 2], 3, j]
    for k in range(firsts.shape[0]):  # sentence edges, in the numpy order
        for j in range(n):
            emit[firsts[k], j] += const[1, j] + const[2, j]
    for k in range(firsts.shape[0]):
        if lengths[k] > 1:
            for j in range(n):
                emit[firsts[k] + 1, j] += const[1, j]
    for k in range(firsts.shape[0]):
        last = firsts[k] + lengths[k] - 1
        for j in range(n):
            emit[last, j] += const[3, j] + const[4, j]
    for k in range(firsts.shape[0]):
        if lengths[k] > 1:
            last = firsts[k] + lengths[k] - 1
            for j in range(n):
                emit[last - 1, j] += const[4, j]
    for p in range(1, size):  # a title up to `gap` words back
        near = False
        for back in range(1, gap + 1):
            if p - back >= 0 and title[ids[p - back]]:
                near = True
        if near:
            for j in range(n):
                emit[p, j] += const[0, j]
    return emit


@compiled
def _viterbi(
    emit: np.ndarray, firsts: np.ndarray, lengths: np.ndarray, trans: np.ndarray
) -> np.ndarray:  # pragma: no cover - compiled
    """Label of every sentence word, sentences end to end (first-order decoding with
    no start or end transitions; ties go to the lower label, as numpy's argmax)."""
    n = trans.shape[0]
    total, width = 0, 1
    for k in range(lengths.shape[0]):
        total += lengths[k]
        width = max(width, lengths[k])
    out = np.empty(total, dtype=np.int64)
    back = np.empty((width, n), dtype=np.int64)
    score = np.empty(n)
    new = np.empty(n)
    at = 0
    for k in range(lengths.shape[0]):
        first, length = firsts[k], lengths[k]
        for j in range(n):
            score[j] = emit[first, j]
        for i in range(1, length):
            for to in range(n):
                best, arg = score[0] + trans[0, to], 0
                for source in range(1, n):
                    value = score[source] + trans[source, to]
                    if value > best:
                        best, arg = value, source
                back[i, to] = arg
                new[to] = best + emit[first + i, to]
            score[:] = new
        label = 0
        for j in range(1, n):
            if score[j] > score[label]:
                label = j
        out[at + length - 1] = label
        for i in range(length - 1, 0, -1):
            label = back[i, label]
            out[at + i - 1] = label
        at += length
    return out


@compiled
def accumulate_rows(
    weights: np.ndarray,
    rows: np.ndarray,
    bounds: np.ndarray,
    own: np.ndarray,
    ctx: np.ndarray,
    base: int,
) -> None:  # pragma: no cover - compiled
    """Score rows of new words, in place: word k's group g (own, then -2, -1, +1, +2)
    is the sum of weights[rows[bounds[5k + g] : bounds[5k + g + 1]]], added in that
    order (as the numpy reduction it replaced), into own[base + k] or ctx[base + k,
    g - 1]."""
    n = weights.shape[1]
    acc = np.empty(n)
    for seg in range(bounds.shape[0] - 1):
        for j in range(n):
            acc[j] = 0.0
        for r in range(bounds[seg], bounds[seg + 1]):
            for j in range(n):
                acc[j] += weights[rows[r], j]
        word, group = base + seg // 5, seg % 5
        for j in range(n):
            if group == 0:
                own[word, j] = acc[j]
            else:
                ctx[word, group - 1, j] = acc[j]


def decode(
    ids: np.ndarray,
    firsts: np.ndarray,
    lengths: np.ndarray,
    own: np.ndarray,
    ctx: np.ndarray,
    title: np.ndarray,
    const: np.ndarray,
    trans: np.ndarray,
    gap: int,
) -> np.ndarray:
    """Label ids of all sentence words, in order, for a padded line of word ids."""
    emit = _emission(ids, firsts, lengths, own, ctx, title, const, gap)
    return _viterbi(emit, firsts, lengths, trans)
