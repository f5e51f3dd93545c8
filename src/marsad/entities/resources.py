"""Everything entity recognition loads once: KB, gazetteer automaton, CRF, rules.

`marsad.context.Resources.entities` builds one `EntityResources` per Resources
value; nothing here is module-level state.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.entities.features import NerLexicon
from marsad.entities.gazetteer import Gazetteer
from marsad.entities.kb import KnowledgeBase, load_kb
from marsad.entities.recogniser import CrfRecogniser
from marsad.entities.rules import ContextRules, load_context_rules
from marsad.entities.translit import load_romanisation

__all__ = ["EntityResources"]


@dataclass(frozen=True)
class EntityResources:
    """Loaded resources for `marsad.entities.extract_entities`."""

    kb: KnowledgeBase
    gazetteer: Gazetteer
    crf: CrfRecogniser
    rules: ContextRules
    romanisation: dict[str, str]
    first_names: frozenset[str]

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
        )
