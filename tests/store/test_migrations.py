"""Opening a database: created, migrated once, WAL, foreign keys, clear errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from marsad.errors import StoreError
from marsad.store import SQLiteStore, open_store
from marsad.store.migrations import load_migrations, split_statements


def test_fresh_database_gets_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    store = open_store(str(path))
    assert isinstance(store, SQLiteStore)
    assert store.schema_version == len(load_migrations()) >= 3
    store.close()
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "articles",
        "article_revisions",
        "articles_fts",
        "duplicates",
        "minhash_signatures",
        "extractions",
        "entities",
        "events",
        "event_participants",
        "schema_version",
    } <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_version ORDER BY 1")]
    assert versions == list(range(1, len(load_migrations()) + 1))


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = str(tmp_path / "m.db")
    open_store(path).close()
    store = open_store(path)
    assert isinstance(store, SQLiteStore)
    count = store._conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0]
    assert count == len(load_migrations())
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_older_database_is_upgraded(tmp_path: Path) -> None:
    """A file made by an earlier marsad (only migration 1) gains the later tables."""
    path = tmp_path / "old.db"
    first = load_migrations()[0]
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"
    )
    for statement in split_statements(first.sql, sqlite3.complete_statement):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1, ?, 'then')", (first.name,))
    conn.commit()
    conn.close()
    store = open_store(str(path))
    assert isinstance(store, SQLiteStore)
    assert store.schema_version == len(load_migrations())
    store.close()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "new.db")
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (999, 'future', 'later')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite, just some text\n" * 200)
    with pytest.raises(StoreError, match=r"notes\.db"):
        open_store(str(path))


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="directory does not exist"):
        open_store(str(tmp_path / "nowhere" / "x.db"))


def test_unreachable_postgres_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://marsad@127.0.0.1:1/marsad?connect_timeout=2")


def test_split_statements_keeps_triggers_whole() -> None:
    sql = (
        "-- a comment\nCREATE TABLE t (x);\n"
        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
    )
    statements = split_statements(sql, sqlite3.complete_statement)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")
