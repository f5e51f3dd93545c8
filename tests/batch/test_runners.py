"""Runner choice and chunk sizes (the Dask equality tests are in test_workers.py)."""

from __future__ import annotations

import pytest

from marsad.batch import DaskRunner, LocalRunner, make_runner
from marsad.batch.runners import chunked
from marsad.errors import ConfigError


def test_one_worker_runs_locally_more_use_dask() -> None:
    assert isinstance(make_runner(1), LocalRunner)
    runner = make_runner(3, partition_size=100)
    assert isinstance(runner, DaskRunner) and runner.workers == 3
    # Every worker gets full partitions, and a chunk is never below the batch size.
    assert runner.chunk_size(500) == 500 and runner.chunk_size(200) == 300
    assert LocalRunner().chunk_size(50) == 50


def test_bad_worker_counts_are_refused() -> None:
    with pytest.raises(ConfigError, match="--workers"):
        DaskRunner(0)
    with pytest.raises(ConfigError, match="--partition-size"):
        DaskRunner(2, partition_size=0)


def test_chunked_keeps_order_and_remainder() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []
