"""Everything entity recognition loads once: KB, gazetteer automaton, CRF, rules.

`marsad.context.Resources.entities` builds one `EntityResources` per Resources
value; nothing here is module-level state.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

from marsad.entities.features import NerLexicon
from marsad.entities.gazetteer import Gazetteer
from marsad.entities.kb import KnowledgeBase, load_kb
from marsad.entities.recogniser import CrfRecogniser
from marsad.entities.rules import ContextRules, load_context_rules
from marsad.entities.translit import load_romanisation
from marsad.errors import ResourceError
from marsad.text.normalise import normalise

__all__ = ["EntityResources", "lineage_index", "load_common_words", "person_name_index"]


@dataclass(frozen=True)
class EntityResources:
    """Loaded resources for `marsad.entities.extract_entities`."""

    kb: KnowledgeBase
    gazetteer: Gazetteer
    crf: CrfRecogniser
    rules: ContextRules
    romanisation: dict[str, str]
    first_names: frozenset[str]
    lineages: dict[tuple[str, str, str], str]
    common_words: frozenset[str]
    # first words of the KB's title forms, without ال (وزير, رئيس, سفير …)
    title_heads: frozenset[str]
    # KB persons by the first word of each Arabic name: (person id, the name's words)
    person_names: dict[str, list[tuple[str, tuple[str, ...]]]]

    @classmethod
    def load(cls, kb: KnowledgeBase | None = None) -> EntityResources:
        """Build the automaton over `kb` (the bundled KB by default) and load the CRF."""
        kb = kb if kb is not None else load_kb()
        gazetteer = Gazetteer.build(kb)
        lexicon = NerLexicon.load()
        return cls(
            kb=kb,
            gazetteer=gazetteer,
            crf=CrfRecogniser.load(lexicon=lexicon),
            rules=load_context_rules(lambda word: gazetteer.key(word)[0]),
            romanisation=load_romanisation(),
            first_names=lexicon.first,
            lineages=lineage_index(kb),
            common_words=load_common_words(),
            title_heads=frozenset(_bare(tf.norm.split()[0]) for tf in kb.title_forms()),
            person_names=person_name_index(kb),
        )


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def person_name_index(kb: KnowledgeBase) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """KB persons under the first word of each of their Arabic names (normalised)."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for entry in kb.entries.values():
        if entry.type != "PER":
            continue
        for name in dict.fromkeys((entry.name_ar, *entry.aliases_ar)):
            words = tuple(normalise(name).split())
            if len(words) >= 2:
                index.setdefault(words[0], []).append((entry.id, words))
    return index


def load_common_words() -> frozenset[str]:
    """Normalised words (without the article) that news text uses as ordinary words."""
    path = files("marsad").joinpath("resources/entities/common_words.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"resources/entities/common_words.txt: {exc}") from exc
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def lineage_index(kb: KnowledgeBase) -> dict[tuple[str, str, str], str]:
    """ "X بن Y" (the first three words of a KB person's name) → person id, for names
    written out with a longer genealogy (تميم بن حمد بن خليفة آل ثاني); a prefix
    two people share is left out."""
    index: dict[tuple[str, str, str], str | None] = {}
    for entry in kb.entries.values():
        if entry.type != "PER":
            continue
        for name in (entry.name_ar, *entry.aliases_ar):
            words = _join_abd(normalise(name).split())
            if len(words) >= 3 and words[1] in ("بن", "ابن", "بنت"):
                key = (words[0], "بن", words[2])
                index[key] = entry.id if index.get(key, entry.id) == entry.id else None
    return {k: v for k, v in index.items() if v is not None}


def _join_abd(words: list[str]) -> list[str]:
    """عبد العزيز and عبدالعزيز are one name: join عبد to the word after it."""
    out: list[str] = []
    skip = False
    for k, word in enumerate(words):
        if skip:
            skip = False
            continue
        if word == "عبد" and k + 1 < len(words):
            out.append(word + words[k + 1])
            skip = True
        else:
            out.append(word)
    return out
