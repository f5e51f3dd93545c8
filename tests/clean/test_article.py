"""clean_item: the Article text, ids, hashes, authors, and the reference cases."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from marsad.clean import article_id, clean_item, content_hash
from marsad.errors import FormatError, InputError
from marsad.ingest import read_sources
from marsad.records import Article, RawItem


def articles(*sources: str) -> list[Article]:
    out = []
    for result in read_sources(sources):
        assert not isinstance(result, InputError), result
        out.append(clean_item(result))
    return out


def test_text_is_title_newline_body() -> None:
    raw = RawItem(source="s", kind="txt", title="عنوان", body="سطر أول\nسطر ثان")
    art = clean_item(raw)
    assert art.text == "عنوان\nسطر أول\nسطر ثان"
    assert (art.title, art.body) == ("عنوان", "سطر أول\nسطر ثان")
    untitled = clean_item(RawItem(source="s", kind="txt", body="نص فقط"))
    assert untitled.text == "نص فقط" and untitled.title == ""


def test_ids_and_hashes_are_stable() -> None:
    raw = RawItem(source="s", kind="json", url="https://example.org/a/1", title="ع", body="نص")
    art = clean_item(raw)
    assert art.id == article_id("https://example.org/a/1", "anything") == clean_item(raw).id
    assert art.id.startswith("a_") and len(art.id) == 18
    no_url = clean_item(RawItem(source="s", kind="txt", title="ع", body="نص"))
    assert no_url.id == article_id(None, "ع\nنص")
    # the hash is over the normalised body: spelling variants of one text collide
    assert content_hash("أحمد إلى الرياض") == content_hash("احمد الى الرياض")
    assert content_hash("نص") != content_hash("نص آخر")


def test_raw_is_kept_as_received(samples_dir: Path) -> None:
    art = articles(str(samples_dir / "feeds" / "alofoq-wordpress.xml"))[0]
    assert "<content:encoded><![CDATA[<p>الرياض &#8211; واس</p>" in art.raw
    assert "ظهرت المقالة" in art.raw and "ظهرت المقالة" not in art.text


def test_wordpress_sample(samples_dir: Path) -> None:
    arts = articles(str(samples_dir / "feeds" / "alofoq-wordpress.xml"))
    assert arts[0].title[:12] == "“الخارجية”: "  # RLM gone, entities decoded
    for art in arts:
        assert "appeared first on" not in art.text and "ظهرت المقالة" not in art.text
        assert "شارك الخبر" not in art.text and "اقرأ المزيد" not in art.text
        assert not art.text.startswith("\u200f") and "&#" not in art.text
        assert art.language == "ar" and art.outlet == "صحيفة الأفق – سياسة"
    first, second, third, fourth = arts
    # A dateline stays in the text (it names place and agency) and is recorded apart.
    assert first.body.startswith("الرياض – واس\nاستقبل صاحب السمو")
    assert first.dateline == "الرياض - واس"
    assert first.author == "فريق التحرير"  # the dateline is not an author: feed's creator
    assert second.body.startswith("قال رئيس مجلس الوزراء") and second.author == "سامر الخطيب"
    assert third.body.startswith("مسقط – وكالات: وصل المبعوث الخاص")  # glued dateline kept
    assert third.dateline is not None and third.dateline.startswith("مسقط")
    assert fourth.body.startswith("أكد الأمين العام") and fourth.author == "ليلى العمري"
    assert first.published == datetime(2025, 3, 10, 14, 20, tzinfo=timezone(timedelta(hours=3)))
    assert first.body.endswith("وعدد من المسؤولين في الوزارتين.")


def test_samples_duplicates(samples_dir: Path) -> None:
    """One exact duplicate (Atom entry / JSONL record) and one near-duplicate pair
    (WordPress item / HTML page): the data the duplicate detector is tested on."""
    arts = articles(str(samples_dir))
    by_hash: dict[str, list[Article]] = {}
    for art in arts:
        by_hash.setdefault(art.content_hash, []).append(art)
    exact = [group for group in by_hash.values() if len(group) > 1]
    assert len(exact) == 1
    assert {a.kind for a in exact[0]} == {"atom", "json"} and len({a.id for a in exact[0]}) == 2

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = text.split()
        return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}

    wp = next(a for a in arts if a.url and a.url.endswith("faisal-safadi-riyadh/"))
    page = next(a for a in arts if a.kind == "html" and "الصفدي" in a.title)
    a, b = shingles(wp.body), shingles(page.body)
    assert 0.6 < len(a & b) / len(a | b) < 1.0
    assert wp.content_hash != page.content_hash


def test_legacy_page_sample(samples_dir: Path) -> None:
    (art,) = articles(str(samples_dir / "pages" / "sada-abdelatty-grundberg-cp1256.html"))
    assert art.body.startswith("القاهرة - أ ش أ\nاستقبل وزير الخارجية والهجرة")
    assert art.dateline == "القاهرة - أ ش أ"
    assert art.author is None
    assert art.published == datetime(2025, 3, 9, 13, 40, tzinfo=timezone(timedelta(hours=2)))
    assert art.title.count("عبد العاطي") == 1 and art.text.count(art.title) == 1


def test_empty_body_is_a_format_error_naming_the_source() -> None:
    raw = RawItem(
        source="day.zip!day.json",
        kind="json",
        url="https://example.org/x",
        title="عنوان",
        body="<p>&nbsp;</p>\n\u200f\nThe post عنوان appeared first on موقع.",
        extra={"item": "item 7"},
    )
    with pytest.raises(FormatError) as info:
        clean_item(raw)
    assert str(info.value).startswith("day.zip!day.json item 7 <https://example.org/x>: empty")


def test_seed_article_reference_case(shared_dir: Path) -> None:
    """The seed's last line is a WordPress footer: it goes, and nothing else does."""
    lines = (shared_dir / "seed" / "seed-article.txt").read_text("utf-8").strip().splitlines()
    (art,) = [
        clean_item(item) for item in read_sources([str(shared_dir / "seed" / "seed-article.txt")])
    ]
    assert lines[-1].startswith("The post ")
    assert art.text.splitlines() == [line.strip() for line in lines[:-1]]
    assert art.title == lines[0] and art.language == "ar"


@pytest.mark.shared
def test_saudinewsnet_titles_entities_and_authors(shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "saudinewsnet" / "2015-07-21.zip"
    cleaned, failed = [], []
    for item in read_sources([str(path)]):
        if isinstance(item, InputError):
            continue
        try:
            cleaned.append((item, clean_item(item)))
        except FormatError as exc:
            failed.append(exc)
    assert len(cleaned) + len(failed) == 2953
    assert len(failed) < 100  # items whose content is empty or blank
    assert not any("&#" in art.title or "&nbsp;" in (art.author or "") for _, art in cleaned)
    assert sum(1 for raw, _ in cleaned if "&#" in raw.title) >= 40
    # sabq's "Name- سبق- Place:" bylines leave the text and give a person
    sabq = [
        (raw, art) for raw, art in cleaned if raw.outlet == "sabq" and "- سبق-" in raw.body[:60]
    ]
    assert sabq and all("- سبق-" not in art.body[:60] for _, art in sabq)
    assert {art.published.tzinfo for _, art in cleaned if art.published} == {None}
