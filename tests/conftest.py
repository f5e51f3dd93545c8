"""Shared fixtures: where ../shared is (skipping cleanly when it is absent), and
articles built in code with a fresh store, so store and batch tests do not depend
on ingest or clean."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from marsad.records import Article
from marsad.store import SQLiteStore, open_store
from marsad.text.normalise import normalise

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared, or skip the test when a fresh clone does not have it."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present (fresh clone)")
    return SHARED


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


MakeArticle = Callable[..., Article]


@pytest.fixture
def make_article() -> MakeArticle:
    def make(
        url: str | None,
        title: str,
        body: str,
        *,
        outlet: str = "alriyadh",
        published: str | None = "2015-08-06T10:00:00+03:00",
    ) -> Article:
        text = f"{title}\n{body}" if title else body
        key = url or text
        return Article(
            id="a_" + hashlib.sha1(key.encode()).hexdigest()[:16],
            url=url,
            outlet=outlet,
            title=title,
            body=body,
            text=text,
            author=None,
            published=datetime.fromisoformat(published) if published else None,
            fetched_at=None,
            raw=body,
            language="ar",
            content_hash=hashlib.sha1(normalise(body).encode()).hexdigest(),
            source="test",
            kind="json",
        )

    return make


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    opened = open_store(str(tmp_path / "test.db"))
    assert isinstance(opened, SQLiteStore)
    yield opened
    opened.close()
