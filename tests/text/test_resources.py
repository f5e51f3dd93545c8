"""Validation of the text layer's data files (resources/text)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from importlib import resources
from typing import Any

import pytest
import yaml

from marsad.text._resources import read_lines
from marsad.text.clitics import load_clitic_rules
from marsad.text.normalise import normalise
from marsad.text.sentences import load_abbreviations
from marsad.text.timex import load_time_grammar

TEXT_DIR = resources.files("marsad").joinpath("resources", "text")


def _yaml(name: str) -> dict[str, Any]:
    return yaml.safe_load(TEXT_DIR.joinpath(name).read_text(encoding="utf-8"))


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _check_entries(entries: list[str], where: str) -> None:
    for entry in entries:
        assert entry == entry.strip() and entry, f"{where}: blank or padded entry {entry!r}"
        assert unicodedata.normalize("NFKC", entry) == entry, f"{where}: not NFKC {entry!r}"
        norm = normalise(entry)
        assert norm and normalise(norm) == norm, f"{where}: bad normal form {entry!r}"
    dupes = [n for n, c in Counter(normalise(e) for e in entries).items() if c > 1]
    assert not dupes, f"{where}: duplicates after normalisation: {dupes}"


@pytest.mark.parametrize("name", ["clitics.yaml", "abbreviations.yaml", "time.yaml"])
def test_yaml_files_have_a_header(name: str) -> None:
    meta = _yaml(name)["meta"]
    assert meta.get("source") and meta.get("licence")


def test_protected_words() -> None:
    header = TEXT_DIR.joinpath("protected_words.tsv").read_text(encoding="utf-8").splitlines()
    assert any("licence" in line for line in header if line.startswith("#"))
    _check_entries(read_lines("protected_words.tsv"), "protected_words.tsv")


def test_clitics() -> None:
    data = _yaml("clitics.yaml")
    for key in ("conjunctions", "prepositions", "future", "future_before", "possessive_suffixes"):
        _check_entries(data[key], f"clitics.yaml:{key}")
    rules = load_clitic_rules()
    assert all(len(c) == 1 for c in (*rules.conjunctions, *rules.prepositions, *rules.future))
    assert rules.min_stem >= 2 and rules.min_suffix_stem >= 2


def test_abbreviations() -> None:
    data = _yaml("abbreviations.yaml")
    for key in ("no_break", "after_number"):
        _check_entries(data[key], f"abbreviations.yaml:{key}")
        assert all(not e.endswith(".") for e in data[key])
    abbr = load_abbreviations()
    assert abbr.after_number <= abbr.no_break


def test_time_classes() -> None:
    data = _yaml("time.yaml")
    for cls, node in data["classes"].items():
        _check_entries(_strings(node), f"time.yaml:{cls}")
    _check_entries(data["future_cues"]["words"], "time.yaml:future_cues")
    _check_entries(data["not_dates"], "time.yaml:not_dates")
    classes = data["classes"]
    # One name never means two months, across the plain and ambiguous lists.
    months: dict[str, int] = {}
    for cls in ("month", "month_ambiguous"):
        for number, names in classes[cls].items():
            assert 1 <= number <= 12
            for name in names:
                assert months.setdefault(normalise(name), number) == number, name
    assert set(classes["month"]) | set(classes["month_ambiguous"]) == set(range(1, 13))
    assert set(classes["hijri_month"]) == set(range(1, 13))
    assert set(classes["weekday"]) == set(range(1, 8))
    for number, names in classes["weekday_ambiguous"].items():
        assert set(names) <= set(classes["weekday"][number])
    assert set(classes["day_ordinal"]) == set(range(1, 32))


def test_time_patterns_compile_and_are_named_once() -> None:
    data = _yaml("time.yaml")
    names = [p["name"] for p in data["patterns"]]
    assert len(names) == len(set(names))
    grammar = load_time_grammar()
    assert len(grammar.templates) == sum(len(p["match"]) for p in data["patterns"])
    assert all(t.anchors for t in grammar.templates)
