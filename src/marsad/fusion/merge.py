"""Merging event mentions across articles (pure: no database here).

Two mentions describe the same event when their type agrees, their participants
overlap (by KB id or name, and by country), their dates agree within the
coarser precision of the two (a day either side at day precision, since
"yesterday" in two time zones can differ), and their places do not contradict.
Mentions are blocked by type and shared actors (see `_block_keys`) so the
comparison stays near-linear on a large store. Syndicated copies (the same duplicate cluster)
count as one article for NumArticles-style figures.

Pairwise links alone chain: a week-precision mention joins a Sunday and a
Friday meeting, one "Qatar met …" mention joins every Qatari meeting. So a
link only merges two groups whose date ranges still share a day and whose
places do not contradict, and participants must share two actors (or one,
when a mention names only one and the place is named alike in both).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = ["EventMention", "FusedEvent", "fuse_mentions", "reconcile_status"]

# How far apart two day-precision dates may be and still be the same event.
DAY_TOLERANCE = timedelta(days=1)
# An undated mention is compared through its article's publication day.
UNDATED_WINDOW = timedelta(days=3)


@dataclass(frozen=True)
class EventMention:
    """One event as extracted from one article, reduced to what fusion compares."""

    article_id: str
    event_id: str
    type: str
    status: str
    actors: frozenset[str]  # KB ids, or normalised names for actors not in the KB
    countries: frozenset[str]
    date_value: str | None
    date_precision: str | None
    published: date | None
    location: str | None  # KB id or normalised name
    location_country: str | None
    outlet: str | None
    cluster: str | None = None  # duplicate cluster of the article, if any
    attributed_to: tuple[str, ...] = ()


@dataclass
class FusedEvent:
    """Mentions judged to be one event, with counts and the reconciled status."""

    mentions: list[EventMention] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.mentions[0].type

    @property
    def num_articles(self) -> int:
        """Distinct stories: syndicated copies of one story count once."""
        return len({m.cluster or m.article_id for m in self.mentions})

    @property
    def num_sources(self) -> int:
        return len({m.outlet or m.article_id for m in self.mentions})

    @property
    def actors(self) -> frozenset[str]:
        return frozenset().union(*(m.actors for m in self.mentions))

    @property
    def countries(self) -> frozenset[str]:
        return frozenset().union(*(m.countries for m in self.mentions))

    @property
    def date(self) -> tuple[str | None, str | None]:
        """The most precise date any mention gives."""
        dated = [m for m in self.mentions if m.date_value]
        if not dated:
            return None, None
        best = min(dated, key=lambda m: _RANK.get(m.date_precision or "day", 0))
        return best.date_value, best.date_precision

    @property
    def location(self) -> str | None:
        return next((m.location for m in self.mentions if m.location), None)

    @property
    def status(self) -> str:
        return reconcile_status(self.mentions)[0]

    @property
    def claims(self) -> list[tuple[str, tuple[str, ...], str]]:
        return reconcile_status(self.mentions)[1]


_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
# Later reports supersede earlier ones along this order; denial is kept as a claim.
_SETTLED = {"occurred", "ongoing"}


def reconcile_status(
    mentions: Sequence[EventMention],
) -> tuple[str, list[tuple[str, tuple[str, ...], str]]]:
    """The status across reports, and who claims what when reports conflict.

    A confirmed occurrence wins over earlier plans (planned → occurred); a
    postponement or cancellation reported after the plan wins over the plan; a
    denial never erases a report, it is kept among the claims.
    """
    ordered = sorted(mentions, key=lambda m: (m.published or date.min, m.article_id))
    statuses = [m.status for m in ordered]
    claims = [(m.status, m.attributed_to, m.article_id) for m in ordered]
    if any(s in _SETTLED for s in statuses):
        status = "occurred" if "occurred" in statuses else "ongoing"
    else:
        status = next((s for s in reversed(statuses) if s != "denied"), statuses[-1])
    distinct = {s for s in statuses}
    return status, claims if len(distinct) > 1 else []


def _interval(m: EventMention) -> tuple[date, date] | None:
    """The days the mention's date could mean."""
    value, precision = m.date_value, m.date_precision or "day"
    try:
        if value and precision == "day":
            day = date.fromisoformat(value[:10])
            return day - DAY_TOLERANCE, day + DAY_TOLERANCE
        if value and precision == "week":
            iso_year, iso_week = value.split("-W")
            start = date.fromisocalendar(int(iso_year), int(iso_week[:2]), 1)
            return start, start + timedelta(days=6)
        if value and precision == "month":
            year, month = int(value[:4]), int(value[5:7])
            start = date(year, month, 1)
            end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            return start, end
        if value and precision == "year":
            return date(int(value[:4]), 1, 1), date(int(value[:4]), 12, 31)
    except (ValueError, IndexError):
        pass
    if m.published:
        return m.published - UNDATED_WINDOW, m.published
    return None


def _dates_compatible(a: EventMention, b: EventMention) -> bool:
    left, right = _interval(a), _interval(b)
    if left is None or right is None:
        return True
    return left[0] <= right[1] and right[0] <= left[1]


def _places_compatible(a: EventMention, b: EventMention) -> bool:
    if not a.location or not b.location or a.location == b.location:
        return True
    # Doha vs Qatar: a city and its country do not contradict each other.
    return (
        a.location_country is not None
        and a.location_country == b.location_country
        and (
            a.location == f"country:{a.location_country}"
            or b.location == f"country:{b.location_country}"
        )
    )


# Share of the smaller actor set that the other must contain.
MIN_OVERLAP = 0.6


def _participants_compatible(a: EventMention, b: EventMention) -> bool:
    shared = len(a.actors & b.actors)
    smaller = min(len(a.actors), len(b.actors))
    if smaller >= 2 and shared >= 2 and shared / smaller >= MIN_OVERLAP:
        return True
    if smaller == 1 and shared == 1:
        # One named actor is weak evidence: require the same named place too.
        return a.location is not None and a.location == b.location
    # Same states (two or more) on both sides: "the Saudi foreign minister" in
    # one report, "al-Jubeir" in another.
    return len(a.countries) >= 2 and a.countries == b.countries


def same_event(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions from different articles report one event."""
    return (
        a.type == b.type
        and _participants_compatible(a, b)
        and _dates_compatible(a, b)
        and _places_compatible(a, b)
    )


def _block_keys(m: EventMention) -> set[tuple[str, ...]]:
    """Keys that any mention compatible with `m` shares with it (see
    `_participants_compatible`): a pair of its actors, an actor and the named
    place, or its set of two or more countries. Small blocks keep fusion fast
    on a dense store; a mention with none of these can match nothing."""
    actors = sorted(m.actors)
    keys: set[tuple[str, ...]] = {
        (m.type, "pair", a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]
    }
    if m.location:
        keys |= {(m.type, "at", a, m.location) for a in actors}
    if len(m.countries) >= 2:
        keys.add((m.type, "states", *sorted(m.countries)))
    return keys


def _distinct_places(mentions: list[EventMention]) -> list[EventMention]:
    """One mention per named place (enough to test a newcomer's place against)."""
    seen: dict[str | None, EventMention] = {}
    for m in mentions:
        seen.setdefault(m.location, m)
    return list(seen.values())


def fuse_mentions(mentions: Iterable[EventMention]) -> list[FusedEvent]:
    """Group mentions into fused events (union-find over compatible pairs)."""
    items = list(mentions)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, m in enumerate(items):
        for key in _block_keys(m):
            blocks[key].append(index)
    spans = [_interval(m) or (date.min, date.max) for m in items]
    # Per group root: the days every member allows, and the places named.
    common = list(spans)
    places: list[list[EventMention]] = [[m] if m.location else [] for m in items]
    for members in blocks.values():
        # A sliding window over start dates: only overlapping intervals can match.
        members.sort(key=lambda k: spans[k][0])
        for pos, i in enumerate(members):
            for j in members[pos + 1 :]:
                if spans[j][0] > spans[i][1]:
                    break
                if items[i].article_id == items[j].article_id:
                    continue  # within an article, the events stage already merged
                root_i, root_j = find(i), find(j)
                # Same type (block key) and overlapping dates (window) hold here.
                if root_i == root_j or not (
                    _participants_compatible(items[i], items[j])
                    and _places_compatible(items[i], items[j])
                ):
                    continue
                start = max(common[root_i][0], common[root_j][0])
                end = min(common[root_i][1], common[root_j][1])
                if start > end or not all(
                    _places_compatible(p, q) for p in places[root_i] for q in places[root_j]
                ):
                    continue
                parent[root_j] = root_i
                common[root_i] = (start, end)
                places[root_i] = _distinct_places(places[root_i] + places[root_j])
    groups: dict[int, FusedEvent] = defaultdict(FusedEvent)
    for index, m in enumerate(items):
        groups[find(index)].mentions.append(m)
    return sorted(groups.values(), key=lambda f: (f.date[0] or "", f.type))
