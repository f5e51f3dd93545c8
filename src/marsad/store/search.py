"""User search queries to full-text expressions over normalised article text.

The index holds `normalise(title + body)` as whole words, so a search for
الخارجية would miss والخارجية and للخارجية. Rather than stemming the index,
each query word is expanded to the forms it takes with the proclitics of
resources/text/clitics.yaml (و ف, ب ل ك, ال and its ل contraction); all words
are required, "quoted phrases" are matched as written, and word* is a prefix.
The same parsed query renders as SQLite FTS5 MATCH or PostgreSQL tsquery text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.errors import ConfigError
from marsad.text.clitics import CliticRules, load_clitic_rules
from marsad.text.normalise import normalise

__all__ = ["Term", "fts_query", "parse_query", "tsquery", "word_forms"]

_TERM = re.compile(r'"([^"]*)"|(\w+)(\*?)')


def word_forms(word: str, rules: CliticRules) -> list[str]:
    """`word` (normalised) with every proclitic chain the grammar allows."""
    conj = ("", *rules.conjunctions)
    chains = [c + p for c in conj for p in ("", *rules.prepositions)]
    bare = word.removeprefix(rules.article) if len(word) > len(rules.article) + 1 else word
    forms = {chain + word for chain in chains}
    forms |= {chain + rules.article + bare for chain in chains}
    forms |= {c + rules.lam_article + bare for c in conj}
    return sorted(forms)


@dataclass(frozen=True, slots=True)
class Term:
    """One required part of a query: any of `forms`, a phrase, or a prefix."""

    kind: str  # forms | phrase | prefix
    words: tuple[str, ...]


def parse_query(query: str) -> list[Term]:
    """The required terms of a user query (ConfigError when it has no words)."""
    rules = load_clitic_rules()
    terms = []
    for phrase, word, star in _TERM.findall(normalise(query)):
        if phrase:
            words = tuple(re.findall(r"\w+", phrase))
            if words:
                terms.append(Term("phrase", words))
        elif star:
            terms.append(Term("prefix", (word,)))
        elif word:
            terms.append(Term("forms", tuple(word_forms(word, rules))))
    if not terms:
        raise ConfigError(f"search query {query!r} has no words to search for")
    return terms


def fts_query(query: str) -> str:
    """The SQLite FTS5 MATCH expression for a user query."""
    groups = []
    for term in parse_query(query):
        if term.kind == "phrase":
            groups.append('"' + " ".join(term.words) + '"')
        elif term.kind == "prefix":
            groups.append(f'"{term.words[0]}"*')
        else:
            groups.append("(" + " OR ".join(f'"{f}"' for f in term.words) + ")")
    return " AND ".join(groups)


def tsquery(query: str) -> str:
    """The PostgreSQL to_tsquery('simple', …) text for a user query."""
    groups = []
    for term in parse_query(query):
        if term.kind == "phrase":
            groups.append("(" + " <-> ".join(f"'{w}'" for w in term.words) + ")")
        elif term.kind == "prefix":
            groups.append(f"'{term.words[0]}':*")
        else:
            groups.append("(" + " | ".join(f"'{f}'" for f in term.words) + ")")
    return " & ".join(groups)
