"""Tunable settings, read once from the environment into an immutable value.

Defaults suit news archives; each can be overridden with a `MARSAD_*` variable so
a deployment can tune duplicate detection or batch size without code changes.
An invalid value raises `ConfigError` naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from marsad.errors import ConfigError

__all__ = ["Settings", "load_settings"]


@dataclass(frozen=True, slots=True)
class Settings:
    """Knobs for ingestion and duplicate detection."""

    # Estimated Jaccard similarity of word shingles above which two articles are
    # near-duplicates (syndicated copies lightly edited by another outlet).
    near_duplicate_threshold: float = 0.5
    # MinHash permutations: more = sharper estimates, more memory (4 bytes each).
    minhash_permutations: int = 128
    # Words per shingle.
    shingle_size: int = 3
    # Articles with fewer shingles are too short to call near-duplicates safely.
    min_shingles: int = 8
    # Items per database transaction during ingest.
    batch_size: int = 500

    def __post_init__(self) -> None:
        if not 0.0 < self.near_duplicate_threshold <= 1.0:
            raise ConfigError(
                f"near_duplicate_threshold must be in (0, 1], got {self.near_duplicate_threshold}"
            )
        if self.minhash_permutations < 16:
            raise ConfigError(
                f"minhash_permutations must be at least 16, got {self.minhash_permutations}"
            )
        for name in ("shingle_size", "min_shingles", "batch_size"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be a positive integer, got {getattr(self, name)}")


_PARSERS: dict[str, Callable[[str], Any]] = {"float": float, "int": int}


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Settings from `MARSAD_<NAME>` variables (e.g. MARSAD_NEAR_DUPLICATE_THRESHOLD)."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    for f in fields(Settings):
        var = f"MARSAD_{f.name.upper()}"
        if var not in env:
            continue
        kind = f.type if isinstance(f.type, str) else f.type.__name__
        try:
            values[f.name] = _PARSERS[kind](env[var])
        except ValueError:
            raise ConfigError(f"{var}: expected a {kind}, got {env[var]!r}") from None
    return Settings(**values)
