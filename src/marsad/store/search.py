"""User search queries to FTS5 MATCH expressions over normalised article text.

The index holds `normalise(title + body)` as whole words, so a search for
الخارجية would miss والخارجية and للخارجية. Rather than stemming the index,
each query word is expanded to the forms it takes with the proclitics of
resources/text/clitics.yaml (و ف, ب ل ك, ال and its ل contraction); all words
are required, "quoted phrases" are matched as written, and word* is a prefix.
"""

from __future__ import annotations

import re

from marsad.errors import ConfigError
from marsad.text.clitics import CliticRules, load_clitic_rules
from marsad.text.normalise import normalise

__all__ = ["fts_query", "word_forms"]

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


def fts_query(query: str) -> str:
    """The MATCH expression for a user query (ConfigError when it has no words)."""
    rules = load_clitic_rules()
    groups = []
    for phrase, word, star in _TERM.findall(normalise(query)):
        if phrase:
            words = re.findall(r"\w+", phrase)
            if words:
                groups.append('"' + " ".join(words) + '"')
        elif star:
            groups.append(f'"{word}"*')
        elif word:
            groups.append("(" + " OR ".join(f'"{f}"' for f in word_forms(word, rules)) + ")")
    if not groups:
        raise ConfigError(f"search query {query!r} has no words to search for")
    return " AND ".join(groups)
