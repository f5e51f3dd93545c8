"""The seed article (../shared/seed) against the worked example of spec/EVENTS.md.

The article is read at run time through the real stages (ingest → clean → pipeline),
published as a feed item would be, so that relative dates resolve.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.clean import clean_item
from marsad.context import Resources
from marsad.ingest import read_sources
from marsad.output import EventOut, Extraction
from marsad.pipeline import process


@pytest.fixture(scope="module")
def seed(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    lines = (shared_dir / "seed" / "seed-article.txt").read_text(encoding="utf-8").split("\n")
    item = {
        "url": "https://example.org/seed",
        "title": lines[0],
        "content": "\n".join(lines[1:]),
        "published": "2025-08-20T09:00:00",
    }
    path = tmp_path_factory.mktemp("seed") / "seed.json"
    path.write_text(json.dumps([item], ensure_ascii=False), encoding="utf-8")
    [raw] = list(read_sources([str(path)]))
    assert not isinstance(raw, Exception), raw
    return process(clean_item(raw), Resources())


def _countries(ext: Extraction, ids: list[str]) -> set[str | None]:
    by_id = {e.id: e for e in ext.entities}
    return {by_id[i].country for i in ids}


def _parties(ext: Extraction, ev: EventOut) -> set[str | None]:
    return _countries(ext, [p.entity for p in ev.participants])


def _find(ext: Extraction, type_: str, mode: str, status: str) -> list[EventOut]:
    return [e for e in ext.events if (e.type, e.mode, e.status) == (type_, mode, status)]


def test_seven_events_of_the_worked_example(seed: Extraction) -> None:
    by_id = {e.id: e for e in seed.entities}
    names = lambda ids: {by_id[i].name_en for i in ids}  # noqa: E731
    # 1. Paris: al-Shaibani and the Israeli side, US mediation, three attributions.
    [paris] = [
        e
        for e in _find(seed, "CONSULT", "meet", "occurred")
        if e.location and by_id[e.location].name_en == "Paris"
    ]
    assert _parties(seed, paris) == {"SYR", "ISR"}
    assert _countries(seed, paris.mediators) == {"USA"}
    assert len(paris.attributed_to) >= 3
    assert len(paris.evidence) >= 4
    # 2. Amman: trilateral earlier this month.
    [amman] = _find(seed, "CONSULT", "multilateral", "occurred")
    assert _parties(seed, amman) == {"SYR", "JOR", "USA"}
    assert by_id[amman.location or ""].name_en == "Amman"
    assert (amman.date.value, amman.date.precision) == ("2025-08", "month")
    # 3. The working group agreed there.
    [body] = _find(seed, "AGREE", "form_body", "occurred")
    assert _parties(seed, body) == {"SYR", "JOR", "USA"}
    assert body.location == amman.location
    # 4. Intended ceasefire, per Israeli sources via Axios.
    [truce] = _find(seed, "AGREE", "ceasefire", "intended")
    assert _parties(seed, truce) == {"SYR", "ISR"}
    assert {"Axios", "Israel"} <= names(truce.attributed_to)
    # 5. Attempted US mediation between Israel and Syria.
    [mediation] = _find(seed, "CONSULT", "mediate", "attempted")
    assert _parties(seed, mediation) == {"SYR", "ISR"}
    assert _countries(seed, mediation.mediators) == {"USA"}
    # 6. Scheduled for the previous week and postponed.
    [postponed] = _find(seed, "CONSULT", "meet", "postponed")
    assert (postponed.date.value, postponed.date.precision) == ("2025-W33", "week")
    # 7. The earlier Dermer–al-Shaibani meeting this month.
    earlier = [e for e in _find(seed, "CONSULT", "meet", "occurred") if e is not paris]
    assert len(earlier) == 1
    assert names([p.entity for p in earlier[0].participants]) == {"Ron Dermer", "Asaad al-Shaibani"}
    assert earlier[0].date.precision == "month"
    assert len(seed.events) == 7


def test_nothing_from_the_saudi_paragraph_or_the_footer(seed: Extraction) -> None:
    saudi = {e.id for e in seed.entities if e.country == "SAU"}
    for ev in seed.events:
        assert not saudi & {p.entity for p in ev.participants}
        assert all("appeared first" not in s.text for s in ev.evidence)


def test_spans_and_references_resolve(seed: Extraction) -> None:
    assert_consistent(seed)


def assert_consistent(ext: Extraction) -> None:
    """Every span slices article.text, every reference names an entity (OUTPUT.md)."""
    text = ext.article.text
    ids = {e.id for e in ext.entities}
    for e in ext.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
    for ev in ext.events:
        refs = [p.entity for p in ev.participants] + ev.mediators + ev.attributed_to
        refs += [ev.location] if ev.location else []
        assert set(refs) <= ids, ev
        assert ev.evidence
        for s in ev.evidence:
            assert text[s.start : s.end] == s.text
        assert 0.0 <= ev.confidence <= 1.0
