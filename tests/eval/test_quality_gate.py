"""The quality gate: `marsad eval` on the dev gold sets must not fall below pinned floors.

Floors only go up; lowering one is a visible, explained change in this file
(docs/quality.md has the figures per release). The lockbox set (holdout.jsonl)
is deliberately not gated here: it is for checking that changes generalise.
`dev2.jsonl` was annotated blind after the rules were written; it is gated too,
so that a change fitted to dev.jsonl cannot quietly cost unseen text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluation.runner import evaluate

ROOT = Path(__file__).resolve().parents[2]

# Measured with pipeline 0.11.0 — dev: entities 0.914, events 0.702 / 0.604,
# status 0.854, mode 0.787, mediators 0.95; dev2: entities 0.814, events 0.554 / 0.453.
# Lowered in 0.8.0: status (0.835 → 0.83), because "دون التوصل لاتفاق" now reads as
# attempted and the one system event of that sentence is paired with the occurred
# agreement gold has beside it; mode (0.785 → 0.78), because the noun استهداف is an
# attack where gold calls the same act by its means (bomb); that change raised the
# event F1 of dev2 (+0.010) and of the lockbox (+0.003), the other changed no F1.
# Lowered in 0.9.0: mode (0.78 → 0.775): a call in a UN resolution ("قرارا يدعو إلى
# إرسال لجنة تحقيق") is now found and matched, as an appeal where gold says demand;
# mode accuracy counts matched events only, so a new match can lower it. Then 0.77:
# the separatists of Donbas, now in the KB, make "صدت الهجوم بالقصف المدفعي" a match,
# read as bombardment where gold names the attack repelled.
FLOORS = {
    ("dev.jsonl", "entities", "f1"): 0.90,
    ("dev.jsonl", "events_country", "f1"): 0.69,
    ("dev.jsonl", "events_actor", "f1"): 0.59,
    ("dev2.jsonl", "entities", "f1"): 0.79,
    ("dev2.jsonl", "events_country", "f1"): 0.54,
    ("dev2.jsonl", "events_actor", "f1"): 0.43,
}
ATTRIBUTE_FLOORS = {"status": 0.84, "mode": 0.78, "mediators": 0.92}


@pytest.fixture(scope="module")
def figures(shared_dir: Path) -> dict[str, dict]:
    corpus = [
        str(shared_dir / "corpus" / "saudinewsnet"),
        str(shared_dir / "corpus" / "ant"),
        str(shared_dir / "seed" / "seed-article.txt"),
    ]
    out = {}
    for name in ("dev.jsonl", "dev2.jsonl"):
        report = evaluate(ROOT / "eval" / name, corpus)
        assert report.missing_articles == []
        out[name] = report.as_dict()
    return out


@pytest.mark.parametrize(("gold", "section", "measure"), sorted(FLOORS))
def test_dev_figure_stays_above_its_floor(
    figures: dict, gold: str, section: str, measure: str
) -> None:
    value = figures[gold][section][measure]
    assert value >= FLOORS[(gold, section, measure)], figures[gold][section]


@pytest.mark.parametrize("attribute", sorted(ATTRIBUTE_FLOORS))
def test_dev_attribute_accuracy_stays_above_its_floor(figures: dict, attribute: str) -> None:
    accuracy = figures["dev.jsonl"]["attributes"][attribute]["accuracy"]
    assert accuracy is not None and accuracy >= ATTRIBUTE_FLOORS[attribute]
