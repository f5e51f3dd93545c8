"""HTML pages: main text, title, metadata, date, legacy encodings, no text."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGES = "pages"


def test_utf8_page(read, samples_dir: Path) -> None:
    items, errors = read([str(samples_dir / PAGES / "sada-faisal-safadi.html")])
    assert errors == []
    (page,) = items
    assert page.kind == "html"
    assert page.title == "وزير الخارجية السعودي يستقبل الصفدي في الرياض"
    assert page.outlet == "صدى العواصم"
    assert page.author == "نور الهدى سالم"
    assert page.url == "https://sada-alawasem.example.info/news/2025/03/10/4417"
    assert page.published == "2025-03-10T16:05:00+03:00"
    assert "أيمن الصفدي" in page.body
    assert "الأكثر قراءة" not in page.body and "جميع الحقوق" not in page.body
    assert page.raw.startswith("<!DOCTYPE html>")  # the whole page is kept


def test_windows_1256_page_with_meta_charset(read, samples_dir: Path) -> None:
    path = samples_dir / PAGES / "sada-abdelatty-grundberg-cp1256.html"
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really legacy bytes
    items, errors = read([str(path)])
    assert errors == []
    assert items[0].title.startswith("عبد العاطي يستقبل غروندبرغ")
    assert "هانس غروندبرغ" in items[0].body
    assert "«للدور المصري البناء»" in items[0].body


def test_iso_8859_6_page_without_declaration(read, tmp_path: Path) -> None:
    text = "وزير الخارجية يبحث مع المبعوث الأممي سبل استئناف المفاوضات بين الأطراف اليمنية"
    html = f"<html><head><title>مباحثات</title></head><body><article><p>{text}</p>" * 1
    html += f"<p>{text} في جولة جديدة.</p></article></body></html>"
    path = tmp_path / "legacy.html"
    path.write_bytes(html.encode("iso-8859-6"))
    items, errors = read([str(path)])
    assert errors == []
    assert text in items[0].body


@pytest.mark.parametrize("category", ["politic", "internationalNews", "economy"])
def test_shared_pages(read, shared_dir: Path, category: str) -> None:
    folder = shared_dir / "data" / "feeds" / "html-pages" / category
    (page_path,) = folder.glob("*.html")
    items, errors = read([str(page_path)])
    assert errors == []
    (page,) = items
    assert page.title and len(page.body) > 100 and page.published
    # the extracted text of the page (upstream .txt) is found in what we extracted
    expected = page_path.with_suffix(".txt").read_text(encoding="utf-8")
    first_line = expected.split("<TEXT>")[1].strip().splitlines()[0].split()[:6]
    assert " ".join(first_line) in " ".join(page.body.split())


def test_page_without_text(read, tmp_path: Path) -> None:
    path = tmp_path / "empty-page.html"
    path.write_text(
        "<html><head><title>x</title><script>var a = 1;</script></head><body> </body></html>"
    )
    items, errors = read([str(path)])
    assert items == []
    assert "no article text" in str(errors[0]) and str(path) in str(errors[0])
