"""Event extraction for one article: triggers → mentions → one event per occurrence.

Sentences are read in order. In each clause the first trigger is the head of an
event mention; later triggers are its complements ("اتفقا على وقف إطلاق النار":
one AGREE/ceasefire event, not two) unless they open a coordinated verb ("وبحثا").
A mention takes its arguments from the clause (marsad.events.arguments), its
status from modality cues (marsad.events.status), its attribution from the
paragraph (marsad.events.attribution) and its date from the nearest time
expression. A mention with no named parties may refer back ("هذا اللقاء" is the
meeting just reported; "تم الاتفاق" was reached by the parties of that meeting;
"الطرفين" are its two parties). Each mention is then merged into the event it
repeats, or starts a new one. Only events with a political actor are kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from marsad.events.actors import ActorIndex, EntityResultLike, MentionRef
from marsad.events.arguments import (
    RELATIVES,
    Arguments,
    backed_arguments,
    governed,
    read_arguments,
)
from marsad.events.attribution import AttributionTracker
from marsad.events.drafts import MEETING_MODES, DateGuess, Draft, compatible, merge_into
from marsad.events.lexicon import PhraseHit, WordForms, possessed
from marsad.events.plain_refs import plain_noun_refs
from marsad.events.resources import EventResources, TriggerDef
from marsad.events.status import read_status, trailing_status
from marsad.events.units import Clause, SentenceUnit, segment
from marsad.output import DateInfo, EventOut, Participant, SpanOut
from marsad.records import Article, Sentence
from marsad.text.tokens import word_before

if TYPE_CHECKING:
    from marsad.context import Resources

__all__ = ["TimeLike", "extract_events"]

# The relative "what" of "وهو ما نفته X" (normalised).
_RELATIVE_WHAT = frozenset({"ما", "الذي"})
# How many tokens after its head a complement may stand and still change its mode.
_COMBINATION_REACH = 8
# Days within which two dates are one stretch of news: a definite mention dated so
# near the event it repeats is the same campaign (attacks on consecutive days) and
# keeps its actors; a body act dated further before publication is no headline's act.
_NEAR_DAYS = 7
# How many tokens after a meeting word its "مع" may stand ("اتصال هاتفي مع").
_WITH_REACH = 2
# Subtypes of the bodies and states a person attacks in words (not armed groups).
_VERBAL_TARGETS = frozenset(
    {"country", "gov", "ministry", "party", "igo", "media", "ngo", "parliament", "court", "agency"}
)
# How many tokens before a trigger a time word (بعد, قبل) may stand and still make it
# an event of its own ("قبل بدء جولة جديدة من محادثات").
_TEMPORAL_REACH = 5
# How many tokens after a reporting verb its complementiser may stand ("وقال وزير
# الخارجية السعودي إن").
_REPORT_REACH = 5
# Words that open reported speech ("قال إن ...", "أكد أن ...").
_COMPLEMENTISERS = frozenset({"ان", "بان", "وان"})


class TimeLike(Protocol):
    """A resolved time expression (marsad.text.timex.TimeExpr)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def value(self) -> str | None: ...
    @property
    def precision(self) -> str | None: ...


class _Group:
    """A head trigger with the complement triggers it governs in its clause."""

    __slots__ = ("complements", "during", "governed", "head", "report")

    def __init__(
        self, head: PhraseHit[str], during: bool = False, report: tuple[int, int] | None = None
    ) -> None:
        self.head = head
        # "… وقالوا إن أبوظبي هدف": the reporting verb's first token and the token after
        # its complementiser, when what is reported follows another act in the clause
        self.report = report
        # "خلال لقاء جمعهما": a meeting that is the occasion of the act before it
        self.during = during
        self.complements: list[PhraseHit[str]] = []
        # "رفض لقاء": the governing verb's hit and the status it gives the event.
        self.governed: tuple[PhraseHit[str], str] | None = None


class _Extractor:
    """State for one article (drafts so far, attribution, a mention counter)."""

    def __init__(
        self,
        article: Article,
        units: list[SentenceUnit],
        actors: ActorIndex,
        res: EventResources,
        times: Sequence[TimeLike],
    ) -> None:
        self.article = article
        self.units = units
        # the lead: the first paragraph of the body, which states the news of the day
        self.lead = next((u.paragraph for u in units if not u.is_title), -1)
        self.actors = actors
        self.res = res
        # Durations (منذ 4 سنوات) carry no date; a relative expression without a
        # publication date keeps its grain (value None, precision month).
        self.times = sorted((t for t in times if t.value or t.precision), key=lambda t: t.start)
        self.drafts: list[Draft] = []
        self.counter = 0
        self.attribution = AttributionTracker(
            actors, _outlet_words(article), lambda c, h: self._valid(c, self._switched(c, h))
        )

    # ------------------------------------------------------------------ driver
    def run(self) -> list[Draft]:
        for unit in self.units:
            attr = self.attribution.read(unit)
            touched: list[Draft] = []
            for clause in unit.clauses:
                groups = self._groups(clause)
                if not groups:
                    trail = trailing_status(clause)
                    if trail and touched and touched[-1].status in ("planned", "occurred"):
                        touched[-1].status = trail.status
                        touched[-1].status_cue = trail.cue
                        touched[-1].explanation.append(f"status {trail.status} «{trail.cue}»")
                    continue
                if touched and self._trailing_denial(clause, groups[0], touched[-1], unit):
                    groups = groups[1:]
                subject: str | None = None
                for k, group in enumerate(groups):
                    if k and touched and self._final_denial(clause, group, touched[-1], unit):
                        continue
                    scope = self._scope(clause, groups, k)
                    prior = next(
                        (e for d in reversed(touched) for e, r in d.participants if r == "source"),
                        None,
                    )
                    occasion = touched[-1] if group.during and touched else None
                    draft = self._mention(
                        unit,
                        clause,
                        group,
                        scope,
                        attr.spans,
                        attr.sources,
                        subject,
                        prior,
                        occasion,
                    )
                    if draft is not None:
                        touched.append(draft)
                        if k == 0 and draft.participants:
                            subject = next(
                                (e for e, r in draft.participants if r == "source"),
                                draft.participants[0][0],
                            )
        for d in self.drafts:
            self._status_from_date(d)
        drafts = [part for d in self.drafts for part in self._calls(d)]
        return [d for d in drafts if self._keep(d)]

    def _calls(self, draft: Draft) -> list[Draft]:
        """A phone call links two parties: "تلقى X اتصالين من Y وZ" is two calls."""
        if draft.type != "CONSULT" or draft.mode != "phone":
            return [draft]
        callers = [e for e, r in draft.participants if r == "source"]
        called = [(e, r) for e, r in draft.participants if r != "source"]
        states = {self.actors.country(e) for e in callers}
        if len(callers) < 2 or not called or len(states) < len(callers):
            return [draft]
        return [
            replace(
                draft,
                participants=[(caller, "source"), *called],
                evidence=list(draft.evidence),
                explanation=[*draft.explanation, "one call per caller"],
            )
            for caller in callers
        ]

    def _status_from_date(self, draft: Draft) -> None:
        """A date after publication makes a reported event planned; an "ongoing"
        event dated well before publication ("خلال لقائه ... في يونيو") occurred."""
        published = self.article.published
        if published is None or not draft.date.explicit or not draft.date.value:
            return
        period = _period(draft.date.value)
        if period is None:
            return
        start, end = period
        today = published.date()
        if draft.status == "occurred" and start > today:
            draft.status = "planned"
            draft.explanation.append(
                f"status planned: dated after publication ({draft.date.value})"
            )
        elif draft.status == "ongoing" and end < today:
            draft.status = "occurred"

    # ------------------------------------------------------------------ triggers
    def _valid(self, clause: Clause, hit: PhraseHit[str]) -> bool:
        tdef = self.res.triggers[hit.payload]
        first, last = clause.tokens[hit.first], clause.tokens[hit.last]
        spans = [(first.start, last.end)]
        if hit.subject is not None:  # "أسقطت تركيا طائرة": only the subject is a name
            spans = [(first.start, first.end), (clause.tokens[hit.subject[1] + 1].start, last.end)]
        if any(self.actors.within(a, b) for a, b in spans) or self.actors.covering(first.start):
            return False  # part of a name: "قوات الدعم السريع", "لجنة الاتصال"
        for cue in clause.cues:
            if cue.payload.kind == "mediator" and cue.first <= hit.first <= cue.last:
                return False  # بوساطة: a mediator marker, not a mediation event
        if tdef.requires:
            window = clause.tokens[hit.last + 1 : hit.last + 1 + tdef.window]
            if not any(wf.match(t.norm) for t in window for wf in tdef.requires):
                return False
        return True

    def _switched(self, clause: Clause, hit: PhraseHit[str]) -> PhraseHit[str]:
        """The hit as the trigger a nearby word makes it ("استدعى سفيره": a recall)."""
        tdef = self.res.triggers[hit.payload]
        if tdef.switch_when is None:
            return hit
        reach = tdef.switch_window or tdef.window
        window = clause.tokens[hit.last + 1 : hit.last + 1 + reach]
        if any(tdef.switch_when.match(t.norm) for t in window):
            return replace(hit, payload=tdef.switch_to)
        return hit

    def _groups(self, clause: Clause) -> list[_Group]:
        groups: list[_Group] = []
        for hit in clause.triggers:
            hit = self._switched(clause, hit)
            if not self._valid(clause, hit):
                continue
            coordinated = hit.pos == "verb" and hit.analysis.prefix in ("و", "ف", "وس", "فس")
            own = self.res.triggers[hit.payload].own_event
            if groups and self._occasion(clause, hit, groups[-1]):
                groups.append(_Group(hit, during=True))
                continue
            report = self._reported_after(clause, groups[-1].head, hit) if groups else None
            if report is not None:
                groups.append(_Group(hit, report=report))
                continue
            if (
                not groups
                or coordinated
                or own
                or self._side(groups[-1])
                or self._after_temporal(clause, hit)
                or self._final_with_subject(clause, hit)
            ):
                groups.append(_Group(hit))
                continue
            group = groups[-1]
            gov = self.res.governing.get(group.head.payload)
            if (
                gov
                and group.governed is None
                and not group.complements
                and (self.res.triggers[hit.payload].type in gov[1])
            ):
                group.governed = (group.head, gov[0])
                group.head = hit
            elif self._with_own_subject(clause, hit, (group.complements or [group.head])[-1]):
                # "… هجوم كيماوي اتهمت واشنطن قوات الأسد بتنفيذه": a verb with its own
                # subject is an act of its own, not the topic of the trigger before it.
                groups.append(_Group(hit))
            else:
                group.complements.append(hit)
        return groups

    @staticmethod
    def _reported_after(
        clause: Clause, before: PhraseHit[str], hit: PhraseHit[str]
    ) -> tuple[int, int] | None:
        """A reporting verb and its complementiser between two triggers ("ويسيطر
        الحوثيون … وقالوا إن أبوظبي هدف لصواريخهم"): what is reported is an act of its
        own. (The verb's first token, the token after the complementiser.)"""
        tokens = clause.tokens
        for c in clause.cues:
            if c.payload.kind != "attr_verbs" or not before.last < c.first < hit.first:
                continue
            if c.first > 0 and tokens[c.first - 1].norm in RELATIVES:
                continue  # "الذي أعلن عنه": a relative clause, not a report
            reach = min(hit.first, c.last + 1 + _REPORT_REACH)
            that = next(
                (k for k in range(c.last + 1, reach) if tokens[k].norm in _COMPLEMENTISERS),
                None,
            )
            if that is not None:
                return c.first, that + 1
        return None

    def _final_with_subject(self, clause: Clause, hit: PhraseHit[str]) -> bool:
        """A verb that ends its clause right after an actor ("… والإمارات تنفي"): an act
        of that actor, not the complement of the trigger before it."""
        tokens = clause.tokens
        if hit.pos != "verb" or any(t.is_word for t in tokens[hit.last + 1 :]):
            return False
        j = word_before(tokens, hit.first)
        if j < 0:
            return False
        refs = self.actors.within(tokens[j].start, tokens[j].end)
        return any(r.end == tokens[j].end and self.actors.is_actor(r.entity) for r in refs)

    @staticmethod
    def _after_temporal(clause: Clause, hit: PhraseHit[str]) -> bool:
        """A time word shortly before the trigger ("بعد لقاء", "قبل بدء جولة جديدة من
        محادثات"): the trigger dates another act, so it is an event of its own."""
        return any(
            c.payload.kind == "temporal" and hit.first - _TEMPORAL_REACH <= c.last < hit.first
            for c in clause.cues
        )

    def _occasion(self, clause: Clause, hit: PhraseHit[str], before: _Group) -> bool:
        """A meeting noun after خلال/أثناء in the clause of another kind of act."""
        kind = self.res.triggers[hit.payload]
        return (
            kind.type == "CONSULT"
            and kind.mode in MEETING_MODES
            and self.res.triggers[before.head.payload].type != "CONSULT"
            and self._after_during(clause, hit) > 0
        )

    def _with_own_subject(
        self, clause: Clause, hit: PhraseHit[str], before: PhraseHit[str]
    ) -> bool:
        """A verb followed right away by an actor mention, with none between it and the
        trigger `before` it (VSO). Only forms that cannot be a noun: the imperfect or an inflected
        perfect (اتهمت، يتهم; not طلب/دعم, which may be the noun of a construct: "ترفض
        طلب إيران")."""
        if hit.pos != "verb" or hit.subject is not None or hit.last + 1 >= len(clause.tokens):
            return False
        gap = (clause.tokens[before.last].end, clause.tokens[hit.first].start)
        if self.actors.within(*gap):
            return False  # SVO: the mention after the verb is its object
        bare = hit.analysis.bare
        if bare not in self.res.imperfect_forms and not bare.endswith(("ت", "وا")):
            return False
        nxt = clause.tokens[hit.last + 1]
        refs = self.actors.within(nxt.start, clause.end)
        return bool(refs) and refs[0].start < nxt.end and self.actors.is_actor(refs[0].entity)

    def _side(self, group: _Group) -> bool:
        return self.res.triggers[group.head.payload].role_frame == "backed"

    def _scope(self, clause: Clause, groups: list[_Group], k: int) -> tuple[int, int, int]:
        """Tokens holding the arguments of group k: up to its topic/purpose part."""
        group = groups[k]
        first = group.governed[0] if group.governed else group.head
        # A side description ("حماس المدعومة من إيران استهدفت …", `backed`) bounds no
        # other event's arguments.
        main = [i for i, g in enumerate(groups) if not self._side(g) or i == k]
        lo = 0 if main.index(k) == 0 else first.first
        if group.report is not None:
            lo = min(lo, group.report[1])  # what is reported starts after إن
        head = group.head
        if (
            head.pos == "noun"
            and "ال" in head.analysis.prefix
            and any(c.payload.kind == "judging" and lo <= c.last < head.first for c in clause.cues)
        ):
            lo = head.first  # "ووصف ماكرون الاتفاق بأنه تاريخي": the judge is no party
        if group.head.pos == "noun" and not group.governed:
            # "جلسة لمجلس الأمن لمناقشة قضية الهجوم", "ردا على الهجوم": an act noun in
            # the topic of what comes before it; the actors before the topic are not its
            topic = [
                c.last
                for c in clause.cues
                if c.payload.kind == "complement" and c.payload.value == "topic"
            ]
            lo = max([lo, *(t + 1 for t in topic if t < group.head.first)])
        later = [i for i in main if i > k]
        if later:
            nxt = groups[later[0]]
            hi = (nxt.governed[0] if nxt.governed else nxt.head).first
            if nxt.report is not None:
                hi = min(hi, nxt.report[0])  # the act before ends at the reporting verb
        else:
            hi = len(clause.tokens)
        # The topic/purpose part starts at a complement trigger ("للتعاون") or cue
        # ("حول", "الأوضاع"). After a trigger, a place a few words on may still be
        # the event's (`reach`); after a topic cue it belongs to the topic.
        reach = end = hi
        head_type = self.res.triggers[group.head.payload].type
        for comp in group.complements:
            if self.res.triggers[comp.payload].type != head_type or comp.analysis.lam:
                hi = min(hi, comp.first)
                break
        for cue in clause.cues:
            if cue.payload.kind == "complement" and cue.first > group.head.last:
                if cue.first <= hi:
                    hi = reach = cue.first
                else:
                    reach = min(end, cue.first)
                break
        return lo, hi, reach

    # ------------------------------------------------------------------ one mention
    def _mention(
        self,
        unit: SentenceUnit,
        clause: Clause,
        group: _Group,
        scope: tuple[int, int, int],
        attr_spans: set[tuple[int, int]],
        attr_sources: list[str],
        shared_subject: str | None = None,
        prior_subject: str | None = None,
        occasion: Draft | None = None,
    ) -> Draft | None:
        """One mention of group's event; `occasion` is the act a meeting mention is the
        occasion of ("خلال لقاء جمعهما"), whose parties it takes."""
        res = self.res
        head = group.head
        tdef = res.triggers[head.payload]
        status_override: tuple[str, str] | None = None
        notes: list[str] = []
        if group.governed is not None:
            verb, status = group.governed
            status_override = (status, _surface(clause, verb))
            notes.append(f"governed by «{_surface(clause, verb)}»")
        if head.analysis.lam and not any(
            c.payload.kind == "undergo" and c.last < head.first for c in clause.cues
        ):
            return None  # "للتوصل إلى اتفاق": a purpose, not a report ("تعرض لهجوم" is)
        if any(c.payload.kind == "negation" and c.last == head.first - 1 for c in clause.cues):
            return None  # "لم يعقد", "ألا تطلب": a negated act did not happen
        if tdef.type == "CONSULT" and self._with_media(clause, head):
            return None  # "في اتصال هاتفي مع رويترز": an interview, not a meeting
        # "أعلنت مصر تأييدها": the speaker declares her own act (not a report).
        declared = self._declared(clause, head, attr_spans)
        if head.pos == "noun" and not tdef.nominal and not declared:
            return None
        mode, cameo = tdef.mode, None
        for comp in group.complements:
            if comp is head:
                continue
            if comp.first - head.last > _COMBINATION_REACH:
                break  # "دعا … على هامش منتدى … للحوار": too far to qualify the act
            combo = res.ontology.combinations.get((tdef.id, comp.payload))
            if combo:
                mode = combo.get("mode", mode)
                cameo = combo.get("cameo")
                notes.append(f"with «{_surface(clause, comp)}» → {mode}")
                break
        speaker_scope = scope
        scope = self._reported(clause, head, scope)
        exclude = frozenset() if declared else frozenset(attr_spans)
        if tdef.role_frame == "backed":
            args = backed_arguments(clause, head, self.actors)
        else:
            args = read_arguments(clause, head, scope, self.actors, res, exclude)
        if scope[0] > speaker_scope[0]:
            self._speaker_state(clause, (speaker_scope[0], scope[0]), tdef, args, notes)
        if (
            head.pos == "verb"
            and tdef.role_frame == "directed"
            and self._first_person(head)
            and (speaker := self._last_speaker(attr_sources))
        ):
            # "«ونطالب تركيا بوقف التصعيد»": "we" is the quoted speaker; who is named
            # after the verb is its object
            args.participants = [(speaker, "source")] + [
                (e, "target") for e, _ in args.participants if e != speaker
            ]
            args.unnamed_subject = True
            notes.append("the speaker's own act (we)")
        if self._after_cue(clause, head, "attendance"):
            args.participants = []  # "حضر اللقاء X": attendees, not parties
        if (
            shared_subject is not None
            and not args.unnamed_subject
            and not args.between
            and shared_subject not in {e for e, _ in args.participants}
            and (
                (head.pos == "verb" and head.analysis.prefix[:1] in ("و", "ف"))
                or not any(r == "source" for _, r in args.participants)
            )
        ):
            # "أمرت X بطرد ... وأغلقت القنصلية": a coordinated verb shares the subject.
            if tdef.role_frame in ("directed", "host"):
                subj, obj = (
                    ("target", "source") if tdef.role_frame == "host" else ("source", "target")
                )
                args.participants = [(shared_subject, subj)] + [
                    (e, obj) for e, _ in args.participants
                ]
            else:
                args.participants.insert(0, (shared_subject, "participant"))
        subj_role = "target" if tdef.role_frame == "host" else "source"
        if (
            prior_subject is not None
            and not args.unnamed_subject
            and tdef.role_frame in ("directed", "host")
            and head.pos == "verb"
            and head.analysis.prefix[:1] in ("و", "ف")
            and args.participants
            and all(r != subj_role for _, r in args.participants)
            and prior_subject not in {e for e, _ in args.participants}
        ):
            # "وتتهم تركيا X، وتطالب حليفتها بترحيله": a coordinated verb with no
            # subject of its own shares the subject of the act before it.
            args.participants.insert(0, (prior_subject, subj_role))
            notes.append("subject of the coordinated verb before it")
        resumed = (
            (prior_subject or self._first_state(unit, clause.tokens[head.first].start))
            if head.pos == "verb" and self._after_resumptive(clause, head)
            else None
        )
        if (
            resumed is not None
            and not args.unnamed_subject
            and resumed not in {e for e, _ in args.participants}
            and (
                tdef.role_frame == "symmetric" or all(r != subj_role for _, r in args.participants)
            )
        ):
            # "رفضت تركيا الانضمام لكنها وافقت على …": the pronoun is that subject; with
            # no act before it ("ليس لدى تركيا خطط … ولكنها اتفقت"), the sentence's
            # first state (ها: a state, not a man).
            role = "participant" if tdef.role_frame == "symmetric" else subj_role
            args.participants.insert(0, (resumed, role))
            notes.append("subject named by the pronoun of «لكنها»")
        if args.participants and self._circumstantial(clause, head):
            self._participle_subject(unit, clause, tdef, args, prior_subject, notes)
        elif args.participants and self._continued(unit, clause, tdef, args):
            # "عبّرت الخارجية المصرية، مساء الثلاثاء، عن تضامنها مع السعودية": the clause
            # goes on with the verb's complement; its subject is before the comma.
            doer = prior_subject or self._sentence_subject(unit, clause)
            if doer is not None and doer not in {e for e, _ in args.participants}:
                args.participants.insert(0, (doer, "source"))
                notes.append("subject of the clause it continues")
        if self._relative(clause, head, tdef, args):
            # "الولايات المتحدة، التي تدعم هذه الوحدات": the antecedent is the subject.
            antecedent = self._antecedent(unit, clause)
            if antecedent is not None and antecedent not in {e for e, _ in args.participants}:
                args.participants.insert(0, (antecedent, "source"))
                notes.append("the antecedent of the relative clause")
        speaker_acts = declared
        if not args.participants and not args.plural and attr_spans:
            # "أكد بوتين قبوله الدعوة", "قال الجيش إنه استهدف": the speaker is the agent.
            args = read_arguments(clause, head, scope, self.actors, res, frozenset())
            speaker_acts = bool(args.participants)
        elif (
            tdef.role_frame == "mediate"
            and not args.mediators
            and self._after_cue(clause, head, "speaker_pronoun")
            and (speaker := self._last_speaker(attr_sources))
        ):
            # "أعلنت الكويت أنها ستواصل مساعيها لحل الأزمة بين قطر والسعودية": the
            # speaker mediates
            args.mediators = [speaker]
            args.participants = [(e, r) for e, r in args.participants if e != speaker]
            speaker_acts = True
            notes.append("the speaker mediates («إنها»)")
        elif (
            attr_spans
            and tdef.role_frame == "directed"
            and self._after_cue(clause, head, "speaker_pronoun")
            and (
                all(r != "source" for _, r in args.participants)
                or (head.pos == "verb" and self._pronoun_subject(clause, head))
            )
        ):
            # "فقال إنه طلب من الرئيس ترامب": إنه is the speaker, the one who asked;
            # "وأعلن شتاينماير أنه سيزور المملكة": the kingdom is visited, not visiting.
            full = read_arguments(clause, head, scope, self.actors, res, frozenset())
            if any(r == "source" for _, r in full.participants):
                args, speaker_acts = full, True
                notes.append("the speaker's own act («إنه»)")
        elif (
            attr_sources
            and tdef.role_frame == "directed"
            and head.pos == "noun"
            and self._announced(clause, head, args, attr_spans)
        ):
            # "أعلنت السلطات الإيطالية عن اعتقال قيادي تونسي", "أعلنت السعودية قطع
            # العلاقات مع إيران" (an act noun with no agent of its own): the announcer's
            # own act, whoever else is named its targets.
            announcer = attr_sources[-1]
            args.participants = [(announcer, "source")] + [
                (e, "target") for e, _ in args.participants if e != announcer
            ]
            speaker_acts = True
            notes.append("the act its announcer reports")
        if (
            tdef.speaker_act
            and scope[0] > speaker_scope[0]
            and all(r != "source" for _, r in args.participants)
        ):
            # "قال المتحدث ... إن هذه الأنباء لا أساس لها من الصحة": the speaker denies;
            # "قال أردوغان إن هولندا ستدفع الثمن": the speaker threatens, Holland is the
            # target (and the speaker's own state no party besides him).
            before = (speaker_scope[0], scope[0], scope[0])
            said = read_arguments(clause, head, before, self.actors, res, frozenset())
            speaker = next((e for e, r in said.participants if r == "source"), None)
            if speaker is None and attr_sources:  # the speaker's clause ended at a comma
                speaker = self.actors.most_specific(attr_sources)[0]
            if speaker is not None:
                own = self.actors.country(speaker)
                args.participants = [(speaker, "source")] + [
                    (e, "target")
                    for e, _ in args.participants
                    if e != speaker and (own is None or self.actors.country(e) != own)
                ]
                speaker_acts = True
                notes.append("the speaker's own words")
        # "من المقرر أن يلتقي", "يسعى إلى أن": a status cue that governs the
        # complementiser qualifies the event; the rest of the speaker's clause does not.
        status_lo = scope[0]
        if scope[0] > speaker_scope[0] and any(
            c.payload.kind == "status" and scope[0] - 3 <= c.last <= scope[0] - 2
            for c in clause.cues
        ):
            status_lo = speaker_scope[0]
        reading = read_status(
            clause, head, (status_lo, scope[1]), res, unit.is_title or unit.is_heading
        )
        status_reading = status_override or (reading.status, reading.cue or "")
        if status_reading == ("occurred", "") and self._standing(unit, clause, head, tdef):
            status_reading = ("ongoing", _surface(clause, head))
        elif status_reading == ("occurred", "") and tdef.default_status:
            status_reading = (tdef.default_status, "")
        if tdef.verbal and self._verbal(args):
            tdef = res.triggers[tdef.verbal]
            mode = tdef.mode
            notes.append(f"a person's attack on people or states → {tdef.type}/{mode}")
        self.counter += 1
        draft = Draft(
            type=tdef.type,
            mode=mode,
            status=status_reading[0],
            trigger=tdef.id,
            weight=tdef.weight,
            participants=list(args.participants),
            mediators=list(args.mediators),
            bodies=set(args.bodies),
            location=args.location,
            date=self._date(unit, clause, head),
            attributed=[
                a
                for a in attr_sources
                if not (speaker_acts and a in {e for e, _ in args.participants})
            ],
            evidence=[(unit.start, unit.end)],
            explanation=[
                f"trigger «{_surface(clause, head)}» ({tdef.id}, {head.pos}) → "
                f"{tdef.type}/{mode}; roles {tdef.role_frame}",
                *notes,
            ],
            cameo=cameo,
            paragraph=unit.paragraph,
            seen=self.counter,
            status_cue=status_reading[1] or None,
            from_heading=unit.is_heading,
            from_title=unit.is_title,
        )
        draft.impersonal = self._after_cue(clause, head, "impersonal")
        if draft.status == "occurred" and self._scheduled_today(unit, head, tdef, draft):
            draft.status, status_reading = "planned", ("planned", _surface(clause, head))
            draft.status_cue = status_reading[1]
            draft.explanation.append("present tense dated the day of publication")
        if status_reading[1]:
            draft.explanation.append(f"status {draft.status} «{status_reading[1]}»")
        if args.plural:
            self._resolve_plural(draft, args)
        if draft.participants and head.pos == "verb":
            self._counterparts_subject(unit, clause, head, draft)
        if occasion is not None:
            self._copy_parties(draft, occasion, "the parties of the act at")
        if not draft.participants and group.governed is not None and head.pos == "verb":
            # "نفت روسيا أن تكون قصفت": the governing verb's subject does the act
            doer = self._verb_subject(clause, group.governed[0], head)
            if doer is not None:
                _with_subject(draft, tdef, doer, "the subject of the verb governing it")
        if not draft.participants:
            target = self._refer_back(unit, clause, head, tdef, draft)
            if target is None:
                return None
            if target is not draft:
                return target
        elif draft.mediators and not draft.participants:
            return None
        if mode == "visit" and tdef.role_frame == "directed":
            self._host_state(draft)
        elif tdef.type == "ASSAULT" and tdef.role_frame == "directed":
            self._struck_state(draft)
        added = self._add(draft, clause, head, tdef, unit)
        if added is not None and group.governed is not None and draft.status == "denied":
            verb = group.governed[0]
            denier = None
            if self._circumstantial(clause, verb):
                denier = self._first_actor(unit, clause)  # "، نافية أن …": the subject
            if denier is None and scope[0] > speaker_scope[0]:
                # "نفت الإمارات تقارير قالت إن الحوثيين قصفوا": the denier is named
                # before the reported speech, not among the alleged act's parties.
                before = (speaker_scope[0], scope[0], scope[0])
                said = read_arguments(clause, verb, before, self.actors, res, frozenset())
                denier = next((e for e, r in said.participants if r == "source"), None)
            if denier is None:
                denier = self._verb_subject(clause, verb, head)
            self._denial(added, verb, clause, unit, denier)
        return added

    def _declared(
        self, clause: Clause, head: PhraseHit[str], attr_spans: set[tuple[int, int]]
    ) -> bool:
        """A trigger noun with a possessive right after a reporting verb and its credited
        subject ("أعلنت مصر تأييدها", "أكدت تركيا رفضها"): the speaker's own act."""
        matcher = self.res.trigger_matcher
        if not possessed(head.analysis.bare, matcher):
            return False  # (رفضها may read as a verb: after أكدت تركيا it is the noun)
        if self._after_subject(clause, head, attr_spans, ()):
            return True
        return self._speaker_occasion(clause, head, attr_spans)

    def _announced(
        self,
        clause: Clause,
        head: PhraseHit[str],
        args: Arguments,
        attr_spans: set[tuple[int, int]],
    ) -> bool:
        """An act noun its reporter announces as his own: after "أعلن ... عن" ("أعلنت
        السلطات عن اعتقال"), or right after an announcing verb and its subject with no
        agent of its own ("أعلنت السعودية قطع العلاقات")."""
        if self._after_cue(clause, head, "announced_act"):
            return any(c.payload.kind == "attr_verbs" and c.last < head.first for c in clause.cues)
        return all(r != "source" for _, r in args.participants) and self._after_subject(
            clause, head, attr_spans, self.res.announcing
        )

    def _after_subject(
        self,
        clause: Clause,
        head: PhraseHit[str],
        attr_spans: set[tuple[int, int]],
        verbs: tuple[WordForms, ...],
    ) -> bool:
        """Whether the trigger follows a reporting verb (one of `verbs`, if any are
        given) and its credited subject, with nothing else between."""
        matcher = self.res.trigger_matcher
        tokens = clause.tokens
        for cue in clause.cues:
            if cue.payload.kind != "attr_verbs" or not 0 < head.first - cue.last <= 7:
                continue
            if verbs and not any(f.match(tokens[cue.first].norm) for f in verbs):
                continue
            between = [t for t in tokens[cue.last + 1 : head.first] if t.is_word]
            named = [t for t in between if any(a <= t.start and t.end <= b for a, b in attr_spans)]
            if named and all(t in named or t.norm in matcher.gaps for t in between):
                return True
        return False

    def _speaker_occasion(
        self, clause: Clause, head: PhraseHit[str], attr_spans: set[tuple[int, int]]
    ) -> bool:
        """ "قال لافروف في مؤتمر صحفي خلال زيارته لقطر", "كان محمد بن سلمان قد صرح
        خلال لقائه الرئيس بوتين": the occasion of a statement is the speaker's own,
        whatever adjuncts come between, so long as no other actor is named there."""
        tokens = clause.tokens
        if not self._after_during(clause, head) or not any(
            c.payload.kind == "attr_verbs" and c.last < head.first for c in clause.cues
        ):
            return False
        start = tokens[head.first].start
        spoken = [b for a, b in attr_spans if clause.start <= a and b <= start]
        return bool(spoken) and not any(
            self.actors.is_actor(r.entity) for r in self.actors.within(max(spoken), start)
        )

    def _after_during(self, clause: Clause, head: PhraseHit[str]) -> int:
        """Words of a "during" phrase right before the trigger (خلال, أثناء), or 0."""
        tokens = clause.tokens
        for p in self.res.during:
            if tuple(t.norm for t in tokens[max(0, head.first - len(p)) : head.first]) == p:
                return len(p)
        return 0

    def _speaker_state(
        self,
        clause: Clause,
        speaker: tuple[int, int],
        tdef: TriggerDef,
        args: Arguments,
        notes: list[str],
    ) -> None:
        """ "قال لافروف إن بلاده قررت طرد ...": بلاده is the speaker's state, the subject."""
        lo, comp = speaker
        if comp >= len(clause.tokens) or not any(
            c.payload.kind == "speaker_state" and c.first == comp for c in clause.cues
        ):
            return
        tokens = clause.tokens
        refs = self.actors.within(tokens[lo].start, tokens[comp - 1].end)
        person = next((r.entity for r in refs if self.actors.country(r.entity)), None)
        country = self.actors.country(person) if person else None
        # the speaker stands for his state when the article names it nowhere
        state = (self.actors.state(country) or person) if country else None
        if state is None or state in {e for e, _ in args.participants}:
            return
        role = {"symmetric": "participant", "host": "target"}.get(tdef.role_frame, "source")
        # the others are its objects: "إن بلاده تطالب إيران بوقف …" (Iran is asked)
        flip = {"source": "target"} if role == "source" else {}
        args.participants = [(state, role)] + [
            (e, flip.get(r, r)) for e, r in args.participants if self.actors.country(e) != country
        ]
        notes.append("the speaker's state («بلاده»)")

    @staticmethod
    def _reported(
        clause: Clause, head: PhraseHit[str], scope: tuple[int, int, int]
    ) -> tuple[int, int, int]:
        """The scope of a trigger inside reported speech with its own subject ("قال
        لافروف إن أي ضربات أمريكية ..."): from the complementiser on, so the speaker
        is not a party. "قال الجيش إنه استهدف" (a pronoun: the speaker acts) keeps it."""
        lo = scope[0]
        for i in range(head.first - 1, lo - 1, -1):
            if clause.tokens[i].norm in _COMPLEMENTISERS:
                return (i + 1, scope[1], scope[2])
        return scope

    def _standing(
        self, unit: SentenceUnit, clause: Clause, head: PhraseHit[str], tdef: TriggerDef
    ) -> bool:
        """A present-tense stance verb in body text ("وتتهم تركيا"): a standing act.

        Not in reported speech ("قال إن إسرائيل ترفض القرار"): a speaker's present
        is the act of speaking."""
        return (
            tdef.type in self.res.standing_types
            and head.pos == "verb"
            and not head.analysis.future
            and not (unit.is_title or unit.is_heading)
            and head.analysis.bare in self.res.imperfect_forms
            and not any(t.norm in _COMPLEMENTISERS for t in clause.tokens[: head.first])
        )

    def _scheduled_today(
        self, unit: SentenceUnit, head: PhraseHit[str], tdef: TriggerDef, draft: Draft
    ) -> bool:
        """ "يلتقي كيري اليوم نظيره": a present-tense meeting or signing in body text,
        dated the day of publication, is still ahead (a headline's present is past)."""
        published = self.article.published
        return (
            published is not None
            and tdef.type in self.res.scheduled_types
            and head.pos == "verb"
            and not (unit.is_title or unit.is_heading)
            and head.analysis.bare in self.res.imperfect_forms  # 3rd person, no perfect
            and draft.date.explicit
            and draft.date.value == published.date().isoformat()
        )

    def _trailing_denial(
        self, clause: Clause, group: _Group, last: Draft, unit: SentenceUnit
    ) -> bool:
        """ "…، وهو ما نفته الإمارات": a relative denial after an act denies that act;
        the denier's REJECT is an event too. True when `group` was read so."""
        head = group.head
        tdef = self.res.triggers[head.payload]
        if (
            tdef.id not in self.res.governing
            or self.res.governing[tdef.id][0] != "denied"
            or head.pos != "verb"
            or group.governed is not None
            or head.first == 0
            or clause.tokens[head.first - 1].norm not in _RELATIVE_WHAT
            or not any(unit.start <= s < clause.start for s, _ in last.evidence)
            or last.type not in self.res.governing[tdef.id][1]
        ):
            return False
        # the relative's antecedent is the object: its subject follows ("نفته الإمارات")
        refs = self.actors.within(clause.tokens[head.last].end, clause.end)
        denier = next((r.entity for r in refs if self.actors.is_actor(r.entity)), None)
        self._deny(last, clause, head, unit, denier, "a relative after it")
        return True

    def _final_denial(self, clause: Clause, group: _Group, last: Draft, unit: SentenceUnit) -> bool:
        """ "الحوثيون يعلنون قصف مطار أبوظبي والإمارات تنفي": a denial verb that ends the
        clause, its subject right before it, denies the act before it in the clause.
        True when `group` was read so."""
        head = group.head
        tdef = self.res.triggers[head.payload]
        tokens = clause.tokens
        if (
            self.res.governing.get(tdef.id, ("",))[0] != "denied"
            or head.pos != "verb"
            or group.governed is not None
            or any(t.is_word for t in tokens[head.last + 1 :])
            or last.type not in self.res.governing[tdef.id][1]
            or not any(clause.start <= s < tokens[head.first].start for s, _ in last.evidence)
        ):
            return False
        before = self.actors.within(tokens[0].start, tokens[head.first].start)
        denier = before[-1].entity if before else None
        if denier is None or not self.actors.is_actor(denier):
            return False
        if before[-1].end < tokens[word_before(tokens, head.first)].end:
            return False  # the denier must stand right before the verb
        self._deny(last, clause, head, unit, denier, "a denial after it")
        return True

    def _deny(
        self,
        last: Draft,
        clause: Clause,
        verb: PhraseHit[str],
        unit: SentenceUnit,
        denier: str | None,
        how: str,
    ) -> None:
        """A denial after the act `last`: the act is denied, and the denial is the
        denier's REJECT when the denier is named."""
        if last.status in ("occurred", "ongoing"):
            last.status, last.status_cue = "denied", _surface(clause, verb)
            last.explanation.append(f"status denied «{last.status_cue}» ({how})")
        if denier is not None:
            self._denial(last, verb, clause, unit, denier)

    def _verb_subject(
        self, clause: Clause, verb: PhraseHit[str], head: PhraseHit[str]
    ) -> str | None:
        """The actor a governing verb names before its act ("نفت الإمارات تقارير عن
        قصف الحوثيين": the Emirates deny), else the last one before the verb."""
        tokens = clause.tokens
        between = self.actors.within(tokens[verb.last].end, tokens[head.first].start)
        before = self.actors.within(tokens[0].start, tokens[verb.first].start)
        for ref in [*between, *reversed(before)]:
            if self.actors.is_actor(ref.entity):
                return ref.entity
        return None

    def _denial(
        self,
        denied: Draft,
        verb: PhraseHit[str],
        clause: Clause,
        unit: SentenceUnit,
        denier: str | None = None,
    ) -> None:
        """ "نفت X أن تكون قصفت": besides the denied act, X's denial is a REJECT event."""
        tdef = self.res.triggers[verb.payload]
        denier = denier or next((e for e, r in denied.participants if r == "source"), None)
        denier = denier or denied.participants[0][0]
        self.counter += 1
        standing = self._standing(unit, clause, verb, tdef)
        rejection = Draft(
            type=tdef.type,
            mode=tdef.mode,
            status="ongoing" if standing else "occurred",
            trigger=tdef.id,
            weight=tdef.weight,
            participants=[(denier, "source")],
            date=denied.date,
            attributed=list(denied.attributed),
            evidence=[(unit.start, unit.end)],
            explanation=[f"trigger «{_surface(clause, verb)}» ({tdef.id}): the denial itself"],
            paragraph=unit.paragraph,
            seen=self.counter,
        )
        self._add(rejection, clause, verb, tdef, unit)

    def _add(
        self,
        draft: Draft,
        clause: Clause,
        head: PhraseHit[str],
        tdef: TriggerDef,
        unit: SentenceUnit,
    ) -> Draft | None:
        self._adjust_mode(draft, tdef)
        self._same_meeting(draft, unit)
        pointed = head.pos == "noun" and self._after_demonstrative(clause, head)
        for old in sorted(self.drafts, key=lambda d: -d.seen):
            if self._news_and_background(old, draft):
                continue
            if compatible(old, draft, self.actors) or (
                pointed and self._pointed_back(old, draft, tdef)
            ):
                merge_into(old, draft, self.actors, self.res.ontology.specific_modes)
                self._adjust_mode(old, tdef)
                self._implied_prior(old, clause, head, unit)
                return old
        if unit.is_heading:
            return None  # a section heading names a topic; it only adds evidence
        self.drafts.append(draft)
        self._implied_prior(draft, clause, head, unit)
        return draft

    def _news_and_background(self, old: Draft, new: Draft) -> bool:
        """A headline and the lead report the news of their day: an act the body dates
        more than a week before publication ("وفي ديسمبر 2017، أعلن الحوثيون إطلاق
        صاروخ", "وقد زار المعلم سابقاً السلطنة في أغسطس 2015") is background, not
        another mention of their undated act."""
        published = self.article.published
        news = old.from_title or old.paragraph <= self.lead
        if not news or old.date.explicit or not new.date.explicit:
            return False
        if published is None or not new.date.value:
            return False
        period = _period(new.date.value)
        return period is not None and (published.date() - period[1]).days > _NEAR_DAYS

    @staticmethod
    def _pointed_back(old: Draft, new: Draft, tdef: TriggerDef) -> bool:
        """ "وتشارك المنظمة في هذه المباحثات": a demonstrative points at the event of
        its type just reported, whatever parties the new mention names."""
        if old.type != new.type or old.distinct or new.distinct or old.status != new.status:
            return False
        return _same_kind(old, tdef)

    def _same_meeting(self, draft: Draft, unit: SentenceUnit) -> None:
        """An agreement reported right after a meeting of its parties was reached there."""
        if draft.type not in ("AGREE", "COOPERATE") or draft.location is not None:
            return
        states = {self.actors.country(e) for e in draft.entities()}
        for old in sorted(self.drafts, key=lambda d: -d.seen):
            if old.paragraph != unit.paragraph:
                return
            if old.type != "CONSULT":
                continue
            if states <= {self.actors.country(e) for e in old.entities()}:
                if draft.impersonal:
                    draft.participants = [(e, "participant") for e in old.entities()]
                    draft.inherited = True
                draft.location = old.location
                if _less_dated(draft.date, old.date):
                    draft.date = old.date
                draft.explanation.append(f"place and time of the {old.mode} before it")
            return

    def _host_state(self, draft: Draft) -> None:
        """ "وصل السيسي إلى الرياض": a visit that names no host is made to the state it
        takes place in, when the article names that state and the visitor is foreign."""
        self._place_state_as_target(draft, "host: the state the visit takes place in")

    def _struck_state(self, draft: Draft) -> None:
        """ "قصف الحوثيون مطار أبوظبي": an attack on a city or facility that names no
        target strikes the state it lies in, when the attackers belong to another state
        the article names (a group of no state, as داعش, says nothing of whom it
        strikes; a state named as the place is only where it happened)."""
        if draft.location is not None and not self.actors.is_country(draft.location):
            self._place_state_as_target(
                draft, "target: the state the attack takes place in", stateless=False
            )

    def _place_state_as_target(self, draft: Draft, note: str, stateless: bool = True) -> None:
        """The state of the event's place as its target, when none is named and the
        sources are foreign to it (`stateless`: a source of no state may be among them)."""
        if draft.location is None or any(r == "target" for _, r in draft.participants):
            return
        sources = {self.actors.country(e) for e, r in draft.participants if r == "source"}
        place = self.actors.country(draft.location)
        state = self.actors.state(place) if place else None
        if not sources or state is None or place in sources or (None in sources and not stateless):
            return
        draft.participants.append((state, "target"))
        draft.explanation.append(note)

    def _adjust_mode(self, draft: Draft, tdef: TriggerDef) -> None:
        if draft.type != "CONSULT":
            return
        # parties are sides: a delegation of two groups of one state is one side
        # ("لقائه مع وفد يمثل قوات سوريا الديمقراطية ووحدات حماية الشعب")
        sides = [self.actors.country(e) for e, _ in draft.participants]
        n = len(set(sides) - {None}) + sides.count(None)
        if draft.mode == "meet" and n >= 3:
            draft.mode = "multilateral"
        elif draft.mode == "multilateral" and n == 2 and tdef.mode == "meet":
            draft.mode = "meet"

    def _counterparts_subject(
        self, unit: SentenceUnit, clause: Clause, head: PhraseHit[str], draft: Draft
    ) -> None:
        """ "على أن يلتقي بنظيريه كيري والجبير": with no actor between the verb and its
        counterpart word, the counterparts' peer is named earlier in the sentence."""
        cue = next(
            (c for c in clause.cues if c.payload.kind == "counterpart" and c.first > head.last),
            None,
        )
        if cue is None or self.actors.within(
            clause.tokens[head.last].end, clause.tokens[cue.first].start
        ):
            return
        # a counterpart holds the same office: the peer is the last person named
        # before the clause with the title of one of the counterparts
        entities = self.actors.entities
        titles = {entities[e].title for e in draft.entities() if entities[e].title}
        peers = [
            r.entity
            for r in self.actors.within(unit.start, clause.start)
            if entities[r.entity].type == "PER" and entities[r.entity].title in titles
        ]
        if peers and peers[-1] not in draft.entities():
            draft.participants.insert(0, (peers[-1], "participant"))
            draft.explanation.append("the counterparts' peer: the same office, named before")

    # ------------------------------------------------------------------ reference
    def _resolve_plural(self, draft: Draft, args: Arguments) -> None:
        """ "الطرفين" → the parties of the latest event with that many participants."""
        for old in sorted(self.drafts, key=lambda d: -d.seen):
            if len(old.participants) == args.plural:
                resolved = [(e, "participant") for e, _ in old.participants]
                states = {self.actors.country(e) for e, _ in resolved}
                extra = [p for p in draft.participants if self.actors.country(p[0]) not in states]
                draft.participants = resolved + extra
                draft.inherited = True
                draft.explanation.append(f"parties resolved to those of an earlier {old.type}")
                return

    def _refer_back(
        self,
        unit: SentenceUnit,
        clause: Clause,
        head: PhraseHit[str],
        tdef: TriggerDef,
        draft: Draft,
    ) -> Draft | None:
        """A mention without named parties: the event it repeats, or one it follows."""
        definite = "ال" in head.analysis.prefix or self._after_demonstrative(clause, head)
        impersonal = self._after_cue(clause, head, "impersonal")
        by_recency = sorted(self.drafts, key=lambda d: -d.seen)
        if head.pos == "noun" and definite and not impersonal:
            for old in by_recency:
                if old.type != tdef.type or old.distinct or not _same_kind(old, tdef):
                    continue
                if old.status == "planned" and draft.status in ("postponed", "cancelled"):
                    old.status, old.status_cue = draft.status, draft.status_cue
                    old.explanation.append(f"status {draft.status} «{draft.status_cue}»")
                elif _redated(draft.date, old.date):
                    # the same campaign a few days on keeps its actors; one dated
                    # another month or year is an event the article names no actor of
                    if not _within_days(draft.date.value, old.date.value, _NEAR_DAYS):
                        return None
                    self._copy_parties(draft, old, "another occurrence of")
                    self._add(draft, clause, head, tdef, unit)
                    return draft if draft in self.drafts else None
                elif draft.status_cue and draft.status != old.status:
                    self._copy_parties(draft, old, "another occurrence of")
                    self._add(draft, clause, head, tdef, unit)
                    return draft if draft in self.drafts else None
                draft.status = old.status
                self._fold(old, draft, "referred to again by a definite mention")
                self._implied_prior(old, clause, head, unit)
                return old
            return None
        if self._circumstantial(clause, head):
            # "رفضت روسيا القرار، متوعدة بالرد": a participle opening its clause acts
            # for the subject of the act just reported in the sentence.
            doer = self._first_actor(unit, clause)
            if doer is not None:
                return _with_subject(
                    draft, tdef, doer, "the participle acts for the subject before it"
                )
        if (
            head.pos == "verb"
            or tdef.speaker_act  # "وقال X: «سنرد بقوة»": the speaker's own words
            or possessed(head.analysis.bare, self.res.trigger_matcher)
        ):
            subject = (
                self._first_actor(unit, clause)
                if tdef.speaker_act
                else self._sentence_subject(unit, clause)
            )
            if subject is not None:
                return _with_subject(draft, tdef, subject, "subject named earlier in the sentence")
        follows_meeting = tdef.type in ("AGREE", "COOPERATE") and (impersonal or head.pos == "verb")
        if possessed(head.analysis.bare, self.res.trigger_matcher) and by_recency:
            last = by_recency[0]
            if last.paragraph == unit.paragraph and last.participants:
                # "أعرب عن إدانته": "his" condemnation — the actor just reported.
                self._copy_parties(draft, last, "the possessor is the actor of")
                return draft
        if follows_meeting or head.pos == "verb":
            for old in by_recency:
                if old.paragraph != unit.paragraph:
                    break
                if not follows_meeting and (unit.start, unit.end) not in old.evidence:
                    break  # a dropped subject refers within its own sentence
                if follows_meeting and old.type != "CONSULT":
                    continue
                self._copy_parties(draft, old, "parties of")
                return draft
        headline = self._headline_restated(unit, tdef)
        if headline is not None and head.pos == "noun":
            # "تنطلق غدًا الأربعاء اجتماعات اللجنة الفنية" under the headline "وزراء مياه
            # مصر والسودان وإثيوبيا يبحثون …": the lead restates the headline's act.
            self._fold(headline, draft, "restated by the lead")
            return headline
        return None

    def _fold(self, old: Draft, draft: Draft, note: str) -> None:
        """A mention naming no party, folded into the event it repeats: its evidence,
        date and place join that event, which becomes the latest mentioned."""
        self.counter += 1
        draft.seen = self.counter
        draft.participants = list(old.participants)
        merge_into(old, draft, self.actors, self.res.ontology.specific_modes)
        old.explanation.append(note)

    def _headline_restated(self, unit: SentenceUnit, tdef: TriggerDef) -> Draft | None:
        """The headline's one act of this kind, when `unit` opens the lead."""
        if unit.paragraph != self.lead or unit.index_in_paragraph != 0:
            return None
        found = [
            d
            for d in self.drafts
            if d.paragraph < self.lead
            and d.type == tdef.type
            and not d.distinct
            and _same_kind(d, tdef)
        ]
        return found[0] if len(found) == 1 else None

    def _participle_subject(
        self,
        unit: SentenceUnit,
        clause: Clause,
        tdef: TriggerDef,
        args: Arguments,
        prior_subject: str | None,
        notes: list[str],
    ) -> None:
        """ "رفضت مصر القرار، مستنكرة موقف إيران": the participle's subject is the
        sentence's, and the actors of its clause are its objects."""
        if tdef.role_frame != "directed":
            return
        doer = self._first_actor(unit, clause) or prior_subject
        if doer is None:  # "…عن الجيش قوله …، متهما إسرائيل": the doer is unnamed
            args.participants = [(e, "target") for e, _ in args.participants]
            return
        if (doer, "source") in args.participants:
            return
        args.participants = [(doer, "source")] + [
            (e, "target") for e, _ in args.participants if e != doer
        ]
        notes.append("the participle acts for the subject before it")

    def _relative(
        self, clause: Clause, head: PhraseHit[str], tdef: TriggerDef, args: Arguments
    ) -> bool:
        """A verb right after a relative pronoun opening its clause, with no subject."""
        words = [t for t in clause.tokens[: head.first] if t.is_word]
        return (
            tdef.role_frame == "directed"
            and head.pos == "verb"
            and len(words) == 1
            and words[0].norm in RELATIVES
            and all(r != "source" for _, r in args.participants)
        )

    def _antecedent(self, unit: SentenceUnit, clause: Clause) -> str | None:
        """The actor named right before a clause (a comma between at most)."""
        refs = [
            r
            for r in self.actors.within(unit.start, clause.start)
            if self.actors.is_actor(r.entity)
        ]
        if not refs or self.article.text[refs[-1].end : clause.start].strip(" ،,") != "":
            return None
        return refs[-1].entity

    def _continued(
        self, unit: SentenceUnit, clause: Clause, tdef: TriggerDef, args: Arguments
    ) -> bool:
        """A directed act with no source in a clause that continues the one before it:
        it opens with a continuation word (عن، مع، في …) after a comma."""
        return (
            tdef.role_frame == "directed"
            and clause.start > unit.start
            and not args.unnamed_subject
            and clause.tokens[0].norm in self.res.continue_words
            and all(r != "source" for _, r in args.participants)
        )

    def _first_actor(self, unit: SentenceUnit, clause: Clause) -> str | None:
        """The subject of the sentence a participle qualifies: its first political actor
        before the clause, or the person right after it when it is his title's state or
        body ("وجه وزير الدولة الإماراتي … أنور قرقاش رسالة …، مطالبا")."""
        # past a dateline ("دبي، الإمارات العربية المتحدة (CNN)--"): its places act not
        dash = self.article.text.find("--", unit.start, min(clause.start, unit.start + 90))
        refs = [
            r
            for r in self.actors.within(unit.start if dash < 0 else dash, clause.start)
            if self.actors.is_actor(r.entity)
            and not self.actors.is_media(r.entity)
            and not self._placed(unit, r)
        ]
        if not refs:
            return None
        first = refs[0].entity
        for r in refs[1:3]:
            person = self.actors.entities[r.entity]
            if person.type == "PER" and person.country == self.actors.country(first):
                return r.entity
        return first

    def _circumstantial(self, clause: Clause, head: PhraseHit[str]) -> bool:
        """An indefinite participle opening a clause ("، منددة", "، متوعدة", "، نافيا"):
        circumstantial, with no subject of its own. By form: مـ… or فاعل, ending in the
        accusative ا or the feminine ة (not a plural noun: "، محادثات")."""
        if head.pos != "noun" or head.analysis.prefix:
            return False
        if head.last != head.first and not clause.tokens[head.first + 1].norm.startswith("ايا"):
            return False  # one word, or with its object pronoun ("متهمة إياها"): not
            # "قافلة المساعدات", "مذكرة تفاهم"
        bare = head.analysis.bare
        if len(bare) < 4 or not (bare[0] == "م" or bare[1] == "ا") or bare[-1] not in "اه":
            return False
        if any(t.is_word for t in clause.tokens[: head.first]):
            return False
        # after a comma: a masdar opening a title or a line ("العراق: مصادرة …") is none
        before = self.article.text[: clause.start].rstrip()
        return before.endswith(("،", ","))

    def _sentence_subject(self, unit: SentenceUnit, clause: Clause) -> str | None:
        """The last political actor named before `clause` in its sentence, except one
        that was only the target of the acts read there ("شنت مقاتلات التحالف غارات
        على مواقع الحوثيين، كما قصفت …": the Houthis are not the ones bombing)."""
        if clause.start <= unit.start:
            return None
        roles: dict[str, set[str]] = {}
        for d in self.drafts:
            if any(unit.start <= s < clause.start for s, _ in d.evidence):
                for e, r in d.participants:
                    roles.setdefault(e, set()).add(r)
        refs = [
            r
            for r in self.actors.within(unit.start, clause.start)
            if self.actors.is_actor(r.entity)
            and not self.actors.is_media(r.entity)
            and roles.get(r.entity) != {"target"}
            and not self._placed(unit, r)
        ]
        return refs[-1].entity if refs else None

    def _placed(self, unit: SentenceUnit, ref: MentionRef) -> bool:
        """A state named as a place ("في سويسرا", "بالسعودية"): no subject for the
        clauses after it."""
        if not self.actors.is_country(ref.entity):
            return False
        clause = next((c for c in unit.clauses if c.start <= ref.start < c.end), None)
        return clause is not None and governed(clause, ref, self.res)

    def _copy_parties(self, draft: Draft, old: Draft, how: str) -> None:
        if draft.type == old.type:
            draft.participants = list(old.participants)
        elif self.res.triggers[draft.trigger].role_frame in ("directed", "host"):
            # "أدانت X الهجوم وطالبت ...": the dropped subject is the earlier source.
            sources = [e for e, r in old.participants if r == "source"]
            draft.participants = [(e, "source") for e in sources or [old.participants[0][0]]]
        else:
            draft.participants = [(e, "participant") for e, _ in old.participants]
        if not draft.mediators:
            draft.mediators = list(old.mediators)
        if draft.location is None:
            draft.location = old.location
        if _less_dated(draft.date, old.date):
            draft.date = old.date
        draft.inherited = True
        draft.explanation.append(f"{how} the {old.type}/{old.mode} event before it")

    def _first_person(self, head: PhraseHit[str]) -> bool:
        """A verb in the first person plural: نطالب (imperfect), طالبنا (perfect)."""
        bare = head.analysis.bare
        if bare.startswith("ن") and "ي" + bare[1:] in self.res.imperfect_forms:
            return True
        return (
            len(bare) > 4
            and bare.endswith("نا")
            and self.res.trigger_matcher.has_form(bare[:-2])
            and not self.res.trigger_matcher.has_form(bare)
        )

    def _last_speaker(self, sources: Sequence[str]) -> str | None:
        """The last credited source that can act (not an outlet)."""
        return next(
            (
                e
                for e in reversed(sources)
                if self.actors.is_actor(e) and not self.actors.is_media(e)
            ),
            None,
        )

    def _with_media(self, clause: Clause, head: PhraseHit[str]) -> bool:
        """Whether a news outlet is what the act is held with ("في حوار مع صحيفة الوطن",
        "في اتصال هاتفي مع وكالة الأنباء الفرنسية")."""
        tokens = clause.tokens
        j = next(
            (
                c.last
                for c in clause.cues
                if c.payload.kind == "with" and head.last < c.first <= head.last + _WITH_REACH
            ),
            None,
        )
        if j is None or j + 1 >= len(tokens):
            return False
        nxt = tokens[j + 1]
        if nxt.norm in self.res.outlet_nouns:
            return True
        refs = self.actors.within(nxt.start, tokens[min(j + 3, len(tokens) - 1)].end)
        return any(r.start <= nxt.end and self.actors.is_media(r.entity) for r in refs[:1])

    def _after_demonstrative(self, clause: Clause, head: PhraseHit[str]) -> bool:
        return self._after_cue(clause, head, "demonstratives")

    @staticmethod
    def _pronoun_subject(clause: Clause, head: PhraseHit[str]) -> bool:
        """The speaker's pronoun right before the verb ("أنه سيزور"): its subject."""
        return any(
            c.payload.kind == "speaker_pronoun" and c.last == head.first - 1 for c in clause.cues
        )

    def _verbal(self, args: Arguments) -> bool:
        """Whether office holders act on persons or states only ("هاجم أردوغان
        ماكرون"): an attack in words. An armed group, army or place among them keeps it
        an assault, and so does an attacker holding no office (a gunman the article
        names)."""
        entities = self.actors.entities
        sources = [e for e, r in args.participants if r == "source"]
        targets = [e for e, r in args.participants if r != "source"]
        return (
            bool(sources and targets)
            and all(
                entities[e].type == "PER" and bool(entities[e].kb_id or entities[e].title)
                for e in sources
            )
            and all(
                entities[e].type == "PER" or entities[e].subtype in _VERBAL_TARGETS for e in targets
            )
        )

    def _first_state(self, unit: SentenceUnit, before: int) -> str | None:
        """The first state named in the sentence before character `before`."""
        return next(
            (
                r.entity
                for r in self.actors.within(unit.start, before)
                if self.actors.is_country(r.entity)
            ),
            None,
        )

    def _after_resumptive(self, clause: Clause, head: PhraseHit[str]) -> bool:
        """Whether "لكنها" or "إلا أنها" ends right before the verb, or one word before."""
        norms = [t.norm for t in clause.tokens[: head.first]]
        return any(
            len(norms) >= gap + len(p) and tuple(norms[len(norms) - gap - len(p) :][: len(p)]) == p
            for p in self.res.resumptive
            for gap in (0, 1)
        )

    @staticmethod
    def _after_cue(clause: Clause, head: PhraseHit[str], kind: str) -> bool:
        return any(
            c.payload.kind == kind and c.last in (head.first - 1, head.first - 2)
            for c in clause.cues
        )

    def _implied_prior(
        self, draft: Draft, clause: Clause, head: PhraseHit[str], unit: SentenceUnit
    ) -> None:
        """ "اللقاء الثاني خلال شهر": an earlier meeting of the same parties."""
        if draft.type != "CONSULT" or draft.mode not in MEETING_MODES:
            return
        cue = next(
            (
                c
                for c in clause.cues
                if c.payload.kind == "prior_ordinals" and head.last < c.first <= head.last + 2
            ),
            None,
        )
        if cue is None:
            return
        words = " ".join(t.text for t in clause.tokens[cue.first : cue.last + 1])
        self.counter += 1
        prior = Draft(
            type=draft.type,
            mode=draft.mode,
            status="occurred",
            trigger=draft.trigger,
            weight=draft.weight * 0.8,
            participants=list(draft.participants),
            mediators=list(draft.mediators),
            location=None,
            date=self._prior_date(unit, clause),
            attributed=list(draft.attributed),
            evidence=[(unit.start, unit.end)],
            explanation=[f"an earlier occurrence implied by the ordinal «{words}»"],
            paragraph=unit.paragraph,
            seen=self.counter,
            distinct=True,
            inherited=True,
        )
        if not any(d.distinct and d.evidence == prior.evidence for d in self.drafts):
            self.drafts.append(prior)

    # ------------------------------------------------------------------ dates
    def _date(self, unit: SentenceUnit, clause: Clause, head: PhraseHit[str]) -> DateGuess:
        pos = clause.tokens[head.first].start
        in_clause = [t for t in self.times if clause.start <= t.start and t.end <= clause.end]
        in_sentence = [t for t in self.times if unit.start <= t.start and t.end <= unit.end]
        pool = in_clause or in_sentence
        if not pool:
            return DateGuess()
        best = min(pool, key=lambda t: abs(t.start - pos))
        if best.value is None:
            return DateGuess(None, best.precision, best.text, False)
        return DateGuess(best.value, best.precision, best.text, True)

    def _prior_date(self, unit: SentenceUnit, clause: Clause) -> DateGuess:
        published = self.article.published
        in_clause = [t for t in self.times if clause.start <= t.start and t.end <= clause.end]
        coarse = [t for t in in_clause if t.precision in ("month", "year") and t.value]
        if coarse:
            t = coarse[0]
            return DateGuess(t.value, t.precision, t.text, True)
        if published is None:
            return DateGuess(None, "month", None, False)  # the grain without an anchor
        return DateGuess(published.strftime("%Y-%m"), "month", None, False)

    # ------------------------------------------------------------------ filter
    def _keep(self, draft: Draft) -> bool:
        return any(self.actors.is_actor(e) for e, _ in draft.participants)


def _same_kind(draft: Draft, tdef: TriggerDef) -> bool:
    """Whether a trigger can name the act of `draft`: a meeting names a meeting, a
    phone call or a mediation its own kind."""
    return tdef.type != "CONSULT" or (draft.mode in MEETING_MODES) == (tdef.mode in MEETING_MODES)


def _outlet_words(article: Article) -> frozenset[str]:
    """Lower-case words naming the article's outlet: its name and its host's labels."""
    words = set((article.outlet or "").lower().split())
    if article.url and "//" in article.url:
        host = article.url.split("//", 1)[1].split("/", 1)[0].lower()
        words.update(host.split("."))
    return frozenset(w for w in words if w)


def _with_subject(draft: Draft, tdef: TriggerDef, subject: str, why: str) -> Draft:
    """The draft with `subject` as its only party, taken from the context."""
    role = "participant" if tdef.role_frame == "symmetric" else "source"
    draft.participants = [(subject, role)]
    draft.inherited = True
    draft.explanation.append(why)
    return draft


def _less_dated(mine: DateGuess, theirs: DateGuess) -> bool:
    """Whether `theirs` says more about the date than `mine` (to inherit it)."""
    if mine.explicit:
        return False
    return theirs.explicit or (mine.precision is None and theirs.precision is not None)


def _redated(mine: DateGuess, theirs: DateGuess) -> bool:
    """Whether both dates were read from the text and differ."""
    return mine.explicit and theirs.explicit and mine.value != theirs.value


def _within_days(one: str | None, other: str | None, days: int) -> bool:
    """Whether two dates, both to the day, lie at most `days` apart."""
    a, b = _period(one or ""), _period(other or "")
    if a is None or b is None or a[0] != a[1] or b[0] != b[1]:
        return False
    return abs((a[0] - b[0]).days) <= days


def _period(value: str) -> tuple[date, date] | None:
    """First and last day of an ISO date, week (2015-W32), month or year."""
    try:
        if "-W" in value:
            year, week = value.split("-W")
            first = date.fromisocalendar(int(year), int(week), 1)
            return first, first + timedelta(days=6)
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    return None


def _surface(clause: Clause, hit: PhraseHit[str]) -> str:
    """The trigger as written; a subject inside the phrase is elided ("أسقطت … طائرة")."""
    tokens = clause.tokens
    if hit.subject is not None:
        a, b = hit.subject
        words = [*tokens[hit.first : a], None, *tokens[b + 1 : hit.last + 1]]
        return " ".join("…" if t is None else t.text for t in words)
    return " ".join(t.text for t in tokens[hit.first : hit.last + 1])


def _confidence(draft: Draft) -> float:
    score = draft.weight
    score += min(0.1, 0.05 * (len(draft.evidence) - 1))
    if draft.inherited:
        score -= 0.15
    if len(draft.participants) < 2 and draft.type in ("CONSULT", "AGREE", "COOPERATE"):
        score -= 0.1
    return round(max(0.05, min(0.99, score)), 3)


def _to_output(draft: Draft, idx: int, text: str, res: EventResources) -> EventOut:
    cameo = res.ontology.cameo_for(draft.type, draft.mode, draft.status, draft.cameo)
    if draft.date.value or draft.date.precision:
        date = DateInfo(
            value=draft.date.value,
            precision=draft.date.precision,  # type: ignore[arg-type]
            text=draft.date.text,
        )
    else:
        # No time expression: no date (eval/GUIDELINES.md §8). The store files such an
        # event under its article's publication day for timelines and fusion.
        date = DateInfo()
    spans = sorted(draft.evidence)
    return EventOut(
        id=f"v{idx}",
        type=draft.type,  # type: ignore[arg-type]
        mode=draft.mode,
        status=draft.status,  # type: ignore[arg-type]
        participants=[Participant(entity=e, role=r) for e, r in draft.participants],  # type: ignore[arg-type]
        mediators=list(draft.mediators),
        location=draft.location,
        date=date,
        attributed_to=list(draft.attributed),
        evidence=[SpanOut(start=s, end=e, text=text[s:e]) for s, e in spans],
        cameo=cameo,
        confidence=res.calibrated(_confidence(draft)),
        explanation="; ".join(dict.fromkeys(draft.explanation)),
    )


def extract_events(
    article: Article,
    sentences: Sequence[Sentence],
    entity_result: EntityResultLike,
    resources: Resources | EventResources,
    times: Sequence[TimeLike] = (),
) -> list[EventOut]:
    """The political events of one article, in order of first mention.

    `resources` is a marsad.context.Resources (its `.events` is used) or an
    EventResources; `times` are the article's resolved time expressions.
    """
    res = resources if isinstance(resources, EventResources) else resources.events
    actors = ActorIndex(entity_result)
    actors.add_refs(plain_noun_refs(sentences, actors, res.actor_nouns, res.title_refs))
    units = segment(article, sentences, res, [(r.start, r.end) for r in actors.refs])
    drafts = _Extractor(article, units, actors, res, times).run()
    drafts.sort(key=lambda d: (min(d.evidence), d.distinct))
    return [_to_output(d, i, article.text, res) for i, d in enumerate(drafts, 1)]
