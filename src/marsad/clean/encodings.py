"""Bytes to text: declared charset first, then detection, legacy Arabic included.

Arabic sites still serve windows-1256 and ISO-8859-6, often without a header.
Order: byte-order mark, the HTTP charset, the in-document declaration (XML
declaration or HTML meta), UTF-8, then charset-normalizer; short Arabic texts
fool the detector, so the legacy Arabic code pages compete on how much of the
result is plausible script. A few words alone cannot tell windows-1256 from
ISO-8859-6 (both decode to Arabic letters); windows-1256, far more common, wins.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from marsad.errors import FormatError

__all__ = ["Decoded", "charset_from_content_type", "declared_charset", "decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)
_ARABIC_CODECS = ("cp1256", "iso8859_6")
_SNIFF_BYTES = 4096
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.02


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and how the encoding was chosen (for messages and audit)."""

    text: str
    encoding: str
    how: str  # bom | header | document | utf-8 | detected


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def declared_charset(data: bytes) -> str | None:
    """The charset an XML declaration or an HTML meta tag declares."""
    head = data[:_SNIFF_BYTES]
    match = _XML_DECL.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _codec(name: str | None) -> str | None:
    """Python's codec name for a declared charset, None when unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _plausibility(text: str) -> float:
    """Share of letters that are Arabic or Latin: mojibake scores low, and so does
    text full of control characters (binary data that happens to decode)."""
    controls = len(_CONTROLS.findall(text))
    if controls > len(text) * _MAX_CONTROL_SHARE:
        return 0.0
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    good = sum(1 for c in letters if c.isascii() or "\u0600" <= c <= "\u06ff")
    return good / len(letters)


def _detect(data: bytes, source: str) -> Decoded:
    candidates: list[tuple[float, int, str, str]] = []
    best = from_bytes(data).best()
    if best is not None:
        guessed = str(best)
        candidates.append((_plausibility(guessed), 1, best.encoding, guessed))
    for rank, codec in enumerate(_ARABIC_CODECS):
        decoded = _try(data, codec)
        if decoded is not None:
            candidates.append((_plausibility(decoded), -rank, codec, decoded))
    if not candidates:
        raise FormatError(source, "cannot determine the text encoding")
    score, _, codec, text = max(candidates)
    if score < 0.5:
        raise FormatError(source, f"cannot determine the text encoding (best guess {codec})")
    return Decoded(text, codec, "detected")


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode `data`, trusting a valid declaration before detection.

    `declared` is an external charset (the HTTP header); the document's own
    declaration is read here. A declaration the bytes contradict is skipped.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            with_bom = _try(data, codec)
            if with_bom is None:
                raise FormatError(source, f"bytes are not valid {codec} despite a byte-order mark")
            return Decoded(with_bom.lstrip("\ufeff"), codec, "bom")
    for how, name in (("header", declared), ("document", declared_charset(data))):
        known = _codec(name)
        if known is not None and (declared_text := _try(data, known)) is not None:
            return Decoded(declared_text, known, how)
    utf8 = _try(data, "utf-8")
    if utf8 is not None:
        return Decoded(utf8, "utf-8", "utf-8")
    return _detect(data, source)
