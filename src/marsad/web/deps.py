"""Per-request access to the store: one read connection per request.

SQLite connections belong to the thread that opened them, and FastAPI may run
a dependency and its handler in different pool threads, so a handler opens
the store itself (`with reading(request) as conn`); opening an up-to-date
file costs a single query.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request

from marsad.store import open_store
from marsad.store.queries import connection_of

__all__ = ["reading"]


@contextmanager
def reading(request: Request) -> Iterator[sqlite3.Connection]:
    """The app's database, open for the duration of the block."""
    store = open_store(request.app.state.db_path)
    try:
        yield connection_of(store)
    finally:
        store.close()
