"""Persistent storage: articles, revisions, duplicates and extraction output.

`open_store` picks the implementation from the location: a file path (SQLite,
the default) or a PostgreSQL URL. Everything else talks to the `Store` protocol.
"""

from __future__ import annotations

from marsad.store.base import (
    ArticleQuery,
    DuplicateInfo,
    PutResult,
    Revision,
    Store,
    StoredArticle,
    StoreStats,
)
from marsad.store.sqlite import SQLiteStore

__all__ = [
    "ArticleQuery",
    "DuplicateInfo",
    "PutResult",
    "Revision",
    "SQLiteStore",
    "Store",
    "StoreStats",
    "StoredArticle",
    "open_store",
]


def open_store(location: str) -> Store:
    """Open (creating and migrating as needed) the store at a path or URL."""
    if location.startswith(("postgres://", "postgresql://")):
        from marsad.store.postgres import PostgresStore

        return PostgresStore(location)
    if location.startswith("sqlite:///"):
        location = location.removeprefix("sqlite:///")
    return SQLiteStore(location)
