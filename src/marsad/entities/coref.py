"""In-article coreference of short names, once every full name of the article is known.

A surname alone (الشيباني, ديرمر) refers to a person the article names in full
somewhere (headlines use the surname before the body gives the full name, so
"somewhere", not "earlier"). Order of preference for a short mention:
1. a KB person or organisation whose short form it is and who is already an
   entity of the article (the nearest mention wins when several are);
2. a person of the article (KB or new) whose name ends with that word;
3. a KB person whose short form it is, when the statistical recogniser also
   reads the word as a person's name (or a cue such as إدارة precedes it) and only
   one KB person has that short form.
Anything else is dropped: a KB surname with no support is too often an ordinary
word or another person's name, and a lone word the recogniser reads as a name
says too little to be an entity.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter

from marsad.entities.kb import KBEntry, KnowledgeBase
from marsad.entities.linking import NAME_LINKS, Pending, SentenceLinker
from marsad.entities.table import EntityAttrs, EntityTable
from marsad.records import Mention
from marsad.text.clitics import WORD_CACHE_LIMIT
from marsad.text.normalise import normalise

__all__ = ["merge_name_tails", "resolve_bodies", "resolve_short_mentions", "scan_surnames"]


def _surname_keys(
    table: EntityTable, key_of: Callable[[str], str], not_surnames: frozenset[str]
) -> dict[str, list[str]]:
    """Last-word key of every person's name → entity keys (not the second half of a
    compound first name: "رحمهما الله" names nobody)."""
    out: dict[str, list[str]] = {}
    for key, attrs in table.attrs.items():
        if attrs.type != "PER":
            continue
        names = [attrs.name_ar, *(m.text for m in table.mentions[key])]
        for name in names:
            words = _normal_words(name)
            if len(words) >= 2 and key_of(words[-1]) not in not_surnames:
                out.setdefault(key_of(words[-1]), []).append(key)
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}


@lru_cache(maxsize=WORD_CACHE_LIMIT)
def _normal_words(name: str) -> tuple[str, ...]:
    """The normalised words of a name (cached: the same KB names recur across articles)."""
    return tuple(normalise(name).split())


def _nearest(table: EntityTable, keys: list[str], pos: int) -> str:
    return min(keys, key=lambda k: min(abs(m.start - pos) for m in table.mentions[k]))


def resolve_short_mentions(
    pending: list[Pending],
    table: EntityTable,
    kb: KnowledgeBase,
    key_of: Callable[[str], str],
    attrs_of: Callable[[KBEntry], EntityAttrs],
    not_surnames: frozenset[str] = frozenset(),
) -> None:
    """Attach each pending short mention to an entity of `table`, or drop it.

    `key_of` gives a normalised word's gazetteer key; `attrs_of` an entry's attributes;
    `not_surnames` the keys that end names without being surnames (الله, الدين).
    """
    surnames = _surname_keys(table, key_of, not_surnames)
    for p in sorted(pending, key=lambda p: p.start):
        present = [c for c in p.candidates if c in table]
        by_surname = surnames.get(p.key, [])
        if present:
            key = _nearest(table, present, p.start)
        elif by_surname:
            key = _nearest(table, by_surname, p.start)
        elif p.crf_person and len(set(p.candidates)) == 1:
            key = p.candidates[0]
            entry = kb.entries[key]
            table.add(key, attrs_of(entry), _mention(p, entry.type, entry.id))
            continue
        else:
            continue
        attrs = table.attrs[key]
        table.add(key, attrs, _mention(p, attrs.type, attrs.kb_id))


def _mention(p: Pending, etype: str, kb_id: str | None) -> Mention:
    return Mention(p.start, p.end, p.text, etype, kb_id=kb_id, source="coref")


def scan_surnames(linker: SentenceLinker) -> None:
    """Attach every free occurrence of the surname of a person the KB does not hold
    (وأضاف سيالة …) to that person; KB surnames go through the gazetteer instead."""
    table = linker.table
    surnames: dict[str, str] = {}
    for key, attrs in table.attrs.items():
        if attrs.type == "PER" and attrs.kb_id is None and key.startswith("new:PER:"):
            words = key.removeprefix("new:PER:").split()
            if (
                len(words) >= 2
                and len(words[-1]) >= 3
                and words[-2] not in NAME_LINKS
                and words[-1] not in linker.res.rules.compound_seconds  # عز الدين
            ):
                surnames.setdefault(words[-1], key)
    if not surnames:
        return
    not_names = linker.res.rules.not_names
    for st in linker.sentences:
        if surnames.keys().isdisjoint(map(itemgetter(0), st.keys)):
            continue  # most sentences: none of the surnames
        for i, (word, _) in enumerate(st.keys):
            person = surnames.get(word)
            if person is None or st.used[i] or word in not_names or i in st.by_first:
                continue
            start, end, text = linker.span(st, i, i + 1)
            mention = Mention(start, end, text, "PER", source="coref")
            if table.add(person, table.attrs[person], mention):
                st.used[i] = True


def resolve_bodies(linker: SentenceLinker) -> None:
    """ "وزارة الداخلية" with no state beside it is the ministry of the state the
    article last named before it (or, failing that, first names after it): news
    names the country once and then its bodies alone."""
    table, kb = linker.table, linker.kb
    states = sorted(
        (m.start, a.country)
        for key, a in table.attrs.items()
        if a.type == "GPE" and a.subtype == "country" and a.country
        for m in table.mentions[key]
    )
    if not states:
        return
    for body in linker.bodies:
        before = [iso for start, iso in states if start < body.start]
        iso = before[-1] if before else states[0][1]
        try:
            entry = kb.ministry(iso, body.candidates[0])
        except KeyError:
            continue
        mention = Mention(body.start, body.end, body.text, "ORG", kb_id=entry.id, source="coref")
        table.add(entry.id, table.attrs.get(entry.id) or linker.entry_attrs(entry), mention)


def merge_name_tails(table: EntityTable) -> None:
    """A new person whose two-or-more-word name ends another person's name (أبو زيد,
    بن حلي after أحمد أبو زيد, أحمد بن حلي; ابن سلمان after محمد بن سلمان) is that
    person, when only one fits."""
    names: dict[str, list[tuple[str, ...]]] = {}
    for key, attrs in table.attrs.items():
        if attrs.type == "PER":
            forms = [attrs.name_ar, *(m.text for m in table.mentions[key])]
            names[key] = [_name_words(f) for f in forms]
    for key, attrs in list(table.attrs.items()):
        if attrs.type != "PER" or attrs.kb_id is not None:
            continue
        tail = _name_words(attrs.name_ar)
        if len(tail) < 2:
            continue
        hosts = [
            other
            for other, forms in names.items()
            if other != key
            and other in table.attrs
            and any(len(f) > len(tail) and f[-len(tail) :] == tail for f in forms)
        ]
        if len(hosts) == 1:
            table.mentions[hosts[0]].extend(table.mentions.pop(key))
            del table.attrs[key]


@lru_cache(maxsize=WORD_CACHE_LIMIT)
def _name_words(name: str) -> tuple[str, ...]:
    """Normalised words of a name, ابن written بن as inside a full name (cached: the
    same KB names come back in article after article)."""
    return tuple("بن" if w == "ابن" else w for w in _normal_words(name))
