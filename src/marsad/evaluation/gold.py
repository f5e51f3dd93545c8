"""Reading gold files (GOLD.md) into typed records."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import InputError
from marsad.evaluation.names import name_keys

__all__ = ["GoldActor", "GoldArticle", "GoldEvent", "load_gold"]


@dataclass(frozen=True)
class GoldActor:
    """An actor as annotated: names for actor-level, country for country-level matching."""

    names: frozenset[str]
    country: str | None
    type: str | None = None
    role: str | None = None
    label: str = ""


@dataclass(frozen=True)
class GoldEvent:
    type: str
    mode: str | None
    status: str | None
    participants: tuple[GoldActor, ...]
    mediators: tuple[GoldActor, ...]
    location: GoldActor | None
    date_value: str | None
    date_precision: str | None
    attributed_to: tuple[GoldActor, ...]
    evidence: str | tuple[int, int] | None


@dataclass(frozen=True)
class GoldArticle:
    url: str
    published: str | None
    entities: tuple[GoldActor, ...]
    events: tuple[GoldEvent, ...]
    line: int = 0
    extra: dict[str, object] = field(default_factory=dict)


def _actor(obj: object, where: str) -> GoldActor:
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: expected an object, got {type(obj).__name__}")
    aliases = obj.get("aliases_ar") or []
    if not isinstance(aliases, list):
        raise ValueError(f"{where}: aliases_ar must be a list")
    label = str(obj.get("name_en") or (aliases[0] if aliases else ""))
    return GoldActor(
        names=name_keys([obj.get("name_en"), obj.get("name_ar"), *aliases]),
        country=obj.get("country") or None,
        type=obj.get("type"),
        role=obj.get("role"),
        label=label,
    )


def _actors(items: object, where: str) -> tuple[GoldActor, ...]:
    if items is None:
        return ()
    if not isinstance(items, list):
        raise ValueError(f"{where}: expected a list")
    return tuple(_actor(a, f"{where}[{i}]") for i, a in enumerate(items))


def _event(obj: dict[str, object], where: str) -> GoldEvent:
    if "type" not in obj:
        raise ValueError(f"{where}: event has no type")
    date = obj.get("date") or {}
    if not isinstance(date, dict):
        raise ValueError(f"{where}.date: expected an object")
    evidence = obj.get("evidence")
    if isinstance(evidence, list):
        if len(evidence) != 2 or not all(isinstance(x, int) for x in evidence):
            raise ValueError(f"{where}.evidence: expected [start, end]")
        evidence = (evidence[0], evidence[1])
    location = obj.get("location")
    return GoldEvent(
        type=str(obj["type"]),
        mode=obj.get("mode"),  # type: ignore[arg-type]
        status=obj.get("status"),  # type: ignore[arg-type]
        participants=_actors(obj.get("participants"), f"{where}.participants"),
        mediators=_actors(obj.get("mediators"), f"{where}.mediators"),
        location=_actor(location, f"{where}.location") if location else None,
        date_value=date.get("value"),
        date_precision=date.get("precision"),
        attributed_to=_actors(obj.get("attributed_to"), f"{where}.attributed_to"),
        evidence=evidence,  # type: ignore[arg-type]
    )


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Parse a gold JSONL file; a malformed line raises InputError naming file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read gold file: {exc}") from exc
    articles: list[GoldArticle] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not obj.get("url"):
                raise ValueError("an article needs a url")
            events = obj.get("events") or []
            articles.append(
                GoldArticle(
                    url=str(obj["url"]),
                    published=obj.get("published"),
                    entities=_actors(obj.get("entities"), f"{where}.entities"),
                    events=tuple(_event(e, f"{where}.events[{i}]") for i, e in enumerate(events)),
                    line=number,
                )
            )
        except (ValueError, TypeError) as exc:
            raise InputError(f"{path}:{number}", str(exc)) from exc
    return articles
