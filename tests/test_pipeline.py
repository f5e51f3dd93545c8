"""The pipeline end to end on hand-written articles: contract invariants, no crashes."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.context import Resources
from marsad.output import Extraction
from marsad.pipeline import PIPELINE_VERSION, process
from marsad.records import Article


@pytest.fixture(scope="module")
def resources() -> Resources:
    return Resources()


def make(body: str, title: str = "", published: datetime | None = None) -> Article:
    text = f"{title}\n{body}" if title else body
    return Article(
        id="a1",
        url="https://example.org/a1",
        outlet="test",
        title=title,
        body=body,
        text=text,
        author=None,
        published=published,
        fetched_at=None,
        raw="",
        language="ar",
        content_hash="h",
    )


def check_contract(ext: Extraction) -> None:
    """Spans slice article.text and every reference names an entity (OUTPUT.md)."""
    text = ext.article.text
    ids = {e.id for e in ext.entities}
    assert len(ids) == len(ext.entities)
    for e in ext.entities:
        assert all(text[m.start : m.end] == m.text for m in e.mentions)
    assert len({ev.id for ev in ext.events}) == len(ext.events)
    for ev in ext.events:
        refs = [p.entity for p in ev.participants] + ev.mediators + ev.attributed_to
        assert set(refs + ([ev.location] if ev.location else [])) <= ids
        assert ev.evidence and all(text[s.start : s.end] == s.text for s in ev.evidence)
    Extraction.model_validate_json(ext.model_dump_json())


def test_process_runs_every_stage(resources: Resources) -> None:
    body = (
        "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم وزير الخارجية الأمريكي، "
        "وبحث الجانبان الأوضاع في غزة."
    )
    ext = process(
        make(body, "السيسي يستقبل وزير الخارجية الأمريكي", datetime(2024, 5, 16, 9)), resources
    )
    assert ext.pipeline_version == PIPELINE_VERSION
    assert ext.article.published == "2024-05-16T09:00:00"
    check_contract(ext)
    hosts = [e for e in ext.events if (e.type, e.mode) == ("CONSULT", "host")]
    assert len(hosts) == 1
    by_id = {e.id: e for e in ext.entities}
    roles = {by_id[p.entity].country: p.role for p in hosts[0].participants}
    assert roles == {"EGY": "target", "USA": "source"}
    assert by_id[hosts[0].location or ""].name_en == "Cairo"
    assert hosts[0].date.value == "2024-05-16"


def test_process_without_resources_argument() -> None:
    ext = process(make("نص قصير بلا أحداث."))
    assert ext.events == [] and ext.article.id == "a1"


ADVERSARIAL = [
    "",
    "\n\n\n",
    "التقى " * 20000,
    "لقاء" * 5000,
    "\u200f\u200e\u202bالتقى\u202c الوزير\u2066 Paris \u2069مع نظيره",
    "abc ١٢٣ ۴۵۶ التقى X بـY في «باريس» (أمس)؛ ثم: وقع",
    "\ufeff؟؟؟...!!! ، ، ،",
    "ﻻ ﺍﻟﺘﻘﻰ ﺍﻟﻮﺯﻳﺮ",
]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_adversarial_text_never_crashes(resources: Resources, text: str) -> None:
    check_contract(process(make(text, published=datetime(2024, 1, 1)), resources))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.text(alphabet=st.sampled_from(list("التقى وزير في بين و، .:\nمصر سوريا أمس")), max_size=300)
)
def test_random_arabic_never_crashes(resources: Resources, text: str) -> None:
    check_contract(process(make(text, title="عنوان"), resources))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_crashes(resources: Resources, text: str) -> None:
    check_contract(process(make(text), resources))
