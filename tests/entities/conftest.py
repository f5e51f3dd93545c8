"""A small knowledge base written for these tests, and helpers to run the stage.

The KB is a real `KnowledgeBase` built from records (not the bundled data), so the
tests pin the recogniser's behaviour independently of how the curated KB grows.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from marsad.entities import EntityResult, extract_entities
from marsad.entities.kb import KBEntry, KnowledgeBase, MinistryTemplate, Office, Term, Title
from marsad.entities.resources import EntityResources
from marsad.records import Article
from marsad.text.sentences import split_sentences


def _country(iso3: str, en: str, ar: str, aliases=(), nisba=(), metonyms=(), capital=None):
    return KBEntry(
        id=f"country:{iso3}",
        type="GPE",
        subtype="country",
        name_en=en,
        name_ar=ar,
        aliases_ar=tuple(aliases),
        country=iso3,
        nisba_ar=tuple(nisba),
        metonyms_ar=tuple(metonyms),
        lat=0.0,
        lon=0.0,
        parent=capital,
    )


def _place(pid: str, en: str, ar: str, iso3: str, aliases=(), subtype="city", parent=None):
    return KBEntry(
        id=pid,
        type="GPE",
        subtype=subtype,
        name_en=en,
        name_ar=ar,
        aliases_ar=tuple(aliases),
        country=iso3,
        lat=1.0,
        lon=2.0,
        parent=parent,
    )


def _person(pid: str, en: str, ar: str, iso3: str | None, short=()):
    return KBEntry(
        id=pid,
        type="PER",
        subtype=None,
        name_en=en,
        name_ar=ar,
        short_ar=tuple(short),
        country=iso3,
    )


def build_test_kb() -> KnowledgeBase:
    entries = [
        _country("JOR", "Jordan", "الأردن", nisba=["أردني"], capital="place:amman"),
        _country("SYR", "Syria", "سوريا", aliases=["سورية"], nisba=["سوري"]),
        _country("ISR", "Israel", "إسرائيل", nisba=["إسرائيلي"]),
        _country(
            "USA",
            "United States",
            "الولايات المتحدة",
            aliases=["أمريكا"],
            nisba=["أمريكي", "أميركي"],
            metonyms=["واشنطن"],
        ),
        _country("OMN", "Oman", "عمان", aliases=["سلطنة عمان"], nisba=["عماني"]),
        _country(
            "SAU", "Saudi Arabia", "السعودية", aliases=["المملكة العربية السعودية"], nisba=["سعودي"]
        ),
        _country("LBY", "Libya", "ليبيا", nisba=["ليبي"]),
        _place("place:amman", "Amman", "عمان", "JOR", aliases=["عمّان"], subtype="capital"),
        _place("place:riyadh", "Riyadh", "الرياض", "SAU", subtype="capital"),
        _place("place:washington", "Washington", "واشنطن", "USA", subtype="capital"),
        _place("place:brak", "Brak", "براك", "LBY"),
        _place("place:tabqa", "Tabqa", "الطبقة", "SYR"),
        _place("place:kyiv", "Kyiv", "كييف", "UKR", aliases=["كيف"], subtype="capital"),
        _place(
            "place:sweida-province",
            "Sweida Province",
            "السويداء",
            "SYR",
            aliases=["محافظة السويداء"],
            subtype="province",
        ),
        _place("place:sweida", "Sweida", "السويداء", "SYR", parent="place:sweida-province"),
        KBEntry(
            id="org:sana",
            type="ORG",
            subtype="media",
            name_en="SANA",
            name_ar="الوكالة العربية السورية للأنباء",
            aliases_ar=("سانا",),
            country="SYR",
        ),
        KBEntry(
            id="org:un",
            type="ORG",
            subtype="igo",
            name_en="United Nations",
            name_ar="الأمم المتحدة",
        ),
        _person("per:nasser-judeh", "Nasser Judeh", "ناصر جودة", "JOR", short=["جودة"]),
        _person("per:ayman-safadi", "Ayman Safadi", "أيمن الصفدي", "JOR", short=["الصفدي"]),
        _person("per:walid-al-muallem", "Walid al-Muallem", "وليد المعلم", "SYR", short=["المعلم"]),
        _person(
            "per:asaad-al-shaibani", "Asaad al-Shaibani", "أسعد الشيباني", "SYR", short=["الشيباني"]
        ),
        _person("per:tom-barrack", "Tom Barrack", "توم براك", "USA", short=["براك"]),
        _person("per:ron-dermer", "Ron Dermer", "رون ديرمر", "ISR", short=["ديرمر"]),
        _person("per:abdullah-ii", "Abdullah II", "عبد الله الثاني", "JOR"),
        _person("per:tamim-bin-hamad", "Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني", "QAT"),
        _person(
            "per:hamad-bin-khalifa", "Hamad bin Khalifa Al Thani", "حمد بن خليفة آل ثاني", "QAT"
        ),
    ]
    titles = [
        Title("foreign_minister", "Minister of Foreign Affairs", ("وزير الخارجية",), True),
        Title("minister", "Minister", ("الوزير", "وزير", "وزيرة"), True, portfolio=True),
        Title(
            "strategic_affairs_minister",
            "Minister of Strategic Affairs",
            ("وزير الشؤون الاستراتيجية", "وزير الشؤون الإستراتيجية"),
            True,
        ),
        Title("special_envoy", "Special Envoy", ("المبعوث الخاص", "المبعوث"), True, scope="any"),
        Title("king", "King", ("الملك", "العاهل"), True, role="head_of_state"),
        Title("delegation", "Delegation", ("وفد", "الوفد"), False, scope="any"),
        Title("mr", "Mr", ("السيد",), True, scope="any", honorific=True),
        Title("sheikh", "Sheikh", ("الشيخ",), True, scope="any", honorific=True),
    ]
    offices = [
        Office("JOR.foreign_minister", "foreign_minister", "Minister of Foreign Affairs", "JOR"),
        Office("SYR.foreign_minister", "foreign_minister", "Minister of Foreign Affairs", "SYR"),
        Office(
            "ISR.strategic_affairs_minister",
            "strategic_affairs_minister",
            "Minister of Strategic Affairs",
            "ISR",
        ),
        Office(
            "USA.special_envoy_syria",
            "special_envoy",
            "Special Envoy for Syria",
            "USA",
            target="SYR",
        ),
        Office("JOR.king", "king", "King", "JOR", role="head_of_state"),
    ]
    terms = [
        Term("per:nasser-judeh", "JOR.foreign_minister", date(2009, 2, 23), date(2017, 1, 15)),
        Term("per:ayman-safadi", "JOR.foreign_minister", date(2017, 1, 15), None),
        Term("per:walid-al-muallem", "SYR.foreign_minister", date(2006, 2, 11), date(2020, 11, 16)),
        Term("per:asaad-al-shaibani", "SYR.foreign_minister", date(2024, 12, 21), None),
        Term("per:tom-barrack", "USA.special_envoy_syria", date(2025, 5, 23), None),
        Term("per:ron-dermer", "ISR.strategic_affairs_minister", date(2022, 12, 29), None),
        Term("per:abdullah-ii", "JOR.king", date(1999, 2, 7), None),
    ]
    ministries = [
        MinistryTemplate(
            "mfa",
            "Ministry of Foreign Affairs",
            ("وزارة الخارجية", "الخارجية"),
            country_ar={"SYR": ("وزارة الخارجية والمغتربين",)},
        ),
    ]
    return KnowledgeBase(entries, titles, offices, terms, ministries)


@pytest.fixture(scope="session")
def test_resources() -> EntityResources:
    return EntityResources.load(build_test_kb())


def make_article(text: str, published: str | None = "2025-08-20T09:00:00") -> Article:
    return Article(
        id="t",
        url=None,
        outlet=None,
        title="",
        body=text,
        text=text,
        author=None,
        published=datetime.fromisoformat(published) if published else None,
        fetched_at=None,
        raw="",
        language="ar",
        content_hash="",
    )


def run(
    text: str, res: EntityResources, published: str | None = "2025-08-20T09:00:00"
) -> EntityResult:
    article = make_article(text, published)
    return extract_entities(article, split_sentences(article.text), res)


def by_kb(result: EntityResult) -> dict[str, list[str]]:
    """kb_id → mention texts."""
    return {e.kb_id: [m.text for m in e.mentions] for e in result.entities if e.kb_id}
