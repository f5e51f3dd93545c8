"""The article text cut into segments, each labelled with what it is evidence of.

An event page shows the text with the event's evidence spans and the mentions
of its participants, mediators, place, attribution and date phrase marked, so
a reader sees where each field came from. Labels may overlap (a participant
inside the evidence): each segment carries every label that covers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any

__all__ = ["Mark", "Segment", "event_marks", "segments"]


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    label: (
        str  # evidence | source | target | participant | mediator | location | date | attribution
    )
    anchor: str  # the field it supports, for links from the field table


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    labels: tuple[str, ...]
    anchors: tuple[str, ...]
    start: int


def event_marks(text: str, event: dict[str, Any], entities: list[dict[str, Any]]) -> list[Mark]:
    """Marks for one event (`event` and `entities` as in OUTPUT.md)."""
    marks = [
        Mark(s["start"], s["end"], "evidence", f"evidence-{i}")
        for i, s in enumerate(event.get("evidence", []))
    ]
    by_id = {e["id"]: e for e in entities}

    def mention_marks(entity_id: str, label: str) -> None:
        for i, m in enumerate(by_id.get(entity_id, {}).get("mentions", [])):
            marks.append(Mark(m["start"], m["end"], label, f"{entity_id}-{i}"))

    for p in event.get("participants", []):
        mention_marks(p["entity"], p["role"])
    for m in event.get("mediators", []):
        mention_marks(m, "mediator")
    for a in event.get("attributed_to", []):
        mention_marks(a, "attribution")
    if event.get("location"):
        mention_marks(event["location"], "location")
    phrase = (event.get("date") or {}).get("text")
    if phrase:
        # The date has no offsets of its own: mark the phrase inside the evidence first.
        windows = [(s["start"], s["end"]) for s in event.get("evidence", [])] + [(0, len(text))]
        for start, end in windows:
            at = text.find(phrase, start, end)
            if at >= 0:
                marks.append(Mark(at, at + len(phrase), "date", "date"))
                break
    return [m for m in marks if 0 <= m.start < m.end <= len(text)]


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """`text` split at every mark boundary; concatenated, the segments are `text`."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out = []
    for start, end in pairwise(cuts):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        labels = tuple(sorted({m.label for m in covering}))
        anchors = tuple(sorted({m.anchor for m in covering if m.start == start}))
        out.append(Segment(text[start:end], labels, anchors, start))
    return out
