"""clean_item never fails with anything but FormatError, whatever the body."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.clean import clean_item
from marsad.errors import FormatError
from marsad.records import RawItem

arabic = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
noise = st.sampled_from(list("<>/&#;:-–ـ \n\t\r\u200f\u200e\u00a0pbrdiv=\"'[]…»«0123456789"))
bodies = st.text(st.one_of(arabic, noise, st.characters()), max_size=400)
pieces = st.sampled_from(
    ["<p>", "</p>", "<br>", "&#8220;", "&amp;", "&nbsp;", "The post ", " appeared first on ",
     "ظهرت المقالة ", " أولاً على ", "الرياض - واس", "شارك", "اقرأ المزيد", "<![CDATA[", "<!--"]
)  # fmt: skip
structured = st.lists(st.one_of(pieces, bodies), max_size=12).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.one_of(bodies, structured), title=st.text(max_size=60), html=st.booleans())
def test_clean_item_only_raises_format_error(body: str, title: str, html: bool) -> None:
    raw = RawItem(source="prop", kind="rss", title=title, body=body, body_is_html=html)
    try:
        article = clean_item(raw)
    except FormatError as exc:
        assert exc.source.startswith("prop")
        return
    assert article.body and article.text.endswith(article.body)
    assert all(line == line.strip() and line for line in article.body.split("\n"))
