"""Rules of the second round: standing acts, recalls, reversed acts, calls, subjects.

Each test is a hand-written sentence with its entities given by hand (helpers.run).
"""

from __future__ import annotations

from marsad.events import EventResources

from .helpers import Ent, Time, names, run
from .helpers import roles as _roles

EGYPT = Ent("c1", "GPE", "Egypt", ["مصر", "المصرية"], "EGY", subtype="country")
TURKEY = Ent("c2", "GPE", "Turkey", ["تركيا", "التركية"], "TUR", subtype="country")
IRAN = Ent("c5", "GPE", "Iran", ["إيران", "الإيرانية"], "IRN", subtype="country")
BAHRAIN = Ent("c7", "GPE", "Bahrain", ["البحرين"], "BHR", subtype="country")
RUSSIA = Ent("c8", "GPE", "Russia", ["روسيا", "موسكو"], "RUS", subtype="country")
USA = Ent("c6", "GPE", "United States", ["الولايات المتحدة", "واشنطن"], "USA", subtype="country")
SHOUKRY = Ent("p1", "PER", "Sameh Shoukry", ["سامح شكري", "شكري"], "EGY", kb_id="per:a")
LAVROV = Ent("p3", "PER", "Sergey Lavrov", ["سيرغي لافروف", "لافروف"], "RUS", kb_id="per:l")
KERRY = Ent("p4", "PER", "John Kerry", ["جون كيري", "كيري"], "USA", kb_id="per:k")
PKK = Ent("o2", "ORG", "PKK", ["حزب العمال الكردستاني"], "TUR", subtype="armed", kb_id="org:p")


def test_present_tense_accusation_in_the_body_is_ongoing(res: EventResources) -> None:
    events, _ = run("وتتهم تركيا إيران بدعم المتمردين.", [TURKEY, IRAN], res, title="خبر")
    [ev] = events
    assert (ev.type, ev.status) == ("ACCUSE", "ongoing")


def test_present_tense_in_a_headline_or_a_quote_is_an_act(res: EventResources) -> None:
    events, _ = run("قال الوزير.", [TURKEY, IRAN], res, title="تركيا تتهم إيران بدعم المتمردين")
    assert [(e.type, e.status) for e in events] == [("ACCUSE", "occurred")]
    events, _ = run("وقال الوزير إن تركيا ترفض طلب إيران.", [TURKEY, IRAN], res, title="خبر")
    assert [(e.type, e.status) for e in events] == [("REJECT", "occurred")]


def test_recalling_ones_own_ambassador_is_a_sanction(res: EventResources) -> None:
    events, nm = run("واستدعت البحرين سفيرها لدى إيران للتشاور.", [BAHRAIN, IRAN], res)
    [ev] = events
    assert (ev.type, ev.mode) == ("SANCTION", "break_relations")
    assert _roles(ev, nm) == {"Bahrain": "source", "Iran": "target"}


def test_summoning_another_states_ambassador_stays_a_meeting(res: EventResources) -> None:
    events, _ = run("واستدعت البحرين السفير الإيراني لديها.", [BAHRAIN, IRAN], res)
    [ev] = events
    assert (ev.type, ev.mode) == ("CONSULT", "meet")


def test_an_act_in_reply_is_not_merged_with_the_act_it_answers(res: EventResources) -> None:
    text = (
        "طردت روسيا 60 دبلوماسيا من الولايات المتحدة. "
        "وكانت الولايات المتحدة قد طردت 60 دبلوماسيا من روسيا."
    )
    events, nm = run(text, [RUSSIA, USA], res)
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert len(sanctions) == 2
    sources = {nm[p.entity] for e in sanctions for p in e.participants if p.role == "source"}
    assert sources == {"Russia", "United States"}


def test_one_call_per_caller(res: EventResources) -> None:
    text = "تلقى وزير الخارجية سامح شكري اليوم اتصالين هاتفيين من سيرغي لافروف وجون كيري."
    events, nm = run(text, [SHOUKRY, LAVROV, KERRY], res)
    calls = [e for e in events if e.mode == "phone"]
    assert len(calls) == 2
    assert {frozenset(_roles(e, nm).items()) for e in calls} == {
        frozenset({("Sameh Shoukry", "target"), ("Sergey Lavrov", "source")}),
        frozenset({("Sameh Shoukry", "target"), ("John Kerry", "source")}),
    }


def test_an_actor_after_a_preposition_is_not_the_subject(res: EventResources) -> None:
    # The subject (الوحدات) is no entity here: the party after بـ must not become it.
    events, nm = run("وتنكر الوحدات أي صلة بحزب العمال الكردستاني.", [PKK], res, title="خبر")
    for ev in events:
        assert "source" not in _roles(ev, nm).values()


def test_an_adverbial_does_not_break_a_phrase_trigger(res: EventResources) -> None:
    text = "أطلقت الليلة الماضية سراح صحفي تركي اعتقلته السلطات المصرية."
    events, _ = run(text, [EGYPT, TURKEY], res)
    assert [e.type for e in events] == ["CONCEDE"]


def test_negation_and_attendance_cues_are_read(res: EventResources) -> None:
    events, _ = run("لم يلتق سامح شكري سيرغي لافروف.", [SHOUKRY, LAVROV], res)
    assert events == []
    text = "التقى سامح شكري سيرغي لافروف. حضر اللقاء جون كيري."
    events, nm = run(text, [SHOUKRY, LAVROV, KERRY], res)
    [ev] = events
    assert set(_roles(ev, nm)) == {"Sameh Shoukry", "Sergey Lavrov"}


def test_the_speaker_is_not_a_party_of_a_reported_act(res: EventResources) -> None:
    text = "وحذر سيرغي لافروف من أن الضربات الأمريكية على إيران ستعقد الوضع."
    usa = Ent("c6", "GPE", "United States", ["الأمريكية"], "USA", subtype="country")
    events, nm = run(text, [LAVROV, usa, IRAN], res)
    [ev] = events
    assert ev.type == "ASSAULT"
    assert "Sergey Lavrov" not in _roles(ev, nm)


def test_a_denial_of_reported_speech_credits_the_denier(res: EventResources) -> None:
    text = "ونفت إيران تقارير قالت إن تركيا قصفت البحرين."
    events, nm = run(text, [IRAN, BAHRAIN, TURKEY], res)
    rejections = [e for e in events if e.type == "REJECT"]
    assert [_roles(e, nm) for e in rejections] == [{"Iran": "source"}]


def test_a_city_is_not_a_condemnation(res: EventResources) -> None:
    # "مدينا" (condemning) is listed as a one-word phrase: no verb forms (مدينة).
    events, _ = run("وصل سامح شكري إلى مدينة في تركيا.", [SHOUKRY, TURKEY], res)
    assert "ACCUSE" not in {e.type for e in events}


def test_a_standing_committee_meeting_is_no_new_body(res: EventResources) -> None:
    text = "ومن المقرر أن تعقد اللجنة المشتركة بين مصر وتركيا اجتماعا في أنقرة."
    events, _ = run(text, [EGYPT, TURKEY], res)
    assert [(e.type, e.status) for e in events] == [("CONSULT", "planned")]


def test_a_comma_inside_a_list_of_parties_keeps_the_clause(res: EventResources) -> None:
    text = "ولم يتم التوصل إلى اتفاق بين الأطراف الثلاثة مصر، وتركيا، وإيران."
    events, nm = run(text, [EGYPT, TURKEY, IRAN], res)
    assert [set(_roles(e, nm)) for e in events] == [{"Egypt", "Turkey", "Iran"}]


def test_the_outlets_own_dateline_credits_no_one(res: EventResources) -> None:
    cnn = Ent("m2", "ORG", "CNN", ["CNN"], None, subtype="media", kb_id="org:cnn")
    dubai = Ent("g3", "GPE", "Dubai", ["دبي"], "ARE", subtype="city")
    ents = [cnn, dubai, SHOUKRY, LAVROV]
    text = "دبي (CNN)-- التقى سامح شكري سيرغي لافروف."
    events, _ = run(text, ents, res, url="https://arabic.cnn.com/x")
    assert [e.attributed_to for e in events] == [[]]
    events, _ = run(text, ents, res, url="https://example.org/x")
    assert [e.attributed_to for e in events] == [["m2"]]


def test_an_impersonal_reporting_verb_credits_no_one(res: EventResources) -> None:
    events, _ = run("يذكر أن تركيا استهدفت مواقع في إيران.", [TURKEY, IRAN], res)
    assert [e.attributed_to for e in events] == [[]]


def test_an_actor_quoted_after_the_verb_is_not_its_subject(res: EventResources) -> None:
    text = "وانتقد «سياسة الحكومة الإيرانية في المنطقة»."
    events, nm = run(text, [IRAN], res, title="خبر")
    assert [_roles(e, nm) for e in events] == [{"Iran": "target"}]


def test_an_invitation_inside_a_visit_clause_is_an_event(res: EventResources) -> None:
    text = "وتأتي زيارة سامح شكري إلى روسيا بدعوة من سيرغي لافروف."
    events, nm = run(text, [SHOUKRY, RUSSIA, LAVROV], res)
    invites = [e for e in events if e.type == "REQUEST"]
    assert [_roles(e, nm).get("Sergey Lavrov") for e in invites] == ["source"]


def test_a_visit_takes_place_at_its_destination(res: EventResources) -> None:
    muscat = Ent("g4", "GPE", "Muscat", ["مسقط"], "OMN", subtype="capital")
    events, _ = run("وبدأ سامح شكري أمس زيارة إلى مسقط.", [SHOUKRY, muscat], res)
    [ev] = events
    assert (ev.mode, ev.location) == ("visit", "g4")


def test_during_a_visit_and_present_tense_talks_are_ongoing(res: EventResources) -> None:
    text = "وقال لافروف خلال زيارته إلى مصر إن الحل قريب."
    events, _ = run(text, [LAVROV, EGYPT], res, title="خبر")
    assert [(e.type, e.status) for e in events] == [("CONSULT", "ongoing")]
    events, _ = run("ويجري لافروف محادثات مع شكري.", [LAVROV, SHOUKRY], res, title="خبر")
    assert [(e.type, e.status) for e in events] == [("CONSULT", "ongoing")]


def test_future_or_headline_light_verbs_are_not_ongoing(res: EventResources) -> None:
    events, _ = run("وسيجري لافروف محادثات مع شكري.", [LAVROV, SHOUKRY], res, title="خبر")
    assert [(e.type, e.status) for e in events] == [("CONSULT", "planned")]
    events, _ = run("قال المصدر.", [TURKEY, IRAN], res, title="تركيا تشن غارات على إيران")
    assert [(e.type, e.status) for e in events] == [("ASSAULT", "occurred")]


def test_a_past_form_iv_verb_is_no_present_tense(res: EventResources) -> None:
    # أجرى (he conducted) is spelt as أجري (I conduct) once normalised
    events, _ = run("وأجرى لافروف محادثات مع شكري.", [LAVROV, SHOUKRY], res, title="خبر")
    assert [(e.type, e.status) for e in events] == [("CONSULT", "occurred")]


def test_an_organisation_in_a_persons_title_is_no_party(res: EventResources) -> None:
    haq = Ent("p9", "PER", "Farhan Haq", ["فرحان حق"])
    un = Ent("o9", "ORG", "United Nations", ["الأمم المتحدة"], subtype="igo", kb_id="org:un")
    text = "ورحب فرحان حق الناطق باسم الأمم المتحدة بالهدنة التي دعت إليها مصر."
    un.affiliation = True
    events, nm = run(text, [haq, un, EGYPT], res)
    assert [set(_roles(e, nm)) for e in events if e.type == "SUPPORT"] == [{"Farhan Haq"}]
    un.affiliation = False
    events, nm = run(text, [haq, un, EGYPT], res)
    assert "United Nations" in set(_roles(events[0], nm))


def test_a_phone_call_with_a_long_subject_before_its_adverb(res: EventResources) -> None:
    tamim = Ent("p7", "PER", "Tamim bin Hamad", ["الشيخ تميم بن حمد بن خليفة آل ثاني"], "QAT")
    sabah = Ent("p8", "PER", "Sabah al-Ahmad", ["الشيخ صباح الأحمد الجابر الصباح"], "KWT")
    qatar = Ent("c9", "GPE", "Qatar", ["قطر"], "QAT", subtype="country")
    text = (
        "وتحدث الشيخ تميم بن حمد بن خليفة آل ثاني أمير قطر هاتفيا الليلة الماضية"
        " مع الشيخ صباح الأحمد الجابر الصباح."
    )
    events, nm = run(text, [tamim, sabah, qatar], res)
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "phone")]
    assert _roles(events[0], nm) == {"Tamim bin Hamad": "source", "Sabah al-Ahmad": "target"}


def test_who_will_pay_the_price_is_the_target_of_the_speakers_threat(
    res: EventResources,
) -> None:
    erdogan = Ent("p6", "PER", "Recep Tayyip Erdogan", ["رجب طيب أردوغان"], "TUR")
    holland = Ent("c4", "GPE", "Netherlands", ["هولندا"], "NLD", subtype="country")
    text = "قال رجب طيب أردوغان، في كلمة ألقاها الأحد، إن هولندا ستدفع ثمن تصرفاتها تجاه تركيا."
    events, nm = run(text, [erdogan, holland, TURKEY], res)
    assert [(e.type, _roles(e, nm)) for e in events] == [
        ("THREATEN", {"Recep Tayyip Erdogan": "source", "Netherlands": "target"})
    ]


def test_what_a_demand_asks_for_is_not_its_status(res: EventResources) -> None:
    events, _ = run("وطالبت مصر تركيا بإلغاء القرار.", [EGYPT, TURKEY], res)
    assert [(e.type, e.status) for e in events] == [("REQUEST", "occurred")]
    events, _ = run("وقالت مصر إن زيارة تركيا ألغيت.", [EGYPT, TURKEY], res)
    assert ("CONSULT", "cancelled") in [(e.type, e.status) for e in events]


def test_the_announcer_of_an_act_noun_did_it(res: EventResources) -> None:
    text = "أعلنت مصر أمس عن اعتقال قيادي في حزب العمال الكردستاني."
    events, nm = run(text, [EGYPT, PKK], res)
    [ev] = events
    assert _roles(ev, nm) == {"Egypt": "source", "PKK": "target"}


def test_lam_after_a_strike_noun_marks_its_agent(res: EventResources) -> None:
    events, nm = run("مقتل جنود في قصف لتركيا على المواقع المصرية.", [EGYPT, TURKEY], res)
    [ev] = events
    assert _roles(ev, nm) == {"Turkey": "source", "Egypt": "target"}


def test_a_participle_without_a_named_doer_has_only_objects(res: EventResources) -> None:
    text = (
        "ونقلت وسائل إعلام عن مصدر عسكري قوله إن صواريخ سقطت في المطار، متهما تركيا بقصف المنطقة."
    )
    events, nm = run(text, [TURKEY], res)
    assert [(e.type, _roles(e, nm)) for e in events if e.type == "ACCUSE"] == [
        ("ACCUSE", {"Turkey": "target"})
    ]


def test_a_terrorist_threat_is_no_threat_made(res: EventResources) -> None:
    obama = Ent("p5", "PER", "Barack Obama", ["باراك أوباما"], "USA")
    events, _ = run("وتوقع باراك أوباما استمرار التهديدات الإرهابية في العالم.", [obama], res)
    assert [e.type for e in events if e.type == "THREATEN"] == []


def test_the_speakers_pronoun_before_a_verb_is_its_subject(res: EventResources) -> None:
    events, nm = run("وأعلن سامح شكري أنه سيزور تركيا خلال الشهر المقبل.", [SHOUKRY, TURKEY], res)
    [ev] = events
    assert (ev.type, ev.status) == ("CONSULT", "planned")
    assert _roles(ev, nm) == {"Sameh Shoukry": "source", "Turkey": "target"}


def test_aid_named_by_its_convoys_sums_and_arms(res: EventResources) -> None:
    events, _ = run("وخصصت مصر مبالغ لإغاثة المتضررين في تركيا.", [EGYPT, TURKEY], res)
    assert "AID" in [e.type for e in events]
    events, _ = run("وتواصل تركيا تسيير قوافل إغاثة إلى مصر.", [EGYPT, TURKEY], res)
    assert "AID" in [e.type for e in events]


def test_counterparts_after_a_comma_meet_their_peer_named_before(res: EventResources) -> None:
    fm = "Minister of Foreign Affairs"
    lavrov = Ent("p3", "PER", "Sergey Lavrov", ["سيرغي لافروف"], "RUS", kb_id="per:l", title=fm)
    kerry = Ent("p4", "PER", "John Kerry", ["جون كيري"], "USA", kb_id="per:k", title=fm)
    jubeir = Ent("p5", "PER", "Adel al-Jubeir", ["عادل الجبير"], "SAU", kb_id="per:j", title=fm)
    emir = Ent("p6", "PER", "Tamim bin Hamad", ["تميم بن حمد"], "QAT", kb_id="per:t", title="Emir")
    text = (
        "وصل سيرغي لافروف إلى الدوحة للقاء الأمير تميم بن حمد، على أن يلتقي لاحقا"
        " بنظيريه، الأميركي جون كيري والسعودي عادل الجبير."
    )
    events, nm = run(text, [lavrov, emir, kerry, jubeir], res)
    meetings = [names(e, nm) for e in events if e.type == "CONSULT"]
    assert {"Sergey Lavrov", "John Kerry", "Adel al-Jubeir"} in meetings


def _dated(text: str, *spans: tuple[str, str, str]) -> tuple[Time, ...]:
    """Time expressions of `text`: (words, value, precision) each."""
    out = []
    for words, value, precision in spans:
        start = text.index(words)
        out.append(Time(start, start + len(words), words, value, precision))
    return tuple(out)


def test_a_definite_mention_dated_months_away_is_another_event(res: EventResources) -> None:
    # the same campaign a day later keeps its attackers; an attack of another month
    # is one whose attackers this sentence does not name
    isis = Ent("o3", "ORG", "Islamic State", ["تنظيم داعش"], subtype="armed", kb_id="org:i")
    text = (
        "هاجم تنظيم داعش مواقع الجيش في مصر الخميس. ووقعت الهجمات الجديدة الجمعة."
        " وكان أبرزها الهجوم على متحف في مارس الماضي."
    )
    times = _dated(
        text,
        ("الخميس", "2024-05-16", "day"),
        ("الجمعة", "2024-05-17", "day"),
        ("مارس الماضي", "2024-03", "month"),
    )
    events, nm = run(text, [isis, EGYPT], res, times=times)
    attacks = {e.date.value: names(e, nm) for e in events if e.type == "ASSAULT"}
    assert "Islamic State" in attacks["2024-05-16"]
    assert attacks.get("2024-05-17") == attacks["2024-05-16"]
    assert "2024-03" not in attacks


def test_the_person_after_a_required_penalty_word_is_sentenced(res: EventResources) -> None:
    """ "قضت محكمة بسجن X": X is sentenced, not the court's subject."""
    geneina = Ent("p9", "PER", "Hisham Geneina", ["هشام جنينة"], "EGY", kb_id="per:g")
    events, nm = run("قضت محكمة عسكرية الثلاثاء بسجن هشام جنينة خمس سنوات.", [geneina], res)
    [ev] = events
    assert (ev.type, _roles(ev, nm)) == ("COERCE", {"Hisham Geneina": "target"})


def test_but_she_agreed_shares_the_subject_of_the_act_before(res: EventResources) -> None:
    """ "رفضت تركيا … لكنها وافقت على": the pronoun of لكنها is Turkey."""
    text = "ورفضت تركيا الانضمام إلى الحلف لكنها وافقت على السماح لإيران باستخدام القاعدة."
    events, nm = run(text, [TURKEY, IRAN], res)
    agree = [names(e, nm) for e in events if e.type == "AGREE"]
    assert agree == [{"Turkey", "Iran"}]


def test_an_act_noun_in_the_topic_of_another_act_takes_no_actor_before_it(
    res: EventResources,
) -> None:
    """ "جلسة طارئة لمصر لمناقشة قضية الهجوم": the ones who meet did not attack;
    "موقف مصر حول الهجوم على تركيا": Turkey was attacked, not by Egypt."""
    text = "كما يتزامن هذا مع انعقاد جلسة طارئة لمصر لمناقشة قضية الهجوم الكيماوي."
    events, _ = run(text, [EGYPT, TURKEY], res)
    assert "ASSAULT" not in {e.type for e in events}
    text = "وتحدث الرئيس المصري عن موقف مصر حول الهجوم على تركيا."
    events, nm = run(text, [EGYPT, TURKEY], res)
    assert [_roles(e, nm) for e in events if e.type == "ASSAULT"] == [{"Turkey": "target"}]


def test_an_office_holder_attacking_people_or_states_criticises_them(
    res: EventResources,
) -> None:
    """ "هاجم لافروف كيري": words, not arms; a named gunman or an armed group still
    assaults."""
    events, nm = run("وهاجم لافروف الوزير كيري بشدة.", [LAVROV, KERRY], res)
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "criticize")]
    assert _roles(events[0], nm) == {"Sergey Lavrov": "source", "John Kerry": "target"}
    gunman = Ent("p8", "PER", "Anis Amri", ["أنيس العامري"], "TUN")
    events, _ = run("وهاجم أنيس العامري سوقا في روسيا.", [gunman, RUSSIA], res)
    assert [e.type for e in events] == ["ASSAULT"]
    events, _ = run("وهاجم حزب العمال الكردستاني مواقع في تركيا.", [PKK, TURKEY], res)
    assert [e.type for e in events] == ["ASSAULT"]


def test_who_judges_an_act_is_no_party_of_it(res: EventResources) -> None:
    """ "ووصف لافروف الاتفاق بأنه تاريخي": the agreement already reported, not one of
    Lavrov's."""
    text = (
        "واتفقت مصر وتركيا على تبادل السفراء. ووصف وزير الخارجية الروسي سيرغي لافروف"
        " الاتفاق بأنه تاريخي."
    )
    events, nm = run(text, [EGYPT, TURKEY, LAVROV], res)
    assert [names(e, nm) for e in events if e.type == "AGREE"] == [{"Egypt", "Turkey"}]


def test_a_trigger_a_few_words_after_a_time_word_is_an_event_of_its_own(
    res: EventResources,
) -> None:
    """ "… قبل بدء جولة جديدة من محادثات السلام بين مصر وتركيا": the talks are an
    event, not the topic of the attack before them."""
    text = "وهاجمت إيران مواقع في سوريا قبل بدء جولة جديدة من محادثات السلام بين مصر وتركيا."
    events, nm = run(text, [IRAN, EGYPT, TURKEY], res)
    assert {"Egypt", "Turkey"} in [names(e, nm) for e in events if e.type == "CONSULT"]


HOUTHIS = Ent("o9", "ORG", "Houthis", ["الحوثيون", "الحوثيين"], "YEM", subtype="armed", kb_id="o:h")
UAE = Ent("c9", "GPE", "United Arab Emirates", ["الإمارات"], "ARE", subtype="country")
ABU_DHABI = Ent("g9", "GPE", "Abu Dhabi", ["أبوظبي"], "ARE", subtype="capital")


def test_an_attack_on_a_city_strikes_the_state_it_lies_in(res: EventResources) -> None:
    """ "قصف الحوثيون مطار أبوظبي": the Emirates are struck; "في اليمن" is only where."""
    events, nm = run("وقصف الحوثيون مطار أبوظبي.", [HOUTHIS, ABU_DHABI, UAE], res)
    [attack] = [e for e in events if e.type == "ASSAULT"]
    assert _roles(attack, nm) == {"Houthis": "source", "United Arab Emirates": "target"}


def test_a_headline_denial_after_the_act_denies_it(res: EventResources) -> None:
    """ "الحوثيون يعلنون قصف مطار أبوظبي والإمارات تنفي": denied, and the Emirates'
    denial is an act of its own."""
    title = "الحوثيون يعلنون قصف مطار أبوظبي والإمارات تنفي"
    events, _ = run("قال مسؤول إن التحقيق مستمر.", [HOUTHIS, ABU_DHABI, UAE], res, title=title)
    kinds = {(e.type, e.status) for e in events}
    assert ("ASSAULT", "denied") in kinds
    assert ("REJECT", "occurred") in kinds


def test_an_act_the_body_dates_long_before_is_not_the_headlines(res: EventResources) -> None:
    """The headline's undated attack is the news of the day; one the body places in
    another month is background, an event of its own."""
    title = "الحوثيون يقصفون مطار أبوظبي"
    text = "وفي ديسمبر الماضي، قصف الحوثيون محطة في أبوظبي."
    start = len(title) + 1 + text.index("ديسمبر")  # the article's text is title + body
    times = (Time(start, start + len("ديسمبر الماضي"), "ديسمبر الماضي", "2023-12", "month"),)
    events, _ = run(text, [HOUTHIS, ABU_DHABI, UAE], res, title=title, times=times)
    assert len([e for e in events if e.type == "ASSAULT"]) == 2


def test_what_is_reported_after_another_act_is_an_act_of_its_own(res: EventResources) -> None:
    """ "وهاجمت إيران مواقع في سوريا وقالت إن تركيا هدف مشروع": a threat against Turkey
    besides the attack; a relative "الذي أعلن عنه" is no report."""
    text = "وهاجمت إيران مواقع في سوريا وقالت إن تركيا هدف مشروع."
    events, nm = run(text, [IRAN, TURKEY], res)
    threats = [_roles(e, nm) for e in events if e.type == "THREATEN"]
    assert threats and threats[0].get("Turkey") == "target"
    assert all("Turkey" not in names(e, nm) for e in events if e.type == "ASSAULT")
