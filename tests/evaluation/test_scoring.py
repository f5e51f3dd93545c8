"""The scorer on small hand-made cases: GOLD.md's rules, one at a time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.evaluation.gold import load_gold
from marsad.evaluation.names import name_key
from marsad.evaluation.scoring import ArticlePair, dates_agree, score
from marsad.evaluation.system import system_article

JUBEIR = {"name_en": "Adel al-Jubeir", "aliases_ar": ["عادل الجبير", "الجبير"], "country": "SAU"}
LAVROV = {"name_en": "Sergey Lavrov", "aliases_ar": ["سيرغي لافروف", "لافروف"], "country": "RUS"}
KERRY = {"name_en": "John Kerry", "aliases_ar": ["جون كيري"], "country": "USA"}


def gold_line(events: list[dict], entities: list[dict] | None = None) -> dict:
    return {"url": "u1", "published": "2015-08-04", "entities": entities or [], "events": events}


def meet(
    *people: dict,
    status: str = "occurred",
    date: str | None = "2015-08-03",
    precision: str = "day",
    type_: str = "CONSULT",
) -> dict:
    return {
        "type": type_,
        "mode": "meet",
        "status": status,
        "participants": [{**p, "role": "participant"} for p in people],
        "mediators": [],
        "location": {"name_en": "Doha", "aliases_ar": ["الدوحة"], "country": "QAT"},
        "date": {"value": date, "precision": precision},
        "attributed_to": [],
        "evidence": "x",
    }


def system_output(events: list[dict], entities: list[dict]) -> dict:
    return {
        "article": {"id": "a", "url": "u1", "text": "t"},
        "entities": entities,
        "events": events,
    }


def entity(eid: str, name_en: str, name_ar: str, country: str | None, type_: str = "PER") -> dict:
    return {
        "id": eid,
        "type": type_,
        "name_en": name_en,
        "name_ar": name_ar,
        "country": country,
        "mentions": [{"start": 0, "end": 1, "text": name_ar}],
    }


def sys_event(
    *ids: str,
    type_: str = "CONSULT",
    status: str = "occurred",
    date: str | None = "2015-08-03",
    location: str | None = "e9",
) -> dict:
    return {
        "id": "v",
        "type": type_,
        "mode": "meet",
        "status": status,
        "participants": [{"entity": i, "role": "participant"} for i in ids],
        "mediators": [],
        "location": location,
        "date": {"value": date, "precision": "day"},
        "attributed_to": [],
        "evidence": [{"start": 0, "end": 1, "text": "t"}],
    }


ENTITIES = [
    entity("e1", "Adel al-Jubeir", "عادل الجبير", "SAU"),
    entity("e2", "Sergey Lavrov", "سيرغي لافروف", "RUS"),
    entity("e3", "Saudi foreign minister", "وزير خارجية السعودية", "SAU"),
    entity("e9", "Doha", "الدوحة", "QAT", "GPE"),
]


def run(
    tmp_path: Path,
    gold_events: list[dict],
    events: list[dict],
    gold_entities: list[dict] | None = None,
):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps(gold_line(gold_events, gold_entities), ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    gold = load_gold(path)[0]
    system = system_article(system_output(events, ENTITIES), "u1")
    return score([ArticlePair(gold, system)])


def test_perfect_match(tmp_path: Path) -> None:
    report = run(tmp_path, [meet(JUBEIR, LAVROV)], [sys_event("e1", "e2")])
    assert report.events_actor.prf()["f1"] == 1.0
    assert report.events_country.prf()["f1"] == 1.0
    attrs = report.as_dict()["attributes"]
    assert attrs["status"]["accuracy"] == 1.0
    assert attrs["location"]["accuracy"] == 1.0
    assert attrs["date"]["accuracy"] == 1.0


def test_country_level_is_looser_than_actor_level(tmp_path: Path) -> None:
    # The system names the Saudi side by office, not by name: same country, other name.
    report = run(tmp_path, [meet(JUBEIR, LAVROV)], [sys_event("e3", "e2")])
    assert report.events_country.tp == 1
    # By name only Lavrov matches: Jaccard 1/3 is below 0.5, so no actor-level match.
    assert report.events_actor.tp == 0
    report2 = run(tmp_path, [meet(JUBEIR, LAVROV, KERRY)], [sys_event("e3")])
    assert report2.events_country.tp == 0  # 1/3 overlap is below 0.5


def test_partial_overlap_threshold(tmp_path: Path) -> None:
    # Gold has three parties, the system finds two of them: Jaccard 2/3 >= 0.5.
    report = run(tmp_path, [meet(JUBEIR, LAVROV, KERRY)], [sys_event("e1", "e2")])
    assert report.events_country.tp == 1
    assert report.events_country.fn == 0


def test_type_must_agree(tmp_path: Path) -> None:
    report = run(tmp_path, [meet(JUBEIR, LAVROV)], [sys_event("e1", "e2", type_="AGREE")])
    assert report.events_country.prf() == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 1,
    }
    assert {m.kind for m in report.misses} == {"missed", "spurious"}


def test_duplicate_system_events_count_once(tmp_path: Path) -> None:
    report = run(tmp_path, [meet(JUBEIR, LAVROV)], [sys_event("e1", "e2"), sys_event("e1", "e2")])
    figures = report.events_country.prf()
    assert (figures["tp"], figures["fp"], figures["fn"]) == (1, 1, 0)
    assert figures["precision"] == 0.5


def test_status_and_date_accuracy(tmp_path: Path) -> None:
    report = run(
        tmp_path,
        [meet(JUBEIR, LAVROV, status="planned", date="2015-08", precision="month")],
        [sys_event("e1", "e2", status="occurred", date="2015-08-20")],
    )
    attrs = report.as_dict()["attributes"]
    assert attrs["status"]["accuracy"] == 0.0
    assert attrs["date"]["accuracy"] == 1.0  # equal at month precision
    assert report.confusion_status[("planned", "occurred")] == 1


def test_entities_match_by_alias_and_type(tmp_path: Path) -> None:
    gold_entities = [
        {"name_en": "Adel al-Jubeir", "aliases_ar": ["الجبير"], "type": "PER", "country": "SAU"},
        {"name_en": "Doha", "aliases_ar": ["الدوحة"], "type": "GPE", "country": "QAT"},
        {"name_en": "Qatar", "aliases_ar": ["قطر"], "type": "GPE", "country": "QAT"},
    ]
    report = run(tmp_path, [], [], gold_entities)
    figures = report.entities.prf()
    assert (figures["tp"], figures["fp"], figures["fn"]) == (2, 2, 1)


def test_name_key_rules() -> None:
    assert name_key("الجبير") == name_key("جبير")
    assert name_key("Adel al-Jubeir") == name_key("adel jubeir")
    assert name_key("أحمد") == name_key("احمد")
    assert name_key("مدرسة") == name_key("مدرسه")


@pytest.mark.parametrize(
    ("gold", "system", "agree"),
    [
        (("2015-08-03", "day"), ("2015-08-03", "day"), True),
        (("2015-08-03", "day"), ("2015-08-04", "day"), False),
        (("2015-W32", "week"), ("2015-08-06", "day"), True),
        (("2015-08", "month"), ("2015-07-31", "day"), False),
        (("2015", "year"), ("2015-12-31", "day"), True),
        ((None, None), (None, None), True),
        (("2015-08-03", "day"), (None, None), False),
    ],
)
def test_dates_agree(gold, system, agree) -> None:
    from marsad.evaluation.gold import GoldEvent

    def ev(value, precision):
        return GoldEvent("CONSULT", None, None, (), (), None, value, precision, (), None)

    assert dates_agree(ev(*gold), ev(*system)) is agree


def test_malformed_gold_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"url": "u"}\n{"events": []}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:2"):
        load_gold(path)
