"""The holdout gold set (eval/holdout.jsonl) is well formed, points into the corpus
and shares no article with the dev set.

It is checked exactly like eval/dev.jsonl: the shape and vocabulary checks of
test_gold_file.py are reused (loaded from its file, so nothing depends on how pytest
puts tests on sys.path); that urls exist and every evidence span slices a sensible
piece of `title + "\n" + content` is checked when ../shared is present.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from marsad.text.normalise import normalise

EVAL = Path(__file__).resolve().parents[2] / "eval"
HOLDOUT = EVAL / "holdout.jsonl"
DEV = EVAL / "dev.jsonl"


def _gold_checks() -> ModuleType:
    """The dev-set test module, whose helpers define what a valid gold line is."""
    path = Path(__file__).with_name("test_gold_file.py")
    spec = importlib.util.spec_from_file_location("_marsad_gold_checks", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


G = _gold_checks()


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _bare(url: str) -> str:
    """The article a url names: the ?live and ?weekly copies (al-Madina) are one article;
    other query strings (alwatan, spa.gov.sa) are the article id and are kept."""
    base, _, query = url.partition("?")
    return base if query in {"live", "weekly"} else url


def test_holdout_file_shape() -> None:
    lines = _read(HOLDOUT)
    assert len(lines) >= 35
    urls = [d["url"] for d in lines]
    assert len(set(urls)) == len(urls), "an article appears twice"
    for d in lines:
        assert set(d) >= {"url", "published", "entities", "events"}
        assert d["published"] is not None, d["url"]
        date.fromisoformat(d["published"])
        names = [e["name_en"] for e in d["entities"]]
        assert len(set(names)) == len(names), f"{d['url']}: duplicate entity"
        for e in d["entities"]:
            G._check_actor(e)
            assert e["type"] in {"PER", "ORG", "GPE", "LOC"}
        assert d["events"], f"{d['url']}: no event"
        for ev in d["events"]:
            assert ev["mode"] in G.MODES[ev["type"]], (d["url"], ev["type"], ev["mode"])
            assert ev["status"] in G.STATUSES
            assert ev["participants"], d["url"]
            for a in ev["participants"]:
                G._check_actor(a, roles=True)
                assert a["name_en"] in names, f"{d['url']}: participant not an entity"
            for a in ev["mediators"] + ev["attributed_to"]:
                G._check_actor(a)
                assert a["name_en"] in names
            if ev["location"] is not None:
                G._check_actor(ev["location"])
                assert ev["location"]["name_en"] in names
            G._check_date(ev["date"])
            for s, e in G._spans(ev):
                assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e


def test_holdout_file_has_no_corpus_prose() -> None:
    """Evidence is offsets only: no string field longer than a name or trigger."""
    for d in _read(HOLDOUT):
        for ev in d["events"]:
            assert not isinstance(ev["evidence"], str)
            assert all(len(t) <= 40 for t in ev.get("trigger_ar", []))
            assert len(ev.get("note", "")) <= 200


def test_holdout_is_disjoint_from_dev() -> None:
    """A lockbox: no article of the holdout is also a dev article."""
    dev = {_bare(d["url"]) for d in _read(DEV)}
    shared = [d["url"] for d in _read(HOLDOUT) if _bare(d["url"]) in dev]
    assert not shared, f"holdout articles also in dev.jsonl: {shared}"


@pytest.mark.shared
def test_holdout_file_points_into_corpus(shared_dir: Path) -> None:
    lines = _read(HOLDOUT)
    texts = G._corpus_texts(shared_dir, {d["url"] for d in lines})
    missing = [d["url"] for d in lines if d["url"] not in texts]
    assert not missing, f"urls not in the corpus: {missing}"
    for d in lines:
        text = texts[d["url"]]
        norm_text = normalise(text)
        for e in d["entities"]:
            assert any(G._occurs(a, norm_text) for a in e["aliases_ar"]), (
                f"{d['url']}: no alias of {e['name_en']} in the text"
            )
        for ev in d["events"]:
            for t in ev.get("trigger_ar", []):
                assert G._occurs(t, norm_text), f"{d['url']}: trigger {t!r} not in the text"
            actors = ev["participants"] + ev["mediators"]
            forms = [f for a in actors for f in a["aliases_ar"]] + ev.get("trigger_ar", [])
            for s, e in G._spans(ev):
                assert e <= len(text), f"{d['url']}: span {s},{e} beyond the text"
                piece = normalise(text[s:e])
                assert piece.strip(), f"{d['url']}: empty evidence {s},{e}"
                assert any(G._occurs(f, piece) for f in forms), (
                    f"{d['url']}: evidence {s},{e} of {ev['type']} names no actor nor trigger"
                )
