"""Proclitic and possessive-suffix stripping, for matching only.

A word is read as [و|ف] [ب|ل|ك | س] [ال] stem (ل + ال written لل). Which split is
right cannot be told from spelling alone (وليد is a name, وسوريا is و + سوريا), so:
- a split whose stem is a *known* word wins (the caller's lexicon, e.g. the
  gazetteer's vocabulary, plus the protected-words file); the longest clitic chain
  whose stem (or ال + stem) is known is taken;
- without a known stem only article-bearing chains are stripped (ال, وال, بال, لل,
  وبال …), since a single و/ف/ب/ل/ك before an unknown word is too often part of it
  (وزارة, واشنطن, بيان);
- protected words are never split, and no stem is shorter than `min_stem`.
Stems are returned WITHOUT the article: وبالرياض → رياض, الرياض → رياض. Gazetteers are
matched in the same form (strip the article from their entries with `stem`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from marsad.errors import ResourceError
from marsad.text._resources import read_lines, read_yaml
from marsad.text.normalise import normalise

__all__ = [
    "WORD_CACHE_LIMIT",
    "CliticRules",
    "CliticStripper",
    "default_stripper",
    "load_clitic_rules",
    "make_stripper",
    "stem_candidates",
    "strip_possessive",
]

# Entries a per-word cache keeps before it starts again: more than the distinct
# words of the whole SaudiNewsNet corpus (262,537 normal forms), so that a batch run
# over it never refills a cache it has already filled.
WORD_CACHE_LIMIT = 500_000


@dataclass(frozen=True, slots=True)
class CliticRules:
    """The clitic inventory, all in normalised form."""

    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    future: tuple[str, ...]
    future_before: tuple[str, ...]
    article: str
    lam_article: str
    min_stem: int
    possessive_suffixes: tuple[str, ...]
    min_suffix_stem: int
    protected: frozenset[str]


def _norm_list(data: dict, key: str, name: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ResourceError(f"resources/text/{name}: '{key}' must be a list of strings")
    return tuple(normalise(v) for v in value)


@lru_cache(maxsize=1)
def load_clitic_rules() -> CliticRules:
    """Read clitics.yaml and protected_words.tsv (once per process)."""
    name = "clitics.yaml"
    data = read_yaml(name)
    try:
        article = normalise(str(data["article"]))
        lam_article = normalise(str(data["lam_article"]))
        min_stem = int(data["min_stem"])
        min_suffix_stem = int(data["min_suffix_stem"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(f"resources/text/{name}: missing or invalid field ({exc})") from exc
    suffixes = sorted(_norm_list(data, "possessive_suffixes", name), key=len, reverse=True)
    return CliticRules(
        conjunctions=_norm_list(data, "conjunctions", name),
        prepositions=_norm_list(data, "prepositions", name),
        future=_norm_list(data, "future", name),
        future_before=_norm_list(data, "future_before", name),
        article=article,
        lam_article=lam_article,
        min_stem=min_stem,
        possessive_suffixes=tuple(suffixes),
        min_suffix_stem=min_suffix_stem,
        protected=frozenset(normalise(w) for w in read_lines("protected_words.tsv")),
    )


@dataclass(frozen=True, slots=True)
class _Split:
    prefix: str  # the clitic chain as written (e.g. "وبال")
    stem: str  # what is left, article removed
    has_article: bool


def _splits(norm: str, rules: CliticRules) -> list[_Split]:
    """Every grammatical clitic split of `norm`, shortest prefix first (excluding none)."""
    out: list[_Split] = []
    seen: set[str] = set()
    conjs = ("", *rules.conjunctions)
    for conj in conjs:
        if not norm.startswith(conj):
            continue
        rest1 = norm[len(conj) :]
        middles = [("", rest1)]
        middles += [(p, rest1[len(p) :]) for p in rules.prepositions if rest1.startswith(p)]
        middles += [
            (f, rest1[len(f) :])
            for f in rules.future
            if rest1.startswith(f) and rest1[len(f) : len(f) + 1] in rules.future_before
        ]
        for mid, rest2 in middles:
            chains: list[tuple[str, str, bool]] = [(conj + mid, rest2, False)]
            if mid == "ل" and rest2.startswith(rules.lam_article[1:]) and rules.lam_article:
                # ل + ال is written لل: the second ل is the article.
                chains.append((conj + rules.lam_article, rest2[len(rules.lam_article) - 1 :], True))
            elif rest2.startswith(rules.article):
                chains.append((conj + mid + rules.article, rest2[len(rules.article) :], True))
            for prefix, stem, has_article in chains:
                if not prefix or len(stem) < rules.min_stem or prefix in seen:
                    continue
                if has_article and rules.article + stem in rules.protected:
                    continue  # ألمانيا: this ال is not the article
                seen.add(prefix)
                out.append(_Split(prefix, stem, has_article))
    out.sort(key=lambda s: len(s.prefix))
    return out


class CliticStripper:
    """Chooses the stem of a normalised word, given the words known to the caller.

    `known` is a set of normalised words (with or without ال) — the gazetteer passes
    its vocabulary so that وبالرياض → رياض is accepted because الرياض is known. The
    per-instance cache keeps repeated words cheap; the splits of a word depend on the
    rules alone, so strippers derived by `with_lexicon` share their cache.
    """

    __slots__ = ("_cache", "_splits", "known", "rules", "token_tails")

    def __init__(
        self,
        rules: CliticRules,
        known: Iterable[str] = (),
        splits: dict[str, tuple[_Split, ...]] | None = None,
    ) -> None:
        self.rules = rules
        self.known = frozenset(known) | rules.protected
        self._cache: dict[str, str] = {}
        # The tokeniser's per-surface cache, (surface, norm, stem, is_word): it lives
        # here because a word's stem depends on this stripper's lexicon.
        self.token_tails: dict[str, tuple[str, str, str, bool]] = {}
        self._splits = {} if splits is None else splits

    def with_lexicon(self, known: Iterable[str]) -> CliticStripper:
        """A stripper that also accepts splits whose stem is in `known` (normalised)."""
        return CliticStripper(self.rules, self.known | frozenset(known), self._splits)

    def _splits_of(self, norm: str) -> tuple[_Split, ...]:
        found = self._splits.get(norm)
        if found is None:
            found = tuple(_splits(norm, self.rules))  # most words: (), one shared object
            if len(self._splits) >= WORD_CACHE_LIMIT:
                self._splits.clear()
            self._splits[norm] = found
        return found

    def _is_known(self, stem: str) -> bool:
        return stem in self.known or (self.rules.article + stem) in self.known

    def stem(self, norm: str) -> str:
        """The matching stem of a normalised word (article removed), or the word itself."""
        cached = self._cache.get(norm)
        if cached is not None:
            return cached
        result = self._choose(norm)
        if len(self._cache) >= WORD_CACHE_LIMIT:
            self._cache.clear()
        self._cache[norm] = result
        return result

    def _choose(self, norm: str) -> str:
        if norm in self.rules.protected or len(norm) <= self.rules.min_stem:
            return norm
        splits = self._splits_of(norm)
        if not splits:
            return norm
        for split in reversed(splits):  # longest clitic chain first
            if self._is_known(split.stem):
                return split.stem
        if norm in self.known:
            return norm
        for split in reversed(splits):
            if split.has_article:
                return split.stem
        return norm

    def candidates(self, norm: str) -> list[str]:
        """All plausible readings of `norm`, longest first: the word itself, then each
        clitic split (with ال kept where the chain had it, then without)."""
        out = [norm]
        if norm in self.rules.protected:
            return out
        for split in self._splits_of(norm):
            if split.has_article:
                with_article = self.rules.article + split.stem
                if with_article not in out:
                    out.append(with_article)
            if split.stem not in out:
                out.append(split.stem)
        out.sort(key=len, reverse=True)
        return out


@lru_cache(maxsize=1)
def default_stripper() -> CliticStripper:
    """The stripper with only the protected-words file as its lexicon."""
    return CliticStripper(load_clitic_rules())


def make_stripper(known: Iterable[str]) -> CliticStripper:
    """A stripper that also accepts clitic splits whose stem is in `known`: the
    gazetteer passes the normalised single words of its names (with or without ال)."""
    return default_stripper().with_lexicon(known)


def stem_candidates(norm: str) -> list[str]:
    """All plausible clitic splits of a normalised word, longest stem first."""
    return default_stripper().candidates(norm)


def strip_possessive(norm: str) -> list[str]:
    """Readings of `norm` without a possessive suffix (نظيره → نظير,
    حكومتها → حكومه), longest first; [] when none applies. Offered separately
    because a final ه or ها is as often part of the word (وجه, منها)."""
    rules = load_clitic_rules()
    out: list[str] = []
    for suffix in rules.possessive_suffixes:
        if not norm.endswith(suffix):
            continue
        stem = norm[: -len(suffix)]
        if len(stem) < rules.min_suffix_stem:
            continue
        if stem.endswith("ت"):  # ta marbuta is written ت before a suffix
            out.append(stem[:-1] + "ه")
        out.append(stem)
    return sorted(dict.fromkeys(out), key=len, reverse=True)
