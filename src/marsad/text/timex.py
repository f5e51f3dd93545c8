"""Arabic time expressions, resolved against the publication date.

The grammar is data (resources/text/time.yaml): word classes (month names in the
Egyptian/Gulf, Levantine/Iraqi and Maghrebi systems, Hijri months, weekdays,
direction words, units) and templates over them, each with a `resolve` rule. Templates
are compiled once into regexes over *normalised* text (so diacritics, hamza forms and
Arabic-Indic/Persian digits need no special care) and every span maps back to the
original text. Overlapping matches are settled longest first (then leftmost, then file
order), so "في يناير الماضي" is read as يناير الماضي, not as في يناير. For speed each
template is only tried in windows around its rarest required word (an anchor); a test
checks that this finds exactly what a full scan finds.

Values are ISO 8601 at the precision the text supports: `2015-08-06` (day),
`2015-W32` (ISO week), `2015-08` (month), `2015` (year). Kinds: `absolute` (the text
names the date in full), `relative` (needs the publication date: أمس, الخميس, الشهر
الماضي, a day and month without year), `duration` (منذ 4 سنوات, خلال 48 ساعة: no
value, returned so that nothing else misreads them). With no publication date,
relative expressions are still returned, with value None.

Missing years: the year that puts the date nearest before the publication date, or
after it when a direction word (المقبل) or a future cue earlier in the clause (سوف,
من المقرر, سيلتقي …) says so; a weekday named with the date picks among candidate
years. Hijri dates are converted with hijridate; a Hijri month maps to the Gregorian
month holding its 15th day, a Hijri year to the Gregorian year holding its middle.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from hijridate import Gregorian, Hijri

from marsad.errors import ResourceError
from marsad.text._resources import read_yaml
from marsad.text.normalise import normalise, normalise_with_map, to_original

__all__ = ["TimeExpr", "TimeGrammar", "find_time_expressions", "load_time_grammar"]

_FILE = "resources/text/time.yaml"


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression: its span in the original text and its resolved value.

    `precision` is day | week | month | year (None for durations); `kind` is
    absolute | relative | duration; `rule` names the grammar pattern that matched.
    """

    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    kind: str
    rule: str = ""


# Built-in classes (not word lists).
_BUILTIN = {
    "day": r"[0-3]?\d(?!\d)",
    "year": r"(?:19|20)\d\d(?!\d)",
    "hyear": r"1[34]\d\d(?!\d)",
    "numeric_date": r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?![/.-]?\d)",
}
_END = r"(?=[^\S\n]*(?:[.,;:)\"!?\n]|\Z))"
_COMMA_SEP = r"(?:\s*,)?\s+"
_ERA_CLASSES = frozenset({"gregorian_era", "hijri_era"})
_UNIT_DAYS = {"day": 1, "week": 7}
_NUMBER = "#"  # the anchor standing for any number
_WINDOW_BEFORE, _WINDOW_AFTER = 60, 60
_MONTH_SPLIT_RE = re.compile(r"\s*[/()]\s*")
_ELEMENT_RE = re.compile(r"^(\()?\{(\w+)\}(\))?(\?)?$")


@dataclass(frozen=True, slots=True)
class _Template:
    rule: str
    order: int
    resolve: str
    offset: int
    direction: str | None
    regex: re.Pattern[str]
    anchors: frozenset[str]  # words one of which every match contains (_NUMBER: a number)
    not_followed_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimeGrammar:
    """The compiled grammar: templates plus the lookups that give groups their values."""

    templates: tuple[_Template, ...]
    values: dict[str, dict[str, Any]]  # class -> normalised phrase -> value
    anchor_words: frozenset[str]
    not_dates: re.Pattern[str] | None
    future_words: frozenset[str]
    verb_prefixes: tuple[str, ...]
    verb_min_length: int
    not_verbs: tuple[str, ...]


def _phrases(raw: Any, cls: str) -> dict[str, Any]:
    """Normalised phrase -> value for a class given as a list or a {value: [phrases]} map."""
    if isinstance(raw, list):
        return {normalise(str(p)): normalise(str(p)) for p in raw}
    if isinstance(raw, dict):
        out: dict[str, Any] = {}
        for key, phrases in raw.items():
            if not isinstance(phrases, list):
                raise ResourceError(f"{_FILE}: class '{cls}' entry {key!r} must be a list")
            for p in phrases:
                out[normalise(str(p))] = key
        return out
    raise ResourceError(f"{_FILE}: class '{cls}' must be a list or a mapping")


def _alternation(phrases: Any) -> str:
    parts = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in parts)


def _class_regexes(values: dict[str, dict[str, Any]]) -> dict[str, str]:
    regex = {cls: _alternation(v) for cls, v in values.items()}
    regex.update(_BUILTIN)
    regex["direction"] = _alternation([*values["past"], *values["future"], *values["current"]])
    month_any = _alternation([*values["month"], *values["month_ambiguous"]])
    # "آب/أغسطس", "أغسطس (آب)": a month named in two systems at once.
    regex["month_any"] = rf"(?:{month_any})(?:\s*[/(]\s*(?:{month_any})\s*\)?)?"
    safe = set(values["weekday"]) - set(values["weekday_ambiguous"])
    regex["weekday_safe"] = _alternation(safe)
    regex["count"] = rf"\d{{1,4}}(?!\d)|{_alternation(values['count_word'])}"
    regex["unit_single"] = rf"(?:{regex['unit_single']})(?!\s*\d)"
    return regex


def _first_words(phrases: Any) -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases)


def _class_anchors(values: dict[str, dict[str, Any]]) -> dict[str, frozenset[str]]:
    anchors = {cls: _first_words(v) for cls, v in values.items()}
    for name in ("day", "year", "hyear", "numeric_date"):
        anchors[name] = frozenset({_NUMBER})
    anchors["count"] = anchors["count_word"] | {_NUMBER}
    anchors["direction"] = anchors["past"] | anchors["future"] | anchors["current"]
    anchors["month_any"] = anchors["month"] | anchors["month_ambiguous"]
    anchors["weekday_safe"] = anchors["weekday"]
    return anchors


def _compile_template(
    template: str,
    classes: dict[str, str],
    anchors: dict[str, frozenset[str]],
    frequent: frozenset[str],
    where: str,
) -> tuple[str, frozenset[str]]:
    """The regex body of one template and the anchor words of its rarest required element."""
    elements = template.split()
    if not elements:
        raise ResourceError(f"{where}: empty template")
    body = ""
    required: list[frozenset[str]] = []
    seen_required = False
    used: set[str] = set()
    after_weekday = False  # "الخميس، 6 أغسطس": a comma may follow a weekday
    for el in elements:
        m = _ELEMENT_RE.match(el)
        if m:
            paren_open, name, paren_close, optional = m.groups()
            if name == "end":
                body += _END
                continue
            if name not in classes:
                raise ResourceError(f"{where}: unknown class {{{name}}}")
            group = "weekday" if name == "weekday_safe" else name
            if group in used:
                raise ResourceError(f"{where}: class {{{name}}} used twice")
            used.add(group)
            core = f"(?P<{group}>{classes[name]})"
            if paren_open and paren_close:
                core = rf"\(\s*{core}\s*\)"
            sep = r"\s*" if name in _ERA_CLASSES else r"\s+"
            if not optional:
                required.append(anchors[name])
        else:
            optional = "?" if el.endswith("?") else None
            words = [normalise(w) for w in el.rstrip("?").split("|")]
            core = "(?:" + "|".join(map(re.escape, words)) + ")"
            sep = r"\s+"
            if not optional:
                required.append(frozenset(w.split()[0] for w in words))
        is_weekday = m is not None and m.group(2) in ("weekday", "weekday_safe")
        if not seen_required:
            sep_after = _COMMA_SEP if is_weekday else sep
            body += f"(?:{core}{sep_after})?" if optional else core
            seen_required = not optional
        else:
            if after_weekday:
                sep = _COMMA_SEP
            body += f"(?:{sep}{core})?" if optional else f"{sep}{core}"
        after_weekday = is_weekday
    if not seen_required or not required:
        raise ResourceError(f"{where}: a template needs at least one required element")
    # Rarest anchors first: frequent words, then numbers, then big classes are costly.
    return body, min(required, key=lambda a: (len(a & frequent), _NUMBER in a, len(a)))


@lru_cache(maxsize=1)
def load_time_grammar() -> TimeGrammar:
    """Read and compile time.yaml (once per process)."""
    data = read_yaml("time.yaml")
    raw_classes = data.get("classes")
    if not isinstance(raw_classes, dict):
        raise ResourceError(f"{_FILE}: 'classes' must be a mapping")
    values = {cls: _phrases(raw, cls) for cls, raw in raw_classes.items()}
    needed = {
        "month",
        "month_ambiguous",
        "hijri_month",
        "weekday",
        "weekday_ambiguous",
        "past",
        "future",
        "current",
        "unit",
        "unit_single",
        "unit_dual",
        "count_word",
    }
    if missing := needed - values.keys():
        raise ResourceError(f"{_FILE}: missing classes {sorted(missing)}")
    values["count_word"] = {k: int(v) for k, v in values["count_word"].items()}
    classes = _class_regexes(values)
    anchors = _class_anchors(values)
    frequent = frozenset(normalise(str(w)) for w in data.get("frequent_words") or [])
    templates: list[_Template] = []
    for order, spec in enumerate(data.get("patterns") or []):
        where = f"{_FILE}: pattern {spec.get('name', order)!r}"
        resolve = spec.get("resolve")
        if not hasattr(_Resolver, f"_r_{resolve}") or not isinstance(spec.get("match"), list):
            raise ResourceError(f"{where}: needs 'match' (a list) and a known 'resolve'")
        for template in spec["match"]:
            body, template_anchors = _compile_template(
                str(template), classes, anchors, frequent, where
            )
            regex = re.compile(rf"(?<!\w)(?:[وف]?[بل]?)(?P<x>{body})(?!\w)")
            if spec.get("between_commas"):  # "أكد، الأحد، أن": set off as an adverbial
                regex = re.compile(rf"(?:(?<=,)|(?<=, ))(?P<x>{body})(?=\s?,)")
            templates.append(
                _Template(
                    rule=str(spec["name"]),
                    order=order,
                    resolve=resolve,
                    offset=int(spec.get("offset", 0)),
                    direction=spec.get("direction"),
                    regex=regex,
                    anchors=template_anchors,
                    not_followed_by=tuple(normalise(w) for w in spec.get("not_followed_by", [])),
                )
            )
    cues = data.get("future_cues") or {}
    not_dates = [normalise(str(p)) for p in data.get("not_dates") or []]
    return TimeGrammar(
        templates=tuple(templates),
        values=values,
        anchor_words=frozenset().union(*(t.anchors for t in templates)),
        not_dates=re.compile(_alternation(not_dates)) if not_dates else None,
        future_words=frozenset(normalise(w) for w in cues.get("words", [])),
        verb_prefixes=tuple(normalise(w) for w in cues.get("verb_prefixes", [])),
        verb_min_length=int(cues.get("verb_min_length", 5)),
        not_verbs=tuple(normalise(w) for w in cues.get("not_verbs", [])),
    )


# --- resolution ---------------------------------------------------------------

_WORD_RE = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[.!?;,\n]")
_LOOKBACK = 80


def _future_context(norm: str, start: int, grammar: TimeGrammar) -> bool:
    """Whether the clause before `start` holds a future cue (سوف, المقرر, سيلتقي …)."""
    window = norm[max(0, start - _LOOKBACK) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    for word in _WORD_RE.findall(window[cut:]):
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 1 else word
        if word in grammar.future_words or bare in grammar.future_words:  # ويتوقع
            return True
        if (
            len(bare) >= grammar.verb_min_length
            and bare.startswith(grammar.verb_prefixes)
            and not bare.startswith(grammar.not_verbs)
        ):
            return True
    return False


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _iso_week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _direction(groups: dict[str, str | None], grammar: TimeGrammar) -> str | None:
    word = groups.get("direction")
    if not word:
        return None
    word = re.sub(r"\s+", " ", word)
    for name in ("past", "future", "current"):
        if word in grammar.values[name]:
            return name
    return None


def _choose(
    candidates: Sequence[tuple[tuple[int, ...], Any]], ref: tuple[int, ...], direction: str
) -> Any:
    """The candidate nearest `ref` on the side `direction` asks for.

    past: strictly before; future: strictly after; before/after: on or before/after.
    """

    def ok(key: tuple[int, ...]) -> bool:
        return {
            "past": key < ref,
            "future": key > ref,
            "before": key <= ref,
            "after": key >= ref,
        }[direction]

    fitting = [c for c in candidates if ok(c[0])]
    if not fitting:
        return None
    return fitting[-1][1] if direction in ("past", "before") else fitting[0][1]


class _Resolver:
    """Turns one match into (value, precision, kind), or None when it is no date."""

    def __init__(self, grammar: TimeGrammar, pub: date | None, norm: str) -> None:
        self.g = grammar
        self.pub = pub
        self.norm = norm

    def _lookup(self, cls: str, text: str | None) -> Any:
        if text is None:
            return None
        return self.g.values[cls].get(re.sub(r"\s+", " ", text))

    def _side(self, t: _Template, groups: dict[str, str | None], start: int) -> str:
        """past/future/current from a direction word, else before/after from context."""
        explicit = _direction(groups, self.g) or (
            t.direction if t.direction in ("past", "future") else None
        )
        if explicit:
            return explicit
        return "after" if _future_context(self.norm, start, self.g) else "before"

    def resolve(
        self, t: _Template, groups: dict[str, str | None], start: int
    ) -> tuple[str | None, str | None, str] | None:
        return getattr(self, f"_r_{t.resolve}")(t, groups, start)

    # relative to the publication date
    def _r_days(self, t: _Template, g: dict, start: int) -> tuple | None:
        if self.pub is None:
            return None, "day", "relative"
        return (self.pub + timedelta(days=t.offset)).isoformat(), "day", "relative"

    def _r_weeks(self, t: _Template, g: dict, start: int) -> tuple | None:
        if self.pub is None:
            return None, "week", "relative"
        return _iso_week(self.pub + timedelta(weeks=t.offset)), "week", "relative"

    def _r_months(self, t: _Template, g: dict, start: int) -> tuple | None:
        if self.pub is None:
            return None, "month", "relative"
        y, m = _add_months(self.pub.year, self.pub.month, t.offset)
        return f"{y:04d}-{m:02d}", "month", "relative"

    def _r_years(self, t: _Template, g: dict, start: int) -> tuple | None:
        if self.pub is None:
            return None, "year", "relative"
        return f"{self.pub.year + t.offset:04d}", "year", "relative"

    def _r_weekday(self, t: _Template, g: dict, start: int) -> tuple | None:
        wd = self._lookup("weekday", g.get("weekday"))
        if wd is None:
            return None
        if self.pub is None:
            return None, "day", "relative"
        side = self._side(t, g, start)
        delta = (int(wd) - self.pub.isoweekday()) % 7
        if side == "future":
            days = delta or 7
        elif side == "after":
            days = delta
        elif side == "past":
            days = -((-delta) % 7 or 7)
        else:
            days = -((-delta) % 7)
        return (self.pub + timedelta(days=days)).isoformat(), "day", "relative"

    def _r_ago(self, t: _Template, g: dict, start: int) -> tuple | None:
        if g.get("count"):
            raw = g["count"]
            n = int(raw) if raw.isdigit() else self._lookup("count_word", raw)
            unit = self._lookup("unit", g.get("unit"))
        elif g.get("unit_dual"):
            n, unit = 2, self._lookup("unit_dual", g["unit_dual"])
        else:
            n, unit = 1, self._lookup("unit_single", g.get("unit_single"))
        if n is None or unit is None:
            return None
        precision = {"hour": "day", "day": "day", "week": "week"}.get(unit, unit)
        if self.pub is None:
            return None, precision, "relative"
        sign = 1 if t.direction == "future" else -1
        if unit == "hour":
            return self.pub.isoformat(), "day", "relative"
        if unit in _UNIT_DAYS:
            d = self.pub + timedelta(days=sign * n * _UNIT_DAYS[unit])
            value = d.isoformat() if unit == "day" else _iso_week(d)
            return value, precision, "relative"
        if unit == "month":
            y, m = _add_months(self.pub.year, self.pub.month, sign * n)
            return f"{y:04d}-{m:02d}", "month", "relative"
        return f"{self.pub.year + sign * n:04d}", "year", "relative"

    def _r_duration(self, t: _Template, g: dict, start: int) -> tuple | None:
        return None, None, "duration"

    # explicit Gregorian dates
    def _month_of(self, g: dict) -> int | None:
        text = g.get("month_any") or g.get("month")
        if text is None:
            return None
        for name in _MONTH_SPLIT_RE.split(text):
            m = self._lookup("month", name) or self._lookup("month_ambiguous", name)
            if m is not None:
                return int(m)
        return None

    def _day_of(self, g: dict) -> int | None:
        if g.get("day"):
            return int(g["day"])
        ordinal = self._lookup("day_ordinal", g.get("day_ordinal"))
        return int(ordinal) if ordinal is not None else None

    def _r_day_of_month(self, t: _Template, g: dict, start: int) -> tuple | None:
        day = self._day_of(g)
        if day is None or not 1 <= day <= 31:
            return None
        if self.pub is None:
            return None, "day", "relative"
        offset = {"past": -1, "future": 1}.get(_direction(g, self.g) or "", 0)
        y, m = _add_months(self.pub.year, self.pub.month, offset)
        try:
            return date(y, m, day).isoformat(), "day", "relative"
        except ValueError:
            return None

    def _r_date(self, t: _Template, g: dict, start: int) -> tuple | None:
        month, day = self._month_of(g), self._day_of(g)
        if month is None or day is None:
            return None
        if g.get("year"):
            try:
                return date(int(g["year"]), month, day).isoformat(), "day", "absolute"
            except ValueError:
                return None
        if not 1 <= day <= 31:
            return None
        if self.pub is None:
            return None, "day", "relative"
        side = self._side(t, g, start)
        if side == "current":  # "6 أغسطس الجاري": this year
            years = range(self.pub.year, self.pub.year + 1)
        else:  # a named weekday may point one year further back (it picks the year)
            years = range(self.pub.year - (2 if g.get("weekday") else 1), self.pub.year + 2)
        cands = []
        for y in years:
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            cands.append(((d.toordinal(),), d))
        wd = self._lookup("weekday", g.get("weekday"))
        if wd is not None and any(d.isoweekday() == int(wd) for _, d in cands):
            cands = [c for c in cands if c[1].isoweekday() == int(wd)]
        if not cands:
            return None
        ref = (self.pub.toordinal(),)
        chosen = cands[0][1] if side == "current" else _choose(cands, ref, side)
        if chosen is None:  # the weekday ruled out the side asked for: nearest at all
            chosen = min(cands, key=lambda c: abs(c[0][0] - ref[0]))[1]
        return chosen.isoformat(), "day", "relative"

    def _r_numeric(self, t: _Template, g: dict, start: int) -> tuple | None:
        a, b, c = re.split(r"[/.-]", g["numeric_date"])
        if len(a) == 4:
            y, m, d = int(a), int(b), int(c)
        elif len(c) == 4:
            d, m, y = int(a), int(b), int(c)
            if m > 12 >= d:  # month first (US order)
                d, m = m, d
        else:
            return None
        if 1300 <= y <= 1500 or g.get("hijri_era"):
            try:
                return Hijri(y, m, d).to_gregorian().isoformat(), "day", "absolute"
            except (ValueError, OverflowError):
                return None
        if not 1900 <= y <= 2100:
            return None
        try:
            return date(y, m, d).isoformat(), "day", "absolute"
        except ValueError:
            return None

    def _r_month(self, t: _Template, g: dict, start: int) -> tuple | None:
        month = self._month_of(g)
        if month is None:
            return None
        if g.get("year"):
            return f"{int(g['year']):04d}-{month:02d}", "month", "absolute"
        if self.pub is None:
            return None, "month", "relative"
        side = self._side(t, g, start)
        if side == "current":
            return f"{self.pub.year:04d}-{month:02d}", "month", "relative"
        cands = [((y, month), y) for y in range(self.pub.year - 1, self.pub.year + 2)]
        y = _choose(cands, (self.pub.year, self.pub.month), side)
        return (f"{y:04d}-{month:02d}" if y else None), "month", "relative"

    def _r_month_of_year(self, t: _Template, g: dict, start: int) -> tuple | None:
        """ "مايو من العام الماضي": a month of the year before/after publication."""
        month = self._month_of(g)
        if month is None:
            return None
        if self.pub is None:
            return None, "month", "relative"
        offset = {"past": -1, "future": 1}.get(_direction(g, self.g) or "", 0)
        return f"{self.pub.year + offset:04d}-{month:02d}", "month", "relative"

    def _r_year(self, t: _Template, g: dict, start: int) -> tuple | None:
        return f"{int(g['year']):04d}", "year", "absolute"

    # Hijri dates
    def _hijri_pub(self) -> Hijri | None:
        if self.pub is None:
            return None
        try:
            return Gregorian(self.pub.year, self.pub.month, self.pub.day).to_hijri()
        except (ValueError, OverflowError):
            return None

    def _r_hijri_date(self, t: _Template, g: dict, start: int) -> tuple | None:
        month, day = self._lookup("hijri_month", g.get("hijri_month")), self._day_of(g)
        if month is None or day is None or not 1 <= day <= 30:
            return None
        if g.get("hyear"):
            try:
                value = Hijri(int(g["hyear"]), int(month), day).to_gregorian()
            except (ValueError, OverflowError):
                return None
            return value.isoformat(), "day", "absolute"
        hpub = self._hijri_pub()
        if hpub is None:
            return None, "day", "relative"
        side = self._side(t, g, start)
        years = [hpub.year] if side == "current" else range(hpub.year - 1, hpub.year + 2)
        cands = []
        for hy in years:
            try:
                cands.append(((hy, int(month), day), Hijri(hy, int(month), day).to_gregorian()))
            except (ValueError, OverflowError):
                continue
        if side == "current":
            chosen = cands[0][1] if cands else None
        else:
            chosen = _choose(cands, (hpub.year, hpub.month, hpub.day), side)
        return (chosen.isoformat() if chosen else None), "day", "relative"

    @staticmethod
    def _hijri_month_value(hy: int, hm: int) -> str | None:
        try:
            mid = Hijri(hy, hm, 15).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return f"{mid.year:04d}-{mid.month:02d}"

    def _r_hijri_month(self, t: _Template, g: dict, start: int) -> tuple | None:
        month = self._lookup("hijri_month", g.get("hijri_month"))
        if month is None:
            return None
        if g.get("hyear"):
            value = self._hijri_month_value(int(g["hyear"]), int(month))
            return (value, "month", "absolute") if value else None
        hpub = self._hijri_pub()
        if hpub is None:
            return None, "month", "relative"
        side = self._side(t, g, start)
        if side == "current":
            return self._hijri_month_value(hpub.year, int(month)), "month", "relative"
        cands = [((hy, int(month)), hy) for hy in range(hpub.year - 1, hpub.year + 2)]
        hy = _choose(cands, (hpub.year, hpub.month), side)
        return (self._hijri_month_value(hy, int(month)) if hy else None), "month", "relative"

    def _r_hijri_year(self, t: _Template, g: dict, start: int) -> tuple | None:
        try:
            mid = Hijri(int(g["hyear"]), 7, 1).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return f"{mid.year:04d}", "year", "absolute"


def _as_date(published: date | datetime | None) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    raise TypeError(
        f"find_time_expressions: published must be a date, datetime or None, "
        f"not {type(published).__name__}"
    )


def _anchor_hits(norm: str, grammar: TimeGrammar) -> dict[str, list[tuple[int, int]]]:
    """Where each anchor word occurs, also after a proclitic (وأمس, بالأمس, بـ25) and
    before an attached era mark (1436هـ, 2015م)."""
    hits: dict[str, list[tuple[int, int]]] = {}
    words = grammar.anchor_words
    for m in _WORD_RE.finditer(norm):
        w = m[0]
        forms = [w]
        if w[0] in "وفبل":
            forms.append(w[1:])
            if w[0] in "وف" and w[1:2] in ("ب", "ل"):
                forms.append(w[2:])
        for form in forms:
            if form[:1].isdigit():
                hits.setdefault(_NUMBER, []).append(m.span())
                form = form.lstrip("0123456789")
            if form in words:
                hits.setdefault(form, []).append(m.span())
                break
    return hits


_WORD_TAIL_RE = re.compile(r"\w*")


def _windows(spans: list[tuple[int, int]], norm: str) -> list[tuple[int, int]]:
    """Merged stretches around anchor hits, ending at a word end (a regex cannot look
    past its end position, so a cut word would pass for a whole one)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        ws = max(0, s - _WINDOW_BEFORE)
        we = _WORD_TAIL_RE.match(norm, min(len(norm), e + _WINDOW_AFTER)).end()  # type: ignore[union-attr]
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], we))
        else:
            out.append((ws, we))
    return out


def _cancelled_by_next_word(norm: str, end: int, stops: tuple[str, ...]) -> bool:
    m = _WORD_RE.match(norm, len(norm) - len(norm[end:].lstrip()))
    if not m:
        return False
    word = m[0]
    return any(word.startswith(s[:-1]) if s.endswith("*") else word == s for s in stops)


def _quoted(norm: str, start: int, end: int) -> bool:
    """«اليوم» in quotes is a title (the newspaper al-Yaum), not a date."""
    return norm[start - 1 : start] in ('"', "'") and norm[end : end + 1] in ('"', "'")


def find_time_expressions(
    text: str, published: date | datetime | None, *, grammar: TimeGrammar | None = None
) -> list[TimeExpr]:
    """Time expressions in `text`, in order, resolved against `published`."""
    if not isinstance(text, str):
        raise TypeError(f"find_time_expressions: text must be str, not {type(text).__name__}")
    pub = _as_date(published)
    grammar = grammar or load_time_grammar()
    norm, mapping = normalise_with_map(text)
    hits = _anchor_hits(norm, grammar)
    if not hits:
        return []
    blocked = [m.span() for m in grammar.not_dates.finditer(norm)] if grammar.not_dates else []
    resolver = _Resolver(grammar, pub, norm)
    found: list[tuple[int, int, int, _Template, tuple]] = []
    hit_words = hits.keys()
    for t in grammar.templates:
        if hit_words.isdisjoint(t.anchors):
            continue
        # `_windows` sorts the spans, so set order does not matter
        spans = [span for a in hit_words & t.anchors for span in hits[a]]
        for ws, we in _windows(spans, norm):
            for m in t.regex.finditer(norm, ws, we):
                s, e = m.span("x")
                if t.not_followed_by and _cancelled_by_next_word(norm, e, t.not_followed_by):
                    continue
                if _quoted(norm, s, e) or any(s < be and bs < e for bs, be in blocked):
                    continue
                resolved = resolver.resolve(t, m.groupdict(), s)
                if resolved is not None:
                    found.append((s, e, t.order, t, resolved))
    # Longest first, then leftmost, then file order; keep what does not overlap.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
    chosen: list[tuple[int, int, int, _Template, tuple]] = []
    for f in found:
        if all(f[1] <= c[0] or c[1] <= f[0] for c in chosen):
            chosen.append(f)
    chosen.sort(key=lambda f: f[0])
    out: list[TimeExpr] = []
    for s, e, _, t, (value, precision, kind) in chosen:
        start, end = to_original(mapping, s, e)
        while end < len(text) and (unicodedata.category(text[end]) == "Mn" or text[end] == "ـ"):
            end += 1  # a final diacritic or tatweel belongs to the word (هـ, غداً)
        out.append(TimeExpr(start, end, text[start:end], value, precision, kind, t.rule))
    return out
