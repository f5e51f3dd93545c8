"""Validation of the KB's world coverage: provinces and cities outside the MENA source
files, and the organisations news names worldwide (parties, courts, parliaments,
agencies, outlets, NGOs, armed groups). Schema: docs/resources.md.

The KB is read through the loader here: these tests check facts and the forms that
must stay out, not the file format (test_geo_data.py and test_actor_data.py do that).
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from marsad.entities.kb import KnowledgeBase, load_kb
from marsad.text.normalise import normalise

# Curated provinces of states whose subdivisions no source file gives.
WORLD_ADMIN = ("UKR", "AFG", "NGA", "PAK", "ETH", "RUS", "USA", "IND", "COD")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def forms(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Normalised surface form → entry ids (every kind but nisba)."""
    out: dict[str, set[str]] = defaultdict(set)
    for form in kb.surface_forms():
        if form.kind != "nisba":
            out[form.norm].add(form.entry_id)
    return out


def _ids(forms: dict[str, set[str]], text: str) -> set[str]:
    return forms.get(normalise(text), set())


def test_world_provinces_are_well_formed(kb: KnowledgeBase) -> None:
    for iso3 in WORLD_ADMIN:
        provinces = [
            e
            for e in kb.entries.curated()
            if e.country == iso3
            and e.subtype in ("province", "state", "region")
            and e.type == "GPE"
        ]
        assert len(provinces) >= 3, f"{iso3}: too few provinces"
        for entry in provinces:
            assert entry.lat is not None and entry.lon is not None, entry.id
            assert entry.name_en and entry.name_ar, entry.id
    cities = [e for e in kb.entries.curated() if e.subtype == "city" and e.parent]
    for city in cities:
        parent = kb.entries[city.parent]
        assert parent.country == city.country, f"{city.id}: admin1 {parent.id} of another state"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دونيتسك", {"place:donetsk", "place:donetsk-oblast"}),
        ("لوغانسك", {"place:luhansk", "place:luhansk-oblast"}),
        ("ولاية هلمند", {"place:helmand-province"}),
        ("مزار شريف", {"place:mazar-i-sharif"}),
        ("مايدوغوري", {"place:maiduguri"}),
        ("بيونغيانغ", {"place:pyongyang", "country:PRK"}),  # the capital and its metonym
        ("سبتة", {"place:ceuta"}),
        ("أرض الصومال", {"place:somaliland"}),
        ("بحر الصين الجنوبي", {"place:south-china-sea"}),
        ("بقيق", {"place:abqaiq"}),
    ],
)
def test_world_places_resolve(forms: dict[str, set[str]], text: str, expected: set[str]) -> None:
    assert _ids(forms, text) == expected


def test_world_places_carry_their_state(kb: KnowledgeBase) -> None:
    assert kb.entries["place:donetsk"].country == "UKR"
    assert kb.entries["place:donetsk"].parent == "place:donetsk-oblast"
    assert kb.entries["place:helmand-province"].country == "AFG"
    assert kb.entries["place:ceuta"].country == "ESP"
    assert kb.entries["place:jammu-and-kashmir"].country == "IND"
    pyongyang = kb.entries["place:pyongyang"]
    assert pyongyang.country == "PRK" and pyongyang.subtype == "capital"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("منظمة العفو الدولية", "org:amnesty"),
        ("هيومن رايتش ووتش", "org:hrw"),
        ("يونيسيف", "org:unicef"),
        ("المحكمة الدستورية العليا", "org:egypt-scc"),
        ("المحكمة العليا الإسرائيلية", "org:israel-supreme-court"),
        ("مجلس الدوما", "org:RUS:parliament"),
        ("هيئة الأمر بالمعروف والنهي عن المنكر", "org:saudi-cpvpv"),
        ("حركة طالبان باكستان", "org:ttp"),
        ("وكالة يونهاب", "org:yonhap"),
        ("مراسلون بلا حدود", "org:rsf-ngo"),
        ("حزب بهاراتيا جاناتا", "org:bjp"),
        ("إيكواس", "org:ecowas"),
        ("الانفصاليين الموالين لروسيا", "org:donbas-separatists"),
        ("الوحدات الكردية", "org:ypg"),
        ("المقاومة اليمنية", "org:yemen-popular-resistance"),
        ("التحالف العربي لدعم الشرعية في اليمن", "org:saudi-led-coalition"),
        ("إسماعيل ولد الشيخ", "per:ismail-ould-cheikh-ahmed"),
    ],
)
def test_world_organisations_resolve(forms: dict[str, set[str]], text: str, expected: str) -> None:
    assert _ids(forms, text) == {expected}


def test_justice_and_development_names_two_parties(
    kb: KnowledgeBase, forms: dict[str, set[str]]
) -> None:
    """حزب العدالة والتنمية is Turkey's AKP and Morocco's PJD: both listed, both
    saying how to choose."""
    ids = _ids(forms, "حزب العدالة والتنمية")
    assert ids == {"org:akp", "org:pjd-morocco"}
    assert {kb.entries[i].country for i in ids} == {"TUR", "MAR"}
    assert all(kb.entries[i].disambiguation for i in ids)


def test_national_courts_and_parliaments_name_their_state(kb: KnowledgeBase) -> None:
    for entry in kb.entries.curated():
        if entry.type != "ORG" or entry.subtype not in ("court", "parliament"):
            continue
        international = entry.parent in ("org:un", "org:eu", "org:arab-league") or entry.id in {
            "org:icc", "org:stl", "org:echr", "org:pca", "org:cas-sport", "org:european-parliament",
            "org:arab-parliament",
        }  # fmt: skip
        if not international:
            assert entry.country, f"{entry.id}: a national {entry.subtype} needs its state"


@pytest.mark.parametrize(
    "word",
    [
        "لفيف",  # لفيف من: a crowd of (Lviv only as مدينة لفيف)
        "كانو",  # a Gulf family name (Kano only as مدينة كانو)
        "مقلي",  # fried
        "شوشة",  # a surname
        "كولن",  # Colin
        "يوهان",  # Johann
        "حقل",  # field
        "الوجه",  # the face
        "قوة الردع",  # deterrence power
        "إسرائيل اليوم",  # "Israel today"
        "نادي باريس",  # the football club, not the creditors' club
        "المنطقة منزوعة السلاح",  # any demilitarised zone
        "سلوان",  # consolation (الصبر والسلوان)
        "ميسوري",  # well-off (ميسوري الحال)
        "شرورة",  # normalises to شروره, 'its evils'
        "آسام",  # normalises to a first name
        "صفوى",  # normalises to صفوي, Safavid
        "آفاد",  # normalises to أفاد, 'he stated' (AFAD only by its full name)
        "شوشا",  # بشوشا: cheerful
        "الشدادي",  # a family name
        "يطا",  # read inside وسيطا (mediator) as و+س+يطا
        "آسفي",  # أسفي: my sorrow
        "إصلاحية",  # reformist
        "لجان المقاومة الشعبية",  # Gaza's PRC and Yemen's popular committees alike
    ],
)
def test_ordinary_words_are_no_names(forms: dict[str, set[str]], word: str) -> None:
    assert not _ids(forms, word), f"{word!r} is an ordinary phrase, not a KB name"
