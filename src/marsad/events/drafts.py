"""Event drafts: one per real-world occurrence, growing as the article mentions it.

A draft is the mutable, per-article working form of an event; `merge_into` folds a
new mention into an existing draft when both describe the same occurrence (same
type, compatible mode, status, place, date and parties), keeping every piece of
evidence. Drafts become `EventOut` records at the end (marsad.events.build).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.actors import ActorIndex

__all__ = ["MEETING_MODES", "DateGuess", "Draft", "compatible", "merge_into"]

# CONSULT modes that name a meeting (as opposed to a mediation or a phone call).
MEETING_MODES = frozenset({"meet", "multilateral", "visit", "host", "negotiate"})


@dataclass(slots=True)
class DateGuess:
    """A date read from a time expression (explicit) or defaulted later."""

    value: str | None = None
    precision: str | None = None
    text: str | None = None
    explicit: bool = False


@dataclass(slots=True)
class Draft:
    """An event under construction."""

    type: str
    mode: str
    status: str
    trigger: str
    weight: float
    participants: list[tuple[str, str]]
    mediators: list[str] = field(default_factory=list)
    location: str | None = None
    date: DateGuess = field(default_factory=DateGuess)
    attributed: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)
    cameo: str | None = None  # an override from a head/complement combination
    paragraph: int = 0
    seen: int = 0  # order of the latest mention, for "the meeting just mentioned"
    status_cue: str | None = None
    distinct: bool = False  # an implied earlier occurrence: never merged
    inherited: bool = False  # parties taken from context, not named in the clause
    from_heading: bool = False
    from_title: bool = False  # first stated in the title, which names parties tersely
    impersonal: bool = False  # "تم الاتفاق": the agents are not named
    # Bodies a participant was named as an official of ("الأمين العام للأمم المتحدة بان
    # كي مون"): a mention naming the body ("الأمم المتحدة تدين") is the same act.
    bodies: set[str] = field(default_factory=set)

    def entities(self) -> list[str]:
        return [e for e, _ in self.participants]

    def add_evidence(self, span: tuple[int, int]) -> None:
        if span not in self.evidence:
            self.evidence.append(span)


def _countries(ids: list[str], actors: ActorIndex) -> set[str]:
    return {c for i in ids if (c := actors.country(i)) is not None}


def _modes_compatible(a: Draft, b: Draft) -> bool:
    if a.mode == b.mode:
        return True
    return a.type == "CONSULT" and a.mode in MEETING_MODES and b.mode in MEETING_MODES


def _side(draft: Draft, role: str, actors: ActorIndex) -> set[str]:
    return _countries([e for e, r in draft.participants if r == role], actors)


def _reversed(old: Draft, new: Draft, actors: ActorIndex) -> bool:
    """A directed act the other way round ("طردت روسيا دبلوماسيين أمريكيين" after
    "طردت أمريكا دبلوماسيين روسا") is a reply, not the same occurrence; so is an act
    by the state of the earlier act's target when that act's source has no state ("تبنى
    داعش هجوما على الجيش المصري" … "الجيش استهدف مقرا")."""
    old_src, new_src = _side(old, "source", actors), _side(new, "source", actors)
    if old_src & new_src:
        return False
    return bool(new_src & _side(old, "target", actors) or old_src & _side(new, "target", actors))


def compatible(old: Draft, new: Draft, actors: ActorIndex) -> bool:
    """Whether `new` can be another mention of the occurrence `old`."""
    if old.distinct or new.distinct or old.type != new.type or old.status != new.status:
        return False
    if not _modes_compatible(old, new):
        return False
    if old.location and new.location and old.location != new.location:
        return False
    if old.date.explicit and new.date.explicit and old.date.value != new.date.value:
        return False
    if _reversed(old, new, actors):
        return False
    if (
        old.type == "SANCTION"
        and old.trigger != new.trigger
        and set(old.evidence) & set(new.evidence)
    ):
        return False  # two measures in one sentence: "طردت … وأغلقت القنصلية"
    old_parties = set(old.entities()) | set(old.mediators) | old.bodies
    new_parties = set(new.entities())
    if new_parties and new_parties <= old_parties:
        return True
    old_named = set(old.entities())
    if old_named & new.bodies and old_named <= new_parties | new.bodies:
        return True  # "الأمم المتحدة تدين" then "أدان الأمين العام للأمم المتحدة"
    if old.from_title and old.entities() and set(old.entities()) <= new_parties:
        return True  # the title's short form of the event the body states in full
    old_c = _countries(list(old_parties), actors)
    new_c = _countries(list(new_parties), actors)
    if not new_c or not old_c:
        return bool(new_parties & old_parties)
    if old.from_title and _countries(old.entities(), actors) <= new_c:
        return True
    # Every state of the new mention takes part in the old one, and they share two
    # (or all of the smaller set): a bilateral meeting is not every meeting of one state.
    return new_c <= old_c and len(new_c & _countries(old.entities(), actors)) >= min(2, len(new_c))


def merge_into(
    old: Draft, new: Draft, actors: ActorIndex, specific: frozenset[str] = frozenset()
) -> None:
    """Fold `new` into `old` (same occurrence): union of evidence and arguments.

    `specific` modes win over others ("هجوم" then "غارات جوية": bomb)."""
    if new.mode in specific and old.mode not in specific:
        old.mode = new.mode
    for span in new.evidence:
        old.add_evidence(span)
    mediators = list(old.mediators) + [m for m in new.mediators if m not in old.mediators]
    mediator_states = _countries(mediators, actors)
    parts = list(old.participants)
    for e, role in new.participants:
        if e in mediators:
            continue
        if actors.country(e) in mediator_states and actors.country(e) not in _countries(
            old.entities(), actors
        ):
            mediators.append(e)  # "المبعوث الأمريكي" where the US brokers the talks
            continue
        if e not in {p for p, _ in parts}:
            parts.append((e, role))
    keep = set(actors.most_specific([p for p, _ in parts]))
    old.participants = [(p, r) for p, r in parts if p in keep]
    old.bodies |= new.bodies
    if new.bodies & {p for p, _ in old.participants} and new.entities():
        # the body named in the title, now its official: the official is more specific
        old.participants = [(p, r) for p, r in old.participants if p not in new.bodies]
    old.mediators = [m for m in actors.most_specific(mediators) if m not in keep] or [
        m for m in mediators if m not in keep
    ]
    if old.location is None:
        old.location = new.location
    if not old.date.explicit and new.date.explicit:
        old.date = new.date
    for a in new.attributed:
        if a not in old.attributed:
            old.attributed.append(a)
    old.weight = max(old.weight, new.weight)
    old.seen = max(old.seen, new.seen)
    old.from_heading = old.from_heading and new.from_heading
    old.from_title = old.from_title and new.from_title
    old.inherited = old.inherited and new.inherited
    old.explanation.extend(new.explanation)
