"""Where a batch's pure steps run: in this process, or on Dask workers.

Both runners map the same functions of `marsad.batch.tasks` over the items of
one chunk and return the results in input order; the caller alone writes to the
store (SQLite has one writer). `LocalRunner` keeps one `Resources` for the whole
run. `DaskRunner` cuts each chunk into partitions, one Dask task each, on a
local process pool by default or on a `distributed` scheduler given its address;
every partition loads its own resources, so nothing is shared between workers
and the output does not depend on the partitioning.
"""

from __future__ import annotations

import math
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, Protocol, TypeVar

from marsad.batch.tasks import (
    Extracted,
    Extractor,
    ItemError,
    clean_partition,
    extract_partition,
    pipeline_extractor,
)
from marsad.errors import ConfigError
from marsad.records import Article, RawItem

__all__ = ["DaskRunner", "LocalRunner", "Runner", "chunked", "make_runner"]

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_PARTITION_SIZE = 250


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Runner(Protocol):
    """Maps the pure steps over a chunk of items; results in input order."""

    def chunk_size(self, batch_size: int) -> int:
        """How many items to hand over at once (one store transaction each)."""
        ...

    def clean(self, items: list[RawItem]) -> list[Article | ItemError]: ...

    def extract(self, articles: list[Article]) -> list[Extracted]: ...

    def close(self) -> None: ...


class LocalRunner:
    """Runs every step in this process, with one set of resources for the run."""

    def __init__(self, extractor: Extractor | None = None) -> None:
        self._given = extractor
        self._extractor: Extractor | None = None

    def chunk_size(self, batch_size: int) -> int:
        return batch_size

    def clean(self, items: list[RawItem]) -> list[Article | ItemError]:
        return clean_partition(items)

    def extract(self, articles: list[Article]) -> list[Extracted]:
        if self._extractor is None:  # loaded on first use: --no-extract never pays for it
            self._extractor = self._given or pipeline_extractor()
        return extract_partition(articles, self._extractor)

    def close(self) -> None:
        self._extractor = None


class DaskRunner:
    """Runs each partition as a Dask task (process pool, or a distributed cluster)."""

    def __init__(
        self,
        workers: int,
        *,
        scheduler: str | None = None,
        partition_size: int = DEFAULT_PARTITION_SIZE,
    ) -> None:
        if workers < 1:
            raise ConfigError(f"--workers must be at least 1, got {workers}")
        if partition_size < 1:
            raise ConfigError(f"--partition-size must be at least 1, got {partition_size}")
        self.workers = workers
        self.partition_size = partition_size
        self._client: Any = None
        self._pool: ProcessPoolExecutor | None = None
        if scheduler is not None:
            self._client = _connect(scheduler)

    def chunk_size(self, batch_size: int) -> int:
        # Enough for every worker to get full partitions: resources load once per partition.
        return max(batch_size, self.workers * self.partition_size)

    def clean(self, items: list[RawItem]) -> list[Article | ItemError]:
        return self._map(clean_partition, items)

    def extract(self, articles: list[Article]) -> list[Extracted]:
        return self._map(extract_partition, articles)

    def _map(self, func: Callable[[list[T]], list[R]], items: list[T]) -> list[R]:
        if not items:
            return []
        import dask

        size = max(1, min(self.partition_size, math.ceil(len(items) / self.workers)))
        parts = [items[i : i + size] for i in range(0, len(items), size)]
        tasks = [dask.delayed(func, pure=False)(part) for part in parts]
        if self._client is not None:
            results = dask.compute(*tasks, scheduler=self._client.get)
        else:
            results = dask.compute(
                *tasks, scheduler="processes", num_workers=self.workers, pool=self._get_pool()
            )
        return [result for part in results for result in part]

    def _get_pool(self) -> ProcessPoolExecutor:
        """One pool for the run: workers start (and import marsad) once, not per chunk."""
        if self._pool is None:
            import dask

            context = multiprocessing.get_context(
                dask.config.get("multiprocessing.context", "spawn")
            )
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None


def _connect(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise ConfigError(
            f"--scheduler {address}: needs the 'distributed' package (pip install distributed)"
        ) from None
    try:
        return Client(address)
    except OSError as exc:
        raise ConfigError(f"--scheduler {address}: cannot connect: {exc}") from None


def make_runner(
    workers: int = 1, *, scheduler: str | None = None, partition_size: int | None = None
) -> Runner:
    """A local runner for one worker and no scheduler, a Dask runner otherwise."""
    if workers == 1 and scheduler is None:
        return LocalRunner()
    return DaskRunner(
        workers, scheduler=scheduler, partition_size=partition_size or DEFAULT_PARTITION_SIZE
    )
