"""Arabic word and phrase matching for event lexicons, with morphology by rule.

Lexicon files list base forms only (التقى, يلتقي, لقاء); this module generates the
inflected forms (subject endings, tanwin, dual, pronoun suffixes, ta marbuta
before a suffix) and strips proclitics (و ف ب ل ك ال, the future سـ) from text
words at match time. Everything works on normalised forms (marsad.text.normalise),
so a match maps straight back to token offsets in the original text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

from marsad.records import Token
from marsad.text.normalise import normalise

__all__ = [
    "Analysis",
    "PhraseHit",
    "PhraseMatcher",
    "WordForms",
    "analyses",
    "noun_forms",
    "possessed",
    "verb_forms",
]

T = TypeVar("T")

_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
# Proclitic chains a text word may carry, longest first; the flags say what they are.
_NOUN_PREFIXES = (
    "وبال",
    "فبال",
    "وكال",
    "ولل",
    "فلل",
    "وال",
    "فال",
    "بال",
    "كال",
    "لل",
    "ال",
    "وب",
    "فب",
    "ول",
    "فل",
    "وك",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "",
)
# At most this many adverbial words may split a phrase after its first word.
_MAX_GAP = 3
# A verb-first phrase may hold its subject, a mention of at most this many tokens,
# between its first and second word ("أطلقت إيران سراح", "أسقطت تركيا طائرة").
_MAX_SUBJECT = 4
_VERB_PREFIXES = ("وس", "فس", "ول", "فل", "و", "ف", "س", "ل", "")


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word: its proclitics and the bare form left."""

    prefix: str
    bare: str

    @property
    def future(self) -> bool:
        return self.prefix.endswith("س")

    @property
    def lam(self) -> bool:
        """A ل proclitic: purpose ("للتوصل") or dative, i.e. a complement."""
        return "ل" in self.clitics

    @property
    def clitics(self) -> str:
        """The proclitics without the article (ال of بال is not a preposition)."""
        if self.prefix.endswith("ال"):
            return self.prefix[:-2]
        return self.prefix

    @property
    def bi(self) -> bool:
        return "ب" in self.clitics


_PREFIXES_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _p in dict.fromkeys((*_NOUN_PREFIXES, *_VERB_PREFIXES)):
    if _p:
        _PREFIXES_BY_LETTER[_p[0]] = (*_PREFIXES_BY_LETTER.get(_p[0], ()), _p)


@lru_cache(maxsize=200_000)
def analyses(norm: str) -> tuple[Analysis, ...]:
    """Every proclitic split of a normalised word, the unsplit word first (memoised:
    news vocabulary is Zipfian, so most words repeat)."""
    out = [Analysis("", norm)]
    for prefix in _PREFIXES_BY_LETTER.get(norm[:1], ()):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 2:
            out.append(Analysis(prefix, norm[len(prefix) :]))
    return tuple(out)


def _allowed(prefix: str, pos: str) -> bool:
    if pos == "verb":
        return prefix in _VERB_PREFIXES
    return prefix in _NOUN_PREFIXES


def possessed(bare: str, known: PhraseMatcher[Any]) -> bool:
    """Whether a noun form carries a possessive pronoun (إدانته, لقائه, قبولها)."""
    for p in _PRONOUNS:
        if bare.endswith(p) and len(bare) > len(p) + 2:
            stem = bare[: -len(p)]
            for base in (stem, stem[:-1] + "ه", stem[:-1] + "ء"):
                if known.has_form(base) and base != bare:
                    return True
    return False


def verb_forms(base: str) -> set[str]:
    """Inflected forms of a normalised perfect (التقي) or imperfect (يلتقي) 3ms verb."""
    forms = {base}
    if base.startswith("ي") and len(base) > 2:  # imperfect
        body = base[1:]
        bodies = {body}
        if body.endswith("ي"):  # defective: يلتقي → يلتقون
            bodies.add(body[:-1])
        for person in ("ي", "ت", "ن", "ا"):
            for b in bodies:
                for end in ("", "ان", "ون", "ا", "وا", "ن", "ين", *_PRONOUNS):
                    forms.add(person + b + end)
    else:  # perfect
        stems = {base}
        if base.endswith("ي"):  # التقي (from التقى) → التقت, التقوا
            stems.add(base[:-1])
        if base.endswith("ا"):  # دعا → دعت, دعوا
            stems.add(base[:-1])
            forms.add(base[:-1] + "و" + "ا")
        for s in stems:
            for end in ("ت", "ا", "تا", "وا", "نا", "وا", *_PRONOUNS):
                forms.add(s + end)
        if base.endswith("ي"):  # a defective verb with its object: نفاه, نفته, نفوه
            stem = base[:-1]
            forms.update(stem + end + p for p in _PRONOUNS for end in ("ا", "ت", "و"))
        forms.add(base + "ا")  # التقيا
    return forms


def noun_forms(base: str, article: bool = False) -> set[str]:
    """Inflected forms of a normalised noun: tanwin, dual, pronoun suffixes.

    `article`: the lexicon word was written with the article ال (not إلغاء, whose
    normalised form merely starts with the same letters); its bare forms are added."""
    forms = {base, base + "ا"}
    if base.endswith("ه"):  # ta marbuta: زياره → زيارته, زيارتان, زيارات
        stem = base[:-1]
        forms |= {stem + "ت" + p for p in (*_PRONOUNS, "ان", "ين", "ي")}
        forms.add(stem + "ات")
    elif base.endswith("ء"):  # لقاء → لقايه (لقائه), لقاءه
        forms |= {base[:-1] + "ي" + p for p in _PRONOUNS}
        forms |= {base + p for p in _PRONOUNS}
        forms |= {base + "ان", base + "ين"}
    else:
        forms |= {base + p for p in _PRONOUNS}
        forms |= {base + "ان", base + "ين"}
    if article and base.startswith("ال"):
        forms |= noun_forms(base[2:])
    return forms


class WordForms:
    """The inflected forms of one lexicon word, for membership tests on tokens."""

    __slots__ = ("forms", "pos")

    def __init__(self, word: str, pos: str) -> None:
        norm = normalise(word)
        self.pos = pos
        if pos == "verb":
            self.forms = frozenset(verb_forms(norm))
        else:
            self.forms = frozenset(noun_forms(norm, article=word.startswith("ال")))

    @classmethod
    def exact(cls, words: Iterable[str]) -> WordForms:
        """A set of exact words (any proclitic allowed), with no inflection."""
        wf = cls("", "noun")
        wf.forms = frozenset(normalise(w) for w in words)
        return wf

    def match(self, norm: str) -> Analysis | None:
        """The reading of a token form that is one of these forms, if any."""
        for a in analyses(norm):
            if a.bare in self.forms and _allowed(a.prefix, self.pos):
                return a
        return None


# Per token form: (reading, rest of the phrase, pos, payload) of each entry it may start.
_Candidates = tuple[tuple[Analysis, tuple[WordForms, ...], str, T], ...]


@dataclass(frozen=True, slots=True)
class PhraseHit(Generic[T]):
    """A lexicon entry found at tokens [first, last]; `analysis` reads the first word.

    `subject`: tokens [a, b] of an entity mention the phrase spans after its first
    word (a verb-first phrase with its subject inside: "أسقطت تركيا طائرة")."""

    first: int
    last: int
    payload: T
    pos: str
    analysis: Analysis
    subject: tuple[int, int] | None = None

    def shifted(self, offset: int) -> PhraseHit[T]:
        """The hit with token indices `offset` lower (counted from a clause start)."""
        subject = self.subject
        if subject is not None:
            subject = (subject[0] - offset, subject[1] - offset)
        return PhraseHit(
            self.first - offset, self.last - offset, self.payload, self.pos, self.analysis, subject
        )


class PhraseMatcher(Generic[T]):
    """Finds single words and multi-word phrases in a token sequence.

    Index: bare form of the first word → entries (rest of the phrase, payload). A
    token is analysed once (all proclitic splits) and looked up, so the cost per
    token is a handful of dict probes whatever the size of the lexicon.
    """

    def __init__(self, gaps: frozenset[str] = frozenset()) -> None:
        self._index: dict[str, list[tuple[tuple[WordForms, ...], str, T]]] = {}
        self._cache: dict[str, _Candidates[T]] = {}
        # Words that may stand between a phrase's first and second word ("أطلق
        # الليلة الماضية سراح"): adverbials that do not break the phrase.
        self._gaps = gaps

    def add(self, words: Sequence[str], payload: T, pos: str = "noun") -> None:
        """Add a word (pos noun/verb) or a phrase (first word with that pos)."""
        if not words:
            raise ValueError("empty phrase")
        first = WordForms(words[0], pos)
        rest = tuple(WordForms(w, "noun") for w in words[1:])
        for form in first.forms:
            self._index.setdefault(form, []).append((rest, pos, payload))

    @property
    def gaps(self) -> frozenset[str]:
        """The adverbials that may split a phrase (normalised)."""
        return self._gaps

    def has_form(self, bare: str) -> bool:
        """Whether `bare` is an indexed first-word form."""
        return bare in self._index

    def add_text(self, phrase: str, payload: T, pos: str = "noun") -> None:
        self.add(phrase.split(), payload, pos)

    def _candidates(self, norm: str) -> _Candidates[T]:
        """The entries a token form may start, with the reading that allows each."""
        cached = self._cache.get(norm)
        if cached is None:
            cached = tuple(
                (a, rest, pos, payload)
                for a in analyses(norm)
                for rest, pos, payload in self._index.get(a.bare, ())
                if _allowed(a.prefix, pos)
            )
            if len(self._cache) > 300_000:
                self._cache.clear()
            self._cache[norm] = cached
        return cached

    def find(
        self, tokens: Sequence[Token], mentions: Mapping[int, int] | None = None
    ) -> list[PhraseHit[T]]:
        """All hits, longest phrase first at each position, non-overlapping, in order.

        `mentions`: first token → last token of each entity mention; a verb-first
        phrase may span one of them right after its verb (its subject)."""
        hits: list[PhraseHit[T]] = []
        cache = self._cache
        gaps = self._gaps
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            found = cache.get(tok.norm) if tok.is_word else ()
            if found is None:
                found = self._candidates(tok.norm)
            if not found:
                i += 1
                continue
            best: PhraseHit[T] | None = None
            for a, rest, pos, payload in found:
                last = self._match_rest(tokens, i, rest, gaps) if rest else i
                if last is not None and (best is None or last > best.last):
                    best = PhraseHit(i, last, payload, pos, a)
            subject = _subject_after(tokens, i, mentions) if mentions and best is None else None
            if subject is not None:
                # Only when the word reads as nothing else: a verb-first phrase around
                # its subject ("أطلقت إيران سراح"; "نشرت تركيا قوات" stays the verb نشر).
                for a, rest, pos, payload in found:
                    if pos != "verb" or not rest:
                        continue
                    last = self._match_rest(tokens, subject[1], rest, gaps)
                    if last is not None and (best is None or last > best.last):
                        best = PhraseHit(i, last, payload, pos, a, subject)
            if best is not None:
                hits.append(best)
                i = best.last + 1
            else:
                i += 1
        return hits

    @staticmethod
    def _match_rest(
        tokens: Sequence[Token],
        i: int,
        rest: tuple[WordForms, ...],
        gaps: frozenset[str] = frozenset(),
    ) -> int | None:
        j = i
        if rest and gaps:
            skipped = 0
            while skipped < _MAX_GAP and j + 1 < len(tokens) and tokens[j + 1].norm in gaps:
                j += 1
                skipped += 1
            if skipped and (j + 1 >= len(tokens) or rest[0].match(tokens[j + 1].norm) is None):
                j = i  # no phrase after the adverbial: try it without the gap
        for wf in rest:
            j += 1
            if j >= len(tokens) or wf.match(tokens[j].norm) is None:
                return None
        return j


def _subject_after(
    tokens: Sequence[Token], i: int, mentions: Mapping[int, int]
) -> tuple[int, int] | None:
    """The short entity mention starting right after token i, if any."""
    end = mentions.get(i + 1)
    if end is None or end - i > _MAX_SUBJECT or end >= len(tokens):
        return None
    return i + 1, end
