"""Bylines and datelines: persons go to author, places and agencies do not."""

from __future__ import annotations

import pytest

from marsad.clean.boilerplate import load_boilerplate
from marsad.clean.bylines import parse_author, split_byline

RULES = load_boilerplate().bylines
BODY = "أكد وزير الخارجية أن المحادثات مستمرة."


@pytest.mark.parametrize(
    ("first", "person", "place", "agency"),
    [
        ("إبراهيم الحذيفي – عين اليوم", "إبراهيم الحذيفي", None, "عين اليوم"),
        ("حامد القرشي – مكة المكرمة", "حامد القرشي", "مكة المكرمة", None),
        ("الرياض - واس", None, "الرياض", "واس"),
        ("عين اليوم – الباحة", None, "الباحة", "عين اليوم"),
        ("محمد عليان - ينبع", "محمد عليان", "ينبع", None),
        ("جدة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس", None, "جدة", "واس"),
        ("الأحساء25 شوال 1436 ه الموافق 10 أغسطس 2015 م واس", None, "الأحساء", "واس"),
    ],
)
def test_byline_line(first: str, person: str | None, place: str | None, agency: str | None) -> None:
    lines, byline = split_byline([first, BODY], RULES)
    assert lines == [BODY]
    assert byline is not None
    assert (byline.person, byline.place, byline.agency) == (person, place, agency)


@pytest.mark.parametrize(
    ("first", "person", "place"),
    [
        (f"سبق- الدمام: {BODY}", None, "الدمام"),
        (f"بندر العوض- سبق- هدادة: {BODY}", "بندر العوض", "هدادة"),
        (f"إبراهيم الحذيفي – عين اليوم {BODY}", "إبراهيم الحذيفي", None),
        (f"الرياض - واس {BODY}", None, "الرياض"),
        (f"حامد القرشي – مكة المكرمة {BODY}", "حامد القرشي", "مكة المكرمة"),
    ],
)
def test_byline_glued_to_the_first_line(first: str, person: str | None, place: str | None) -> None:
    lines, byline = split_byline([first, "فقرة ثانية."], RULES)
    assert lines == [BODY, "فقرة ثانية."]
    assert byline is not None and (byline.person, byline.place) == (person, place)


@pytest.mark.parametrize(
    "first",
    [
        BODY,
        "قال وزير الخارجية: إن المحادثات مستمرة",  # a quote, not a byline
        "السعودية - إيران",  # a short line with no known agency/outlet/place
        "قمة الرياض – بيان ختامي يدعو إلى وقف إطلاق النار في غزة وإدخال المساعدات فوراً",
    ],
)
def test_not_a_byline(first: str) -> None:
    lines, byline = split_byline([first, "فقرة ثانية."], RULES)
    assert byline is None and lines == [first, "فقرة ثانية."]


def test_a_lone_line_is_never_removed_as_a_byline() -> None:
    assert split_byline(["حامد القرشي – مكة المكرمة"], RULES) == (
        ["حامد القرشي – مكة المكرمة"],
        None,
    )


@pytest.mark.parametrize(
    ("author", "person", "place"),
    [
        ("عبدالرحيم الحدادي - المدينة المنورة", "عبدالرحيم الحدادي", "المدينة المنورة"),
        ("لندن: رنيم حنوش", "رنيم حنوش", "لندن"),
        ("&nbsp;خالد طاشكندي (جدة)", "خالد طاشكندي", "جدة"),
        ("الرياض - الوئام :", None, "الرياض"),
        ("وكالات", None, None),
    ],
)
def test_source_author_fields(author: str, person: str | None, place: str | None) -> None:
    byline = parse_author(author, RULES)
    assert byline is not None and (byline.person, byline.place) == (person, place)


def test_unparsed_author_is_none() -> None:
    assert parse_author("", RULES) is None
    assert parse_author("Jane Doe, 2025 (c) all rights reserved", RULES) is None


def test_common_words_do_not_end_a_glued_byline() -> None:
    line = "أعلنت الوزارة - اليوم الاثنين - أن الاجتماع سيعقد في عمّان"
    assert split_byline([line, "فقرة ثانية."], RULES) == ([line, "فقرة ثانية."], None)
