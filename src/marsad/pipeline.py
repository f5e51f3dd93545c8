"""One article in, its extraction (OUTPUT.md) out: text → entities → events.

`process` is pure: given the same article and resources it returns the same
`Extraction`, with no I/O beyond the first load of bundled resources. The store
calls it on every new article; `marsad extract` calls it without a database.
`PIPELINE_VERSION` changes whenever output for the same input may change, so
stored extractions can be re-run (`marsad reprocess`).
"""

from __future__ import annotations

from marsad.context import Resources
from marsad.output import ArticleInfo, Extraction
from marsad.records import Article

__all__ = ["PIPELINE_VERSION", "article_info", "process"]

PIPELINE_VERSION = "0.1.0"


def article_info(article: Article) -> ArticleInfo:
    """The `article` block of the output."""
    return ArticleInfo(
        id=article.id,
        url=article.url,
        source=article.outlet or article.source or None,
        title=article.title,
        published=article.published.isoformat() if article.published else None,
        author=article.author,
        text=article.text,
    )


def process(article: Article, resources: Resources | None = None) -> Extraction:
    """Extract entities and events from one cleaned article."""
    if resources is None:
        resources = Resources()
    return Extraction(article=article_info(article), pipeline_version=PIPELINE_VERSION)
