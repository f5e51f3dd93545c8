"""The article's entity mentions as event arguments: who can act, what is a place.

EVENTS.md counts only events with a political actor: a state or its organs and
officials, an intergovernmental organisation, a party, an armed group, a named
delegation. Places (cities, governorates) are locations, never actors; a country
is an actor unless it sits after a locative preposition ("في سوريا").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from marsad.output import EntityOut
from marsad.records import Mention

__all__ = ["ActorIndex", "EntityResultLike", "MentionRef"]

# Place subtypes (docs/resources.md, places.tsv) — a location, never an actor.
PLACE_SUBTYPES = frozenset(
    {
        "capital",
        "city",
        "governorate",
        "province",
        "state",
        "district",
        "region",
        "territory",
        "town",
        "village",
        "neighbourhood",
        "neighborhood",
        "site",
        "camp",
        "crossing",
    }
)
# Organisations that are not political actors.
NON_POLITICAL_ORGS = frozenset({"company", "media", "sport", "club", "university"})
# Organisations that act for their state (spec/EVENTS.md: "the ministry or army,
# not also its state"); armed groups, parties and opposition bodies do not.
STATE_ORGANS = frozenset(
    {"gov", "ministry", "military", "security", "parliament", "court", "agency"}
)
# How specific an entity is, for "the most specific place/actor named".
_SPECIFICITY = {"PER": 3, "ORG": 2, "GPE": 1, "LOC": 0}


class EntityResultLike(Protocol):
    """What event extraction reads from the entity stage (marsad.entities.EntityResult)."""

    @property
    def entities(self) -> Sequence[EntityOut]: ...
    @property
    def mentions(self) -> Sequence[tuple[Mention, str]]: ...


@dataclass(frozen=True, slots=True)
class MentionRef:
    """One mention of an entity, by span; an `affiliation` is a person's organisation
    or state named in the title after his name, not a party of its own."""

    start: int
    end: int
    entity: str
    affiliation: bool = False


class ActorIndex:
    """Entity lookups for one article: mentions by position, actor and place tests."""

    def __init__(self, result: EntityResultLike) -> None:
        self.entities: dict[str, EntityOut] = {e.id: e for e in result.entities}
        refs = sorted(
            (
                MentionRef(m.start, m.end, eid, m.source == "affiliation")
                for m, eid in result.mentions
                if eid in self.entities
            ),
            key=lambda r: (r.start, -r.end),
        )
        # Drop mentions nested inside a longer one (a nisba inside an organisation name).
        kept: list[MentionRef] = []
        for r in refs:
            if kept and r.start < kept[-1].end:
                continue
            kept.append(r)
        self.refs = kept
        self._starts = [r.start for r in kept]
        self._states: dict[str, str] = {}
        for e in result.entities:
            if e.country and self.is_country(e.id):
                self._states.setdefault(e.country, e.id)

    def add_refs(self, extra: Sequence[MentionRef]) -> None:
        """Add mentions found by the event stage itself (plain nouns: "الحركة") that
        overlap no mention of the entity stage."""
        if not extra:
            return
        fresh = [r for r in extra if not self.within(r.start, r.end) and not self.covering(r.start)]
        self.refs = sorted([*self.refs, *fresh], key=lambda r: (r.start, -r.end))
        self._starts = [r.start for r in self.refs]

    def state(self, iso3: str) -> str | None:
        """The article's entity for a state, if the article has one."""
        return self._states.get(iso3)

    def within(self, start: int, end: int) -> list[MentionRef]:
        """Mentions inside [start, end), in text order, without affiliations (a
        person's state or organisation named in his title is no actor of its own)."""
        i = bisect_left(self._starts, start)
        out: list[MentionRef] = []
        while i < len(self.refs) and self.refs[i].start < end:
            if self.refs[i].end <= end and not self.refs[i].affiliation:
                out.append(self.refs[i])
            i += 1
        return out

    def covering(self, offset: int) -> bool:
        """Whether a mention spans `offset` (a word inside a longer name)."""
        i = bisect_left(self._starts, offset + 1) - 1
        return i >= 0 and self.refs[i].start <= offset < self.refs[i].end

    def is_place(self, eid: str) -> bool:
        e = self.entities[eid]
        return e.type == "LOC" or (e.type == "GPE" and (e.subtype or "") in PLACE_SUBTYPES)

    def is_country(self, eid: str) -> bool:
        e = self.entities[eid]
        return e.type == "GPE" and not self.is_place(eid) and e.country is not None

    def is_media(self, eid: str) -> bool:
        return (self.entities[eid].subtype or "") == "media"

    def is_actor(self, eid: str) -> bool:
        """A political actor: state, state organ or official, IGO, party, armed group."""
        e = self.entities[eid]
        if e.type == "GPE":
            return self.is_country(eid)
        if e.type == "ORG":
            if (e.subtype or "") in NON_POLITICAL_ORGS:
                return False
            return e.kb_id is not None or e.country is not None or e.subtype is not None
        # A named person acting in a political event is taken as an actor: private
        # persons rarely meet, condemn or sanction.
        return e.type == "PER"

    def country(self, eid: str) -> str | None:
        return self.entities[eid].country

    def specificity(self, eid: str) -> int:
        return _SPECIFICITY.get(self.entities[eid].type, 0)

    def place_rank(self, eid: str) -> int:
        """Higher for more specific places: city over governorate over country."""
        sub = self.entities[eid].subtype or ""
        if sub in {
            "city",
            "capital",
            "town",
            "village",
            "neighbourhood",
            "neighborhood",
            "site",
            "camp",
            "crossing",
        }:
            return 3
        if sub in {"governorate", "province", "state", "district"}:
            return 2
        if self.is_place(eid):
            return 1
        return 0

    def acts_for_state(self, eid: str) -> bool:
        """A person or state organ acting for its country: not a domestic armed group,
        party or opposition body ("أنذرت تركيا حزب العمال الكردستاني": two parties)."""
        e = self.entities[eid]
        return e.type == "PER" or (e.type == "ORG" and (e.subtype or "") in STATE_ORGANS)

    def most_specific(self, ids: Sequence[str]) -> list[str]:
        """Drop a state when a person or organ acting for it is also present."""
        personal = {self.country(i) for i in ids if self.acts_for_state(i)}
        out: list[str] = []
        seen: set[str] = set()
        for i in ids:
            if i in seen or (self.is_country(i) and self.country(i) in personal):
                continue
            seen.add(i)
            out.append(i)
        return out
