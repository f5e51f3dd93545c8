"""`marsad bench`: time each stage over corpus articles, against a floor.

Articles go through the stages in chunks of the batch size, as `marsad ingest`
hands them over (500 by default): each stage runs over the whole chunk before the
next, so each figure is that stage's own cost, and no stage holds more than one
chunk's results. (Running each stage over all N articles at once made the text
stage pay, per article, for the millions of tokens held for the next stage: the
garbage collector rescans them, so its rate fell as N grew.) Resources are loaded
before timing and reported separately. The floor is reading the articles plus a regex
tokenisation: the least any Arabic pipeline must do.
"""

from __future__ import annotations

import platform
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from marsad.errors import InputError

__all__ = ["BenchResult", "StageTiming", "render_markdown", "run_bench"]

_WORD = re.compile(r"\w+")


@dataclass
class StageTiming:
    name: str
    seconds: float
    articles: int
    words: int

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else float("inf")

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else float("inf")


@dataclass
class BenchResult:
    command: str
    articles: int
    words: int
    load_seconds: float
    stages: list[StageTiming] = field(default_factory=list)
    floor: StageTiming | None = None
    peak_rss_mb: float = 0.0
    failures: int = 0
    machine: str = ""

    @property
    def end_to_end(self) -> StageTiming:
        return StageTiming(
            "end to end", sum(s.seconds for s in self.stages), self.articles, self.words
        )

    def as_dict(self) -> dict[str, Any]:
        def row(s: StageTiming) -> dict[str, Any]:
            return {
                "stage": s.name,
                "seconds": round(s.seconds, 3),
                "articles_per_s": round(s.articles_per_s, 1),
                "words_per_s": round(s.words_per_s),
            }

        return {
            "command": self.command,
            "machine": self.machine,
            "articles": self.articles,
            "words": self.words,
            "failures": self.failures,
            "resource_load_seconds": round(self.load_seconds, 3),
            "stages": [row(s) for s in self.stages],
            "end_to_end": row(self.end_to_end),
            "floor": row(self.floor) if self.floor else None,
            "ratio_to_floor": round(self.end_to_end.seconds / self.floor.seconds, 1)
            if self.floor and self.floor.seconds
            else None,
            "peak_rss_mb": round(self.peak_rss_mb, 1),
        }


def _timed(
    name: str, func: Callable[[], Any], articles: int, words: int
) -> tuple[Any, StageTiming]:
    start = time.perf_counter()
    value = func()
    return value, StageTiming(name, time.perf_counter() - start, articles, words)


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}; Python {sys.version.split()[0]}; {platform.system()}"


def run_bench(corpus: Sequence[str], n: int | None = None, command: str = "") -> BenchResult:
    """Time read, clean, text, entities, events and store over the first N articles."""
    from marsad.batch.runners import chunked
    from marsad.clean import clean_item
    from marsad.context import Resources
    from marsad.entities import extract_entities
    from marsad.events import extract_events
    from marsad.ingest import read_sources
    from marsad.output import Extraction
    from marsad.pipeline import PIPELINE_VERSION, article_info
    from marsad.settings import Settings
    from marsad.store import open_store
    from marsad.text.sentences import split_sentences

    def read() -> list[Any]:
        items: Iterable[Any] = (i for i in read_sources(corpus) if not isinstance(i, InputError))
        return list(islice(items, n) if n else items)

    raws, read_timing = _timed("ingest (read)", read, 0, 0)
    count = len(raws)
    words = sum(len(_WORD.findall(r.title)) + len(_WORD.findall(r.body)) for r in raws)
    read_timing.articles, read_timing.words = count, words

    def floor() -> int:
        again = read()
        return sum(len(_WORD.findall(r.title)) + len(_WORD.findall(r.body)) for r in again)

    _, floor_timing = _timed("floor (read + regex tokens)", floor, count, words)

    failures = 0

    def clean() -> list[Any]:
        nonlocal failures
        out = []
        for raw in raws:
            try:
                out.append(clean_item(raw))
            except InputError:
                failures += 1
        return out

    articles, clean_timing = _timed("clean", clean, count, words)
    start = time.perf_counter()
    resources = Resources().preload()  # as the batch commands run
    load_seconds = time.perf_counter() - start

    spent = dict.fromkeys(("text", "entities", "events", "store (SQLite)"), 0.0)
    clock = time.perf_counter
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(str(Path(folder) / "bench.db"))
        try:
            for chunk in chunked(articles, Settings().batch_size):
                t0 = clock()
                sentences = [split_sentences(a.text) for a in chunk]
                t1 = clock()
                found = [
                    extract_entities(a, s, resources) for a, s in zip(chunk, sentences, strict=True)
                ]
                t2 = clock()
                events = [
                    extract_events(a, s, e, resources)
                    for a, s, e in zip(chunk, sentences, found, strict=True)
                ]
                t3 = clock()
                with db.transaction():
                    for article, ents, evs in zip(chunk, found, events, strict=True):
                        db.put_article(article)
                        db.save_extraction(
                            article.id,
                            Extraction(
                                article=article_info(article), entities=ents.entities, events=evs
                            ),
                            PIPELINE_VERSION,
                        )
                t4 = clock()
                for name, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                    spent[name] += seconds
        finally:
            db.close()
    stages = [read_timing, clean_timing]
    stages += [StageTiming(name, seconds, count, words) for name, seconds in spent.items()]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(
        command=command,
        articles=count,
        words=words,
        load_seconds=load_seconds,
        stages=stages,
        floor=floor_timing,
        peak_rss_mb=peak,
        failures=failures,
        machine=_machine(),
    )


def render_markdown(result: BenchResult) -> str:
    """The table recorded in docs/benchmarks.md."""
    data = result.as_dict()
    lines = [
        f"Command: `{result.command}`  ",
        f"Machine: {result.machine}  ",
        f"Articles: {result.articles:,}; words: {result.words:,}; "
        f"clean failures: {result.failures}; resource load: {data['resource_load_seconds']} s; "
        f"peak RSS: {data['peak_rss_mb']} MB",
        "",
        "| stage | seconds | articles/s | words/s |",
        "| --- | ---: | ---: | ---: |",
    ]
    for row in [*data["stages"], data["end_to_end"], data["floor"]]:
        if row:
            lines.append(
                f"| {row['stage']} | {row['seconds']} | {row['articles_per_s']:,} | "
                f"{row['words_per_s']:,} |"
            )
    text_entities = sum(s.seconds for s in result.stages if s.name in ("text", "entities"))
    rate = result.articles / text_entities if text_entities else float("inf")
    lines.append("")
    lines.append(f"Text + entities: {text_entities:.1f} s, {rate:,.0f} articles/s.  ")
    lines.append(f"End to end is {data['ratio_to_floor']}× the floor.")
    return "\n".join(lines)
