"""Hand-made inputs for event tests: an article and the entity records for it.

The entity stage is not run here: each test names the entities of its own sentence
(surface, type, subtype, country), so a failure points at event extraction alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from marsad.events import EventResources, extract_events
from marsad.output import EntityOut, EventOut, SpanOut
from marsad.records import Article, Mention
from marsad.text.sentences import split_sentences


@dataclass
class Ent:
    """An entity of a test article and the surfaces that mention it."""

    id: str
    type: str
    name_en: str
    surfaces: list[str]
    country: str | None = None
    subtype: str | None = None
    kb_id: str | None = None
    title: str | None = None
    affiliation: bool = False  # named only in a person's title (Mention.source)


@dataclass
class Time:
    """A resolved time expression, as the time stage gives it."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None


@dataclass
class FakeResult:
    entities: list[EntityOut] = field(default_factory=list)
    mentions: list[tuple[Mention, str]] = field(default_factory=list)


def article(
    text: str, title: str = "", published: datetime | None = None, url: str | None = None
) -> Article:
    full = f"{title}\n{text}" if title else text
    return Article(
        id="t",
        url=url,
        outlet=None,
        title=title,
        body=text,
        text=full,
        author=None,
        published=published or datetime(2024, 5, 16),
        fetched_at=None,
        raw="",
        language="ar",
        content_hash="h",
    )


def entity_result(text: str, ents: list[Ent]) -> FakeResult:
    """Every occurrence of every surface becomes a mention (longest surfaces first)."""
    taken: set[int] = set()  # characters already inside a mention
    out = FakeResult()
    spans: dict[str, list[SpanOut]] = {e.id: [] for e in ents}
    pairs = sorted(((s, e) for e in ents for s in e.surfaces), key=lambda p: -len(p[0]))
    for surface, e in pairs:
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if start not in taken and end - 1 not in taken:
                taken.update(range(start, end))
                out.mentions.append(
                    (
                        Mention(
                            start,
                            end,
                            surface,
                            e.type,
                            e.kb_id,
                            e.subtype,
                            source="affiliation" if e.affiliation else "gazetteer",
                        ),
                        e.id,
                    )
                )
                spans[e.id].append(SpanOut(start=start, end=end, text=surface))
            start = text.find(surface, end)
    out.mentions.sort(key=lambda m: m[0].start)
    for e in ents:
        out.entities.append(
            EntityOut(
                id=e.id,
                kb_id=e.kb_id,
                type=e.type,
                subtype=e.subtype,
                name_ar=e.surfaces[0],
                name_en=e.name_en,
                country=e.country,
                title=e.title,
                mentions=spans[e.id],
            )
        )
    return out


def run(
    text: str,
    ents: list[Ent],
    res: EventResources,
    title: str = "",
    published: datetime | None = None,
    times: tuple = (),
    url: str | None = None,
) -> tuple[list[EventOut], dict[str, str]]:
    """Events of a hand-made article, and a map entity id → English name."""
    art = article(text, title, published, url)
    result = entity_result(art.text, ents)
    events = extract_events(art, split_sentences(art.text), result, res, times)
    return events, {e.id: e.name_en for e in ents}


def names(event: EventOut, names_by_id: dict[str, str]) -> set[str]:
    return {names_by_id[p.entity] for p in event.participants}


def roles(ev: EventOut, names: dict[str, str]) -> dict[str, str]:
    """An event's participants as English name → role."""
    return {names[p.entity]: p.role for p in ev.participants}


def of_type(events: list[EventOut], etype: str) -> list[EventOut]:
    return [e for e in events if e.type == etype]
