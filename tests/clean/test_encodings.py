"""Decoding: declarations first, legacy Arabic code pages detected, failures named."""

from __future__ import annotations

import pytest

from marsad.clean.encodings import charset_from_content_type, declared_charset, decode_bytes
from marsad.errors import FormatError

NEWS = "أعلن وزير الخارجية السعودي الأمير فيصل بن فرحان أن المحادثات مع نظيره الأردني كانت مثمرة."


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("cp1256", NEWS),
        ("cp1256", "اجتماع"),  # too short for the detector: the Arabic code pages compete
        ("cp1256", "عمّان: «بيان» – ختامي"),
        ("iso-8859-6", NEWS),
        ("iso-8859-6", NEWS.replace(".", "، وأضاف أن الجانبين اتفقا على مواصلة التنسيق.")),
    ],
)
def test_legacy_arabic_without_declaration(codec: str, text: str) -> None:
    decoded = decode_bytes(text.encode(codec), "x")
    assert decoded.text == text
    assert decoded.how == "detected"


def test_header_declaration_wins() -> None:
    decoded = decode_bytes(NEWS.encode("cp1256"), "x", declared="windows-1256")
    assert (decoded.text, decoded.how, decoded.encoding) == (NEWS, "header", "cp1256")


def test_meta_and_xml_declarations() -> None:
    page = f'<html><head><meta charset="windows-1256"></head><body>{NEWS}</body></html>'
    assert decode_bytes(page.encode("cp1256"), "x").how == "document"
    xml = f'<?xml version="1.0" encoding="ISO-8859-6"?><rss><title>{NEWS}</title></rss>'
    decoded = decode_bytes(xml.encode("iso-8859-6"), "x")
    assert NEWS in decoded.text and decoded.encoding == "iso8859-6"


def test_wrong_declaration_is_skipped() -> None:
    # declared UTF-8 in the header, but the bytes are windows-1256 (and say so inside)
    page = (
        f'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>{NEWS}</p>'
    )
    decoded = decode_bytes(page.encode("cp1256"), "x", declared="utf-8")
    assert NEWS in decoded.text and decoded.how == "document"


def test_unknown_declared_name_falls_back() -> None:
    assert decode_bytes(NEWS.encode(), "x", declared="x-no-such-charset").text == NEWS


def test_boms() -> None:
    assert decode_bytes(b"\xef\xbb\xbf" + NEWS.encode(), "x").text == NEWS
    assert decode_bytes(NEWS.encode("utf-16"), "x").text == NEWS


def test_undecodable_bytes_are_a_named_error() -> None:
    with pytest.raises(FormatError) as info:
        decode_bytes(bytes(range(1, 32)) * 8 + bytes(range(0x80, 0x100)), "feed.xml")
    assert info.value.source == "feed.xml" and "encoding" in info.value.reason


def test_header_helpers() -> None:
    assert charset_from_content_type('text/html; charset="Windows-1256"') == "Windows-1256"
    assert charset_from_content_type("text/html") is None
    assert charset_from_content_type(None) is None
    assert declared_charset(b"<?xml version='1.0' encoding='utf-8'?><rss/>") == "utf-8"
    assert declared_charset(b"<html><body>no declaration</body></html>") is None
