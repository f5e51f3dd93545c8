"""The entity stage's data files load, are well-formed and agree with the bundled KB."""

from __future__ import annotations

from importlib.resources import files

import pytest

from marsad.entities.features import NerLexicon
from marsad.entities.kb import load_kb
from marsad.entities.rules import KEEP_READING, WORD_READING
from marsad.entities.translit import load_romanisation, transliterate
from marsad.errors import ResourceError
from marsad.text.normalise import normalise

RES = files("marsad").joinpath("resources/entities")


@pytest.fixture(scope="module")
def resources():
    from marsad.entities.resources import EntityResources

    return EntityResources.load()


def test_files_have_a_source_and_licence_header():
    for name in ("context_rules.yaml", "ner_triggers.yaml"):
        text = RES.joinpath(name).read_text(encoding="utf-8")
        assert "licence:" in text and "source:" in text
    for name in ("ner_gazetteer.tsv", "name_romanisation.tsv"):
        head = RES.joinpath(name).read_text(encoding="utf-8").split("\n", 8)[:8]
        assert any("licence" in line.lower() or "MIT" in line for line in head)


def test_context_rule_defaults_exist_in_the_kb(resources):
    # a reading may name an entry the KB does not hold yet (the rule then only keeps
    # the other entries off); a default must exist, or the rule would link nothing
    kb = load_kb()
    for rule in resources.rules.ambiguous.values():
        assert rule.default in (None, KEEP_READING) or rule.default in kb.entries, rule.default
        assert all(
            r.id == WORD_READING or r.id.split(":")[0] in ("place", "country", "org", "per")
            for r in rule.readings
        )


def test_generic_titles_are_title_keys(resources):
    assert resources.rules.generic_titles <= set(load_kb().titles)


def test_ner_lexicon_loads():
    lex = NerLexicon.load()
    assert len(lex.first) > 100 and len(lex.loc) > 100
    assert normalise("رئيس") in lex.trig_per


def test_romanisation_table():
    table = load_romanisation()
    assert all(k and v for k, v in table.items())
    assert transliterate("أيمن الصفدي", table) == "Ayman al-Safadi"
    assert transliterate("عبد الله", table) == "Abdullah"
    # foreign names in Arabic news keep their own spelling, not a letter-by-letter one
    assert transliterate("مايكل كوهين", table) == "Michael Cohen"
    assert transliterate("سامر", table) == "Samar"  # letter by letter, a between consonants


def test_word_classes_load_and_stay_in_range(tmp_path):
    classes = NerLexicon.load().classes
    assert len(classes) >= 20_000
    assert all(0 <= int(a) < 64 and 0 <= int(b) < 512 for a, b in classes.values())
    assert classes.keys() >= {"قال", "الرياض"}
    bad = tmp_path / "word_clusters.tsv"
    bad.write_text("# header\nقال\t12\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"word_clusters\.tsv line 2"):
        NerLexicon.load(clusters=bad)


def _states(resources, text: str) -> list[str]:
    from marsad.entities import extract_entities
    from marsad.text.sentences import split_sentences

    from .conftest import make_article

    result = extract_entities(make_article(text), split_sentences(text), resources)
    return sorted(e.kb_id for e in result.entities if e.subtype == "country")


def test_country_names_that_are_also_words_need_their_cue(resources):
    # مالي "financial", المغرب the sunset prayer, البنين "the boys"
    text = "وقدم دعما ماليا للأزمة المالية بعد صلاة المغرب في مدارس البنين."
    assert _states(resources, text) == []
    text = "وأرسلت فرنسا قوات إلى مالي لمساعدة الجيش المالي، وزار رئيس بنين المغرب."
    assert _states(resources, text) == ["country:BEN", "country:FRA", "country:MAR", "country:MLI"]


def _ids(resources, text: str) -> list[str]:
    from marsad.entities import extract_entities
    from marsad.text.sentences import split_sentences

    from .conftest import make_article

    result = extract_entities(make_article(text), split_sentences(text), resources)
    return sorted(e.kb_id or "" for e in result.entities)


def test_words_that_name_places_only_in_context(resources):
    # كيف "how", القطاع "the sector", الجزيرة "the island"
    assert _ids(resources, "كيف ترى دعم القطاع الخاص في الجزيرة العربية؟") == []
    assert _ids(resources, "قصفت إسرائيل قطاع غزة واتهمت الحكومة بإهمال القطاع.") == [
        "country:ISR",
        "place:gaza-strip",
    ]


def test_the_sultanate_is_oman_once_the_article_names_it(resources):
    from marsad.entities import extract_entities
    from marsad.text.sentences import split_sentences

    from .conftest import make_article

    text = "وصل الوزير إلى سلطنة عمان. وكان قد زار السلطنة العام الماضي."
    result = extract_entities(make_article(text), split_sentences(text), resources)
    (oman,) = [e for e in result.entities if e.kb_id == "country:OMN"]
    assert [m.text for m in oman.mentions] == ["سلطنة عمان", "السلطنة"]
    assert _ids(resources, "أعلنت السلطنة العثمانية الحرب.") == []


def _people(resources, text: str) -> list[str]:
    from marsad.entities import extract_entities
    from marsad.text.sentences import split_sentences

    from .conftest import make_article

    result = extract_entities(make_article(text), split_sentences(text), resources)
    return [e.name_ar for e in result.entities if e.type == "PER"]


def test_compound_first_names_stay_whole_and_formulas_are_no_names(resources):
    # فتح is also the short name of the Fatah movement; the tagger starts the name at الله
    text = "وتتهم تركيا فتح الله غولن، المقيم في الولايات المتحدة، بتدبير محاولة الانقلاب."
    assert _people(resources, text) == ["فتح الله غولن"]
    text = "وقال المدير إن الفرق تمكنت بعد توفيق الله من الإطاحة بتنظيم مكون من خلايا."
    assert _people(resources, text) == []


def test_a_clause_opening_verb_and_a_conjoined_second_name_stay_out(resources):
    text = "من جهة أخرى، يقوم ولد شيخ أحمد المبعوث الأممي بزيارة للمملكة خلال أيام."
    assert _people(resources, text) == ["ولد شيخ أحمد"]
    # "فريد والرويلي" is two people: no one name runs across و + ال
    text = "وناقش فريد والرويلي خلال لقائهما القضايا المشتركة."
    assert all(" وال" not in name for name in _people(resources, text))


def test_a_title_the_kb_lacks_gives_its_state_to_the_name_before_it(resources):
    from marsad.entities import extract_entities
    from marsad.text.sentences import split_sentences

    from .conftest import make_article

    text = "وأكد الدكتور حسام مغازي وزير الموارد المائية والري المصري أن الاجتماع مهم."
    result = extract_entities(make_article(text), split_sentences(text), resources)
    [person] = [e for e in result.entities if e.type == "PER"]
    assert (person.name_ar, person.country) == ("حسام مغازي", "EGY")


def test_a_short_name_before_the_holders_title_is_the_holder(resources):
    from marsad.entities import extract_entities
    from marsad.text.sentences import split_sentences

    from .conftest import make_article

    text = "واستقبل الفريق محمد فريد، رئيس أركان الجيش المصري، الوفد السعودي."
    article = make_article(text, "2018-05-10T09:00:00")
    result = extract_entities(article, split_sentences(text), resources)
    people = [e for e in result.entities if e.type == "PER"]
    assert [(p.kb_id, len(p.mentions)) for p in people] == [("per:mohamed-farid-hegazy", 2)]


def test_a_foreign_name_spelt_otherwise_is_the_kb_person(resources):
    from marsad.entities import extract_entities
    from marsad.text.sentences import split_sentences

    from .conftest import make_article

    def people(text: str) -> list[str | None]:
        article = make_article(text, "2017-10-20T09:00:00")
        result = extract_entities(article, split_sentences(text), resources)
        return [e.kb_id for e in result.entities if e.type == "PER"]

    # جونسن for جونسون: a long vowel letter not written
    assert people("والتقى المالكي مع بوريس جونسن في لندن.")[-1] == "per:boris-johnson"
    # an Arab name one letter off is another person: no variant matching for it
    assert "per:adel-al-jubeir" not in people("وقال عادل الجبار إن الاجتماع مهم.")


def test_the_states_with_arabic_names_are_kb_countries(resources):
    for code in resources.rules.arabic_name_states:
        assert f"country:{code}" in resources.kb.entries, code
    # transliteration variants: single letters, and consonants in pairs of two
    assert resources.rules.variant_vowels
    assert all(len(p) == 2 for p in resources.rules.variant_consonants)


def test_ibn_and_a_surname_after_the_full_name_is_that_person(resources):
    from marsad.entities import extract_entities
    from marsad.text.sentences import split_sentences

    from .conftest import make_article

    text = (
        "وجهت جماعة حزب الله اتهامات إلى المملكة العربية السعودية وولي عهدها الأمير محمد "
        "بن سلمان. وقال نبيل قاووق إنه عندما تدفع السعودية أموالا لأتباعها، ويقود ابن "
        "سلمان المعركة في التحالفات، يصبح صوتنا فعل المقاومة. وندد ضيف بوليتيكا، الذي "
        "جدد دعم حزبه للحكومة، بمحاولات نسف الإيجابيات."
    )
    article = make_article(text, "2018-04-20T09:00:00")
    result = extract_entities(article, split_sentences(text), resources)
    people = {e.kb_id or e.name_ar: len(e.mentions) for e in result.entities if e.type == "PER"}
    assert people.get("per:mohammed-bin-salman", 0) >= 2
    assert not any("ضيف" in name for name in people)


def test_a_deputy_after_a_conjunction_is_not_the_office_holder(resources):
    from marsad.entities import extract_entities
    from marsad.text.sentences import split_sentences

    from .conftest import make_article

    text = "ورحب السفير بالوفد الأمريكي، ووزير الخزانة الأمريكية، ونائب وزير الخارجية الأمريكية."
    article = make_article(text, "2018-05-14T09:00:00")
    result = extract_entities(article, split_sentences(text), resources)
    people = [e.kb_id for e in result.entities if e.type == "PER"]
    assert "per:steven-mnuchin" in people and "per:mike-pompeo" not in people


def test_a_second_name_joined_by_wa_starts_after_the_conjunction(resources):
    text = "وحضر الحفل جاريد كوشنر وإيفانكا ترامب."
    names = _people(resources, text)
    assert "إيفانكا ترامب" in names and not any(n.startswith("و") for n in names)


def test_the_london_daily_in_guillemets_is_no_region(resources):
    assert _ids(resources, "وقال مصدر لـ«الشرق الأوسط» إن التوتر يسود الشرق الأوسط.") == [
        "org:asharq-alawsat",
        "place:middle-east",
    ]


def test_halves_of_names_and_place_words_in_their_common_sense(resources):
    text = (
        "وقال إن الوفد وصل بتوفيق الله، ودعا الله بالتوفيق. والصور بالأبيض والأسود، وتبلغ"
        " في المتوسط 5."
    )
    assert _ids(resources, text) == []


def test_a_kb_surname_after_another_first_name_is_another_person(resources):
    ids = _ids(resources, "وشارك الفنان هشام عباس في الحفل الذي أقيم بنا أمس.")
    assert "per:mahmoud-abbas" not in ids and "org:bna" not in ids
    assert "per:mahmoud-abbas" in _ids(resources, "وقال الرئيس الفلسطيني محمود عباس إن.")


def test_douma_is_always_a_town_only_with_a_place_cue(resources):
    assert _ids(resources, "وتؤكد إيران دوما أن برنامجها سلمي.") == ["country:IRN"]
    assert "place:douma" in _ids(resources, "وقتل العشرات في هجوم على مدينة دوما.")


def test_the_right_side_is_not_yemen(resources):
    assert _ids(resources, "وتقدمت القوات من الجهة اليمنى، ورفع يده اليمنى.") == []
    # the nisba chosen by the rule stays a nisba: the title gets its state and holder
    assert set(_ids(resources, "وقال الرئيس اليمني إن.")) == {"country:YEM", "per:rashad-al-alimi"}


def test_names_of_israel_in_hostile_usage(resources):
    assert _ids(resources, "داعيا الكيان الصهيوني إلى تفكيك المفاعل.") == ["country:ISR"]


def test_a_hyphenated_kb_name_matches_the_texts_tokens(resources):
    assert "per:kim-jong-un" in _ids(resources, "والتقى ترامب كيم جونغ-أون في سنغافورة.")


def test_hamas_with_the_article_is_enthusiasm(resources):
    assert _ids(resources, "وفي ألمانيا بلغ الحماس للسيارات حدا كبيرا.") == ["country:DEU"]
    assert "org:hamas" in _ids(resources, "ودعت حماس إلى التظاهر.")
