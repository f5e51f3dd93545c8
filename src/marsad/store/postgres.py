"""The PostgreSQL store: the same tables and behaviour as the SQLite one.

For deployments where several processes ingest and serve at once. The schema
comes from the `pg_NNNN_*.sql` migrations; full-text search is a 'simple'
tsvector over the normalised text, queried with the same clitic-aware parser
(`marsad.store.search`). psycopg nests `transaction()` blocks as savepoints.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime
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
from marsad.store.migrations import load_migrations
from marsad.store.search import tsquery
from marsad.text.normalise import normalise

__all__ = ["PostgresStore"]

_COLUMNS = (
    "id, url, outlet, source, kind, title, author, published, fetched_at, raw, body, text, "
    "language, content_hash, revision, ingested_at, updated_at"
)
_REVISION_COPY = (
    "url, outlet, source, kind, title, author, published, fetched_at, raw, body, text, "
    "language, content_hash, text_hash"
)
_MIGRATION_LOCK = 0x6D61727361640001  # pg_advisory_xact_lock key: "marsad" + 1


class PostgresStore:
    """Store backed by PostgreSQL (see the module docstring)."""

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self.location = url
        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"{url}: cannot connect: {str(exc).strip()}") from None
        self._migrate()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def _in_transaction(self) -> bool:
        return self._conn.info.transaction_status != self._psycopg.pq.TransactionStatus.IDLE

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction, or a savepoint inside one; database errors become StoreError."""
        outermost = not self._in_transaction
        try:
            with self._conn.transaction():
                yield
        except self._psycopg.Error as exc:
            if outermost:
                raise StoreError(f"{self.location}: {str(exc).strip()}") from exc
            raise

    def _atomic(self) -> AbstractContextManager[None]:
        """As in SQLiteStore: inside a transaction the caller's block decides."""
        return self.transaction() if not self._in_transaction else nullcontext()

    def _execute(self, sql: str, params: Any = None) -> Any:
        return self._conn.execute(sql, params)  # type: ignore[arg-type]

    def _migrate(self) -> None:
        migrations = load_migrations("postgres")
        with self.transaction():
            self._execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            self._execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            current = self._execute(
                "SELECT COALESCE(MAX(version), 0) AS v FROM schema_version"
            ).fetchone()["v"]
            if current > len(migrations):
                raise StoreError(
                    f"{self.location}: database schema version {current} is newer than this "
                    f"marsad knows ({len(migrations)}); upgrade marsad"
                )
            for migration in migrations[current:]:
                self._execute(migration.sql)
                self._execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (%s, %s, %s)",
                    (migration.version, migration.name, shared.now()),
                )

    @property
    def schema_version(self) -> int:
        row = self._execute("SELECT MAX(version) AS v FROM schema_version").fetchone()
        return int(row["v"])

    # -- articles ---------------------------------------------------------

    def put_article(self, article: Article, *, normalised: str | None = None) -> PutResult:
        """Insert, add a revision, or do nothing when this content is known."""
        with self._atomic():
            text_hash = shared.text_hash(article)
            row = self._execute(
                "SELECT pk, text_hash, revision FROM articles WHERE id = %s FOR UPDATE",
                (article.id,),
            ).fetchone()
            if row is not None and (
                row["text_hash"] == text_hash
                or self._execute(
                    "SELECT 1 FROM article_revisions WHERE article_id = %s AND text_hash = %s",
                    (article.id, text_hash),
                ).fetchone()
            ):
                return PutResult("unchanged", row["revision"])
            now = shared.now()
            values = shared.article_values(article, now)
            values["fts"] = normalised if normalised is not None else normalise(article.text)
            if row is None:
                self._execute(
                    "INSERT INTO articles (id, url, outlet, source, kind, title, author, "
                    "published, published_day, fetched_at, raw, body, text, language, "
                    "content_hash, text_hash, revision, ingested_at, updated_at, fts) VALUES ("
                    "%(id)s, %(url)s, %(outlet)s, %(source)s, %(kind)s, %(title)s, %(author)s, "
                    "%(published)s, %(published_day)s, %(fetched_at)s, %(raw)s, %(body)s, "
                    "%(text)s, %(language)s, %(content_hash)s, %(text_hash)s, 1, %(now)s, "
                    "%(now)s, to_tsvector('simple', %(fts)s))",
                    values,
                )
                return PutResult("new", 1)
            self._execute(
                f"INSERT INTO article_revisions (article_id, revision, {_REVISION_COPY}, "
                f"stored_at, superseded_at) SELECT id, revision, {_REVISION_COPY}, updated_at, "
                "%s FROM articles WHERE id = %s",
                (now, article.id),
            )
            self._execute(
                "UPDATE articles SET url = %(url)s, outlet = %(outlet)s, source = %(source)s, "
                "kind = %(kind)s, title = %(title)s, author = %(author)s, "
                "published = %(published)s, published_day = %(published_day)s, "
                "fetched_at = %(fetched_at)s, raw = %(raw)s, body = %(body)s, text = %(text)s, "
                "language = %(language)s, content_hash = %(content_hash)s, "
                "text_hash = %(text_hash)s, revision = revision + 1, updated_at = %(now)s, "
                "fts = to_tsvector('simple', %(fts)s) WHERE id = %(id)s",
                values,
            )
            return PutResult("updated", row["revision"] + 1)

    def _stored(self, row: dict[str, Any]) -> StoredArticle:
        return StoredArticle(**{key: row[key] for key in StoredArticle.__slots__})

    def get_article(self, id_or_prefix: str) -> StoredArticle:
        key = id_or_prefix.strip()
        row = self._execute(f"SELECT {_COLUMNS} FROM articles WHERE id = %s", (key,)).fetchone()
        if row is not None:
            return self._stored(row)
        if not key:
            raise StoreError(f"no article with id {id_or_prefix!r}")
        pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        found = self._execute(
            f"SELECT {_COLUMNS} FROM articles WHERE id LIKE %s ORDER BY id LIMIT 6", (pattern,)
        ).fetchall()
        if not found:
            raise StoreError(f"no article with id {id_or_prefix!r}")
        if len(found) > 1:
            shown = ", ".join(r["id"][: len(key) + 6] for r in found[:5])
            raise StoreError(f"id prefix {id_or_prefix!r} is ambiguous: {shown}…")
        return self._stored(found[0])

    def find_articles(self, query: ArticleQuery) -> list[StoredArticle]:
        where = ["TRUE"]
        params: list[Any] = []
        order = "ORDER BY published DESC NULLS LAST, pk DESC"
        if query.search:
            where.append("fts @@ to_tsquery('simple', %s)")
            params.append(tsquery(query.search))
            order = "ORDER BY ts_rank(fts, to_tsquery('simple', %s)) DESC, pk"
        if query.outlet:
            where.append("outlet = %s")
            params.append(query.outlet)
        if query.since:
            where.append("published >= %s")
            params.append(query.since.isoformat())
        if query.until:
            column = "published" if isinstance(query.until, datetime) else "published_day"
            where.append(f"{column} <= %s")
            params.append(query.until.isoformat())
        if query.search:
            params.append(tsquery(query.search))
        params.append(query.limit)
        found = self._execute(
            f"SELECT {_COLUMNS} FROM articles WHERE {' AND '.join(where)} {order} LIMIT %s",
            params,
        ).fetchall()
        return [self._stored(row) for row in found]

    def iter_articles(self) -> Iterator[StoredArticle]:
        for row in self._execute(f"SELECT {_COLUMNS} FROM articles ORDER BY pk").fetchall():
            yield self._stored(row)

    def revisions(self, article_id: str) -> list[Revision]:
        found = self._execute(
            "SELECT revision, title, text, content_hash, stored_at, superseded_at "
            "FROM article_revisions WHERE article_id = %s ORDER BY revision",
            (article_id,),
        ).fetchall()
        return [Revision(**row) for row in found]

    # -- duplicates -------------------------------------------------------

    def find_same_content(self, content_hash: str, exclude_id: str) -> str | None:
        row = self._execute(
            "SELECT id FROM articles WHERE content_hash = %s AND id <> %s ORDER BY pk LIMIT 1",
            (content_hash, exclude_id),
        ).fetchone()
        return row["id"] if row else None

    def record_duplicate(
        self, article_id: str, duplicate_of: str, kind: str, similarity: float
    ) -> None:
        with self._atomic():
            row = self._execute(
                "SELECT cluster_id FROM duplicates WHERE article_id = %s", (duplicate_of,)
            ).fetchone()
            cluster_id = row["cluster_id"] if row else duplicate_of
            if cluster_id == article_id:
                return
            self._execute(
                "INSERT INTO duplicates (article_id, duplicate_of, cluster_id, kind, similarity, "
                "detected_at) VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (article_id) DO UPDATE "
                "SET duplicate_of = excluded.duplicate_of, cluster_id = excluded.cluster_id, "
                "kind = excluded.kind, similarity = excluded.similarity, "
                "detected_at = excluded.detected_at",
                (article_id, duplicate_of, cluster_id, kind, similarity, shared.now()),
            )
            self._execute(
                "UPDATE duplicates SET cluster_id = %s WHERE cluster_id = %s",
                (cluster_id, article_id),
            )

    def clear_duplicate(self, article_id: str) -> None:
        self._execute("DELETE FROM duplicates WHERE article_id = %s", (article_id,))

    def cluster(self, article_id: str) -> list[DuplicateInfo]:
        row = self._execute(
            "SELECT cluster_id FROM duplicates WHERE article_id = %s", (article_id,)
        ).fetchone()
        root = row["cluster_id"] if row else article_id
        members = self._execute(
            "SELECT a.id, a.outlet, a.title, d.kind, d.similarity, d.duplicate_of "
            "FROM duplicates d JOIN articles a ON a.id = d.article_id "
            "WHERE d.cluster_id = %s ORDER BY a.pk",
            (root,),
        ).fetchall()
        if not members:
            return []
        first = self._execute(
            "SELECT id, outlet, title FROM articles WHERE id = %s", (root,)
        ).fetchone()
        result = [DuplicateInfo(first["id"], first["outlet"], first["title"], "first", 1.0, None)]
        result += [DuplicateInfo(*r.values()) for r in members]
        return result

    def save_signature(self, article_id: str, params: str, signature: bytes) -> None:
        self._execute(
            "INSERT INTO minhash_signatures (article_id, params, signature) VALUES (%s, %s, %s) "
            "ON CONFLICT (article_id) DO UPDATE SET params = excluded.params, "
            "signature = excluded.signature",
            (article_id, params, signature),
        )

    def signatures_after(self, params: str, after_pk: int) -> Iterator[tuple[int, str, bytes]]:
        rows = self._execute(
            "SELECT a.pk, a.id, s.signature FROM articles a JOIN minhash_signatures s "
            "ON s.article_id = a.id WHERE a.pk > %s AND s.params = %s "
            "AND length(s.signature) > 0 ORDER BY a.pk",
            (after_pk, params),
        ).fetchall()
        for row in rows:
            yield row["pk"], row["id"], bytes(row["signature"])

    def last_article_pk(self) -> int:
        row = self._execute("SELECT COALESCE(MAX(pk), 0) AS pk FROM articles").fetchone()
        return int(row["pk"])

    def iter_unsigned(self, params: str) -> Iterator[tuple[str, str]]:
        found = self._execute(
            "SELECT a.id, a.text FROM articles a LEFT JOIN minhash_signatures s "
            "ON s.article_id = a.id AND s.params = %s WHERE s.article_id IS NULL ORDER BY a.pk",
            (params,),
        ).fetchall()
        for row in found:
            yield row["id"], row["text"]

    def get_signatures(self, article_ids: list[str], params: str) -> dict[str, bytes]:
        found = self._execute(
            "SELECT article_id, signature FROM minhash_signatures WHERE params = %s "
            "AND length(signature) > 0 AND article_id = ANY(%s)",
            (params, list(article_ids)),
        ).fetchall()
        return {row["article_id"]: bytes(row["signature"]) for row in found}

    def get_meta(self, key: str) -> str | None:
        row = self._execute("SELECT value FROM meta WHERE key = %s", (key,)).fetchone()
        return row["value"] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._execute(
            "INSERT INTO meta (key, value) VALUES (%s, %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- extraction output ------------------------------------------------

    def save_extraction(
        self, article_id: str, extraction: Extraction, pipeline_version: str
    ) -> None:
        with self.transaction():
            row = self._execute(
                "SELECT revision FROM articles WHERE id = %s", (article_id,)
            ).fetchone()
            if row is None:
                raise StoreError(f"cannot save extraction: no article with id {article_id!r}")
            self._execute("DELETE FROM extractions WHERE article_id = %s", (article_id,))
            self._execute(
                "INSERT INTO extractions (article_id, article_revision, pipeline_version, json, "
                "created_at) VALUES (%s, %s, %s, %s, %s)",
                (article_id, row["revision"], pipeline_version, extraction.model_dump_json(),
                 shared.now()),
            )  # fmt: skip
            with self._conn.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO entities (article_id, entity_id, kb_id, type, subtype, name_ar, "
                    "name_en, country, title, lat, lon, mention_count) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    shared.entity_rows(article_id, extraction),
                )
                cursor.executemany(
                    "INSERT INTO events (article_id, event_id, type, mode, status, date_value, "
                    "date_precision, location, location_kb_id, cameo, confidence, json) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    shared.event_rows(article_id, extraction),
                )
                cursor.executemany(
                    "INSERT INTO event_participants (article_id, event_id, entity_id, role, "
                    "kb_id, country) VALUES (%s, %s, %s, %s, %s, %s)",
                    shared.participant_rows(article_id, extraction),
                )

    def extraction_revision(self, article_id: str) -> int | None:
        row = self._execute(
            "SELECT article_revision FROM extractions WHERE article_id = %s", (article_id,)
        ).fetchone()
        return row["article_revision"] if row else None

    def get_extraction(self, article_id: str) -> Extraction | None:
        row = self._execute(
            "SELECT json FROM extractions WHERE article_id = %s", (article_id,)
        ).fetchone()
        return Extraction.model_validate_json(row["json"]) if row else None

    # -- statistics -------------------------------------------------------

    def _scalar(self, sql: str) -> int:
        row = self._execute(sql).fetchone()
        return int(next(iter(row.values())) or 0)

    def _pairs(self, sql: str) -> list[tuple[str, int]]:
        return [(r["k"], int(r["n"])) for r in self._execute(sql).fetchall()]

    def stats(self) -> StoreStats:
        return shared.stats_from(self._scalar, self._pairs)
