"""Status of an event mention from modality cues in its clause.

Cues count when they precede the trigger inside its argument scope ("من المقرر
عقد", "تحاول ... التوسط") or follow it closely ("اللقاء المرتقب", "الزيارة التي
أُلغيت"); a cue in another clause, or in the topic part of the same clause, does
not change the event. The future proclitic سـ on a verb trigger means planned;
كان before an intention/schedule cue moves it to `intended`.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.events.lexicon import PhraseHit
from marsad.events.resources import EventResources
from marsad.events.units import Clause

__all__ = ["StatusReading", "read_status", "trailing_status"]

# How far before the trigger a cue still qualifies it (tokens).
_PRECEDE = 8
# How far after the trigger a cue still qualifies it (tokens).
_FOLLOW = 3
# Statuses a cue may give from after the trigger ("اللقاء المرتقب", "الزيارة التي أُلغيت").
_FOLLOWING = frozenset({"planned", "postponed", "cancelled", "ongoing"})
# How far before an intention cue كان may stand ("كانت مصر وتركيا تعتزمان").
_KANA_REACH = 5


@dataclass(frozen=True, slots=True)
class StatusReading:
    status: str
    cue: str | None  # the words that gave it, None for the default


def read_status(
    clause: Clause,
    head: PhraseHit[str],
    scope: tuple[int, int],
    res: EventResources,
    headline: bool = False,
) -> StatusReading:
    """The status of the event triggered by `head`; in a `headline` the present tense
    tells a past act ("التحالف يشن غارات"), so its verbs give no "ongoing"."""
    found: list[tuple[str, str]] = []
    lo, hi = scope
    tokens = clause.tokens
    for cue in clause.cues:
        if cue.payload.kind != "status":
            continue
        if cue.payload.modes and res.triggers[head.payload].mode not in cue.payload.modes:
            continue
        before = lo <= cue.first < head.first and (
            head.first - cue.last <= _PRECEDE  # "دون التوصل": a cue may end on the trigger
        )
        after = head.last < cue.first <= head.last + _FOLLOW and cue.first < max(hi, head.last + 1)
        if cue.payload.adjacent:
            before, after = cue.last == head.first - 1, False
        if after and cue.payload.value not in _FOLLOWING:
            after = False  # "محادثات مع روسيا بهدف ...": a purpose, not the talks' status
        if after and cue.analysis.clitics:
            after = False  # "يطالبون بإلغاء القانون": what is asked for, not the asking
        if not (before or after):
            continue
        status = cue.payload.value
        if cue.pos == "verb" and status == "ongoing":
            if headline:
                continue
            if cue.analysis.bare.startswith("ا"):
                continue  # أجرى "he conducted", spelt as أجري "I conduct": a past act
            if cue.analysis.future:
                status = "planned"  # "سيواصل", "ستجري": it will go on, not it goes on
        shifted = cue.payload.after_kana
        if shifted and any(
            res.kana.match(t.norm) is not None
            for t in tokens[max(lo, cue.first - _KANA_REACH) : cue.first]
        ):
            status = shifted
        text = " ".join(t.text for t in tokens[cue.first : cue.last + 1])
        found.append((status, text))
    if head.pos == "verb" and head.analysis.future:
        found.append(("planned", tokens[head.first].text))
    if not found:
        return StatusReading("occurred", None)
    rank = {s: i for i, s in enumerate(res.status_priority)}
    status, text = min(found, key=lambda f: rank.get(f[0], len(rank)))
    return StatusReading(status, text)


def trailing_status(clause: Clause) -> StatusReading | None:
    """A clause with no trigger that postpones, cancels or denies ("ولكن تم تأجيله")."""
    for cue in clause.cues:
        if cue.payload.kind == "status" and cue.payload.value in (
            "postponed",
            "cancelled",
            "denied",
        ):
            text = " ".join(t.text for t in clause.tokens[cue.first : cue.last + 1])
            return StatusReading(cue.payload.value, text)
    return None
