"""The pure steps a batch maps over partitions of its input: clean, and extract.

Each function takes a list of items and returns one result per item, in order,
as plain picklable values (an error becomes an `ItemError` message, never a
raised exception), so the same function runs in this process or in a Dask
worker and the results do not depend on how the input was partitioned.
`extract_partition` builds its own `Resources` when none is given: a worker
loads them once per partition and shares nothing with other partitions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from marsad.context import Resources
from marsad.errors import MarsadError, ResourceError
from marsad.output import Extraction
from marsad.records import Article, RawItem

__all__ = [
    "Extracted",
    "Extractor",
    "ItemError",
    "clean_partition",
    "extract_partition",
    "pipeline_extractor",
]

Extractor = Callable[[Article], tuple[Extraction, str]]


@dataclass(frozen=True, slots=True)
class ItemError:
    """An item that could not be used, with the one-line message to report."""

    message: str


@dataclass(frozen=True, slots=True)
class Extracted:
    """The outcome of extracting one article: an extraction or an error message.

    `fatal` marks a broken bundled resource, which would fail every article:
    the run stops with that one error instead of reporting it thousands of times.
    """

    article_id: str
    extraction: Extraction | None = None
    version: str = ""
    error: str | None = None
    fatal: bool = False


def clean_partition(items: list[RawItem]) -> list[Article | ItemError]:
    """Clean raw items; an unusable one becomes its error message."""
    from marsad.clean import clean_item

    out: list[Article | ItemError] = []
    for item in items:
        try:
            out.append(clean_item(item))
        except MarsadError as exc:
            out.append(ItemError(str(exc)))
    return out


def pipeline_extractor(resources: Resources | None = None) -> Extractor:
    """`marsad.pipeline.process` with one set of resources (new, preloaded for a
    batch run, when None)."""
    from marsad.pipeline import PIPELINE_VERSION, process

    loaded = resources or Resources().preload()

    def run(article: Article) -> tuple[Extraction, str]:
        extraction = process(article, loaded)
        return extraction, extraction.pipeline_version or PIPELINE_VERSION

    return run


def extract_partition(
    articles: list[Article], extractor: Extractor | None = None
) -> list[Extracted]:
    """Run the pipeline (or `extractor`) on each article; failures stay per article."""
    run = extractor or pipeline_extractor()
    out = []
    for article in articles:
        try:
            extraction, version = run(article)
        except ResourceError as exc:
            out.append(Extracted(article.id, error=str(exc), fatal=True))
            break  # every later article would fail the same way
        except Exception as exc:  # a pipeline bug must not stop the batch
            where = article.source or article.url or article.id
            message = f"{where}: extraction failed for article {article.id[:12]}: {exc}"
            out.append(Extracted(article.id, error=message))
        else:
            out.append(Extracted(article.id, extraction, version))
    return out
