"""marsad events as PLOVER records, undoing marsad's documented departures (EVENTS.md).

The PLOVER type of a mode comes from resources/events/ontology.yaml (`plover`
key: sign → SUPPORT, ceasefire → CONCEDE, host → CONSULT); what the ontology
cannot say as a mode is here: a planned CONSULT is AGREE (intent to meet), host
becomes visit with source and target swapped, mediation and negotiation are
CONSULT in the diplomatic context.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from marsad.events.resources import read_event_yaml

__all__ = ["plover_record", "plover_types"]

# PLOVER CONSULT modes; marsad modes outside this set are dropped from `mode`.
_CONSULT_MODES = {"visit", "phone", "multilateral"}
_DIPLOMATIC = {"mediate", "negotiate"}


@cache
def plover_types() -> dict[tuple[str, str], str]:
    """(marsad type, mode) → PLOVER type, where the ontology says they differ."""
    data = read_event_yaml("ontology.yaml")
    found = {}
    for type_, spec in data["types"].items():
        for mode, mspec in (spec.get("modes") or {}).items():
            if isinstance(mspec, dict) and mspec.get("plover"):
                found[(type_, mode)] = str(mspec["plover"])
    return found


def _actor(p: dict[str, Any] | None) -> dict[str, Any] | None:
    if not p:
        return None
    return {
        "name": p.get("name_en"),
        "name_ar": p.get("name_ar"),
        "kb_id": p.get("kb_id"),
        "country": p.get("country"),
    }


def plover_record(event: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER-style record of an event row from `marsad.store.queries`."""
    type_, mode, status = event["type"], event.get("mode"), event["status"]
    sources = [p for p in event["participants"] if p["role"] == "source"]
    targets = [p for p in event["participants"] if p["role"] == "target"]
    others = [p for p in event["participants"] if p["role"] == "participant"]
    if not sources and others:
        sources, others = others[:1], others[1:]
    if not targets and others:
        targets, others = others[:1], others[1:]
    plover_type = plover_types().get((type_, mode or ""), type_)
    plover_mode = mode
    context: list[str] = []
    if type_ == "CONSULT":
        plover_mode = mode if mode in _CONSULT_MODES else None
        if mode == "host":
            plover_mode = "visit"
            sources, targets = targets, sources
        if mode in _DIPLOMATIC:
            context.append("diplomatic")
        if status == "planned":
            plover_type = "AGREE"
    elif plover_type != type_:
        plover_mode = None
    location = event.get("location") or {}
    return {
        "id": f"{event['article_id']}-{event['event_id']}",
        "event_type": plover_type,
        "mode": plover_mode,
        "context": context,
        "date": event.get("day"),
        "date_resolution": (event.get("date") or {}).get("precision"),
        "source": [_actor(p) for p in sources],
        "target": [_actor(p) for p in targets],
        "other_actors": [_actor(p) for p in others],
        "mediators": [_actor(p) for p in event.get("mediators", [])],
        "location": {
            "name": location.get("name_en"),
            "country": location.get("country"),
            "lat": location.get("lat"),
            "lon": location.get("lon"),
        }
        if location
        else None,
        "event_text": " … ".join(span["text"] for span in event.get("evidence", [])),
        "story_date": event["article"].get("published"),
        "publisher": event["article"].get("source"),
        "url": event["article"].get("url"),
        "marsad": {"type": type_, "mode": mode, "status": status, "cameo": event.get("cameo")},
    }
