"""Gazetteer matching: every KB name, title and ministry form in a sentence, at once.

An Aho-Corasick automaton is built once from the knowledge base, over the
normalised forms as listed (with their article: الرياض, سوريا). Each token of a
sentence is keyed by its longest clitic reading that is a word of some form
(marsad.text.clitics candidates: وبالرياض → الرياض, للسعودية → السعودية,
وسوريا → سوريا, واشنطن stays whole), so the article is never guessed away
(السورية is the nisba, not the name سورية). A sentence becomes one string of keys
between spaces, the automaton reports every form that starts and ends on word
boundaries, and the longest matches win (ties: leftmost first). Only the first
word of a multi-word name may carry a proclitic (الرئيس ووزير … is not a name),
except لل, which names write inside (اللجنة الدولية للصليب الأحمر), and ل or ب on a
name (الانفصاليون الموالون لروسيا): such inner words are indexed as the keys of the
text read them (الصليب, روسيا), so that they stay keys of the name alone elsewhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter

import ahocorasick

from marsad.entities.kb import KnowledgeBase
from marsad.records import Token
from marsad.text.clitics import WORD_CACHE_LIMIT, CliticStripper, default_stripper
from marsad.text.normalise import normalise

__all__ = ["Gazetteer", "Match", "Payload"]

# A KB form's tokens: runs of letters and digits, and each other mark alone.
_FORM_TOKEN = re.compile(r"\w+|[^\w\s]")
_NORM = attrgetter("norm")
# Prepositions a name inside a longer name may carry (الموالون لروسيا, المقيم بالرياض).
_INNER_PREFIXES = frozenset({"ل", "ب"})
# What an inner word of a matched name may carry: nothing, لل (للصليب الأحمر) or one
# of those prepositions.
_INNER_CLITICS = _INNER_PREFIXES | {"", "لل"}


@dataclass(frozen=True, slots=True)
class Payload:
    """What a matched form denotes.

    kind: `entry` (value = KB id, form = full|short|nisba|metonym|abbrev),
    `title` (value = title key), `ministry` (value = template key, country =
    ISO3 when the form names one state only).
    """

    kind: str
    value: str
    form: str = ""
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """Tokens [first, last) of a sentence matching one gazetteer form."""

    first: int
    last: int
    payloads: tuple[Payload, ...]

    def kinds(self) -> set[str]:
        return {p.kind for p in self.payloads}

    def of(self, kind: str) -> list[Payload]:
        return [p for p in self.payloads if p.kind == kind]


class Gazetteer:
    """The automaton over KB forms and the clitic stripper that keys tokens for it."""

    def __init__(
        self,
        stripper: CliticStripper,
        automaton: ahocorasick.Automaton,
        vocabulary: frozenset[str],
    ) -> None:
        self.stripper = stripper
        self.vocabulary = vocabulary
        self._automaton = automaton
        self._cache: dict[str, tuple[str, str]] = {}

    def key(self, norm: str) -> tuple[str, str]:
        """(key, clitic prefix) of a normalised word: its longest reading that is a
        gazetteer word (واشنطن stays whole, وسوريا → سوريا, وبالرياض → الرياض,
        للسعودية → السعودية with prefix لل), else the word without a leading
        article chain (والمصادر → مصادر), which is how rule words are keyed too."""
        hit = self._cache.get(norm)
        if hit is not None:
            return hit
        if not norm:
            return ("_", "")  # a token of marks alone: a placeholder no form contains
        found: str | None = norm if norm in self.vocabulary else None
        if found is None:
            found = next((r for r in self.stripper.candidates(norm) if r in self.vocabulary), None)
        key = found if found is not None else _without_article(norm)
        if norm.endswith(key):
            prefix = norm[: len(norm) - len(key)]
        elif key.startswith("ال") and norm.endswith(key[1:]):
            prefix = norm[: len(norm) - len(key) + 1] + "ل"  # ل + ال written لل
        else:
            key, prefix = norm, ""
        if len(self._cache) >= WORD_CACHE_LIMIT:
            self._cache.clear()
        self._cache[norm] = hit = (key, prefix)
        return hit

    @classmethod
    def build(cls, kb: KnowledgeBase, extra: Iterable[tuple[str, Payload]] = ()) -> Gazetteer:
        """Index every surface form, title form and ministry form of `kb`."""
        forms: list[tuple[str, Payload]] = [
            (sf.norm, Payload("entry", sf.entry_id, sf.kind)) for sf in kb.surface_forms()
        ]
        forms += [(tf.norm, Payload("title", tf.key)) for tf in kb.title_forms()]
        # the same title in construct before a state's name ("ملك المغرب", "وزير خارجية
        # مصر"): linking accepts these only when a country's name follows
        forms += [
            (construct, Payload("title_construct", tf.key))
            for tf in kb.title_forms()
            if (construct := _construct(tf.norm)) != tf.norm
        ]
        forms += [
            (mf.norm, Payload("ministry", mf.key, country=mf.country)) for mf in kb.ministry_forms()
        ]
        forms += [(normalise(text), payload) for text, payload in extra]
        split: list[tuple[list[str], Payload]] = []
        for norm, payload in forms:
            # ل + ال is written لل inside names (وكالة الأنباء للأنباء, الأمين العام
            # للأمم المتحدة): index the word as text keys read it (للامم → الامم)
            # split as the text stage splits ("كيم جونغ-أون" → كيم جونغ - أون), so that
            # a hyphen or a plus sign inside a name matches the text's own tokens
            words = [
                "ال" + w[2:] if w.startswith("لل") and len(w) >= 5 else w
                for w in _FORM_TOKEN.findall(norm)
            ]
            if words:
                split.append((words, payload))
        leads = {words[0] for words, _ in split}
        # An inner word that is a preposition on a name ("الانفصاليون الموالون لروسيا")
        # is indexed as the name, as text keys read it: kept whole, it would make
        # every لروسيا of the text a word of that form instead of Russia.
        attached = {
            w: w[1:]
            for words, _ in split
            for w in words[1:]
            if w not in leads and w[:1] in _INNER_PREFIXES and w[1:] in leads and len(w) > 3
        }
        table: dict[str, dict[Payload, None]] = defaultdict(dict)
        vocabulary: set[str] = set()
        for words, payload in split:
            words = [words[0], *(attached.get(w, w) for w in words[1:])]
            vocabulary.update(words)
            key = " " + " ".join(words) + " "
            table[key][payload] = None
        automaton = ahocorasick.Automaton()
        for key, payloads in table.items():
            automaton.add_word(key, (key.count(" ") - 1, len(key), tuple(payloads)))
        automaton.make_automaton()
        stripper = default_stripper().with_lexicon(vocabulary)
        return cls(stripper, automaton, frozenset(vocabulary))

    def keys(self, tokens: Sequence[Token]) -> list[tuple[str, str]]:
        """(key, clitic prefix) of each token; punctuation keeps its normal form (a
        word's key follows from its normal form alone, so one cache serves both)."""
        keyed = list(map(self._cache.get, map(_NORM, tokens)))
        if None in keyed:  # words met for the first time
            keyed = [hit or self.key(tok.norm) for hit, tok in zip(keyed, tokens, strict=True)]
        return keyed  # type: ignore[return-value]  # no None is left

    def find(
        self, tokens: Sequence[Token], keyed: Sequence[tuple[str, str]] | None = None
    ) -> list[Match]:
        """Non-overlapping matches in a sentence, longest first, in text order
        (`keyed`: the sentence's `keys`, when the caller has them already)."""
        if keyed is None:
            keyed = self.keys(tokens)
        if not keyed:
            return []
        text = " " + " ".join([k for k, _ in keyed]) + " "
        found: list[Match] = []
        count = text.count
        for end, (n_words, length, payloads) in self._automaton.iter(text):
            # Forms are indexed between spaces and keys hold none, so a match starts
            # on a word: its index is the number of spaces before its leading one.
            first = count(" ", 0, end - length + 1)
            last = first + n_words
            # inner words carry no clitic, except لل that names write (للصليب الأحمر)
            # and a preposition on a name (الموالون لروسيا)
            if n_words == 1 or all(p in _INNER_CLITICS for _, p in keyed[first + 1 : last]):
                found.append(Match(first, last, payloads))
        return _longest_first(found) if len(found) > 1 else found


def _construct(norm: str) -> str:
    """A title phrase in construct: the article dropped from each word (الملك → ملك,
    وزير الخارجية → وزير خارجية)."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in norm.split())


def _without_article(norm: str) -> str:
    """A word with a leading article chain (ال, وال, بال, فال, كال, لل) removed."""
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            return norm[len(prefix) :]
    return norm


def _longest_first(matches: list[Match]) -> list[Match]:
    taken: set[int] = set()
    chosen: list[Match] = []
    for m in sorted(matches, key=lambda m: (-(m.last - m.first), m.first)):
        span = range(m.first, m.last)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        chosen.append(m)
    chosen.sort(key=lambda m: m.first)
    return chosen
