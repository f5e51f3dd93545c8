"""Bylines and datelines: "حامد القرشي – مكة المكرمة", "الرياض - واس", "سبق- الدمام:".

Outlets glue the byline to the first line of the body, or put it on a line of
its own. It is split into segments and each segment classified as a person, a
place (the dateline), or an agency/outlet, from the lists in boilerplate.yaml and
the shape of the words. Only a person is an author; a dateline such as
"الرياض - واس" names where the story was filed and who filed it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.clean.boilerplate import BylineRules

__all__ = ["Byline", "parse_author", "split_byline"]

_MAX_WORDS = 10
_MAX_PREFIX = 80
_QUOTES = " «»\"'()[]"
_COMMA = re.compile(r"\s*[،,]\s*")
_NAME_WORD = re.compile(r"^[\u0621-\u064a\u0671-\u06d3\u064b-\u065f.'A-Za-z]+$")


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline said: a person, the place it was filed from, an agency or outlet."""

    text: str
    person: str | None = None
    place: str | None = None
    agency: str | None = None


@lru_cache(maxsize=8)
def _separator(rules: BylineRules) -> re.Pattern[str]:
    """Dashes split segments; tatweel only with spaces around it (it also stretches words)."""
    plain = "".join(re.escape(s) for s in rules.separators if s != "ـ")
    return re.compile(rf"\s*[{plain}]\s*|\s+ـ\s+")


@lru_cache(maxsize=8)
def _known_tail(rules: BylineRules) -> re.Pattern[str]:
    """`segment - <known agency/outlet/place> text…`: a byline glued without a colon."""
    known = sorted(rules.agencies | rules.outlets | rules.places, key=len, reverse=True)
    names = "|".join(re.escape(k) for k in known)
    dashes = "".join(re.escape(s) for s in rules.separators if s != "ـ")
    return re.compile(
        rf"^(?P<head>[^:\d{dashes}]{{2,40}}?)(?:\s*[{dashes}]\s*|\s+ـ\s+)(?P<known>{names})\s+(?=\S)"
    )


def _kind(segment: str, rules: BylineRules) -> str | None:
    """agency | place | person | editorial, or None when it is not a byline segment."""
    bare = segment.strip(_QUOTES)
    if segment in rules.agencies or bare in rules.agencies:
        return "agency"
    if segment in rules.outlets or bare in rules.outlets:
        return "agency"
    if bare in rules.places:
        return "place"
    words = bare.split()
    if not words or len(words) > 4 or not all(_NAME_WORD.match(w) for w in words):
        return None
    if any(w in rules.not_names for w in words):
        return "editorial"
    if len(words) == 1:
        return "place"  # a one-word dateline we do not list (ينبع, هدادة)
    if not words[0].startswith("ال"):
        return "person"
    return "place" if len(words) <= 3 and all(w.startswith("ال") for w in words) else None


def _build(text: str, segments: list[str], rules: BylineRules) -> Byline | None:
    """Classify segments ("بدر العتيبي، عبدالله البرقاوي" is two); None if one fails."""
    parts = [p for s in segments for p in _COMMA.split(s) if p]
    kinds = [_kind(p, rules) for p in parts]
    if not parts or None in kinds:
        return None
    found: dict[str, list[str]] = {}
    for part, kind in zip(parts, kinds, strict=True):
        found.setdefault(str(kind), []).append(part.strip(_QUOTES))
    persons = found.get("person")
    return Byline(
        text,
        "، ".join(persons) if persons else None,
        found.get("place", [None])[0],
        found.get("agency", [None])[0],
    )


def _is_anchored(byline: Byline, rules: BylineRules, segments: list[str]) -> bool:
    """At least one segment we know (agency, outlet, listed place) or a person."""
    known = rules.agencies | rules.outlets | rules.places
    return byline.person is not None or any(s.strip(_QUOTES) in known for s in segments)


def _from_patterns(line: str, rules: BylineRules) -> Byline | None:
    for pattern in rules.patterns:
        match = pattern.match(line)
        if match:
            groups = match.groupdict()
            return Byline(line, groups.get("person"), groups.get("place"), groups.get("agency"))
    return None


def _whole_line(line: str, rules: BylineRules) -> Byline | None:
    text = line.rstrip(" :：")
    if len(text.split()) > _MAX_WORDS:
        return None
    segments = _separator(rules).split(text)
    if not 2 <= len(segments) <= 4:
        return None
    byline = _build(line, segments, rules)
    return byline if byline and _is_anchored(byline, rules, segments) else None


def _glued(line: str, rules: BylineRules) -> tuple[Byline, str] | None:
    """A byline ending in a colon, or in a known agency/outlet/place, then the text."""
    colon = line.find(":", 0, _MAX_PREFIX)
    if colon > 0:
        segments = _separator(rules).split(line[:colon].strip())
        byline = _build(line[: colon + 1], segments, rules)
        known = rules.agencies | rules.outlets | rules.places
        if byline and len(segments) >= 2 and any(s.strip(_QUOTES) in known for s in segments):
            return byline, line[colon + 1 :].strip()
    match = _known_tail(rules).match(line)
    if match:
        byline = _build(match.group(0).strip(), [match["head"].strip(), match["known"]], rules)
        if byline:
            return byline, line[match.end() :].strip()
    return None


def split_byline(lines: list[str], rules: BylineRules) -> tuple[list[str], Byline | None]:
    """The body lines without a leading byline, and the byline found (if any)."""
    if not lines:
        return lines, None
    first = lines[0]
    if len(lines) > 1:
        whole = _from_patterns(first, rules) or _whole_line(first, rules)
        if whole:
            return lines[1:], whole
    glued = _glued(first, rules)
    if glued and glued[1]:
        return [glued[1], *lines[1:]], glued[0]
    return lines, None


def parse_author(author: str | None, rules: BylineRules) -> Byline | None:
    """A source's author field read as a byline ("لندن: رنيم حنوش", "الرياض - الوئام :").

    None when the field is empty or does not look like a byline (then it is kept
    as given).
    """
    if not author:
        return None
    text = " ".join(html.unescape(author).split()).strip(" :：")
    if not text:
        return None
    parts = [p for p in re.split(r"\s*[:：()]\s*", text) if p]
    segments = [s for p in parts for s in _separator(rules).split(p) if s]
    return _build(text, segments, rules)
