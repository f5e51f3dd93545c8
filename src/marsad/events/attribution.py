"""Who the article credits for a report: agencies, outlets, officials, "sources".

Three shapes: a prefix cue before the source ("وفقًا لـ X", "بحسب X"), a reporting
verb with the source as subject ("ذكرت X أن", "قالت مصادر إسرائيلية"), and a
title of the form "X: ...". A prefix that opens a sentence covers the rest of its
paragraph (the following sentences of the same report); a reporting verb covers
its sentence; "وأضاف" with no subject continues the last source of the paragraph.
The mentions that name a source are not event participants.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from marsad.events.actors import ActorIndex, MentionRef
from marsad.events.lexicon import PhraseHit
from marsad.events.units import Clause, SentenceUnit
from marsad.text.normalise import last_letter

__all__ = ["Attribution", "AttributionTracker"]

# Words of outlet names too common to identify one ("news", "agency").
_COMMON = frozenset({"news", "agency", "the", "of", "al", "com", "www", "net", "org", "co"})
# Complementisers: a reporting verb right before one has no subject of its own.
_THAT = frozenset({"ان", "بان"})
# Words that open what a source says ("قال مصدر إن", "أشارت الصحيفة إلى"): the
# source is named before them.
_CONTENT = _THAT | {"الي"}
# A source must be named within this many tokens of its cue.
_REACH = 5
# Words (a rank: الجنرال, الفريق أول) between an organisation in a title and the
# person it introduces.
_TITLE_GAP = 2
# A dateline ends within this many tokens of the start of a paragraph.
_DATELINE = 12


@dataclass(slots=True)
class Attribution:
    """Sources credited for one sentence and the mention spans that named them."""

    sources: list[str] = field(default_factory=list)
    spans: set[tuple[int, int]] = field(default_factory=set)


@dataclass(slots=True)
class AttributionTracker:
    """Carries paragraph-level attribution from sentence to sentence."""

    actors: ActorIndex
    # Lower-case words naming the outlet (its name, its web host's labels): an outlet's
    # own dateline ("(CNN)--" on cnn.com) credits no one (the outlet's own voice).
    outlet: frozenset[str] = frozenset()
    # Whether a trigger hit is a real trigger in its clause (its `requires` met): a
    # reporting verb that is one ("نشرت تركيا قوات") is the act, not a report.
    is_trigger: Callable[[Clause, PhraseHit[str]], bool] | None = None
    _paragraph: int = -1
    _open: list[str] = field(default_factory=list)  # prefix sources covering the paragraph
    _last: list[str] = field(default_factory=list)  # last sources named in the paragraph
    _article: list[str] = field(default_factory=list)  # agencies credited in a dateline

    def read(self, unit: SentenceUnit) -> Attribution:
        """The attribution of `unit`, updating the paragraph state."""
        if unit.paragraph != self._paragraph:
            self._paragraph, self._open, self._last = unit.paragraph, [], []
        out = Attribution()
        if unit.index_in_paragraph == 0 and not unit.is_title:
            self._dateline(unit, out)
        out.sources.extend(s for s in [*self._article, *self._open] if s not in out.sources)
        own: list[str] = []
        for ci, clause in enumerate(unit.clauses):
            tokens = clause.tokens
            for cue in clause.cues:
                kind = cue.payload.kind
                if kind not in ("attr_prefixes", "attr_verbs", "attr_continuation"):
                    continue
                lo = cue.last + 1
                if kind == "attr_verbs" and last_letter(tokens[cue.first].text) == "ة":
                    continue  # "في إشارة إلى": a noun that normalises like أشاره
                if kind == "attr_verbs" and lo < len(tokens) and tokens[lo].norm in _THAT:
                    continue  # "يذكر أن" (it is noted that): impersonal, no source
                if kind == "attr_verbs" and self._own_act(clause, cue.first, lo):
                    continue  # "نشرت تركيا قوات": the verb is the act, not a report
                hi = min(len(tokens), lo + _REACH)
                # the source is named before what it says: "قال مصدر إن مصر ترفض"
                hi = next((j for j in range(lo, hi) if tokens[j].norm in _CONTENT), hi)
                if kind == "attr_verbs" and (
                    tokens[cue.first].norm.startswith("ف")
                    or (cue.first and tokens[cue.first - 1].norm == "قد")
                ):
                    # "أما آبي فقال", "وكان ترامب قد أكد": a subject fronted before the verb
                    ref = self._last_source(clause, cue.first)
                elif lo >= len(tokens) or lo >= hi:
                    ref = None
                else:
                    ref = self._first_source(tokens[lo].start, tokens[hi - 1].end)
                    if ref is not None and (person := self._titled_person(ref, tokens)):
                        out.spans.add((ref.start, ref.end))  # the body in his title
                        ref = person
                if (
                    ref is not None
                    and kind == "attr_prefixes"
                    and any(
                        lo <= h.first and tokens[h.first].start < ref.start for h in clause.triggers
                    )
                ):
                    continue  # "بناء على الاتفاق الروسي": by the terms of an act, not a report
                if ref is None:
                    if kind == "attr_continuation":
                        own.extend(self._last)
                    continue
                out.spans.add((ref.start, ref.end))
                own.append(ref.entity)
                opens_sentence = ci == 0 and cue.first <= 1
                if kind == "attr_prefixes" and opens_sentence:
                    self._open.append(ref.entity)
        if unit.is_title and len(unit.clauses) > 1:
            head = unit.clauses[0]
            refs = self.actors.within(head.start, head.end)
            words = sum(1 for t in head.tokens if t.is_word)
            if (
                len(refs) == 1
                and self._covers(refs[0], head.tokens, words)
                and self.actors.entities[refs[0].entity].type in ("PER", "ORG")
            ):
                own.append(refs[0].entity)
                out.spans.add((refs[0].start, refs[0].end))
        for s in own:
            if s not in out.sources:
                out.sources.append(s)
        if own:
            self._last = own
        return out

    def _dateline(self, unit: SentenceUnit, out: Attribution) -> None:
        """ "دبي، الإمارات (CNN)--", "واس- جدة": places and agency before a dash or colon
        open the first sentence; they are no event's parties, the agency is credited."""
        tokens = [t for c in unit.clauses for t in c.tokens]
        end = next(
            (i for i, t in enumerate(tokens[:_DATELINE]) if t.norm in ("-", ":") and i > 0), None
        )
        if end is None:
            return
        refs = self.actors.within(tokens[0].start, tokens[end - 1].end)
        if not refs:
            return
        for t in tokens[:end]:
            named = any(r.start <= t.start < r.end for r in refs)
            if t.is_word and not named and not t.text.isascii():
                return
        for r in refs:
            if not (
                self.actors.is_place(r.entity)
                or self.actors.is_country(r.entity)
                or self.actors.is_media(r.entity)
            ):
                return
        for r in refs:
            out.spans.add((r.start, r.end))
            if (
                self.actors.is_media(r.entity)
                and r.entity not in self._article
                and not self._is_outlet(r.entity)
            ):
                self._article.append(r.entity)

    def _is_outlet(self, eid: str) -> bool:
        """Whether a media entity is the outlet itself (CNN on cnn.com, SPA on spa.gov.sa)."""
        name = (self.actors.entities[eid].name_en or "").lower()
        words = [w for w in name.replace("(", " ").replace(")", " ").split() if w.isalpha()]
        if not words:
            return False
        initials = "".join(w[0] for w in words)
        return bool(self.outlet & {*words, initials} - _COMMON)

    def _own_act(self, clause: Clause, verb: int, lo: int) -> bool:
        """A reporting verb that is itself a trigger (نشر قوات, not نشرت صحيفة) with a
        subject that is no outlet: the subject acts, nobody is credited."""
        tokens = clause.tokens
        if lo >= len(tokens) or self.is_trigger is None:
            return False
        if not any(h.first == verb and self.is_trigger(clause, h) for h in clause.triggers):
            return False
        ref = self._first_source(tokens[lo].start, tokens[-1].end)
        return ref is not None and not self.actors.is_media(ref.entity)

    def _first_source(self, start: int, end: int) -> MentionRef | None:
        for ref in self.actors.within(start, end):
            e = self.actors.entities[ref.entity]
            if e.type in ("PER", "ORG") or self.actors.is_country(ref.entity):
                return ref
        return None

    def _titled_person(self, ref: MentionRef, tokens: tuple) -> MentionRef | None:
        """The person an organisation or state in his title introduces ("قال قائد
        القيادة المركزية الأمريكية الجنرال جوزيف فوتيل"): two words at most between."""
        if self.actors.entities[ref.entity].type == "PER":
            return None
        later = self.actors.within(ref.end, tokens[-1].end)
        if not later or self.actors.entities[later[0].entity].type != "PER":
            return None
        gap = [t for t in tokens if ref.end <= t.start and t.end <= later[0].start]
        return later[0] if len(gap) <= _TITLE_GAP and all(t.is_word for t in gap) else None

    def _last_source(self, clause: Clause, verb: int) -> MentionRef | None:
        """The source nearest before a verb within the clause, if any."""
        if verb == 0:
            return None
        lo = clause.tokens[max(0, verb - _REACH)].start
        refs = [
            r
            for r in self.actors.within(lo, clause.tokens[verb - 1].end)
            if self.actors.entities[r.entity].type in ("PER", "ORG")
            or self.actors.is_country(r.entity)
        ]
        return refs[-1] if refs else None

    @staticmethod
    def _covers(ref: MentionRef, tokens: tuple, words: int) -> bool:
        inside = sum(1 for t in tokens if t.is_word and ref.start <= t.start < ref.end)
        return inside >= max(1, words - 1)
