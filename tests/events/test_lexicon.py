"""Morphology by rule and phrase matching on tokens."""

from __future__ import annotations

from marsad.events.lexicon import PhraseMatcher, analyses, noun_forms, verb_forms
from marsad.text.normalise import normalise
from marsad.text.tokens import tokenise


def test_verb_forms_cover_subject_endings_and_defective_verbs() -> None:
    perfect = verb_forms(normalise("التقى"))
    assert {"التقي", "التقيا", "التقت", "التقوا"} <= perfect
    imperfect = verb_forms(normalise("يلتقي"))
    assert {"يلتقي", "تلتقي", "يلتقيان", "يلتقون", "نلتقي"} <= imperfect
    assert {"استقبله", "استقبلوا"} <= verb_forms(normalise("استقبل"))
    # a defective verb with its object: نفاه (he denied it), نفته (she), نفوه (they)
    assert {"نفاه", "نفته", "نفوه", "نفاها"} <= verb_forms(normalise("نفى"))


def test_noun_forms_cover_tanwin_ta_marbuta_and_pronouns() -> None:
    assert {"لقاء", "لقاءا", "لقايه", "لقاءين"} <= noun_forms(normalise("لقاء"))
    visit = noun_forms(normalise("زيارة"))
    assert {"زياره", "زيارته", "زيارتها", "زيارات", "زيارتين"} <= visit


def test_analyses_strip_proclitic_chains() -> None:
    bare = {(a.prefix, a.bare) for a in analyses(normalise("وبالعاصمة"))}
    assert ("وبال", "عاصمه") in bare
    future = [a for a in analyses("سيلتقي") if a.prefix == "س"]
    assert future and future[0].future
    assert not analyses("اللقاء")[1].lam  # the article's ل is not a preposition
    assert next(a for a in analyses("للتوصل") if a.prefix == "لل").lam


def _find(matcher: PhraseMatcher[str], text: str) -> list[tuple[str, str, str]]:
    tokens = tokenise(text)
    return [
        (" ".join(t.text for t in tokens[h.first : h.last + 1]), h.payload, h.pos)
        for h in matcher.find(tokens)
    ]


def test_matcher_finds_inflected_words_and_phrases() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add(["التقى"], "meet", "verb")
    m.add(["يلتقي"], "meet", "verb")
    m.add(["لقاء"], "meet", "noun")
    m.add(["وقف", "إطلاق", "النار"], "ceasefire")
    m.add(["اتصال", "هاتفي"], "phone")
    hits = _find(m, "وسيلتقيان غدا بعد لقائهما الأول، وأجريا اتصالاً هاتفياً لبحث وقف لإطلاق النار")
    assert ("وسيلتقيان", "meet", "verb") in hits
    assert ("لقائهما", "meet", "noun") in hits
    assert ("اتصالاً هاتفياً", "phone", "noun") in hits
    # Inner words of a phrase take proclitics too: "وقف لإطلاق النار".
    assert ("وقف لإطلاق النار", "ceasefire", "noun") in hits
    assert _find(m, "وقف الحرب") == []
    assert ("ووقف إطلاق النار", "ceasefire", "noun") in _find(m, "ووقف إطلاق النار")


def test_matcher_respects_part_of_speech_clitics() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add(["التقى"], "meet", "verb")
    assert _find(m, "بالتقى") == []  # a verb takes no article or preposition
    assert _find(m, "فالتقى")[0][1] == "meet"
