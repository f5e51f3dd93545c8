"""Ingest orchestration: read → clean → store → detect duplicates → extract.

Items are read and cleaned a batch at a time outside any transaction, then each
batch is written in one transaction (each item in its own savepoint), so a crash
or Ctrl-C loses at most the batch in flight and never leaves half an article.
Bad input and a failing extraction are counted and reported; the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from marsad.batch.dedup import DuplicateTracker
from marsad.errors import MarsadError, ResourceError
from marsad.output import Extraction
from marsad.records import Article, RawItem
from marsad.settings import Settings, load_settings
from marsad.store.base import Store
from marsad.text.normalise import normalise

if TYPE_CHECKING:
    from marsad.ingest import Fetcher

__all__ = ["IngestSummary", "ingest", "store_articles"]


@dataclass
class IngestSummary:
    """What an ingest run did, item by item."""

    new: int = 0
    duplicate: int = 0  # new articles that copy an earlier one (exactly or nearly)
    updated: int = 0
    unchanged: int = 0
    failed: int = 0  # sources or items that could not be read or stored
    extracted: int = 0
    extraction_failed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def items(self) -> int:
        return self.new + self.duplicate + self.updated + self.unchanged + self.failed

    @property
    def ok(self) -> bool:
        return not self.failed and not self.extraction_failed

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        text = (
            f"{self.new} new, {self.duplicate} duplicate, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.failed} failed"
        )
        if self.extracted or self.extraction_failed:
            text += f"; {self.extracted} extracted, {self.extraction_failed} extraction failed"
        return text


Progress = Callable[[IngestSummary], None]
Extractor = Callable[[Article], tuple[Extraction, str]]


def _cleaned(items: Iterable[RawItem | MarsadError]) -> Iterator[Article | MarsadError]:
    from marsad.clean import clean_item

    for item in items:
        if isinstance(item, MarsadError):
            yield item
            continue
        try:
            yield clean_item(item)
        except MarsadError as exc:
            yield exc


def ingest(
    sources: Iterable[str],
    store: Store,
    *,
    extract: bool = True,
    fetcher: Fetcher | None = None,
    progress: Progress | None = None,
    settings: Settings | None = None,
) -> IngestSummary:
    """Read every source into the store; see `store_articles` for what happens."""
    from marsad.ingest import read_sources

    items = read_sources(sources, fetcher)
    return store_articles(
        _cleaned(items), store, extract=extract, progress=progress, settings=settings
    )


def _pipeline() -> Extractor:
    """The extraction step with its resources loaded once for the run."""
    from marsad.context import Resources
    from marsad.pipeline import PIPELINE_VERSION, process

    resources = Resources()

    def run(article: Article) -> tuple[Extraction, str]:
        extraction = process(article, resources)
        return extraction, extraction.pipeline_version or PIPELINE_VERSION

    return run


def store_articles(
    articles: Iterable[Article | MarsadError],
    store: Store,
    *,
    extract: bool = True,
    progress: Progress | None = None,
    settings: Settings | None = None,
    extractor: Extractor | None = None,
) -> IngestSummary:
    """Store cleaned articles (errors given as values are counted as failures).

    New and updated articles are checked for duplicates and, with `extract`,
    run through the pipeline (or `extractor`, which returns the extraction and
    the pipeline version); an unchanged article whose extraction is missing or
    stale is extracted too, so an interrupted run is completed by re-running.
    """
    settings = settings or load_settings()
    summary = IngestSummary()
    tracker = DuplicateTracker(store, settings)
    run_pipeline = (extractor or _pipeline()) if extract else None
    iterator = iter(articles)
    while batch := list(islice(iterator, settings.batch_size)):
        with store.transaction():
            for item in batch:
                _store_one(item, store, tracker, run_pipeline, summary)
                if progress is not None:
                    progress(summary)
    return summary


def _store_one(
    item: Article | MarsadError,
    store: Store,
    tracker: DuplicateTracker,
    run_pipeline: Extractor | None,
    summary: IngestSummary,
) -> None:
    if isinstance(item, MarsadError):
        summary.failed += 1
        summary.errors.append(str(item))
        return
    try:
        with store.transaction():
            normalised = normalise(item.text)
            result = store.put_article(item, normalised=normalised)
            duplicate = None
            if result.status != "unchanged":
                duplicate = tracker.check(
                    item.id, item.text, item.content_hash, normalised=normalised
                )
    except MarsadError as exc:
        summary.failed += 1
        summary.errors.append(f"{item.source or item.url or item.id}: {exc}")
        return
    if result.status == "new":
        if duplicate is None:
            summary.new += 1
        else:
            summary.duplicate += 1
    elif result.status == "updated":
        summary.updated += 1
    else:
        summary.unchanged += 1
    if run_pipeline is not None and store.extraction_revision(item.id) != result.revision:
        _extract(item, store, run_pipeline, summary)


def _extract(
    article: Article,
    store: Store,
    run_pipeline: Extractor,
    summary: IngestSummary,
) -> None:
    """Run and save the extraction; any failure is this article's alone."""
    try:
        extraction, version = run_pipeline(article)
        store.save_extraction(article.id, extraction, version)
    except ResourceError:
        raise  # broken bundled data fails every article: stop and say so once
    except Exception as exc:  # a pipeline bug must not stop the batch
        summary.extraction_failed += 1
        where = article.source or article.url or article.id
        summary.errors.append(f"{where}: extraction failed for article {article.id[:12]}: {exc}")
        return
    summary.extracted += 1
