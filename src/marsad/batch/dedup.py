"""Duplicate detection at ingest, against everything already in the store.

Signatures and LSH band keys live in the store, inside the batch's transaction,
so nothing is loaded at start and a rolled-back batch leaves no trace. When the
settings change how signatures or bands are made, the stored ones are rebuilt
once, on the next run.
"""

from __future__ import annotations

from marsad.clean.duplicates import Banding, DuplicateMatch, MinHasher, Signature, best_match
from marsad.settings import Settings
from marsad.store.base import Store

__all__ = ["DuplicateTracker"]

_BANDING_KEY = "lsh_params"


class DuplicateTracker:
    """Finds and records exact and near duplicates of articles as they are stored."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self._store = store
        self._threshold = settings.near_duplicate_threshold
        self._hasher = MinHasher(settings)
        self._banding = Banding(settings)
        self._params = f"{self._hasher.params}|{self._banding.params}"
        self._refresh()

    def _refresh(self) -> None:
        """Sign articles stored without a current signature; re-band if banding changed."""
        params = self._hasher.params
        missing = list(self._store.iter_unsigned(params))
        if not missing and self._store.get_meta(_BANDING_KEY) == self._params:
            return
        with self._store.transaction():
            if self._store.get_meta(_BANDING_KEY) != self._params:
                self._store.clear_bands()
                for article_id, data in self._store.iter_signatures(params):
                    sig = self._hasher.from_bytes(data)
                    if sig is not None:
                        self._store.save_bands(article_id, self._banding.keys(sig))
                self._store.set_meta(_BANDING_KEY, self._params)
            for article_id, text in missing:
                self._keep(article_id, self._hasher.signature(text))

    def _keep(self, article_id: str, sig: Signature | None, keys: list[int] | None = None) -> None:
        """Store the signature (empty: too short to have one) and its band keys
        (`keys`, when the caller has them already)."""
        data = b"" if sig is None else self._hasher.to_bytes(sig)
        self._store.save_signature(article_id, self._hasher.params, data)
        if keys is None:
            keys = [] if sig is None else self._banding.keys(sig)
        self._store.save_bands(article_id, keys)

    def _near(self, article_id: str, sig: Signature, keys: list[int]) -> DuplicateMatch | None:
        """The best near duplicate among the articles sharing a band key with `sig`."""
        candidates = self._store.band_candidates(keys, article_id)
        if not candidates:
            return None
        stored = self._store.get_signatures(candidates, self._hasher.params)
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
        keys = [] if sig is None else self._banding.keys(sig)
        if match is None and sig is not None:
            match = self._near(article_id, sig, keys)
        if match is not None:
            self._store.record_duplicate(article_id, match.article_id, match.kind, match.similarity)
        self._keep(article_id, sig, keys)
        return match
