"""Merging event mentions across articles (pure: no database here).

Two mentions describe the same event when their type agrees, their participants
overlap (by KB id or name, and by country), their dates agree within the
coarser precision of the two (a day either side at day precision, since
"yesterday" in two time zones can differ), and their places do not contradict.
Mentions are blocked by type and shared actors (see `_block_keys`) so the
comparison stays near-linear on a large store. Syndicated copies (the same duplicate cluster)
count as one article for NumArticles-style figures.

Pairwise links alone chain: a week-precision mention joins a Sunday and a
Friday meeting, one "Kerry in Doha" mention joins Kerry's trilateral with Lavrov
and al-Jubeir and his meeting with the GCC ministers the same day. So links are
only candidates: `fuse_mentions` merges groups agglomeratively, most alike pairs
first, and only when the two groups as wholes agree (`_groups_compatible`):
dates still sharing a day, few contradicting places, hardly any pair of specific
members naming different parties, and one group's actor profile mostly held by
the other's. See docs/fusion.md.
"""

from __future__ import annotations

from collections import Counter, defaultdict
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
    mode: str | None = None


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


def _place_pair_compatible(
    left: tuple[str | None, str | None], right: tuple[str | None, str | None]
) -> bool:
    """Whether two (place, country of the place) pairs can name one location."""
    (place_a, country_a), (place_b, country_b) = left, right
    if not place_a or not place_b or place_a == place_b:
        return True
    # Doha vs Qatar: a city and its country do not contradict each other.
    return (
        country_a is not None
        and country_a == country_b
        and (place_a == f"country:{country_a}" or place_b == f"country:{country_b}")
    )


def _places_compatible(a: EventMention, b: EventMention) -> bool:
    return _place_pair_compatible(
        (a.location, a.location_country), (b.location, b.location_country)
    )


# Share of the smaller actor set that the other must contain.
MIN_OVERLAP = 0.6


def _participants_compatible(a: EventMention, b: EventMention) -> bool:
    shared = len(a.actors & b.actors)
    smaller = min(len(a.actors), len(b.actors))
    if smaller >= 2 and shared >= 2 and shared / smaller >= MIN_OVERLAP:
        return True
    if smaller == 1 and shared == 1:
        # One named actor is weak evidence: require the same named place too,
        # and a named actor, not a bare state ("Egypt" in Cairo is anything).
        [actor] = a.actors & b.actors
        return (
            a.location is not None and a.location == b.location and not actor.startswith("country:")
        )
    # Same states (two or more) on both sides: "the Saudi foreign minister" in
    # one report, "al-Jubeir" in another; but states alone are weak evidence (a
    # Saudi–Egyptian match and a Saudi–Egyptian summit), so one actor or the
    # named place must be shared too.
    return (
        len(a.countries) >= 2
        and a.countries == b.countries
        and (shared >= 1 or (a.location is not None and a.location == b.location))
    )


def same_event(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions from different articles report one event."""
    return (
        a.type == b.type
        and _participants_compatible(a, b)
        and _dates_compatible(a, b)
        and _places_compatible(a, b)
        and _modes_compatible(a, b)
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


# Modes that cannot describe the same contact: a call is not a meeting.
_REMOTE_MODES = frozenset({"phone"})
# How much of one group's actor profile the other must hold (see `_Group.containment`).
GROUP_CONTAINMENT = 0.6
# Two specific mentions, each naming parties the other lacks, report different
# events when they share at most this share of the smaller one's parties (a report
# that lists every GCC state must not set itself against every shorter report).
CONFLICT_OVERLAP = 0.4
# Largest share of pairs of specific members across two groups that may conflict
# (one noisy report must not keep two halves of one event apart).
CONFLICT_SHARE_MAX = 0.25
# Largest share of member pairs across two groups whose places may contradict
# (a topic country read as the place, in one report of many).
PLACE_CONFLICT_MAX = 1 / 3
# Tie-break bonus for candidate pairs that agree on the mode.
_SAME_MODE_BONUS = 0.05


def _features(m: EventMention) -> frozenset[str]:
    """The parties a mention names: its actors, and the states they act for."""
    return m.actors | {f"country:{c}" for c in m.countries}


def _jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    return len(left & right) / len(left | right) if left | right else 0.0


def _modes_compatible(a: EventMention, b: EventMention) -> bool:
    if not a.mode or not b.mode:
        return True
    return (a.mode in _REMOTE_MODES) == (b.mode in _REMOTE_MODES)


def _pair_score(a: EventMention, b: EventMention) -> float:
    """How alike two linked mentions are (merge order: most alike first)."""
    bonus = _SAME_MODE_BONUS if a.mode and a.mode == b.mode else 0.0
    return _jaccard(_features(a), _features(b)) + bonus


def _conflicting(left: frozenset[str], right: frozenset[str]) -> bool:
    """Two specific actor sets that each add parties the other lacks and share
    little: Kerry–Lavrov–al-Jubeir against Kerry–GCC–al-Attiyah."""
    if not (left - right and right - left):
        return False
    return len(left & right) <= CONFLICT_OVERLAP * min(len(left), len(right))


@dataclass
class _Group:
    """A growing fused event: its members' actor profile, the distinct actor sets
    of its specific members, the days all members allow and the places named."""

    size: int
    profile: Counter[str]
    specific: Counter[frozenset[str]]
    days: tuple[date, date]
    places: Counter[tuple[str | None, str | None]]

    @classmethod
    def of(cls, m: EventMention) -> _Group:
        features = _features(m)
        return cls(
            size=1,
            profile=Counter(features),
            specific=Counter({features: 1} if len(m.actors) >= 2 else {}),
            days=_interval(m) or (date.min, date.max),
            places=Counter({(m.location, m.location_country): 1}),
        )

    def join(self, other: _Group) -> _Group:
        return _Group(
            size=self.size + other.size,
            profile=self.profile + other.profile,
            specific=self.specific + other.specific,
            days=(max(self.days[0], other.days[0]), min(self.days[1], other.days[1])),
            places=self.places + other.places,
        )

    def containment(self, other: _Group) -> float:
        """Share of this group's actor profile (each party weighted by the share of
        members naming it) that the other group's profile also holds."""
        total = sum(self.profile.values()) / self.size
        if total == 0:
            return 1.0
        held = sum(
            min(count / self.size, other.profile[x] / other.size)
            for x, count in self.profile.items()
        )
        return held / total

    def actor_conflicts(self, other: _Group) -> float:
        """Share of pairs of specific members (one from each group) that
        `_conflicting` says report different events."""
        pairs = sum(self.specific.values()) * sum(other.specific.values())
        if pairs == 0:
            return 0.0
        clash = sum(
            n * k
            for x, n in self.specific.items()
            for y, k in other.specific.items()
            if _conflicting(x, y)
        )
        return clash / pairs

    def place_conflicts(self, other: _Group) -> float:
        """Share of member pairs (one from each group) whose places contradict."""
        clash = sum(
            n * k
            for p, n in self.places.items()
            for q, k in other.places.items()
            if not _place_pair_compatible(p, q)
        )
        return clash / (self.size * other.size)


def _groups_compatible(a: _Group, b: _Group) -> bool:
    """Whether two groups can be one event.

    Their dates must still share a day and their places mostly agree. Actors
    are checked twice: near-complete link (hardly any specific member of one
    conflicts with a specific member of the other) and centroid (one group's actor profile is
    mostly held by the other's). Two meetings on one day in one city (Kerry with
    Lavrov and al-Jubeir; Kerry with the GCC ministers) thus stay apart however
    many of their members link pairwise through a report naming only Kerry.
    """
    if max(a.days[0], b.days[0]) > min(a.days[1], b.days[1]):
        return False
    if a.place_conflicts(b) > PLACE_CONFLICT_MAX:
        return False
    if a.actor_conflicts(b) > CONFLICT_SHARE_MAX:
        return False
    return max(a.containment(b), b.containment(a)) >= GROUP_CONTAINMENT


def _candidate_pairs(items: Sequence[EventMention]) -> list[tuple[int, int]]:
    """Pairs of mentions from different articles that could report one event,
    most alike first."""
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, m in enumerate(items):
        for key in _block_keys(m):
            blocks[key].append(index)
    spans = [_interval(m) or (date.min, date.max) for m in items]
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        # A sliding window over start dates: only overlapping intervals can match.
        members.sort(key=lambda k: spans[k][0])
        for pos, i in enumerate(members):
            for j in members[pos + 1 :]:
                if spans[j][0] > spans[i][1]:
                    break
                a, b = items[i], items[j]
                # Within an article, the events stage already merged; same type
                # (block key) and overlapping dates (window) hold here.
                if (
                    a.article_id != b.article_id
                    and (min(i, j), max(i, j)) not in pairs
                    and _participants_compatible(a, b)
                    and _places_compatible(a, b)
                    and _modes_compatible(a, b)
                ):
                    pairs.add((min(i, j), max(i, j)))
    return sorted(pairs, key=lambda p: (-_pair_score(items[p[0]], items[p[1]]), p))


def fuse_mentions(mentions: Iterable[EventMention]) -> list[FusedEvent]:
    """Group mentions into fused events.

    Agglomerative: candidate pairs (linked by `same_event`'s pairwise tests) are
    taken most alike first, and a pair merges its two groups only when the
    groups as wholes agree (`_groups_compatible`). Passes repeat until nothing
    merges, so a pair refused while a group was small is tried again.
    """
    # A fixed order, so that the same mentions give the same groups whichever
    # subset of the store an incremental run loads them with.
    items = sorted(mentions, key=lambda m: (m.article_id, m.event_id))
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    groups = [_Group.of(m) for m in items]
    pending = _candidate_pairs(items)
    while pending:
        refused = []
        for i, j in pending:
            root_i, root_j = find(i), find(j)
            if root_i == root_j:
                continue
            left, right = groups[root_i], groups[root_j]
            if not _groups_compatible(left, right):
                refused.append((i, j))
                continue
            parent[root_j] = root_i
            groups[root_i] = left.join(right)
        if len(refused) == len(pending):
            break
        pending = refused
    fused: dict[int, FusedEvent] = defaultdict(FusedEvent)
    for index, m in enumerate(items):
        fused[find(index)].mentions.append(m)
    return sorted(fused.values(), key=lambda f: (f.date[0] or "", f.type))
