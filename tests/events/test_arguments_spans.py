"""Arguments of round three: phrases around their subject, a state and its domestic
opponent, border qualifiers, declared acts, acts with a nominal object.

Hand-written sentences with their entities given by hand (helpers.run).
"""

from __future__ import annotations

from marsad.events import EventResources
from marsad.events.lexicon import PhraseMatcher
from marsad.text.tokens import tokenise

from .helpers import Ent, run
from .helpers import roles as _roles

EGYPT = Ent("c1", "GPE", "Egypt", ["مصر"], "EGY", subtype="country")
TURKEY = Ent("c2", "GPE", "Turkey", ["تركيا"], "TUR", subtype="country")
IRAN = Ent("c5", "GPE", "Iran", ["إيران"], "IRN", subtype="country")
SAUDI = Ent("c9", "GPE", "Saudi Arabia", ["السعودية"], "SAU", subtype="country")
SYRIA = Ent("c3", "GPE", "Syria", ["سوريا"], "SYR", subtype="country")
RUSSIA = Ent("c8", "GPE", "Russia", ["روسية", "روسيا"], "RUS", subtype="country")
PKK = Ent("o2", "ORG", "PKK", ["حزب العمال الكردستاني"], "TUR", subtype="armed", kb_id="org:p")
ARMY = Ent("o5", "ORG", "Turkish Army", ["الجيش التركي"], "TUR", subtype="military", kb_id="o:a")


def test_a_phrase_spans_one_short_mention_only() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add(["أطلق", "سراح"], "release", "verb")
    tokens = tokenise("أطلقت إيران سراح المعتقلين")
    [hit] = matcher.find(tokens, {1: 1})
    assert (hit.first, hit.last, hit.subject) == (0, 2, (1, 1))
    assert matcher.find(tokens) == []  # no mention given: no phrase
    long_name = tokenise("أطلقت حكومة جمهورية إيران الإسلامية الجديدة سراح المعتقلين")
    assert matcher.find(long_name, {1: 5}) == []  # longer than a subject


def test_a_verb_first_phrase_takes_the_mention_inside_as_subject(res: EventResources) -> None:
    events, nm = run("أطلقت إيران سراح المعتقلين.", [IRAN], res)
    assert [(e.type, e.mode, _roles(e, nm)) for e in events] == [
        ("CONCEDE", "release", {"Iran": "source"})
    ]
    events, nm = run("أسقطت تركيا طائرة روسية.", [TURKEY, RUSSIA], res)
    [ev] = events
    assert ev.type == "ASSAULT"
    assert _roles(ev, nm) == {"Turkey": "source", "Russia": "target"}
    assert "أسقطت … طائرة" in (ev.explanation or "")


def test_a_state_is_kept_beside_its_domestic_armed_opponent(res: EventResources) -> None:
    events, nm = run("أنذرت تركيا حزب العمال الكردستاني.", [TURKEY, PKK], res)
    [ev] = events
    assert _roles(ev, nm) == {"Turkey": "source", "PKK": "target"}


def test_a_state_organ_still_stands_for_its_state(res: EventResources) -> None:
    events, nm = run("هدد الجيش التركي تركيا وحزب العمال الكردستاني.", [ARMY, TURKEY, PKK], res)
    [ev] = events
    assert "Turkey" not in _roles(ev, nm)


def test_a_state_after_the_border_is_no_party(res: EventResources) -> None:
    events, nm = run("نشرت تركيا قوات على الحدود مع سوريا.", [TURKEY, SYRIA], res)
    [ev] = events
    assert (ev.type, _roles(ev, nm), ev.attributed_to) == ("MOBILIZE", {"Turkey": "source"}, [])


def test_a_declared_own_act_makes_the_speaker_its_source(res: EventResources) -> None:
    for text in ("أعلنت مصر تأييدها لقرار السعودية.", "وأعلنت مصر أمس تأييدها لقرار السعودية."):
        events, nm = run(text, [EGYPT, SAUDI], res)
        [ev] = events
        assert ev.type == "SUPPORT", text
        assert _roles(ev, nm) == {"Egypt": "source", "Saudi Arabia": "target"}, text
        assert ev.attributed_to == [], text
    events, nm = run("أكدت تركيا رفضها لقرار السعودية.", [TURKEY, SAUDI], res)
    [ev] = events
    assert _roles(ev, nm) == {"Turkey": "source", "Saudi Arabia": "target"}


def test_a_report_of_another_actors_act_still_credits_the_speaker(res: EventResources) -> None:
    events, nm = run("قال الجيش التركي إن حزب العمال الكردستاني هاجم مواقعه.", [ARMY, PKK], res)
    [ev] = events
    assert _roles(ev, nm) == {"PKK": "source"}
    assert ev.attributed_to == ["o5"]


def test_the_target_of_a_fired_shot_is_after_ala(res: EventResources) -> None:
    events, nm = run("أطلق الجيش التركي النار على عناصر حزب العمال الكردستاني.", [ARMY, PKK], res)
    [ev] = events
    assert ev.type == "ASSAULT"
    assert _roles(ev, nm) == {"Turkish Army": "source", "PKK": "target"}


def test_a_reporting_verb_is_the_act_only_when_it_is_a_trigger(res: EventResources) -> None:
    trump = Ent("p7", "PER", "Donald Trump", ["ترامب"], "USA", kb_id="per:t")
    text = "نشر ترامب تغريدة قال فيها إن تركيا هاجمت حزب العمال الكردستاني."
    events, _ = run(text, [trump, TURKEY, PKK], res)
    [ev] = events
    assert "p7" in ev.attributed_to  # نشر with no force word: a report, Trump credited
