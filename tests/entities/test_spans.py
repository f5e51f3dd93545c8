"""Whatever the text, every mention slices it exactly and ids follow first mentions."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import run

FRAGMENTS = [
    "وزير الخارجية الأردني",
    "أيمن الصفدي",
    "الصفدي",
    "وبالرياض",
    "للسعودية",
    "عمّان",
    "سلطنة عمان",
    "العاصمة الأردنية",
    "توم براك",
    "براك",
    "مدينة",
    "وفد إسرائيلي",
    "مصادر إسرائيلية",
    "وزارة الخارجية السورية",
    "الخارجية الأمريكية",
    "واشنطن",
    "أعلنت",
    "بنظيره",
    "الأردني",
    "قال",
    "في",
    "إن",
    "محمد",
    "سيالة",
    "السويداء",
    "محافظة",
    "، ",
    ". ",
    "\n",
    "«",
    "»",
    "-",
    "ـ",
    "ً",
    "\u200f",
    "2025",
    "١٤",
    "(",
    ")",
    "؟",
    "التقى",
    "المبعوث الأمريكي الخاص إلى سوريا",
    "الوزير",
    "الشيباني",
    "ديرمر",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30), st.sampled_from([" ", "", "  "])
)
def test_mentions_slice_the_text(test_resources, parts, sep):
    text = sep.join(parts)
    result = run(text, test_resources)
    seen: list[tuple[int, int]] = []
    for mention, _ in result.mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.text.strip() == mention.text and mention.text
        assert all(mention.end <= s or e <= mention.start for s, e in seen)
        seen.append((mention.start, mention.end))
    ids = [e.id for e in result.entities]
    assert ids == [f"e{n}" for n in range(1, len(ids) + 1)]
    firsts = [min(m.start for m in e.mentions) for e in result.entities]
    assert firsts == sorted(firsts)
    for entity in result.entities:
        for span in entity.mentions:
            assert text[span.start : span.end] == span.text
    assert {eid for _, eid in result.mentions} == set(ids)
