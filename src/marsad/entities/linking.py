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
- names the CRF finds where no list holds them → entities with kb_id null.
Surnames (الشيباني) are left to `coref`, which attaches them once the document's
full names are known.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from marsad.entities.gazetteer import Match, Payload
from marsad.entities.kb import KBEntry, Office, Title
from marsad.entities.recogniser import tag_spans
from marsad.entities.resources import EntityResources
from marsad.entities.table import EntityAttrs, EntityTable
from marsad.entities.translit import transliterate
from marsad.records import Mention, Token
from marsad.text.normalise import normalise_with_map

__all__ = ["NAME_LINKS", "Pending", "SentenceLinker"]

_ADMIN_WORDS = frozenset(
    {"محافظه", "ولايه", "اقليم", "مقاطعه", "منطقه", "المحافظه", "الولايه", "الاقليم", "المنطقه"}
)
_CITY_WORDS = frozenset({"مدينه", "عاصمه", "بلده", "المدينه", "العاصمه", "البلده"})
_PLACE_ORDER = {"capital": 0, "city": 1, "district": 2, "governorate": 3, "province": 3, "state": 3}
NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ام", "عبد", "ال", "اب", "دي", "فان", "فون"})
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
class SentenceState:
    tokens: Sequence[Token]
    keys: list[tuple[str, str]]
    by_first: dict[int, Match]
    used: list[bool]
    crf: list[tuple[int, int, str]] = field(default_factory=list)


def country_of(entry_id: str) -> str | None:
    return entry_id.split(":", 1)[1] if entry_id.startswith("country:") else None


class SentenceLinker:
    """Links the sentences of one article into an `EntityTable`."""

    def __init__(self, res: EntityResources, table: EntityTable, on: date | None) -> None:
        self.res = res
        self.kb = res.kb
        self.table = table
        self.on = on
        self.pending: list[Pending] = []
        self.sentences: list[SentenceState] = []

    # ------------------------------------------------------------------ helpers

    def span(self, st: SentenceState, first: int, last: int) -> tuple[int, int, str]:
        """Character span of tokens [first, last), without a leading non-article clitic."""
        tok = st.tokens[first]
        start = tok.start
        prefix = st.keys[first][1]
        conj = prefix[:-2] if prefix.endswith("ال") else ("" if prefix.endswith("لل") else prefix)
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

    def link(self, tokens: Sequence[Token], tags: Sequence[str] | None = None) -> None:
        """Find and link every mention in one sentence; `tags` are its CRF tags when
        the caller tagged the article's sentences in one batch."""
        gaz = self.res.gazetteer
        keys = gaz.keys(tokens)
        if tags is None:
            tags = self.res.crf.tag_normalised([t.norm for t in tokens])
        crf = tag_spans(tags)
        matches = self._settle(gaz.find(tokens, keys), tokens, keys, crf)
        st = SentenceState(tokens, keys, {m.first: m for m in matches}, [False] * len(tokens), crf)
        self.sentences.append(st)
        i = 0
        while i < len(tokens):
            nxt = self._at(st, i)
            i = nxt if nxt is not None and nxt > i else i + 1
        self._crf_entities(st)

    def _at(self, st: SentenceState, i: int) -> int | None:
        m = st.by_first.get(i)
        norm = st.tokens[i].norm
        rules = self.res.rules
        if m is None and (norm in rules.counterparts or norm[1:] in rules.counterparts):
            return self._counterpart(st, i)
        if m is None:
            return None
        titles = [self.kb.titles[p.value] for p in m.of("title") if p.value in self.kb.titles]
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

    def _scope(
        self, st: SentenceState, j: int, title: Title
    ) -> tuple[str | None, str | None, str | None, int]:
        """(country, org, for_country, next token) after a title phrase ending at j."""
        rules = self.res.rules
        country, org, for_country = title.country, title.org, None
        n = len(st.tokens)
        for _ in range(8):
            if j >= n:
                break
            if self._key(st, j) in rules.title_modifiers:
                j += 1
                continue
            if country is None and org is None:
                nis = self._nisba_at(st, j)
                if nis:
                    country, j = nis
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
                if orgs and title.scope in ("org", "any"):
                    org, j = orgs[0], m.last  # type: ignore[union-attr]
                    continue
            if for_country is None and title.scope in ("any", "state"):
                target = j + 1 if st.tokens[j].norm in rules.for_country else j
                m = st.by_first.get(target)
                if m is not None and (target > j or st.keys[j][1].endswith("ل")):
                    iso = [
                        country_of(p.value)
                        for p in m.of("entry")
                        if p.form == "full" and country_of(p.value)
                    ]
                    if iso:
                        for_country, j = iso[0], m.last
                        continue
            break
        return country, org, for_country, j

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
        m = st.by_first.get(j)
        if m is not None:
            people = [
                p
                for p in m.of("entry")
                if p.form in ("full", "short") and self.kb.entries[p.value].type == "PER"
            ]
            full = [p.value for p in people if p.form == "full"]
            short = [p.value for p in people if p.form == "short"]
            pick = self._pick_person(full or short, title_key, country)
            if pick is not None:
                return pick, j, m.last
            if m.of("entry") or m.of("title") or m.of("ministry"):
                return None, j, j
        for s, e, kind in st.crf:
            if s == j and kind == "PERS" and not any(st.used[s:e]):
                e = next((k for k in range(s, e) if not self._name_word(st, k)), e)
                if e > s:
                    return None, s, e
        if (
            self._key(st, j) in self.res.first_names
            and self._key(st, j) not in self.res.rules.not_names
        ):
            e = j + 1
            while e < n and e - j < 4 and self._name_word(st, e):
                e += 1
                if self._key(st, e - 1) not in NAME_LINKS:
                    break
            return None, j, e
        return None, j, j

    def _name_word(self, st: SentenceState, i: int) -> bool:
        tok = st.tokens[i]
        key = self._key(st, i)
        if (
            not tok.is_word
            or not tok.norm[:1].isalpha()
            or tok.norm.isascii()
            or key in self.res.rules.not_names
        ):
            return False
        m = st.by_first.get(i)
        return m is None or all(p.kind == "entry" and p.form == "short" for p in m.payloads)

    def _trim_name(self, st: SentenceState, s: int, e: int) -> int:
        while e > s and not self._name_word(st, e - 1):
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
        country, org, for_country, j = self._scope(st, j, title)
        office = self._office(title, country, org, for_country)
        person, nf, nl = self._name_at(st, j, title.key, country)
        title_en = office.title_en if office else (None if title.honorific else title.title_en)
        title_key = office.title if office else (None if title.honorific else title.key)
        if person is not None:
            entry = self.kb.entries[person]
            attrs = self.entry_attrs(entry)
            if (
                office is not None
                and self.on is not None
                and person in self.kb.holders(office.id, self.on)
            ):
                attrs = replace(attrs, title=office.title_en, title_key=office.title)
            self._add(person, attrs, st, nf, nl, "pattern")
            for k in range(i, nf):
                st.used[k] = True
            return nl
        if nl > nf:
            _, _, text = self.span(st, nf, nl)
            actor_country = None if (org or title.scope == "org") else country
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
            self._add(key, attrs, st, nf, nl, "pattern")
            for k in range(i, nf):
                st.used[k] = True
            return nl
        if title.honorific:
            return None
        named = self._same_title_person(title.key, country, org)
        if named is not None:
            self._add(named, self.table.attrs[named], st, i, j, "coref")
            return j
        generic = title.key in self.res.rules.generic_titles
        if generic:
            return None
        if office is not None and self.on is not None:
            holders = self.kb.holders(office.id, self.on)
            if len(holders) == 1:
                attrs = replace(
                    self.entry_attrs(self.kb.entries[holders[0]]),
                    title=office.title_en,
                    title_key=office.title,
                )
                self._add(holders[0], attrs, st, i, j, "pattern")
                return j
        if country is not None or org is not None:
            scope_entry = (
                self.kb.entries.get(f"country:{country}")
                if country
                else self.kb.entries.get(org or "")
            )
            scope_name = scope_entry.name_en if scope_entry else (country or org or "")
            key = f"office:{office.id if office else title.key + ':' + (country or org or '')}"
            _, _, text = self.span(st, i, j)
            attrs = EntityAttrs(
                type="PER",
                name_ar=text,
                name_en=f"{title_en} of {scope_name}",
                country=None if org else country,
                title=title_en,
                title_key=title_key,
            )
            self._add(key, attrs, st, i, j, "pattern")
            return j
        return None

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
        if bare and country is None and before.startswith(("ال", "وال", "بال", "فال")):
            return None  # الشؤون الداخلية السورية: an adjective, not the ministry
        nis = self._nisba_at(st, j)
        if nis and (country is None or nis[0] == country):
            country, j = nis
        elif country is None and j + 1 < len(st.tokens) and st.tokens[j].norm == "في":
            nxt = st.by_first.get(j + 1)
            iso = [country_of(p.value) for p in nxt.of("entry") if p.form == "full"] if nxt else []
            iso = [x for x in iso if x]
            if iso:
                country, j = iso[0], nxt.last  # type: ignore[union-attr]
        if country is None:
            return None
        key = next((p.value for p in forms if p.country == country), forms[0].value)
        try:
            entry = self.kb.ministry(country, key)
        except KeyError:
            return None
        self._add(entry.id, self.entry_attrs(entry), st, m.first, j, "pattern")
        return j

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
            if self._in_compound(st, m):
                return self._nisba_actor(st, m.first, m.first)
            return None
        named = [p for p in payloads if p.form in ("full", "abbrev")]
        metonyms = [p for p in payloads if p.form == "metonym"]
        shorts = [p for p in payloads if p.form == "short"]
        if metonyms and (not named or self._verb_next_to(st, m)):
            entry = self.kb.entries[metonyms[0].value]
            self._add(entry.id, self.entry_attrs(entry), st, m.first, m.last, "gazetteer")
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
            start, end, text = self.span(st, m.first, m.last)
            key = " ".join(self._key(st, k) for k in range(m.first, m.last))
            crf = any(s <= m.first and m.last <= e and k == "PERS" for s, e, k in st.crf)
            crf = crf or self._key(st, m.first - 1) in rules.short_name_cues
            self.pending.append(Pending(start, end, text, tuple(p.value for p in shorts), key, crf))
            for k in range(m.first, m.last):
                st.used[k] = True
            return m.last
        return None

    def _in_compound(self, st: SentenceState, m: Match) -> bool:
        """سوري-إسرائيلي, سورية-أردنية-أمريكية: nisbas joined by hyphens name the
        states taking part."""
        n = len(st.tokens)
        return any(
            0 <= other < n
            and 0 <= dash < n
            and st.tokens[dash].norm == "-"
            and self._nisba_at(st, other) is not None
            for dash, other in ((m.first - 1, m.first - 2), (m.last, m.last + 1))
        )

    def _after_definite_noun(self, st: SentenceState, i: int) -> bool:
        if i == 0 or st.used[i - 1] or not st.tokens[i - 1].is_word:
            return False
        norm = st.tokens[i - 1].norm
        return norm.startswith(("ال", "وال", "بال", "فال", "لل")) and (i - 1) not in st.by_first

    def _verb_next_to(self, st: SentenceState, m: Match) -> bool:
        verbs = self.res.rules.metonym_verbs
        for k in (m.first - 1, m.last):
            if 0 <= k < len(st.tokens):
                norm = st.tokens[k].norm
                if norm in verbs or (norm[:1] in "وف" and norm[1:] in verbs):
                    return True
        return False

    def _choose(self, st: SentenceState, m: Match, entries: list[KBEntry]) -> KBEntry | None:
        """One entry among those sharing a name: persons and bodies before states,
        states before places; among places, the province after محافظة, else the city."""
        entries = list({e.id: e for e in entries}.values())
        if len(entries) == 1:
            return entries[0]
        prev = self._key(st, m.first - 1)
        places = [e for e in entries if e.type in ("GPE", "LOC") and e.subtype != "country"]
        if prev in _ADMIN_WORDS and places:
            admin = [e for e in places if _PLACE_ORDER.get(e.subtype or "", 9) >= 3]
            return (admin or places)[0]
        if prev in _CITY_WORDS and places:
            return min(places, key=lambda e: _PLACE_ORDER.get(e.subtype or "", 9))

        def rank(e: KBEntry) -> tuple[int, int, int]:
            is_country = e.subtype == "country"
            return (
                _TYPE_RANK.get(e.type, 9),
                0 if is_country else 1,
                _PLACE_ORDER.get(e.subtype or "", 9),
            )

        return min(entries, key=rank)

    # ------------------------------------------------------------------ context rules

    def _settle(
        self,
        matches: list[Match],
        tokens: Sequence[Token],
        keys: list[tuple[str, str]],
        crf: list[tuple[int, int, str]],
    ) -> list[Match]:
        """Apply ambiguity and needs-a-cue rules to the matches of a sentence.

        A one-word town or province (not a country or capital) is kept only with a
        place word before it or when the CRF also reads the word as a place: many
        such names are ordinary words (الجديدة, الطبقة, حجة)."""
        crf_places = {k for s, e, kind in crf if kind == "LOC" for k in range(s, e)}
        rules = self.res.rules
        out = []
        for m in matches:
            form = " ".join(k for k, _ in keys[m.first : m.last])
            rule = rules.ambiguous.get(form)
            payloads = m.payloads
            if rule is not None:
                payloads = self._apply_rule(rule, m, tokens, keys)
            listed = form in rules.needs_cue
            single = m.last - m.first == 1
            place_read = m.first in crf_places or self._has_cue(m, tokens)
            if (listed or single) and not place_read:
                keep = ("country",) if listed else ("country", "capital")
                payloads = tuple(
                    p
                    for p in payloads
                    if not (
                        p.kind == "entry"
                        and p.form == "full"
                        and self.kb.entries[p.value].type in ("GPE", "LOC")
                        and self.kb.entries[p.value].subtype not in keep
                    )
                )
            if m.last - m.first == 1 and self._function_word(tokens[m.first].norm):
                payloads = tuple(p for p in payloads if p.kind != "entry")
            if payloads:
                out.append(Match(m.first, m.last, payloads))
        return out

    def _function_word(self, norm: str) -> bool:
        """أن, وأن, فمن …: never a name, whatever place shares its spelling."""
        not_names = self.res.rules.not_names
        return norm in not_names or (norm[:1] in "وفبل" and norm[1:] in not_names)

    def _has_cue(self, m: Match, tokens: Sequence[Token]) -> bool:
        """A place noun (مدينة, محافظة …) just before the match."""
        cues = self.res.rules.crf_place_cues
        return any(_bare(tokens[k].norm) in cues for k in range(max(0, m.first - 2), m.first))

    def _apply_rule(
        self, rule: object, m: Match, tokens: Sequence[Token], keys: list[tuple[str, str]]
    ) -> tuple[Payload, ...]:
        from marsad.entities.rules import AmbiguityRule

        assert isinstance(rule, AmbiguityRule)
        words = [k for k, _ in keys]
        chosen: str | None = None
        for reading in rule.readings:
            if any(mark in tokens[m.first].text for mark in reading.marks) or _near(
                words, m.first, m.last, rule.window, reading.before, reading.after
            ):
                chosen = reading.id
                break
        if chosen is None:
            chosen = rule.default
        entries = [p for p in m.payloads if p.kind == "entry"]
        others = tuple(p for p in m.payloads if p.kind != "entry")
        if chosen is not None:
            if chosen not in self.kb.entries:
                return m.payloads
            form = next((p.form for p in entries if p.value == chosen), "full")
            return (
                *others,
                Payload("entry", chosen, "full" if form in ("metonym", "nisba") else form),
            )
        ids = {r.id for r in rule.readings}
        return (*others, *(p for p in entries if p.value not in ids))

    # ------------------------------------------------------------------ statistical names

    def _crf_plausible(self, st: SentenceState, s: int, etype: str) -> bool:
        """CRF organisations need a head noun, CRF places a place word before them."""
        rules = self.res.rules
        if etype == "ORG":
            return _bare(st.tokens[s].norm) in rules.crf_org_heads
        if etype == "GPE":
            return s > 0 and _bare(st.tokens[s - 1].norm) in rules.crf_place_cues
        return True

    def _crf_entities(self, st: SentenceState) -> None:
        """Names the CRF found in tokens no list claimed → entities without kb_id."""
        for s, e, kind in st.crf:
            etype = _CRF_TYPES.get(kind)
            if etype is None or any(st.used[s:e]):
                continue
            while s < e and not self._name_word(st, s):
                s += 1
            e = self._trim_name(st, s, e)
            if e <= s or any(st.used[s:e]):
                continue
            key_words = [self._key(st, k) for k in range(s, e)]
            if etype == "PER" and len(key_words) == 1:
                # a lone first name (سلمان, إبراهيم) says too little to be an entity
                alone = key_words[0] not in self.res.first_names
                self.pending.append(Pending(*self.span(st, s, e), (), key_words[0], alone))
                continue
            if sum(len(w) for w in key_words) < 3 or not self._crf_plausible(st, s, etype):
                continue
            _, _, text = self.span(st, s, e)
            attrs = EntityAttrs(
                type=etype, name_ar=text, name_en=transliterate(text, self.res.romanisation)
            )
            self._add(f"new:{etype}:" + " ".join(key_words), attrs, st, s, e, "crf")


def _bare(norm: str) -> str:
    """A normalised word without a leading conjunction/preposition and article."""
    for prefix in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if norm.startswith(prefix) and len(norm) > len(prefix) + 1:
            return norm[len(prefix) :]
    return norm


def _near(
    words: list[str],
    first: int,
    last: int,
    window: int,
    before: tuple[tuple[str, ...], ...],
    after: tuple[tuple[str, ...], ...],
) -> bool:
    for phrase in before:
        n = len(phrase)
        for end in range(first, max(first - window, 0) - 1, -1):
            if end - n >= 0 and tuple(words[end - n : end]) == phrase:
                return True
    for phrase in after:
        n = len(phrase)
        for start in range(last, min(last + window, len(words)) + 1):
            if tuple(words[start : start + n]) == phrase:
                return True
    return False
