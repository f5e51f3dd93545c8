"""Markup, entities, whitespace and direction marks."""

from __future__ import annotations

from marsad.clean.html import html_to_text, looks_like_html, unescape
from marsad.clean.whitespace import clean_line, clean_lines


def test_entities_in_plain_text() -> None:
    assert unescape("&#8220;الخارجية&#8221; &#8211; بيان") == "“الخارجية” – بيان"
    assert unescape("&amp;#8220;نص&amp;#8221;") == "“نص”"  # escaped twice
    assert unescape("AT&T و S&P") == "AT&T و S&P"  # not entities: untouched


def test_markup_to_lines() -> None:
    fragment = (
        "<p>الفقرة <strong>الأولى</strong>&nbsp;هنا.</p><p>الثانية<br/>سطر جديد</p>"
        "<script>alert(1)</script><!-- تعليق --><ul><li>بند</li></ul>"
    )
    assert clean_lines(html_to_text(fragment)) == [
        "الفقرة الأولى هنا.",
        "الثانية",
        "سطر جديد",
        "بند",
    ]


def test_broken_markup_still_gives_text() -> None:
    assert clean_lines(html_to_text("<p>نص <b>غير مغلق</p><div>")) == ["نص غير مغلق"]
    assert html_to_text("   ") == ""


def test_looks_like_html() -> None:
    assert looks_like_html("نص <p>فقرة</p>")
    assert looks_like_html("سطر<br>سطر")
    assert not looks_like_html("قال إن 3 < 5 وإن <<الاتفاق>> صامد")


def test_whitespace_and_marks() -> None:
    text = (
        "\u200f  عنوان \u00a0 الخبر\u200e \r\n\n\t\n\u200fالسطر\tالثاني\u200f في \u200fالوسط\n   "
    )
    assert clean_lines(text) == ["عنوان الخبر", "السطر الثاني\u200f في \u200fالوسط"]
    assert clean_line("\ufeff\u200b نص \u2003 آخر ") == "نص آخر"
