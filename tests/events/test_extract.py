"""Event extraction on hand-written Arabic sentences (entities given by hand)."""

from __future__ import annotations

from datetime import datetime

from marsad.events import EventResources

from .helpers import Ent, Time, names, run

SHOUKRY = Ent("p1", "PER", "Sameh Shoukry", ["سامح شكري", "شكري"], "EGY", kb_id="per:a")
FIDAN = Ent("p2", "PER", "Hakan Fidan", ["هاكان فيدان", "فيدان"], "TUR", kb_id="per:b")
ANKARA = Ent("g1", "GPE", "Ankara", ["أنقرة"], "TUR", subtype="capital")
EGYPT = Ent("c1", "GPE", "Egypt", ["مصر", "المصري", "المصرية", "مصرية"], "EGY", subtype="country")
TURKEY = Ent("c2", "GPE", "Turkey", ["تركيا", "التركي"], "TUR", subtype="country")
KERRY = Ent("p4", "PER", "John Kerry", ["جون كيري", "كيري"], "USA", kb_id="per:k")
ISRAEL = Ent(
    "c3", "GPE", "Israel", ["إسرائيل", "إسرائيلية", "الإسرائيلي"], "ISR", subtype="country"
)
HAMAS = Ent("o1", "ORG", "Hamas", ["حركة حماس", "حماس"], "PSE", subtype="armed", kb_id="org:h")
QATAR = Ent("c4", "GPE", "Qatar", ["قطر", "القطرية"], "QAT", subtype="country")
DOHA = Ent("g2", "GPE", "Doha", ["الدوحة"], "QAT", subtype="capital")
REUTERS = Ent(
    "m1", "ORG", "Reuters", ["وكالة رويترز", "رويترز"], None, subtype="media", kb_id="org:r"
)
IRAN = Ent("c5", "GPE", "Iran", ["إيران", "الإيرانية"], "IRN", subtype="country")
USA = Ent(
    "c6", "GPE", "United States", ["واشنطن", "أمريكية", "الأمريكية"], "USA", subtype="country"
)


def test_meeting_with_counterpart_place_and_type(res: EventResources) -> None:
    text = "التقى وزير الخارجية المصري سامح شكري نظيره التركي هاكان فيدان في أنقرة."
    events, nm = run(text, [SHOUKRY, FIDAN, ANKARA, EGYPT, TURKEY], res)
    assert len(events) == 1
    ev = events[0]
    assert (ev.type, ev.mode, ev.status, ev.cameo) == ("CONSULT", "meet", "occurred", "040")
    assert names(ev, nm) == {"Sameh Shoukry", "Hakan Fidan"}  # persons, not their states
    assert ev.location == "g1"
    assert ev.explanation and "التقى" in ev.explanation


def test_host_makes_the_host_the_target(res: EventResources) -> None:
    text = "استقبل الوزير هاكان فيدان في أنقرة الوزير سامح شكري."
    events, nm = run(text, [SHOUKRY, FIDAN, ANKARA], res)
    [ev] = events
    assert (ev.type, ev.mode, ev.cameo) == ("CONSULT", "host", "043")
    roles = {nm[p.entity]: p.role for p in ev.participants}
    assert roles == {"Hakan Fidan": "target", "Sameh Shoukry": "source"}


def test_future_visit_is_planned_and_dated_from_the_time_expression(res: EventResources) -> None:
    text = "سيزور الوزير سامح شكري تركيا الأسبوع المقبل."
    start = text.index("الأسبوع")
    times = (Time(start, start + len("الأسبوع المقبل"), "الأسبوع المقبل", "2024-W21", "week"),)
    events, nm = run(text, [SHOUKRY, TURKEY], res, times=times)
    [ev] = events
    assert (ev.type, ev.mode, ev.status, ev.cameo) == ("CONSULT", "visit", "planned", "036")
    roles = {nm[p.entity]: p.role for p in ev.participants}
    assert roles == {"Sameh Shoukry": "source", "Turkey": "target"}
    assert (ev.date.value, ev.date.precision, ev.date.text) == (
        "2024-W21",
        "week",
        "الأسبوع المقبل",
    )


def test_without_time_expression_there_is_no_date(res: EventResources) -> None:
    events, _ = run(
        "التقى سامح شكري هاكان فيدان.", [SHOUKRY, FIDAN], res, published=datetime(2024, 5, 16)
    )
    assert (events[0].date.value, events[0].date.precision, events[0].date.text) == (
        None,
        None,
        None,
    )


def test_mediation_between_parties_with_purpose_is_one_event(res: EventResources) -> None:
    text = "توسطت قطر بين حركة حماس وإسرائيل للتوصل إلى اتفاق لوقف إطلاق النار في غزة."
    events, nm = run(text, [QATAR, HAMAS, ISRAEL], res)
    [ev] = events
    assert (ev.type, ev.mode, ev.cameo) == ("CONSULT", "mediate", "045")
    assert names(ev, nm) == {"Hamas", "Israel"}
    assert [nm[m] for m in ev.mediators] == ["Qatar"]


def test_mediator_marker_after_a_meeting(res: EventResources) -> None:
    text = "عقد وفد من حركة حماس لقاء مع مسؤولين من إسرائيل في الدوحة بوساطة مصرية."
    events, nm = run(text, [HAMAS, ISRAEL, DOHA, EGYPT], res)
    [ev] = events
    assert names(ev, nm) == {"Hamas", "Israel"}
    assert [nm[m] for m in ev.mediators] == ["Egypt"]
    assert ev.location == "g2"


def test_agreement_on_ceasefire_is_one_agree_ceasefire_event(res: EventResources) -> None:
    text = "اتفقت حركة حماس وإسرائيل على وقف إطلاق النار."
    events, nm = run(text, [HAMAS, ISRAEL], res)
    [ev] = events
    assert (ev.type, ev.mode, ev.cameo) == ("AGREE", "ceasefire", "0871")
    assert names(ev, nm) == {"Hamas", "Israel"}


def test_intention_with_kana_and_attempt(res: EventResources) -> None:
    text = (
        "كانت مصر وتركيا تعتزمان توقيع اتفاقية للتجارة. وتحاول قطر التوسط بين حركة حماس وإسرائيل."
    )
    events, _nm = run(text, [EGYPT, TURKEY, QATAR, HAMAS, ISRAEL], res)
    by_type = {e.type: e for e in events}
    assert by_type["AGREE"].status == "intended" and by_type["AGREE"].mode == "sign"
    assert by_type["CONSULT"].status == "attempted"


def test_cue_ending_on_its_trigger_gives_the_status(res: EventResources) -> None:
    # "دون التوصل" (without reaching): the cue's last word is the trigger itself
    text = "انتهت الجولة في الدوحة دون التوصل إلى اتفاق بين مصر وتركيا."
    events, _nm = run(text, [EGYPT, TURKEY, DOHA], res)
    [agreement] = [e for e in events if e.type == "AGREE"]
    assert agreement.status == "attempted"


def test_status_cue_is_scoped_to_the_clause(res: EventResources) -> None:
    text = "التقى سامح شكري هاكان فيدان في أنقرة، ومن المقرر أن تستضيف مصر قمة مقبلة."
    events, nm = run(text, [SHOUKRY, FIDAN, ANKARA, EGYPT], res)
    meeting = next(e for e in events if names(e, nm) == {"Sameh Shoukry", "Hakan Fidan"})
    assert meeting.status == "occurred"


def test_postponement_in_a_following_clause(res: EventResources) -> None:
    text = "كان من المقرر أن يلتقي سامح شكري هاكان فيدان في أنقرة، لكن اللقاء أرجئ."
    events, _ = run(text, [SHOUKRY, FIDAN, ANKARA], res)
    [ev] = events
    assert ev.status == "postponed" and ev.cameo is None


def test_refused_and_denied_meetings(res: EventResources) -> None:
    events, nm = run("رفضت قطر لقاء مسؤولين من إسرائيل.", [QATAR, ISRAEL], res)
    [ev] = events
    assert (ev.type, ev.status, ev.cameo) == ("CONSULT", "refused", "125")
    # An alleged act and its denial are two events (the denier rejects).
    events, nm = run("نفت قطر عقد أي لقاء مع إسرائيل.", [QATAR, ISRAEL], res)
    by_type = {e.type: e for e in events}
    assert (by_type["CONSULT"].status, names(by_type["CONSULT"], nm)) == (
        "denied",
        {"Qatar", "Israel"},
    )
    assert [(nm[p.entity], p.role) for p in by_type["REJECT"].participants] == [("Qatar", "source")]


def test_conditional_is_hypothetical(res: EventResources) -> None:
    events, _ = run("إذا التقى سامح شكري هاكان فيدان فسيبحثان ملف الحدود.", [SHOUKRY, FIDAN], res)
    assert events[0].status == "hypothetical"


def test_accusation_is_directed(res: EventResources) -> None:
    events, nm = run("اتهمت إيران واشنطن بزعزعة استقرار المنطقة.", [IRAN, USA], res)
    [ev] = events
    roles = {nm[p.entity]: p.role for p in ev.participants}
    assert (ev.type, ev.mode) == ("ACCUSE", "accuse")
    assert roles == {"Iran": "source", "United States": "target"}


def test_attribution_covers_the_rest_of_the_paragraph(res: EventResources) -> None:
    text = (
        "بحسب وكالة رويترز، التقى سامح شكري هاكان فيدان في أنقرة. "
        "واتفق الوزيران على تشكيل لجنة مشتركة.\n"
        "وفي فقرة أخرى اتهمت إيران واشنطن بالتصعيد."
    )
    events, _nm = run(text, [REUTERS, SHOUKRY, FIDAN, ANKARA, IRAN, USA], res)
    by_type = {e.type: e for e in events}
    assert by_type["CONSULT"].attributed_to == ["m1"]
    assert by_type["AGREE"].attributed_to == ["m1"]
    assert by_type["AGREE"].mode == "form_body"
    assert by_type["ACCUSE"].attributed_to == []
    assert "m1" not in {p.entity for e in events for p in e.participants}


def test_reporting_verb_and_sources_nisba(res: EventResources) -> None:
    text = "وذكرت مصادر إسرائيلية أن حركة حماس رفضت الاقتراح."
    events, nm = run(text, [ISRAEL, HAMAS], res)
    [ev] = events
    assert (ev.type, ev.mode) == ("REJECT", "reject")
    assert [nm[a] for a in ev.attributed_to] == ["Israel"]
    assert names(ev, nm) == {"Hamas"}


def test_repeated_mentions_merge_into_one_event(res: EventResources) -> None:
    title = "شكري يلتقي فيدان في أنقرة"
    text = (
        "التقى وزير الخارجية سامح شكري نظيره هاكان فيدان في أنقرة. وتناول اللقاء العلاقات الثنائية."
    )
    events, _nm = run(text, [SHOUKRY, FIDAN, ANKARA], res, title=title)
    [ev] = events
    assert len(ev.evidence) == 3
    assert ev.evidence[0].start == 0  # the title


def test_two_meetings_in_two_places_are_two_events(res: EventResources) -> None:
    text = "التقى سامح شكري هاكان فيدان في أنقرة. والتقى شكري فيدان في الدوحة الشهر الماضي."
    events, _ = run(text, [SHOUKRY, FIDAN, ANKARA, DOHA], res)
    assert sorted(e.location for e in events) == ["g1", "g2"]


def test_dual_reference_resolves_to_the_two_parties(res: EventResources) -> None:
    text = "التقى سامح شكري هاكان فيدان في أنقرة. وقال مسؤول إن الطرفين وقعا مذكرة تفاهم."
    events, nm = run(text, [SHOUKRY, FIDAN, ANKARA], res)
    agree = next(e for e in events if e.type == "AGREE")
    assert agree.mode == "sign"
    assert names(agree, nm) == {"Sameh Shoukry", "Hakan Fidan"}


def test_ordinal_implies_an_earlier_meeting(res: EventResources) -> None:
    text = "التقى سامح شكري هاكان فيدان في أنقرة، وهو اللقاء الثاني بينهما هذا العام."
    events, nm = run(text, [SHOUKRY, FIDAN, ANKARA], res)
    assert len(events) == 2
    assert all(names(e, nm) == {"Sameh Shoukry", "Hakan Fidan"} for e in events)
    assert sum(1 for e in events if e.location is None) == 1


def test_no_event_without_a_political_actor(res: EventResources) -> None:
    companies = [
        Ent("k1", "ORG", "Company A", ["شركة النور"], None, subtype="company"),
        Ent("k2", "ORG", "Company B", ["شركة الأمل"], None, subtype="company"),
    ]
    events, _ = run("وقعت شركة النور اتفاقية مع شركة الأمل.", companies, res)
    assert events == []


def test_policy_statements_and_accidental_forms_are_not_events(res: EventResources) -> None:
    text = (
        "تلعب مصر دورا مهما في دعم الاستقرار والتعاون الإقليمي. "
        "وقع انفجار قرب مبنى وزارة الخارجية في أنقرة."
    )
    events, _ = run(text, [EGYPT, ANKARA], res)
    assert events == []


def test_phone_call_and_sign_need_their_words(res: EventResources) -> None:
    text = "أجرى سامح شكري اتصالاً هاتفياً مع هاكان فيدان."
    events, _ = run(text, [SHOUKRY, FIDAN], res)
    assert [(e.type, e.mode, e.cameo) for e in events] == [("CONSULT", "phone", "041")]


def test_all_types_reachable(res: EventResources) -> None:
    sentences = {
        "ASSAULT": "شنت إسرائيل غارات على مواقع لحركة حماس.",
        "PROTEST": "تظاهر أنصار حركة حماس احتجاجا على الحصار.",
        "SANCTION": "فرضت واشنطن عقوبات على إيران.",
        "THREATEN": "هددت إيران واشنطن بالرد.",
        "REQUEST": "دعت قطر إسرائيل إلى وقف إطلاق النار.",
        "AID": "أرسلت قطر مساعدات إنسانية إلى حركة حماس.",
        "COERCE": "اعتقلت إسرائيل عناصر من حركة حماس.",
        "SUPPORT": "رحبت قطر بالاتفاق بين حركة حماس وإسرائيل.",
    }
    ents = [ISRAEL, HAMAS, USA, IRAN, QATAR]
    for expected, sentence in sentences.items():
        events, _ = run(sentence, ents, res)
        assert events and events[0].type == expected, (sentence, events)
    events, _ = run(sentences["REQUEST"], ents, res)
    assert events[0].cameo == "107"


def test_large_repetitive_input_is_one_event(res: EventResources) -> None:
    """Huge inputs stay linear: one long sentence of names, thousands of clauses."""
    egypt = Ent("c1", "GPE", "Egypt", ["مصر"], "EGY", subtype="country")
    turkey = Ent("c2", "GPE", "Turkey", ["تركيا"], "TUR", subtype="country")
    for text in (
        "التقت مصر تركيا، " * 3000,
        "مصر " * 20000 + "التقت تركيا.",
        "التقت مصر تركيا. " * 2000,
    ):
        events, nm = run(text, [egypt, turkey], res)
        assert len(events) == 1
        assert names(events[0], nm) == {"Egypt", "Turkey"}


def _today(text: str, word: str = "اليوم") -> tuple[Time, ...]:
    start = text.index(word)
    return (Time(start, start + len(word), word, "2024-05-16", "day"),)  # publication day


def test_a_present_tense_meeting_dated_today_is_still_ahead(res: EventResources) -> None:
    text = "يلتقي الوزير سامح شكري اليوم نظيره جون كيري في أنقرة."
    events, _ = run(text, [SHOUKRY, KERRY], res, times=_today(text))
    assert [(e.type, e.status) for e in events] == [("CONSULT", "planned")]
    text = "التقى الوزير سامح شكري اليوم نظيره جون كيري في أنقرة."
    events, _ = run(text, [SHOUKRY, KERRY], res, times=_today(text))
    assert [(e.type, e.status) for e in events] == [("CONSULT", "occurred")]


def test_an_ongoing_cue_after_the_trigger_counts(res: EventResources) -> None:
    text = "وصل الوفد الذي يزور تركيا حاليا برئاسة سامح شكري."
    events, _ = run(text, [SHOUKRY, TURKEY], res, times=_today(text, "حاليا"))
    assert [(e.type, e.status) for e in events] == [("CONSULT", "ongoing")]


AMNESTY = Ent("o9", "ORG", "Amnesty International", ["منظمة العفو الدولية"], subtype="ngo")
HOUTHIS = Ent(
    "o8", "ORG", "Houthis", ["الحوثيون", "الحوثيين"], "YEM", subtype="armed", kb_id="org:ho"
)
ABU_DHABI = Ent("g5", "GPE", "Abu Dhabi", ["أبوظبي"], "ARE", subtype="capital")
UAE = Ent("c9", "GPE", "United Arab Emirates", ["الإمارات"], "ARE", subtype="country")


def test_a_rights_group_acts_in_political_events(res: EventResources) -> None:
    text = "وطالبت منظمة العفو الدولية بإعادة محاكمة المتهمين أمام محاكم مدنية."
    events, nm = run(text, [AMNESTY], res)
    [ev] = events
    assert (ev.type, names(ev, nm)) == ("REQUEST", {"Amnesty International"})


def test_the_verbal_noun_of_targeting_is_an_attack(res: EventResources) -> None:
    text = "أعلن الحوثيون استهداف مطار أبوظبي بطائرة مسيرة."
    events, nm = run(text, [HOUTHIS, ABU_DHABI], res)
    [ev] = events
    assert ev.type == "ASSAULT" and names(ev, nm) == {"Houthis"}


def test_a_visit_naming_no_host_is_to_the_state_it_takes_place_in(
    res: EventResources,
) -> None:
    text = "وصل كيري إلى أبوظبي في زيارة رسمية. وتعد الإمارات شريكا رئيسيا في المنطقة."
    events, nm = run(text, [KERRY, ABU_DHABI, UAE], res)
    [ev] = [e for e in events if e.type == "CONSULT"]
    roles = {nm[p.entity]: p.role for p in ev.participants}
    assert roles == {"John Kerry": "source", "United Arab Emirates": "target"}
    assert ev.location == "g5"


RUSSIA = Ent("c10", "GPE", "Russia", ["روسيا"], "RUS", subtype="country")


def test_the_denier_is_who_denies_not_who_is_said_to_have_acted(res: EventResources) -> None:
    text = "ونفت الإمارات تقارير عن قصف الحوثيين لمطار أبوظبي."
    events, nm = run(text, [UAE, HOUTHIS, ABU_DHABI], res)
    by_type = {e.type: e for e in events}
    assert by_type["ASSAULT"].status == "denied"
    assert names(by_type["REJECT"], nm) == {"United Arab Emirates"}


def test_the_subject_of_a_denial_verb_did_the_denied_act(res: EventResources) -> None:
    text = "ونفت روسيا أن تكون قصفت مستشفى في إدلب."
    events, nm = run(text, [RUSSIA], res)
    by_type = {e.type: e for e in events}
    assert by_type["ASSAULT"].status == "denied"
    assert names(by_type["ASSAULT"], nm) == {"Russia"}


def test_a_relative_denial_after_an_act_denies_it(res: EventResources) -> None:
    text = "أعلن الحوثيون استهداف مطار أبوظبي بطائرة مسيرة، وهو ما نفته الإمارات."
    events, nm = run(text, [HOUTHIS, ABU_DHABI, UAE], res)
    by_type = {e.type: e for e in events}
    assert by_type["ASSAULT"].status == "denied"
    # the airport lies in the Emirates: they are the target of the denied strike
    assert names(by_type["ASSAULT"], nm) == {"Houthis", "United Arab Emirates"}
    assert names(by_type["REJECT"], nm) == {"United Arab Emirates"}


JOHNSON = Ent("p10", "PER", "Boris Johnson", ["بوريس جونسون"], "GBR", kb_id="per:bj")
LONDON = Ent("g6", "GPE", "London", ["لندن"], "GBR", subtype="capital")


def test_a_meeting_named_as_the_occasion_of_an_act_is_a_meeting_of_its_parties(
    res: EventResources,
) -> None:
    text = "ودعا الوزير سامح شكري نظيره بوريس جونسون خلال لقاء جمعهما في لندن إلى دعم الاتفاق."
    events, nm = run(text, [SHOUKRY, JOHNSON, LONDON], res)
    [meeting] = [e for e in events if e.type == "CONSULT"]
    assert names(meeting, nm) == {"Sameh Shoukry", "Boris Johnson"}
    assert [e.type for e in events].count("REQUEST") == 1


def test_a_meeting_word_far_from_an_appeal_does_not_make_it_an_invitation(
    res: EventResources,
) -> None:
    text = (
        'ودعا سامح شكري في تصريح لمراسل "الإذاعة" على هامش "منتدى سيدي بوزيد للحوار في '
        'شؤون تونس والعالم" حركة حماس إلى التراجع عن هذا القرار.'
    )
    events, _nm = run(text, [SHOUKRY, HAMAS], res)
    [request] = [e for e in events if e.type == "REQUEST"]
    assert request.mode == "appeal"
    # the forum is where he spoke, not a meeting of his with Hamas
    assert [e.type for e in events] == ["REQUEST"]


def test_what_led_someone_to_act_is_no_appeal(res: EventResources) -> None:
    text = "وأبلغت قطر مصر بنتائج التحقيقات، ما دعا السلطات المصرية إلى الربط بين المعلومات."
    events, _nm = run(text, [QATAR, EGYPT], res)
    assert "REQUEST" not in {e.type for e in events}


def test_a_source_asking_not_to_be_named_makes_no_request(res: EventResources) -> None:
    text = "وقال مسؤول طالبا عدم الإشارة إلى اسمه إن مصر ترفض التدخل الإيراني."
    events, nm = run(text, [EGYPT, IRAN], res)
    [ev] = events
    assert ev.type == "REJECT"
    assert {nm[p.entity]: p.role for p in ev.participants} == {
        "Egypt": "source",
        "Iran": "target",
    }
    assert ev.attributed_to == []  # the state that rejects is not who reports it


def test_a_state_named_after_ila_is_what_was_reported(res: EventResources) -> None:
    """ "أشارت الصحيفة إلى تنفيذ مصر ضربات": Egypt struck; it reported nothing."""
    text = "وأشارت الصحيفة إلى تنفيذ مصر ضربات جوية ضد أهداف حماس."
    events, nm = run(text, [EGYPT, HAMAS], res)
    [ev] = events
    assert {nm[p.entity]: p.role for p in ev.participants} == {
        "Egypt": "source",
        "Hamas": "target",
    }
    assert ev.attributed_to == []


def test_a_call_or_talk_with_a_news_outlet_is_an_interview(res: EventResources) -> None:
    """ "في اتصال هاتفي مع رويترز", "في حوار مع صحيفة": no meeting; a call with a
    state's leader still is one."""
    for text in (
        "وقال شكري في اتصال هاتفي مع وكالة رويترز إن مصر سترد.",
        "وقال شكري في حوار مع صحيفة محلية إن مصر سترد.",
    ):
        events, _ = run(text, [SHOUKRY, EGYPT, REUTERS], res)
        assert "CONSULT" not in {e.type for e in events}, text
    events, nm = run("وبحث شكري في اتصال هاتفي مع كيري الأزمة.", [SHOUKRY, KERRY], res)
    assert [names(e, nm) for e in events if e.type == "CONSULT"] == [
        {"Sameh Shoukry", "John Kerry"}
    ]


def test_we_in_a_quotation_are_the_quoted_speaker(res: EventResources) -> None:
    """ "قال شكري: «… ونطالب تركيا بوقف التصعيد»": the speaker demands."""
    text = 'وقال شكري في مؤتمر صحفي: "نحن نعمل مع شركائنا. ونطالب تركيا بوقف التصعيد".'
    events, nm = run(text, [SHOUKRY, TURKEY], res)
    [ev] = [e for e in events if e.type == "REQUEST"]
    assert {nm[p.entity]: p.role for p in ev.participants} == {
        "Sameh Shoukry": "source",
        "Turkey": "target",
    }


def test_efforts_to_settle_a_crisis_between_others_are_a_mediation(res: EventResources) -> None:
    """ "أعلنت مصر أنها ستواصل مساعيها لحل الأزمة بين قطر وإيران": Egypt mediates."""
    text = "وأعلنت مصر أنها ستواصل مساعيها لحل الأزمة بين قطر وإيران."
    events, nm = run(text, [EGYPT, QATAR, IRAN], res)
    [ev] = [e for e in events if e.type == "CONSULT"]
    assert ev.mode == "mediate"
    assert names(ev, nm) == {"Qatar", "Iran"}
    assert [nm[m] for m in ev.mediators] == ["Egypt"]
