"""Ingest orchestration: read → clean → store → detect duplicates → extract.

Items are read and cleaned a chunk at a time outside any transaction, then each
chunk is written in one transaction (each item in its own savepoint): articles
and duplicates first, then the chunk's extractions, computed on the runner
(this process, or Dask workers) and saved by this process, the only writer. A
crash or Ctrl-C loses at most the chunk in flight and never leaves half an
article. Bad input and a failing extraction are counted and reported; the run
goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

from marsad.batch.dedup import DuplicateTracker
from marsad.batch.runners import LocalRunner, Runner, chunked
from marsad.batch.tasks import Extracted, Extractor, ItemError
from marsad.errors import MarsadError, ResourceError
from marsad.records import Article, RawItem
from marsad.settings import Settings, load_settings
from marsad.store.base import Store
from marsad.text.normalise import normalise

if TYPE_CHECKING:
    from marsad.ingest import Fetcher

__all__ = ["IngestSummary", "ingest", "save_outcomes", "store_articles"]


class _Counts(Protocol):
    extracted: int
    extraction_failed: int
    errors: list[str]


C = TypeVar("C", bound=_Counts)


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


def ingest(
    sources: Iterable[str],
    store: Store,
    *,
    extract: bool = True,
    fetcher: Fetcher | None = None,
    progress: Progress | None = None,
    settings: Settings | None = None,
    runner: Runner | None = None,
) -> IngestSummary:
    """Read every source into the store; see `store_articles` for what happens.

    Sources are read here, as a stream; cleaning (and extraction) run on
    `runner`, a chunk at a time, so a Dask runner spreads them over workers.
    """
    from marsad.ingest import read_sources

    settings = settings or load_settings()
    runner = runner or LocalRunner()
    size = runner.chunk_size(settings.batch_size)

    def cleaned() -> Iterator[Article | MarsadError]:
        for chunk in chunked(read_sources(sources, fetcher), size):
            raws = [item for item in chunk if isinstance(item, RawItem)]
            done = iter(runner.clean(raws))
            for item in chunk:
                result = next(done) if isinstance(item, RawItem) else item
                yield MarsadError(result.message) if isinstance(result, ItemError) else result

    return store_articles(
        cleaned(), store, extract=extract, progress=progress, settings=settings, runner=runner
    )


def store_articles(
    articles: Iterable[Article | MarsadError],
    store: Store,
    *,
    extract: bool = True,
    progress: Progress | None = None,
    settings: Settings | None = None,
    extractor: Extractor | None = None,
    runner: Runner | None = None,
) -> IngestSummary:
    """Store cleaned articles (errors given as values are counted as failures).

    New and updated articles are checked for duplicates and, with `extract`,
    run through the pipeline (on `runner`, or `extractor` in this process,
    which returns the extraction and the pipeline version); an unchanged
    article whose extraction is missing or stale is extracted too, so an
    interrupted run is completed by re-running. Each chunk is one transaction.
    """
    settings = settings or load_settings()
    runner = runner or LocalRunner(extractor)
    summary = IngestSummary()
    tracker = DuplicateTracker(store, settings)
    for chunk in chunked(articles, runner.chunk_size(settings.batch_size)):
        with tracker.batch():
            pending: dict[str, Article] = {}  # to extract, latest version of each id
            for item in chunk:
                stale = _store_one(item, store, tracker, summary, extract)
                if stale and isinstance(item, Article):
                    pending[item.id] = item
                if progress is not None:
                    progress(summary)
            if pending:
                outcomes = runner.extract(list(pending.values()))
                save_outcomes(outcomes, store, summary, progress)
    return summary


def _store_one(
    item: Article | MarsadError,
    store: Store,
    tracker: DuplicateTracker,
    summary: IngestSummary,
    extract: bool,
) -> bool:
    """Store one item and count it; True when it is to be extracted (`extract`, and
    its extraction is missing or stale)."""
    if isinstance(item, MarsadError):
        summary.failed += 1
        summary.errors.append(str(item))
        return False
    try:
        with store.transaction():
            normalised = item.normalised or normalise(item.text)
            result = store.put_article(item, normalised=normalised)
            duplicate = None
            if result.status != "unchanged":
                duplicate = tracker.check(
                    item.id, item.text, item.content_hash, normalised=normalised
                )
    except MarsadError as exc:
        summary.failed += 1
        summary.errors.append(f"{item.source or item.url or item.id}: {exc}")
        return False
    if result.status == "new":
        if duplicate is None:
            summary.new += 1
        else:
            summary.duplicate += 1
    elif result.status == "updated":
        summary.updated += 1
    else:
        summary.unchanged += 1
    return extract and store.extraction_revision(item.id) != result.revision


def save_outcomes(
    outcomes: Iterable[Extracted],
    store: Store,
    summary: C,
    progress: Callable[[C], None] | None = None,
) -> None:
    """Save each extraction (replacing the old one) and count failures.

    A broken bundled resource raises, so the caller's transaction rolls back.
    """
    for outcome in outcomes:
        if outcome.fatal:
            raise ResourceError(outcome.error or "a bundled resource failed to load")
        if outcome.extraction is None:
            summary.extraction_failed += 1
            summary.errors.append(outcome.error or f"{outcome.article_id}: extraction failed")
        else:
            try:
                store.save_extraction(outcome.article_id, outcome.extraction, outcome.version)
            except MarsadError as exc:
                summary.extraction_failed += 1
                summary.errors.append(f"{outcome.article_id}: cannot save extraction: {exc}")
            else:
                summary.extracted += 1
        if progress is not None:
            progress(summary)
