"""Duplicate detection at ingest, kept in step with the store.

Signatures of earlier articles are loaded from the store (and computed for any
article stored without one, e.g. after a settings change), so a new batch is
compared with everything ingested before. Index changes are committed or rolled
back together with the batch's database transaction.
"""

from __future__ import annotations

from marsad.clean.duplicates import DuplicateMatch, MinHasher, NearDuplicateIndex, Signature
from marsad.settings import Settings
from marsad.store.base import Store

__all__ = ["DuplicateTracker"]


class DuplicateTracker:
    """Finds and records exact and near duplicates of articles as they are stored."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self._store = store
        self._hasher = MinHasher(settings)
        self._index = NearDuplicateIndex(settings)
        self._load()

    def _load(self) -> None:
        params = self._hasher.params
        for article_id, data in self._store.iter_signatures(params):
            sig = self._hasher.from_bytes(data)
            if sig is not None:
                self._index.add(article_id, sig)
        missing = list(self._store.iter_unsigned(params))
        if missing:
            with self._store.transaction():
                for article_id, text in missing:
                    self._sign(article_id, text, None)
        self._index.commit()

    def _sign(self, article_id: str, text: str, normalised: str | None) -> None:
        self._keep(article_id, self._hasher.signature(text, normalised=normalised))

    def _keep(self, article_id: str, sig: Signature | None) -> None:
        """Store the signature (empty: too short to have one) and index it."""
        data = b"" if sig is None else self._hasher.to_bytes(sig)
        self._store.save_signature(article_id, self._hasher.params, data)
        if sig is None:
            self._index.remove(article_id)
        else:
            self._index.add(article_id, sig)

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
        if match is None and sig is not None:
            match = self._index.best_match(sig, exclude=article_id)
        if match is not None:
            self._store.record_duplicate(article_id, match.article_id, match.kind, match.similarity)
        self._keep(article_id, sig)
        return match

    def commit(self) -> None:
        self._index.commit()

    def rollback(self) -> None:
        self._index.rollback()
