"""Validation of the event lexicons (resources/events/*.yaml)."""

from __future__ import annotations

import unicodedata

import pytest

from marsad.errors import ResourceError
from marsad.events import EventResources
from marsad.events.resources import EVENT_TYPES, read_event_yaml
from marsad.text.tokens import tokenise

FILES = ("triggers.yaml", "cues.yaml", "ontology.yaml", "calibration.yaml")


@pytest.mark.parametrize("name", FILES)
def test_files_have_source_and_licence(name: str) -> None:
    meta = read_event_yaml(name)["meta"]
    assert meta.get("source") and meta.get("licence")


def _words(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [w for v in value for w in _words(v)]
    if isinstance(value, dict):
        return [w for v in value.values() for w in _words(v)]
    return []


@pytest.mark.parametrize("name", ("triggers.yaml", "cues.yaml"))
def test_arabic_entries_are_clean_text(name: str) -> None:
    data = read_event_yaml(name)
    data.pop("meta")
    for word in _words(data):
        if not any("\u0600" <= c <= "\u06ff" for c in word):
            continue
        assert unicodedata.normalize("NFKC", word) == word, word  # no presentation forms
        assert word == word.strip() and "  " not in word, word


def test_every_plover_type_has_a_trigger(res: EventResources) -> None:
    assert {t.type for t in res.triggers.values()} == EVENT_TYPES


def test_no_duplicate_words_within_a_trigger() -> None:
    for entry in read_event_yaml("triggers.yaml")["triggers"]:
        words = [*entry.get("verbs", []), *entry.get("nouns", []), *entry.get("phrases", [])]
        pos = [("v", w) for w in entry.get("verbs", [])] + [
            ("n", w) for w in [*entry.get("nouns", []), *entry.get("phrases", [])]
        ]
        assert len(set(pos)) == len(pos), entry["id"]
        assert words


def test_every_listed_trigger_word_is_found_in_text(res: EventResources) -> None:
    """Each lexicon entry, written in running text, is matched as its own trigger."""
    for entry in read_event_yaml("triggers.yaml")["triggers"]:
        for phrase in [*entry.get("verbs", []), *entry.get("nouns", []), *entry.get("phrases", [])]:
            tokens = tokenise(phrase)
            found = {h.payload for h in res.trigger_matcher.find(tokens)}
            assert entry["id"] in found, (entry["id"], phrase, found)


def test_every_mode_has_an_ontology_entry(res: EventResources) -> None:
    for t in res.triggers.values():
        assert (t.type, t.mode) in res.ontology.cameo
    for (head, comp), change in res.ontology.combinations.items():
        assert head in res.triggers and comp in res.triggers
        if "mode" in change:
            assert (res.triggers[head].type, change["mode"]) in res.ontology.cameo


def test_status_cues_cover_every_status(res: EventResources) -> None:
    """Each status but occurred has a cue (refused/denied come from governing verbs)."""
    data = read_event_yaml("cues.yaml")
    cued = {s["status"] for s in data["status"]} | {g["status"] for g in data["governing"]}
    assert cued == set(res.status_priority)


def test_a_status_cue_for_an_unknown_mode_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import marsad.events.resources as resources

    real = resources.read_event_yaml

    def with_typo(name: str) -> dict:
        data = real(name)
        if name == "cues.yaml":
            data["status"] = [*data["status"], {"status": "ongoing", "modes": ["vist"]}]
        return data

    monkeypatch.setattr(resources, "read_event_yaml", with_typo)
    with pytest.raises(ResourceError, match="unknown modes"):
        EventResources.load()


def test_calibration_is_monotone(res: EventResources) -> None:
    scores = [i / 20 for i in range(21)]
    calibrated = [res.calibrated(s) for s in scores]
    assert calibrated == sorted(calibrated)
    assert all(0.0 <= c <= 1.0 for c in calibrated)
