"""Event lexicons loaded once: triggers, ontology, status/attribution/argument cues.

Loaded from `marsad/resources/events/*.yaml` (schemas in docs/events.md) and
compiled into phrase matchers, so extraction costs a few dict probes per token.
Malformed data raises `ResourceError` naming the file and the entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files
from typing import TYPE_CHECKING, Any, get_args

import yaml

from marsad.errors import ResourceError
from marsad.events.lexicon import PhraseMatcher, WordForms, verb_forms
from marsad.output import EventType, Status
from marsad.text.normalise import normalise

if TYPE_CHECKING:
    from marsad.entities.kb import KnowledgeBase

NOT_TRIGGER = ""  # payload of a not_triggers entry in the trigger matcher

__all__ = ["NOT_TRIGGER", "Cue", "EventResources", "Ontology", "TriggerDef", "read_event_yaml"]

ROLE_FRAMES = ("symmetric", "directed", "host", "mediate", "backed", "undergo")
EVENT_TYPES = frozenset(get_args(EventType))
STATUSES = frozenset(get_args(Status))
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_event_yaml(name: str) -> dict[str, Any]:
    """Parse one file of resources/events, checking it has a meta header."""
    path = files("marsad").joinpath("resources/events", name)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise ResourceError(f"resources/events/{name}: cannot read ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
        raise ResourceError(f"resources/events/{name}: expected a mapping with a 'meta' header")
    return data


@dataclass(frozen=True, slots=True)
class TriggerDef:
    """One lemma family of the trigger lexicon and what it denotes."""

    id: str
    type: str
    mode: str
    weight: float
    role_frame: str
    nominal: bool = True
    # Never the complement of an earlier trigger ("زيارة ... بدعوة من X": an event).
    own_event: bool = False
    # Words that state the act in the speaker's voice ("قال إن الأنباء لا أساس لها من
    # الصحة"): in reported speech naming no party, the speaker is the source.
    speaker_act: bool = False
    # The status when no cue gives one: "ongoing" for a standing description ("الحوثيين
    # المدعومين من إيران"); "" keeps the default (occurred).
    default_status: str = ""
    requires: tuple[WordForms, ...] = ()
    window: int = 8
    # `switch`: with one of these exact words within `window` tokens after it, the
    # hit is read as trigger `to` ("استدعت البحرين سفيرها": her own ambassador).
    switch_to: str = ""
    switch_when: WordForms | None = None
    switch_window: int = 0  # tokens after the trigger to look in; 0: `window`
    # The trigger read instead when a person does the act to people or states only
    # (هاجم: a verbal attack, ACCUSE/criticize).
    verbal: str = ""


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word or phrase: its kind (status, mediator, boundary ...) and value."""

    kind: str
    value: str = ""
    count: int = 0
    after_kana: str = ""  # status cues: the status when كان precedes the cue
    adjacent: bool = False  # status cues: only right before the trigger
    # status cues: only for triggers of these modes ("خلال زيارته": a visit lasts
    # days, so it is under way; "خلال لقائه" tells a meeting that took place)
    modes: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Ontology:
    """Types, modes and CAMEO codes; head/complement combinations."""

    cameo: dict[tuple[str, str], str | None]
    cameo_status: dict[tuple[str, str], str | None]
    combinations: dict[tuple[str, str], dict[str, str]]
    specific_modes: frozenset[str] = frozenset()

    def cameo_for(
        self, type_: str, mode: str, status: str, combined: str | None = None
    ) -> str | None:
        """The CAMEO code of a type/mode (or of a combination), adjusted for status."""
        if (type_, status) in self.cameo_status:
            return self.cameo_status[(type_, status)]
        return combined or self.cameo.get((type_, mode))


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ResourceError(f"{where}: expected a list of non-empty strings")
    return value


def _load_ontology() -> Ontology:
    data = read_event_yaml("ontology.yaml")
    where = "resources/events/ontology.yaml"
    types = data.get("types")
    if not isinstance(types, dict) or set(types) != EVENT_TYPES:
        raise ResourceError(f"{where}: 'types' must define exactly the 16 PLOVER types")
    cameo: dict[tuple[str, str], str | None] = {}
    cameo_status: dict[tuple[str, str], str | None] = {}
    for t, spec in types.items():
        modes = spec.get("modes") if isinstance(spec, dict) else None
        if not isinstance(modes, dict) or not modes:
            raise ResourceError(f"{where}: type {t} has no modes")
        for mode, mspec in modes.items():
            code = (mspec or {}).get("cameo")
            cameo[(t, mode)] = None if code is None else str(code)
        for status, code in (spec.get("cameo_status") or {}).items():
            if status not in STATUSES:
                raise ResourceError(f"{where}: {t}: unknown status {status!r}")
            cameo_status[(t, status)] = None if code is None else str(code)
    combos: dict[tuple[str, str], dict[str, str]] = {}
    for c in data.get("combinations") or []:
        if not isinstance(c, dict) or "head" not in c or "complement" not in c:
            raise ResourceError(f"{where}: combination needs head and complement: {c!r}")
        combos[(c["head"], c["complement"])] = {
            k: str(v) for k, v in c.items() if k in ("mode", "cameo")
        }
    specific = frozenset(_strings(data.get("specific_modes"), where))
    known_modes = {m for _, m in cameo}
    if not specific <= known_modes:
        raise ResourceError(f"{where}: unknown specific_modes {sorted(specific - known_modes)}")
    return Ontology(cameo, cameo_status, combos, specific)


def _switch(spec: Any, where: str) -> dict[str, Any]:
    if spec is None:
        return {}
    if not isinstance(spec, dict) or not isinstance(spec.get("to"), str):
        raise ResourceError(f"{where}: switch needs 'to' and 'when'")
    return {
        "switch_to": spec["to"],
        "switch_when": WordForms.exact(_strings(spec.get("when"), f"{where}: switch.when")),
        "switch_window": int(spec.get("window") or 0),
    }


def _load_triggers(
    ontology: Ontology,
) -> tuple[dict[str, TriggerDef], PhraseMatcher[str], frozenset[str], frozenset[str]]:
    data = read_event_yaml("triggers.yaml")
    where = "resources/events/triggers.yaml"
    gaps = frozenset(normalise(w) for w in _strings(data.get("phrase_gaps"), where))
    matcher: PhraseMatcher[str] = PhraseMatcher(gaps)
    # Non-triggers are indexed first with the payload NOT_TRIGGER: the longest match
    # wins, and a tie goes to the entry added first, so "مؤتمر صحفي" and "وزارة" hide
    # the trigger forms inside them in the same single pass.
    for w in _strings(data.get("not_triggers"), where):
        matcher.add_text(w, NOT_TRIGGER)
    noun_context = frozenset(normalise(w) for w in _strings(data.get("noun_context"), where))
    defs: dict[str, TriggerDef] = {}
    imperfect: set[str] = set()
    perfect: set[str] = set()
    for entry in data.get("triggers") or []:
        tid = entry.get("id") if isinstance(entry, dict) else None
        if not tid or tid in defs:
            raise ResourceError(f"{where}: missing or duplicate trigger id: {entry!r}")
        here = f"{where}: trigger {tid}"
        t, mode = entry.get("type"), entry.get("mode")
        if (t, mode) not in ontology.cameo:
            raise ResourceError(f"{here}: {t}/{mode} is not in ontology.yaml")
        frame = entry.get("role_frame", "symmetric")
        if frame not in ROLE_FRAMES:
            raise ResourceError(f"{here}: role_frame must be one of {ROLE_FRAMES}")
        default_status = str(entry.get("status", ""))
        if default_status and default_status not in STATUSES:
            raise ResourceError(f"{here}: unknown status {default_status!r}")
        weight = float(entry.get("weight", 0.5))
        if not 0 < weight <= 1:
            raise ResourceError(f"{here}: weight must be in (0, 1]")
        defs[tid] = TriggerDef(
            id=tid,
            type=t,
            mode=mode,
            weight=weight,
            role_frame=frame,
            nominal=bool(entry.get("nominal", True)),
            own_event=bool(entry.get("own_event", False)),
            speaker_act=bool(entry.get("speaker_act", False)),
            default_status=default_status,
            requires=tuple(WordForms(w, "noun") for w in _strings(entry.get("requires"), here)),
            window=int(entry.get("window", 8)),
            **_switch(entry.get("switch"), here),
            verbal=str(entry.get("verbal") or ""),
        )
        verbs = _strings(entry.get("verbs"), here)
        nouns = _strings(entry.get("nouns"), here)
        phrases = _strings(entry.get("phrases"), here)
        if not (verbs or nouns or phrases):
            raise ResourceError(f"{here}: no verbs, nouns or phrases")
        for w in verbs:
            matcher.add_text(w, tid, "verb")
            norm = normalise(w)
            (imperfect if norm.startswith("ي") else perfect).update(verb_forms(norm))
        for w in nouns:
            matcher.add_text(w, tid, "noun")
        for p in phrases:
            # The first word of a phrase may be a noun or a verb (فرض عقوبات, فرضت عقوبات);
            # a one-word entry (مدينا, استنفار) is a noun: as a "verb" مدينا would
            # yield مدينه, i.e. مدينة (a city).
            words = p.split()
            matcher.add(words, tid, "noun")
            if len(words) > 1:
                matcher.add(words, tid, "verb")
    for d in defs.values():
        if d.switch_to and d.switch_to not in defs:
            raise ResourceError(f"{where}: trigger {d.id}: switch to unknown {d.switch_to!r}")
        if d.verbal and d.verbal not in defs:
            raise ResourceError(f"{where}: trigger {d.id}: verbal reading unknown {d.verbal!r}")
    if {d.type for d in defs.values()} != EVENT_TYPES:
        missing = EVENT_TYPES - {d.type for d in defs.values()}
        raise ResourceError(f"{where}: no trigger for types {sorted(missing)}")
    # Imperfect forms of the 3rd person (يرفض, تتهم), not also perfect ones (تباحث).
    third = frozenset(f for f in imperfect - perfect if f[:1] in ("ي", "ت"))
    return defs, matcher, noun_context, third


@dataclass(frozen=True, slots=True)
class EventResources:
    """Everything event extraction needs, compiled."""

    triggers: dict[str, TriggerDef]
    trigger_matcher: PhraseMatcher[str]
    ontology: Ontology
    cues: PhraseMatcher[Cue]
    status_priority: tuple[str, ...]
    kana: WordForms
    governing: dict[str, tuple[str, frozenset[str]]]
    # Reporting verbs whose subject, named right before an act noun, did the act
    # ("أعلنت السعودية قطع العلاقات"): cues.yaml attribution.announcing.
    announcing: tuple[WordForms, ...] = ()
    noun_context: frozenset[str] = field(default_factory=frozenset)
    # 3rd-person imperfect verb forms of the triggers, and the types whose imperfect
    # in running text states a standing act ("تتهم تركيا", "تهدد"): ongoing.
    imperfect_forms: frozenset[str] = field(default_factory=frozenset)
    standing_types: frozenset[str] = field(default_factory=frozenset)
    scheduled_types: frozenset[str] = field(default_factory=frozenset)
    location_preps: frozenset[str] = field(default_factory=frozenset)
    # Nouns that name a news outlet ("مع صحيفة", "مع قناة"): an act held with one is an
    # interview.
    outlet_nouns: frozenset[str] = field(default_factory=frozenset)
    # "لكنها", "إلا أنها" before a verb: its subject is that of the act before
    # (cues.yaml resumptive), as normalised word sequences.
    resumptive: tuple[tuple[str, ...], ...] = ()
    # phrases before a meeting noun that make it the occasion of another act (خلال)
    during: tuple[tuple[str, ...], ...] = ()
    not_location_preps: frozenset[str] = field(default_factory=frozenset)
    not_actor_preps: frozenset[str] = field(default_factory=frozenset)
    # Prepositions whose object is never the subject of a directed verb.
    prepositions: frozenset[str] = field(default_factory=frozenset)
    # Plain nouns naming a body already named in the article ("الحركة" after "حركة
    # حماس", "التحالف"), normalised, without the article.
    actor_nouns: frozenset[str] = field(default_factory=frozenset)
    # Officials' titles that, alone, stand for the body they were first given with
    # ("الأمين العام"), as normalised words.
    title_refs: tuple[tuple[str, ...], ...] = ()
    # Types whose multi-word triggers are an act and its object (إغلاق القنصلية): an
    # actor right after one qualifies the object.
    object_phrase_types: frozenset[str] = field(default_factory=frozenset)
    # Types whose act noun takes its agent with لـ ("قصف لقوات التحالف").
    lam_agent_types: frozenset[str] = field(default_factory=frozenset)
    # Plural nouns for people that, right after a verb, are its unnamed subject.
    subject_nouns: frozenset[str] = field(default_factory=frozenset)
    continue_words: frozenset[str] = field(default_factory=frozenset)
    # و + one of these opens a longer list item (cues.yaml clauses.list_quantifiers).
    list_quantifiers: frozenset[str] = field(default_factory=frozenset)
    list_item_words: int = 0
    # Nouns after من that make it no agent marker (cues.yaml arguments.not_agent_after_from).
    not_agent_after_from: frozenset[str] = field(default_factory=frozenset)
    # (raw score lower bound, confidence) bands from calibration.yaml, ascending.
    calibration: tuple[tuple[float, float], ...] = ()
    # ISO3 of a normalised nisba adjective (from the KB), for "برعاية أمريكية" where
    # the entity stage left the adjective unlinked; None without a KB.
    nisba: Callable[[str], str | None] | None = None

    @classmethod
    def load(cls, kb: KnowledgeBase | None = None) -> EventResources:
        """Read and compile the bundled event lexicons (`kb` adds nisba lookups)."""
        ontology = _load_ontology()
        triggers, trigger_matcher, noun_context, imperfect = _load_triggers(ontology)
        data = read_event_yaml("cues.yaml")
        where = "resources/events/cues.yaml"
        cues: PhraseMatcher[Cue] = PhraseMatcher()
        priority = tuple(_strings(data.get("status_priority"), where))
        if set(priority) != STATUSES - {"occurred"}:
            raise ResourceError(f"{where}: status_priority must list every status but occurred")
        args = data.get("arguments") or {}
        # First, so that a tie goes to it: تعرض is also a form of the status cue عرض.
        for w in _strings(args.get("undergo"), f"{where}: arguments.undergo"):
            cues.add_text(w, Cue("undergo"), "verb")
        for spec in data.get("status") or []:
            status = spec.get("status")
            if status not in STATUSES:
                raise ResourceError(f"{where}: unknown status {status!r}")
            shifted = spec.get("after_kana", "")
            if shifted and shifted not in STATUSES:
                raise ResourceError(f"{where}: unknown status {shifted!r} in after_kana")
            modes = frozenset(_strings(spec.get("modes"), where))
            if modes - {m for _, m in ontology.cameo}:
                raise ResourceError(f"{where}: status cue for unknown modes {sorted(modes)}")
            cue = Cue(
                "status",
                status,
                after_kana=shifted,
                adjacent=bool(spec.get("adjacent")),
                modes=modes,
            )
            for w in _strings(spec.get("verbs"), where):
                cues.add_text(w, cue, "verb")
            for w in _strings(spec.get("phrases"), where):
                cues.add_text(w, cue)
        kana = data.get("kana")
        standing = frozenset(_strings(data.get("standing_types"), where))
        if not standing <= EVENT_TYPES:
            raise ResourceError(f"{where}: standing_types: unknown types {sorted(standing)}")
        scheduled = frozenset(_strings(data.get("scheduled_types"), where))
        if scheduled - EVENT_TYPES:
            raise ResourceError(f"{where}: scheduled_types: unknown types {sorted(scheduled)}")
        governing: dict[str, tuple[str, frozenset[str]]] = {}
        for g in data.get("governing") or []:
            if g.get("trigger") not in triggers or g.get("status") not in STATUSES:
                raise ResourceError(f"{where}: bad governing entry {g!r}")
            types = frozenset(_strings(g.get("types"), where))
            if not types <= EVENT_TYPES:
                raise ResourceError(f"{where}: governing {g['trigger']}: unknown types")
            governing[g["trigger"]] = (g["status"], types)
        attr = data.get("attribution") or {}
        for kind, pos in (
            ("prefixes", "noun"),
            ("verbs", "verb"),
            ("continuation", "verb"),
            ("sources", "noun"),
        ):
            for w in _strings(attr.get(kind), f"{where}: attribution.{kind}"):
                cues.add_text(w, Cue(f"attr_{kind}"), pos)
        args = data.get("arguments") or {}
        # Topic cues after which an act noun takes no actor named before them are
        # complement cues marked "topic" (one cue, one lookup per sentence).
        topics = {normalise(w) for w in _strings(args.get("act_topics"), where)}
        complements = {normalise(w) for w in _strings(args.get("complement"), where)}
        if topics - complements:
            raise ResourceError(
                f"{where}: act_topics not in complement: {sorted(topics - complements)}"
            )
        for w in _strings(args.get("complement"), where):
            cues.add_text(w, Cue("complement", "topic" if normalise(w) in topics else ""))
        for kind in (
            "between",
            "with",
            "counterpart",
            "mediator",
            "prior_ordinals",
            "demonstratives",
            "place_heads",
            "impersonal",
            "speaker_state",
            "speaker_pronoun",
            "announced_act",
            "means",
        ):
            for w in _strings(args.get(kind), f"{where}: arguments.{kind}"):
                cues.add_text(w, Cue(kind))
        destinations = {normalise(w) for w in _strings(args.get("not_location"), where)}
        # Markers that are verbs or nouns (شن / شنته, حضر / بحضور) match either way.
        for kind, poses in (
            ("agent_markers", ("noun", "verb")),
            ("receive", ("noun", "verb")),
            ("attendance", ("noun", "verb")),
            ("judging", ("verb",)),
            ("target_markers", ("noun",)),
            ("target_holdings", ("noun",)),
            ("temporal", ("noun",)),
            ("negation", ("noun",)),
        ):
            for w in _strings(args.get(kind), f"{where}: arguments.{kind}"):
                # a target marker that is also a destination (إلى) is marked so: it
                # governs no construct noun ("إلى تنفيذ التحالف ضربات")
                value = "destination" if normalise(w) in destinations else ""
                for pos in poses:
                    cues.add_text(w, Cue(kind, value), pos)
        for phrase, count in (args.get("plural_refs") or {}).items():
            if not isinstance(count, int) or count < 2:
                raise ResourceError(f"{where}: plural_refs {phrase!r} needs a count >= 2")
            cues.add_text(phrase, Cue("plural", count=count))
        for w in _strings((data.get("clauses") or {}).get("boundaries"), where):
            cues.add_text(w, Cue("boundary"))
        return cls(
            triggers=triggers,
            trigger_matcher=trigger_matcher,
            ontology=ontology,
            cues=cues,
            status_priority=tuple(priority),
            kana=WordForms.exact(_strings(kana, f"{where}: kana")),
            governing=governing,
            announcing=tuple(
                WordForms(w, "verb")
                for w in _strings(attr.get("announcing"), f"{where}: attribution.announcing")
            ),
            noun_context=noun_context,
            imperfect_forms=imperfect,
            standing_types=standing,
            scheduled_types=scheduled,
            location_preps=frozenset(normalise(w) for w in _strings(args.get("location"), where)),
            outlet_nouns=frozenset(normalise(w) for w in _strings(args.get("outlets"), where)),
            resumptive=tuple(
                tuple(normalise(w).split()) for w in _strings(args.get("resumptive"), where)
            ),
            during=tuple(tuple(normalise(w).split()) for w in _strings(args.get("during"), where)),
            not_location_preps=frozenset(
                normalise(w) for w in _strings(args.get("not_location"), where)
            ),
            continue_words=frozenset(
                normalise(w)
                for w in _strings((data.get("clauses") or {}).get("continue_words"), where)
            ),
            list_quantifiers=frozenset(
                normalise(w)
                for w in _strings((data.get("clauses") or {}).get("list_quantifiers"), where)
            ),
            list_item_words=int((data.get("clauses") or {}).get("list_item_words") or 0),
            not_agent_after_from=frozenset(
                normalise(w) for w in _strings(args.get("not_agent_after_from"), where)
            ),
            not_actor_preps=frozenset(normalise(w) for w in _strings(args.get("not_actor"), where)),
            prepositions=frozenset(normalise(w) for w in _strings(args.get("prepositions"), where)),
            actor_nouns=frozenset(
                normalise(w).removeprefix("ال")
                for w in _strings(args.get("actor_nouns"), f"{where}: arguments.actor_nouns")
            ),
            title_refs=tuple(
                tuple(normalise(w) for w in t.split())
                for t in _strings(args.get("title_refs"), f"{where}: arguments.title_refs")
            ),
            object_phrase_types=_types(args.get("object_phrase_types"), where),
            lam_agent_types=_types(args.get("lam_agent_types"), where),
            subject_nouns=frozenset(
                normalise(w).removeprefix("ال")
                for w in _strings(args.get("subject_nouns"), f"{where}: arguments.subject_nouns")
            ),
            calibration=_load_calibration(),
            nisba=kb.nisba if kb is not None else None,
        )

    def calibrated(self, raw: float) -> float:
        """The output confidence of a raw rule score (its band's measured precision)."""
        out = raw
        for start, confidence in self.calibration:
            if raw >= start:
                out = confidence
        return out


def _types(value: Any, where: str) -> frozenset[str]:
    types = frozenset(_strings(value, where))
    if not types <= EVENT_TYPES:
        raise ResourceError(f"{where}: unknown event types {sorted(types - EVENT_TYPES)}")
    return types


def _load_calibration() -> tuple[tuple[float, float], ...]:
    where = "resources/events/calibration.yaml"
    bands = read_event_yaml("calibration.yaml").get("bands")
    try:
        table = tuple((float(b["from"]), float(b["confidence"])) for b in bands or [])
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"{where}: each band needs 'from' and 'confidence' ({exc})") from exc
    starts = [s for s, _ in table]
    confs = [c for _, c in table]
    if not table or starts != sorted(starts) or confs != sorted(confs) or starts[0] != 0.0:
        raise ResourceError(f"{where}: bands must start at 0 and rise in both columns")
    if not all(0.0 <= c <= 1.0 for c in confs):
        raise ResourceError(f"{where}: confidences must lie in [0, 1]")
    return table
