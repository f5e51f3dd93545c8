"""Event extraction: Arabic news clauses to PLOVER-typed events (spec/EVENTS.md).

`extract_events(article, sentences, entity_result, resources)` is the stage's
entry point; the lexicons it uses are data under resources/events/.
"""

from marsad.events.build import extract_events
from marsad.events.resources import EventResources

__all__ = ["EventResources", "extract_events"]
