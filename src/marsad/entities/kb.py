"""The actor and place knowledge base, loaded once from `marsad/resources/kb/`.

Entity recognition and linking need fast, typed lookups over curated data:
every Arabic surface form of every country, place, organisation, ministry and
person; nisba adjectives; the title lexicon; and who held which office on a
given date. This module parses the data files (schema in docs/resources.md)
into frozen records and indexes; it does no I/O at import time and
`load_kb()` is cached per process.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any, NamedTuple

import yaml

from marsad.errors import ResourceError
from marsad.text.normalise import normalise

__all__ = [
    "KBEntry",
    "KnowledgeBase",
    "MinistryForm",
    "MinistryTemplate",
    "Office",
    "SurfaceForm",
    "Term",
    "Title",
    "TitleForm",
    "load_kb",
    "nisba_forms",
    "parse_countries_tsv",
    "parse_date",
    "parse_places_tsv",
]

# The base loader resolves no implicit types (every scalar is a string): it is
# several times faster than the safe loader, and the parsers below convert
# nulls, booleans and dates themselves.
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_NULLS = frozenset({"", "null", "~", "Null", "NULL"})


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value in _NULLS)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One linkable thing: a country, place, organisation, ministry or person."""

    id: str
    type: str  # PER | ORG | GPE | LOC
    subtype: str | None
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...] = ()
    short_ar: tuple[str, ...] = ()
    country: str | None = None  # ISO3 the entry acts for / lies in
    lat: float | None = None
    lon: float | None = None
    abbrev: tuple[str, ...] = ()
    metonyms_ar: tuple[str, ...] = ()
    nisba_ar: tuple[str, ...] = ()  # countries only: masculine singular, no ال
    parent: str | None = None  # place: admin1 place id; org: parent org id
    nisba_plural_ar: tuple[str, ...] = ()  # countries: broken plurals (أتراك, روس), no ال
    disambiguation: str | None = None  # recorded rule for a shared surface form
    uncertain: bool = False
    note: str | None = None  # TSV note column (ambiguous:common_word, same_name=…)
    population: int | None = None  # places: inhabitants, from the TSV


@dataclass(frozen=True, slots=True)
class Title:
    """A title or office word ("وزير الخارجية") and what it denotes."""

    key: str
    title_en: str
    ar: tuple[str, ...]
    person: bool  # True for a title a person holds; False for a body (الحكومة, وفد)
    role: str | None = None  # head_of_state | head_of_government | envoy | None
    scope: str = "state"  # state | org | any
    honorific: bool = False  # السيد, الدكتور: precedes a name, denotes no office
    country: str | None = None  # the title itself names the state (خادم الحرمين → SAU)
    org: str | None = None  # the title itself names the organisation (المبعوث الأممي → org:un)
    portfolio: bool = False  # a portfolio no title lists may follow (وزيرة الأسرة التركية)


@dataclass(frozen=True, slots=True)
class Office:
    """A concrete office: a title within a state or an organisation."""

    id: str
    title: str  # Title.key
    title_en: str
    country: str | None = None  # ISO3 of the state, None for IGO offices
    org: str | None = None  # org id for IGO offices
    target: str | None = None  # what it deals with: ISO3 (envoy to Syria), org id or topic
    role: str | None = None
    single_holder: bool = True


@dataclass(frozen=True, slots=True)
class Term:
    """One person's tenure of one office: `start <= day < end` (end None = ongoing)."""

    person: str
    office: str
    start: date
    end: date | None
    uncertain: bool = False
    acting: bool = False


@dataclass(frozen=True, slots=True)
class MinistryTemplate:
    """A kind of state body (ministry, army, parliament …), combined with every
    country into `org:ISO3:key`."""

    key: str
    name_en: str
    ar: tuple[str, ...]
    country_ar: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    subtype: str = "ministry"
    feminine: bool = True  # agrees with a feminine nisba: وزارة الخارجية السورية / الجيش السوري


class SurfaceForm(NamedTuple):
    norm: str
    entry_id: str
    kind: str  # full | short | nisba | metonym | abbrev


class TitleForm(NamedTuple):
    norm: str
    key: str


class MinistryForm(NamedTuple):
    norm: str
    key: str
    country: str | None  # a form used by one state only (وزارة الخارجية والمغتربين → SYR)


# --------------------------------------------------------------------------- nisba


def _inflect_word(word: str) -> list[str]:
    """Gender/number forms of one nisba word ending in ي (سوري → سورية, سوريون …)."""
    if not word.endswith("ي"):
        return [word]
    return [
        word,  # سوري
        word + "ة",  # سورية
        word + "ون",  # سوريون
        word + "ين",  # سوريين (plural and dual oblique)
        word + "ان",  # سوريان
        word + "تان",  # سوريتان
        word + "تين",  # سوريتين
        word + "ات",  # سوريات
    ]


def nisba_forms(masc: str) -> list[str]:
    """Every form of a nisba adjective, with and without ال, as written (not normalised).

    Multi-word nisbas ("كوري جنوبي") inflect every word alike.
    """
    per_word = [_inflect_word(w) for w in masc.split()]
    forms: list[str] = []
    for i in range(max((len(w) for w in per_word), default=0)):
        variant = [w[min(i, len(w) - 1)] for w in per_word]
        forms.append(" ".join(variant))
        forms.append(" ".join("ال" + w for w in variant))
    if per_word:  # the indefinite accusative, never with ال: "وفداً مصرياً"
        forms.append(" ".join(w[0] + "اً" if w[0].endswith("ي") else w[0] for w in per_word))
    return list(dict.fromkeys(forms))


def _title_bases(titles: dict[str, Title]) -> dict[str, str]:
    """Title → the general title its Arabic form begins with, for titles that name
    their own scope: "الأمين العام للأمم المتحدة" (org:un) → "الأمين العام", so that
    the UN's secretary_general office is found from either."""
    forms = [(normalise(ar), t.key) for t in titles.values() for ar in t.ar]
    bases: dict[str, str] = {}
    for title in titles.values():
        if title.org is None and title.country is None:
            continue
        best = ""
        for ar in title.ar:
            own = normalise(ar)
            for form, key in forms:
                if key != title.key and own.startswith(form + " ") and len(form) > len(best):
                    best, bases[title.key] = form, key
    return bases


def _note_values(note: str | None, name: str) -> tuple[str, ...]:
    """The values of a TSV note's `name=a,b` tokens ("common_word=صور", "short=القطاع":
    a form that names the place only in an article that names it in full)."""
    values: list[str] = []
    for part in (note or "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            values += [w.strip() for w in value.replace("|", ",").split(",") if w.strip()]
    return tuple(values)


def _common_words(note: str | None) -> set[str]:
    """Normalised forms a TSV note marks as ordinary words (`common_word=a,b`)."""
    return {normalise(w) for w in _note_values(note, "common_word")}


# --------------------------------------------------------------------------- parsing


def _split(cell: str | None) -> tuple[str, ...]:
    if not cell:
        return ()
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _float(cell: str | None, source: str, line: int) -> float | None:
    if cell is None or not cell.strip():
        return None
    try:
        return float(cell)
    except ValueError as exc:
        raise ResourceError(f"{source}:{line}: not a number: {cell!r}") from exc


def _int(value: str | None, source: str, line: int) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise ResourceError(f"{source}:{line}: not a whole number: {value!r}")
    return int(value)


def _tsv_rows(text: str, source: str, required: Iterable[str]) -> Iterator[tuple[int, dict]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise ResourceError(f"{source}: no header row")
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = set(required) - set(reader.fieldnames or ())
    if missing:
        raise ResourceError(f"{source}: missing columns {sorted(missing)}")
    for number, row in enumerate(reader, start=2):
        if None in row:
            raise ResourceError(f"{source}: row {number} has more cells than the header")
        yield number, row


def parse_countries_tsv(text: str, source: str = "countries.tsv") -> list[KBEntry]:
    """Countries (docs/resources.md schema) as GPE entries with nisba and metonyms."""
    entries = []
    required = ("id", "iso3", "name_en", "name_ar", "aliases_ar", "nisba_ar", "metonyms_ar")
    for line, row in _tsv_rows(text, source, required):
        iso3 = (row.get("iso3") or "").strip()
        if not iso3 or row["id"].strip() != f"country:{iso3}":
            raise ResourceError(f"{source}:{line}: id {row['id']!r} does not match iso3 {iso3!r}")
        entries.append(
            KBEntry(
                id=row["id"].strip(),
                type="GPE",
                subtype="country",
                name_en=row["name_en"].strip(),
                name_ar=row["name_ar"].strip(),
                aliases_ar=_split(row.get("aliases_ar")),
                country=iso3,
                lat=_float(row.get("lat"), source, line),
                lon=_float(row.get("lon"), source, line),
                metonyms_ar=_split(row.get("metonyms_ar")),
                nisba_ar=_split(row.get("nisba_ar")),
                nisba_plural_ar=_split(row.get("nisba_plural_ar")),
                parent=(row.get("capital") or "").strip() or None,
                uncertain="?" in (row.get("note") or ""),
                note=(row.get("note") or "").strip() or None,
                short_ar=_note_values(row.get("note"), "short"),
            )
        )
    return entries


def parse_places_tsv(text: str, source: str = "places.tsv") -> list[KBEntry]:
    """Places (docs/resources.md schema) as GPE/LOC entries."""
    entries = []
    required = ("id", "type", "subtype", "name_en", "name_ar", "aliases_ar", "country")
    for line, row in _tsv_rows(text, source, required):
        kind = row["type"].strip()
        if kind not in {"GPE", "LOC"}:
            raise ResourceError(f"{source}:{line}: type must be GPE or LOC, got {kind!r}")
        entries.append(
            KBEntry(
                id=row["id"].strip(),
                type=kind,
                subtype=row["subtype"].strip() or None,
                name_en=row["name_en"].strip(),
                name_ar=row["name_ar"].strip(),
                aliases_ar=_split(row.get("aliases_ar")),
                country=row["country"].strip() or None,
                lat=_float(row.get("lat"), source, line),
                lon=_float(row.get("lon"), source, line),
                parent=(row.get("admin1") or "").strip() or None,
                disambiguation=(row.get("disambiguation") or "").strip() or None,
                uncertain="?" in (row.get("note") or ""),
                note=(row.get("note") or "").strip() or None,
                population=_int(row.get("population"), source, line),
                short_ar=_note_values(row.get("note"), "short"),
            )
        )
    return entries


def _yaml(text: str, source: str, key: str) -> list[dict[str, Any]]:
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise ResourceError(f"{source}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise ResourceError(f"{source}: expected a top-level list {key!r}")
    if "meta" not in data:
        raise ResourceError(f"{source}: missing the 'meta' header (source, licence)")
    return data[key]


def _opt(value: Any) -> str | None:
    """A nullable scalar: None for YAML null spellings."""
    return None if _is_null(value) else str(value)


def _flag(value: Any, source: str, field_name: str) -> bool:
    """A YAML boolean written true/false (absent = false)."""
    if _is_null(value) or value is False or value == "false":
        return False
    if value is True or value == "true":
        return True
    raise ResourceError(f"{source}: {field_name} must be true or false, got {value!r}")


def _tuple(value: Any) -> tuple[str, ...]:
    if _is_null(value):
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _list(value: Any) -> list[Any]:
    return [] if _is_null(value) else list(value)


def parse_date(value: Any, *, end: bool, source: str) -> date | None:
    """An ISO date, or a `YYYY-MM`/`YYYY` period: its first day, or (end) the day after it."""
    if _is_null(value):
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    try:
        parts = [int(p) for p in text.split("-")]
    except ValueError as exc:
        raise ResourceError(f"{source}: bad date {text!r}") from exc
    try:
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            year, month = parts
            if not end:
                return date(year, month, 1)
            return date(year + month // 12, month % 12 + 1, 1)
        if len(parts) == 1:
            return date(parts[0] + (1 if end else 0), 1, 1)
    except ValueError as exc:
        raise ResourceError(f"{source}: bad date {text!r}") from exc
    raise ResourceError(f"{source}: bad date {text!r}")


def _org_entry(item: dict[str, Any], source: str) -> KBEntry:
    try:
        return KBEntry(
            id=item["id"],
            type="ORG",
            subtype=_opt(item.get("subtype")),
            name_en=item["name_en"],
            name_ar=item["name_ar"],
            aliases_ar=_tuple(item.get("aliases_ar")),
            short_ar=_tuple(item.get("short_ar")),
            country=_opt(item.get("country")),
            abbrev=_tuple(item.get("abbrev")),
            parent=_opt(item.get("parent")),
            disambiguation=_opt(item.get("disambiguation")),
            uncertain=_flag(item.get("uncertain"), source, "uncertain"),
        )
    except KeyError as exc:
        raise ResourceError(f"{source}: organisation {item.get('id')!r} lacks {exc}") from exc


def _term(pid: str, item: dict[str, Any], where: str) -> Term:
    start = parse_date(item["from"], end=False, source=where)
    if start is None:
        raise ResourceError(f"{where}: office {item['office']!r} has no start date")
    return Term(
        person=pid,
        office=item["office"],
        start=start,
        end=parse_date(item.get("to"), end=True, source=where),
        uncertain=_flag(item.get("uncertain"), where, "uncertain"),
        acting=_flag(item.get("acting"), where, "acting"),
    )


def _person(item: dict[str, Any], source: str) -> tuple[KBEntry, list[Term]]:
    try:
        pid = item["id"]
        entry = KBEntry(
            id=pid,
            type="PER",
            subtype=_opt(item.get("subtype")),
            name_en=item["name_en"],
            name_ar=item["name_ar"],
            aliases_ar=_tuple(item.get("aliases_ar")),
            short_ar=_tuple(item.get("short_ar")),
            country=_opt(item.get("country")),
            disambiguation=_opt(item.get("disambiguation")),
            uncertain=_flag(item.get("uncertain"), source, "uncertain"),
        )
        where = f"{source}: {pid}"
        terms = [_term(pid, t, where) for t in _list(item.get("offices"))]
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"{source}: person {item.get('id')!r} lacks {exc}") from exc
    return entry, terms


# --------------------------------------------------------------------------- the KB


class _EntryTable(Mapping[str, KBEntry]):
    """Curated entries plus state bodies (`org:ISO3:key`) generated on first access.

    Generating every country × template eagerly costs more than the rest of the
    load, and a process only ever looks at a few dozen of them.
    """

    def __init__(
        self,
        curated: dict[str, KBEntry],
        templates: Mapping[str, MinistryTemplate],
    ) -> None:
        self._curated = curated
        self._templates = templates
        self._countries = {
            e.country: e for e in curated.values() if e.subtype == "country" and e.country
        }
        self._made: dict[str, KBEntry] = {}

    def __getitem__(self, key: str) -> KBEntry:
        found = self._curated.get(key) or self._made.get(key)
        if found is not None:
            return found
        parts = key.split(":")
        if len(parts) != 3 or parts[0] != "org":
            raise KeyError(key)
        country, tpl = self._countries.get(parts[1]), self._templates.get(parts[2])
        if country is None or tpl is None:
            raise KeyError(key)
        entry = self._make(country, tpl)
        self._made[key] = entry
        return entry

    def __contains__(self, key: object) -> bool:
        try:
            self[key]  # type: ignore[index]
        except (KeyError, TypeError):
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        yield from self._curated
        for iso3 in self._countries:
            for key in self._templates:
                mid = f"org:{iso3}:{key}"
                if mid not in self._curated:
                    yield mid

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def curated(self) -> Iterator[KBEntry]:
        """Entries read from the data files (no generated state bodies)."""
        return iter(self._curated.values())

    def is_generated(self, entry_id: str) -> bool:
        return entry_id not in self._curated and entry_id in self

    @staticmethod
    def _make(country: KBEntry, tpl: MinistryTemplate) -> KBEntry:
        iso3 = country.country or ""
        nisba = country.nisba_ar[0] if country.nisba_ar else None
        if nisba and " " not in nisba:
            ar = f"{tpl.ar[0]} ال{nisba}{'ة' if tpl.feminine else ''}"
        else:
            ar = f"{tpl.ar[0]} في {country.name_ar}"
        return KBEntry(
            id=f"org:{iso3}:{tpl.key}",
            type="ORG",
            subtype=tpl.subtype,
            name_en=f"{tpl.name_en} of {country.name_en}",
            name_ar=ar,
            aliases_ar=tpl.country_ar.get(iso3, ()),
            country=iso3,
            parent=country.id,
        )


class KnowledgeBase:
    """Read-only lookups over the whole KB; build it with `load_kb()`."""

    def __init__(
        self,
        entries: Iterable[KBEntry],
        titles: Iterable[Title],
        offices: Iterable[Office],
        terms: Iterable[Term],
        ministries: Iterable[MinistryTemplate],
    ) -> None:
        curated: dict[str, KBEntry] = {}
        for entry in entries:
            if entry.id in curated:
                raise ResourceError(f"knowledge base: duplicate id {entry.id!r}")
            curated[entry.id] = entry
        self.titles: dict[str, Title] = {t.key: t for t in titles}
        self._title_base = _title_bases(self.titles)
        self.offices: dict[str, Office] = {o.id: o for o in offices}
        self.ministry_templates: dict[str, MinistryTemplate] = {m.key: m for m in ministries}
        self.entries = _EntryTable(curated, self.ministry_templates)
        self._nisba: dict[str, tuple[str, ...]] = {}
        self._nisba_common: set[str] = set()
        for entry in curated.values():
            if entry.subtype == "country" and entry.country:
                self._index_nisba(entry, entry.country)
        self.terms: tuple[Term, ...] = tuple(sorted(terms, key=lambda t: (t.office, t.start)))
        self._by_office: dict[str, list[Term]] = defaultdict(list)
        self._by_person: dict[str, list[Term]] = defaultdict(list)
        for term in self.terms:
            self._by_office[term.office].append(term)
            self._by_person[term.person].append(term)
        self._starts = {k: [t.start for t in v] for k, v in self._by_office.items()}
        self._office_index: dict[tuple[str, str], list[Office]] = defaultdict(list)
        for office in self.offices.values():
            scope = office.country or office.org or ""
            self._office_index[(scope, office.title)].append(office)
            if office.role:
                self._office_index[(scope, office.role)].append(office)

    def _index_nisba(self, country: KBEntry, iso3: str) -> None:
        """Every nisba form of a country, flagged when the note calls it an ordinary word."""
        common = _common_words(country.note)
        forms = [(m, f) for m in country.nisba_ar for f in nisba_forms(m)]
        forms += [(p, f) for p in country.nisba_plural_ar for f in (p, "ال" + p)]
        for base, form in forms:
            norm = normalise(form)
            if iso3 not in self._nisba.get(norm, ()):
                self._nisba[norm] = (*self._nisba.get(norm, ()), iso3)
            if normalise(base) in common:
                self._nisba_common.add(norm)

    # ---- surface forms

    def surface_forms(self) -> Iterator[SurfaceForm]:
        """Every (normalised form, entry id, kind), for the gazetteer automaton.

        Generated ministries are not listed: their forms depend on a country
        named next to them (see `ministry_forms`), except country-specific
        names (وزارة الخارجية والمغتربين), which are listed as `full`.
        """
        for entry in self.entries.curated():
            seen: set[tuple[str, str]] = set()
            for kind, names in (
                ("full", (entry.name_ar, *entry.aliases_ar)),
                ("short", entry.short_ar),
                ("abbrev", entry.abbrev),
                ("metonym", entry.metonyms_ar),
            ):
                for name in names:
                    key = (normalise(name), kind)
                    if key not in seen:
                        seen.add(key)
                        yield SurfaceForm(key[0], entry.id, kind)
        for tpl in self.ministry_templates.values():
            for iso3, forms in tpl.country_ar.items():
                mid = f"org:{iso3}:{tpl.key}"
                if mid in self.entries and self.entries.is_generated(mid):
                    for name in forms:
                        yield SurfaceForm(normalise(name), mid, "full")
        for norm, countries in self._nisba.items():
            for iso3 in countries:
                yield SurfaceForm(norm, f"country:{iso3}", "nisba")

    def nisba(self, norm: str) -> str | None:
        """ISO3 of the country a (normalised) nisba form refers to: السوريين → SYR.

        None when the form is no nisba or is shared by several countries
        (الكونغولي: COG and COD); see `nisba_countries`.
        """
        countries = self._nisba.get(norm, ())
        return countries[0] if len(countries) == 1 else None

    def nisba_countries(self, norm: str) -> tuple[str, ...]:
        """Every country a nisba form may refer to."""
        return self._nisba.get(norm, ())

    def nisba_is_common_word(self, norm: str) -> bool:
        """The nisba form is also an ordinary word (المالية 'financial' / Malian):
        trust it only next to a title or a state body (وزير الخارجية المالي)."""
        return norm in self._nisba_common

    def title_forms(self) -> Iterator[TitleForm]:
        """Every (normalised title form, title key)."""
        for title in self.titles.values():
            for form in title.ar:
                yield TitleForm(normalise(form), title.key)

    def ministry_forms(self) -> Iterator[MinistryForm]:
        """Every (normalised ministry form, template key, country or None)."""
        for tpl in self.ministry_templates.values():
            for form in tpl.ar:
                yield MinistryForm(normalise(form), tpl.key, None)
            for iso3, forms in tpl.country_ar.items():
                for form in forms:
                    yield MinistryForm(normalise(form), tpl.key, iso3)

    def ministry(self, country_iso3: str, key: str) -> KBEntry:
        """The state body `key` of a country (`org:SYR:mfa`, `org:ISR:army`); KeyError
        when unknown."""
        return self.entries[f"org:{country_iso3}:{key}"]

    # ---- offices

    def office(self, scope: str, title_key: str, target: str | None = None) -> Office | None:
        """The office a title denotes in a state (ISO3) or an organisation (org id).

        `target` selects among targeted offices (US envoy *to Syria*: target
        SYR); without it only untargeted offices match. When the scope has no
        office with the title itself, the title's role is tried: "الرئيس" with
        a Saudi nisba finds no SAU.president and falls back to the head of
        state. `title_key` may also be a role (head_of_state).
        """
        title = self.titles.get(title_key)
        for key in (title_key, title.role if title else None, self._title_base.get(title_key)):
            if key is None:
                continue
            for office in self._office_index.get((scope, key), ()):
                if office.target == target:
                    return office
        return None

    def holders(self, office_id: str, on: date) -> list[str]:
        """Person ids holding `office_id` on day `on`."""
        terms = self._by_office.get(office_id, [])
        upto = bisect_right(self._starts.get(office_id, []), on)
        return [t.person for t in terms[:upto] if t.end is None or on < t.end]

    def offices_of(self, person_id: str, on: date) -> list[Office]:
        """Offices `person_id` held on day `on`."""
        return [
            self.offices[t.office]
            for t in self._by_person.get(person_id, [])
            if t.start <= on and (t.end is None or on < t.end) and t.office in self.offices
        ]

    def terms_of(self, person_id: str) -> list[Term]:
        """All of a person's terms, for display and validation."""
        return list(self._by_person.get(person_id, []))


# --------------------------------------------------------------------------- loading


def _read(name: str) -> str | None:
    resource = files("marsad") / "resources" / "kb" / name
    if not resource.is_file():
        return None
    return resource.read_text(encoding="utf-8")


def _require(name: str) -> str:
    text = _read(name)
    if text is None:
        raise ResourceError(f"resources/kb/{name}: missing")
    return text


def _titles(text: str, source: str) -> list[Title]:
    out = []
    for item in _yaml(text, source, "titles"):
        try:
            out.append(
                Title(
                    key=item["key"],
                    title_en=item["title_en"],
                    ar=_tuple(item["ar"]),
                    person=item.get("person", "true") == "true",
                    role=_opt(item.get("role")),
                    scope=item.get("scope", "state"),
                    honorific=_flag(item.get("honorific"), source, "honorific"),
                    country=_opt(item.get("country")),
                    org=_opt(item.get("org")),
                    portfolio=_flag(item.get("portfolio"), source, "portfolio"),
                )
            )
        except KeyError as exc:
            raise ResourceError(f"{source}: title {item.get('key')!r} lacks {exc}") from exc
    return out


def _offices(text: str, source: str, titles: Mapping[str, Title]) -> list[Office]:
    out = []
    for item in _yaml(text, source, "offices"):
        try:
            title = titles[item["title"]]
        except KeyError as exc:
            raise ResourceError(
                f"{source}: office {item.get('id')!r}: unknown title {exc}"
            ) from exc
        out.append(
            Office(
                id=item["id"],
                title=title.key,
                title_en=item.get("title_en", title.title_en),
                country=_opt(item.get("country")),
                org=_opt(item.get("org")),
                target=_opt(item.get("for")),
                role=_opt(item["role"]) if "role" in item else title.role,
                single_holder=item.get("single_holder", "true") != "false",
            )
        )
    return out


def _ministries(text: str, source: str) -> list[MinistryTemplate]:
    out = []
    for item in _yaml(text, source, "ministries"):
        try:
            out.append(
                MinistryTemplate(
                    key=item["key"],
                    name_en=item["name_en"],
                    ar=_tuple(item["ar"]),
                    country_ar={k: _tuple(v) for k, v in (item.get("country_ar") or {}).items()},
                    subtype=item.get("subtype", "ministry"),
                    feminine=item.get("feminine", "true") != "false",
                )
            )
        except KeyError as exc:
            raise ResourceError(f"{source}: ministry {item.get('key')!r} lacks {exc}") from exc
    return out


@cache
def load_kb() -> KnowledgeBase:
    """The bundled knowledge base, parsed once per process.

    countries.tsv and places.tsv are optional (loaded when present); the YAML
    files are required.
    """
    entries: list[KBEntry] = []
    countries = _read("countries.tsv")
    if countries is not None:
        entries += parse_countries_tsv(countries, "resources/kb/countries.tsv")
    places = _read("places.tsv")
    if places is not None:
        entries += parse_places_tsv(places, "resources/kb/places.tsv")
    src = "resources/kb/organisations.yaml"
    entries += [
        _org_entry(i, src) for i in _yaml(_require("organisations.yaml"), src, "organisations")
    ]
    terms: list[Term] = []
    src = "resources/kb/people.yaml"
    for item in _yaml(_require("people.yaml"), src, "people"):
        entry, person_terms = _person(item, src)
        entries.append(entry)
        terms += person_terms
    titles = _titles(_require("titles.yaml"), "resources/kb/titles.yaml")
    offices = _offices(
        _require("offices.yaml"), "resources/kb/offices.yaml", {t.key: t for t in titles}
    )
    ministries = _ministries(_require("ministries.yaml"), "resources/kb/ministries.yaml")
    return KnowledgeBase(entries, titles, offices, terms, ministries)
