"""System output (OUTPUT.md JSON) seen through the same records as gold."""

from __future__ import annotations

from typing import Any

from marsad.evaluation.gold import GoldActor, GoldArticle, GoldEvent
from marsad.evaluation.names import name_keys

__all__ = ["system_article"]


def _entity_actor(entity: dict[str, Any], role: str | None = None) -> GoldActor:
    mentions = [m.get("text") for m in entity.get("mentions") or []]
    return GoldActor(
        names=name_keys([entity.get("name_en"), entity.get("name_ar"), *mentions]),
        country=entity.get("country") or None,
        type=entity.get("type"),
        role=role,
        label=str(entity.get("name_en") or entity.get("name_ar") or entity.get("id")),
    )


def system_article(output: dict[str, Any], url: str) -> GoldArticle:
    """Turn one extraction object into the scorer's records (evidence as offsets)."""
    entities = {e["id"]: e for e in output.get("entities") or []}

    def actor(ref: str | None, role: str | None = None) -> GoldActor | None:
        entity = entities.get(ref) if ref else None
        return _entity_actor(entity, role) if entity else None

    def actors(refs: list[str]) -> tuple[GoldActor, ...]:
        return tuple(a for a in (actor(r) for r in refs) if a is not None)

    events = []
    for event in output.get("events") or []:
        participants = tuple(
            a
            for a in (actor(p.get("entity"), p.get("role")) for p in event.get("participants", []))
            if a is not None
        )
        date = event.get("date") or {}
        evidence = event.get("evidence") or []
        events.append(
            GoldEvent(
                type=event["type"],
                mode=event.get("mode"),
                status=event.get("status"),
                participants=participants,
                mediators=actors(event.get("mediators") or []),
                location=actor(event.get("location")),
                date_value=date.get("value"),
                date_precision=date.get("precision"),
                attributed_to=actors(event.get("attributed_to") or []),
                evidence=evidence[0].get("text") if evidence else None,
            )
        )
    return GoldArticle(
        url=url,
        published=(output.get("article") or {}).get("published"),
        entities=tuple(_entity_actor(e) for e in entities.values()),
        events=tuple(events),
    )
