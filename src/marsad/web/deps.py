"""Per-request access to the store: one read connection per request.

SQLite connections belong to the thread that opened them and FastAPI runs
handlers in a thread pool, so each request opens the store and closes it;
opening an up-to-date file is a single query.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from fastapi import Request

from marsad.store import open_store
from marsad.store.queries import connection_of

__all__ = ["db"]


def db(request: Request) -> Iterator[sqlite3.Connection]:
    """The request's connection to the app's database."""
    store = open_store(request.app.state.db_path)
    try:
        yield connection_of(store)
    finally:
        store.close()
