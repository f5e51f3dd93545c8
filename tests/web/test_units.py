"""Pure parts of the web package: highlighting, strings, layout, map frame."""

from __future__ import annotations

from marsad.web.highlight import Mark, event_marks, segments
from marsad.web.i18n import load_strings
from marsad.web.svg import layout_network, map_view, timeline_view


def test_segments_cover_the_text_with_overlapping_labels() -> None:
    text = "التقى فلان بعلان في الدوحة أمس"
    marks = [Mark(0, len(text), "evidence", "evidence-0"), Mark(6, 10, "participant", "e1-0")]
    parts = segments(text, marks)
    assert "".join(p.text for p in parts) == text
    assert [p.labels for p in parts] == [("evidence",), ("evidence", "participant"), ("evidence",)]
    assert parts[1].anchors == ("e1-0",)


def test_event_marks_find_the_date_phrase_inside_the_evidence() -> None:
    text = "أمس في العنوان\nاجتمع الوزيران أمس في الدوحة"
    start = text.index("اجتمع")
    event = {
        "participants": [{"entity": "e1", "role": "participant"}],
        "location": "e2",
        "date": {"value": "2015-08-03", "precision": "day", "text": "أمس"},
        "evidence": [{"start": start, "end": len(text), "text": text[start:]}],
    }
    where = text.index("الدوحة")
    entities = [
        {
            "id": "e1",
            "mentions": [
                {"start": start + 6, "end": start + 14, "text": text[start + 6 : start + 14]}
            ],
        },
        {"id": "e2", "mentions": [{"start": where, "end": where + 6, "text": "الدوحة"}]},
    ]
    marks = {m.label: m for m in event_marks(text, event, entities)}
    assert text[marks["date"].start : marks["date"].end] == "أمس"
    assert marks["date"].start > start  # the one in the evidence, not the title's
    assert text[marks["location"].start : marks["location"].end] == "الدوحة"


def test_strings_define_both_languages() -> None:
    strings = load_strings()
    assert strings["ar"].dir == "rtl" and strings["en"].dir == "ltr"
    assert set(strings["ar"].types) == set(strings["en"].types) and len(strings["ar"].types) == 16
    assert set(strings["ar"].statuses) == set(strings["en"].statuses)
    assert strings["en"].name({"name_ar": "الدوحة", "name_en": "Doha"}) == "Doha"


def test_network_layout_is_deterministic_and_inside_the_frame() -> None:
    nodes = [{"id": f"n{i}", "weight": i + 1} for i in range(12)]
    edges = [{"source": f"n{i}", "target": f"n{(i + 1) % 12}", "weight": 2} for i in range(12)]
    one = layout_network(nodes, edges, width=600, height=400)
    two = layout_network(nodes, edges, width=600, height=400)
    assert [(n["x"], n["y"]) for n in one.nodes] == [(n["x"], n["y"]) for n in two.nodes]
    assert all(0 <= n["x"] <= 600 and 0 <= n["y"] <= 400 for n in one.nodes)
    assert len({(n["x"], n["y"]) for n in one.nodes}) == 12
    assert layout_network([], []).nodes == []


def test_map_frame_contains_every_marker() -> None:
    places = [
        {"id": "a", "lat": 25.3, "lon": 51.5, "events": 3},
        {"id": "b", "lat": 30.0, "lon": 31.2, "events": 1},
        {"id": "c", "lat": None, "lon": None, "events": 9},
    ]
    view = map_view(places)
    west, north, width, height = (float(v) for v in view.view_box.split())
    assert width == 2 * height
    assert len(view.markers) == 2
    for m in view.markers:
        assert west < m["x"] < west + width and north < m["y"] < north + height


def test_timeline_bars_stack_to_the_total() -> None:
    items = [{"bucket": "2025-03-10", "total": 3, "by_type": {"CONSULT": 2, "AGREE": 1}}]
    chart = timeline_view(items, width=400, height=200)
    assert len(chart.bars) == 2
    assert round(sum(b["h"] for b in chart.bars)) == 200 - 40
