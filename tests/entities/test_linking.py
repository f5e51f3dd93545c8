"""Titles, offices at the article's date, ministries, delegations, metonyms, new names."""

from __future__ import annotations

from .conftest import by_kb, run


def _entity(result, kb_id):
    return next(e for e in result.entities if e.kb_id == kb_id)


def test_same_title_resolves_to_the_holder_at_the_date(test_resources):
    text = "التقى وزير الخارجية الأردني بالسفير في مكتبه"
    in_2015 = by_kb(run(text, test_resources, "2015-08-07T10:00:00"))
    in_2025 = by_kb(run(text, test_resources, "2025-08-07T10:00:00"))
    assert "per:nasser-judeh" in in_2015 and "per:ayman-safadi" not in in_2015
    assert "per:ayman-safadi" in in_2025 and "per:nasser-judeh" not in in_2025
    # the title words are the person's mention, the nisba is a mention of the state
    assert in_2025["per:ayman-safadi"] == ["وزير الخارجية"]
    assert in_2025["country:JOR"] == ["الأردني"]


def test_title_without_name_and_without_date_is_not_guessed(test_resources):
    result = run("قال وزير الخارجية الأردني إن", test_resources, None)
    assert not any(e.kb_id == "per:ayman-safadi" for e in result.entities)


def test_title_nisba_name_links_the_person_with_office(test_resources):
    result = run("قال وزير الخارجية السوري أسعد الشيباني إن", test_resources)
    e = _entity(result, "per:asaad-al-shaibani")
    assert e.country == "SYR"
    assert e.title == "Minister of Foreign Affairs"
    assert [m.text for m in e.mentions] == ["أسعد الشيباني"]


def test_counterpart_takes_the_title_of_the_last_person(test_resources):
    text = "التقى وزير الخارجية السوري أسعد الشيباني بنظيره الأردني في عمان"
    kb = by_kb(run(text, test_resources))
    assert kb["per:ayman-safadi"] == ["نظيره"]
    assert kb["country:JOR"] == ["الأردني"]


def test_envoy_with_scope_and_name(test_resources):
    text = "التقى الوزير المبعوث الأمريكي الخاص إلى سوريا توم براك في باريس"
    result = run(text, test_resources)
    e = _entity(result, "per:tom-barrack")
    assert e.country == "USA"
    assert e.title == "Special Envoy for Syria"


def test_unknown_name_after_title_becomes_a_new_person(test_resources):
    result = run("وصل وزير الخارجية الليبي محمد الطاهر سيالة إلى الرياض", test_resources)
    new = [e for e in result.entities if e.type == "PER" and e.kb_id is None]
    assert len(new) == 1
    person = new[0]
    assert person.country == "LBY"
    assert person.name_ar.startswith("محمد")
    assert person.name_en.startswith("Muhammad")
    assert person.title == "Minister of Foreign Affairs"


def test_ministries_from_nisba_patterns(test_resources):
    text = "أعلنت وزارة الخارجية السورية أمس. وقالت الخارجية الأمريكية إن"
    kb = by_kb(run(text, test_resources))
    assert kb["org:SYR:mfa"] == ["وزارة الخارجية السورية"]
    assert kb["org:USA:mfa"] == ["الخارجية الأمريكية"]


def test_country_specific_ministry_name_absorbs_its_nisba(test_resources):
    text = "أعلنت وزارة الخارجية والمغتربين السورية عن لقاء"
    kb = by_kb(run(text, test_resources))
    assert kb["org:SYR:mfa"] == ["وزارة الخارجية والمغتربين السورية"]
    assert "country:SYR" not in kb


def test_adjective_is_not_a_ministry(test_resources):
    kb = by_kb(run("عدم التدخل في الشؤون الخارجية السورية", test_resources))
    assert "org:SYR:mfa" not in kb


def test_delegation_and_sources_stand_for_the_state(test_resources):
    text = "التقى الوزير ووفد إسرائيلي في باريس. وذكرت مصادر إسرائيلية أن اللقاء"
    result = run(text, test_resources)
    isr = _entity(result, "country:ISR")
    assert [m.text for m in isr.mentions] == ["وفد إسرائيلي", "مصادر إسرائيلية"]
    assert isr.type == "GPE" and isr.country == "ISR"


def test_nisba_alone_mentions_its_state(test_resources):
    # eval/GUIDELINES.md §9: a state named only through a nisba is an entity
    kb = by_kb(run("تناول الاجتماع الملف السوري والأزمة", test_resources))
    assert kb["country:SYR"] == ["السوري"]


def test_capital_is_the_state_unless_placed(test_resources):
    assert "country:USA" in by_kb(run("وأعلنت واشنطن أمس أنها", test_resources))
    assert "country:USA" in by_kb(run("أكد التزام واشنطن بأمن المنطقة", test_resources))
    kb = by_kb(run("عقد المؤتمر في واشنطن أمس", test_resources))
    assert "place:washington" in kb and "country:USA" not in kb


def test_capital_by_nisba(test_resources):
    kb = by_kb(run("وصل الوفد إلى العاصمة الأردنية أمس", test_resources))
    assert kb == {"place:amman": ["العاصمة الأردنية"]}


def test_place_and_its_province_of_the_same_name_are_one_entity(test_resources):
    text = "وقف إطلاق النار بمحافظة السويداء. وصلت المساعدات إلى مدينة السويداء"
    result = run(text, test_resources)
    places = [e for e in result.entities if e.kb_id and e.kb_id.startswith("place:sweida")]
    assert len(places) == 1
    assert len(places[0].mentions) == 2


def test_places_carry_coordinates_and_country(test_resources):
    e = _entity(run("وصل إلى الرياض", test_resources), "place:riyadh")
    assert (e.lat, e.lon, e.country, e.type) == (1.0, 2.0, "SAU", "GPE")


def test_former_or_deputy_is_not_the_holder(test_resources):
    kb = by_kb(run("قال وزير الخارجية الأردني السابق إن", test_resources, "2025-08-07T10:00:00"))
    assert "per:ayman-safadi" not in kb and kb["country:JOR"] == ["الأردني"]
    kb = by_kb(
        run("التقى نائب وزير الخارجية الأردني بالوفد", test_resources, "2025-08-07T10:00:00")
    )
    assert "per:ayman-safadi" not in kb


def test_name_with_a_longer_genealogy(test_resources):
    # the KB has تميم بن حمد آل ثاني; the article writes the full genealogy
    result = run("استقبل الشيخ تميم بن حمد بن خليفة آل ثاني الوفد أمس", test_resources)
    assert by_kb(result)["per:tamim-bin-hamad"] == ["الشيخ تميم بن حمد بن خليفة آل ثاني"]
    assert "per:hamad-bin-khalifa" not in by_kb(result)


def test_ministry_without_nisba_takes_the_state_named_before(test_resources):
    text = "وصل الوفد إلى سوريا أمس. وأعلنت وزارة الخارجية أن اللقاء مثمر"
    kb = by_kb(run(text, test_resources))
    assert kb["org:SYR:mfa"] == ["وزارة الخارجية"]
    # a bare الخارجية ("the external") with no state names nothing
    assert "org:SYR:mfa" not in by_kb(run("زار سوريا. وناقش العلاقات الخارجية", test_resources))


def test_short_form_followed_by_more_name_is_another_person(test_resources):
    # جودة is Nasser Judeh's short form, and also a first name
    text = "وقال الدكتور جودة عبد الخالق إن الحكومة ستدرس الأمر"
    result = run(text, test_resources, "2015-08-07T10:00:00")
    assert "per:nasser-judeh" not in by_kb(result)
    new = [e for e in result.entities if e.type == "PER" and e.kb_id is None]
    assert [e.name_ar for e in new] == ["جودة عبد الخالق"]


def test_short_form_joined_by_and_to_another_name_stays_linked(test_resources):
    text = "وصل ناصر جودة إلى باريس. وقال الدكتور جودة ولافروف إنهما سيلتقيان غدا"
    kb = by_kb(run(text, test_resources, "2015-08-07T10:00:00"))
    assert kb["per:nasser-judeh"] == ["ناصر جودة", "جودة"]


def test_a_party_no_list_holds_is_an_organisation_with_its_nisba(test_resources):
    text = "وأكد حزب الوطن الليبي والحزب الاشتراكي دعمهما للحكومة، فيما قال حزب القطب إن"
    result = run(text, test_resources)
    parties = {e.name_ar: e for e in result.entities if e.subtype == "party"}
    assert set(parties) == {"حزب الوطن الليبي", "حزب القطب"}
    assert parties["حزب الوطن الليبي"].country == "LBY"
    assert parties["حزب الوطن الليبي"].type == "ORG"
    assert parties["حزب القطب"].country is None
    assert parties["حزب القطب"].name_en.endswith("Party")


def test_a_party_described_not_named_is_no_entity(test_resources):
    result = run("وقال حزب المعارضة الرئيسي إن الانتخابات مزورة", test_resources)
    assert not any(e.subtype == "party" for e in result.entities)


def test_a_capital_after_a_summit_or_talks_noun_is_the_venue(test_resources):
    kb = by_kb(run("وتحدث الوفد عن قمة واشنطن ومحادثات واشنطن الأخيرة", test_resources))
    assert "country:USA" not in kb
    assert kb["place:washington"] == ["واشنطن", "واشنطن"]


def test_a_verb_with_fa_does_not_extend_a_name(test_resources):
    result = run("أما رئيس الوزراء خالد العمري فقال إن الحكومة ستدرس الأمر", test_resources)
    people = [e.name_ar for e in result.entities if e.type == "PER"]
    assert people == ["خالد العمري"]


def test_a_title_in_construct_with_a_states_name_resolves_the_holder(test_resources):
    kb = by_kb(run("التقى وزير خارجية الأردن بالسفير", test_resources, "2015-08-07T10:00:00"))
    assert kb["per:nasser-judeh"] == ["وزير خارجية"]
    assert kb["country:JOR"] == ["الأردن"]


def test_a_title_in_construct_without_a_state_is_nobody(test_resources):
    result = run("وقال وزير خارجية سابق إن", test_resources, "2015-08-07T10:00:00")
    assert not [e for e in result.entities if e.type == "PER"]


def test_a_minister_of_an_unlisted_portfolio_takes_the_nisba_state(test_resources):
    result = run("واستقبل وزيرة الأسرة الأردنية هالة لطوف", test_resources)
    [person] = [e for e in result.entities if e.type == "PER"]
    assert (person.name_ar, person.country, person.title) == ("هالة لطوف", "JOR", "Minister")
    result = run("وقال وزير الأسرة هالة لطوف", test_resources)
    assert all(e.country is None for e in result.entities if e.type == "PER")


def test_bare_amman_in_an_article_about_jordan(test_resources):
    text = "وقال الوزير الأردني إن. ووصلت إلى عمان أمس طائرة."
    assert "place:amman" in by_kb(run(text, test_resources))
    assert "country:OMN" in by_kb(run("ووصلت إلى عمان أمس طائرة.", test_resources))
    text = "وقال الوزير الأردني إن. ووصلت إلى عمان طائرة عمانية."
    assert "country:OMN" in by_kb(run(text, test_resources))


def test_a_religious_formula_is_no_person(test_resources):
    result = run(
        "وقال إن الصواريخ ولله الحمد لم تؤثر بشيء، والتقى عبد الله الثاني بالوفد", test_resources
    )
    assert [e.name_ar for e in result.entities if e.type == "PER"] == ["عبد الله الثاني"]


def test_a_nationality_right_before_a_new_persons_name_gives_the_state(test_resources):
    """ "الناشط الأردني فلان": the person is Jordanian; the nisba stays a mention of the
    state too (eval/GUIDELINES.md §9)."""
    result = run("وقال الناشط الأردني سليم الحمدان إن الوضع صعب", test_resources)
    new = [e for e in result.entities if e.type == "PER" and e.kb_id is None]
    assert [(e.name_ar, e.country) for e in new] == [("سليم الحمدان", "JOR")]


def test_a_verb_ends_a_name_the_tagger_runs_on(test_resources):
    """ "إن كيم دعت مون لإتمام الزيارة": no person "كيم دعت مون"."""
    result = run("وقال متحدث إن كيم دعت مون لإتمام الزيارة في أقرب وقت", test_resources)
    assert not [e for e in result.entities if "دعت" in e.name_ar]
