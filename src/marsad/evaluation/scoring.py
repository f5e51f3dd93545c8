"""Scoring as GOLD.md defines it: entities, events at country and actor level, attributes.

Actor matching: at actor level two actors match when a normalised name of one
equals one of the other's. At country level they match when their countries are
equal and not null; actors without a country (IGOs, their officials) fall back
to name matching, so country level is never stricter than actor level.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from marsad.evaluation.gold import GoldActor, GoldArticle, GoldEvent

__all__ = ["ArticlePair", "Report", "score"]

ActorMatch = Callable[[GoldActor, GoldActor], bool]
ATTRIBUTES = ("status", "mode", "location", "date", "mediators", "attributed_to")


def actor_level(a: GoldActor, b: GoldActor) -> bool:
    return bool(a.names & b.names)


def country_level(a: GoldActor, b: GoldActor) -> bool:
    if a.country and b.country:
        return a.country == b.country
    return actor_level(a, b)


def _one_to_one(left: Sequence[GoldActor], right: Sequence[GoldActor], match: ActorMatch) -> int:
    """Size of a greedy one-to-one matching (actor sets are small)."""
    used: set[int] = set()
    count = 0
    for a in left:
        for j, b in enumerate(right):
            if j not in used and match(a, b):
                used.add(j)
                count += 1
                break
    return count


def jaccard(left: Sequence[GoldActor], right: Sequence[GoldActor], match: ActorMatch) -> float:
    if not left and not right:
        return 1.0
    inter = _one_to_one(left, right, match)
    return inter / (len(left) + len(right) - inter)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True)
class ArticlePair:
    """A gold article, the system's view of it, and the system text for evidence."""

    gold: GoldArticle
    system: GoldArticle
    gold_text: str | None = None


@dataclass
class Miss:
    url: str
    kind: str  # "missed" (gold not found) | "spurious" (system without gold)
    type: str
    participants: list[str]
    evidence: str | None


@dataclass
class Report:
    entities: Counts = field(default_factory=Counts)
    events_country: Counts = field(default_factory=Counts)
    events_actor: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    attributes: dict[str, Counter[bool]] = field(
        default_factory=lambda: {name: Counter() for name in ATTRIBUTES}
    )
    confusion_status: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    articles: int = 0
    missing_articles: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "missing_articles": self.missing_articles,
            "entities": self.entities.prf(),
            "events_country": self.events_country.prf(),
            "events_actor": self.events_actor.prf(),
            "per_type": {t: c.prf() for t, c in sorted(self.per_type.items())},
            "attributes": {
                name: {
                    "accuracy": round(c[True] / (c[True] + c[False]), 4)
                    if c[True] + c[False]
                    else None,
                    "n": c[True] + c[False],
                }
                for name, c in self.attributes.items()
            },
            "status_confusion": {
                f"{g}->{s}": n for (g, s), n in self.confusion_status.most_common()
            },
            "misses": [m.__dict__ for m in self.misses],
        }


def match_events(
    gold: Sequence[GoldEvent], system: Sequence[GoldEvent], match: ActorMatch
) -> list[tuple[int, int]]:
    """Pairs (gold index, system index): same type, Jaccard ≥ 0.5, best overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            if g.type != s.type:
                continue
            overlap = jaccard(g.participants, s.participants, match)
            if overlap >= 0.5:
                candidates.append((-overlap, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_g and j not in used_s:
            used_g.add(i)
            used_s.add(j)
            pairs.append((i, j))
    return pairs


_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


def _as_date(value: str) -> date | None:
    try:
        if "-W" in value:
            year, week = value.split("-W")
            return date.fromisocalendar(int(year), int(week[:2]), 4)
        parts = [int(p) for p in value[:10].split("-")]
        return date(*(parts + [1] * (3 - len(parts))))
    except (ValueError, TypeError):
        return None


def _at_precision(value: str, precision: str) -> str | None:
    day = _as_date(value)
    if day is None:
        return None
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()


def dates_agree(g: GoldEvent, s: GoldEvent) -> bool:
    """Equal at the coarser of the two precisions; both unknown also agrees."""
    if not g.date_value or not s.date_value:
        return not g.date_value and not s.date_value
    gp = g.date_precision or "day"
    sp = s.date_precision or "day"
    coarser = gp if _ORDER.get(gp, 0) >= _ORDER.get(sp, 0) else sp
    left = _at_precision(g.date_value, coarser)
    return left is not None and left == _at_precision(s.date_value, coarser)


def _same_set(left: Sequence[GoldActor], right: Sequence[GoldActor]) -> bool:
    return len(left) == len(right) == _one_to_one(left, right, country_level)


def _attribute_checks(g: GoldEvent, s: GoldEvent) -> dict[str, bool | None]:
    location: bool | None
    if g.location is None and s.location is None:
        location = True
    elif g.location is None or s.location is None:
        location = False
    else:
        location = country_level(g.location, s.location) and (
            actor_level(g.location, s.location) or g.location.country is not None
        )
    attributed: bool
    if not g.attributed_to and not s.attributed_to:
        attributed = True
    else:
        attributed = _one_to_one(g.attributed_to, s.attributed_to, country_level) > 0
    return {
        "status": (g.status or "occurred") == (s.status or "occurred"),
        "mode": g.mode == s.mode if g.mode else None,
        "location": location,
        "date": dates_agree(g, s),
        "mediators": _same_set(g.mediators, s.mediators),
        "attributed_to": attributed,
    }


def _evidence(event: GoldEvent, text: str | None) -> str | None:
    if isinstance(event.evidence, tuple):
        if text is None:
            return f"[{event.evidence[0]}, {event.evidence[1]}]"
        return text[event.evidence[0] : event.evidence[1]]
    return event.evidence


def _score_entities(report: Report, gold: GoldArticle, system: GoldArticle) -> None:
    used: set[int] = set()
    tp = 0
    for g in gold.entities:
        for j, s in enumerate(system.entities):
            if j in used or not actor_level(g, s):
                continue
            if g.type and s.type and g.type != s.type:
                continue
            used.add(j)
            tp += 1
            break
    report.entities.add(tp, len(system.entities) - tp, len(gold.entities) - tp)


def score(pairs: Sequence[ArticlePair]) -> Report:
    """Score every article pair and add up micro figures."""
    report = Report()
    for pair in pairs:
        gold, system = pair.gold, pair.system
        report.articles += 1
        _score_entities(report, gold, system)
        actor_pairs = match_events(gold.events, system.events, actor_level)
        report.events_actor.add(
            len(actor_pairs),
            len(system.events) - len(actor_pairs),
            len(gold.events) - len(actor_pairs),
        )
        country_pairs = match_events(gold.events, system.events, country_level)
        report.events_country.add(
            len(country_pairs),
            len(system.events) - len(country_pairs),
            len(gold.events) - len(country_pairs),
        )
        matched_g = {i for i, _ in country_pairs}
        matched_s = {j for _, j in country_pairs}
        for kind in {e.type for e in gold.events} | {e.type for e in system.events}:
            tp = sum(1 for i, _ in country_pairs if gold.events[i].type == kind)
            report.per_type[kind].add(
                tp,
                sum(1 for e in system.events if e.type == kind) - tp,
                sum(1 for e in gold.events if e.type == kind) - tp,
            )
        for i, j in country_pairs:
            g, s = gold.events[i], system.events[j]
            for name, ok in _attribute_checks(g, s).items():
                if ok is not None:
                    report.attributes[name][ok] += 1
            report.confusion_status[(g.status or "occurred", s.status or "occurred")] += 1
        for i, g in enumerate(gold.events):
            if i not in matched_g:
                report.misses.append(
                    Miss(
                        gold.url,
                        "missed",
                        g.type,
                        [p.label for p in g.participants],
                        _evidence(g, pair.gold_text),
                    )
                )
        for j, s in enumerate(system.events):
            if j not in matched_s:
                report.misses.append(
                    Miss(
                        gold.url,
                        "spurious",
                        s.type,
                        [p.label for p in s.participants],
                        _evidence(s, None),
                    )
                )
    return report
