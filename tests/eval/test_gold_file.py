"""The dev gold sets (eval/dev.jsonl, eval/dev2.jsonl) are well formed and point into
the corpus.

Shape and vocabulary are checked everywhere; that urls exist and that every
evidence span slices a sensible piece of `title + "\n" + content` is checked when
../shared is present (via the `shared_dir` fixture).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pycountry
import pytest

from marsad.evaluation.runner import find_articles, gold_text
from marsad.text.normalise import normalise

EVAL = Path(__file__).resolve().parents[2] / "eval"
# Each dev gold file with the number of articles it must at least hold.
GOLDS = {"dev.jsonl": 41, "dev2.jsonl": 25}

# EVENTS.md: the 16 PLOVER types with the marsad modes of each.
MODES: dict[str, set[str]] = {
    "CONSULT": {"meet", "visit", "host", "phone", "mediate", "negotiate", "multilateral"},
    "AGREE": {"agree", "sign", "ceasefire", "form_body"},
    "COOPERATE": {"security", "economic", "diplomatic", "judicial"},
    "SUPPORT": {"praise", "endorse", "welcome"},
    "AID": {"humanitarian", "economic", "military"},
    "REQUEST": {"appeal", "demand", "invite"},
    "CONCEDE": {"release", "ease", "compromise"},
    "RETREAT": {"withdraw", "deescalate"},
    "ACCUSE": {"accuse", "criticize", "condemn"},
    "REJECT": {"reject", "refuse", "veto"},
    "THREATEN": {"force", "sanction"},
    "PROTEST": {"demonstrate", "strike"},
    "SANCTION": {"sanctions", "expel", "break_relations"},
    "MOBILIZE": {"deploy", "alert"},
    "COERCE": {"arrest", "ban", "seize"},
    "ASSAULT": {"attack", "bomb", "clash"},
}
STATUSES = {
    "occurred",
    "ongoing",
    "planned",
    "intended",
    "attempted",
    "postponed",
    "cancelled",
    "refused",
    "denied",
    "hypothetical",
}
PRECISION_FORMAT = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def _lines(name: str) -> list[dict[str, Any]]:
    text = (EVAL / name).read_text(encoding="utf-8")
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def _is_iso3(code: str | None) -> bool:
    return code is None or pycountry.countries.get(alpha_3=code) is not None


def _check_actor(a: dict[str, Any], roles: bool = False) -> None:
    keys = {"name_en", "aliases_ar", "country"} | ({"role"} if roles else set())
    assert keys <= set(a), a
    assert isinstance(a["name_en"], str) and a["name_en"].strip()
    assert a["aliases_ar"] and all(isinstance(s, str) and s.strip() for s in a["aliases_ar"])
    assert _is_iso3(a["country"]), a["country"]
    if roles:
        assert a["role"] in {"source", "target", "participant"}


def _check_date(d: dict[str, Any] | None) -> None:
    if d is None:
        return
    assert d["precision"] in {"day", "week", "month", "year"}
    if d["value"] is None:
        return
    if d["precision"] == "week":
        year, week = d["value"].split("-W")
        date.fromisocalendar(int(year), int(week), 1)
    else:
        datetime.strptime(d["value"], PRECISION_FORMAT[d["precision"]])


def _occurs(form: str, text: str) -> bool:
    """A name form in normalised text, also after a clitic that swallows ال (لل, كال)."""
    form = normalise(form)
    return bool(form) and (
        form in text or (form.startswith("ال") and len(form) > 4 and form[2:] in text)
    )


def _spans(ev: dict[str, Any]) -> list[list[int]]:
    return [ev["evidence"], *ev.get("evidence_more", [])]


@pytest.mark.parametrize("name", GOLDS)
def test_gold_file_shape(name: str) -> None:
    lines = _lines(name)
    assert len(lines) >= GOLDS[name]
    urls = [d["url"] for d in lines]
    assert len(set(urls)) == len(urls), "an article appears twice"
    for d in lines:
        assert set(d) >= {"url", "published", "entities", "events"}
        if d["published"] is not None:
            date.fromisoformat(d["published"])
        names = [e["name_en"] for e in d["entities"]]
        assert len(set(names)) == len(names), f"{d['url']}: duplicate entity"
        for e in d["entities"]:
            _check_actor(e)
            assert e["type"] in {"PER", "ORG", "GPE", "LOC"}
        for ev in d["events"]:
            assert ev["mode"] in MODES[ev["type"]], (d["url"], ev["type"], ev["mode"])
            assert ev["status"] in STATUSES
            assert ev["participants"], d["url"]
            for a in ev["participants"]:
                _check_actor(a, roles=True)
                assert a["name_en"] in names, f"{d['url']}: participant not an entity"
            for a in ev["mediators"] + ev["attributed_to"]:
                _check_actor(a)
                assert a["name_en"] in names
            if ev["location"] is not None:
                _check_actor(ev["location"])
                assert ev["location"]["name_en"] in names
            _check_date(ev["date"])
            for s, e in _spans(ev):
                assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e


@pytest.mark.parametrize("name", GOLDS)
def test_gold_file_has_no_corpus_prose(name: str) -> None:
    """Evidence is offsets only: no string field longer than a name or trigger."""
    for d in _lines(name):
        for ev in d["events"]:
            assert not isinstance(ev["evidence"], str)
            assert all(len(t) <= 40 for t in ev.get("trigger_ar", []))


def _corpus_texts(shared: Path, urls: set[str]) -> dict[str, str]:
    """The text gold offsets index (title + "\n" + content) for every wanted url,
    found and read the way `marsad eval` does it."""
    corpus = [
        str(shared / "corpus" / "saudinewsnet"),
        str(shared / "corpus" / "ant"),
        str(shared / "seed" / "seed-article.txt"),
    ]
    found, _ = find_articles([SimpleNamespace(url=u) for u in urls], corpus)  # type: ignore[misc]
    return {url: gold_text(raw) for url, raw in found.items()}


@pytest.mark.shared
@pytest.mark.parametrize("name", GOLDS)
def test_gold_file_points_into_corpus(shared_dir: Path, name: str) -> None:
    lines = _lines(name)
    texts = _corpus_texts(shared_dir, {d["url"] for d in lines})
    missing = [d["url"] for d in lines if d["url"] not in texts]
    assert not missing, f"urls not in the corpus: {missing}"
    for d in lines:
        text = texts[d["url"]]
        norm_text = normalise(text)
        for e in d["entities"]:
            assert any(_occurs(a, norm_text) for a in e["aliases_ar"]), (
                f"{d['url']}: no alias of {e['name_en']} in the text"
            )
        for ev in d["events"]:
            for t in ev.get("trigger_ar", []):
                assert _occurs(t, norm_text), f"{d['url']}: trigger {t!r} not in the text"
            actors = ev["participants"] + ev["mediators"]
            forms = [f for a in actors for f in a["aliases_ar"]] + ev.get("trigger_ar", [])
            for s, e in _spans(ev):
                assert e <= len(text), f"{d['url']}: span {s},{e} beyond the text"
                piece = normalise(text[s:e])
                assert piece.strip(), f"{d['url']}: empty evidence {s},{e}"
                assert any(_occurs(f, piece) for f in forms), (
                    f"{d['url']}: evidence {s},{e} of {ev['type']} names no actor nor trigger"
                )
