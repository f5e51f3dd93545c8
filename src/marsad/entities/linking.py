"""Linking one sentence's matches to actors: titles, nisbas, ministries, places, names.

Reads the gazetteer matches of a sentence left to right and applies, in order:
- a person title, its nisba/country/organisation and an optional name
  ("وزير الخارجية السوري أسعد الشيباني", "المبعوث الأمريكي الخاص إلى سوريا توم
  براك", "ولي العهد السعودي"): the named person; without a name, whoever held the
  office on the article's date (`kb.holders`); a name the KB lacks becomes a new
  person with the nisba's country and a transliterated English name;
- a counterpart ("نظيره الأردني"): the title of the person named last, in the
  state of the nisba;
- a ministry or state body with a nisba (وزارة الخارجية السورية, الخارجية
  الأمريكية, الحكومة السورية) → `org:ISO3:key`;
- a delegation or another actor noun with a nisba ("وفد إسرائيلي", "مصادر
  إسرائيلية") → the state;
- a KB name: persons, organisations, countries, places (ambiguous forms settled by
  the context rules), capitals standing for governments (واشنطن) only next to a
  reporting or diplomatic verb;
- a named facility: a head noun in construct with a name (مطار الملك خالد الدولي,
  منفذ الخفجي, قاعدة إنجرليك الجوية) → a LOC entity, subtype facility;
- names the CRF finds where no list holds them → entities with kb_id null, persons
  only without evidence against a name (tanween: هاتفياً; a dual or plural
  imperfect verb: يبحثان).
Surnames (الشيباني) are left to `coref`, which attaches them once the document's
full names are known.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import compress, count
from operator import attrgetter

from marsad.entities.disambiguate import bare_word, settle
from marsad.entities.gazetteer import Match
from marsad.entities.kb import KBEntry, Office, Title
from marsad.entities.recogniser import tag_spans
from marsad.entities.resources import EntityResources
from marsad.entities.rules import ContextRules
from marsad.entities.table import EntityAttrs, EntityTable
from marsad.entities.translit import transliterate
from marsad.records import Mention, Token
from marsad.text.clitics import WORD_CACHE_LIMIT
from marsad.text.normalise import normalise, normalise_with_map

__all__ = ["NAME_LINKS", "Pending", "SentenceLinker"]

_PLACE_ORDER = {"capital": 0, "city": 1, "district": 2, "governorate": 3, "province": 3, "state": 3}
NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ام", "عبد", "ال", "اب", "دي", "فان", "فون"})
_SON_OF = frozenset({"بن", "ابن"})
_ROYAL = frozenset({"king", "emir", "sultan", "sheikh"})
_TOWN_SUBTYPES = frozenset({"capital", "city", "town", "village", "district"})
_NORM = attrgetter("norm")


_CRF_TYPES = {"PERS": "PER", "LOC": "GPE", "ORG": "ORG"}
_TYPE_RANK = {"PER": 0, "ORG": 1, "GPE": 2, "LOC": 3}


@dataclass(slots=True)
class Pending:
    """A mention waiting for the whole document: a surname or short name."""

    start: int
    end: int
    text: str
    candidates: tuple[str, ...]  # KB ids the short form may stand for
    key: str  # gazetteer key of the word(s), for surnames of new persons
    crf_person: bool = False  # the CRF or a cue word (إدارة ترمب) reads it as a person


@dataclass(slots=True)
class Scope:
    """What a title phrase is about, and the token spans that say it."""

    country: str | None = None
    org: str | None = None
    target: str | None = None  # the country an envoy or ambassador deals with
    end: int = 0  # first token after the phrase
    title_end: int = 0  # first token after the title words themselves
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (first, last, entry id)


@dataclass(slots=True)
class SentenceState:
    tokens: Sequence[Token]
    keys: list[tuple[str, str]]
    by_first: dict[int, Match]
    used: list[bool]
    crf: list[tuple[int, int, str]] = field(default_factory=list)
    persons: set[int] = field(default_factory=set)  # tokens inside person mentions
    # first token of a CRF person → (country, title) from the title after the name
    appositions: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)


def country_of(entry_id: str) -> str | None:
    return entry_id.split(":", 1)[1] if entry_id.startswith("country:") else None


_START_HERE, _START_BEFORE, _NO_START = 1, 2, 0


def _start_kind(norm: str, key: str, rules: ContextRules) -> int:
    """Whether `_at` may find something at a token (`_START_HERE`), at the one before
    it (`_START_BEFORE`, for بن), or at neither."""
    if (
        norm in rules.facility_forms
        or norm in rules.party_forms
        or norm in rules.counterparts
        or norm[1:] in rules.counterparts
        or norm.endswith("عاصمه")
        or key in rules.government_of
        or key in rules.administration_of
    ):
        return _START_HERE
    return _START_BEFORE if norm in _SON_OF else _NO_START


class SentenceLinker:
    """Links the sentences of one article into an `EntityTable`."""

    def __init__(self, res: EntityResources, table: EntityTable, on: date | None) -> None:
        self.res = res
        self.kb = res.kb
        self.table = table
        self.on = on
        self.pending: list[Pending] = []
        self.bodies: list[Pending] = []  # وزارة الخارجية with no state named next to it
        self.sentences: list[SentenceState] = []

    # ------------------------------------------------------------------ helpers

    def span(self, st: SentenceState, first: int, last: int) -> tuple[int, int, str]:
        """Character span of tokens [first, last), without a leading non-article clitic."""
        tok = st.tokens[first]
        start = tok.start
        prefix = st.keys[first][1]
        conj = prefix[:-2] if prefix.endswith("ال") else ("" if prefix.endswith("لل") else prefix)
        if (
            not prefix
            and first
            and (first - 1) in st.persons
            and tok.norm[:1] == "و"
            and tok.norm not in self.res.title_heads  # "الأسد وزير الخارجية": its own و
        ):
            conj = "و"  # "جاريد كوشنر وإيفانكا ترامب": a second name joined by و
        if conj and len(conj) < len(tok.norm):
            _, mapping = normalise_with_map(tok.text)
            start = tok.start + mapping[len(conj)]
        end = st.tokens[last - 1].end
        return start, end, self.table.text[start:end]

    def _mention(
        self, st: SentenceState, first: int, last: int, kind: str, **kw: object
    ) -> Mention:
        start, end, text = self.span(st, first, last)
        return Mention(start, end, text, kind, **kw)  # type: ignore[arg-type]

    def _add(
        self, key: str, attrs: EntityAttrs, st: SentenceState, first: int, last: int, source: str
    ) -> bool:
        m = self._mention(
            st, first, last, attrs.type, kb_id=attrs.kb_id, subtype=attrs.subtype, source=source
        )
        if not self.table.add(key, attrs, m):
            return False
        for i in range(first, last):
            st.used[i] = True
        if attrs.type == "PER":
            st.persons.update(range(first, last))
        return True

    def entry_attrs(
        self, entry: KBEntry, title: str | None = None, title_key: str | None = None
    ) -> EntityAttrs:
        if entry.type == "PER" and title is None and self.on is not None:
            offices = self.kb.offices_of(entry.id, self.on)
            if offices:
                title, title_key = offices[0].title_en, offices[0].title
        return EntityAttrs(
            type=entry.type,
            name_ar=entry.name_ar,
            name_en=entry.name_en,
            kb_id=entry.id,
            subtype=entry.subtype,
            country=entry.country,
            title=title,
            title_key=title_key,
            lat=entry.lat if entry.type in ("GPE", "LOC") else None,
            lon=entry.lon if entry.type in ("GPE", "LOC") else None,
        )

    def _key(self, st: SentenceState, i: int) -> str:
        return st.keys[i][0] if 0 <= i < len(st.keys) else ""

    # ------------------------------------------------------------------ sentence

    def link(self, tokens: Sequence[Token], crf: list[tuple[int, int, str]] | None = None) -> None:
        """Find and link every mention in one sentence; `crf` are its CRF chunks
        (`tag_spans`) when the caller tagged the article's sentences in one batch."""
        gaz = self.res.gazetteer
        keys = gaz.keys(tokens)
        if crf is None:
            crf = tag_spans(self.res.crf.tag_normalised([t.norm for t in tokens]))
        matches = settle(self.res, gaz.find(tokens, keys), tokens, keys, crf)
        st = SentenceState(tokens, keys, {m.first: m for m in matches}, [False] * len(tokens), crf)
        self.sentences.append(st)
        done = 0
        for i in self._starts(st):
            if i >= done:
                nxt = self._at(st, i)
                done = nxt if nxt is not None and nxt > i else i + 1
        self._crf_entities(st)

    def _starts(self, st: SentenceState) -> list[int]:
        """Tokens where `_at` can find something, in order: a gazetteer match, a
        counterpart word, العاصمة, a facility head, إدارة/حكومة/نظام, a name before
        بن. Skipping the rest is what keeps linking fast; `_at` returns None on them
        anyway. A token's kind follows from its normal form (its key does too)."""
        rules = self.res.rules
        cache = rules.start_kinds
        kinds = list(map(cache.get, map(_NORM, st.tokens)))
        if None in kinds:  # words met for the first time: classify each once
            for k, kind in enumerate(kinds):
                if kind is None:
                    norm = st.tokens[k].norm
                    if len(cache) >= WORD_CACHE_LIMIT:
                        cache.clear()
                    kinds[k] = cache[norm] = _start_kind(norm, st.keys[k][0], rules)
        starts = set(st.by_first)
        starts.update(compress(count(), map(_START_HERE.__eq__, kinds)))
        if _START_BEFORE in kinds:
            starts.update(k - 1 for k, kind in enumerate(kinds) if kind == _START_BEFORE and k)
        return sorted(starts)

    def _at(self, st: SentenceState, i: int) -> int | None:
        m = st.by_first.get(i)
        norm = st.tokens[i].norm
        rules = self.res.rules
        nxt = st.tokens[i + 1].norm if i + 1 < len(st.tokens) else ""
        lineage = self._lineage(st, i) if nxt in _SON_OF else None
        if lineage is not None and not any(st.used[i : lineage[2]]):
            person, first, last = lineage
            self._add(person, self.entry_attrs(self.kb.entries[person]), st, first, last, "pattern")
            return last
        if norm in rules.facility_forms:
            done = self._facility(st, i)
            if done is not None:
                return done
        if m is None and norm in rules.party_forms:
            done = self._party(st, i)
            if done is not None:
                return done
        if m is None and (norm in rules.counterparts or norm[1:] in rules.counterparts):
            return self._counterpart(st, i)
        if norm.endswith("عاصمه") and bare_word(norm) == "عاصمه":
            done = self._capital(st, i)
            if done is not None:
                return done
        if st.keys[i][0] in rules.government_of or st.keys[i][0] in rules.administration_of:
            done = self._government_of(st, i)
            if done is not None:
                return done
        if m is None:
            return None
        titles = [self.kb.titles[p.value] for p in m.of("title") if p.value in self.kb.titles]
        if not titles and self._construct_state(st, m.last, st.by_first.get(m.last)):
            titles = [self.kb.titles[p.value] for p in m.of("title_construct")]
        person_titles = [t for t in titles if t.person]
        if person_titles:
            person_titles.sort(key=lambda t: t.honorific)
            done = self._title(st, i, m.last, person_titles[0])
            if done is not None:
                return done
        if m.of("ministry"):
            done = self._ministry(st, m)
            if done is not None:
                return done
        if any(t.key == "delegation" for t in titles):
            done = self._nisba_actor(st, i, m.last)
            if done is not None:
                return done
        return self._entries(st, m)

    # ------------------------------------------------------------------ titles

    def _nisba_at(self, st: SentenceState, j: int) -> tuple[str, int] | None:
        m = st.by_first.get(j)
        if m is None:
            return None
        for p in m.of("entry"):
            if p.form == "nisba":
                return p.value.split(":", 1)[1], m.last
        return None

    def _scope(self, st: SentenceState, j: int, title: Title) -> Scope:
        """What follows a title phrase ending at token j: its state (nisba), its
        organisation, the country an envoy deals with, and where each is written."""
        rules = self.res.rules
        scope = Scope(country=title.country, org=title.org, end=j, title_end=j)
        n = len(st.tokens)
        if title.portfolio:
            j = self._portfolio_end(st, j)
        for _ in range(8):
            if j >= n:
                break
            if self._key(st, j) in rules.title_modifiers:
                j += 1
                continue
            if scope.country is None and scope.org is None:
                nis = self._nisba_at(st, j)
                if nis:
                    scope.country = nis[0]
                    scope.spans.append((j, nis[1], f"country:{nis[0]}"))
                    j = nis[1]
                    continue
                m = st.by_first.get(j)
                org_ids = (
                    [p.value for p in m.of("entry") if p.form in ("full", "abbrev")] if m else []
                )
                orgs = [
                    x
                    for x in org_ids
                    if self.kb.entries[x].type == "ORG" and self.kb.entries[x].country is None
                ]
                if m is not None and orgs and title.scope in ("org", "any"):
                    scope.org = orgs[0]
                    scope.spans.append((j, m.last, orgs[0]))
                    j = m.last
                    continue
                state = self._construct_state(st, j, m)
                if m is not None and state is not None:  # ملك المغرب: the title's state
                    scope.country = state
                    scope.spans.append((j, m.last, f"country:{state}"))
                    j = m.last
                    continue
            if scope.target is None and title.scope in ("any", "state"):
                target = j + 1 if st.tokens[j].norm in rules.for_country else j
                m = st.by_first.get(target)
                if m is not None and (target > j or st.keys[j][1].endswith("ل")):
                    iso = [
                        p.value for p in m.of("entry") if p.form == "full" and country_of(p.value)
                    ]
                    if iso:
                        scope.target = country_of(iso[0])
                        scope.spans.append((target, m.last, iso[0]))
                        j = m.last
                        continue
            break
        scope.end = j
        scope.title_end = scope.spans[0][0] if scope.spans else j
        return scope

    def _portfolio_end(self, st: SentenceState, j: int) -> int:
        """After وزير/وزيرة: up to three definite words of a portfolio no title lists
        (الأسرة, الشؤون الاجتماعية, والعمل) when the state's nisba follows them."""
        rules = self.res.rules
        k = j
        while k < len(st.tokens) and k - j < 3 and k not in st.by_first:
            norm = st.tokens[k].norm
            if not norm.startswith(("ال", "وال")) or self._key(st, k) in rules.not_names:
                break
            k += 1
        return k if k > j and self._nisba_at(st, k) else j

    def _construct_state(self, st: SentenceState, j: int, m: Match | None) -> str | None:
        """The state named at token j in construct after a title word ("أمير قطر",
        "وزير خارجية مصر"): a country's name with no clitic, after a word without ال."""
        if m is None or j == 0 or st.keys[j][1] not in ("", "ال"):
            return None
        if st.tokens[j - 1].norm.startswith(("ال", "وال")):
            return None  # "الرئيس مصر" is no construct
        states = [p.value for p in m.of("entry") if p.form == "full" and country_of(p.value)]
        return country_of(states[0]) if states else None

    def _org_in_title(
        self, st: SentenceState, first: int, last: int, org: str, scope: Scope
    ) -> None:
        """مبعوث الأمم المتحدة, الأمين العام للأمم المتحدة: the organisation written
        inside the title is mentioned too."""
        inner = self.res.gazetteer.find(st.tokens[first:last], st.keys[first:last])
        for m in inner:
            if any(p.kind == "entry" and p.value == org for p in m.payloads):
                scope.spans.insert(0, (first + m.first, first + m.last, org))
                scope.title_end = min(scope.title_end, first + m.first)
                return
        # المبعوث الأممي: the organisation written as an adjective of the title
        for k in range(first, last):
            bare = bare_word(st.tokens[k].norm)
            if len(bare) >= 4 and bare.endswith(("ي", "يه")) and bare not in self.res.common_words:
                scope.spans.insert(0, (k, k + 1, org))
                scope.title_end = min(scope.title_end, k)
                return

    def _add_scope(self, st: SentenceState, scope: Scope, source: str = "nisba") -> None:
        """The state or organisation named inside a title phrase is mentioned too
        ("وزير الخارجية الأردني" mentions Jordan)."""
        for first, last, entry_id in scope.spans:
            entry = self.kb.entries.get(entry_id)
            if entry is not None:
                self._add(entry.id, self.entry_attrs(entry), st, first, last, source)

    def _office(
        self, title: Title, country: str | None, org: str | None, for_country: str | None
    ) -> Office | None:
        """The office of `title` in the state or organisation; the KB falls back to
        the title's role (الرئيس of a monarchy → head of state)."""
        scope = country or org
        if scope is None:
            return None
        office = self.kb.office(scope, title.key, for_country)
        if office is None and for_country is not None:
            office = self.kb.office(scope, title.key)
        return office

    def _name_at(
        self, st: SentenceState, j: int, title_key: str | None, country: str | None
    ) -> tuple[str | None, int, int]:
        """(KB person id or None, first, last) of a name starting at token j; last == j
        when there is none."""
        n = len(st.tokens)
        if j >= n or not st.tokens[j].is_word:
            return None, j, j
        lineage = self._lineage(st, j)
        if lineage is not None:
            return lineage
        m = st.by_first.get(j)
        if m is not None:
            people = [
                p
                for p in m.of("entry")
                if p.form in ("full", "short") and self.kb.entries[p.value].type == "PER"
            ]
            full = [p.value for p in people if p.form == "full"]
            short = [p.value for p in people if p.form == "short"]
            if not full and short and self._longer_name(st, m):
                short = []  # "الدكتور هادي اليامي": another person's first name
            pick = self._pick_person(full or short, title_key, country)
            if pick is not None:
                return pick, j, m.last
            if (m.of("entry") and not people) or m.of("title") or m.of("ministry"):
                return None, j, j
        for s, e, kind in st.crf:
            if s == j and kind == "PERS" and not any(st.used[s:e]):
                e = self._trim_name(
                    st, s, next((k for k in range(s, e) if not self._name_word(st, k)), e)
                )
                if e > s:
                    return self._spelt_otherwise(st, s, e), s, e
        if (
            self._key(st, j) in self.res.first_names
            and self._key(st, j) not in self.res.rules.not_names
        ):
            e = j + 1
            while e < n and e - j < 4 and self._name_word(st, e):
                if self._not_name_evidence(st, e):
                    break
                e += 1
                if self._key(st, e - 1) not in NAME_LINKS:
                    break
            return self._spelt_otherwise(st, j, e) if e > j + 1 else None, j, e
        return None, j, j

    def _lineage(self, st: SentenceState, j: int) -> tuple[str, int, int] | None:
        """A KB person written with a genealogy: X بن Y [بن Z …] [آل W]."""
        n = len(st.tokens)
        if j + 2 >= n or st.tokens[j + 1].norm not in _SON_OF or not st.tokens[j].is_word:
            return None
        first = self._key(st, j)
        third = st.tokens[j + 2].norm
        k = j + 3
        if third == "عبد" and k < n:  # عبد العزيز written in two words
            third, k = third + st.tokens[k].norm, k + 1
        person = self.res.lineages.get((first, "بن", third)) or self.res.lineages.get(
            (st.tokens[j].norm, "بن", third)
        )
        if person is None:
            return None
        while k + 1 < n and st.tokens[k].norm in ("بن", "ابن", "ال"):
            k += 2
            if k < n and st.tokens[k - 1].norm == "عبد":
                k += 1
        return person, j, min(k, n)

    def _name_word(self, st: SentenceState, i: int) -> bool:
        tok = st.tokens[i]
        key = self._key(st, i)
        if (
            not tok.is_word
            or not tok.norm[:1].isalpha()
            or tok.norm.isascii()
            or key in self.res.rules.not_names
            or (tok.norm[:1] in "وف" and tok.norm[1:] in self.res.rules.not_names)  # فقال
        ):
            return False
        m = st.by_first.get(i)
        return m is None or all(
            p.kind == "title_construct" or (p.kind == "entry" and p.form == "short")
            for p in m.payloads
        )

    def _formula(self, key_words: list[str]) -> bool:
        """Two words ending in الله or الدين whose first is no first name (بتوفيق الله,
        رضوان الله عليه, يرزقني الله): a religious formula the tagger reads as a name."""
        return (
            len(key_words) == 2
            and key_words[1] in self.res.rules.compound_seconds
            and key_words[0] not in self.res.first_names
            and key_words[0] not in NAME_LINKS  # عبد الله
        )

    def _compound_cut(self, st: SentenceState, s: int) -> bool:
        """The tagger's name starts at the second half of a compound first name (الله,
        الدين) whose first half, a free name word, it left out."""
        if s == 0 or st.used[s - 1] or self._key(st, s) not in self.res.rules.compound_seconds:
            return False
        first = st.tokens[s - 1]  # فتح: also the movement's name, which it is not here
        return (
            first.is_word
            and first.norm[:1].isalpha()
            and first.norm not in self.res.rules.not_names
        )

    def _trim_name(self, st: SentenceState, s: int, e: int) -> int:
        """End of a name without trailing non-name words or a dangling بن/أبو."""
        while e > s and (not self._name_word(st, e - 1) or self._key(st, e - 1) in NAME_LINKS):
            e -= 1
        return e

    def _pick_person(
        self, ids: list[str], title_key: str | None, country: str | None
    ) -> str | None:
        ids = list(dict.fromkeys(ids))
        if len(ids) <= 1:
            return ids[0] if ids else None
        scored = []
        for pid in ids:
            entry = self.kb.entries[pid]
            offices = self.kb.offices_of(pid, self.on) if self.on else []
            score = (
                2 * any(o.title == title_key for o in offices)
                + (entry.country == country)
                + bool(offices)
            )
            scored.append((-score, pid))
        scored.sort()
        return scored[0][1]

    def _title(self, st: SentenceState, i: int, j: int, title: Title) -> int | None:
        """A title phrase starting at token i (its title words end at j)."""
        scope = self._scope(st, j, title)
        if title.org and j - i > 1:
            self._org_in_title(st, i + 1, j, title.org, scope)
        rules = self.res.rules
        before = bare_word(self._key(st, i - 1)) if i > 0 else ""  # ونائب: نائب
        after = {bare_word(t.norm) for t in st.tokens[j : scope.end]}
        country, org, j = scope.country, scope.org, scope.end
        # نائب الأمين العام, الأمين العام المساعد, الرئيس السابق: not the holder
        deputy = before in rules.deputy_words or bool(after & rules.not_holder_words)
        office = None if deputy else self._office(title, country, org, scope.target)
        person, nf, nl = self._name_at(st, j, None if deputy else title.key, country)
        # royal and honorific titles are written as part of the name (الأمير محمد …)
        first = i if (nf == scope.title_end and (title.honorific or title.key in _ROYAL)) else nf
        title_en = office.title_en if office else (None if title.honorific else title.title_en)
        title_key = office.title if office else (None if title.honorific else title.key)
        if person is not None:
            attrs = self.entry_attrs(self.kb.entries[person])
            if office is not None and self.on and person in self.kb.holders(office.id, self.on):
                attrs = replace(attrs, title=office.title_en, title_key=office.title)
            self._add(person, attrs, st, first, nl, "pattern")
            self._add_scope(st, scope)
            for k in range(i, nf):
                st.used[k] = True
            return nl
        if nl > nf:
            _, _, text = self.span(st, nf, nl)
            actor_country = None if (org or title.scope == "org") else country
            if actor_country is None and title.honorific:
                actor_country = self._title_state(st, nl)  # "الدكتور فلان، وزير … المصري"
            key = "new:PER:" + " ".join(self._key(st, k) for k in range(nf, nl))
            attrs = EntityAttrs(
                type="PER",
                name_ar=text,
                name_en=transliterate(text, self.res.romanisation),
                country=actor_country,
                title=title_en,
                title_key=title_key,
            )
            if key in self.table and self.table.attrs[key].country is None and actor_country:
                self.table.update(key, attrs)
            self._add(key, attrs, st, first, nl, "pattern")
            self._add_scope(st, scope)
            for k in range(i, nf):
                st.used[k] = True
            return nl
        if title.honorific:
            return None
        holder = None if deputy else self._same_title_person(title.key, country, org)
        if holder is None and not deputy and title.key not in self.res.rules.generic_titles:
            holder = self._holder(office)
        if holder is None:
            done = self._title_after_name(st, i, j, scope, None if deputy else title_en)
            if done is not None:
                return done
        if holder is not None:
            attrs = self.table.attrs.get(holder) or self.entry_attrs(self.kb.entries[holder])
            if office is not None and holder.startswith("per:"):
                attrs = replace(attrs, title=office.title_en, title_key=office.title)
            self._named_holder(st, i, holder, attrs)
            self._add(holder, attrs, st, i, scope.title_end, "pattern")
        self._add_scope(st, scope)
        # a title alone is not an entity (eval/GUIDELINES.md §9): its state still is
        return j if (holder is not None or scope.spans) else None

    def _named_holder(self, st: SentenceState, i: int, holder: str, attrs: EntityAttrs) -> None:
        """ "الفريق محمد فريد، رئيس أركان الجيش المصري": a new name right before the
        title that part of the holder's KB name spells is the holder himself."""
        k = i - 1 - (i > 0 and st.tokens[i - 1].text in (",", "،"))
        if k < 0 or not holder.startswith("per:"):
            return
        last = self.table.last_person(st.tokens[i].start)
        if last is None or not last.startswith("new:PER:"):
            return
        if not any(m.end == st.tokens[k].end for m in self.table.mentions[last]):
            return
        entry = self.kb.entries[holder]
        words = set(last.removeprefix("new:PER:").split())
        if any(words <= set(normalise(n).split()) for n in (entry.name_ar, *entry.aliases_ar)):
            self.table.move(last, holder, attrs)

    def _title_after_name(
        self, st: SentenceState, i: int, j: int, scope: Scope, title_en: str | None
    ) -> int | None:
        """ "أحمد معاذ الخطيب، الرئيس الأسبق للائتلاف": a title (tokens i..j) that
        describes the name before it; its organisation or state is that person's
        affiliation, not a party. The end of the phrase, or None."""
        body = self._body_after(st, j) if not scope.spans else None
        country = scope.country or (self.kb.entries[body].country if body else None)
        if not self._apposition(st, i, country, title_en):
            return None
        self._add_scope(st, scope, "affiliation")
        if body is None:
            return j
        end = st.by_first[j].last
        self._add(body, self.entry_attrs(self.kb.entries[body]), st, j, end, "affiliation")
        return end

    def _body_after(self, st: SentenceState, j: int) -> str | None:
        """A state's organisation named right after a title, with لـ ("الرئيس الأسبق
        للائتلاف الوطني السوري"), by its KB id."""
        m = st.by_first.get(j)
        if m is None or st.keys[j][1] not in ("ل", "لل") or any(st.used[j : m.last]):
            return None
        ids = [
            p.value
            for p in m.of("entry")
            if p.form in ("full", "abbrev") and self.kb.entries[p.value].type == "ORG"
        ]
        return ids[0] if len(ids) == 1 and self.kb.entries[ids[0]].country else None

    def _apposition(
        self, st: SentenceState, i: int, country: str | None, title_en: str | None
    ) -> bool:
        """Whether a title at token i follows a person's name (a comma between at
        most). A CRF name that stopped one definite word short of the title takes that
        word (its surname: الخطيب), and the title's state and title."""
        k = i - 1
        if k >= 0 and st.tokens[k].text in (",", "،"):
            k -= 1
        if k < 0:
            return False
        if k in st.persons:
            return True
        for n, (s, e, kind) in enumerate(st.crf):
            if kind != "PERS" or e not in (k + 1, k):
                continue
            if e == k:  # one word between the name and the title
                if (
                    st.used[k]
                    or not st.tokens[k].norm.startswith("ال")
                    or not self._name_word(st, k)
                ):
                    return False
                st.crf[n] = (s, k + 1, kind)
            st.appositions[s] = (country, title_en)
            return True
        return False

    def _spelt_otherwise(self, st: SentenceState, s: int, e: int) -> str | None:
        """The one KB person whose name has the same first word and as many words, each
        other word a spelling variant of it (بوريس جونسن → بوريس جونسون)."""
        words = [st.tokens[k].norm for k in range(s, e)]
        rules = self.res.rules
        # Arab names of one lineage differ by a letter (خالد بن سلطان, خالد بن سلمان;
        # عادل الجبير): only foreign names, without ال or a kinship word, vary so
        if len(words) < 2 or any(w.startswith("ال") or w in NAME_LINKS for w in words):
            return None
        found = {
            pid
            for pid, name in self.res.person_names.get(words[0], ())
            if len(name) == len(words)
            and self.kb.entries[pid].country not in rules.arabic_name_states
            and all(
                _spelling_variant(a, b, rules.variant_vowels, rules.variant_consonants)
                for a, b in zip(words[1:], name[1:], strict=True)
            )
        }
        return found.pop() if len(found) == 1 else None

    def _title_state(self, st: SentenceState, e: int) -> str | None:
        """ "حسام مغازي، وزير الموارد المائية والري المصري": the state that a title the
        KB does not list, right after a new name, ends on (its nisba, or a body of it)."""
        k = e + (e < len(st.tokens) and st.tokens[e].text in (",", "،"))
        if k >= len(st.tokens):
            return None
        head = self._key(st, k)
        if (head[2:] if head.startswith("ال") else head) not in self.res.title_heads:
            return None
        for j in range(k + 1, min(k + 7, len(st.tokens))):
            if not st.tokens[j].is_word:
                return None  # the title phrase ends at a mark
            m = st.by_first.get(j)
            for p in m.of("entry") if m is not None else ():
                entry = self.kb.entries.get(p.value)
                if entry is not None and entry.country and entry.type in ("GPE", "ORG"):
                    return entry.country if p.form == "nisba" or entry.type == "ORG" else None
        return None

    def _holder(self, office: Office | None) -> str | None:
        """The one person holding `office` on the article's date, if the KB knows."""
        if office is None or self.on is None:
            return None
        holders = self.kb.holders(office.id, self.on)
        return holders[0] if len(holders) == 1 else None

    def _same_title_person(
        self, title_key: str, country: str | None, org: str | None
    ) -> str | None:
        """A person of the article with this title in this state (or organisation)."""
        if country is None and org is None:
            return None
        for key, attrs in self.table.attrs.items():
            if attrs.type != "PER" or attrs.title_key is None:
                continue
            if country is not None and attrs.country != country:
                continue
            if org is not None and (attrs.country is not None or not key.startswith("per:")):
                continue
            same = attrs.title_key == title_key
            if same or (title_key == "minister" and attrs.title_key.endswith("minister")):
                return key
        return None

    def _counterpart(self, st: SentenceState, i: int) -> int | None:
        """نظيره الأردني …: the title of the person named last, in the nisba's state."""
        last = self.table.last_person(st.tokens[i].start)
        title_key = self.table.attrs[last].title_key if last else None
        if title_key is None or title_key not in self.kb.titles:
            return None
        norm = st.tokens[i].norm
        if norm not in self.res.rules.counterparts:
            st.keys[i] = (norm[1:], norm[:1])  # بنظيره: the preposition is not part of it
        return self._title(st, i, i + 1, self.kb.titles[title_key])

    # ------------------------------------------------------------------ bodies

    def _ministry(self, st: SentenceState, m: Match) -> int | None:
        """A state body with its country: a form of one state, a nisba, or في + country."""
        forms = m.of("ministry")
        j = m.last
        country = next((p.country for p in forms if p.country), None)
        bare = m.last - m.first == 1 and st.tokens[m.first].norm.startswith("ال")
        before = st.tokens[m.first - 1].norm if m.first > 0 else ""
        if (
            bare
            and country is None
            and before.startswith(("ال", "وال", "بال", "فال"))
            and not st.used[m.first - 1]  # محافظة الأنبار الحكومة العراقية: after a name
        ):
            return None  # الشؤون الداخلية السورية: an adjective, not the ministry
        nis = self._nisba_at(st, j)
        feminine = any(
            self.kb.ministry_templates[p.value].feminine
            for p in forms
            if p.value in self.kb.ministry_templates
        )
        if nis and feminine and st.tokens[j].norm.endswith("ي"):
            nis = None  # وزير الخارجية التونسي: the nisba agrees with وزير, not الخارجية
        if nis and (country is None or nis[0] == country):
            country, j = nis
        elif country is None and j + 1 < len(st.tokens) and st.tokens[j].norm == "في":
            nxt = st.by_first.get(j + 1)
            iso = [country_of(p.value) for p in nxt.of("entry") if p.form == "full"] if nxt else []
            iso = [x for x in iso if x]
            if iso:
                country, j = iso[0], nxt.last  # type: ignore[union-attr]
        if country is None:
            if not bare_word(st.tokens[m.first].norm).startswith("وزاره"):
                return None  # a bare الخارجية/الحكومة without its state names nothing
            start, end, text = self.span(st, m.first, m.last)
            self.bodies.append(Pending(start, end, text, (forms[0].value,), ""))
            for k in range(m.first, m.last):
                st.used[k] = True
            return m.last
        key = next((p.value for p in forms if p.country == country), forms[0].value)
        try:
            entry = self.kb.ministry(country, key)
        except KeyError:
            return None
        self._add(entry.id, self.entry_attrs(entry), st, m.first, j, "pattern")
        return j

    def _capital(self, st: SentenceState, i: int) -> int | None:
        """العاصمة القطرية → Doha: the capital of the nisba's state."""
        nis = self._nisba_at(st, i + 1)
        country = self.kb.entries.get(f"country:{nis[0]}") if nis else None
        capital = self.kb.entries.get(country.parent or "") if country else None
        if nis is None or capital is None:
            return None
        self._add(capital.id, self.entry_attrs(capital), st, i, nis[1], "pattern")
        return nis[1]

    def _facility(self, st: SentenceState, i: int) -> int | None:
        """مطار الملك خالد الدولي, قاعدة إنجرليك الجوية, منفذ الخفجي: a named facility
        (LOC), head noun in construct + a name + optional adjectives."""
        rules = self.res.rules
        n = len(st.tokens)
        j = i + 1
        if j >= n or not st.tokens[j].is_word or st.keys[j][1] not in ("", "ال"):
            return None
        norm = st.tokens[j].norm
        m = st.by_first.get(j)
        titles = [p.value for p in m.of("title")] if m else []
        country: str | None = None
        name_en = ""
        royal = [self.kb.titles[t] for t in titles if t in self.kb.titles]
        if m is not None and any(t.key in _ROYAL for t in royal):
            end = m.last  # مطار الملك خالد, مطار الملك عبد العزيز
            while end < n and end - m.last < 3 and self._name_word(st, end):
                end += 1
                if self._key(st, end - 1) not in NAME_LINKS and st.tokens[end - 1].norm != "عبد":
                    break
            if end == m.last:
                return None
            _, _, who = self.span(st, m.last, end)
            name_en = f"{royal[0].title_en} {transliterate(who, self.res.romanisation)}"
        elif m is not None and any(
            self.kb.entries[p.value].type in ("GPE", "LOC") and p.form != "nisba"
            for p in m.of("entry")
        ):
            places = [
                self.kb.entries[p.value]
                for p in m.of("entry")
                if self.kb.entries[p.value].type in ("GPE", "LOC") and p.form != "nisba"
            ]
            if places[0].subtype not in _TOWN_SUBTYPES:
                return None  # منفذ الأردن, ميناء شبه جزيرة القرم: not a facility's name
            country, end, name_en = places[0].country, m.last, places[0].name_en
        elif (
            (m is None or (m.last == j + 1 and not titles))
            and norm.startswith("ال")
            and len(norm) >= 5
            and norm not in rules.not_facility_names
            and self._key(st, j) not in rules.not_names
            and self.kb.nisba(norm) is None
        ):
            end = j + 1
        else:
            return None
        name_end = end
        while end < n and end - j < 5 and st.tokens[end].norm in rules.facility_adjectives:
            end += 1
        head = st.tokens[i]
        clitic = rules.facility_forms[head.norm]  # وسجن, وبمطار → 1, 2
        strict = head.norm[clitic:] in rules.facility_heads_strict
        if strict and end == name_end and country is None:
            return None  # قاعدة التوافق: a base only with an adjective or a town's name
        if any(st.used[i:end]):
            return None
        start = head.start + (normalise_with_map(head.text)[1][clitic] if clitic else 0)
        text = self.table.text[start : st.tokens[end - 1].end]
        if not name_en:
            name_en = transliterate(self.span(st, j, name_end)[2], self.res.romanisation)
        kind_en = rules.facility_en.get(head.norm[clitic:], "")
        english = [rules.facility_en.get(t.norm, "") for t in st.tokens[name_end:end]]
        english = [w for w in english if w not in kind_en.split()] + [kind_en]
        attrs = EntityAttrs(
            type="LOC",
            subtype="facility",
            name_ar=text,
            name_en=" ".join([name_en, *(w for w in english if w)]),
            country=country,
        )
        words = [head.norm[clitic:]]
        words += [bare_word(self._key(st, k)) for k in range(i + 1, name_end)]
        key = "new:LOC:" + " ".join(words)  # without adjectives: مطار التيفور (العسكري)
        mention = Mention(
            start, start + len(text), text, "LOC", subtype="facility", source="pattern"
        )
        if self.table.add(key, attrs, mention):
            for k in range(i, end):
                st.used[k] = True
        return end

    def _party(self, st: SentenceState, i: int) -> int | None:
        """حزب القطب, حزب العدالة والتنمية المغربي: a party no list holds (ORG), the
        head noun in construct with up to four definite name words and the nisba of
        its country, if one follows."""
        rules, n = self.res.rules, len(st.tokens)
        end = i + 1
        while end < n and end - i <= 4 and not st.used[end] and st.tokens[end].is_word:
            norm = st.tokens[end].norm
            bare = norm[1:] if end > i + 1 and norm.startswith("وال") else norm
            if (  # والحزب الاشتراكي: the next party of a list
                not bare.startswith("ال")
                or len(bare) < 4
                or bare in rules.not_party_names
                or self._key(st, end) in rules.not_names
                or end in st.by_first
            ):
                break
            end += 1
        if end == i + 1:
            return None
        name_end = end
        nisba = self._nisba_at(st, end)
        country = None
        if nisba is not None:
            country, end = nisba
        head = st.tokens[i]
        clitic = rules.party_forms[head.norm]
        start = head.start + (normalise_with_map(head.text)[1][clitic] if clitic else 0)
        text = self.table.text[start : st.tokens[end - 1].end]
        name = transliterate(self.span(st, i + 1, name_end)[2], self.res.romanisation)
        attrs = EntityAttrs(
            type="ORG", subtype="party", name_ar=text, name_en=f"{name} Party", country=country
        )
        words = [head.norm[clitic:]] + [bare_word(self._key(st, k)) for k in range(i + 1, name_end)]
        mention = Mention(start, start + len(text), text, "ORG", subtype="party", source="pattern")
        if not self.table.add("new:ORG:" + " ".join(words), attrs, mention):
            return None
        for k in range(i, end):
            st.used[k] = True
        return end

    def _government_of(self, st: SentenceState, i: int) -> int | None:
        """إدارة ترمب, حكومة الرئيس بشار الأسد, نظام الأسد: the government of the
        person's state; the administration's mention holds the name, the other
        bodies' mention ends before it (the person is linked on his own)."""
        j = i + 1
        m = st.by_first.get(j)
        if m is not None and any(self.kb.titles[p.value].person for p in m.of("title")):
            j = m.last  # حكومة الرئيس …
            m = st.by_first.get(j)
        if m is None:
            return None
        if st.keys[i][0] not in self.res.rules.administration_of:
            done = self._government_of_region(st, i, m)
            if done is not None:
                return done
        people = {
            p.value
            for p in m.of("entry")
            if p.form in ("full", "short") and self.kb.entries[p.value].type == "PER"
        }
        if len(people) != 1:
            return None
        person = people.pop()
        country = self.kb.entries[person].country
        try:
            body = self.kb.ministry(country or "", "government")
        except KeyError:
            return None
        administration = st.keys[i][0] in self.res.rules.administration_of
        end = m.last if administration else m.first
        if any(st.used[i : m.last]):
            return None
        self._add(body.id, self.entry_attrs(body), st, i, end, "pattern")
        if not administration:
            # "قوات نظام بشار الأسد": the person names the government, as a title's
            # state does; he is no actor of his own there
            self._add(
                person,
                self.entry_attrs(self.kb.entries[person]),
                st,
                m.first,
                m.last,
                "affiliation",
            )
        return m.last

    def _government_of_region(self, st: SentenceState, i: int, m: Match) -> int | None:
        """حكومة كاتالونيا, حكومة الشيشان: a region's own government (ORG in the
        region's country), not the region, which is linked on its own. Not a state's
        ("حكومة اليمن" stays the state: measured, reading it as the government body
        lost events) nor a city's (حكومة عدن: the government sitting there)."""
        if any(st.used[i : m.last]) or st.keys[i][1] not in ("", "و", "ف", "ب", "ل"):
            return None
        places = [
            self.kb.entries[p.value]
            for p in m.of("entry")
            if p.form == "full" and self.kb.entries[p.value].type in ("GPE", "LOC")
        ]
        if not places:
            return None
        place = places[0]
        if place.subtype in _TOWN_SUBTYPES or place.subtype == "country" or not place.country:
            return None
        attrs = EntityAttrs(
            type="ORG",
            subtype="gov",
            name_ar=self.span(st, i, m.last)[2],
            name_en=f"Government of {place.name_en}",
            country=place.country,
        )
        if not self._add(f"new:ORG:government:{place.id}", attrs, st, i, m.first, "pattern"):
            return None
        return m.first

    def _nisba_actor(self, st: SentenceState, i: int, j: int) -> int | None:
        """Tokens [i, j) are an actor noun (وفد, مصادر); a nisba after it → the state."""
        nis = self._nisba_at(st, j)
        if nis is None:
            return None
        iso, end = nis
        entry = self.kb.entries.get(f"country:{iso}")
        if entry is None:
            return None
        self._add(entry.id, self.entry_attrs(entry), st, i, end, "nisba")
        return end

    # ------------------------------------------------------------------ KB names

    def _entries(self, st: SentenceState, m: Match) -> int | None:
        payloads = m.of("entry")
        if not payloads:
            return None
        rules = self.res.rules
        forms = {p.form for p in payloads}
        if "nisba" in forms and self._after_definite_noun(st, m.first):
            forms = {"nisba"}  # السياسة السعودية: the adjective, not the name السعودية
        if forms == {"nisba"}:
            if (
                m.first > 0
                and self._key(st, m.first - 1) in rules.nisba_heads
                and not st.used[m.first - 1]
            ):
                return self._nisba_actor(st, m.first - 1, m.first)
            # a state named only by its nisba is mentioned (eval/GUIDELINES.md §9):
            # "غارات أمريكية", "الرئيس الشيشاني", سوري-إسرائيلي
            return self._nisba_actor(st, m.first, m.first)
        named = [p for p in payloads if p.form in ("full", "abbrev")]
        metonyms = [p for p in payloads if p.form == "metonym"]
        shorts = [p for p in payloads if p.form == "short"]
        # a capital may stand for its government; another city (عدن) stays a city
        capital = any(self.kb.entries[p.value].subtype == "capital" for p in named)
        if metonyms and (not named or (capital and self._metonymic(st, m))):
            state = self.kb.entries[metonyms[0].value]
            self._add(state.id, self.entry_attrs(state), st, m.first, m.last, "gazetteer")
            return m.last
        if named:
            entry = self._choose(st, m, [self.kb.entries[p.value] for p in named])
            if entry is None:
                return None
            last = m.last
            nis = self._nisba_at(st, last)
            if entry.type == "ORG" and nis and nis[0] == entry.country:
                last = nis[1]  # وزارة الخارجية والمغتربين السورية: the nisba belongs to the name
            self._add(entry.id, self.entry_attrs(entry), st, m.first, last, "gazetteer")
            return last
        if shorts:
            if self._longer_name(st, m) or self._another_persons_surname(st, m.first):
                return None
            if m.last < len(st.tokens) and self._key(st, m.last) in rules.compound_seconds:
                return None  # فتح الله: the first half of a compound first name
            start, end, text = self.span(st, m.first, m.last)
            key = " ".join(self._key(st, k) for k in range(m.first, m.last))
            crf = any(s <= m.first and m.last <= e and k == "PERS" for s, e, k in st.crf)
            # The tagger alone vouches for a surname only of someone in office at
            # the article's date (or with no office on record): in 2025 "قال
            # المعلم" is a teacher speaking, not the late Syrian minister.
            crf = crf and any(self._serving(p.value) for p in shorts)
            crf = crf or self._key(st, m.first - 1) in rules.short_name_cues
            crf = crf or self._leader_by_surname(key, [p.value for p in shorts])
            # كيري ولافروف: a surname joined by و to a person just named
            crf = crf or (st.keys[m.first][1][:1] == "و" and (m.first - 1) in st.persons)
            self.pending.append(Pending(start, end, text, tuple(p.value for p in shorts), key, crf))
            for k in range(m.first, m.last):
                st.used[k] = True
            return m.last
        return None

    def _longer_name(self, st: SentenceState, m: Match) -> bool:
        """The tagger reads a name going on after a KB short form ("هادي اليامي") with
        a word no list knows: the short form is then another person's first name."""
        nxt = m.last
        if nxt >= len(st.tokens) or nxt in st.by_first or st.tokens[nxt].norm[:1] == "و":
            return False  # "كيري ولافروف": two names, each of its own
        if not any(s <= m.first and nxt < e and k == "PERS" for s, e, k in st.crf):
            return False
        # "وأقال السيسي جنينة": the next word is the surname of a person the article
        # has named in full, so the two words are two people
        return not self._named_surname(st.keys[nxt][0])

    def _named_surname(self, key: str) -> bool:
        """Whether `key` is the last word of a person's full name already met."""
        return any(
            attrs.type == "PER"
            and len(words := attrs.name_ar.split()) >= 2
            and self.res.gazetteer.key(normalise(words[-1]))[0] == key
            for attrs in self.table.attrs.values()
        )

    def _leader_by_surname(self, key: str, people: list[str]) -> bool:
        """A surname that is no first name nor ordinary word, of the one KB person
        who heads a state or government on the article's date: news writes "حظر ترامب"
        or "أردوغان:" without ever giving the full name."""
        if self.on is None or len(set(people)) != 1 or len(key) < 4:
            return False
        if key in self.res.first_names or key in self.res.common_words:
            return False
        return any(
            o.role in ("head_of_state", "head_of_government")
            for o in self.kb.offices_of(people[0], self.on)
        )

    def _another_persons_surname(self, st: SentenceState, i: int) -> bool:
        """A word no mention holds right before a KB surname, the tagger reading both
        as one name ("هشام عباس", "ميلانيا ترامب"): the surname of another person."""
        j = i - 1
        return (
            j >= 0
            and not st.used[j]
            and st.keys[i][1] == ""
            and st.tokens[j].is_word
            and j not in st.by_first
            and any(s <= j and i < e and k == "PERS" for s, e, k in st.crf)
        )

    def _serving(self, person_id: str) -> bool:
        """In office on the article's date, or undated, or without an office on record."""
        if self.on is None or not self.kb.terms_of(person_id):
            return True
        return bool(self.kb.offices_of(person_id, self.on))

    def _after_definite_noun(self, st: SentenceState, i: int) -> bool:
        if i == 0 or st.used[i - 1] or not st.tokens[i - 1].is_word:
            return False
        norm = st.tokens[i - 1].norm
        return norm.startswith(("ال", "وال", "بال", "فال", "لل")) and (i - 1) not in st.by_first

    def _metonymic(self, st: SentenceState, m: Match) -> bool:
        """A capital standing for its government, unless the text places something in
        it (context_rules.yaml `locative_words`, ب, apposition, a dateline)."""
        if st.keys[m.first][1].endswith("ب"):
            return False
        if m.first == 0:
            after = st.tokens[m.last].norm if m.last < len(st.tokens) else ""
            # القاهرة - واس, القاهرة 26 شوال …: a dateline
            return after not in ("-", ":", "(", ",") and not after[:1].isdigit()
        before = st.tokens[m.first - 1].norm
        after = st.tokens[m.last].norm if m.last < len(st.tokens) else ""
        if before in ("-", "/") or after == ":":
            return False  # رويترز- القاهرة: a dateline after the agency's name
        words = self.res.rules.locative_words
        # و, ف and the future marker س before a verb: سيزور موسكو, وسيصل إلى
        bare = before[2:] if before[:2] in ("وس", "فس") else before
        if bare in words or (bare[:1] in "وفس" and bare[1:] in words):
            return False
        return self._nisba_at(st, m.first - 1) is None  # العاصمة القطرية الدوحة

    def _choose(self, st: SentenceState, m: Match, entries: list[KBEntry]) -> KBEntry | None:
        """One entry among those sharing a name: persons and bodies before states,
        states before places; among places, the province after محافظة, else the city."""
        entries = list({e.id: e for e in entries}.values())
        if len(entries) == 1:
            return entries[0]
        prev = self._key(st, m.first - 1)
        places = [e for e in entries if e.type in ("GPE", "LOC") and e.subtype != "country"]
        if prev in self.res.rules.admin_nouns and places:
            admin = [e for e in places if _PLACE_ORDER.get(e.subtype or "", 9) >= 3]
            return (admin or places)[0]
        if prev in self.res.rules.city_nouns and places:
            return min(places, key=lambda e: _PLACE_ORDER.get(e.subtype or "", 9))

        def rank(e: KBEntry) -> tuple[int, int, int]:
            is_country = e.subtype == "country"
            return (
                _TYPE_RANK.get(e.type, 9),
                0 if is_country else 1,
                _PLACE_ORDER.get(e.subtype or "", 9),
            )

        return min(entries, key=rank)

    # ------------------------------------------------------------------ statistical names

    def _crf_plausible(self, st: SentenceState, s: int, e: int, etype: str) -> bool:
        """CRF organisations need a head noun, CRF places a place word before them."""
        rules = self.res.rules
        if etype == "ORG":  # حزب الوفد, not حزب alone nor تنظيم إرهابي
            rest = [t.norm for t in st.tokens[s + 1 : e]]
            return (
                bare_word(st.tokens[s].norm) in rules.crf_org_heads
                and bool(rest)
                and not all(w.endswith(("ي", "يه", "يين", "يون")) for w in rest)
            )
        if etype == "GPE":
            return s > 0 and bare_word(st.tokens[s - 1].norm) in rules.crf_place_cues
        return all(not self._not_name_evidence(st, k) for k in range(s, e))

    def _not_name_evidence(self, st: SentenceState, i: int) -> bool:
        """Signs that a word the CRF put in a name is no name: an adverb or indefinite
        accusative written with tanween (هاتفياً), a dual or plural imperfect verb of a
        three-letter root or longer (يبحثان, يؤكدون; not توران, نعمان)."""
        tok = st.tokens[i]
        norm = tok.norm
        if tok.text.endswith(("اً", "ًا")):
            return True
        if bare_word(norm) in self.res.first_names or norm in self.res.first_names:
            return False
        verb = norm[1:] if norm[:1] in "وف" and len(norm) > 6 else norm
        return len(verb) >= 6 and verb[0] in "يتن" and verb.endswith(("ان", "ون", "وا"))

    def _nationality_before(self, st: SentenceState, s: int) -> str | None:
        """ "التونسي أنيس العامري", "الناشط المصري علاء عبد الفتاح": a masculine
        definite nisba right before a new person's name gives the person's state (the
        feminine السعودية is also the state's own name, so it is not read here)."""
        j = s - 1
        if j < 0 or not st.tokens[j].is_word:
            return None
        norm = st.tokens[j].norm
        if not (norm.startswith("ال") and norm.endswith("ي")):
            return None
        nis = self._nisba_at(st, j)
        return nis[0] if nis is not None and nis[1] == s else None

    def _crf_entities(self, st: SentenceState) -> None:
        """Names the CRF found in tokens no list claimed → entities without kb_id."""
        for s, e, kind in st.crf:
            etype = _CRF_TYPES.get(kind)
            if etype is None or any(st.used[s:e]):
                continue
            while s < e and not self._name_word(st, s):
                s += 1
            if s < e and st.tokens[s].norm in self.res.rules.not_name_starts:
                continue  # "ولله الحمد": a formula, not a name
            e = self._trim_name(st, s, e)
            if etype == "PER":
                # "فريد والرويلي": و + ال inside a name joins two people; "كيم دعت مون":
                # a word that is never a name (a verb) ends it
                e = next(
                    (
                        k
                        for k in range(s + 1, e)
                        if st.tokens[k].norm.startswith("وال")
                        or self._key(st, k) in self.res.rules.not_names
                    ),
                    e,
                )
            if e <= s or any(st.used[s:e]):
                continue
            apposition = st.appositions.get(s, (None, None))
            if etype == "PER" and e > s + 1 and self._compound_cut(st, s):
                s -= 1  # فتح الله غولن: no name starts with the second half of a compound
                # (a lone الله, as in بتوفيق الله, is no name at all)
            key_words = [self._key(st, k) for k in range(s, e)]
            if etype == "PER" and any(self._not_name_evidence(st, k) for k in range(s, e)):
                continue
            if etype == "PER" and self._formula(key_words):
                continue
            if etype == "PER" and len(key_words) == 1:
                # a lone first name (سلمان, إبراهيم) says too little to be an entity
                alone = key_words[0] not in self.res.first_names
                self.pending.append(Pending(*self.span(st, s, e), (), key_words[0], alone))
                continue
            if sum(len(w) for w in key_words) < 3 or not self._crf_plausible(st, s, e, etype):
                continue
            known = self._spelt_otherwise(st, s, e) if etype == "PER" else None
            if known is not None:
                self._add(known, self.entry_attrs(self.kb.entries[known]), st, s, e, "crf")
                continue
            _, _, text = self.span(st, s, e)
            country, title = apposition if etype == "PER" else (None, None)
            if etype == "PER" and country is None:
                country = self._title_state(st, e) or self._nationality_before(st, s)
            attrs = EntityAttrs(
                type=etype,
                name_ar=text,
                name_en=transliterate(text, self.res.romanisation),
                country=country,
                title=title,
            )
            self._add(f"new:{etype}:" + " ".join(key_words), attrs, st, s, e, "crf")


def _spelling_variant(
    a: str, b: str, vowels: frozenset[str], consonants: frozenset[frozenset[str]]
) -> bool:
    """Whether two words are one transliteration apart: a long vowel letter written or
    not (كيسنجر/كيسينجر), one vowel letter for another (تاسك/توسك), or a consonant pair
    that renders the same foreign sound (شتاينتز/شتاينتس); the letters are data
    (context_rules.yaml: variant_vowels, variant_consonants)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return b[i] in vowels and a[i:] == b[i + 1 :]
    pair = frozenset((a[i], b[i]))
    return a[i + 1 :] == b[i + 1 :] and (pair <= vowels or pair in consonants)
