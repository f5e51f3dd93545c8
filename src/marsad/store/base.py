"""What every store offers (the `Store` protocol) and the records it returns.

The CLI, the batch runner and later stages talk to this protocol only, so a
PostgreSQL store can stand in for the default SQLite one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, Protocol, runtime_checkable

from marsad.output import Extraction
from marsad.records import Article

__all__ = [
    "ArticleQuery",
    "DuplicateInfo",
    "PutResult",
    "Revision",
    "Store",
    "StoreStats",
    "StoredArticle",
]

PutStatus = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class PutResult:
    """What storing one article did."""

    status: PutStatus
    revision: int


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as stored (its current revision)."""

    id: str
    url: str | None
    outlet: str | None
    source: str
    kind: str
    title: str
    author: str | None
    published: str | None
    fetched_at: str | None
    raw: str
    body: str
    text: str
    language: str
    content_hash: str
    revision: int
    ingested_at: str
    updated_at: str

    def to_article(self) -> Article:
        """The pipeline's record for this article (to re-run extraction)."""
        return Article(
            id=self.id,
            url=self.url,
            outlet=self.outlet,
            title=self.title,
            body=self.body,
            text=self.text,
            author=self.author,
            published=datetime.fromisoformat(self.published) if self.published else None,
            fetched_at=datetime.fromisoformat(self.fetched_at) if self.fetched_at else None,
            raw=self.raw,
            language=self.language,
            content_hash=self.content_hash,
            source=self.source,
            kind=self.kind,
        )


@dataclass(frozen=True, slots=True)
class Revision:
    """A superseded revision of an article."""

    revision: int
    title: str
    text: str
    content_hash: str
    stored_at: str
    superseded_at: str


@dataclass(frozen=True, slots=True)
class DuplicateInfo:
    """One member of an article's duplicate cluster."""

    article_id: str
    outlet: str | None
    title: str
    kind: str  # first | exact | near
    similarity: float
    duplicate_of: str | None


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """Filters for listing articles; all optional."""

    search: str | None = None
    outlet: str | None = None
    since: date | datetime | None = None
    until: date | datetime | None = None
    limit: int = 20


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Counts for `marsad stats`."""

    articles: int
    revisions: int
    by_source: list[tuple[str, int]]
    by_day: list[tuple[str, int]]
    exact_duplicates: int  # articles that repeat an earlier article's text exactly
    exact_clusters: int
    near_duplicates: int  # articles that are near copies of an earlier one
    near_clusters: int
    articles_in_near_clusters: int  # near copies plus the articles they copy
    extractions: int
    entities: int
    events: int
    events_by_type: list[tuple[str, int]] = field(default_factory=list)


@runtime_checkable
class Store(Protocol):
    """Persistent storage of articles, duplicates and extraction output."""

    location: str

    def close(self) -> None: ...

    def transaction(self) -> AbstractContextManager[None]:
        """All-or-nothing block; nested blocks roll back on their own."""
        ...

    # articles
    def put_article(self, article: Article, *, normalised: str | None = None) -> PutResult:
        """Store a new article, a new revision of a known one, or nothing."""
        ...

    def get_article(self, id_or_prefix: str) -> StoredArticle:
        """The article with this id or unique id prefix (StoreError otherwise)."""
        ...

    def find_articles(self, query: ArticleQuery) -> list[StoredArticle]: ...

    def iter_articles(self) -> Iterator[StoredArticle]: ...

    def revisions(self, article_id: str) -> list[Revision]: ...

    # duplicates
    def find_same_content(self, content_hash: str, exclude_id: str) -> str | None:
        """The earliest other article with exactly this content hash."""
        ...

    def record_duplicate(
        self, article_id: str, duplicate_of: str, kind: str, similarity: float
    ) -> None: ...

    def clear_duplicate(self, article_id: str) -> None: ...

    def cluster(self, article_id: str) -> list[DuplicateInfo]:
        """All members of the article's duplicate cluster (empty if none)."""
        ...

    def save_signature(self, article_id: str, params: str, signature: bytes) -> None: ...

    def signatures_after(self, params: str, after_pk: int) -> Iterator[tuple[int, str, bytes]]:
        """(pk, id, signature) of articles with pk > `after_pk` and a non-empty
        signature made with `params`, in pk order."""
        ...

    def last_article_pk(self) -> int:
        """The largest article pk (0 when empty): where `signatures_after` resumes."""
        ...

    def iter_unsigned(self, params: str) -> Iterator[tuple[str, str]]:
        """(id, text) of articles without a signature made with `params`."""
        ...

    def get_signatures(self, article_ids: list[str], params: str) -> dict[str, bytes]: ...

    def get_meta(self, key: str) -> str | None: ...

    def set_meta(self, key: str, value: str) -> None: ...

    # extraction output
    def save_extraction(
        self, article_id: str, extraction: Extraction, pipeline_version: str
    ) -> None: ...

    def extraction_revision(self, article_id: str) -> int | None:
        """The article revision its stored extraction was made from, if any."""
        ...

    def get_extraction(self, article_id: str) -> Extraction | None: ...

    def stats(self) -> StoreStats: ...
