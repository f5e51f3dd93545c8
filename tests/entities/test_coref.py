"""Surnames and short names attach to the person the article names."""

from __future__ import annotations

from .conftest import by_kb, run


def test_surname_after_full_name(test_resources):
    text = "التقى رون ديرمر بالوزير. وقال ديرمر إن اللقاء كان مثمرا"
    assert by_kb(run(text, test_resources))["per:ron-dermer"] == ["رون ديرمر", "ديرمر"]


def test_surname_in_headline_before_full_name(test_resources):
    text = "الشيباني يلتقي وفدا\nالتقى وزير الخارجية السوري أسعد الشيباني وفدا أمس"
    mentions = by_kb(run(text, test_resources))["per:asaad-al-shaibani"]
    assert mentions == ["الشيباني", "أسعد الشيباني"]


def test_surname_with_clitic_after_title(test_resources):
    text = "التقى الوزير الشيباني بالسفير. وكان الشيباني قد وصل"
    assert by_kb(run(text, test_resources))["per:asaad-al-shaibani"] == ["الشيباني", "الشيباني"]


def test_surname_of_a_person_never_named_is_not_linked(test_resources):
    # المعلم is also "the teacher": without the full name it is not Walid al-Muallem
    kb = by_kb(run("قال المعلم للطلاب إن الامتحان غدا", test_resources))
    assert "per:walid-al-muallem" not in kb


def test_surname_of_a_new_person(test_resources):
    text = "قال وزير الخارجية الليبي محمد سيالة إن بلاده مستعدة. وأضاف سيالة أن"
    result = run(text, test_resources)
    new = [e for e in result.entities if e.type == "PER" and e.kb_id is None]
    assert len(new) == 1
    assert [m.text for m in new[0].mentions][-1] == "سيالة"


def test_title_without_holder_mentions_its_state_only(test_resources):
    # no KB office for an untargeted US envoy: no person entity, the nisba is the US
    text = "قال المبعوث الأمريكي الخاص إن المحادثات بناءة. وأضاف المبعوث الأمريكي توم براك أن"
    result = run(text, test_resources)
    assert [e.kb_id for e in result.entities if e.type == "PER"] == ["per:tom-barrack"]
    usa = next(e for e in result.entities if e.kb_id == "country:USA")
    assert [m.text for m in usa.mentions] == ["الأمريكي", "الأمريكي"]
