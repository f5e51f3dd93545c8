"""Markup to text: entities decoded, tags removed, paragraph breaks kept as newlines.

Feed bodies are HTML fragments; JSON corpora carry plain text with stray
entities (`&#8220;` in SaudiNewsNet titles, `&nbsp;` in bylines). Both become
plain text here; layout is settled later by `whitespace.clean_lines`.
"""

from __future__ import annotations

import html
import re

from lxml import etree
from lxml import html as lxml_html

__all__ = ["html_to_text", "looks_like_html", "unescape"]

_BLOCKS = frozenset(
    [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
        "table", "blockquote", "section", "article", "header", "footer", "figure",
        "figcaption", "pre", "hr", "dd", "dt", "dl", "aside", "nav", "address", "main",
    ]
)  # fmt: skip
_DROP = frozenset(["script", "style", "noscript", "iframe", "template", "svg", "form", "button"])
_MARKUP = re.compile(
    r"</?(?:p|br|div|span|a|strong|em|b|i|u|img|h[1-6]|ul|ol|li|blockquote|figure|table|tr|td)\b[^>]*>",
    re.I,
)
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # lxml refuses
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]{1,31});", re.I)


def looks_like_html(text: str) -> bool:
    """Whether a body said to be plain text actually carries tags."""
    return _MARKUP.search(text) is not None


def unescape(text: str) -> str:
    """Decode entities, twice when a source escaped them twice (`&amp;#8220;`)."""
    for _ in range(2):
        if "&" not in text or not _ENTITY.search(text):
            break
        text = html.unescape(text)
    return text


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment or page, one block element a line."""
    fragment = _NOT_XML.sub("", fragment)
    if not fragment.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return unescape(fragment)
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag.lower() in _DROP:
            if element is not root and element.getparent() is not None:
                element.drop_tree()
            continue
        if element.tag.lower() in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    return unescape(root.text_content())
