"""Coverage of the trigger lexicon: every PLOVER type has several trigger families,
and each family added from corpus mining (scripts/trigger_mining.py) extracts its
event, with the right type, mode and source, from a short sentence of our own."""

from __future__ import annotations

from collections import Counter

import pytest

from marsad.events import EventResources
from marsad.events.resources import EVENT_TYPES, read_event_yaml

from .helpers import Ent, run

TURKEY = Ent("c2", "GPE", "Turkey", ["تركيا", "التركية"], "TUR", subtype="country")
SYRIA = Ent("c3", "GPE", "Syria", ["سوريا", "السورية"], "SYR", subtype="country")
IRAN = Ent("c5", "GPE", "Iran", ["إيران", "الإيرانية"], "IRN", subtype="country")
USA = Ent("c6", "GPE", "United States", ["الولايات المتحدة", "واشنطن"], "USA", subtype="country")
RUSSIA = Ent("c8", "GPE", "Russia", ["روسيا", "موسكو"], "RUS", subtype="country")
EGYPT = Ent("c1", "GPE", "Egypt", ["مصر", "المصرية"], "EGY", subtype="country")
JORDAN = Ent("c9", "GPE", "Jordan", ["الأردن"], "JOR", subtype="country")
YEMEN = Ent("c10", "GPE", "Yemen", ["اليمن"], "YEM", subtype="country")
SAUDI = Ent("c11", "GPE", "Saudi Arabia", ["السعودية"], "SAU", subtype="country")
HAMAS = Ent("o1", "ORG", "Hamas", ["حركة حماس", "حماس"], "PSE", subtype="party", kb_id="org:h")
PKK = Ent("o2", "ORG", "PKK", ["حزب العمال الكردستاني"], "TUR", subtype="armed", kb_id="org:p")
KUWAIT = Ent("c12", "GPE", "Kuwait", ["الكويت"], "KWT", subtype="country")
BAHRAIN = Ent("c13", "GPE", "Bahrain", ["البحرين"], "BHR", subtype="country")
CHINA = Ent("c14", "GPE", "China", ["الصين"], "CHN", subtype="country")
NATO = Ent("o3", "ORG", "NATO", ["حلف شمال الأطلسي"], None, subtype="igo", kb_id="org:n")
PLO = Ent("o4", "ORG", "PLO", ["منظمة التحرير"], "PSE", subtype="party", kb_id="org:plo")
SPOKESMAN = Ent("p5", "PER", "Omar Nasser", ["عمر ناصر"], "JOR", kb_id="per:n")

# Trigger families per type that the lexicon must keep (at least this many).
MIN_FAMILIES = {t: 2 for t in EVENT_TYPES} | {"CONSULT": 8, "AGREE": 5, "ASSAULT": 3}

# (family id, sentence, entities, type, mode, source) — source None: symmetric.
CASES = [
    (
        "deploy_verb",
        "نشرت تركيا قوات على الحدود مع سوريا.",
        [TURKEY, SYRIA],
        "MOBILIZE",
        "deploy",
        None,
    ),
    (
        "deploy",
        "أرسلت روسيا تعزيزات عسكرية إلى سوريا.",
        [RUSSIA, SYRIA],
        "MOBILIZE",
        "deploy",
        "Russia",
    ),
    (
        "exercise",
        "أجرت إيران مناورات عسكرية قرب مضيق هرمز ردا على الولايات المتحدة.",
        [IRAN, USA],
        "MOBILIZE",
        "alert",
        "Iran",
    ),
    (
        "ultimatum",
        "أنذرت تركيا حزب العمال الكردستاني بمغادرة المنطقة.",
        [TURKEY, PKK],
        "THREATEN",
        "force",
        None,
    ),
    (
        "warn",
        "حذرت روسيا من مغبة أي تدخل عسكري من الولايات المتحدة.",
        [RUSSIA, USA],
        "THREATEN",
        "force",
        "Russia",
    ),
    (
        "criticize_more",
        "استهجنت مصر تصريحات إيران الأخيرة.",
        [EGYPT, IRAN],
        "ACCUSE",
        "criticize",
        "Egypt",
    ),
    (
        "condemn_more",
        "وأصدرت مصر بيانا منددة بتصريحات حماس.",
        [EGYPT, HAMAS],
        "ACCUSE",
        "condemn",
        "Egypt",
    ),
    (
        "urge",
        "حضت الولايات المتحدة تركيا على ضبط النفس.",
        [USA, TURKEY],
        "REQUEST",
        "appeal",
        "United States",
    ),
    (
        "express_support",
        "أعربت مصر عن تأييدها لقرار السعودية.",
        [EGYPT, SAUDI],
        "SUPPORT",
        "endorse",
        "Egypt",
    ),
    ("praise", "وأصدرت مصر بيانا مثمنا موقف السعودية.", [EGYPT, SAUDI], "SUPPORT", "praise", None),
    (
        "economic_aid",
        "قدمت السعودية منحة مالية إلى اليمن.",
        [SAUDI, YEMEN],
        "AID",
        "economic",
        "Saudi Arabia",
    ),
    ("relief", "أرسلت مصر شحنة مساعدات إلى اليمن.", [EGYPT, YEMEN], "AID", "humanitarian", "Egypt"),
    (
        "arms_supply",
        "زودت روسيا الجيش في سوريا بالأسلحة.",
        [RUSSIA, SYRIA],
        "AID",
        "military",
        None,
    ),
    (
        "security_sharing",
        "بدأت مصر والأردن تبادل المعلومات الأمنية.",
        [EGYPT, JORDAN],
        "COOPERATE",
        "security",
        None,
    ),
    (
        "open_embassy",
        "أعلنت مصر والأردن افتتاح سفارة في العاصمة.",
        [EGYPT, JORDAN],
        "COOPERATE",
        "diplomatic",
        None,
    ),
    (
        "extradite",
        "قررت تركيا تسليم المطلوبين إلى مصر.",
        [TURKEY, EGYPT],
        "COOPERATE",
        "judicial",
        "Turkey",
    ),
    ("pardon", "أصدرت مصر عفوا عن سجناء من حماس.", [EGYPT, HAMAS], "CONCEDE", "release", "Egypt"),
    (
        "ease_more",
        "قررت مصر فتح المعبر أمام سكان غزة بعد طلب حماس.",
        [EGYPT, HAMAS],
        "CONCEDE",
        "ease",
        "Egypt",
    ),
    ("compromise", "تنازلت حماس عن شروطها لمصر.", [HAMAS, EGYPT], "CONCEDE", "compromise", "Hamas"),
    (
        "withdraw",
        "بدأت الولايات المتحدة خفض عدد القوات في سوريا.",
        [USA, SYRIA],
        "RETREAT",
        "withdraw",
        "United States",
    ),
    (
        "demonstrate",
        "نظم أنصار حماس وقفة احتجاجية أمام سفارة مصر.",
        [HAMAS, EGYPT],
        "PROTEST",
        "demonstrate",
        "Hamas",
    ),
    (
        "sanctions",
        "قررت الولايات المتحدة تجميد أصول مسؤولين في إيران.",
        [USA, IRAN],
        "SANCTION",
        "sanctions",
        "United States",
    ),
    (
        "designate",
        "أدرجت الولايات المتحدة قادة في حماس على قائمة الإرهاب.",
        [USA, HAMAS],
        "SANCTION",
        "sanctions",
        "United States",
    ),
    (
        "object",
        "اعترضت روسيا على مشروع قرار قدمته الولايات المتحدة.",
        [RUSSIA, USA],
        "REJECT",
        "reject",
        "Russia",
    ),
    (
        "grant",
        "قدمت السعودية 500 مليون دولار إلى اليمن.",
        [SAUDI, YEMEN],
        "AID",
        "economic",
        "Saudi Arabia",
    ),
    (
        "renew_call",
        "جددت مصر دعوتها إلى حماس للعودة إلى الحوار.",
        [EGYPT, HAMAS],
        "REQUEST",
        "appeal",
        "Egypt",
    ),
    (
        "close_mission",
        "أعلنت مصر السفير التركي شخصا غير مرغوب فيه.",
        [EGYPT, TURKEY],
        "SANCTION",
        "expel",
        "Egypt",
    ),
    (
        "raid",
        "داهمت قوات الأمن في تركيا مقرات حزب العمال الكردستاني.",
        [TURKEY, PKK],
        "COERCE",
        "arrest",
        None,
    ),
    ("sentence", "حكمت محكمة في مصر بسجن قيادي من حماس.", [EGYPT, HAMAS], "COERCE", "arrest", None),
    (
        "ban",
        "فرضت تركيا حظر التجول في مناطق حزب العمال الكردستاني.",
        [TURKEY, PKK],
        "COERCE",
        "ban",
        None,
    ),
    (
        "attack",
        "أعلنت تركيا إسقاط طائرة روسيا قرب الحدود.",
        [TURKEY, RUSSIA],
        "ASSAULT",
        "attack",
        None,
    ),
    (
        "clash",
        "اندلع تبادل لإطلاق النار بين قوات تركيا وحزب العمال الكردستاني.",
        [TURKEY, PKK],
        "ASSAULT",
        "clash",
        None,
    ),
    # ---- families added in the generalisation round (own sentences, not corpus text)
    (
        "blame",
        "حملت منظمة التحرير الحكومة الإسرائيلية في تل أبيب المسؤولية عن الهجوم.",
        [PLO],
        "ACCUSE",
        "accuse",
        "PLO",
    ),
    (
        "formal_protest",
        "سلمت البحرين القائم بالأعمال الإيراني مذكرة احتجاج رسمية.",
        [BAHRAIN, IRAN],
        "ACCUSE",
        "criticize",
        "Bahrain",
    ),
    (
        "judge_as",
        "اعتبرت الكويت الخطوة الإيرانية انتهاكا لسيادتها.",
        [KUWAIT, IRAN],
        "ACCUSE",
        "criticize",
        "Kuwait",
    ),
    (
        "accuse_participle",
        "ألقى الرئيس عمر ناصر كلمة، متهما إياها بالكذب.",
        [SPOKESMAN],
        "ACCUSE",
        "accuse",
        None,
    ),
    (
        "condemn_more",
        "رفضت مصر القرار، مستنكرة موقف إيران.",
        [EGYPT, IRAN],
        "ACCUSE",
        "condemn",
        "Egypt",
    ),
    (
        "deny_claim",
        "قال عمر ناصر إن هذه الأنباء لا أساس لها من الصحة.",
        [SPOKESMAN],
        "REJECT",
        "reject",
        "Omar Nasser",
    ),
    (
        "deny",
        "رحبت مصر بالقرار، نافية أن تكون قواتها دخلت الأردن.",
        [EGYPT, JORDAN],
        "REJECT",
        "reject",
        "Egypt",
    ),
    (
        "vote_against",
        "صوتت روسيا ضد مشروع القرار الذي قدمته الكويت.",
        [RUSSIA, KUWAIT],
        "REJECT",
        "reject",
        "Russia",
    ),
    (
        "vote",
        "صوتت الصين لصالح مشروع القرار الكويتي.",
        [CHINA, KUWAIT],
        "SUPPORT",
        "endorse",
        "China",
    ),
    (
        "express_solidarity",
        "عبرت مصر عن تضامنها مع الأردن.",
        [EGYPT, JORDAN],
        "SUPPORT",
        "endorse",
        "Egypt",
    ),
    (
        "not_stand_idle",
        "قال عمر ناصر إن بلاده لن تقف مكتوفة الأيدي.",
        [SPOKESMAN],
        "THREATEN",
        "force",
        "Omar Nasser",
    ),
    (
        "threaten",
        "رفضت روسيا العقوبات، متوعدة بالرد على الولايات المتحدة.",
        [RUSSIA, USA],
        "THREATEN",
        "force",
        "Russia",
    ),
    (
        "brandish",
        "لوحت الولايات المتحدة بفرض عقوبات جديدة على تركيا.",
        [USA, TURKEY],
        "THREATEN",
        "sanction",
        "United States",
    ),
    (
        "retaliate",
        "وقال عمر ناصر: «سنرد بقوة على أي اعتداء».",
        [SPOKESMAN],
        "THREATEN",
        "force",
        "Omar Nasser",
    ),
    (
        "warn",
        "حذر الرئيس عمر ناصر حماس من مغبة التصعيد.",
        [SPOKESMAN, HAMAS],
        "THREATEN",
        "force",
        "Omar Nasser",
    ),
    (
        "deploy_push",
        "دفعت تركيا بتعزيزات إلى الحدود مع سوريا.",
        [TURKEY, SYRIA],
        "MOBILIZE",
        "deploy",
        "Turkey",
    ),
    (
        "deploy_verb",
        "استقدمت روسيا قوات إضافية إلى سوريا.",
        [RUSSIA, SYRIA],
        "MOBILIZE",
        "deploy",
        "Russia",
    ),
    (
        "deploy",
        "ووصلت تعزيزات تركية إلى الحدود مع سوريا.",
        [Ent("c2", "GPE", "Turkey", ["تركية"], "TUR", subtype="country"), SYRIA],
        "MOBILIZE",
        "deploy",
        "Turkey",
    ),
    (
        "alert",
        "ورفعت مصر درجة التأهب على حدودها مع الأردن.",
        [EGYPT, JORDAN],
        "MOBILIZE",
        "alert",
        "Egypt",
    ),
    (
        "attack",
        "وأعلنت حماس سيطرتها على مواقع جديدة قرب الحدود مع مصر.",
        [HAMAS, EGYPT],
        "ASSAULT",
        "attack",
        "Hamas",
    ),
    (
        "arrest",
        "وقبضت تركيا على قيادي في حزب العمال الكردستاني.",
        [TURKEY, PKK],
        "COERCE",
        "arrest",
        "Turkey",
    ),
    (
        "arrest",
        "وأصدرت تركيا مذكرة توقيف بحق قيادي في حزب العمال الكردستاني.",
        [TURKEY, PKK],
        "COERCE",
        "arrest",
        "Turkey",
    ),
    (
        "withdraw",
        "وبدأت روسيا سحب الأسلحة الثقيلة من سوريا.",
        [RUSSIA, SYRIA],
        "RETREAT",
        "withdraw",
        "Russia",
    ),
    (
        "blame",
        "وحمّلت تركيا في بيان رسمي أمس كلاً من الولايات المتحدة وروسيا وإيران مسؤولية التصعيد.",
        [TURKEY, USA, RUSSIA, IRAN],
        "ACCUSE",
        "accuse",
        "Turkey",
    ),
    (
        "negotiate",
        "وبدأت جولة جديدة من محادثات السلام بين مصر وتركيا.",
        [EGYPT, TURKEY],
        "CONSULT",
        "negotiate",
        None,
    ),
    (
        "brandish",
        "ولوحت تركيا باستخدام القوة ضد إيران.",
        [TURKEY, IRAN],
        "THREATEN",
        "force",
        "Turkey",
    ),
    (
        "war_between",
        "وأوقع النزاع الدائر بين تركيا وحزب العمال الكردستاني آلاف القتلى.",
        [TURKEY, PKK],
        "ASSAULT",
        "clash",
        None,
    ),
    (
        "capture",
        "وأسرت تركيا عشرات من مقاتلي حزب العمال الكردستاني.",
        [TURKEY, PKK],
        "COERCE",
        "arrest",
        "Turkey",
    ),
    (
        "declared_target",
        "وقالت إيران إن القواعد في تركيا هدف مشروع.",
        [IRAN, TURKEY],
        "THREATEN",
        "force",
        "Iran",
    ),
    (
        "military_backing",
        "وتدعم تركيا فصائل المعارضة في شمال سوريا.",
        [TURKEY, SYRIA],
        "AID",
        "military",
        "Turkey",
    ),
    (
        "backed_by",
        "وهاجمت حماس المدعومة من إيران مواقع في الأردن.",
        [HAMAS, IRAN, JORDAN],
        "AID",
        "military",
        "Iran",
    ),
    (
        "at_request",
        "يعقد حلف شمال الأطلسي اجتماعا طارئا بطلب من تركيا.",
        [NATO, TURKEY],
        "REQUEST",
        "appeal",
        "Turkey",
    ),
    (
        "urge",
        "أهابت مصر بالأردن فتح الحدود.",
        [EGYPT, JORDAN],
        "REQUEST",
        "appeal",
        "Egypt",
    ),
]


def test_every_type_has_enough_trigger_families() -> None:
    families = Counter(e["type"] for e in read_event_yaml("triggers.yaml")["triggers"])
    short = {t: families[t] for t, n in MIN_FAMILIES.items() if families[t] < n}
    assert not short, short


@pytest.mark.parametrize(("family", "text", "ents", "etype", "mode", "source"), CASES)
def test_mined_family_extracts_its_event(
    res: EventResources,
    family: str,
    text: str,
    ents: list[Ent],
    etype: str,
    mode: str,
    source: str | None,
) -> None:
    events, nm = run(text, ents, res)
    hits = [e for e in events if e.type == etype]
    assert hits, (family, [(e.type, e.mode, e.explanation) for e in events])
    ev = hits[0]
    assert ev.mode == mode, (family, ev.mode, ev.explanation)
    assert family in (ev.explanation or ""), (family, ev.explanation)
    if source is not None:
        roles = {nm[p.entity]: p.role for p in ev.participants}
        assert roles.get(source) == "source", (family, roles, ev.explanation)


# Sentences with a form of a new trigger that states no event of that type.
NEGATIVES = [
    ("شكل القرار ضربة قوية لحماس في مصر.", [HAMAS, EGYPT], "ASSAULT"),
    ("اعترضت السعودية صاروخا أطلق من اليمن.", [SAUDI, YEMEN], "REJECT"),
    ("نجحت روسيا في حشد الأصوات ضد الولايات المتحدة.", [RUSSIA, USA], "MOBILIZE"),
    ("الخلاف بين مصر وحماس ينذر بأزمة.", [EGYPT, HAMAS], "THREATEN"),
    ("قدمت مصر مذكرة إلى الأردن.", [EGYPT, JORDAN], "AID"),
    ("حذرت مصر حماس من تدهور الأوضاع.", [EGYPT, HAMAS], "THREATEN"),
    # the generalisation round
    ("قدم الرئيس عمر ناصر تعازيه، داعيا الله أن يرحم الضحايا.", [SPOKESMAN], "REQUEST"),
    ("وصل الوفد المصري عبر مطار الأردن لدعم المحادثات.", [EGYPT, JORDAN], "SUPPORT"),
    ("صوتت روسيا ضد مشروع القرار الذي قدمته الكويت.", [RUSSIA, KUWAIT], "SUPPORT"),
    ("استقدمت الشركات المصرية عمالة من الأردن.", [EGYPT, JORDAN], "MOBILIZE"),
    ("يدفع ارتفاع الأسعار مصر بقوة نحو الأردن.", [EGYPT, JORDAN], "MOBILIZE"),
    ("شركات مصرية متهمة بخرق القانون في الأردن.", [EGYPT, JORDAN], "ACCUSE"),
    ("لا يعتبر القانون المصري التصوير جريمة في الأردن.", [EGYPT, JORDAN], "ACCUSE"),
    ("رفعت مصر صوتها ضد الحصار المفروض على الأردن.", [EGYPT, JORDAN], "REJECT"),
    ("لتعزيزات الأمن في مصر أثر كبير في الأردن.", [EGYPT, JORDAN], "MOBILIZE"),
    ("وقالت مصر إن حماس فقدت السيطرة على المعبر.", [EGYPT, HAMAS], "ASSAULT"),
    ("وتدعم مصر الحل السياسي في الأردن.", [EGYPT, JORDAN], "AID"),
    ("وأحكمت مصر قبضتها على الحدود مع الأردن.", [EGYPT, JORDAN], "COERCE"),
    ("وتشرف مصر على مراكز احتجاز اللاجئين القادمين من الأردن.", [EGYPT, JORDAN], "COERCE"),
    ("ويسعى الأردن إلى جمع شمل العائلات المصرية.", [EGYPT, JORDAN], "CONSULT"),
    ("ولوح المحتجون في مصر بالأعلام الأردنية.", [EGYPT, JORDAN], "THREATEN"),
    ("وقالت مصر إن هزيمة الأردن تلوح في الأفق.", [EGYPT, JORDAN], "THREATEN"),
    ("وحسمت المحكمة النزاع الدائر حول الأرض في مصر والأردن.", [EGYPT, JORDAN], "ASSAULT"),
    ("وزار وزير مصري أسر الشهداء في الأردن.", [EGYPT, JORDAN], "COERCE"),
    ("ووصفت مصر الاتفاق مع الأردن بأنه تاريخي.", [EGYPT, JORDAN], "ACCUSE"),
]


@pytest.mark.parametrize(("text", "ents", "etype"), NEGATIVES)
def test_near_miss_makes_no_event_of_that_type(
    res: EventResources, text: str, ents: list[Ent], etype: str
) -> None:
    events, _ = run(text, ents, res)
    assert not [e for e in events if e.type == etype], [e.explanation for e in events]
