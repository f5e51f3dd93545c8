"""One article in, its extraction (OUTPUT.md) out: text → entities → events.

`process` is pure: given the same article and resources it returns the same
`Extraction`, with no I/O beyond the first load of bundled resources. The store
calls it on every new article; `marsad extract` calls it without a database.
`PIPELINE_VERSION` changes whenever output for the same input may change, so
stored extractions can be re-run (`marsad reprocess`).
"""

from __future__ import annotations

from functools import cache

from marsad.context import Resources
from marsad.entities import extract_entities
from marsad.events import extract_events
from marsad.output import ArticleInfo, Extraction
from marsad.records import Article
from marsad.text.sentences import split_sentences
from marsad.text.timex import find_time_expressions

__all__ = ["PIPELINE_VERSION", "article_info", "default_resources", "process"]

PIPELINE_VERSION = "0.11.0"


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


@cache
def default_resources() -> Resources:
    """One shared, read-only set of resources for callers that pass none.

    Loading costs ~0.5 s; building it per call made a loop over articles 30×
    slower. Pass your own `Resources` to control its lifetime.
    """
    return Resources()


def process(article: Article, resources: Resources | None = None) -> Extraction:
    """Extract entities and events from one cleaned article."""
    if resources is None:
        resources = default_resources()
    sentences = split_sentences(article.text)
    entity_result = extract_entities(article, sentences, resources)
    times = find_time_expressions(article.text, article.published)
    events = extract_events(article, sentences, entity_result, resources, times)
    return Extraction(
        article=article_info(article),
        entities=entity_result.entities,
        events=events,
        pipeline_version=PIPELINE_VERSION,
    )
