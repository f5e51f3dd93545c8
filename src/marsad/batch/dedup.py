"""Duplicate detection at ingest, against everything already in the store.

Signatures live in the store, written in the batch's transaction. Their LSH
band keys are derived from them and held in memory (`BandIndex`): loaded once
at start, then caught up at the start of every batch with the articles other
writers stored meanwhile. Within a batch, the batch's own new articles are
candidates too; they join the index only when the batch commits, so a
rolled-back batch leaves no trace. When the settings that shape signatures
change, stored articles are re-signed once, on the next run.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

from marsad.clean.duplicates import (
    BandIndex,
    Banding,
    DuplicateMatch,
    MinHasher,
    Signature,
    best_match,
)
from marsad.settings import Settings
from marsad.store.base import Store

__all__ = ["DuplicateTracker"]

_LOAD_CHUNK = 5000  # signatures turned into band keys at once while loading


class DuplicateTracker:
    """Finds and records exact and near duplicates of articles as they are stored.

    Use `check` inside `batch()`, which wraps the store transaction the articles
    are written in.
    """

    def __init__(self, store: Store, settings: Settings) -> None:
        self._store = store
        self._threshold = settings.near_duplicate_threshold
        self._hasher = MinHasher(settings)
        self._banding = Banding(settings)
        self._index = BandIndex()
        self._loaded_pk = 0  # articles up to this pk are in the index
        self._pending: dict[int, list[str]] = {}  # band key -> ids, this batch
        self._pending_rows: list[tuple[str, np.ndarray]] = []
        self._sign_missing()

    def _sign_missing(self) -> None:
        """Sign articles stored without a signature made with the current settings."""
        missing = list(self._store.iter_unsigned(self._hasher.params))
        if not missing:
            return
        with self._store.transaction():
            for article_id, text in missing:
                self._keep(article_id, self._hasher.signature(text))

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One store transaction; on commit its new articles join the index."""
        try:
            with self._store.transaction():
                self._catch_up()
                yield
                last_pk = self._store.last_article_pk()
        except BaseException:
            self._pending.clear()
            self._pending_rows.clear()
            raise
        if self._pending_rows:
            ids = [article_id for article_id, _ in self._pending_rows]
            self._index.add(ids, np.vstack([keys for _, keys in self._pending_rows]))
        self._pending.clear()
        self._pending_rows.clear()
        self._loaded_pk = last_pk

    def _catch_up(self) -> None:
        """Index the signed articles stored since the index was last brought up to date
        (all of them at the first batch; later, those of other writers)."""
        rows = self._store.signatures_after(self._hasher.params, self._loaded_pk)
        ids: list[str] = []
        sigs: list[Signature] = []
        for pk, article_id, data in rows:
            sig = self._hasher.from_bytes(data)
            if sig is not None:
                ids.append(article_id)
                sigs.append(sig)
            self._loaded_pk = max(self._loaded_pk, pk)
            if len(ids) == _LOAD_CHUNK:
                self._index.add(ids, self._banding.keys_of(np.vstack(sigs)))
                ids, sigs = [], []
        if ids:
            self._index.add(ids, self._banding.keys_of(np.vstack(sigs)))

    def _keep(self, article_id: str, sig: Signature | None) -> None:
        """Store the signature (empty: too short to have one)."""
        data = b"" if sig is None else self._hasher.to_bytes(sig)
        self._store.save_signature(article_id, self._hasher.params, data)

    def _near(self, article_id: str, sig: Signature, keys: np.ndarray) -> DuplicateMatch | None:
        """The best near duplicate among the articles sharing a band key with `sig`."""
        candidates = self._index.candidates(keys)
        for key in keys.tolist():
            candidates.update(self._pending.get(key, ()))
        candidates.discard(article_id)
        if not candidates:
            return None
        stored = self._store.get_signatures(sorted(candidates), self._hasher.params)
        sigs = {key: self._hasher.from_bytes(data) for key, data in stored.items()}
        return best_match(sig, {k: v for k, v in sigs.items() if v is not None}, self._threshold)

    def check(
        self, article_id: str, text: str, content_hash: str, *, normalised: str | None = None
    ) -> DuplicateMatch | None:
        """Record whether a new or updated article copies an earlier one, and index it."""
        self._store.clear_duplicate(article_id)
        match: DuplicateMatch | None = None
        same = self._store.find_same_content(content_hash, article_id)
        if same is not None:
            match = DuplicateMatch(same, "exact", 1.0)
        sig = self._hasher.signature(text, normalised=normalised)
        keys = None
        if sig is not None:
            keys = self._banding.keys(sig)
            if match is None:
                match = self._near(article_id, sig, keys)
        if match is not None:
            self._store.record_duplicate(article_id, match.article_id, match.kind, match.similarity)
        self._keep(article_id, sig)
        if keys is not None:  # last: an error above leaves the index untouched
            self._pending_rows.append((article_id, keys))
            for key in keys.tolist():
                self._pending.setdefault(key, []).append(article_id)
        return match
