"""Rule-based Arabic → Latin transliteration for names the KB does not hold.

Arabic script leaves short vowels unwritten, so a readable English form needs a
guess: a word found in the romanisation table (resources/entities/
name_romanisation.tsv: common name parts with their usual English spelling) is
taken from it; any other word is spelled letter by letter, with و/ي read as
vowels between consonants and an "a" put between two consonants (صفدي → Safadi).
The article ال is written "al-" (no sun-letter assimilation). The KB's own
English names always win over this.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib.resources import files

from marsad.errors import ResourceError
from marsad.text.normalise import normalise

__all__ = ["load_romanisation", "transliterate"]

_CONSONANTS = {
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "'",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ء": "'",
    "پ": "p",
    "چ": "ch",
    "ڤ": "v",
    "گ": "g",
}
_VOWELS = {"a", "i", "u", "e", "o"}


def load_romanisation() -> dict[str, str]:
    """Normalised Arabic name part → English spelling, from the bundled table."""
    path = files("marsad").joinpath("resources/entities/name_romanisation.tsv")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"resources/entities/name_romanisation.tsv: {exc}") from exc
    table: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
            raise ResourceError(f"name_romanisation.tsv line {n}: expected 'arabic<TAB>latin'")
        table[normalise(parts[0].strip())] = parts[1].strip()
    return table


def _word(word: str, table: Mapping[str, str]) -> str:
    if word in table:
        return table[word]
    if word.startswith("عبدال") and len(word) > 6:
        return "Abd al-" + _capital(table.get(word[5:]) or _spell(word[5:]))
    if word.startswith("ال") and len(word) > 3:
        rest = word[2:]
        return "al-" + (table.get(rest) or _spell(rest))
    return _spell(word)


def _spell(word: str) -> str:
    out: list[str] = []
    n = len(word)
    for i, ch in enumerate(word):
        prev_vowel = bool(out) and out[-1][-1:] in _VOWELS
        if ch == "ع" and i == 0:
            out.append("a")
        elif ch == "ا":
            out.append("a" if not prev_vowel or i == 0 else "")
        elif ch == "ي":
            between = 0 < i < n - 1 and not prev_vowel
            out.append("i" if between or (i == n - 1 and not prev_vowel) else "y")
        elif ch == "و":
            between = 0 < i < n - 1 and not prev_vowel
            out.append("u" if between or (i == n - 1 and not prev_vowel) else "w")
        elif ch == "ه" and i == n - 1 and i > 0:
            out.append("a")  # ta marbuta (normalised to ه) or final h: usually "a"
        elif ch in _CONSONANTS:
            if out and not prev_vowel and out[-1] not in ("", "'"):
                out.append("a")  # unwritten short vowel between consonants
            out.append(_CONSONANTS[ch])
        elif ch.isascii():
            out.append(ch)
    text = "".join(out).strip("'")
    return text


def transliterate(name: str, table: Mapping[str, str] | None = None) -> str:
    """A Latin spelling of an Arabic name: أيمن الصفدي → Ayman al-Safadi (with the table)."""
    table = table or {}
    words = normalise(name).split()
    parts: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if i + 1 < len(words) and pair in table:
            parts.append(table[pair])
            i += 2
            continue
        if words[i] in table:
            parts.append(table[words[i]])
        else:
            parts.append(_capital(_word(words[i], table)))
        i += 1
    return " ".join(p for p in parts if p)


def _capital(part: str) -> str:
    if part.startswith("al-"):
        return "al-" + part[3:4].upper() + part[4:]
    return part[:1].upper() + part[1:]
