"""Context rules applied to a sentence's gazetteer matches before linking.

Ambiguous forms (عمان: Amman or Oman; براك: the envoy or a Libyan town) are settled
by the readings and cues of resources/entities/context_rules.yaml; place names that
are also ordinary words keep their place reading only with a place noun before
them or when the CRF reads them as places; function words (أن, وأن) never link.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from marsad.entities.gazetteer import Match, Payload
from marsad.entities.resources import EntityResources
from marsad.entities.rules import KEEP_READING, WORD_READING, AmbiguityRule
from marsad.entities.table import EntityAttrs, EntityTable
from marsad.records import Token
from marsad.text.clitics import WORD_CACHE_LIMIT
from marsad.text.normalise import normalise

__all__ = ["MAJOR_CITY", "bare_word", "settle", "settle_by_article"]

MAJOR_CITY = 400_000  # inhabitants


@lru_cache(maxsize=WORD_CACHE_LIMIT)
def bare_word(norm: str) -> str:
    """A normalised word without a leading conjunction/preposition and article
    (cached: called for most words of every sentence, and words repeat)."""
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if norm.startswith(prefix) and len(norm) > len(prefix) + 1:
            return norm[len(prefix) :]
    return norm


def settle(
    res: EntityResources,
    matches: list[Match],
    tokens: Sequence[Token],
    keys: list[tuple[str, str]],
    crf: list[tuple[int, int, str]],
) -> list[Match]:
    """The matches of a sentence with the context rules applied (some dropped).

    A one-word town or province (not a country or capital) whose spelling is a
    common word (resources/entities/common_words.txt: الجديدة, الطبقة, معسكر) or
    has three letters or fewer (آب, بأي, قم) is kept only with a place noun
    before it or when the CRF also reads it as a place; so is every form listed
    in `needs_cue`. A three-letter city of `MAJOR_CITY` people or more (تعز, حمص,
    دبي) needs no cue: news names it far more often than any word it spells.
    """
    kb, rules = res.kb, res.rules
    crf_places = {k for s, e, kind in crf if kind == "LOC" for k in range(s, e)}
    out = []
    for m in matches:
        form = " ".join(k for k, _ in keys[m.first : m.last])
        rule = rules.ambiguous.get(form)
        payloads = m.payloads
        if rule is not None:
            payloads = _apply_rule(res, rule, m, tokens, keys)
        listed = form in rules.needs_cue
        single = m.last - m.first == 1
        bare = bare_word(tokens[m.first].norm) if single else ""
        word = single and bare in res.common_words
        short = single and len(bare) <= 3
        if (listed or word or short) and not (
            m.first in crf_places or _has_cue(res, m, tokens)  # read as a place
        ):
            keep = ("country",) if listed else ("country", "capital")
            major = not (listed or word) and len(bare) == 3
            payloads = tuple(
                p
                for p in payloads
                if not (
                    p.kind == "entry"
                    and p.form == "full"
                    and kb.entries[p.value].type in ("GPE", "LOC")
                    and kb.entries[p.value].subtype not in keep
                    and not (major and (kb.entries[p.value].population or 0) >= MAJOR_CITY)
                )
            )
        if single and _function_word(res, tokens[m.first].norm):
            payloads = tuple(p for p in payloads if p.kind != "entry")
        if payloads:
            out.append(Match(m.first, m.last, payloads))
    return out


def _function_word(res: EntityResources, norm: str) -> bool:
    """أن, وأن, فمن …: never a name, whatever place shares its spelling."""
    not_names = res.rules.not_names
    return norm in not_names or (norm[:1] in "وفبل" and norm[1:] in not_names)


def _has_cue(res: EntityResources, m: Match, tokens: Sequence[Token]) -> bool:
    """A place noun (مدينة, محافظة …) just before the match."""
    cues = res.rules.crf_place_cues
    return any(bare_word(tokens[k].norm) in cues for k in range(max(0, m.first - 2), m.first))


def _apply_rule(
    res: EntityResources,
    rule: AmbiguityRule,
    m: Match,
    tokens: Sequence[Token],
    keys: list[tuple[str, str]],
) -> tuple[Payload, ...]:
    """The match's payloads after an ambiguity rule: the reading a cue selects (or
    the default), or, with no default, the rule's readings removed."""
    words = [k for k, _ in keys]
    chosen: str | None = None
    for reading in rule.readings:
        if (
            any(mark in tokens[m.first].text for mark in reading.marks)
            or (reading.definite and keys[m.first][1].endswith("ال"))
            or _near(words, m.first, m.last, rule.window, reading.before, reading.after)
        ):
            chosen = reading.id
            break
    by_cue = chosen is not None
    if chosen is None:
        if rule.default == KEEP_READING:
            return m.payloads
        chosen = rule.default
    entries = [p for p in m.payloads if p.kind == "entry"]
    others = tuple(p for p in m.payloads if p.kind != "entry")
    if chosen == WORD_READING:
        chosen = None  # "صلاة المغرب": an ordinary word here, none of the readings
    if chosen is not None:
        if chosen not in res.kb.entries:
            return m.payloads
        # a chosen metonym names the state itself; a chosen nisba stays an adjective,
        # so that "وزير الخارجية اليمني" still gives the title its state; a short form
        # a cue chose ("طائرات التحالف … الحوثيين") is as good as the full name
        form = next((p.form for p in entries if p.value == chosen), "full")
        full = form == "metonym" or (form == "short" and by_cue)
        return (*others, Payload("entry", chosen, "full" if full else form))
    ids = {r.id for r in rule.readings}
    return (*others, *(p for p in entries if p.value not in ids))


def _near(
    words: list[str],
    first: int,
    last: int,
    window: int,
    before: tuple[tuple[str, ...], ...],
    after: tuple[tuple[str, ...], ...],
) -> bool:
    """A cue phrase ending within `window` words before the match, or starting
    within `window` words after it."""
    for phrase in before:
        n = len(phrase)
        for end in range(first, max(first - window, 0) - 1, -1):
            if end - n >= 0 and tuple(words[end - n : end]) == phrase:
                return True
    for phrase in after:
        n = len(phrase)
        for start in range(last, min(last + window, len(words)) + 1):
            if tuple(words[start : start + n]) == phrase:
                return True
    return False


def settle_by_article(
    res: EntityResources, table: EntityTable, attrs_of: Callable[[str], EntityAttrs]
) -> None:
    """Ambiguous forms that no cue settled, read again with the whole article in view:
    عمان alone in an article that names Jordan (its ministry, its nisba …) and Oman by
    no other name is Amman.
    `attrs_of` gives a KB entry's entity attributes."""
    for rule in res.rules.ambiguous.values():
        default = rule.default
        if default is None or default not in table:
            continue
        for reading in rule.readings:
            named = res.kb.entries.get(reading.article or "")
            if named is None or not any(a.country == named.country for a in table.attrs.values()):
                continue  # the article does not name that state in any form
            mentions = table.mentions[default]
            if any(bare_word(normalise(m.text)) != bare_word(rule.form) for m in mentions):
                continue  # the default is named otherwise too (سلطنة عمان, العماني)
            state = table.attrs[default].country
            if any(k != default and a.country == state for k, a in table.attrs.items()):
                continue  # another of its places or bodies (مسقط) is named
            table.move(default, reading.id, attrs_of(reading.id))
            break
