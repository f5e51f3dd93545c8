"""Re-run extraction on stored articles after a lexicon or code change.

An article is due when it has no extraction, or its extraction was made from an
earlier revision of the article or by another `PIPELINE_VERSION` (all of them
with `everything`). Due articles are extracted a chunk at a time on the runner
and each chunk's results are saved in one transaction; `save_extraction`
replaces an article's old output (entities, events, participants) atomically,
so a reader sees the old output or the new, never a mix, and an interrupted run
is completed by running it again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from marsad.batch.ingest import save_outcomes
from marsad.batch.runners import LocalRunner, Runner, chunked
from marsad.settings import Settings, load_settings
from marsad.store.base import Store, StoredArticle

__all__ = ["ReprocessSummary", "due_articles", "reprocess"]


@dataclass
class ReprocessSummary:
    """What a reprocess run did."""

    due: int = 0  # articles selected for extraction
    extracted: int = 0
    extraction_failed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def items(self) -> int:
        """Articles done so far (for progress counters)."""
        return self.extracted + self.extraction_failed

    @property
    def ok(self) -> bool:
        return not self.extraction_failed

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        return (
            f"{self.due} due, {self.extracted} extracted, "
            f"{self.extraction_failed} extraction failed"
        )


def _matches(
    article: StoredArticle, since: date | None, until: date | None, outlet: str | None
) -> bool:
    if outlet is not None and article.outlet != outlet:
        return False
    if since is None and until is None:
        return True
    if article.published is None:
        return False
    day = date.fromisoformat(article.published[:10])
    return (since is None or day >= since) and (until is None or day <= until)


def _current(store: Store, article: StoredArticle, version: str) -> bool:
    """Whether the stored extraction was made from this revision by this version."""
    if store.extraction_revision(article.id) != article.revision:
        return False
    stored = store.get_extraction(article.id)
    return stored is not None and stored.pipeline_version == version


def due_articles(
    store: Store,
    version: str,
    *,
    since: date | None = None,
    until: date | None = None,
    outlet: str | None = None,
    everything: bool = False,
) -> list[str]:
    """Ids (in storage order) of the articles to extract, published in [since, until]."""
    fast = getattr(store, "extraction_targets", None)
    if callable(fast):  # the store can answer in one query
        return list(fast(version, since=since, until=until, outlet=outlet, everything=everything))
    due = []
    for article in store.iter_articles():
        if not _matches(article, since, until, outlet):
            continue
        if everything or not _current(store, article, version):
            due.append(article.id)
    return due


def reprocess(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    outlet: str | None = None,
    everything: bool = False,
    runner: Runner | None = None,
    progress: Callable[[ReprocessSummary], None] | None = None,
    settings: Settings | None = None,
    version: str | None = None,
) -> ReprocessSummary:
    """Extract the due articles again (see the module docstring)."""
    from marsad.pipeline import PIPELINE_VERSION

    settings = settings or load_settings()
    runner = runner or LocalRunner()
    ids = due_articles(
        store,
        version or PIPELINE_VERSION,
        since=since,
        until=until,
        outlet=outlet,
        everything=everything,
    )
    summary = ReprocessSummary(due=len(ids))
    if progress is not None:
        progress(summary)
    for chunk in chunked(ids, runner.chunk_size(settings.batch_size)):
        articles = [store.get_article(article_id).to_article() for article_id in chunk]
        outcomes = runner.extract(articles)
        with store.transaction():
            save_outcomes(outcomes, store, summary, progress)
    return summary
