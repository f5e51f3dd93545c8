"""Golden test: the entities a careful reader finds in the seed article (EVENTS.md)."""

from __future__ import annotations

from datetime import datetime

import pytest

from marsad.context import Resources
from marsad.entities import extract_entities
from marsad.records import Article
from marsad.text.sentences import split_sentences

# (name_en as the KB or transliteration gives it, type, country)
EXPECTED = [
    ("Asaad al-Shaibani", "PER", "SYR"),
    ("Ron Dermer", "PER", "ISR"),
    ("Tom Barrack", "PER", "USA"),
    ("Ayman Safadi", "PER", "JOR"),
    ("Paris", "GPE", "FRA"),
    ("Amman", "GPE", "JOR"),
    ("Sweida", "GPE", "SYR"),
    ("Israel", "GPE", "ISR"),
    ("Syria", "GPE", "SYR"),
    ("Jordan", "GPE", "JOR"),
    ("United States", "GPE", "USA"),
    ("Saudi Arabia", "GPE", "SAU"),
    ("Axios", "ORG", "USA"),
]


@pytest.fixture(scope="module")
def seed_entities(shared_dir):
    body = (shared_dir / "seed" / "seed-article.txt").read_text(encoding="utf-8")
    title, _, rest = body.partition("\n")
    text = title + "\n" + rest
    article = Article(
        id="seed",
        url=None,
        outlet=None,
        title=title,
        body=rest,
        text=text,
        author=None,
        published=datetime(2025, 8, 20, 9, 0),
        fetched_at=None,
        raw="",
        language="ar",
        content_hash="",
    )
    return text, extract_entities(article, split_sentences(text), Resources())


@pytest.mark.shared
@pytest.mark.parametrize(("name_en", "etype", "country"), EXPECTED)
def test_seed_entity(seed_entities, name_en, etype, country):
    _, result = seed_entities
    found = [e for e in result.entities if e.name_en == name_en]
    assert found, f"{name_en} not found"
    assert (found[0].type, found[0].country) == (etype, country)


@pytest.mark.shared
def test_seed_bodies(seed_entities):
    _, result = seed_entities
    kb_ids = {e.kb_id for e in result.entities}
    assert "org:SYR:mfa" in kb_ids  # the Syrian foreign ministry
    sana = [e for e in result.entities if e.kb_id and "sana" in e.kb_id]
    assert sana and sana[0].country == "SYR"


@pytest.mark.shared
def test_seed_people_have_offices_and_all_mentions(seed_entities):
    text, result = seed_entities
    shaibani = next(e for e in result.entities if e.name_en == "Asaad al-Shaibani")
    assert shaibani.title and "Foreign" in shaibani.title
    assert len(shaibani.mentions) >= 4  # full name twice, surname in the body and the feed line
    dermer = next(e for e in result.entities if e.name_en == "Ron Dermer")
    assert [m.text for m in dermer.mentions] == ["رون ديرمر", "ديرمر"]
    for e in result.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


@pytest.mark.shared
def test_seed_has_no_entity_for_common_words(seed_entities):
    _, result = seed_entities
    # every entity of the seed is a KB actor: the article names nobody the KB lacks
    assert all(e.kb_id for e in result.entities), [
        e.name_ar for e in result.entities if not e.kb_id
    ]
