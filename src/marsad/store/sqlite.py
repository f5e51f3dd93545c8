"""The default store: one SQLite file in WAL mode, schema from numbered migrations.

Writes go through `transaction()`: the batch runner wraps each batch in one, and
every write method nests a savepoint inside it, so an error or Ctrl-C rolls back
whole items and leaves the file consistent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import date, datetime
from pathlib import Path
from typing import Any

from marsad.errors import StoreError
from marsad.output import Extraction
from marsad.records import Article
from marsad.store import rows as shared
from marsad.store.base import (
    ArticleQuery,
    DuplicateInfo,
    PutResult,
    Revision,
    StoredArticle,
    StoreStats,
)
from marsad.store.migrations import load_migrations, split_statements
from marsad.store.rows import (
    entity_rows,
    event_rows,
    participant_rows,
    stats_from,
)
from marsad.store.search import fts_query
from marsad.text.normalise import normalise

__all__ = ["SQLiteStore"]

_ARTICLE_COLUMNS = (
    "id, url, outlet, source, kind, title, author, published, fetched_at, raw, body, text, "
    "language, content_hash, revision, ingested_at, updated_at"
)
_REVISION_COPY = (
    "url, outlet, source, kind, title, author, published, fetched_at, raw, body, text, "
    "language, content_hash, text_hash"
)
_CACHE_KIB = 64 * 1024


def _iso(value: date | datetime) -> str:
    return value.isoformat()


class SQLiteStore:
    """Store backed by SQLite (see the module docstring)."""

    def __init__(self, path: str) -> None:
        self.location = path
        if path != ":memory:" and not Path(path).parent.is_dir():
            raise StoreError(f"{path}: cannot create database: directory does not exist")
        try:
            self._conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            # Ingest writes to several randomly keyed B-trees (LSH bands, FTS, ids):
            # with SQLite's 2 MB default cache they spill dirty pages mid-batch.
            self._conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open database: {exc}") from None
        self._depth = 0
        self._fts_ops: list[tuple[int, str | None]] = []  # see _queue_fts
        self._fts_applied = 0
        try:
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(f"{path}: cannot open database: {exc}") from None

    # -- connection and transactions -------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN … COMMIT at the outside, SAVEPOINTs inside; any exception rolls
        back, and a database error surfaces as StoreError."""
        if self._depth == 0:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(f"{self.location}: cannot write: {exc}") from None
            self._depth = 1
            try:
                yield
                self._flush_fts()
                self._conn.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise StoreError(f"{self.location}: {exc}") from exc
                raise
            finally:
                self._depth = 0
                self._fts_ops.clear()
                self._fts_applied = 0
            return
        name = f"sp{self._depth}"
        self._conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        queued, applied = len(self._fts_ops), self._fts_applied
        try:
            yield
        except BaseException:
            if self._conn.in_transaction:  # SQLite may have rolled back already
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
                # Full-text writes queued here are dropped; those run here are undone.
                del self._fts_ops[queued:]
                self._fts_applied = applied
            raise
        else:
            self._conn.execute(f"RELEASE {name}")
        finally:
            self._depth -= 1

    def _queue_fts(self, pk: int, text: str | None) -> None:
        """Delete (text None) or add the article's full-text row at the next flush.

        FTS5 writes its pending terms to disk at every savepoint, so writing each
        article's row inside its savepoint made one index segment per article
        (then merged): queued and written once per transaction, the index gets
        the same rows for a fraction of the work.
        """
        self._fts_ops.append((pk, text))

    def _flush_fts(self) -> None:
        """Run the queued full-text writes in order (before commit, or a search)."""
        ops = self._fts_ops[self._fts_applied :]
        start = 0
        while start < len(ops):
            end = start
            if ops[start][1] is None:
                self._conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (ops[start][0],))
                end += 1
            else:
                while end < len(ops) and ops[end][1] is not None:
                    end += 1
                self._conn.executemany(
                    "INSERT INTO articles_fts (rowid, text) VALUES (?, ?)", ops[start:end]
                )
            start = end
        self._fts_applied = len(self._fts_ops)

    def _atomic(self) -> AbstractContextManager[None]:
        """A transaction when none is open; inside one, the caller's block (the
        batch runner's per-item savepoint) already makes the write all-or-nothing,
        and a savepoint per call would cost a fifth of the write time."""
        return self.transaction() if self._depth == 0 else nullcontext()

    def _version(self) -> int:
        exists = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        if not exists:
            return 0
        return int(
            self._conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
        )

    def _migrate(self) -> None:
        """Apply pending migrations; readers of an up-to-date file take no write lock."""
        migrations = load_migrations()
        current = self._version()
        if current > len(migrations):
            raise StoreError(
                f"{self.location}: database schema version {current} is newer than this "
                f"marsad knows ({len(migrations)}); upgrade marsad"
            )
        if current == len(migrations):
            return
        with self.transaction():
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            current = self._version()  # another process may have migrated meanwhile
            for migration in migrations[current:]:
                for statement in split_statements(migration.sql, sqlite3.complete_statement):
                    self._conn.execute(statement)
                self._conn.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, shared.now()),
                )

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for read-only query modules (store.queries)."""
        self._flush_fts()
        return self._conn

    @property
    def schema_version(self) -> int:
        return self._version()

    # -- articles ---------------------------------------------------------

    def put_article(self, article: Article, *, normalised: str | None = None) -> PutResult:
        """Insert, add a revision, or do nothing when this content is known.

        `normalised` is `normalise(article.text)` when the caller has it already.
        """
        with self._atomic():
            text_hash = shared.text_hash(article)
            row = self._conn.execute(
                "SELECT pk, text_hash, revision FROM articles WHERE id = ?", (article.id,)
            ).fetchone()
            if row is not None and (
                row["text_hash"] == text_hash
                or self._conn.execute(
                    "SELECT 1 FROM article_revisions WHERE article_id = ? AND text_hash = ?",
                    (article.id, text_hash),
                ).fetchone()
            ):
                return PutResult("unchanged", row["revision"])
            now = shared.now()
            values = shared.article_values(article, now)
            fts_text = normalised if normalised is not None else normalise(article.text)
            if row is None:
                cursor = self._conn.execute(
                    "INSERT INTO articles (id, url, outlet, source, kind, title, author, "
                    "published, published_day, fetched_at, raw, body, text, language, "
                    "content_hash, text_hash, revision, ingested_at, updated_at) VALUES ("
                    ":id, :url, :outlet, :source, :kind, :title, :author, :published, "
                    ":published_day, :fetched_at, :raw, :body, :text, :language, "
                    ":content_hash, :text_hash, 1, :now, :now)",
                    values,
                )
                assert cursor.lastrowid is not None  # an INSERT always sets it
                self._queue_fts(cursor.lastrowid, fts_text)
                return PutResult("new", 1)
            self._conn.execute(
                f"INSERT INTO article_revisions (article_id, revision, {_REVISION_COPY}, "
                f"stored_at, superseded_at) SELECT id, revision, {_REVISION_COPY}, updated_at, ? "
                "FROM articles WHERE id = ?",
                (now, article.id),
            )
            self._conn.execute(
                "UPDATE articles SET url = :url, outlet = :outlet, source = :source, "
                "kind = :kind, title = :title, author = :author, published = :published, "
                "published_day = :published_day, fetched_at = :fetched_at, raw = :raw, "
                "body = :body, text = :text, language = :language, "
                "content_hash = :content_hash, text_hash = :text_hash, revision = revision + 1, "
                "updated_at = :now "
                "WHERE id = :id",
                values,
            )
            self._queue_fts(row["pk"], None)
            self._queue_fts(row["pk"], fts_text)
            return PutResult("updated", row["revision"] + 1)

    def _stored(self, row: sqlite3.Row) -> StoredArticle:
        return StoredArticle(**{key: row[key] for key in StoredArticle.__slots__})

    def get_article(self, id_or_prefix: str) -> StoredArticle:
        """By id, or by a prefix that names exactly one article."""
        key = id_or_prefix.strip()
        row = self._conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (key,)
        ).fetchone()
        if row is not None:
            return self._stored(row)
        if not key or any(ch in key for ch in "*?["):
            raise StoreError(f"no article with id {id_or_prefix!r}")
        rows = self._conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id GLOB ? ORDER BY id LIMIT 6",
            (key + "*",),
        ).fetchall()
        if not rows:
            raise StoreError(f"no article with id {id_or_prefix!r}")
        if len(rows) > 1:
            shown = ", ".join(r["id"][: len(key) + 6] for r in rows[:5])
            raise StoreError(f"id prefix {id_or_prefix!r} is ambiguous: {shown}…")
        return self._stored(rows[0])

    def find_articles(self, query: ArticleQuery) -> list[StoredArticle]:
        """Filtered list: best FTS matches first when searching, newest first otherwise."""
        where: list[str] = []
        params: list[Any] = []
        if query.outlet:
            where.append("a.outlet = ?")
            params.append(query.outlet)
        if query.since:
            where.append("a.published >= ?")
            params.append(_iso(query.since))
        if query.until:
            if isinstance(query.until, datetime):
                where.append("a.published <= ?")
            else:
                where.append("a.published_day <= ?")
            params.append(_iso(query.until))
        if query.search:
            self._flush_fts()
            sql = (
                f"SELECT {', '.join('a.' + c.strip() for c in _ARTICLE_COLUMNS.split(','))} "
                "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
                "WHERE articles_fts MATCH ?"
            )
            params.insert(0, fts_query(query.search))
            order = "ORDER BY articles_fts.rank, a.pk"
        else:
            sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE 1"
            order = "ORDER BY a.published DESC NULLS LAST, a.pk DESC"
        for clause in where:
            sql += f" AND {clause}"
        sql += f" {order} LIMIT ?"
        params.append(query.limit)
        try:
            rows = self._conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"search failed: {exc}") from None
        return [self._stored(row) for row in rows]

    def iter_articles(self) -> Iterator[StoredArticle]:
        """Every article in insertion order."""
        cursor = self._conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY pk")
        for row in cursor:
            yield self._stored(row)

    def revisions(self, article_id: str) -> list[Revision]:
        """Superseded revisions, oldest first."""
        rows = self._conn.execute(
            "SELECT revision, title, text, content_hash, stored_at, superseded_at "
            "FROM article_revisions WHERE article_id = ? ORDER BY revision",
            (article_id,),
        ).fetchall()
        return [Revision(**dict(row)) for row in rows]

    # -- duplicates -------------------------------------------------------

    def find_same_content(self, content_hash: str, exclude_id: str) -> str | None:
        row = self._conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND id != ? ORDER BY pk LIMIT 1",
            (content_hash, exclude_id),
        ).fetchone()
        return row["id"] if row else None

    def record_duplicate(
        self, article_id: str, duplicate_of: str, kind: str, similarity: float
    ) -> None:
        """Put `article_id` in the cluster of `duplicate_of` (merging its own cluster)."""
        with self._atomic():
            row = self._conn.execute(
                "SELECT cluster_id FROM duplicates WHERE article_id = ?", (duplicate_of,)
            ).fetchone()
            cluster_id = row["cluster_id"] if row else duplicate_of
            if cluster_id == article_id:  # already the first of that cluster
                return
            self._conn.execute(
                "INSERT INTO duplicates (article_id, duplicate_of, cluster_id, kind, similarity, "
                "detected_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
                "duplicate_of = excluded.duplicate_of, cluster_id = excluded.cluster_id, "
                "kind = excluded.kind, similarity = excluded.similarity, "
                "detected_at = excluded.detected_at",
                (article_id, duplicate_of, cluster_id, kind, similarity, shared.now()),
            )
            self._conn.execute(
                "UPDATE duplicates SET cluster_id = ? WHERE cluster_id = ?",
                (cluster_id, article_id),
            )

    def clear_duplicate(self, article_id: str) -> None:
        self._conn.execute("DELETE FROM duplicates WHERE article_id = ?", (article_id,))

    def cluster(self, article_id: str) -> list[DuplicateInfo]:
        row = self._conn.execute(
            "SELECT cluster_id FROM duplicates WHERE article_id = ?", (article_id,)
        ).fetchone()
        root = row["cluster_id"] if row else article_id
        rows = self._conn.execute(
            "SELECT a.id, a.outlet, a.title, d.kind, d.similarity, d.duplicate_of "
            "FROM duplicates d JOIN articles a ON a.id = d.article_id "
            "WHERE d.cluster_id = ? ORDER BY a.pk",
            (root,),
        ).fetchall()
        if not rows:
            return []
        first = self._conn.execute(
            "SELECT id, outlet, title FROM articles WHERE id = ?", (root,)
        ).fetchone()
        members = [DuplicateInfo(first["id"], first["outlet"], first["title"], "first", 1.0, None)]
        members += [DuplicateInfo(*tuple(r)) for r in rows]
        return members

    def save_signature(self, article_id: str, params: str, signature: bytes) -> None:
        """Keep a MinHash signature (empty bytes: too short to have one)."""
        # An upsert, not INSERT OR REPLACE: with foreign keys on, REPLACE cost
        # ~230 µs of CPU per row at ingest, the upsert ~30 µs.
        self._conn.execute(
            "INSERT INTO minhash_signatures (article_id, params, signature) VALUES (?, ?, ?) "
            "ON CONFLICT (article_id) DO UPDATE SET params = excluded.params, "
            "signature = excluded.signature",
            (article_id, params, signature),
        )

    def signatures_after(self, params: str, after_pk: int) -> Iterator[tuple[int, str, bytes]]:
        cursor = self._conn.execute(
            "SELECT a.pk, a.id, s.signature FROM articles a JOIN minhash_signatures s "
            "ON s.article_id = a.id WHERE a.pk > ? AND s.params = ? AND length(s.signature) > 0 "
            "ORDER BY a.pk",
            (after_pk, params),
        )
        for row in cursor:
            yield row[0], row[1], bytes(row[2])

    def last_article_pk(self) -> int:
        return self._scalar("SELECT MAX(pk) FROM articles")

    def iter_unsigned(self, params: str) -> Iterator[tuple[str, str]]:
        rows = self._conn.execute(
            "SELECT a.id, a.text FROM articles a LEFT JOIN minhash_signatures s "
            "ON s.article_id = a.id AND s.params = ? WHERE s.article_id IS NULL ORDER BY a.pk",
            (params,),
        ).fetchall()
        for row in rows:
            yield row[0], row[1]

    def get_signatures(self, article_ids: list[str], params: str) -> dict[str, bytes]:
        """Stored signatures of these articles (made with `params`)."""
        found: dict[str, bytes] = {}
        for start in range(0, len(article_ids), 500):
            chunk = article_ids[start : start + 500]
            rows = self._conn.execute(
                "SELECT article_id, signature FROM minhash_signatures WHERE params = ? "
                f"AND length(signature) > 0 AND article_id IN ({','.join('?' * len(chunk))})",
                (params, *chunk),
            )
            found.update((row[0], bytes(row[1])) for row in rows)
        return found

    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- extraction output ------------------------------------------------

    def save_extraction(
        self, article_id: str, extraction: Extraction, pipeline_version: str
    ) -> None:
        """Replace the article's extraction and its entity/event rows atomically."""
        with self.transaction():
            row = self._conn.execute(
                "SELECT revision FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None:
                raise StoreError(f"cannot save extraction: no article with id {article_id!r}")
            self._conn.execute("DELETE FROM extractions WHERE article_id = ?", (article_id,))
            self._conn.execute(
                "INSERT INTO extractions (article_id, article_revision, pipeline_version, json, "
                "created_at) VALUES (?, ?, ?, ?, ?)",
                (
                    article_id,
                    row["revision"],
                    pipeline_version,
                    extraction.model_dump_json(),
                    shared.now(),
                ),
            )
            self._conn.executemany(
                "INSERT INTO entities (article_id, entity_id, kb_id, type, subtype, name_ar, "
                "name_en, country, title, lat, lon, mention_count) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entity_rows(article_id, extraction),
            )
            self._conn.executemany(
                "INSERT INTO events (article_id, event_id, type, mode, status, date_value, "
                "date_precision, location, location_kb_id, cameo, confidence, json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event_rows(article_id, extraction),
            )
            self._conn.executemany(
                "INSERT INTO event_participants (article_id, event_id, entity_id, role, kb_id, "
                "country) VALUES (?, ?, ?, ?, ?, ?)",
                participant_rows(article_id, extraction),
            )

    def extraction_revision(self, article_id: str) -> int | None:
        """The article revision its stored extraction was made from, if any."""
        row = self._conn.execute(
            "SELECT article_revision FROM extractions WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def extraction_targets(
        self,
        pipeline_version: str,
        *,
        since: date | None = None,
        until: date | None = None,
        outlet: str | None = None,
        everything: bool = False,
    ) -> Iterator[str]:
        """Ids of articles published in [since, until] whose extraction is missing,
        stale (an earlier revision) or made by another pipeline version; all of
        them with `everything`. For `marsad reprocess`."""
        sql = "SELECT a.id FROM articles a LEFT JOIN extractions e ON e.article_id = a.id WHERE 1"
        params: list[Any] = []
        if not everything:
            sql += (
                " AND (e.article_id IS NULL OR e.article_revision != a.revision"
                " OR e.pipeline_version != ?)"
            )
            params.append(pipeline_version)
        if outlet is not None:
            sql += " AND a.outlet = ?"
            params.append(outlet)
        if since is not None:
            sql += " AND a.published_day >= ?"
            params.append(since.isoformat())
        if until is not None:
            sql += " AND a.published_day <= ?"
            params.append(until.isoformat())
        for row in self._conn.execute(sql + " ORDER BY a.pk", params).fetchall():
            yield row[0]

    def get_extraction(self, article_id: str) -> Extraction | None:
        row = self._conn.execute(
            "SELECT json FROM extractions WHERE article_id = ?", (article_id,)
        ).fetchone()
        return Extraction.model_validate_json(row[0]) if row else None

    # -- statistics -------------------------------------------------------

    def _scalar(self, sql: str) -> int:
        return int(self._conn.execute(sql).fetchone()[0] or 0)

    def stats(self) -> StoreStats:
        return stats_from(
            self._scalar,
            lambda sql: [(r[0], r[1]) for r in self._conn.execute(sql).fetchall()],
        )
