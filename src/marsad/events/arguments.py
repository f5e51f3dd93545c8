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
from dataclasses import dataclass, field

from marsad.events.actors import ActorIndex
from marsad.events.lexicon import PhraseHit, analyses
from marsad.events.resources import Cue, EventResources
from marsad.events.units import Clause
from marsad.records import Token

__all__ = ["Arguments", "read_arguments", "token_prefix"]

_LOOKBACK = 3
# Opening quotation marks.
_QUOTES = frozenset({"«", '"', "“", "„"})
# How many words past the topic part a place may still locate the event.
_PLACE_REACH = 5


@dataclass(slots=True)
class Arguments:
    """What the scope of one trigger says about who, where and through whom."""

    participants: list[tuple[str, str]] = field(default_factory=list)  # (entity, role)
    mediators: list[str] = field(default_factory=list)
    location: str | None = None
    plural: int = 0  # "الطرفين" = 2: resolve to the latest event with that many parties
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
    frame = res.triggers[head.payload].role_frame
    # A visit takes place at its destination ("وصل إلى مسقط", "زيارته إلى الرياض").
    visit = res.triggers[head.payload].mode == "visit"
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
    for r in refs:
        if (r.start, r.end) not in exclude:
            starts.setdefault(_token_index(tokens, r.start), []).append(r.entity)
    mediator_open = between_open = False
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
        for entity in starts.get(i, ()):
            prev = _previous_word(tokens, i)
            prev_norm = prev.norm if prev is not None else ""
            locative = _is_locative(tokens, i, res, cue_at, mention_tokens)
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
            if mediator_open:
                if entity not in args.mediators:
                    args.mediators.append(entity)
                continue
            inside = head.subject is not None and head.subject[0] <= i <= head.subject[1]
            hint = "source" if inside else _hint(tokens, i, cue_at)
            actor_list.append((i, entity, between_open, hint))
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
    # Proclitics outside a mention that starts inside its token ("بـ" of "بحزب").
    lead = {
        i: tokens[i].text[: r.start - tokens[i].start]
        for r in refs
        if tokens[(i := _token_index(tokens, r.start))].start < r.start
    }
    governed: set[int] = set()
    # A quotation opened after the trigger is what was said ("وانتقد «أولوية الحكومة
    # الإسرائيلية ...»"): the actors in it are not the speaker.
    quote = next((j for j in range(head.last + 1, hi) if tokens[j].text in _QUOTES), hi)
    for i, *_ in actor_list:
        if (
            i > quote
            or _after_preposition(tokens, i, res, lead.get(i, ""))
            or _coordinated(tokens, i, governed)
        ):
            governed.add(i)
    _assign_roles(args, actor_list, head, frame, actors, receive, frozenset(governed))
    return args


def _after_topic_noun(tokens: Sequence[Token], i: int, cue_at: dict[int, Cue]) -> bool:
    """A state named right after a topic noun ("الأزمة السورية", "الملف الإيراني")."""
    j = i - 1
    while j >= 0 and not tokens[j].is_word:
        j -= 1
    cue = cue_at.get(j)
    return cue is not None and cue.kind == "complement"


def _coordinated(tokens: Sequence[Token], i: int, governed: set[int]) -> bool:
    """A mention joined by و to a governed one just before it ("لإسرائيل والأراضي
    الفلسطينية"): governed by the same preposition."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if j in governed:
            return any(tokens[k].norm.startswith("و") for k in range(j + 1, i + 1))
    return False


def _after_preposition(tokens: Sequence[Token], i: int, res: EventResources, lead: str) -> bool:
    """A mention governed by a preposition (بحزب, للعراق, من إيران): an object or an
    adjunct, never the subject of a verb. `lead`: the token's letters before the mention."""
    clitics = (lead or token_prefix(tokens[i])).removesuffix("ال")
    if "ب" in clitics or "ل" in clitics:
        return True
    prev = _previous_word(tokens, i)
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
    j = i - 1
    while j >= 0 and not tokens[j].is_word:
        j -= 1
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


def _hint(tokens: Sequence[Token], i: int, cue_at: dict[int, Cue]) -> str:
    """ "source" after an agent marker (شنته), "target" after a target marker (على)."""
    j = i - 1
    while j >= 0 and not tokens[j].is_word:
        j -= 1
    cue = cue_at.get(j)
    if cue is None:
        return ""
    return {"agent_markers": "source", "target_markers": "target"}.get(cue.kind, "")


def _assign_roles(
    args: Arguments,
    actor_list: list[tuple[int, str, bool, str]],
    head: PhraseHit[str],
    frame: str,
    actors: ActorIndex,
    receive: bool,
    governed: frozenset[int] = frozenset(),
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
    elif before:
        subject = before[-1]
    else:
        free = [o for o in after if o[0] not in governed]
        subject = free[0] if free else None
    objects = [o for o in ordered if o is not subject]
    subj_role, obj_role = ("target", "source") if frame == "host" else ("source", "target")
    if receive:
        subj_role, obj_role = obj_role, subj_role
    head_part = [(subject[1], subj_role)] if subject is not None else []
    args.participants = head_part + [(o[1], obj_role) for o in objects]
