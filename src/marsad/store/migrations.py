"""Numbered SQL migrations: the schema is created and upgraded only by these.

Files are `migrations/NNNN_name.sql` for SQLite and `migrations/pg_NNNN_name.sql`
for PostgreSQL, applied in order, each recorded in the `schema_version` table. A
later stage adds a table by adding the next file; existing databases pick it up
the next time they are opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from marsad.errors import StoreError

__all__ = ["Migration", "load_migrations", "split_statements"]

_NAME = re.compile(r"^(pg_)?(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(dialect: str = "sqlite") -> list[Migration]:
    """The bundled migrations of one dialect (sqlite | postgres), checked to be
    numbered 1, 2, 3 … without gaps."""
    want = "pg_" if dialect == "postgres" else None
    found = []
    for entry in resources.files("marsad.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match and match[1] == want:
            found.append(Migration(int(match[2]), match[3], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise StoreError(f"migrations are not numbered 1..N: missing {expected:04d}")
    return found


def split_statements(sql: str, is_complete: object) -> list[str]:
    """Split a script into statements, using the driver's `complete_statement`
    test so that semicolons inside triggers and strings are respected."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if is_complete(buffer):  # type: ignore[operator]
            if buffer.strip() and not _only_comments(buffer):
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not _only_comments(buffer):
        statements.append(buffer.strip())
    return statements


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())
