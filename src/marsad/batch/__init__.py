"""Batch runs over many sources: ingest (read, clean, store, dedup, extract)."""

from marsad.batch.ingest import IngestSummary, ingest, store_articles

__all__ = ["IngestSummary", "ingest", "store_articles"]
