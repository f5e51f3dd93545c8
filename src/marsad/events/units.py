"""The units event extraction works on: paragraphs, sentences, clauses.

A clause is the scope of an event's arguments and modality. Clauses are cut at
، ؛ , ; and a colon ("X: ..."), and before the clause-opening words of the cue
lexicon (حيث, لكن, بينما ...); the cue and trigger matchers run once per sentence
and their hits are shared out to the clauses. Lines of the body
that look like section headings (short, no final punctuation) are marked, since a
heading names a topic rather than reporting an event.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TypeVar

from marsad.events.lexicon import PhraseHit
from marsad.events.resources import NOT_TRIGGER, Cue, EventResources
from marsad.records import Article, Sentence, Token

__all__ = ["Clause", "SentenceUnit", "segment"]

_TERMINAL = frozenset({".", "!", "?", "…"})
_SEPARATORS = frozenset({",", ";", ":"})  # normalised ، ؛ , ; :
T = TypeVar("T")
_HEADING_MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class Clause:
    """Tokens of one clause, with the cue and trigger hits found in them."""

    tokens: tuple[Token, ...]
    cues: tuple[PhraseHit[Cue], ...]
    triggers: tuple[PhraseHit[str], ...]

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


@dataclass(frozen=True, slots=True)
class SentenceUnit:
    """A sentence with its clauses and where it sits in the article."""

    start: int
    end: int
    paragraph: int
    index_in_paragraph: int
    is_title: bool
    is_heading: bool
    clauses: tuple[Clause, ...]


# A comma part of at most this many words opening with و continues a list.
_LIST_ITEM = 3


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


def _clauses(
    tokens: Sequence[Token], res: EventResources, mentions: Mapping[int, int]
) -> list[Clause]:
    """Cut a sentence into clauses and analyse it once (cue and trigger hits)."""
    cues = res.cues.find(tokens)
    triggers = _filter_triggers(tokens, res.trigger_matcher.find(tokens, mentions), res)
    # A clause starts after , ; : (dropping the mark) or at a boundary word (kept).
    starts = {0: 0}
    commas = [i for i, t in enumerate(tokens) if t.norm in _SEPARATORS and 0 < i < len(tokens) - 1]
    trigger_at = [h.first for h in triggers]  # ascending
    appositive = _appositions(tokens, commas, mentions)
    # "التقى نظيريه، الأميركي جون كيري والسعودي عادل الجبير": the counterparts named
    counterparts = {h.last + 1 for h in cues if h.payload.kind == "counterpart"}
    inserted = False  # the part just before comma i was an adverbial set off by commas
    for k, i in enumerate(commas):
        nxt = commas[k + 1] if k + 1 < len(commas) else len(tokens)
        prev = commas[k - 1] if k > 0 else -1
        if i in appositive:
            continue  # "وزير الخارجية الإيراني، محمد جواد ظريف، السعودية": one clause
        if i in counterparts and not _has_trigger(trigger_at, i + 1, nxt):
            continue
        after_insert, inserted = inserted, False
        if tokens[i].norm == "," and (
            _continues(tokens, i + 1, nxt, trigger_at, res)
            or (prev < 0 and _continues(tokens, 0, i, trigger_at, res))
        ):
            inserted = True
            continue  # an adverbial or argument part set off by commas
        if after_insert and tokens[i].norm == "," and not _has_trigger(trigger_at, i + 1, nxt):
            continue  # "استقبل الملك، في قصر السلام، وزير الدفاع": the act goes on
        starts[i] = i + 1
    for h in cues:
        if h.payload.kind == "boundary" and h.first > 0:
            starts.setdefault(h.first, h.first)
    cuts = sorted(starts.items())
    out: list[Clause] = []
    ci = ti = 0  # hits are in text order: share them out in one pass
    for (_, first), (end, _) in pairwise([*cuts, (len(tokens), 0)]):
        clause_cues, ci = _take(cues, ci, first, end)
        clause_triggers, ti = _take(triggers, ti, first, end)
        if first >= end or not any(t.is_word for t in tokens[first:end]):
            continue
        out.append(Clause(tuple(tokens[first:end]), clause_cues, clause_triggers))
    return out


def _appositions(
    tokens: Sequence[Token], commas: list[int], mentions: Mapping[int, int]
) -> set[int]:
    """The commas around a name set off as an apposition: a part between two commas
    that is exactly one entity mention, after a word ("قال المتحدث باسم الوزارة، فلان،
    إن"; "اتهم الوزير، فلان، الدولة"). Cutting there would part the act from its name
    or its object."""
    out: set[int] = set()
    for a, b in pairwise(commas):
        if a > 0 and tokens[a - 1].is_word and mentions.get(a + 1) == b - 1:
            out.update((a, b))
    return out


def _take(
    hits: Sequence[PhraseHit[T]], i: int, first: int, end: int
) -> tuple[tuple[PhraseHit[T], ...], int]:
    """The hits within tokens [first, end), shifted to the clause, and the next index."""
    taken: list[PhraseHit[T]] = []
    while i < len(hits) and hits[i].first < end:
        if hits[i].first >= first and hits[i].last < end:
            taken.append(_shift(hits[i], first))
        i += 1
    return tuple(taken), i


def _has_trigger(trigger_at: list[int], lo: int, hi: int) -> bool:
    """Whether a trigger starts within tokens [lo, hi) (`trigger_at` ascending)."""
    k = bisect_left(trigger_at, lo)
    return k < len(trigger_at) and trigger_at[k] < hi


def _continues(
    tokens: Sequence[Token], lo: int, hi: int, trigger_at: list[int], res: EventResources
) -> bool:
    """A comma-delimited part with no trigger that opens with a continuation word."""
    if _has_trigger(trigger_at, lo, hi):
        return False
    words = [t for t in tokens[lo:hi] if t.is_word]
    if not words:
        return False
    first = words[0]
    if first.norm.startswith("و") and len(words) <= _LIST_ITEM:
        return True  # "بين الأطراف الثلاثة مصر، والسودان، وإثيوبيا": a list goes on
    definite = first.norm.startswith("وال") or first.norm[1:] in res.list_quantifiers
    if definite and len(words) <= res.list_item_words:
        return True  # "، وبعض مواقع تنظيم داعش في شمال سوريا": a noun phrase, no verb
    return first.norm in res.continue_words or (
        first.norm.startswith("ب") and first.stem != first.norm
    )


def _shift(hit: PhraseHit[T], offset: int) -> PhraseHit[T]:
    return hit if offset == 0 else hit.shifted(offset)


def _filter_triggers(
    tokens: Sequence[Token], hits: list[PhraseHit[str]], res: EventResources
) -> list[PhraseHit[str]]:
    """Drop accidental trigger forms (وزارة); read "في دعم" as a noun, not a verb."""
    out: list[PhraseHit[str]] = []
    for h in hits:
        if h.payload == NOT_TRIGGER:
            continue
        if h.pos == "verb" and h.first > 0 and tokens[h.first - 1].norm in res.noun_context:
            h = replace(h, pos="noun")
        out.append(h)
    return out


def _mention_tokens(tokens: Sequence[Token], spans: Sequence[tuple[int, int]]) -> dict[int, int]:
    """First token → last token of each entity mention (character spans, sorted)."""
    out: dict[int, int] = {}
    if not tokens:
        return out
    starts = [t.start for t in tokens]
    lo = bisect_left(spans, (tokens[0].start, -1))
    for start, end in spans[lo:]:
        if start >= tokens[-1].end:
            break
        first = bisect_right(starts, start) - 1  # the token holding the start
        last = bisect_left(starts, end) - 1
        if first >= 0 and tokens[first].end > start and last >= first:
            out[first] = last
    return out


def segment(
    article: Article,
    sentences: Sequence[Sentence],
    res: EventResources,
    mentions: Sequence[tuple[int, int]] = (),
) -> list[SentenceUnit]:
    """Sentences of the article as units, in order, with their clauses analysed.

    `mentions`: character spans of the entity mentions, sorted (a phrase may span
    its subject: "أطلقت إيران سراح")."""
    text = article.text
    starts = _paragraph_starts(text)
    title_end = len(article.title) if article.title and text.startswith(article.title) else -1
    units: list[SentenceUnit] = []
    para_of_prev, idx = -1, 0
    for sent in sentences:
        if not sent.tokens:
            continue
        para = bisect_right(starts, sent.start) - 1
        idx = idx + 1 if para == para_of_prev else 0
        para_of_prev = para
        words = [t for t in sent.tokens if t.is_word]
        is_title = title_end >= 0 and sent.start < title_end
        line_end = text.find("\n", sent.start)
        line_end = len(text) if line_end < 0 else line_end
        whole_line = idx == 0 and sent.end >= len(text[:line_end].rstrip())
        is_heading = (
            not is_title
            and whole_line
            and len(words) <= _HEADING_MAX_WORDS
            and sent.tokens[-1].norm not in _TERMINAL
        )
        clauses = _clauses(sent.tokens, res, _mention_tokens(sent.tokens, mentions))
        units.append(
            SentenceUnit(sent.start, sent.end, para, idx, is_title, is_heading, tuple(clauses))
        )
    return units
