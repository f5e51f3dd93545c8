"""Facilities, accusative nisbas, titles that name their organisation, لل inside
names, and verb/adverb evidence against CRF persons."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.entities.kb import KBEntry, KnowledgeBase, MinistryTemplate, Office, Term, Title
from marsad.entities.resources import EntityResources

from .conftest import _person, build_test_kb, by_kb, run


@pytest.fixture(scope="module")
def res() -> EntityResources:
    base = build_test_kb()
    # curated entries only (generated ministries are rebuilt from the templates)
    entries = [e for e in base.entries.values() if e.id.count(":") == 1]
    entries.append(_person("per:ban-ki-moon", "Ban Ki-moon", "بان كي مون", None))
    entries.append(_person("per:trump", "Donald Trump", "دونالد ترامب", "USA", short=["ترامب"]))
    entries.append(
        KBEntry("place:taiz", "GPE", "city", "Taiz", "تعز", country="YEM", population=940600)
    )
    entries.append(
        KBEntry("place:darb", "GPE", "town", "Darb", "درب", country="YEM", population=5000)
    )
    entries.append(
        KBEntry(
            "org:nc",
            "ORG",
            "opposition",
            "Syrian National Coalition",
            "الائتلاف الوطني",
            country="SYR",
        )
    )
    titles = [
        *base.titles.values(),
        Title("secretary_general", "Secretary-General", ("الأمين العام",), True, scope="org"),
        Title(
            "un_secretary_general",
            "UN Secretary-General",
            ("الأمين العام للأمم المتحدة",),
            True,
            scope="org",
            org="org:un",
        ),
        Title("un_envoy", "UN Envoy", ("المبعوث الأممي",), True, scope="any", org="org:un"),
    ]
    offices = [
        *base.offices.values(),
        Office("org:un.secretary_general", "secretary_general", "Secretary-General", org="org:un"),
        Office("USA.president", "president", "President", country="USA", role="head_of_state"),
    ]
    terms = [
        Term("per:ban-ki-moon", "org:un.secretary_general", date(2007, 1, 1), date(2017, 1, 1)),
        Term("per:trump", "USA.president", date(2017, 1, 20), date(2021, 1, 20)),
    ]
    ministries = [
        *base.ministry_templates.values(),
        MinistryTemplate("government", "Government", ("الحكومة",), subtype="gov"),
    ]
    kb = KnowledgeBase(entries, titles, offices, terms, ministries)
    return EntityResources.load(kb)


def _types(result):
    return {(e.type, e.name_ar) for e in result.entities}


def test_named_facility_is_a_place(res):
    result = run("هبطت الطائرة في مطار الملك خالد الدولي ثم في وبمطار الرياض", res)
    facilities = [e for e in result.entities if e.subtype == "facility"]
    assert [m.text for e in facilities for m in e.mentions] == [
        "مطار الملك خالد الدولي",
        "مطار الرياض",
    ]
    assert all(e.type == "LOC" for e in facilities)
    assert not any(e.type == "PER" for e in result.entities)


def test_facility_head_in_an_ordinary_phrase_is_nothing(res):
    result = run("اتفقوا على قاعدة التوافق وسد الثغرات في مطار العاصمة", res)
    assert not [e for e in result.entities if e.subtype == "facility"]


def test_indefinite_accusative_nisba_names_the_state(res):
    kb = by_kb(run("استقبل الوزير وفداً سعودياً أمس", res))
    assert kb["country:SAU"] == ["وفداً سعودياً"]


def test_title_naming_its_organisation_finds_the_office_and_the_organisation(res):
    kb = by_kb(run("دعا الأمين العام للأمم المتحدة الأطراف إلى التهدئة", res, "2015-08-03"))
    assert kb["per:ban-ki-moon"] == ["الأمين العام"]
    assert kb["org:un"] == ["للأمم المتحدة"]


def test_organisation_adjective_in_a_title(res):
    kb = by_kb(run("قال المبعوث الأممي إن المحادثات ستستأنف", res))
    assert kb["org:un"] == ["الأممي"]


def test_dual_verb_and_adverb_are_not_a_person(res):
    result = run("والرئيسان يبحثان هاتفياً العلاقات الثنائية", res)
    assert not any(e.type == "PER" for e in result.entities)


def test_facility_english_name(res):
    result = run("هبطت الطائرة في مطار الملك خالد الدولي", res)
    (facility,) = [e for e in result.entities if e.subtype == "facility"]
    assert facility.name_en.startswith("King ")
    assert facility.name_en.endswith(" International Airport")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت واشنطن إنها ترفض القرار", "country:USA"),
        ("رويترز- واشنطن: قالت مصادر إن", "place:washington"),
        ("قال إن الوزير سيزور واشنطن الأسبوع المقبل", "place:washington"),
    ],
)
def test_capital_as_government_or_as_place(res, text, expected):
    assert expected in by_kb(run(text, res))


def test_body_named_after_its_leader(res):
    kb = by_kb(run("وقالت إدارة براك إن", res))
    assert kb["org:USA:government"] == ["إدارة براك"]
    assert "per:tom-barrack" not in kb
    result = run("واتهمت حكومة الوزير أيمن الصفدي", res)
    kb = by_kb(result)
    assert kb["org:JOR:government"] == ["حكومة الوزير"]
    assert kb["per:ayman-safadi"] == ["أيمن الصفدي"]
    # the person names the body: no actor of his own there
    sources = {m.text: m.source for m, _ in result.mentions}
    assert sources["أيمن الصفدي"] == "affiliation"


def test_government_of_a_region_named_in_construct(res):
    result = run("وقالت حكومة محافظة السويداء إن", res)
    [gov] = [e for e in result.entities if e.subtype == "gov"]
    assert (gov.type, gov.name_en, gov.country) == ("ORG", "Government of Sweida Province", "SYR")
    assert by_kb(result)["place:sweida-province"] == ["محافظة السويداء"]


def test_a_body_after_a_place_name_is_no_adjective(res):
    kb = by_kb(run("طالب أهالي محافظة السويداء الحكومة الأردنية بالتدخل", res))
    assert kb["org:JOR:government"] == ["الحكومة الأردنية"]


def test_a_title_after_a_name_is_its_apposition(res):
    result = run("التقى الوزير وليد المعلم، الأمين العام السابق للائتلاف الوطني، في باريس", res)
    sources = {m.text: m.source for m, _ in result.mentions}
    assert sources["للائتلاف الوطني"] == "affiliation"
    result = run("وقال الأمين العام السابق للائتلاف الوطني إن", res)
    assert {m.source for m, _ in result.mentions} == {"gazetteer"}


def test_a_three_letter_city_needs_no_cue_only_when_major(res):
    assert "place:taiz" in by_kb(run("وصل الوفد إلى تعز أمس", res))
    assert "place:darb" not in by_kb(run("وصل الوفد إلى درب أمس", res))
    assert "place:darb" in by_kb(run("وصل الوفد إلى مدينة درب أمس", res))


def test_a_head_of_states_surname_alone_names_him_while_in_office(res):
    assert "per:trump" in by_kb(run("ميركل ترفض حظر ترامب سفر مسلمين", res, "2017-01-29T10:00:00"))
    assert "per:trump" not in by_kb(
        run("ميركل ترفض حظر ترامب سفر مسلمين", res, "2015-01-29T10:00:00")
    )
