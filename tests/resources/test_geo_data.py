"""Validation of the geographic KB tables (countries.tsv, places.tsv).

Read with the csv module, independently of the loader, so that a loader bug
cannot hide a data bug (and the reverse). Schema: docs/resources.md.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from importlib.resources import files

import pytest

from marsad.text.normalise import normalise

KB = files("marsad") / "resources" / "kb"
COUNTRY_COLUMNS = [
    "id",
    "iso3",
    "iso2",
    "name_en",
    "name_ar",
    "aliases_ar",
    "nisba_ar",
    "nisba_plural_ar",
    "metonyms_ar",
    "capital",
    "lat",
    "lon",
    "note",
]
PLACE_COLUMNS = [
    "id",
    "type",
    "subtype",
    "name_en",
    "name_ar",
    "aliases_ar",
    "country",
    "admin1",
    "lat",
    "lon",
    "population",
    "note",
]
SUBTYPES = {
    "capital",
    "city",
    "governorate",
    "province",
    "state",
    "district",
    "region",
    "territory",
    "facility",
}
ADMIN_SUBTYPES = {"governorate", "province", "state", "district", "region"}
ARABIC = re.compile(r"[\u0600-\u06FF]")
PRESENTATION_FORMS = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")
ARAB_LEAGUE = (
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM"
)


def read_table(name: str) -> tuple[list[str], list[str], list[dict[str, str]]]:
    """(comment lines, header, rows) of one TSV file."""
    text = (KB / name).read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    reader = csv.DictReader(io.StringIO(body), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    for row in rows:
        assert None not in row and None not in row.values(), f"{name}: wrong column count in {row}"
    return comments, list(reader.fieldnames or []), rows


def split(value: str) -> list[str]:
    return value.split("|") if value else []


@pytest.fixture(scope="module")
def countries() -> list[dict[str, str]]:
    _, header, rows = read_table("countries.tsv")
    assert header == COUNTRY_COLUMNS
    return rows


@pytest.fixture(scope="module")
def places() -> list[dict[str, str]]:
    _, header, rows = read_table("places.tsv")
    assert header == PLACE_COLUMNS
    return rows


def names(row: dict[str, str]) -> list[str]:
    return [row["name_ar"], *split(row["aliases_ar"])]


def by_norm(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        for norm in {normalise(n) for n in names(row)}:
            out[norm].append(row)
    return out


def test_headers_record_sources_and_licences() -> None:
    for name in ("countries.tsv", "places.tsv"):
        comments, _, _ = read_table(name)
        text = " ".join(comments)
        for needle in ("ODbL", "Unicode License", "MIT", "build_geo_kb.py"):
            assert needle in text, f"{name}: header does not mention {needle}"
    assert len((KB / "places.tsv").read_bytes()) < 2_000_000


def test_ids_unique_across_both_files(countries, places) -> None:
    ids = [r["id"] for r in countries + places]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, f"duplicate ids: {sorted(dupes)}"
    assert all(re.fullmatch(r"place:[a-z0-9]+(-[a-z0-9]+)*", r["id"]) for r in places)


def test_countries_are_exactly_iso_3166_1(countries) -> None:
    pycountry = pytest.importorskip("pycountry")
    for row in countries:
        entry = pycountry.countries.get(alpha_3=row["iso3"])
        assert entry is not None, f"not an ISO 3166-1 code: {row['iso3']}"
        assert row["id"] == f"country:{row['iso3']}"
        assert row["iso2"] == entry.alpha_2, row["id"]
        assert row["name_en"].strip(), row["id"]
    assert {r["iso3"] for r in countries} == {c.alpha_3 for c in pycountry.countries}


def test_place_columns_are_well_formed(countries, places) -> None:
    codes = {r["iso3"] for r in countries}
    place_by_id = {r["id"]: r for r in places}
    for row in places:
        assert row["type"] in {"GPE", "LOC"}, row["id"]
        assert row["subtype"] in SUBTYPES, row["id"]
        assert row["country"] == "" or row["country"] in codes, row["id"]
        if row["subtype"] in {"capital", "city", "governorate", "province", "state", "district"}:
            assert row["country"], f"{row['id']}: a {row['subtype']} needs a country"
        if row["admin1"]:
            parent = place_by_id.get(row["admin1"])
            assert parent is not None, f"{row['id']}: unknown admin1 {row['admin1']}"
            assert parent["subtype"] in ADMIN_SUBTYPES, row["id"]
            assert parent["country"] == row["country"], row["id"]
        if row["population"]:
            assert row["population"].isdigit() and int(row["population"]) > 0, row["id"]
    for row in countries:
        if row["capital"]:
            cap = place_by_id.get(row["capital"])
            assert cap is not None, f"{row['id']}: unknown capital {row['capital']}"
            assert cap["country"] == row["iso3"], row["id"]


def test_coordinates_are_floats_in_range(countries, places) -> None:
    for row in countries + places:
        lat, lon = float(row["lat"]), float(row["lon"])  # every row carries a point
        assert -90 <= lat <= 90 and -180 <= lon <= 180, row["id"]
        assert re.fullmatch(r"-?\d+(\.\d+)?", row["lat"]) and re.fullmatch(
            r"-?\d+(\.\d+)?", row["lon"]
        )


def arabic_fields(countries, places):
    for row in countries:
        for col in ("name_ar", "aliases_ar", "nisba_ar", "nisba_plural_ar", "metonyms_ar"):
            for value in split(row[col]):
                yield row["id"], col, value
    for row in places:
        for col in ("name_ar", "aliases_ar"):
            for value in split(row[col]):
                yield row["id"], col, value


def test_arabic_strings_are_clean(countries, places) -> None:
    bad = []
    for rid, col, value in arabic_fields(countries, places):
        problems = []
        if not normalise(value).strip():
            problems.append("normalises to nothing")
        if unicodedata.normalize("NFKC", value) != value or PRESENTATION_FORMS.search(value):
            problems.append("not NFKC / presentation forms")
        if not ARABIC.search(value) or re.search(r"[A-Za-z0-9]", value):
            problems.append("not Arabic script")
        if value != value.strip() or "  " in value:
            problems.append("stray spaces")
        if problems:
            bad.append(f"{rid} {col} {value!r}: {', '.join(problems)}")
    assert not bad, "\n".join(bad)
    for row in countries + places:
        assert row["name_ar"], f"{row['id']}: empty name_ar"


def test_no_duplicate_within_a_row(countries, places) -> None:
    for row in countries + places:
        forms = names(row)
        assert len(forms) == len(set(forms)), f"{row['id']}: repeated alias {forms}"
    for row in countries:
        for col in ("nisba_ar", "nisba_plural_ar", "metonyms_ar"):
            values = split(row[col])
            assert len(values) == len(set(values)), f"{row['id']}: repeated {col}"


def test_shared_names_are_recorded_as_ambiguous(countries, places) -> None:
    unrecorded = []
    for norm, rows in by_norm(countries + places).items():
        if len(rows) < 2:
            continue
        for row in rows:
            same = re.search(r"same_name=([^;]+)", row["note"])
            listed = set(same.group(1).split(",")) if same else set()
            others = {r["id"] for r in rows if r is not row}
            if "ambiguous:" not in row["note"] or not others <= listed:
                unrecorded.append(f"{norm}: {row['id']} does not record {sorted(others - listed)}")
    assert not unrecorded, "\n".join(unrecorded)


def test_common_word_forms_belong_to_the_row(countries, places) -> None:
    for row in countries + places:
        match = re.search(r"common_word=([^;]+)", row["note"])
        if match:
            assert "ambiguous:common_word" in row["note"], row["id"]
            assert set(match.group(1).split(",")) <= set(names(row)), row["id"]


def test_nisba_maps_to_one_country_unless_noted(countries) -> None:
    owners: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in countries:
        for norm in {normalise(n) for n in split(row["nisba_ar"])}:
            owners[norm].append(row)
    for norm, rows in owners.items():
        if len(rows) > 1:
            for row in rows:
                assert any(normalise(n) == norm for n in row["note"].split()), (
                    f"nisba {norm} shared by {[r['id'] for r in rows]} without a note"
                )


def test_broken_plural_nisbas_are_unique_and_not_names(countries, places) -> None:
    """A broken plural (أتراك) names one country's people, never a place or a singular nisba."""
    owners: dict[str, list[str]] = defaultdict(list)
    for row in countries:
        for plural in split(row["nisba_plural_ar"]):
            assert not plural.startswith("ال"), f"{row['id']}: plural {plural} written with ال"
            owners[normalise(plural)].append(row["iso3"])
    shared = {norm: isos for norm, isos in owners.items() if len(isos) > 1}
    assert not shared, f"broken plurals shared by several countries: {shared}"
    singular = {normalise(n) for r in countries for n in split(r["nisba_ar"])}
    named = set(by_norm(countries + places))
    clashes = sorted(set(owners) & (singular | named))
    assert not clashes, f"broken plurals that are also nisbas or place names: {clashes}"


def test_metonyms_are_places_of_their_country(countries, places) -> None:
    index = by_norm(places)
    for row in countries:
        for metonym in split(row["metonyms_ar"]):
            hits = [p for p in index.get(normalise(metonym), []) if p["country"] == row["iso3"]]
            assert hits, f"{row['id']}: metonym {metonym} is not a place of {row['iso3']}"


def test_coverage_of_arab_league_iran_turkey_israel(countries, places) -> None:
    capitals = {r["iso3"]: r["capital"] for r in countries}
    for iso3 in [*ARAB_LEAGUE.split(), "IRN", "TUR", "ISR"]:
        admins = [
            p
            for p in places
            if (p["country"] == iso3 and p["subtype"] in ADMIN_SUBTYPES - {"region"})
            or (p["country"] == iso3 and p["subtype"] == "region" and p["type"] == "GPE")
        ]
        assert admins, f"{iso3}: no subdivisions"
        assert capitals[iso3], f"{iso3}: no capital"
        country = next(r for r in countries if r["iso3"] == iso3)
        assert country["nisba_ar"], f"{iso3}: no nisba"
    assert 240 <= len(countries) <= 260
    assert 1000 <= len(places) <= 5000


def find(rows, name_ar: str, **where: str) -> list[dict[str, str]]:
    norm = normalise(name_ar)
    return [
        r
        for r in rows
        if norm in {normalise(n) for n in names(r)} and all(r[k] == v for k, v in where.items())
    ]


def test_known_facts(countries, places) -> None:
    amman = find(places, "عمّان", country="JOR", subtype="capital")
    assert len(amman) == 1
    assert abs(float(amman[0]["lat"]) - 31.95) < 0.15 and abs(float(amman[0]["lon"]) - 35.91) < 0.15
    oman = find(countries, "عمان")
    assert [r["iso3"] for r in oman] == ["OMN"] and "ambiguous" in oman[0]["note"]

    syria = next(r for r in countries if r["iso3"] == "SYR")
    capital = next(p for p in places if p["id"] == syria["capital"])
    assert capital["name_ar"] == "دمشق"
    assert {"سوريا", "سورية"} <= set(names(syria))

    sweida = find(places, "السويداء", country="SYR")
    assert any(r["subtype"] in ADMIN_SUBTYPES for r in sweida)
    assert any(r["subtype"] == "city" for r in sweida)

    tripoli = find(places, "طرابلس", subtype="capital") + find(places, "طرابلس", subtype="city")
    assert {r["country"] for r in tripoli} >= {"LBY", "LBN"}
    assert all("ambiguous" in r["note"] for r in tripoli)

    plural = {normalise(n): r["iso3"] for r in countries for n in split(r["nisba_plural_ar"])}
    assert plural.get(normalise("أتراك")) == "TUR" and plural.get(normalise("روس")) == "RUS"
    nisba = {normalise(n): r["iso3"] for r in countries for n in split(r["nisba_ar"])}
    assert nisba.get(normalise("سوري")) == "SYR"
    assert nisba.get(normalise("أميركي")) == "USA" and nisba.get(normalise("أمريكي")) == "USA"
    assert nisba.get(normalise("نيجري")) == "NER" and nisba.get(normalise("نيجيري")) == "NGA"

    usa = next(r for r in countries if r["iso3"] == "USA")
    assert {"أمريكا", "أميركا"} <= set(names(usa)) and "واشنطن" in split(usa["metonyms_ar"])
    jeddah = find(places, "جدة", country="SAU")
    assert jeddah and "common_word" in jeddah[0]["note"]
    # a territory is a region (LOC, eval/GUIDELINES.md §9), and news's bare غزة is the Strip
    assert find(places, "قطاع غزة", country="PSE", type="LOC")
    assert find(places, "غزة", country="PSE", type="LOC")
    assert find(places, "الجولان", country="SYR")
