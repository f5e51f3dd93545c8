"""Plain nouns that name a body the article has already named.

News names a party once in full ("حركة حماس", "التحالف العربي", "الحكومة اليمنية")
and then by its head noun alone ("ورحبت الحركة", "واتهم التحالف", "ورفضت الحكومة").
The entity stage links names, not such nouns, so without this step the act has no
actor, or — worse — the object after the verb is read as its subject. A definite
noun of `arguments.actor_nouns` that is not itself part of a mention, and is not
followed by a definite adjective of its own ("التحالف الدولي" is another body; to be
safe "الحكومة الجديدة" refers to none), refers to the latest earlier entity whose
mention holds that noun or follows it ("حركة حماس" with the mention حماس). Likewise an official's
title alone ("أدان الأمين العام" after "الأمين العام لجامعة الدول العربية") stands for
the organisation it was first given with (eval/GUIDELINES.md: an unnamed official of an
organisation counts as the organisation).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from marsad.events.actors import ActorIndex, MentionRef
from marsad.events.lexicon import analyses
from marsad.records import Sentence, Token
from marsad.text.tokens import word_before

__all__ = ["actor_noun", "plain_noun_refs"]

# Proclitics a referring noun may carry (the article ال is required after them).
_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


@lru_cache(maxsize=8)
def _surface_index(nouns: frozenset[str]) -> dict[str, str]:
    """Every definite surface form of the nouns, with its proclitics → the noun: one
    dict probe per token instead of an analysis of every word of the article."""
    out: dict[str, str] = {}
    for noun in nouns:
        for clitic in _CLITICS:
            out[clitic + "ال" + noun] = noun
        for lam in ("لل", "ولل", "فلل"):
            out[lam + noun] = noun
    return out


def actor_noun(tok: Token, nouns: frozenset[str]) -> str | None:
    """The actor noun a token is, definite and with its proclitics ("والحكومة" →
    حكومه), if any. "للحكومة" (ل + ال written لل) counts too."""
    if not tok.is_word:
        return None
    return _surface_index(nouns).get(tok.norm)


def _bare_words(tokens: Sequence[Token]) -> set[str]:
    """The words of a mention without proclitics or article."""
    out: set[str] = set()
    for t in tokens:
        for a in analyses(t.norm):
            out.add(a.bare)
    return out


def _title_at(
    tokens: Sequence[Token], i: int, titles: Sequence[tuple[str, ...]]
) -> tuple[str, ...] | None:
    """The title starting at token i (و/ف allowed on its first word), if any."""
    for title in titles:
        n = len(title)
        if i + n > len(tokens) or not all(t.is_word for t in tokens[i : i + n]):
            continue
        first = tokens[i].norm
        if first not in (title[0], "و" + title[0], "ف" + title[0]):
            continue
        if all(tokens[i + m].norm == title[m] for m in range(1, n)):
            return title
    return None


def plain_noun_refs(
    sentences: Sequence[Sentence],
    actors: ActorIndex,
    nouns: frozenset[str],
    titles: Sequence[tuple[str, ...]] = (),
) -> list[MentionRef]:
    """Mentions for the plain actor nouns and bare titles of an article, resolved to
    earlier entities. `titles`: normalised words of each title ("الامين", "العام")."""
    if not nouns and not titles:
        return []
    latest: dict[str, str] = {}  # noun → entity of the latest mention holding/after it
    titled: dict[tuple[str, ...], str] = {}  # title → the organisation it was given with
    refs = actors.refs
    out: list[MentionRef] = []
    keys = _surface_index(nouns).keys() | {
        w for t in titles for w in (t[0], "و" + t[0], "ف" + t[0])
    }
    k = 0

    def learn_until(offset: int, tokens: Sequence[Token], starts: list[int]) -> None:
        nonlocal k
        while k < len(refs) and refs[k].end <= offset:
            if refs[k].start >= tokens[0].start:  # (a mention across sentences: skipped)
                _learn(refs[k], tokens, starts, actors, nouns, latest)
                _learn_title(refs[k], tokens, starts, actors, titles, titled)
            k += 1

    # Only the tokens that may be a plain noun or a title are looked at; mentions are
    # learnt only up to the last of them (most articles have none).
    cands_of = [[i for i, t in enumerate(sent.tokens) if t.norm in keys] for sent in sentences]
    last = max((n for n, cands in enumerate(cands_of) if cands), default=-1)
    for sent, cands in zip(sentences[: last + 1], cands_of, strict=False):
        tokens = sent.tokens
        starts = [t.start for t in tokens]
        for i in cands:
            tok = tokens[i]
            learn_until(tok.start, tokens, starts)
            if not tok.is_word or actors.covering(tok.start):
                continue
            ref = _resolve(tokens, i, actors, nouns, titles, latest, titled)
            if ref is not None:
                out.append(ref)
        learn_until(sent.end, tokens, starts)
    return out


def _resolve(
    tokens: Sequence[Token],
    i: int,
    actors: ActorIndex,
    nouns: frozenset[str],
    titles: Sequence[tuple[str, ...]],
    latest: dict[str, str],
    titled: dict[tuple[str, ...], str],
) -> MentionRef | None:
    """The mention a plain noun or a bare title at token i makes, if it refers."""
    tok = tokens[i]
    title = _title_at(tokens, i, titles) if titled else None
    if title is not None:
        last = tokens[i + len(title) - 1]
        after = tokens[i + len(title)] if i + len(title) < len(tokens) else None
        own = after is not None and (
            actors.covering(after.start) or after.norm.startswith("ل")
        )  # "الأمين العام للأمم المتحدة": a title with its own body
        if title in titled and not own and not actors.covering(last.start):
            return MentionRef(tok.start, last.end, titled[title])
        return None
    noun = actor_noun(tok, nouns)
    if noun is None or noun not in latest:
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        nxt is not None
        and nxt.is_word
        and nxt.norm.startswith("ال")
        and not actors.covering(nxt.start)
    ):
        return None  # "التحالف الدولي": a body of its own, unnamed here
    return MentionRef(tok.start, tok.end, latest[noun])


def _learn_title(
    ref: MentionRef,
    tokens: Sequence[Token],
    starts: Sequence[int],
    actors: ActorIndex,
    titles: Sequence[tuple[str, ...]],
    titled: dict[tuple[str, ...], str],
) -> None:
    """ "الأمين العام لجامعة الدول العربية": the title names an official of this body."""
    if not titles or actors.entities[ref.entity].type != "ORG":
        return
    first = bisect_right(starts, ref.start) - 1  # the token holding the mention's start
    if first < 0:
        return
    lead = tokens[first].text[: max(0, ref.start - tokens[first].start)]
    if not lead.endswith("ل") and not tokens[first].norm.startswith("لل"):
        return  # the body is the title's complement: لجامعة, للأمم
    for title in titles:
        n = len(title)
        if first >= n and _title_at(tokens, first - n, (title,)) is not None:
            titled[title] = ref.entity


def _learn(
    ref: MentionRef,
    tokens: Sequence[Token],
    starts: Sequence[int],
    actors: ActorIndex,
    nouns: frozenset[str],
    latest: dict[str, str],
) -> None:
    """Record which actor nouns a mention makes refer to its entity."""
    if not nouns or not actors.is_actor(ref.entity) or actors.is_media(ref.entity):
        return
    ent = actors.entities[ref.entity]
    lo = max(0, bisect_right(starts, ref.start) - 1)
    hi = bisect_left(starts, ref.end)
    words = _bare_words(tokens[lo:hi]) & nouns
    if ent.type == "ORG":
        j = word_before(tokens, lo)
        if j >= 0:  # "حركة حماس": the noun right before the name
            words |= {a.bare for a in analyses(tokens[j].norm)} & nouns
    for w in words:
        latest[w] = ref.entity
