"""The document's entity table: one row per distinct actor, with its mentions.

Linking adds mentions under an entity key (a KB id, or `new:…`/`office:…` for an
actor the KB does not hold); the table keeps the first attributes given for a
key, drops a mention that overlaps one already recorded, and numbers entities
e1, e2 … in order of first mention when the result is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from marsad.output import EntityOut, SpanOut
from marsad.records import Mention
from marsad.text.normalise import normalise

__all__ = ["EntityAttrs", "EntityResult", "EntityTable", "merge_places"]


@dataclass(frozen=True, slots=True)
class EntityAttrs:
    """What OUTPUT.md says about one entity, except its id and mentions."""

    type: str
    name_ar: str
    name_en: str
    kb_id: str | None = None
    subtype: str | None = None
    country: str | None = None
    title: str | None = None
    title_key: str | None = None  # the title lexicon key of `title`, for counterparts
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class EntityResult:
    """Document-level entities, and each mention with its entity id (for events)."""

    entities: list[EntityOut] = field(default_factory=list)
    mentions: list[tuple[Mention, str]] = field(default_factory=list)


class EntityTable:
    """Entities of one article under construction."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.attrs: dict[str, EntityAttrs] = {}
        self.mentions: dict[str, list[Mention]] = {}
        self._taken = bytearray(len(text))  # 1 where a recorded mention covers the char

    def __contains__(self, key: str) -> bool:
        return key in self.attrs

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self._taken[max(start, 0) : end]

    def add(self, key: str, attrs: EntityAttrs, mention: Mention) -> bool:
        """Record `mention` of entity `key`; False when its span is already taken."""
        if mention.end <= mention.start or self.overlaps(mention.start, mention.end):
            return False
        if self.text[mention.start : mention.end] != mention.text:
            raise ValueError(f"mention {mention.text!r} does not slice the text at {mention.start}")
        self.attrs.setdefault(key, attrs)
        self.mentions.setdefault(key, []).append(mention)
        self._taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        return True

    def update(self, key: str, attrs: EntityAttrs) -> None:
        """Replace an entity's attributes (a later mention told more, e.g. its title)."""
        self.attrs[key] = attrs

    def move(self, old: str, new: str, attrs: EntityAttrs) -> None:
        """Give every mention of entity `old` to entity `new` (a reading settled late)."""
        moved = [replace(m, kb_id=attrs.kb_id) for m in self.mentions.pop(old)]
        del self.attrs[old]
        self.attrs.setdefault(new, attrs)
        self.mentions.setdefault(new, []).extend(moved)

    def drop(self, kb_ids: frozenset[str]) -> None:
        """Remove entities whose KB id is listed (regions too general to report)."""
        for key in [k for k, a in self.attrs.items() if a.kb_id in kb_ids]:
            del self.attrs[key]
            del self.mentions[key]

    def last_person(self, before: int) -> str | None:
        """Key of the person mentioned last before offset `before`."""
        best, best_pos = None, -1
        for key, attrs in self.attrs.items():
            if attrs.type != "PER":
                continue
            for m in self.mentions[key]:
                if best_pos < m.start < before:
                    best, best_pos = key, m.start
        return best

    def result(self) -> EntityResult:
        keys = sorted(self.mentions, key=lambda k: min(m.start for m in self.mentions[k]))
        entities: list[EntityOut] = []
        pairs: list[tuple[Mention, str]] = []
        for n, key in enumerate(keys, 1):
            eid = f"e{n}"
            a = self.attrs[key]
            spans = sorted(self.mentions[key], key=lambda m: m.start)
            entities.append(
                EntityOut(
                    id=eid,
                    kb_id=a.kb_id,
                    type=a.type,  # type: ignore[arg-type]
                    subtype=a.subtype,
                    name_ar=a.name_ar,
                    name_en=a.name_en,
                    country=a.country,
                    title=a.title,
                    lat=a.lat,
                    lon=a.lon,
                    mentions=[SpanOut(start=m.start, end=m.end, text=m.text) for m in spans],
                )
            )
            pairs += [(m, eid) for m in spans]
        pairs.sort(key=lambda p: p[0].start)
        return EntityResult(entities=entities, mentions=pairs)


_PLACE_NOUNS = (
    "قطاع ",
    "محافظة ",
    "محافظه ",
    "ولاية ",
    "ولايه ",
    "منطقة ",
    "منطقه ",
    "مدينة ",
    "مدينه ",
    "إقليم ",
    "اقليم ",
    "جزيرة ",
    "جزيره ",
)


def _bare_place(name: str) -> str:
    for noun in _PLACE_NOUNS:
        if name.startswith(noun):
            return name[len(noun) :]
    return name


def merge_places(table: EntityTable) -> None:
    """Merge places whose names differ only by a place noun (غزة / قطاع غزة,
    السويداء / محافظة السويداء): a reader sees one place where the KB has two rows.
    The city keeps its attributes (an admin seat is named after its province), but a
    territory named with a place noun keeps its own: in news, غزة next to قطاع غزة
    is the Strip."""
    groups: dict[str, list[str]] = {}
    for key, attrs in table.attrs.items():
        if attrs.type in ("GPE", "LOC") and attrs.subtype != "country":
            groups.setdefault(normalise(_bare_place(attrs.name_ar)), []).append(key)
    for keys in groups.values():
        if len(keys) < 2:
            continue
        keys.sort(key=lambda k: (_CITY_FIRST.get(table.attrs[k].subtype or "", 9), k))
        for other in keys[1:]:
            table.mentions[keys[0]].extend(table.mentions.pop(other))
            del table.attrs[other]


_CITY_FIRST = {"territory": -1, "capital": 0, "city": 1}
