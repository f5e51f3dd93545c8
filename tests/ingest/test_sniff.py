"""Type detection by content first, extension as tie-breaker."""

from __future__ import annotations

import pytest

from marsad.errors import FormatError
from marsad.ingest.sniff import Kind, is_candidate_name, sniff


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("feed.xml", b'<?xml version="1.0"?><rss version="2.0"><channel>', Kind.FEED),
        ("page.xml", b"<!DOCTYPE html><html><body><p>\xd9\x86\xd8\xb5</p>", Kind.HTML),
        (
            "feed.html",
            b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
            Kind.FEED,
        ),
        ("noext", b"<html><head><title>t</title></head>", Kind.HTML),
        ("noext", b'\xef\xbb\xbf  [{"title": "x"}]', Kind.JSON),
        ("a.json", b'{"title": "x"}', Kind.JSON),
        ("a.jsonl", b'{"title": "x"}\n{"title": "y"}\n', Kind.JSONL),
        ("noext", b'{"title": "x"}\n{"title": "y"}\n', Kind.JSONL),
        ("a.txt", "عنوان\nنص".encode(), Kind.TXT),
        ("a.txt", b"<p>not a page, a text file</p>", Kind.TXT),
        ("a.dat", b"PK\x03\x04rest", Kind.ZIP),
        ("other.xml", b'<?xml version="1.0"?><sitemap></sitemap>', Kind.FEED),
    ],
)
def test_kind_by_content(name: str, head: bytes, kind: Kind) -> None:
    assert sniff(name, head) is kind


@pytest.mark.parametrize(
    ("head", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"%PDF-1.7", "PDF"),
        (b"abc\x00\x00def", "NUL bytes"),
    ],
)
def test_binary_is_refused(head: bytes, reason: str) -> None:
    with pytest.raises(FormatError, match=reason) as info:
        sniff("photo.html", head)
    assert info.value.source == "photo.html"


@pytest.mark.parametrize("head", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf\n"])
def test_empty_is_refused(head: bytes) -> None:
    with pytest.raises(FormatError, match="empty file"):
        sniff("empty.txt", head)


def test_utf16_with_bom_is_text_not_binary() -> None:
    assert sniff("a.txt", "عنوان\nنص".encode("utf-16")) is Kind.TXT


def test_collection_members_by_name() -> None:
    assert is_candidate_name("a/b/feed.xml")
    assert is_candidate_name("README")  # extension-less: sniffed, read only if markup/JSON
    assert not is_candidate_name("photo.jpg")
    assert not is_candidate_name("notes.md")
