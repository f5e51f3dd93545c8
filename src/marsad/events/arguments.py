"""Arguments of one event mention: participants and roles, mediators, location.

Works inside the argument scope of a trigger (its clause, cut before the topic or
purpose part: "بحثا الوضع في سوريا" puts سوريا in the topic). Each entity mention
in scope is read by what precedes it: a mediator cue (بوساطة, برعاية), a locative
preposition (في, بـ + العاصمة ...), a destination (إلى: "المبعوث إلى سوريا"), or
"بين" (the parties of a mediation); the remaining actors take roles by the
trigger's role frame (symmetric, directed, host, mediate).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import pairwise

from marsad.events.actors import ActorIndex, MentionRef
from marsad.events.lexicon import PhraseHit, analyses, possessed
from marsad.events.plain_refs import actor_noun
from marsad.events.resources import Cue, EventResources, TriggerDef
from marsad.events.units import Clause
from marsad.records import Token
from marsad.text.normalise import normalise
from marsad.text.tokens import word_before

__all__ = [
    "RELATIVES",
    "Arguments",
    "backed_arguments",
    "governed",
    "read_arguments",
    "token_prefix",
]

# Relative pronouns (normalised): "X، التي تدعم …" — X is the verb's subject.
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})

_LOOKBACK = 3
# Opening quotation marks.
_QUOTES = frozenset({"«", '"', "“", "„"})
_CLOSING_QUOTES = frozenset({"»", '"', "”", "“"})
# How many words past the topic part a place may still locate the event.
_PLACE_REACH = 5
# Endings of a relative adjective after normalisation (ي, يه = ية, يون, يين, يان).
_NISBA_ENDINGS = ("ي", "يه", "يون", "يين", "يان")


@dataclass(slots=True)
class Arguments:
    """What the scope of one trigger says about who, where and through whom."""

    participants: list[tuple[str, str]] = field(default_factory=list)  # (entity, role)
    mediators: list[str] = field(default_factory=list)
    location: str | None = None
    plural: int = 0  # "الطرفين" = 2: resolve to the latest event with that many parties
    # The verb's subject is a plain noun the article names no entity for ("واتهمت
    # المعارضة النظام"): the actors after it are objects, and no other subject is lent.
    unnamed_subject: bool = False
    # The parties are named after بين ("محادثات بين مصر وتركيا"): no one else is one.
    between: bool = False
    # Organisations named only as a person's title ("زعيم الحوثيين عبد الملك الحوثي").
    bodies: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def token_prefix(tok: Token) -> str:
    """The proclitics the text stage stripped from a token (بال of بالعاصمة)."""
    if tok.stem and tok.norm.endswith(tok.stem):
        return tok.norm[: len(tok.norm) - len(tok.stem)]
    return ""


def _token_index(tokens: Sequence[Token], offset: int) -> int:
    """The token that holds `offset` (or the first after it): a binary search."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end > offset:
            hi = mid
        else:
            lo = mid + 1
    return min(lo, len(tokens) - 1)


def _cue_at(cues: Sequence[PhraseHit[Cue]]) -> dict[int, Cue]:
    out: dict[int, Cue] = {}
    for h in cues:
        for i in range(h.first, h.last + 1):
            out[i] = h.payload
    return out


def read_arguments(
    clause: Clause,
    head: PhraseHit[str],
    scope: tuple[int, int, int],
    actors: ActorIndex,
    res: EventResources,
    exclude: frozenset[tuple[int, int]],
) -> Arguments:
    """Arguments of the trigger `head` within tokens scope[0]:scope[1] of `clause`.

    scope[2] bounds a short look past the topic for the place: "وقعتا اتفاقية للتعاون
    التجاري في القاهرة" took place in Cairo."""
    tokens = clause.tokens
    lo, hi, reach = scope
    args = Arguments()
    if lo >= hi:
        return args
    cue_at = _cue_at(clause.cues)
    tdef = res.triggers[head.payload]
    frame = tdef.role_frame
    # A visit takes place at its destination ("وصل إلى مسقط", "زيارته إلى الرياض").
    visit = tdef.mode == "visit"
    refs = actors.within(tokens[lo].start, tokens[hi - 1].end)
    mention_tokens: set[int] = set()
    for r in refs:
        i = _token_index(tokens, r.start)
        while i < hi and tokens[i].start < r.end:
            mention_tokens.add(i)
            i += 1
    places: list[tuple[int, str]] = []
    # (token index, entity, after بين, role hint from an agent/target marker)
    actor_list: list[tuple[int, str, bool, str]] = []
    starts: dict[int, list[str]] = {}
    # (first token, entity) → last token of the mention
    r_end: dict[tuple[int, str], int] = {}
    r_lead: dict[tuple[int, str], str] = {}
    for r in refs:
        if (r.start, r.end) not in exclude:
            first = _token_index(tokens, r.start)
            starts.setdefault(first, []).append(r.entity)
            r_end[(first, r.entity)] = _token_index(tokens, r.end - 1)
            if tokens[first].start < r.start:  # "لجامعة": the clitic outside the mention
                r_lead[(first, r.entity)] = tokens[first].text[: r.start - tokens[first].start]
    # The backer in a side description ("حماس المدعومة من إيران استهدفت …") is no party
    # of the clause's other events.
    backers = {
        h.last + 1 + (h.last + 1 < len(tokens) and tokens[h.last + 1].norm == "قبل")
        for h in clause.triggers
        if h is not head and res.triggers[h.payload].role_frame == "backed"
    }
    # "قصف لقوات التحالف", "هجوم لتنظيم داعش": لـ right after the act noun marks its agent
    lam_agent = head.pos == "noun" and tdef.type in res.lam_agent_types
    mediator_open = between_open = False
    # body token → the official's title token it stands in for ("الأمين العام لجامعة …")
    stand_in: dict[int, int] = {}
    for i in range(lo, hi):
        tok = tokens[i]
        cue = cue_at.get(i)
        kind = cue.kind if cue else ""
        # Cues open or close argument slots: بوساطة → mediators, بين → parties.
        if kind == "mediator":
            mediator_open, between_open = True, False
            _nisba_mediator(tokens, i, hi, mention_tokens, actors, res, args)
        elif kind == "between":
            between_open, mediator_open = True, False
        elif kind == "plural" and cue is not None:
            args.plural = max(args.plural, cue.count)
        elif (
            i not in mention_tokens
            and tok.is_word
            and (tok.norm in res.location_preps or tok.norm.startswith("و"))
        ):
            mediator_open = False
        for entity in () if i in backers else starts.get(i, ()):
            prev = _previous_word(tokens, i)
            prev_norm = prev.norm if prev is not None else ""
            agent_by_lam = (  # "قصف لقوات التحالف", "غارات لتركيا": the strikes of
                lam_agent
                and word_before(tokens, i) == head.last
                and "ل" in (r_lead.get((i, entity)) or token_prefix(tokens[i]))
                and actors.is_actor(entity)
            )
            locative = not agent_by_lam and _is_locative(tokens, i, res, cue_at, mention_tokens)
            if actors.is_place(entity) or (actors.is_country(entity) and locative):
                if prev_norm in res.not_location_preps and not (
                    visit and prev_norm in res.not_actor_preps and actors.is_place(entity)
                ):
                    continue  # "من الدوحة", "إلى عمّان": origin or destination
                if locative or (frame == "directed" and i > head.last) or visit:
                    places.append((i, entity))
                continue
            if prev_norm in res.not_actor_preps and frame != "directed":
                continue  # "المبعوث الخاص إلى سوريا": part of a title, not an argument
            if not actors.is_actor(entity) or actors.is_media(entity):
                continue
            if actors.is_country(entity) and _after_topic_noun(tokens, i, cue_at):
                continue  # "هيمنت الأزمة السورية على اللقاء": the topic's state
            span = (i, r_end.get((i, entity), i))
            if _official_of(tokens, span, r_lead, starts, actors, entity):
                # "الأمين العام لجامعة الدول العربية": the League acts, in the title's place
                body = span[1] + 1
                while body < hi and not tokens[body].is_word:
                    body += 1
                stand_in[body] = i
                continue
            if _titles_person(tokens, span, (starts, r_lead), actors, entity):
                if actors.entities[entity].type == "ORG":
                    args.bodies.add(entity)  # "زعيم الحوثيين عبد الملك الحوثي": a title
                continue
            if mediator_open:
                if entity not in args.mediators:
                    args.mediators.append(entity)
                continue
            inside = head.subject is not None and head.subject[0] <= i <= head.subject[1]
            hint = "source" if inside else _hint(tokens, i, cue_at)
            if not hint and i > head.last and _after_required(tokens, i, tdef):
                hint = "target"  # "قضت المحكمة بسجن X": X is the one sentenced
            if not hint and agent_by_lam:
                hint = "source"
            actor_list.append((stand_in.get(i, i), entity, between_open, hint))
    if not places:
        places = _place_after(tokens, hi, reach, actors, res, cue_at, mention_tokens, exclude)
    if places:
        best = max(places, key=lambda p: (actors.place_rank(p[1]), -p[0]))
        args.location = best[1]
    if frame in ("symmetric", "mediate") and len({a[1] for a in actor_list}) < 2:
        actor_list.extend(_between_after(tokens, hi, actors, res, cue_at, exclude))
    # "تلقى X اتصالاً من Y": a verb of receiving before the trigger, in its scope.
    receive = any(
        (c := cue_at.get(j)) is not None and c.kind == "receive" for j in range(lo, head.first)
    )
    # "تعرضت قوات الأمن لهجوم (من قبل X)": the subject undergoes the act.
    undergo = any(
        (c := cue_at.get(j)) is not None and c.kind == "undergo" for j in range(lo, head.first)
    )
    # Proclitics outside a mention that starts inside its token ("بـ" of "بحزب").
    lead = {
        i: tokens[i].text[: r.start - tokens[i].start]
        for r in refs
        if tokens[(i := _token_index(tokens, r.start))].start < r.start
    }
    governed: set[int] = set()
    # A quotation opened after the trigger is what was said ("وانتقد «أولوية الحكومة
    # الإسرائيلية ...»"): the actors in it are not the speaker.
    quote = next(
        (
            j
            for j in range(head.last + 1, hi)
            if tokens[j].text in _QUOTES and not _quoted_name(tokens, j, hi, mention_tokens)
        ),
        hi,
    )
    # "وأغلقت القنصلية الروسية", "أطلق سراح الرهينة الفرنسية": right after an act +
    # object phrase, an actor qualifies the object; it is not the subject.
    object_mods: set[int] = set()
    if tdef.type in res.object_phrase_types and head.last > head.first and head.subject is None:
        j = head.last + 1
        while j < hi and not tokens[j].is_word:
            j += 1
        object_mods.add(j)
        if j + 1 < hi and j not in mention_tokens and tokens[j].norm not in res.prepositions:
            object_mods.add(j + 1)  # "أطلق سراح الرهينة الفرنسية": the object's nisba
    for i, *_ in actor_list:
        if (
            i in object_mods
            or i > quote
            or _after_preposition(tokens, i, res, lead.get(i, ""), mention_tokens)
            or _coordinated(tokens, i, governed)
        ):
            governed.add(i)
    args.unnamed_subject = _unnamed_subject(tokens, head, hi, (mention_tokens, starts), actors, res)
    if undergo and frame == "directed":
        _undergone(args, actor_list, head, tokens, actors, res.not_agent_after_from)
        return args
    joined = _joined_actors(tokens, actor_list, lead, mention_tokens)
    _assign_roles(
        args,
        actor_list,
        head,
        frame,
        actors,
        receive,
        frozenset(governed),
        args.unnamed_subject,
        joined,
    )
    _share_coordinated_nisbas(args, actor_list, tokens)
    return args


def _quoted_name(tokens: Sequence[Token], j: int, hi: int, mention_tokens: set[int]) -> bool:
    """ "منظمة «هيومن رايتس ووتش»": quotation marks around a name, not around words said
    (every word up to the closing mark belongs to a mention)."""
    k = j + 1
    while k < hi and k in mention_tokens:
        k += 1
    return k > j + 1 and k < hi and tokens[k].text in _CLOSING_QUOTES


def _share_coordinated_nisbas(
    args: Arguments, actor_list: list[tuple[int, str, bool, str]], tokens: Sequence[Token]
) -> None:
    """ "الضربات الأمريكية والفرنسية والبريطانية": adjectives of one noun joined by و
    qualify it alike, so the states they name share one role (all three struck)."""
    role = dict(args.participants)
    at = {i: e for i, e, *_ in actor_list}
    for i, entity, *_ in actor_list:
        j = word_before(tokens, i)
        prev = at.get(j)
        if (
            prev is None
            or prev == entity
            or not _nisba_word(tokens[i].norm, "وال")
            or not _nisba_word(tokens[j].norm, "ال", "وال")
            or role.get(prev) is None
        ):
            continue
        role[entity] = role[prev]
    args.participants = [(e, role[e]) for e, _ in args.participants]


def _nisba_word(norm: str, *articles: str) -> bool:
    """A definite relative adjective (الأمريكية, والفرنسي, البريطانيين)."""
    return norm.startswith(articles) and norm.endswith(_NISBA_ENDINGS)


def _unnamed_subject(
    tokens: Sequence[Token],
    head: PhraseHit[str],
    hi: int,
    mentions: tuple[set[int], dict[int, list[str]]],
    actors: ActorIndex,
    res: EventResources,
) -> bool:
    """A verb followed (past adverbials) by a plain actor noun outside every mention:
    "واتهمت المعارضة النظام", "ورفضت الحكومة أمس مطالب الحوثيين", "استنكر الوزراء".
    A state's nisba right after the noun names it ("المسؤولون اللبنانيون")."""
    if head.pos != "verb" or head.subject is not None:
        return False
    mention_tokens, starts = mentions
    nouns = res.actor_nouns | res.subject_nouns
    # "التي تدعم هذه الوحدات": after a relative pronoun the verb's subject is the
    # antecedent (unless the verb carries the object: "الاتفاق الذي وقعته مصر")
    prev = _previous_word(tokens, head.first)
    if (
        prev is not None
        and prev.norm in RELATIVES
        and not possessed(head.analysis.bare, res.trigger_matcher)
    ):
        return True
    # SVO, the noun opening the clause right before the verb: "الغرب يتهم روسيا"
    k = head.first - 1
    if (
        k >= 0
        and k not in mention_tokens
        and actor_noun(tokens[k], nouns) is not None
        and not any(t.is_word for t in tokens[:k])
    ):
        return True
    j = head.last + 1
    while j < hi and (not tokens[j].is_word or tokens[j].norm in res.trigger_matcher.gaps):
        j += 1
    if j >= hi or j in mention_tokens:
        return False
    if any(actors.is_country(e) for e in starts.get(j + 1, ())):
        return False
    return actor_noun(tokens[j], nouns) is not None


def _titles_person(
    tokens: Sequence[Token],
    span: tuple[int, int],
    mentions: tuple[dict[int, list[str]], dict[tuple[int, str], str]],
    actors: ActorIndex,
    entity: str,
) -> bool:
    """An organisation named right before a person of its own country (or both of
    none: an IGO and its official) — "زعيم الحوثيين عبد الملك الحوثي", "الأمين العام
    للأمم المتحدة أنطونيو غوتيريش" — or a title alone linked to a person right before a
    named one ("ولي العهد السعودي الأمير محمد بن سلمان", the title resolved to another
    holder): the person's title, not another party."""
    ent = actors.entities[entity]
    if ent.type == "PER" and _names_itself(tokens, span, actors, entity):
        return False  # "ولي العهد السعودي الأمير محمد بن سلمان": a title only if nameless
    if ent.type not in ("ORG", "PER"):
        return False

    def same(e: str) -> bool:
        return actors.entities[e].type == "PER" and actors.country(e) == ent.country

    j = span[1] + 1
    while j < len(tokens) and not tokens[j].is_word:
        j += 1
    starts, lead = mentions
    if any(lead.get((j, e), "").startswith("و") for e in starts.get(j, ())):
        return False  # "ميليشيات الحوثي وصالح": two parties joined by و
    if any(same(e) for e in starts.get(j, ())):
        return True
    if ent.type != "PER":
        return False
    # a nameless title may reach its name past a nisba and an honorific
    # ("ولي العهد السعودي الأمير محمد بن سلمان")
    for k in range(j + 1, min(j + 3, len(tokens))):
        if any(same(e) for e in starts.get(k, ())):
            return True
        if not tokens[k].norm.startswith("ال"):
            return False
    return False


def _names_itself(
    tokens: Sequence[Token], span: tuple[int, int], actors: ActorIndex, entity: str
) -> bool:
    """Whether a mention holds a word of the entity's name (not a title alone)."""
    name = actors.entities[entity].name_ar or ""
    words = {a.bare for w in name.split() for a in analyses(normalise(w))}
    return any(a.bare in words for t in tokens[span[0] : span[1] + 1] for a in analyses(t.norm))


def _official_of(
    tokens: Sequence[Token],
    span: tuple[int, int],
    body_lead: dict[tuple[int, str], str],
    starts: dict[int, list[str]],
    actors: ActorIndex,
    entity: str,
) -> bool:
    """A person named by a title alone right before لـ + an organisation ("الأمين العام
    لجامعة الدول العربية" linked to its holder): per eval/GUIDELINES.md an unnamed
    official counts as the organisation, so the organisation acts, not the person."""
    ent = actors.entities[entity]
    if ent.type != "PER":
        return False
    if _names_itself(tokens, span, actors, entity):
        return False  # the person's name is in the mention
    j = span[1] + 1
    while j < len(tokens) and not tokens[j].is_word:
        j += 1
    return any(
        actors.entities[e].type == "ORG"
        and actors.country(e) == ent.country
        and "ل" in (body_lead.get((j, e)) or token_prefix(tokens[j])).removesuffix("ال")
        for e in starts.get(j, ())
    )


def backed_arguments(clause: Clause, head: PhraseHit[str], actors: ActorIndex) -> Arguments:
    """ "X المدعومة من Y": Y (right after the trigger) backs X (named right before it,
    a nisba or an honorific between at most)."""
    tokens = clause.tokens
    args = Arguments()
    refs = [r for r in actors.within(clause.start, clause.end) if actors.is_actor(r.entity)]
    j = head.last + 1
    if j < len(tokens) and tokens[j].norm == "قبل":
        j += 1  # "المدعومة من قبل إيران"
    after = tokens[j] if j < len(tokens) else None
    if after is not None:
        source = next((r for r in refs if r.start >= after.start and r.start < after.end), None)
        if source is not None:
            args.participants.append((source.entity, "source"))
    lo = tokens[max(0, head.first - 2)].start
    target = next((r for r in reversed(refs) if lo <= r.end <= tokens[head.first].start), None)
    if target is not None and target.entity not in {e for e, _ in args.participants}:
        args.participants.append((target.entity, "target"))
    return args


def _after_topic_noun(tokens: Sequence[Token], i: int, cue_at: dict[int, Cue]) -> bool:
    """A state named right after a topic noun ("الأزمة السورية", "الملف الإيراني")."""
    cue = cue_at.get(word_before(tokens, i))
    return cue is not None and cue.kind == "complement"


def _coordinated(tokens: Sequence[Token], i: int, governed: set[int]) -> bool:
    """A mention joined by و to a governed one just before it ("لإسرائيل والأراضي
    الفلسطينية"): governed by the same preposition."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if j in governed:
            return any(tokens[k].norm.startswith("و") for k in range(j + 1, i + 1))
    return False


def governed(clause: Clause, ref: MentionRef, res: EventResources) -> bool:
    """Whether a mention is governed by a preposition in its clause ("في سويسرا",
    "بالسعودية"): an adjunct or an object, never the subject of the clauses after it."""
    tokens = clause.tokens
    i = _token_index(tokens, ref.start)
    return _after_preposition(tokens, i, res, tokens[i].text[: ref.start - tokens[i].start])


def _after_preposition(
    tokens: Sequence[Token],
    i: int,
    res: EventResources,
    lead: str,
    mention_tokens: AbstractSet[int] = frozenset(),
) -> bool:
    """A mention governed by a preposition (بحزب, للعراق, من إيران), also as the nisba
    of a governed noun ("عن القس الأمريكي", "للقوات التركية"): an object or an adjunct,
    never the subject of a verb. `lead`: the token's letters before the mention."""
    clitics = (lead or token_prefix(tokens[i])).removesuffix("ال")
    if "ب" in clitics or "ل" in clitics:
        return True
    j = word_before(tokens, i)
    if j < 0:
        return False
    if tokens[j].norm in res.prepositions:
        return True
    if j in mention_tokens or not tokens[j].norm.startswith(("ال", "بال", "لل", "وال")):
        return False
    # A definite noun with its nisba: governed when the noun is.
    noun_clitics = token_prefix(tokens[j]).removesuffix("ال")
    if "ب" in noun_clitics or "ل" in noun_clitics:
        return True
    prev = _previous_word(tokens, j)
    return prev is not None and prev.norm in res.prepositions


def _place_after(
    tokens: Sequence[Token],
    hi: int,
    reach: int,
    actors: ActorIndex,
    res: EventResources,
    cue_at: dict[int, Cue],
    mention_tokens: set[int],
    exclude: frozenset[tuple[int, int]],
) -> list[tuple[int, str]]:
    """A locative place within a few words after the argument scope."""
    words = 0
    end = hi
    while end < reach and words < _PLACE_REACH:
        words += tokens[end].is_word
        end += 1
    if end <= hi:
        return []
    for r in actors.within(tokens[hi].start, tokens[end - 1].end):
        i = _token_index(tokens, r.start)
        if (r.start, r.end) in exclude or not _is_locative(tokens, i, res, cue_at, mention_tokens):
            continue
        if actors.is_place(r.entity) or actors.is_country(r.entity):
            return [(i, r.entity)]
    return []


def _nisba_mediator(
    tokens: Sequence[Token],
    i: int,
    hi: int,
    mention_tokens: set[int],
    actors: ActorIndex,
    res: EventResources,
    args: Arguments,
) -> None:
    """ "برعاية أمريكية" with the adjective unlinked: the article's entity for that state."""
    j = i + 1
    if res.nisba is None or j >= hi or j in mention_tokens or not tokens[j].is_word:
        return
    for a in analyses(tokens[j].norm):
        iso3 = res.nisba(a.bare) or res.nisba("ال" + a.bare)
        state = actors.state(iso3) if iso3 else None
        if state is not None:
            if state not in args.mediators:
                args.mediators.append(state)
            return


def _previous_word(tokens: Sequence[Token], i: int) -> Token | None:
    """The word just before token i (punctuation skipped)."""
    j = word_before(tokens, i)
    return tokens[j] if j >= 0 else None


def _is_locative(
    tokens: Sequence[Token],
    i: int,
    res: EventResources,
    cue_at: dict[int, Cue],
    mention_tokens: set[int],
) -> bool:
    """A mention after في / بـ, possibly through a place head and an adjective:
    "في العاصمة الفرنسية باريس", "بمحافظة السويداء"."""
    if "ب" in token_prefix(tokens[i]):
        return True
    j, seen = i - 1, 0
    while j >= 0 and seen < _LOOKBACK:
        tok = tokens[j]
        j -= 1
        if not tok.is_word:
            continue
        seen += 1
        if tok.norm in res.location_preps:
            return True
        if tok.norm in res.not_location_preps:
            return False
        cue = cue_at.get(j + 1)
        if cue is not None and cue.kind == "place_heads" and "ب" in token_prefix(tok):
            return True
        if cue is not None and cue.kind not in ("place_heads",):
            return False
    return False


def _between_after(
    tokens: Sequence[Token],
    hi: int,
    actors: ActorIndex,
    res: EventResources,
    cue_at: dict[int, Cue],
    exclude: frozenset[tuple[int, int]],
) -> list[tuple[int, str, bool, str]]:
    """ "اتفاق لوقف إطلاق النار بين X وY": the parties named after the topic."""
    start = next(
        (j for j in range(hi, len(tokens)) if (c := cue_at.get(j)) and c.kind == "between"), None
    )
    if start is None:
        return []
    out: list[tuple[int, str, bool, str]] = []
    for r in actors.within(tokens[start].start, tokens[-1].end):
        i = _token_index(tokens, r.start)
        cue = cue_at.get(i - 1)
        if out and cue is not None and cue.kind not in ("between",):
            break
        if (r.start, r.end) in exclude or not actors.is_actor(r.entity):
            continue
        out.append((i, r.entity, True, ""))
    return out


_HINTS = {"agent_markers": "source", "target_markers": "target", "target_holdings": "target"}


def _after_required(tokens: Sequence[Token], i: int, tdef: TriggerDef) -> bool:
    """Whether the word before token i is one the trigger requires ("بسجن", "بإعدام"):
    an actor right after it is what the requirement applies to."""
    if not tdef.requires:
        return False
    j = word_before(tokens, i)
    return j >= 0 and any(wf.match(tokens[j].norm) for wf in tdef.requires)


def _hint(tokens: Sequence[Token], i: int, cue_at: dict[int, Cue]) -> str:
    """ "source" after an agent marker (شنته), "target" after a target marker (على)."""
    j = word_before(tokens, i)
    cue = cue_at.get(j)
    if cue is None and j > 0 and _construct_noun(tokens[j]):
        # "غارات على مواقع الحوثيين": the marker governs the noun the actor possesses;
        # "مخازن أسلحة داعش": the actor possesses what the stores hold
        # ("إلى تنفيذ التحالف ضربات": after إلى the noun is an act, its possessor the
        # agent)
        before = cue_at.get(word_before(tokens, j))
        if (
            before is not None
            and before.kind in ("target_markers", "target_holdings")
            and before.value != "destination"
        ):
            return "target"
    if cue is None:
        return ""
    return _HINTS.get(cue.kind, "")


def _construct_noun(tok: Token) -> bool:
    """A word that can head a construct ("مواقع", "مقر", "أهداف"): a plain word
    without the article or a clitic preposition, long enough not to be a particle."""
    norm = tok.norm
    return tok.is_word and len(norm) >= 3 and not norm.startswith(("ال", "وال", "بال", "لل"))


def _undergone(
    args: Arguments,
    actor_list: list[tuple[int, str, bool, str]],
    head: PhraseHit[str],
    tokens: Sequence[Token],
    actors: ActorIndex,
    not_agent: frozenset[str],
) -> None:
    """Roles after a verb of undergoing: an actor after an agent marker or after من
    past the trigger is the source, every other actor a target ("تتعرض الغوطة لقصف
    من قبل قوات النظام", "تعرضت تركيا لانتقادات من الاتحاد الأوروبي", "لقصف من قوات
    نظام الأسد": one noun, the actor's forces, may stand between)."""
    ids = actors.most_specific(list(dict.fromkeys(o[1] for o in actor_list)))

    def after_from(i: int) -> bool:
        p = word_before(tokens, i)
        if p >= 0 and tokens[p].norm == "من":
            return True
        q = word_before(tokens, p) if p > head.last else -1
        return q > head.last and tokens[q].norm == "من" and tokens[p].norm not in not_agent

    sources = {
        o[1] for o in actor_list if o[3] == "source" or (o[0] > head.last and after_from(o[0]))
    }
    args.participants = [(e, "source") for e in ids if e in sources] + [
        (e, "target") for e in ids if e not in sources
    ]


def _joined_actors(
    tokens: Sequence[Token],
    actor_list: list[tuple[int, str, bool, str]],
    lead: dict[int, str],
    mention_tokens: AbstractSet[int],
) -> dict[int, int]:
    """Actors next to each other joined by و ("ميليشيات الحوثي وصالح", "أدانت السعودية
    والإمارات"), first token → the next one's: the second's token carries the
    conjunction outside its mention (not وزير, whose و is its own) and only the first's
    mention lies between."""
    starts = sorted({i for i, *_ in actor_list})
    return {
        a: b
        for a, b in pairwise(starts)
        if lead.get(b, "").startswith("و")  # a mention never holds its conjunction
        and all(k in mention_tokens for k in range(a + 1, b))
    }


def _coordinated_subject(
    ordered: list[tuple[int, str, bool, str]],
    subject: tuple[int, str, bool, str],
    joined: dict[int, int],
) -> list[tuple[int, str, bool, str]]:
    """The subject with the actors joined to it by و on either side, in text order."""
    by_start = {o[0]: o for o in ordered if o[3] != "target"}
    back = {b: a for a, b in joined.items()}
    chain = [subject]
    while joined.get(chain[-1][0]) in by_start:
        chain.append(by_start[joined[chain[-1][0]]])
    while back.get(chain[0][0]) in by_start:
        chain.insert(0, by_start[back[chain[0][0]]])
    return chain


def _assign_roles(
    args: Arguments,
    actor_list: list[tuple[int, str, bool, str]],
    head: PhraseHit[str],
    frame: str,
    actors: ActorIndex,
    receive: bool,
    governed: frozenset[int] = frozenset(),
    unnamed_subject: bool = False,
    joined: dict[int, int] | None = None,
) -> None:
    seen: set[str] = set()
    ordered: list[tuple[int, str, bool, str]] = []
    for item in actor_list:
        if item[1] not in seen:
            seen.add(item[1])
            ordered.append(item)
    keep = set(actors.most_specific([o[1] for o in ordered]))
    ordered = [o for o in ordered if o[1] in keep]
    if not ordered:
        return
    if frame == "symmetric":
        args.participants = [(o[1], "participant") for o in ordered]
        args.between = any(o[2] for o in ordered)
        return
    if frame == "undergo":  # "هولندا ستدفع الثمن": whoever is named suffers the act
        args.participants = [(o[1], "target") for o in ordered]
        return
    if frame == "mediate":
        between = [o[1] for o in ordered if o[2]]
        others = [o[1] for o in ordered if not o[2]]
        if between:
            args.participants = [(e, "participant") for e in between]
            args.mediators.extend(e for e in others if e not in args.mediators)
        else:
            args.mediators.append(others[0])
            args.participants = [(e, "participant") for e in others[1:]]
        return
    # directed / host: the subject is the actor after an agent marker, else the nearest
    # one before the trigger (SVO, as in headlines: "السيسي يستقبل ..."), else the first
    # one after it that neither a target marker nor a preposition introduces (VSO).
    # With none ("وتنكر الوحدات أي صلة بحزب العمال", the subject unrecognised), the
    # actors named are objects only.
    hinted = [o for o in ordered if o[3] == "source"]
    before = [o for o in ordered if o[0] < head.first and o[3] != "target"]
    after = [o for o in ordered if o[0] > head.last and o[3] != "target"]
    subject: tuple[int, str, bool, str] | None
    if hinted:
        subject = hinted[0]
    elif head.pos == "noun" and len(before) >= 2 and any(o[0] not in governed for o in before):
        # "سلمت البحرين القائم بالأعمال الإيراني مذكرة احتجاج": a trigger noun is the
        # object of a verb before it, whose subject is the first actor after that verb.
        subject = next(o for o in before if o[0] not in governed)
    elif before:
        subject = before[-1]
    else:
        free = [o for o in after if o[0] not in governed and not unnamed_subject]
        subject = free[0] if free else None
    subjects = _coordinated_subject(ordered, subject, joined or {}) if subject else []
    objects = [o for o in ordered if o not in subjects]
    subj_role, obj_role = ("target", "source") if frame == "host" else ("source", "target")
    if receive:
        subj_role, obj_role = obj_role, subj_role
    args.participants = [(o[1], subj_role) for o in subjects] + [(o[1], obj_role) for o in objects]
