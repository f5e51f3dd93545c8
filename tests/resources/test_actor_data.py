"""Validation of the actor KB: organisations, ministries, titles, offices, people.

The raw YAML is read with PyYAML's safe loader, independently of marsad's loader,
for structure and identifiers; the loaded KB is used for the facts that need the
date logic (terms, holders). Schema: docs/resources.md.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from datetime import date, timedelta
from importlib.resources import files
from itertools import pairwise

import pycountry
import pytest
import yaml

from marsad.entities.kb import KnowledgeBase, load_kb, parse_date
from marsad.text.normalise import normalise

KB_DIR = files("marsad") / "resources" / "kb"
ACTOR_FILES = ("organisations", "people", "offices", "titles", "ministries")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# Uncertain boundaries may overlap by up to this much (dates known to the month).
UNCERTAIN_SLACK = timedelta(days=31)


def _raw(name: str) -> dict:
    return yaml.safe_load((KB_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def raw() -> dict[str, dict]:
    return {name: _raw(name) for name in ACTOR_FILES}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


def _is_country(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None


def _arabic_strings(raw: dict[str, dict]) -> list[tuple[str, str]]:
    """(where, string) for every Arabic name, alias, short form and title/ministry form."""
    out: list[tuple[str, str]] = []
    for section in ("organisations", "people"):
        for item in raw[section][section]:
            for key in ("name_ar", "aliases_ar", "short_ar"):
                values = item.get(key) or []
                for value in [values] if isinstance(values, str) else values:
                    out.append((f"{item['id']}.{key}", value))
    for title in raw["titles"]["titles"]:
        out += [(f"title {title['key']}", form) for form in title["ar"]]
    for tpl in raw["ministries"]["ministries"]:
        out += [(f"ministry {tpl['key']}", form) for form in tpl["ar"]]
        for iso3, forms in (tpl.get("country_ar") or {}).items():
            out += [(f"ministry {tpl['key']}/{iso3}", form) for form in forms]
    return out


def test_every_file_has_a_meta_header(raw):
    for name, data in raw.items():
        assert {"source", "licence"} <= set(data["meta"]), name


def test_ids_are_unique_and_well_formed(raw):
    seen: set[str] = set()
    for section, prefix in (("organisations", "org:"), ("people", "per:")):
        for item in raw[section][section]:
            assert item["id"].startswith(prefix), item["id"]
            assert item["id"] not in seen, f"duplicate id {item['id']}"
            seen.add(item["id"])
    for section, key in (("offices", "id"), ("titles", "key"), ("ministries", "key")):
        keys = [item[key] for item in raw[section][section]]
        assert len(keys) == len(set(keys)), f"duplicate {key} in {section}"


def test_country_codes_are_iso_3166(raw):
    for section in ("organisations", "people", "offices"):
        for item in raw[section][section]:
            code = item.get("country")
            if code is not None:
                assert _is_country(code), f"{item['id']}: bad country {code!r}"
            target = item.get("for")
            if target and ISO3.match(target):
                assert _is_country(target), f"{item['id']}: bad target {target!r}"
    for tpl in raw["ministries"]["ministries"]:
        for code in tpl.get("country_ar") or {}:
            assert _is_country(code), f"ministry {tpl['key']}: bad country {code!r}"
    for title in raw["titles"]["titles"]:
        if title.get("country"):
            assert _is_country(title["country"]), title["key"]


def test_subtypes_are_documented(raw):
    allowed = {
        "igo", "gov", "ministry", "military", "security", "parliament", "party",
        "armed", "media", "agency", "ngo", "court", "religious", "company",
    }  # fmt: skip
    for item in raw["organisations"]["organisations"]:
        assert item["subtype"] in allowed, item["id"]
    for tpl in raw["ministries"]["ministries"]:
        assert tpl.get("subtype", "ministry") in allowed, tpl["key"]


def test_dates_are_well_formed_and_ordered(raw):
    for person in raw["people"]["people"]:
        for term in person.get("offices") or []:
            where = f"{person['id']} {term['office']}"
            for key in ("from", "to"):
                value = term.get(key)
                if value is None:
                    assert key == "to", f"{where}: missing from"
                    continue
                assert isinstance(value, date) or DATE.match(str(value)), f"{where}: {value!r}"
            start = parse_date(term["from"], end=False, source=where)
            end = parse_date(term.get("to"), end=True, source=where)
            assert start is not None and date(1940, 1, 1) <= start <= date(2026, 12, 31), where
            assert end is None or start < end, f"{where}: from {start} is not before to {end}"


def test_single_holder_offices_have_no_overlapping_terms(kb):
    by_office = defaultdict(list)
    for term in kb.terms:
        by_office[term.office].append(term)
    for office_id, terms in by_office.items():
        if not kb.offices[office_id].single_holder:
            continue
        terms.sort(key=lambda t: t.start)
        for before, after in pairwise(terms):
            assert before.end is not None, f"{office_id}: {before.person} never left office"
            slack = UNCERTAIN_SLACK if (before.uncertain or after.uncertain) else timedelta(0)
            assert after.start + slack >= before.end, (
                f"{office_id}: {before.person} until {before.end} overlaps "
                f"{after.person} from {after.start}"
            )


def test_every_reference_resolves(kb, raw):
    for term in kb.terms:
        assert term.office in kb.offices, f"{term.person}: unknown office {term.office}"
    for office in kb.offices.values():
        assert (office.country is None) != (office.org is None), office.id
        assert office.org is None or office.org in kb.entries, f"{office.id}: unknown org"
        assert office.title in kb.titles, office.id
        assert (
            office.target is None
            or not office.target.startswith("org:")
            or (office.target in kb.entries)
        ), f"{office.id}: unknown target {office.target}"
    for item in raw["organisations"]["organisations"]:
        parent = item.get("parent")
        assert parent is None or parent in kb.entries, f"{item['id']}: unknown parent {parent}"
    for title in kb.titles.values():
        assert title.org is None or title.org in kb.entries, title.key


def test_a_title_names_one_office_per_scope_and_target(kb):
    """`office(scope, title, target)` must not have to choose between two offices."""
    seen: dict[tuple, str] = {}
    for office in kb.offices.values():
        scope = office.country or office.org
        keys = [(scope, office.title, office.target)]
        if office.role:
            keys.append((scope, office.role, office.target))
        for key in keys:
            assert key not in seen, f"{office.id} and {seen[key]} share {key}"
            seen[key] = office.id


def test_arabic_strings_are_clean_and_match(raw):
    for where, text in _arabic_strings(raw):
        assert isinstance(text, str) and text.strip() == text and text, f"{where}: {text!r}"
        assert unicodedata.normalize("NFKC", text) == text, f"{where}: not NFKC-clean: {text!r}"
        assert normalise(text).strip(), f"{where}: {text!r} normalises to nothing"
        letters = [c for c in text if c.isalpha()]
        assert letters and all(ARABIC_LETTER.match(c) for c in letters), (
            f"{where}: not Arabic script: {text!r}"
        )
        assert "  " not in text, f"{where}: double space in {text!r}"


def test_abbreviations_normalise(raw):
    for item in raw["organisations"]["organisations"]:
        for abbrev in item.get("abbrev") or []:
            assert normalise(abbrev).strip(), f"{item['id']}: {abbrev!r}"


def test_title_forms_belong_to_one_title(kb):
    owner: dict[str, str] = {}
    for norm, key in kb.title_forms():
        assert owner.setdefault(norm, key) == key, f"{norm!r} is both {owner[norm]} and {key}"


def test_shared_forms_have_a_recorded_rule(kb):
    """A surface form of an actor shared with another entry needs a disambiguation."""
    owners: dict[str, set[str]] = defaultdict(set)
    for form in kb.surface_forms():
        if form.kind != "nisba":
            owners[form.norm].add(form.entry_id)
    for norm, ids in owners.items():
        if len(ids) < 2:
            continue
        for entry_id in ids:
            if entry_id.startswith(("per:", "org:")) and not kb.entries.is_generated(entry_id):
                assert kb.entries[entry_id].disambiguation, (
                    f"{norm!r} is shared by {sorted(ids)}; {entry_id} records no disambiguation"
                )


# Frequent words a surname form must never be (after normalisation): matching
# them would tag ordinary text as a person.
STOPWORDS = {
    normalise(w)
    for w in [
        "في", "من", "على", "إلى", "عن", "مع", "حتى", "بن", "ابن", "أبو", "بنت",
        "ولد", "بعد", "قبل", "هذا", "هذه", "التي", "الذي", "كان", "قال", "أن", "إن",
    ]
}  # fmt: skip


def test_short_forms_are_words_of_a_full_name_and_not_stopwords(kb):
    for entry in kb.entries.curated():
        if entry.type not in ("PER", "ORG"):
            continue
        fulls = [f" {normalise(name)} " for name in (entry.name_ar, *entry.aliases_ar)]
        for short in entry.short_ar:
            norm = normalise(short)
            assert norm not in STOPWORDS, f"{entry.id}: short form {short!r} is a stopword"
            assert any(f" {norm} " in full for full in fulls), (
                f"{entry.id}: short form {short!r} is not part of any full name"
            )


def test_people_have_english_names_and_countries(kb):
    people = [e for e in kb.entries.curated() if e.type == "PER"]
    assert len(people) >= 300
    for person in people:
        assert person.name_en and not ARABIC_LETTER.search(person.name_en), person.id
        assert person.country is None or _is_country(person.country), person.id


@pytest.mark.parametrize(
    ("office", "day", "expected"),
    [
        ("SAU.foreign_minister", date(2015, 8, 3), "per:adel-al-jubeir"),
        ("RUS.foreign_minister", date(2015, 8, 3), "per:sergey-lavrov"),
        ("RUS.foreign_minister", date(2018, 5, 1), "per:sergey-lavrov"),
        ("JOR.foreign_minister", date(2025, 3, 1), "per:ayman-safadi"),
        ("JOR.foreign_minister", date(2025, 11, 1), "per:ayman-safadi"),
        ("org:un.secretary_general", date(2018, 1, 1), "per:antonio-guterres"),
        ("org:un.secretary_general", date(2015, 8, 3), "per:ban-ki-moon"),
        ("SYR.foreign_minister", date(2015, 8, 3), "per:walid-al-muallem"),
        ("SYR.foreign_minister", date(2025, 8, 1), "per:asaad-al-shaibani"),
        ("USA.foreign_minister", date(2015, 8, 3), "per:john-kerry"),
        ("USA.foreign_minister", date(2017, 6, 1), "per:rex-tillerson"),
        ("USA.foreign_minister", date(2018, 6, 1), "per:mike-pompeo"),
        ("USA.foreign_minister", date(2025, 8, 1), "per:marco-rubio"),
        ("IRN.foreign_minister", date(2015, 8, 3), "per:mohammad-javad-zarif"),
        ("EGY.foreign_minister", date(2015, 8, 3), "per:sameh-shoukry"),
        ("SAU.crown_prince", date(2015, 8, 3), "per:mohammed-bin-nayef"),
        ("SAU.deputy_crown_prince", date(2015, 8, 3), "per:mohammed-bin-salman"),
        ("SAU.crown_prince", date(2018, 1, 1), "per:mohammed-bin-salman"),
        ("org:un.un_envoy.SYR", date(2015, 8, 3), "per:staffan-de-mistura"),
        ("org:un.un_envoy.YEM", date(2015, 8, 3), "per:ismail-ould-cheikh-ahmed"),
        ("org:un.un_envoy.LBY", date(2015, 8, 3), "per:bernardino-leon"),
        ("org:un.un_envoy.LBY", date(2018, 1, 1), "per:ghassan-salame"),
        ("org:arab-league.secretary_general", date(2015, 8, 3), "per:nabil-elaraby"),
        ("org:arab-league.secretary_general", date(2018, 1, 1), "per:ahmed-aboul-gheit"),
        ("org:gcc.secretary_general", date(2015, 8, 3), "per:abdullatif-al-zayani"),
        ("TUN.president", date(2018, 1, 1), "per:beji-caid-essebsi"),
        ("TUN.prime_minister", date(2018, 1, 1), "per:youssef-chahed"),
        ("TUN.foreign_minister", date(2018, 1, 1), "per:khemaies-jhinaoui"),
        ("SYR.president", date(2025, 8, 1), "per:ahmed-al-sharaa"),
        ("ISR.strategic_affairs_minister", date(2025, 7, 1), "per:ron-dermer"),
        ("USA.special_envoy.SYR", date(2025, 7, 1), "per:tom-barrack"),
        ("TUR.prime_minister", date(2015, 8, 3), "per:ahmet-davutoglu"),
        # defence and foreign ministers of the smaller Arab League states
        ("KWT.defence_minister", date(2018, 6, 1), "per:nasser-sabah-al-ahmad"),
        ("BHR.defence_minister", date(2015, 8, 3), "per:yusuf-al-jalahma"),
        ("LBY.defence_minister", date(2021, 6, 1), "per:abdul-hamid-dbeibeh"),
        ("SOM.foreign_minister", date(2025, 8, 1), "per:abdisalam-abdi-ali"),
        ("DJI.foreign_minister", date(2025, 8, 1), "per:abdoulkader-houssein-omar"),
        ("MRT.defence_minister", date(2022, 1, 1), "per:hanena-ould-sidi"),
        # corrected or added from the corpus coverage report
        ("IRQ.defence_minister", date(2018, 1, 1), "per:erfan-al-hiyali"),
        ("IRQ.defence_minister", date(2019, 10, 1), "per:najah-al-shammari"),
        ("SAU.finance_minister", date(2015, 8, 3), "per:ibrahim-al-assaf"),
        ("SAU.trade_minister", date(2018, 1, 1), "per:majid-al-qasabi"),
        ("YEM.interior_minister", date(2015, 8, 3), "per:abdo-al-hudhaifi"),
        ("IRN.vice_president", date(2018, 1, 1), "per:eshaq-jahangiri"),
        ("ITA.prime_minister", date(2018, 9, 1), "per:giuseppe-conte"),
        ("NGA.president", date(2015, 8, 3), "per:muhammadu-buhari"),
    ],
)
def test_known_office_holders(kb, office, day, expected):
    assert kb.holders(office, day) == [expected]


def test_broken_plural_nisbas_resolve(kb):
    """أتراك/الروس are read as nisbas of their state; a people without a state is not."""
    assert kb.nisba(normalise("الأتراك")) == "TUR"
    assert kb.nisba(normalise("الروس")) == "RUS"
    assert kb.nisba(normalise("الأمريكان")) == "USA"
    assert kb.nisba(normalise("الأكراد")) is None


def test_offices_of_a_person_follow_the_date(kb):
    before = {o.id for o in kb.offices_of("per:adel-al-jubeir", date(2015, 8, 3))}
    after = {o.id for o in kb.offices_of("per:adel-al-jubeir", date(2020, 1, 1))}
    assert before == {"SAU.foreign_minister"}
    assert after == {"SAU.minister_of_state_foreign_affairs"}
