"""The quality gate: `marsad eval` on the dev gold set must not fall below pinned floors.

Floors only go up; lowering one is a visible, explained change in this file
(docs/quality.md has the figures per release). The lockbox set (holdout.jsonl)
is deliberately not gated here: it is for checking that changes generalise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.evaluation.runner import evaluate

ROOT = Path(__file__).resolve().parents[2]

# Measured with pipeline 0.3.2: entities 0.878, events 0.625 / 0.509, status 0.814.
FLOORS = {
    ("entities", "f1"): 0.86,
    ("events_country", "f1"): 0.60,
    ("events_actor", "f1"): 0.48,
}
ATTRIBUTE_FLOORS = {"status": 0.78, "mode": 0.74, "mediators": 0.90}


@pytest.fixture(scope="module")
def figures(shared_dir: Path) -> dict:
    corpus = [
        str(shared_dir / "corpus" / "saudinewsnet"),
        str(shared_dir / "corpus" / "ant"),
        str(shared_dir / "seed" / "seed-article.txt"),
    ]
    report = evaluate(ROOT / "eval" / "dev.jsonl", corpus)
    assert report.missing_articles == []
    return report.as_dict()


@pytest.mark.parametrize(("section", "measure"), sorted(FLOORS))
def test_dev_figure_stays_above_its_floor(figures: dict, section: str, measure: str) -> None:
    assert figures[section][measure] >= FLOORS[(section, measure)], figures[section]


@pytest.mark.parametrize("attribute", sorted(ATTRIBUTE_FLOORS))
def test_dev_attribute_accuracy_stays_above_its_floor(figures: dict, attribute: str) -> None:
    accuracy = figures["attributes"][attribute]["accuracy"]
    assert accuracy is not None and accuracy >= ATTRIBUTE_FLOORS[attribute]
