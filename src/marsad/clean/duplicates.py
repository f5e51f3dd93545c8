"""Near-duplicate detection: MinHash signatures and an LSH index over them.

Outlets reprint agency copy with light edits (a changed headline, a dropped
paragraph, a byline), so exact hashing misses most syndicated copies. Each
article's normalised text is cut into word shingles, summarised as a MinHash
signature, and cut into LSH bands (`Banding`); articles sharing a band key are
candidates (`BandIndex`), confirmed by their estimated Jaccard similarity.
Signatures are plain bytes the store keeps, so later batches compare with earlier
ones; band keys are derived from them. Exact duplicates (same content hash) are
found by the store itself.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from marsad.settings import Settings
from marsad.text.normalise import normalise

__all__ = [
    "BandIndex",
    "Banding",
    "DuplicateMatch",
    "MinHasher",
    "Signature",
    "best_match",
    "similarity",
]

Signature = np.ndarray  # uint32 hash values, one per permutation

_WORD = re.compile(r"\w+")
_SCHEME = "affine32"
_SEED = 1
_DTYPE = np.dtype("<u4")
_LSH_MARGIN = 0.2


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """The earlier article a new one duplicates, and how."""

    article_id: str
    kind: str  # exact | near
    similarity: float


class MinHasher:
    """Turns text into a MinHash signature (or None when it is too short).

    Shingles are hashed numerically: each word once with CRC-32 (stable across
    runs, unlike `hash`), then the n word hashes of a shingle are combined with
    odd multipliers. This is several times faster than hashing shingle strings
    and keeps signatures reproducible, so stored ones stay comparable.
    """

    def __init__(self, settings: Settings) -> None:
        self.num_perm = settings.minhash_permutations
        self.shingle_size = settings.shingle_size
        self.min_shingles = settings.min_shingles
        self._permutations = MinHash(
            num_perm=self.num_perm, seed=_SEED, scheme=_SCHEME
        ).permutations
        rng = np.random.default_rng(_SEED)
        self._multipliers = rng.integers(0, 1 << 31, self.shingle_size, dtype=np.uint64) * 2 + 1

    @property
    def params(self) -> str:
        """Identifies everything a stored signature depends on."""
        return f"{_SCHEME}/perm={self.num_perm}/seed={_SEED}/words={self.shingle_size}/crc32-v1"

    def shingle_hashes(self, normalised: str) -> np.ndarray:
        """Distinct 32-bit hashes of the word n-grams of already normalised text."""
        words = _WORD.findall(normalised)
        # map() keeps the per-word loop in C: a third of the cost of a generator.
        hashes = np.fromiter(
            map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words)
        )
        n = min(self.shingle_size, len(hashes))
        if n == 0:
            return hashes
        count = len(hashes) - n + 1
        combined = np.zeros(count, dtype=np.uint64)
        for offset in range(n):
            combined += hashes[offset : offset + count] * self._multipliers[offset]
        return np.unique(combined & np.uint64(0xFFFFFFFF))

    def signature(self, text: str, *, normalised: str | None = None) -> Signature | None:
        """The MinHash of `text` (pass `normalised` if already computed), or None
        below `min_shingles` distinct shingles."""
        hashes = self.shingle_hashes(normalise(text) if normalised is None else normalised)
        if len(hashes) < self.min_shingles:
            return None
        return _affine32_minhash(hashes, self._permutations)

    def to_bytes(self, sig: Signature) -> bytes:
        return sig.astype(_DTYPE, copy=False).tobytes()

    def from_bytes(self, data: bytes) -> Signature | None:
        """A stored signature, or None when it was made with other parameters."""
        sig = np.frombuffer(data, dtype=_DTYPE)
        return sig if len(sig) == self.num_perm else None


# MurmurHash3's 32-bit finalizer: shifts and multipliers.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))


def _affine32_minhash(hashes: np.ndarray, permutations: np.ndarray) -> Signature:
    """What datasketch's `MinHash(scheme="affine32").update_batch` computes, in numpy
    without its per-value Python loop: each 32-bit hash is mixed with the MurmurHash3
    finalizer, permuted by a·h + b (mod 2^32) and the minimum kept per permutation,
    so stored signatures stay those datasketch makes, bit for bit."""
    s1, m1, s2, m2 = _FMIX32
    hv = hashes.astype(np.uint32)
    hv ^= hv >> s1
    hv *= m1
    hv ^= hv >> s2
    hv *= m2
    hv ^= hv >> s1
    a, b = permutations
    return (hv[:, None] * a + b).min(axis=0).astype(_DTYPE, copy=False)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


class Banding:
    """LSH banding of signatures: articles sharing any band key are candidates.

    The number of bands and rows per band come from datasketch's MinHashLSH
    tuning for a threshold set `_LSH_MARGIN` below the real one: bands tuned to
    the threshold itself miss about one pair in ten just above it (measured on
    a SaudiNewsNet day: 447 of 490 pairs at 0.5, all 490 at 0.3, with 1.5
    candidates checked per pair). Candidates are then confirmed against the
    real threshold with `similarity`.
    """

    def __init__(self, settings: Settings) -> None:
        lsh_threshold = min(max(settings.near_duplicate_threshold - _LSH_MARGIN, 0.05), 0.9)
        tuned = MinHashLSH(threshold=lsh_threshold, num_perm=settings.minhash_permutations)
        self.bands, self.rows = tuned.b, tuned.r
        rng = np.random.default_rng(_SEED + 1)
        self._multipliers = rng.integers(1, 1 << 62, self.rows, dtype=np.uint64) * 2 + 1
        self._offsets = rng.integers(0, 1 << 62, self.bands, dtype=np.uint64)

    @property
    def params(self) -> str:
        """Identifies the banding stored keys were made with."""
        return f"bands={self.bands}/rows={self.rows}/v1"

    def keys(self, sig: Signature) -> np.ndarray:
        """One 64-bit key per band (int64)."""
        return self.keys_of(sig[None, :])[0]

    def keys_of(self, sigs: np.ndarray) -> np.ndarray:
        """The band keys of many signatures at once: one row of `bands` int64 keys
        per row of `sigs` (the same keys `keys` gives one by one)."""
        values = sigs[:, : self.bands * self.rows].astype(np.uint64)
        values = values.reshape(len(sigs), self.bands, self.rows)
        mixed = (values * self._multipliers).sum(axis=2, dtype=np.uint64) ^ self._offsets
        mixed = mixed * np.uint64(0x9E3779B97F4A7C15)  # spread the sum over all bits
        return mixed.view(np.int64)


class BandIndex:
    """The band keys of many articles, for finding the ones that share a key.

    Keys are held in one sorted int64 array with a parallel array of row numbers
    (about 12 bytes per key, 450 per article with the default banding): a lookup
    is a binary search per band and adding a batch is one merge. Kept in memory
    because the same index as an SQL table cost a third of the ingest time
    (random B-tree inserts, most pages rewritten at every commit).
    """

    def __init__(self) -> None:
        self._keys = np.empty(0, dtype=np.int64)
        self._rows = np.empty(0, dtype=np.int32)
        self._ids: list[str] = []

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, ids: list[str], keys: np.ndarray) -> None:
        """Index articles `ids`, row i of `keys` being the band keys of ids[i]."""
        if not ids:
            return
        first = len(self._ids)
        self._ids.extend(ids)
        rows = np.repeat(np.arange(first, len(self._ids), dtype=np.int32), keys.shape[1])
        flat = keys.reshape(-1)
        order = np.argsort(flat, kind="stable")
        flat, rows = flat[order], rows[order]
        at = np.searchsorted(self._keys, flat, side="right")
        self._keys = np.insert(self._keys, at, flat)
        self._rows = np.insert(self._rows, at, rows)

    def candidates(self, keys: np.ndarray) -> set[str]:
        """Ids of the indexed articles sharing at least one of `keys`."""
        lo = np.searchsorted(self._keys, keys, side="left").tolist()
        hi = np.searchsorted(self._keys, keys, side="right").tolist()
        hits = [self._rows[a:b] for a, b in zip(lo, hi, strict=True) if b > a]
        if not hits:
            return set()
        return {self._ids[row] for row in np.unique(np.concatenate(hits)).tolist()}


def best_match(
    sig: Signature, candidates: dict[str, Signature], threshold: float
) -> DuplicateMatch | None:
    """The most similar candidate at or above `threshold` (ties: smallest id)."""
    scored = [(similarity(sig, other), key) for key, other in candidates.items()]
    scored = [(score, key) for score, key in scored if score >= threshold]
    if not scored:
        return None
    score, key = min(scored, key=lambda sk: (-sk[0], sk[1]))
    return DuplicateMatch(key, "near", score)
