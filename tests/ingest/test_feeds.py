"""RSS 2.0 and Atom: one item each, the richest body, dates, authors, outlets, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import FormatError

WORDPRESS = "feeds/alofoq-wordpress.xml"
RSS = "feeds/almadar-rss.xml"
ATOM = "feeds/alkhaleej-alyawm-atom.xml"


def test_wordpress_items(read, samples_dir: Path) -> None:
    items, errors = read([str(samples_dir / WORDPRESS)])
    assert errors == []
    assert [i.kind for i in items] == ["rss"] * 4
    first = items[0]
    assert first.outlet == "صحيفة الأفق – سياسة"
    assert first.url == "https://alofoq.example.org/2025/03/10/faisal-safadi-riyadh/"
    assert first.published == "Mon, 10 Mar 2025 14:20:00 +0300"
    assert first.author == "فريق التحرير"
    assert first.source_id == "https://alofoq.example.org/?p=5101"
    assert first.title.startswith("\u200f“الخارجية”")  # entities decoded, RLM kept raw
    # content:encoded (full text with the footer), not the truncated description
    assert first.body_is_html and "ظهرت المقالة" in first.body and "[…]" not in first.body
    assert first.raw.startswith("<item>") and first.raw.endswith("</item>")
    assert "faisal-safadi-riyadh" in first.raw and "p=5117" not in first.raw


def test_rss_description_only(read, samples_dir: Path) -> None:
    items, errors = read([str(samples_dir / RSS)])
    assert errors == [] and len(items) == 3
    assert {i.outlet for i in items} == {"راديو المدار - الشرق الأوسط"}
    assert items[0].body.startswith("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش")
    assert items[2].published == "Tue, 11 Mar 2025 07:55:10 GMT"


def test_atom_entries(read, samples_dir: Path) -> None:
    items, errors = read([str(samples_dir / ATOM)])
    assert errors == [] and len(items) == 3
    assert {i.kind for i in items} == {"atom"}
    assert items[0].published == "2025-03-12T15:10:00+04:00"  # published, not updated
    assert items[0].author == "قسم الأخبار"
    assert items[0].url.endswith("/2025/03/12/abdelatty-al-thani-call")
    assert items[2].body.startswith("<p>أعلنت وزارة الخارجية")  # summary when no content
    assert items[1].raw.startswith("<entry>")


@pytest.mark.parametrize(
    ("name", "count"),
    [("wordpress_style_rss2_ar.xml", 15), ("bbc_arabic_style_rss2.xml", 15), ("atom_ar.xml", 10)],
)
def test_shared_fixture_feeds(read, shared_dir: Path, name: str, count: int) -> None:
    items, errors = read([str(shared_dir / "data" / "feeds" / name)])
    assert errors == []
    assert len(items) == count
    assert all(i.title and i.body and i.published and i.url for i in items)


def _truncated(samples_dir: Path) -> bytes:
    data = (samples_dir / WORDPRESS).read_bytes()
    cut = data.index(b"<item>", data.index(b"p=5126"))  # inside the 4th item's start
    return data[: cut + 300]


def test_truncated_feed_keeps_what_it_read(read, samples_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.xml"
    path.write_bytes(_truncated(samples_dir))
    items, errors = read([str(path)])
    assert len(items) >= 3
    assert items[0].title.endswith("دعم استقرار سوريا")
    assert len(errors) == 1
    assert isinstance(errors[0], FormatError)
    assert str(path) in str(errors[0]) and "malformed feed" in str(errors[0])
    assert "\n" not in str(errors[0])


def test_malformed_feed_without_items(read, tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>خبر</ti', "utf-8")
    items, errors = read([str(path)])
    assert items == []
    assert len(errors) == 1 and str(path) in str(errors[0])


def test_xml_that_is_not_a_feed(read, tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', "utf-8")
    items, errors = read([str(path)])
    assert items == [] and len(errors) == 1
    assert "not an RSS or Atom feed" in str(errors[0]) or "malformed" in str(errors[0])


def test_windows_1256_feed_declared_in_xml(read, tmp_path: Path) -> None:
    xml = (
        '<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel>'
        "<title>نشرة</title><item><title>وزير الخارجية يصل إلى عمّان</title>"
        "<description>وصل وزير الخارجية إلى عمّان في زيارة رسمية.</description>"
        "</item></channel></rss>"
    )
    path = tmp_path / "legacy.rss"
    path.write_bytes(xml.encode("cp1256"))
    items, errors = read([str(path)])
    assert errors == []
    assert items[0].title == "وزير الخارجية يصل إلى عمّان"
    assert items[0].outlet == "نشرة"
