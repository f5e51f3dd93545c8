"""Argument rules of the generalisation round: plain nouns and bare titles that refer
to bodies already named, unnamed subjects, titles of persons, object phrases, nisbas of
governed nouns, replies, and separate measures.

Each test is a short sentence of our own with its entities given by hand (helpers.run).
"""

from __future__ import annotations

from marsad.events import EventResources

from .helpers import Ent, run
from .helpers import of_type as _of
from .helpers import roles as _roles

EGYPT = Ent("c1", "GPE", "Egypt", ["مصر", "المصري", "المصرية"], "EGY", subtype="country")
SYRIA = Ent("c3", "GPE", "Syria", ["سوريا"], "SYR", subtype="country")
LEBANON = Ent("c4", "GPE", "Lebanon", ["لبنان", "اللبنانيون"], "LBN", subtype="country")
SAUDI = Ent("c11", "GPE", "Saudi Arabia", ["السعودية"], "SAU", subtype="country")
RUSSIA = Ent("c8", "GPE", "Russia", ["روسيا", "الروسية", "والروسية"], "RUS", subtype="country")
USA = Ent("c6", "GPE", "United States", ["الولايات المتحدة", "الأمريكي"], "USA", subtype="country")
HAMAS = Ent("o1", "ORG", "Hamas", ["حماس"], "PSE", subtype="party", kb_id="org:h")
ABBAS = Ent("p1", "PER", "Mahmoud Abbas", ["محمود عباس"], "PSE", kb_id="per:ab")
COALITION = Ent(
    "o5", "ORG", "Saudi-led Coalition", ["التحالف العربي"], "SAU", subtype="military", kb_id="o:c"
)
HOUTHIS = Ent("o6", "ORG", "Houthis", ["الحوثيين", "الحوثي"], "YEM", subtype="armed", kb_id="o:h")
SYRIAN_GOV = Ent("o7", "ORG", "Syrian Government", ["النظام السوري"], "SYR", subtype="gov")
LEAGUE = Ent("o8", "ORG", "Arab League", ["جامعة الدول العربية"], None, subtype="igo", kb_id="o:a")
UN = Ent("o9", "ORG", "United Nations", ["الأمم المتحدة"], None, subtype="igo", kb_id="o:u")
GUTERRES = Ent("p2", "PER", "Antonio Guterres", ["أنطونيو غوتيريش"], None, kb_id="per:g")
HOUTHI_LEADER = Ent("p3", "PER", "Abdul-Malik al-Houthi", ["عبد الملك الحوثي"], "YEM", kb_id="p:h")
# The entity stage links a bare title to its holder; his name is not in the mention.
LEAGUE_CHIEF = Ent(
    "p4", "PER", "Ahmed Aboul Gheit", ["أحمد أبو الغيط", "الأمين العام"], None, kb_id="per:ag"
)
ISIS = Ent("o10", "ORG", "Islamic State", ["داعش"], None, subtype="armed", kb_id="o:is")
EGYPT_ARMY = Ent("o11", "ORG", "Egyptian Army", ["الجيش المصري"], "EGY", subtype="military")


# ---------------------------------------------------------------- plain nouns
def test_a_plain_noun_refers_to_the_body_named_before(res: EventResources) -> None:
    text = "التقى محمود عباس وفدا من حركة حماس. ورحبت الحركة بنتائج اللقاء."
    events, nm = run(text, [ABBAS, HAMAS], res)
    [welcome] = _of(events, "SUPPORT")
    assert _roles(welcome, nm) == {"Hamas": "source"}


def test_a_plain_noun_after_the_verb_is_the_subject_not_the_object(
    res: EventResources,
) -> None:
    text = "شنت طائرات التحالف العربي غارات على صنعاء. واتهم التحالف الحوثيين بقصف المدينة."
    events, nm = run(text, [COALITION, HOUTHIS], res)
    [accusation] = _of(events, "ACCUSE")
    assert _roles(accusation, nm) == {"Saudi-led Coalition": "source", "Houthis": "target"}


def test_a_plain_noun_with_its_own_adjective_is_another_body(res: EventResources) -> None:
    text = "شنت طائرات التحالف العربي غارات على صنعاء. واتهم التحالف الدولي الحوثيين."
    events, nm = run(text, [COALITION, HOUTHIS], res)
    [accusation] = _of(events, "ACCUSE")
    assert "Saudi-led Coalition" not in _roles(accusation, nm)


def test_an_unresolved_plain_noun_subject_leaves_the_object_a_target(
    res: EventResources,
) -> None:
    events, nm = run("واتهمت المعارضة النظام السوري بقصف حلب.", [SYRIAN_GOV], res)
    [accusation] = _of(events, "ACCUSE")
    assert _roles(accusation, nm) == {"Syrian Government": "target"}


def test_plural_people_after_the_verb_are_an_unnamed_subject(res: EventResources) -> None:
    text = "واستنكر الوزراء العنف الذي يمارسه النظام السوري ضد المدنيين."
    events, nm = run(text, [SYRIAN_GOV], res)
    [condemnation] = _of(events, "ACCUSE")
    assert _roles(condemnation, nm) == {"Syrian Government": "target"}


def test_a_nisba_after_the_plural_noun_names_the_subject(res: EventResources) -> None:
    events, nm = run("واتهم المسؤولون اللبنانيون السعودية بالتدخل.", [LEBANON, SAUDI], res)
    [accusation] = _of(events, "ACCUSE")
    assert _roles(accusation, nm) == {"Lebanon": "source", "Saudi Arabia": "target"}


def test_a_group_noun_before_the_verb_is_an_unnamed_subject(res: EventResources) -> None:
    events, nm = run("والغرب يتهم روسيا بالعبث بالأدلة.", [RUSSIA], res, title="خبر")
    [accusation] = _of(events, "ACCUSE")
    assert _roles(accusation, nm) == {"Russia": "target"}


def test_a_verb_with_its_own_subject_is_no_topic_of_the_trigger_before(
    res: EventResources,
) -> None:
    text = "وجاءت الضربة ردا على هجوم كيماوي اتهمت الولايات المتحدة سوريا بتنفيذه."
    events, nm = run(text, [USA, SYRIA], res)
    [accusation] = _of(events, "ACCUSE")
    assert _roles(accusation, nm) == {"United States": "source", "Syria": "target"}


def test_after_a_relative_pronoun_the_antecedent_is_the_subject(res: EventResources) -> None:
    text = "وهو ما تؤكده الولايات المتحدة، التي تدعم قوات النظام السوري في معاركها."
    events, nm = run(text, [USA, SYRIAN_GOV], res)
    [aid] = _of(events, "AID")
    assert _roles(aid, nm) == {"United States": "source", "Syrian Government": "target"}
    assert aid.status == "ongoing"


def test_a_backer_and_the_force_it_backs_are_read_around_the_participle(
    res: EventResources,
) -> None:
    text = "واستهدف الحوثيون المدعومون من إيران مواقع للتحالف العربي."
    iran = Ent("c15", "GPE", "Iran", ["إيران"], "IRN", subtype="country")
    events, nm = run(text, [HOUTHIS, iran, COALITION], res)
    [aid] = _of(events, "AID")
    assert _roles(aid, nm) == {"Iran": "source", "Houthis": "target"}
    assert aid.status == "ongoing"
    text = "وقال محمود عباس إن الحوثيين المدعومين من قبل إيران استهدفوا التحالف العربي."
    events, nm = run(text, [ABBAS, HOUTHIS, iran, COALITION], res)
    [attack] = _of(events, "ASSAULT")
    assert _roles(attack, nm) == {"Houthis": "source", "Saudi-led Coalition": "target"}


# ---------------------------------------------------------------- titles
def test_a_body_in_a_persons_title_is_not_a_party(res: EventResources) -> None:
    text = "وتوعد زعيم الحوثيين عبد الملك الحوثي السعودية برد قاس."
    events, nm = run(text, [HOUTHIS, HOUTHI_LEADER, SAUDI], res)
    [threat] = _of(events, "THREATEN")
    assert _roles(threat, nm) == {"Abdul-Malik al-Houthi": "source", "Saudi Arabia": "target"}


def test_the_body_in_the_title_and_its_official_are_one_act(res: EventResources) -> None:
    text = "الأمم المتحدة تدين التفجير\nأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش التفجير."
    events, nm = run(text, [UN, GUTERRES], res)
    condemnations = _of(events, "ACCUSE")
    assert [_roles(e, nm) for e in condemnations] == [{"Antonio Guterres": "source"}]


def test_an_official_named_by_title_alone_counts_as_the_body(res: EventResources) -> None:
    text = "رحب الأمين العام لجامعة الدول العربية بالاتفاق."
    events, nm = run(text, [LEAGUE_CHIEF, LEAGUE], res)
    [welcome] = _of(events, "SUPPORT")
    assert _roles(welcome, nm) == {"Arab League": "source"}


def test_a_bare_title_refers_to_the_body_it_was_given_with(res: EventResources) -> None:
    text = (
        "وصل وفد من جامعة الدول العربية إلى القاهرة بتكليف من الأمين العام لجامعة الدول العربية. "
        "وأدان الأمين العام بشدة الهجمات على الجيش المصري."
    )
    league = Ent("o8", "ORG", "Arab League", ["جامعة الدول العربية"], None, subtype="igo")
    events, nm = run(text, [league, EGYPT_ARMY], res)
    [condemnation] = _of(events, "ACCUSE")
    assert _roles(condemnation, nm)["Arab League"] == "source"


def test_a_nameless_title_before_a_named_person_is_his_title(res: EventResources) -> None:
    # The entity stage may link "ولي العهد" to another holder than the person named.
    other = Ent("p6", "PER", "Former Crown Prince", ["خالد الفيصل", "ولي العهد"], "SAU")
    named = Ent("p7", "PER", "Fahd bin Ali", ["الأمير فهد بن علي"], "SAU", kb_id="per:f")
    text = "وتلقى ولي العهد السعودي الأمير فهد بن علي اتصالا هاتفيا من الرئيس محمود عباس."
    events, nm = run(text, [other, SAUDI, named, ABBAS], res)
    [call] = _of(events, "CONSULT")
    assert _roles(call, nm) == {"Fahd bin Ali": "target", "Mahmoud Abbas": "source"}


# ---------------------------------------------------------------- objects and nisbas
def test_a_nisba_after_an_act_and_its_object_is_the_target(res: EventResources) -> None:
    events, nm = run("أغلقت الولايات المتحدة أمس القنصلية الروسية في سياتل.", [USA, RUSSIA], res)
    [closure] = _of(events, "SANCTION")
    assert _roles(closure, nm) == {"United States": "source", "Russia": "target"}
    events, nm = run("وأطلق سراح الرهينة الروسية.", [RUSSIA], res)
    [release] = _of(events, "CONCEDE")
    assert _roles(release, nm) == {"Russia": "target"}


def test_the_nisba_of_a_governed_noun_is_no_subject(res: EventResources) -> None:
    text = "وقال مسؤول إن الإفراج عن القس الأمريكي تم بقرار من المحكمة."
    events, nm = run(text, [USA], res)
    [release] = _of(events, "CONCEDE")
    assert _roles(release, nm) == {"United States": "target"}


def test_two_measures_in_one_sentence_are_two_sanctions(res: EventResources) -> None:
    text = "وطردت الولايات المتحدة 60 دبلوماسيا من روسيا، وأغلقت القنصلية الروسية في سياتل."
    events, nm = run(text, [USA, RUSSIA], res)
    sanctions = _of(events, "SANCTION")
    assert len(sanctions) == 2
    assert all(_roles(e, nm)["United States"] == "source" for e in sanctions)


def test_the_subject_of_a_trigger_noun_is_the_first_actor_of_its_verb(
    res: EventResources,
) -> None:
    events, nm = run("وسلمت مصر السفير الأمريكي احتجاجا رسميا.", [EGYPT, USA], res)
    [protest] = _of(events, "ACCUSE")
    assert _roles(protest, nm) == {"Egypt": "source", "United States": "target"}


def test_a_clause_that_continues_after_a_comma_keeps_its_subject(
    res: EventResources,
) -> None:
    text = "وعبرت مصر، مساء أمس، عن تضامنها مع السعودية."
    events, nm = run(text, [EGYPT, SAUDI], res)
    [support] = _of(events, "SUPPORT")
    assert _roles(support, nm) == {"Egypt": "source", "Saudi Arabia": "target"}


def test_an_object_after_an_adverbial_set_off_by_commas_is_in_the_clause(
    res: EventResources,
) -> None:
    shoukry = Ent("p9", "PER", "Sameh Shoukry", ["سامح شكري"], "EGY", kb_id="per:ss")
    text = (
        "استقبل الرئيس محمود عباس، في مقر الرئاسة برام الله اليوم (الأربعاء)، "
        "وزير الخارجية المصري سامح شكري والوفد المرافق له."
    )
    events, nm = run(text, [ABBAS, EGYPT, shoukry], res)
    [visit] = _of(events, "CONSULT")
    assert _roles(visit, nm) == {"Mahmoud Abbas": "target", "Sameh Shoukry": "source"}


def test_the_speaker_fronted_before_fa_asks_in_his_own_words(res: EventResources) -> None:
    text = "أما الرئيس محمود عباس فقال إنه طلب من الأمم المتحدة حماية المدنيين."
    events, nm = run(text, [ABBAS, UN], res)
    [request] = _of(events, "REQUEST")
    assert _roles(request, nm) == {"Mahmoud Abbas": "source", "United Nations": "target"}


def test_a_noun_that_normalises_like_a_reporting_verb_credits_nobody(
    res: EventResources,
) -> None:
    cairo = Ent("c20", "GPE", "Egypt", ["القاهرة"], "EGY", subtype="country")
    libya = Ent("c21", "GPE", "Libya", ["ليبيا"], "LBY", subtype="country")
    text = "في إشارة إلى الضربات التي وجهتها القاهرة قبل أيام لمجموعات شرقي ليبيا."
    events, nm = run(text, [cairo, libya], res)
    [strike] = _of(events, "ASSAULT")
    assert _roles(strike, nm) == {"Egypt": "source", "Libya": "target"}
    assert strike.attributed_to == []


def test_a_demonstrative_points_at_the_event_just_reported(res: EventResources) -> None:
    text = "اجتمع وزير خارجية مصر مع وزير خارجية سوريا أمس. وتشارك الأمم المتحدة في هذه المباحثات."
    events, nm = run(text, [EGYPT, SYRIA, UN], res)
    [talks] = _of(events, "CONSULT")
    assert {"Egypt", "Syria", "United Nations"} <= set(_roles(talks, nm))


# ---------------------------------------------------------------- undergoing
def test_the_subject_of_a_verb_of_undergoing_is_the_target(res: EventResources) -> None:
    events, nm = run("تعرض الجيش المصري لهجوم في سيناء.", [EGYPT_ARMY], res)
    [attack] = _of(events, "ASSAULT")
    assert _roles(attack, nm) == {"Egyptian Army": "target"}
    events, nm = run("وتعرضت مصر لانتقادات من الولايات المتحدة.", [EGYPT, USA], res)
    [criticism] = _of(events, "ACCUSE")
    assert _roles(criticism, nm) == {"United States": "source", "Egypt": "target"}


def test_a_purpose_with_lam_is_still_no_event(res: EventResources) -> None:
    events, _ = run("وصل الجيش المصري إلى سيناء لهجوم على داعش.", [EGYPT_ARMY, ISIS], res)
    assert not _of(events, "ASSAULT")


# ---------------------------------------------------------------- replies
def test_the_targets_reply_is_not_the_attack_it_answers(res: EventResources) -> None:
    text = "تبنى داعش هجوما على الجيش المصري في سيناء. وقال متحدث إن الجيش المصري استهدف مقرا."
    events, nm = run(text, [ISIS, EGYPT_ARMY], res)
    attacks = _of(events, "ASSAULT")
    assert len(attacks) == 2
    assert _roles(attacks[1], nm) == {"Egyptian Army": "source"}


# ---------------------------------------------------------------- participles
def test_a_participle_in_its_own_clause_acts_for_the_subject(res: EventResources) -> None:
    text = "وأكدت مصر دعمها للقرار، نافية أن تكون سوريا أرسلت قوات."
    events, nm = run(text, [EGYPT, SYRIA], res)
    [denial] = _of(events, "REJECT")
    assert _roles(denial, nm) == {"Egypt": "source"}


def test_a_participle_skips_the_states_of_a_dateline(res: EventResources) -> None:
    text = "القاهرة، مصر (CNN)-- رفضت الولايات المتحدة القرار، متوعدة بالرد على روسيا."
    events, nm = run(text, [EGYPT, USA, RUSSIA], res)
    [threat] = _of(events, "THREATEN")
    assert _roles(threat, nm)["United States"] == "source"


def test_a_plural_noun_opening_a_clause_is_no_participle(res: EventResources) -> None:
    text = "يزور الرئيس محمود عباس القاهرة، محادثات مهمة في العاصمة."
    events, _ = run(text, [ABBAS, EGYPT], res)
    assert all("participle" not in (e.explanation or "") for e in events)


# ---------------------------------------------------------------- appositions
def test_a_name_between_commas_does_not_cut_the_clause(res: EventResources) -> None:
    """ "اتهم وزير الخارجية، فلان، الدولة": the object after the apposition is the target."""
    zarif = Ent("p9", "PER", "Mohammad Javad Zarif", ["محمد جواد ظريف"], "IRN", kb_id="per:z")
    text = "واتهم وزير الخارجية الإيراني، محمد جواد ظريف، السعودية بدعم الإرهاب."
    events, nm = run(text, [zarif, SAUDI], res)
    [accusation] = _of(events, "ACCUSE")
    assert _roles(accusation, nm) == {"Mohammad Javad Zarif": "source", "Saudi Arabia": "target"}


def test_only_commas_around_exactly_one_mention_are_appositive() -> None:
    from marsad.events.units import _appositions
    from marsad.text.tokens import tokenise

    tokens = tokenise("قال الوزير، أحمد علي، إن الوفد، في مؤتمر صحفي، وصل")
    commas = [i for i, t in enumerate(tokens) if t.text == "،"]
    name = {commas[0] + 1: commas[1] - 1}  # أحمد علي is the one mention
    assert _appositions(tokens, commas, name) == {commas[0], commas[1]}
    assert _appositions(tokens, commas, {}) == set()


# ---------------------------------------------------------------- construct targets
def test_an_actor_after_marker_and_construct_noun_is_the_target(res: EventResources) -> None:
    """ "غارات على مواقع الحوثيين": على governs مواقع, the Houthis own the sites."""
    events, nm = run("وشنت مقاتلات التحالف غارات على مواقع الحوثيين في صنعاء.", [HOUTHIS], res)
    [attack] = _of(events, "ASSAULT")
    assert _roles(attack, nm) == {"Houthis": "target"}


def test_the_possessor_of_struck_sites_is_the_target(res: EventResources) -> None:
    """ "استهدفت مواقع الحوثيين": with no subject named, the sites' owner is hit; the
    owner of people who act ("عناصر داعش") is still the subject."""
    events, nm = run("وقالت القيادة إنها استهدفت مواقع الحوثيين.", [HOUTHIS], res)
    [attack] = _of(events, "ASSAULT")
    assert _roles(attack, nm) == {"Houthis": "target"}
    events, nm = run("وقصفت الطائرات مخازن أسلحة داعش.", [ISIS], res)
    assert [_roles(a, nm) for a in _of(events, "ASSAULT")] == [{"Islamic State": "target"}]
    events, nm = run("وهاجم عناصر داعش مواقع الحوثيين.", [ISIS, HOUTHIS], res)
    [attack] = _of(events, "ASSAULT")
    assert _roles(attack, nm) == {"Islamic State": "source", "Houthis": "target"}


def test_states_named_by_coordinated_adjectives_share_a_role(res: EventResources) -> None:
    """ "الضربات الأمريكية والروسية": both states struck; the state after the verb's
    object is still its target."""
    text = "واستهدفت الضربات الأمريكية والروسية مواقع الحوثيين."
    events, nm = run(text, [USA, RUSSIA, HOUTHIS], res)
    [attack] = _of(events, "ASSAULT")
    assert _roles(attack, nm) == {
        "United States": "source",
        "Russia": "source",
        "Houthis": "target",
    }
    text = "وانتقدت السعودية السياسة الأمريكية والروسية في المنطقة."
    events, nm = run(text, [SAUDI, USA, RUSSIA], res)
    [critique] = _of(events, "ACCUSE")
    assert _roles(critique, nm) == {
        "Saudi Arabia": "source",
        "United States": "target",
        "Russia": "target",
    }


def test_a_name_in_quotation_marks_is_no_quotation(res: EventResources) -> None:
    """ "ودعت منظمة «هيومن رايتس ووتش» X": the quoted name is the subject; a quotation
    after the verb still holds what was said, not the speaker."""
    hrw = Ent("o11", "ORG", "Human Rights Watch", ["هيومن رايتس ووتش"], None, subtype="ngo")
    text = "ودعت منظمة «هيومن رايتس ووتش» الولايات المتحدة إلى إثارة القضية."
    events, nm = run(text, [hrw, USA], res)
    [call] = _of(events, "REQUEST")
    assert _roles(call, nm) == {"Human Rights Watch": "source", "United States": "target"}


def test_the_possessor_of_an_act_noun_after_ila_is_its_agent(res: EventResources) -> None:
    """ "إلى تنفيذ التحالف ضربات": إلى marks no target before a construct noun."""
    text = "وتطرقت إلى تنفيذ التحالف العربي ضربات جوية ضد أهداف داعش."
    events, nm = run(text, [COALITION, ISIS], res)
    [attack] = _of(events, "ASSAULT")
    assert _roles(attack, nm) == {COALITION.name_en: "source", "Islamic State": "target"}


def test_a_noun_phrase_after_comma_and_wa_goes_on_listing_objects(res: EventResources) -> None:
    """ "استهدفت الغارات المتمردين، وبعض مواقع داعش في شمال سوريا": one act, both
    struck; "، وقتل …" (a verb) opens a clause of its own."""
    text = "واستهدفت الغارات الأمريكية الحوثيين، وبعض مواقع تنظيم داعش في شمال سوريا."
    events, nm = run(text, [USA, HOUTHIS, ISIS], res)
    [attack] = _of(events, "ASSAULT")
    assert _roles(attack, nm) == {
        "United States": "source",
        "Houthis": "target",
        "Islamic State": "target",
    }


def test_the_target_of_an_act_is_not_the_subject_of_the_next(res: EventResources) -> None:
    text = "وشنت مقاتلات التحالف غارات على مواقع الحوثيين في صنعاء، كما قصفت مخازن أسلحة."
    events, nm = run(text, [HOUTHIS], res)
    assert all(_roles(e, nm).get("Houthis") != "source" for e in _of(events, "ASSAULT"))


def test_the_object_of_a_relative_targeting_verb_is_the_target(res: EventResources) -> None:
    """ "التفجير الذي استهدف الجيش المصري": the army is hit, not the bomber."""
    text = "وأعلن تنظيم داعش مسؤوليته عن التفجير الذي استهدف الجيش المصري في سيناء."
    events, nm = run(text, [ISIS, EGYPT_ARMY], res)
    [attack] = _of(events, "ASSAULT")
    assert _roles(attack, nm).get("Egyptian Army") == "target"


def test_the_occasion_after_on_the_sidelines_is_no_party(res: EventResources) -> None:
    """ "على هامش اجتماعات الجامعة": the League's meeting is where they met, not a party."""
    text = "والتقى محمود عباس بالرئيس المصري على هامش اجتماعات جامعة الدول العربية."
    events, nm = run(text, [ABBAS, EGYPT, LEAGUE], res)
    [meeting] = _of(events, "CONSULT")
    assert "Arab League" not in _roles(meeting, nm)
    assert set(_roles(meeting, nm)) == {"Mahmoud Abbas", "Egypt"}
