"""Exports of stored events: CSV, JSONL, GeoJSON, PLOVER JSON and a GDELT-like TSV."""

from marsad.export.formats import FORMATS, export_events

__all__ = ["FORMATS", "export_events"]
