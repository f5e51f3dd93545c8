"""Batch runs over many articles: ingest (read, clean, store, dedup, extract) and
reprocess (extract stored articles again), locally or on Dask workers."""

from marsad.batch.ingest import IngestSummary, ingest, store_articles
from marsad.batch.reprocess import ReprocessSummary, due_articles, reprocess
from marsad.batch.runners import DaskRunner, LocalRunner, Runner, make_runner

__all__ = [
    "DaskRunner",
    "IngestSummary",
    "LocalRunner",
    "ReprocessSummary",
    "Runner",
    "due_articles",
    "ingest",
    "make_runner",
    "reprocess",
    "store_articles",
]
