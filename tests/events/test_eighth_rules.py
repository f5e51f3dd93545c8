"""Rules added in the eighth session, each on a sentence of its own: the speaker's
occasion, plural references to two officials, the speaker's state with the objects
after it, a person introduced by the body in his title, a subject fronted before قد,
the "during" status for visits only, and sides counted by state."""

from __future__ import annotations

from datetime import datetime

from marsad.events import EventResources

from .helpers import Ent, Time, run
from .helpers import of_type as _of
from .helpers import roles as _roles

LAVROV = Ent("p1", "PER", "Sergey Lavrov", ["لافروف"], "RUS", kb_id="per:lavrov")
MACRON = Ent("p2", "PER", "Emmanuel Macron", ["ماكرون"], "FRA", kb_id="per:macron")
TRUMP = Ent("p3", "PER", "Donald Trump", ["ترامب"], "USA", kb_id="per:trump")
POMPEO = Ent("p4", "PER", "Mike Pompeo", ["مايك بومبيو"], "USA", kb_id="per:pompeo")
VOTEL = Ent("p5", "PER", "Joseph Votel", ["الجنرال جوزيف فوتيل"], "USA", kb_id="per:votel")
KERRY = Ent("p6", "PER", "John Kerry", ["جون كيري"], "USA", kb_id="per:kerry")
JHINAOUI = Ent("p7", "PER", "Khemaies Jhinaoui", ["خميس الجهيناوي"], "TUN", kb_id="per:jh")
SHOUKRY = Ent("p8", "PER", "Sameh Shoukry", ["سامح شكري"], "EGY", kb_id="per:sh")
QATAR = Ent("c1", "GPE", "Qatar", ["لقطر", "قطر"], "QAT", subtype="country")
IRAN = Ent("c2", "GPE", "Iran", ["إيران"], "IRN", subtype="country")
UK = Ent("c3", "GPE", "United Kingdom", ["بريطانيين"], "GBR", subtype="country")
RIYADH = Ent("g1", "GPE", "Riyadh", ["الرياض"], "SAU", subtype="capital")
SAUDI = Ent("c4", "GPE", "Saudi Arabia", ["السعودي"], "SAU", subtype="country")
EGYPT = Ent("c5", "GPE", "Egypt", ["المصري"], "EGY", subtype="country")
SDF = Ent("o1", "ORG", "Syrian Democratic Forces", ["قوات سوريا الديمقراطية"], "SYR", "armed")
YPG = Ent("o2", "ORG", "People's Protection Units", ["وحدات حماية الشعب"], "SYR", "armed")
CENTCOM = Ent("o3", "ORG", "US Central Command", ["القيادة المركزية الأمريكية"], "USA", "military")
ISIS = Ent("o4", "ORG", "Islamic State", ["داعش"], None, subtype="armed", kb_id="o:is")


def test_the_speakers_visit_during_which_he_spoke_is_his(res: EventResources) -> None:
    """ "قال لافروف في مؤتمر صحفي خلال زيارته لقطر": Lavrov is the visitor."""
    text = "وقال لافروف في مؤتمر صحفي خلال زيارته لقطر إن الحل في سوريا سياسي."
    events, nm = run(text, [LAVROV, QATAR], res)
    [visit] = _of(events, "CONSULT")
    assert _roles(visit, nm) == {"Sergey Lavrov": "source", "Qatar": "target"}


def test_a_fronted_speaker_before_qad_is_the_source_and_his_meetings_party(
    res: EventResources,
) -> None:
    """ "كان ماكرون قد صرح خلال لقائه وفدا ...": the speaker met them, and is credited."""
    text = "وكان ماكرون قد صرح خلال لقائه مع وفد قوات سوريا الديمقراطية أن فرنسا ستدعمها."
    events, nm = run(text, [MACRON, SDF], res)
    [meeting] = _of(events, "CONSULT")
    assert set(_roles(meeting, nm)) == {"Emmanuel Macron", "Syrian Democratic Forces"}


def test_another_actor_between_the_speaker_and_the_occasion_blocks_it(
    res: EventResources,
) -> None:
    """ "قال لافروف لقطر ... خلال زيارته": with another actor named between, the
    possessor of زيارته is not certainly the speaker."""
    text = "وقال لافروف إن ترامب أشار خلال زيارته لقطر إلى الحل."
    events, nm = run(text, [LAVROV, TRUMP, QATAR], res)
    assert all("Sergey Lavrov" not in _roles(e, nm) for e in _of(events, "CONSULT"))


def test_the_two_ministers_are_the_parties_of_the_meeting_before(res: EventResources) -> None:
    text = (
        "التقى وزير الخارجية التونسي خميس الجهيناوي بالقاهرة نظيره المصري سامح شكري. "
        "ودعا الوزيران إلى وقف إطلاق النار في ليبيا."
    )
    events, nm = run(text, [JHINAOUI, SHOUKRY], res)
    [appeal] = _of(events, "REQUEST")
    assert set(_roles(appeal, nm)) == {"Khemaies Jhinaoui", "Sameh Shoukry"}


def test_after_the_speakers_state_the_other_actors_are_objects(res: EventResources) -> None:
    """ "إن بلاده تطالب إيران": Iran is asked, not asking."""
    text = "وقال وزير الخارجية الأمريكي جون كيري إن بلاده تطالب إيران بوقف دعم المتمردين."
    usa = Ent("c6", "GPE", "United States", ["الأمريكي"], "USA", subtype="country")
    events, nm = run(text, [KERRY, IRAN, usa], res)
    [request] = _of(events, "REQUEST")
    assert _roles(request, nm)["Iran"] == "target"


def test_the_speaker_stands_for_his_state_when_it_is_not_named(res: EventResources) -> None:
    text = "وقال لافروف إن بلاده قررت طرد دبلوماسيين بريطانيين."
    events, nm = run(text, [LAVROV, UK], res)
    [expel] = _of(events, "SANCTION")
    assert _roles(expel, nm) == {"Sergey Lavrov": "source", "United Kingdom": "target"}


def test_the_person_a_body_in_his_title_introduces_is_the_source(res: EventResources) -> None:
    text = (
        "وقال قائد القيادة المركزية الأمريكية الجنرال جوزيف فوتيل: "
        "«ونطالب الجهات المعنية بوقف إطلاق النار»."
    )
    events, nm = run(text, [CENTCOM, VOTEL], res)
    [request] = _of(events, "REQUEST")
    assert set(_roles(request, nm)) == {"Joseph Votel"}


def test_a_subject_before_qad_is_credited_not_the_name_after_the_verb(
    res: EventResources,
) -> None:
    """ "وكان ترامب قد أكد زيارة مايك بومبيو": Trump reports, Pompeo visits."""
    text = "وكان ترامب قد أكد في وقت سابق زيارة مايك بومبيو إلى قطر."
    events, nm = run(text, [TRUMP, POMPEO, QATAR], res)
    [visit] = _of(events, "CONSULT")
    roles = _roles(visit, nm)
    assert "Donald Trump" not in roles
    assert roles["Mike Pompeo"] == "source"


def test_during_a_meeting_tells_a_meeting_that_took_place(res: EventResources) -> None:
    text = "وأعلن ماكرون عن ذلك خلال لقائه مع وفد قوات سوريا الديمقراطية."
    events, _ = run(text, [MACRON, SDF], res, published=datetime(2018, 3, 30))
    [meeting] = _of(events, "CONSULT")
    assert meeting.status == "occurred"


def test_during_a_visit_is_still_under_way(res: EventResources) -> None:
    text = "وقال لافروف في مؤتمر صحفي خلال زيارته لقطر إن الحل سياسي."
    events, _ = run(text, [LAVROV, QATAR], res)
    [visit] = _of(events, "CONSULT")
    assert visit.status == "ongoing"


def test_by_means_of_is_no_during(res: EventResources) -> None:
    """ "من خلال استهداف": by means of targeting, not while the targeting goes on."""
    text = "وألحق طيران التحالف خسائر بداعش من خلال استهداف مواقع داعش في الرمادي."
    events, _ = run(text, [ISIS], res)
    assert all(e.status == "occurred" for e in _of(events, "ASSAULT"))


def test_two_groups_of_one_state_are_one_side_of_a_meeting(res: EventResources) -> None:
    text = "والتقى ماكرون وفدا يمثل قوات سوريا الديمقراطية ووحدات حماية الشعب في باريس."
    events, _ = run(text, [MACRON, SDF, YPG], res)
    [meeting] = _of(events, "CONSULT")
    assert len(meeting.participants) == 3
    assert meeting.mode == "meet"


def test_three_states_meet_multilaterally(res: EventResources) -> None:
    text = "واجتمع لافروف مع جون كيري ووزير الخارجية السعودي في الرياض."
    events, _ = run(text, [LAVROV, KERRY, SAUDI, RIYADH], res)
    [meeting] = _of(events, "CONSULT")
    assert meeting.mode == "multilateral"


def test_a_visit_dated_years_back_is_not_the_leads_visit(res: EventResources) -> None:
    """The lead's undated visit (the news) and "وقد زار المعلم سابقاً السلطنة في أغسطس
    2015" (background) are two visits, even once the lead has merged the title's."""
    muallem = Ent("p9", "PER", "Walid al-Muallem", ["وليد المعلم", "المعلم"], "SYR", kb_id="p:m")
    oman = Ent("c7", "GPE", "Oman", ["مسقط", "السلطنة"], "OMN", subtype="country")
    text = (
        "وصل وزير الخارجية السوري وليد المعلم إلى مسقط في زيارة رسمية.\n"
        "وقد زار المعلم سابقاً السلطنة في أغسطس عام 2015."
    )
    title = "المعلم يصل إلى مسقط"
    when = "أغسطس عام 2015"
    start = len(title) + 1 + text.index(when)
    events, _ = run(
        text,
        [muallem, oman],
        res,
        title=title,
        published=datetime(2018, 3, 27),
        times=(Time(start, start + len(when), when, "2015-08", "month"),),
    )
    visits = _of(events, "CONSULT")
    assert len(visits) == 2
    assert sorted(str(v.date.value) for v in visits) == ["2015-08", "None"]


def test_the_lead_restates_the_headlines_act_with_its_date(res: EventResources) -> None:
    """Headline "وزراء مياه مصر والسودان وإثيوبيا يبحثون …", lead "تنطلق غدًا
    اجتماعات اللجنة …" (no party named): one meeting, tomorrow, so planned."""
    sudan = Ent("c8", "GPE", "Sudan", ["السودان"], "SDN", subtype="country")
    ethiopia = Ent("c9", "GPE", "Ethiopia", ["إثيوبيا"], "ETH", subtype="country")
    egypt = Ent("c10", "GPE", "Egypt", ["مصر"], "EGY", subtype="country")
    title = "وزراء مياه مصر والسودان وإثيوبيا يبحثون سد النهضة"
    text = "تنطلق غدا اجتماعات اللجنة الفنية لسد النهضة في الخرطوم."
    start = len(title) + 1 + text.index("غدا")
    events, nm = run(
        text,
        [egypt, sudan, ethiopia],
        res,
        title=title,
        published=datetime(2015, 7, 21),
        times=(Time(start, start + len("غدا"), "غدا", "2015-07-22", "day"),),
    )
    [meeting] = _of(events, "CONSULT")
    assert set(_roles(meeting, nm)) == {"Egypt", "Sudan", "Ethiopia"}
    assert meeting.status == "planned"
    assert len(meeting.evidence) == 2


def test_an_actors_forces_after_min_are_the_agent_of_what_is_undergone(
    res: EventResources,
) -> None:
    """ "يتعرض المدنيون لقصف من قوات النظام السوري": the government bombs."""
    gov = Ent("o5", "ORG", "Syrian Government", ["النظام السوري"], "SYR", subtype="gov")
    text = "وتتعرض مدينة حلب لقصف عنيف من قوات النظام السوري منذ أسابيع."
    events, nm = run(text, [gov], res)
    [bombing] = _of(events, "ASSAULT")
    assert _roles(bombing, nm) == {"Syrian Government": "source"}


def test_a_purpose_after_min_is_no_agent(res: EventResources) -> None:
    gov = Ent("o5", "ORG", "Syrian Government", ["النظام السوري"], "SYR", subtype="gov")
    text = "وتتعرض مدينة حلب لقصف عنيف من أجل النظام السوري."
    events, nm = run(text, [gov], res)
    assert all(_roles(e, nm).get("Syrian Government") != "source" for e in _of(events, "ASSAULT"))


TURKEY = Ent("c11", "GPE", "Turkey", ["تركيا"], "TUR", subtype="country")
SYRIA = Ent("c12", "GPE", "Syria", ["سوريا", "السورية"], "SYR", subtype="country")
USA = Ent("c13", "GPE", "United States", ["الولايات المتحدة"], "USA", subtype="country")


def test_with_no_act_before_lakinnaha_resumes_the_first_state(res: EventResources) -> None:
    """ "ليس لدى تركيا خطط لإرسال قوات إلى سوريا ولكنها اتفقت مع الولايات المتحدة":
    no act before, so ها is the sentence's first state, Turkey."""
    text = (
        "وقال إنه ليس لدى تركيا خطط لإرسال قوات برية إلى سوريا "
        "ولكنها اتفقت مع الولايات المتحدة على التعاون."
    )
    events, nm = run(text, [TURKEY, SYRIA, USA], res)
    [agree] = _of(events, "AGREE")
    assert set(_roles(agree, nm)) == {"Turkey", "United States"}


def test_what_is_agreed_necessary_names_no_party(res: EventResources) -> None:
    """ "اتفقت مع الولايات المتحدة على ضرورة توفير غطاء جوي للمعارضة السورية": the
    Syrian opposition is what the agreement is about, not a party to it."""
    text = "واتفقت تركيا مع الولايات المتحدة على ضرورة توفير غطاء جوي للمعارضة السورية."
    events, nm = run(text, [TURKEY, SYRIA, USA], res)
    [agree] = _of(events, "AGREE")
    assert set(_roles(agree, nm)) == {"Turkey", "United States"}


def test_tunisian_plural_of_arrests(res: EventResources) -> None:
    gov = Ent("o6", "ORG", "Government of Tunisia", ["الحكومة التونسية"], "TUN", subtype="gov")
    text = "وقامت الحكومة التونسية بجملة من الإيقافات في قضايا فساد."
    events, nm = run(text, [gov], res)
    [arrest] = _of(events, "COERCE")
    assert arrest.mode == "arrest"
    assert _roles(arrest, nm) == {"Government of Tunisia": "source"}


def test_a_halt_to_military_operations_is_a_ceasefire(res: EventResources) -> None:
    coalition = Ent("o7", "ORG", "Saudi-led Coalition", ["التحالف"], "SAU", subtype="military")
    text = "وأكدت قيادة التحالف وقف العمليات العسكرية اعتبارا من منتصف الليل."
    events, _ = run(text, [coalition], res)
    assert [(e.type, e.mode) for e in events] == [("AGREE", "ceasefire")]


HOUTHIS = Ent("o5", "ORG", "Houthis", ["الحوثي"], "YEM", subtype="armed", kb_id="org:houthis")
SALEH = Ent("p9", "PER", "Ali Abdullah Saleh", ["صالح"], "YEM", kb_id="per:saleh")
UAE = Ent("c6", "GPE", "United Arab Emirates", ["الإمارات"], "ARE", subtype="country")
SAUDI_STATE = Ent("c7", "GPE", "Saudi Arabia", ["السعودية"], "SAU", subtype="country")
IRAN_STATE = Ent("c8", "GPE", "Iran", ["إيران"], "IRN", subtype="country")


def test_actors_joined_by_wa_share_the_subjects_role(res: EventResources) -> None:
    """ "وشنت ميليشيات الحوثي وصالح هجوما": both attacked; the organisation before the
    person joined by و is a party, not his title."""
    events, nm = run("وشنت ميليشيات الحوثي وصالح هجوما على المدينة.", [HOUTHIS, SALEH], res)
    [attack] = _of(events, "ASSAULT")
    assert _roles(attack, nm) == {"Houthis": "source", "Ali Abdullah Saleh": "source"}
    events, nm = run("أدانت السعودية والإمارات الهجوم على الناقلة.", [SAUDI_STATE, UAE], res)
    [condemn] = _of(events, "ACCUSE")
    assert _roles(condemn, nm) == {"Saudi Arabia": "source", "United Arab Emirates": "source"}


def test_objects_joined_by_wa_stay_objects(res: EventResources) -> None:
    """ "اتهمت السعودية إيران والحوثي": the chain after the object is not the subject's."""
    events, nm = run(
        "اتهمت السعودية إيران والحوثي بتهريب الأسلحة.", [SAUDI_STATE, IRAN_STATE, HOUTHIS], res
    )
    [accuse] = _of(events, "ACCUSE")
    assert _roles(accuse, nm) == {"Saudi Arabia": "source", "Iran": "target", "Houthis": "target"}


WHITE_HOUSE = Ent("o6", "ORG", "White House", ["البيت الأبيض"], "USA", subtype="gov")


def test_an_announced_act_noun_with_no_agent_is_the_announcers(res: EventResources) -> None:
    """ "أعلنت السعودية قطع العلاقات مع إيران": Saudi Arabia cut the ties it announces;
    "أعلن البيت الأبيض زيارة ترامب": the act noun has its own agent, who visits."""
    events, nm = run(
        "أعلنت السعودية قطع العلاقات الدبلوماسية مع إيران.", [SAUDI_STATE, IRAN_STATE], res
    )
    [cut] = _of(events, "SANCTION")
    assert _roles(cut, nm) == {"Saudi Arabia": "source", "Iran": "target"}
    events, nm = run(
        "أعلن البيت الأبيض زيارة ترامب إلى السعودية.", [WHITE_HOUSE, TRUMP, SAUDI_STATE], res
    )
    [visit] = _of(events, "CONSULT")
    assert _roles(visit, nm) == {"Donald Trump": "source", "Saudi Arabia": "target"}


CHINA = Ent("c9", "GPE", "China", ["الصين"], "CHN", subtype="country")
HTS = Ent("o7", "ORG", "Hay'at Tahrir al-Sham", ["هيئة تحرير الشام"], "SYR", subtype="armed")


def test_the_sound_after_a_preposition_is_no_vote(res: EventResources) -> None:
    """ "على صوت إطلاق نار": the noun "sound"; "وصوتت الصين لصالح القرار": a vote."""
    events, _ = run("استيقظنا على صوت إطلاق نار من رتل تابع لهيئة تحرير الشام.", [HTS], res)
    assert not _of(events, "SUPPORT")
    events, nm = run("وصوتت الصين لصالح القرار.", [CHINA], res)
    assert _roles(_of(events, "SUPPORT")[0], nm) == {"China": "source"}


RUSSIAN = Ent("c10", "GPE", "Russia", ["الروسي"], "RUS", subtype="country")
TURKISH = Ent("c11", "GPE", "Turkey", ["التركي"], "TUR", subtype="country")


def test_by_the_terms_of_an_act_credits_no_one(res: EventResources) -> None:
    """ "بناء على الاتفاق الروسي التركي": the states are the agreement's parties, not
    sources the sentence is credited to."""
    events, nm = run(
        "وبناء على الاتفاق الروسي التركي، يتعين على الفصائل سحب السلاح.", [RUSSIAN, TURKISH], res
    )
    [deal] = _of(events, "AGREE")
    assert set(_roles(deal, nm)) == {"Russia", "Turkey"}
    assert not deal.attributed_to


PARLIAMENT = Ent("o8", "ORG", "Parliament of Tunisia", ["البرلمان التونسي"], "TUN", "parliament")


def test_aqarra_approves_a_text_and_otherwise_admits(res: EventResources) -> None:
    """ "أقر البرلمان مشروع القانون": an endorsement; "أقر ترامب بأنه أساء": an admission."""
    events, nm = run("وأقر البرلمان التونسي مشروع القانون بأغلبية كبيرة.", [PARLIAMENT], res)
    assert _roles(_of(events, "SUPPORT")[0], nm) == {"Parliament of Tunisia": "source"}
    events, _ = run("وفي وقت سابق أقر ترامب بأنه أساء الحديث.", [TRUMP], res)
    assert not _of(events, "SUPPORT")
