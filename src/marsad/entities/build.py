"""The entity stage of one article: recognise, link, resolve coreference, number."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from marsad.entities.coref import (
    merge_name_tails,
    resolve_bodies,
    resolve_short_mentions,
    scan_surnames,
)
from marsad.entities.disambiguate import settle_by_article
from marsad.entities.linking import SentenceLinker
from marsad.entities.resources import EntityResources
from marsad.entities.table import EntityResult, EntityTable, merge_places
from marsad.records import Article, Sentence

if TYPE_CHECKING:
    from marsad.context import Resources

__all__ = ["extract_entities"]


_norm = attrgetter("norm")  # a C-level getter: called for every word


def extract_entities(
    article: Article,
    sentences: Sequence[Sentence],
    resources: Resources | EntityResources,
) -> EntityResult:
    """Entities of `article` (OUTPUT.md `entities`) and every mention with its entity id.

    `sentences` come from marsad.text.sentences.split_sentences(article.text);
    `resources` is a marsad.context.Resources (its `.entities` is used) or an
    EntityResources directly. Offices are resolved at the article's publication
    date; without one, a title without a name is not resolved to a person.
    """
    res = resources if isinstance(resources, EntityResources) else resources.entities
    on = article.published.date() if article.published else None
    table = EntityTable(article.text)
    linker = SentenceLinker(res, table, on)
    spans = res.crf.spans_of_sentences([list(map(_norm, s.tokens)) for s in sentences])
    for sentence, sentence_spans in zip(sentences, spans, strict=True):
        linker.link(sentence.tokens, sentence_spans)
    resolve_short_mentions(
        linker.pending,
        table,
        res.kb,
        lambda word: res.gazetteer.key(word)[0],
        linker.entry_attrs,
        res.rules.compound_seconds,
    )
    scan_surnames(linker)
    resolve_bodies(linker)
    merge_name_tails(table)
    settle_by_article(res, table, lambda key: linker.entry_attrs(res.kb.entries[key]))
    merge_places(table)
    table.drop(res.rules.not_entities)
    return table.result()
