"""Context rules for entity recognition, read from resources/entities/context_rules.yaml.

Every word and phrase is stored in its matching form: normalised, and (for
single words) without proclitics or article, the same key the gazetteer gives a
token, so a rule compares keys with keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

import yaml

from marsad.errors import ResourceError
from marsad.text.normalise import normalise

__all__ = [
    "KEEP_READING",
    "WORD_READING",
    "AmbiguityRule",
    "ContextRules",
    "Reading",
    "load_context_rules",
]

_SOURCE = "resources/entities/context_rules.yaml"


# The reading id of an ordinary word ("صلاة المغرب": the sunset prayer, no state).
WORD_READING = "word"
# A default that leaves a match with no cue as it is: its readings are settled later,
# by the names the article gives in full (التحالف).
KEEP_READING = "keep"


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of an ambiguous form and the cues that select it."""

    id: str  # a KB id, or WORD_READING
    before: tuple[tuple[str, ...], ...]  # phrases, each a tuple of word keys
    after: tuple[tuple[str, ...], ...]
    marks: tuple[str, ...]  # diacritics on the original word
    # with no cue anywhere, this reading wins over the default when the article names
    # this entity (country:JOR for عمان = Amman) and the default's state nowhere else
    article: str | None = None
    # the reading of the form written with the article ال (الحماس: enthusiasm)
    definite: bool = False


@dataclass(frozen=True, slots=True)
class AmbiguityRule:
    form: str  # key of the ambiguous word
    window: int
    readings: tuple[Reading, ...]
    default: str | None


@dataclass(frozen=True, slots=True)
class ContextRules:
    ambiguous: dict[str, AmbiguityRule]
    needs_cue: frozenset[str]  # gazetteer keys of place names that are common words
    locative_words: frozenset[str]
    deputy_words: frozenset[str]
    not_holder_words: frozenset[str]
    not_entities: frozenset[str]  # KB ids never output as entities
    nisba_heads: frozenset[str]
    counterparts: frozenset[str]
    title_modifiers: frozenset[str]
    for_country: frozenset[str]
    not_names: frozenset[str]
    not_name_starts: frozenset[str]  # normalised words that never open a name (ولله)
    compound_seconds: frozenset[str]  # keys of second halves of first names (الدين)
    arabic_name_states: frozenset[str]  # ISO3: their people's names have one spelling
    variant_vowels: frozenset[str]  # letters a transliteration writes or leaves out
    variant_consonants: frozenset[frozenset[str]]  # letter pairs for one foreign sound
    short_name_cues: frozenset[str]
    administration_of: frozenset[str]  # إدارة ترمب: the leader's name is the body's
    government_of: frozenset[str]  # نظام الأسد: the body, and the leader too
    generic_titles: frozenset[str]
    admin_nouns: frozenset[str]
    city_nouns: frozenset[str]
    crf_org_heads: frozenset[str]  # normalised, without the article
    crf_place_cues: frozenset[str]
    facility_heads: frozenset[str]  # normalised, without clitics
    facility_forms: dict[str, int]  # a head with its proclitics → their length (وبمطار → 2)
    facility_heads_strict: frozenset[str]  # need an adjective or a town's name
    facility_adjectives: frozenset[str]  # normalised, with the article
    not_facility_names: frozenset[str]  # normalised, with the article
    facility_en: dict[str, str]  # head noun or adjective (normalised) → English
    party_forms: dict[str, int]  # حزب with its proclitics → their length (ولحزب → 2)
    not_party_names: frozenset[str]  # normalised, with the article
    # word → how linking may start at it (linking._start_kind), filled as words are met
    start_kinds: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


def _letters(values: list[str], count: int | None = None) -> list[str]:
    """Single letters (exactly `count` of them when given); anything else is a data error."""
    if any(len(v) != 1 for v in values) or count not in (None, len(values)):
        raise ResourceError(f"{_SOURCE}: expected single letters, got {values!r}")
    return values


def _words(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ResourceError(f"{_SOURCE}: '{key}' must be a non-empty list of strings")
    return value


def _english(data: dict[str, Any], key: str) -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ResourceError(f"{_SOURCE}: '{key}' must map Arabic words to English")
    return {normalise(k): v for k, v in value.items()}


# و ف ب ل and their pairs, written before a facility head noun (وبمطار, لسجن)
_PROCLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def load_context_rules(key_of: Callable[[str], str]) -> ContextRules:
    """Parse the rules; `key_of` maps a normalised word to its gazetteer key."""
    try:
        data = yaml.safe_load(
            files("marsad").joinpath("resources/entities/context_rules.yaml").read_text("utf-8")
        )
    except (OSError, yaml.YAMLError) as exc:
        raise ResourceError(f"{_SOURCE}: {exc}") from exc
    if not isinstance(data, dict) or "meta" not in data:
        raise ResourceError(f"{_SOURCE}: expected a mapping with a 'meta' header")

    def key(word: str) -> str:
        return key_of(normalise(word))

    heads = [normalise(w) for w in _words(data, "facility_heads")]

    def phrases(values: Any, where: str) -> tuple[tuple[str, ...], ...]:
        if values is None:
            return ()
        if not isinstance(values, list):
            raise ResourceError(f"{_SOURCE}: {where} must be a list")
        return tuple(tuple(key(w) for w in normalise(str(v)).split()) for v in values)

    rules: dict[str, AmbiguityRule] = {}
    for item in data.get("ambiguous") or []:
        try:
            form = " ".join(key(w) for w in normalise(str(item["form"])).split())
            readings = tuple(
                Reading(
                    id=r["id"],
                    before=phrases(r.get("before"), f"{item['form']}.before"),
                    after=phrases(r.get("after"), f"{item['form']}.after"),
                    marks=tuple(r.get("marks") or ()),
                    article=r.get("article"),
                    definite=bool(r.get("definite")),
                )
                for r in item["readings"]
            )
            default = item.get("default")
            if default not in (None, KEEP_READING) and default not in {r.id for r in readings}:
                raise ResourceError(
                    f"{_SOURCE}: {item['form']}: default {default!r} is not a reading"
                )
            rules[form] = AmbiguityRule(form, int(item.get("window", 2)), readings, default)
        except (KeyError, TypeError, ValueError) as exc:
            raise ResourceError(f"{_SOURCE}: bad ambiguous rule {item!r}: {exc}") from exc
    return ContextRules(
        ambiguous=rules,
        needs_cue=frozenset(
            " ".join(key(w) for w in normalise(f).split()) for f in _words(data, "needs_cue")
        ),
        locative_words=frozenset(normalise(w) for w in _words(data, "locative_words")),
        deputy_words=frozenset(normalise(w) for w in _words(data, "deputy_words")),
        not_holder_words=frozenset(normalise(w) for w in _words(data, "not_holder_words")),
        not_entities=frozenset(_words(data, "not_entities")),
        nisba_heads=frozenset(key(w) for w in _words(data, "nisba_heads")),
        counterparts=frozenset(normalise(w) for w in _words(data, "counterparts")),
        title_modifiers=frozenset(key(w) for w in _words(data, "title_modifiers")),
        for_country=frozenset(normalise(w) for w in _words(data, "for_country")),
        not_names=frozenset(key(w) for w in _words(data, "not_names")),
        not_name_starts=frozenset(normalise(w) for w in _words(data, "not_name_starts")),
        compound_seconds=frozenset(key(w) for w in _words(data, "compound_seconds")),
        arabic_name_states=frozenset(_words(data, "arabic_name_states")),
        variant_vowels=frozenset(_letters(_words(data, "variant_vowels"))),
        variant_consonants=frozenset(
            frozenset(_letters(p.split(), 2)) for p in _words(data, "variant_consonants")
        ),
        short_name_cues=frozenset(key(w) for w in _words(data, "short_name_cues")),
        administration_of=frozenset(key(w) for w in _words(data, "administration_of")),
        government_of=frozenset(key(w) for w in _words(data, "government_of")),
        generic_titles=frozenset(_words(data, "generic_titles")),
        admin_nouns=frozenset(normalise(w) for w in _words(data, "admin_nouns")),
        city_nouns=frozenset(normalise(w) for w in _words(data, "city_nouns")),
        crf_org_heads=frozenset(normalise(w) for w in _words(data, "crf_org_heads")),
        crf_place_cues=frozenset(normalise(w) for w in _words(data, "crf_place_cues")),
        facility_heads=frozenset(heads),
        facility_forms={c + h: len(c) for h in heads for c in _PROCLITICS},
        facility_heads_strict=frozenset(
            normalise(w) for w in _words(data, "facility_heads_strict")
        ),
        facility_adjectives=frozenset(normalise(w) for w in _words(data, "facility_adjectives")),
        not_facility_names=frozenset(normalise(w) for w in _words(data, "not_facility_names")),
        facility_en=_english(data, "facility_en"),
        party_forms={
            c + normalise(h): len(c) for h in _words(data, "party_heads") for c in _PROCLITICS
        },
        not_party_names=frozenset(normalise(w) for w in _words(data, "not_party_names")),
    )
