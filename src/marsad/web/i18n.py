"""Interface strings (strings.yaml) and the language choice of a request."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from marsad.errors import ResourceError

__all__ = ["LANGS", "Strings", "load_strings"]

LANGS = ("ar", "en")


@dataclass(frozen=True, slots=True)
class Strings:
    """The strings of one language, with its direction."""

    lang: str
    ui: dict[str, str]
    types: dict[str, str]
    statuses: dict[str, str]

    @property
    def dir(self) -> str:
        return "rtl" if self.lang == "ar" else "ltr"

    @property
    def other(self) -> str:
        return "en" if self.lang == "ar" else "ar"

    def __call__(self, key: str) -> str:
        return self.ui.get(key, key)

    def name(self, item: dict[str, Any] | None) -> str:
        """An entity's display name in this language."""
        if not item:
            return ""
        key = "name_ar" if self.lang == "ar" else "name_en"
        return str(item.get(key) or item.get("name_en") or item.get("name_ar") or "")


@cache
def load_strings() -> dict[str, Strings]:
    """Both languages, checked to define the same keys."""
    text = (files("marsad.web") / "strings.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    try:
        found = {
            lang: Strings(lang, data[lang], data["types"][lang], data["statuses"][lang])
            for lang in LANGS
        }
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"web/strings.yaml: missing section {exc}") from None
    if set(found["ar"].ui) != set(found["en"].ui):
        missing = set(found["ar"].ui) ^ set(found["en"].ui)
        raise ResourceError(f"web/strings.yaml: keys not in both languages: {sorted(missing)}")
    return found
