"""Token features for the statistical name recogniser (CRF).

The features are a function of the normalised token strings of one sentence and
of a `NerLexicon` (gazetteer sets, trigger words and distributional word classes):
word, clitic-stripped stem, affixes, shape, gazetteer membership, trigger words,
word class, and the same for ±2 neighbours. Training (marsad.entities.training)
and tagging use this one module, so a model and its features cannot drift apart;
`FEATURE_SET_VERSION` is recorded in the model's data card and must change whenever
the output of `sentence_features` changes for the same input.

The clitic stripping here is deliberately self-contained (not marsad.text.tokens):
a trained model must see at tagging time exactly the features it was trained on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import yaml

from marsad.errors import ResourceError
from marsad.text.normalise import normalise

__all__ = [
    "FEATURE_SET_VERSION",
    "FeatureExtractor",
    "NerLexicon",
    "gazetteer_key",
    "light_stem",
    "normalise_words",
]

FEATURE_SET_VERSION = "ner-features-2"

# Proclitic sequences, longest first; what remains must keep at least 2 letters.
_PROCLITICS = (
    "وبال",
    "وكال",
    "فبال",
    "فكال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "ال",
)
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_LEXICON_CLASSES = ("PER", "LOC", "ORG", "FIRST", "LAST")
_CACHE_LIMIT = 200_000


def light_stem(word: str) -> tuple[str, str]:
    """Split a normalised word into (proclitics, stem), conservatively.

    Article sequences (وال, بال, لل …) are always stripped when two letters remain;
    a lone conjunction or preposition only when four letters remain, so short
    names such as وليد or بشار keep their first letter more often than not (the
    CRF sees both the word and the stem, and learns which one to trust).
    """
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            return clitic, word[len(clitic) :]
    if len(word) >= 5 and word[0] in _CONJ and word[1] in _PREP:
        return word[:2], word[2:]
    if len(word) >= 5 and word[0] in _CONJ + _PREP:
        return word[0], word[1:]
    return "", word


def _shape(word: str) -> str:
    if word.isdigit():
        return "D"
    if all("\u0600" <= ch <= "\u06ff" for ch in word):
        return "A"
    if word.isascii() and word.isalpha():
        return "L"
    if not any(ch.isalnum() for ch in word):
        return "P"
    return "M"


@dataclass(frozen=True, slots=True)
class NerLexicon:
    """Gazetteer sets (normalised, without ال) and trigger words for CRF features."""

    per: frozenset[str]
    loc: frozenset[str]
    org: frozenset[str]
    first: frozenset[str]
    last: frozenset[str]
    trig_per: frozenset[str]
    trig_loc: frozenset[str]
    trig_org: frozenset[str]
    # word -> (class among 64, class among 512), learnt from unlabelled news
    # (resources/entities/word_clusters.tsv, scripts/build_word_clusters.py)
    classes: Mapping[str, tuple[str, str]]

    @classmethod
    def load(
        cls,
        gazetteer: Path | None = None,
        triggers: Path | None = None,
        clusters: Path | None = None,
    ) -> NerLexicon:
        """Read the bundled (or given) gazetteer TSV, trigger YAML and word classes."""
        base = files("marsad").joinpath("resources/entities")
        gaz_text = _read(gazetteer, base.joinpath("ner_gazetteer.tsv"))
        trig_text = _read(triggers, base.joinpath("ner_triggers.yaml"))
        classes = _read_classes(_read(clusters, base.joinpath("word_clusters.tsv")))
        sets: dict[str, set[str]] = {c: set() for c in _LEXICON_CLASSES}
        for n, line in enumerate(gaz_text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or parts[1] not in sets:
                raise ResourceError(f"ner_gazetteer.tsv line {n}: expected 'form<TAB>class'")
            sets[parts[1]].add(parts[0])
        data = yaml.safe_load(trig_text) or {}
        trig: dict[str, frozenset[str]] = {}
        for key in ("person", "location", "organisation"):
            words = data.get(key)
            if not isinstance(words, list) or not words:
                raise ResourceError(f"ner_triggers.yaml: '{key}' must be a non-empty list")
            trig[key] = frozenset(_key(str(w)) for w in words)
        return cls(
            per=frozenset(sets["PER"]),
            loc=frozenset(sets["LOC"]),
            org=frozenset(sets["ORG"]),
            first=frozenset(sets["FIRST"]),
            last=frozenset(sets["LAST"]),
            trig_per=trig["person"],
            trig_loc=trig["location"],
            trig_org=trig["organisation"],
            classes=classes,
        )


def _read_classes(text: str) -> dict[str, tuple[str, str]]:
    """word_clusters.tsv: word, class among 64, class among 512 (comments: #)."""
    classes: dict[str, tuple[str, str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not parts[1].isdigit() or not parts[2].isdigit():
            raise ResourceError(f"word_clusters.tsv line {n}: expected 'word<TAB>n<TAB>n'")
        classes[parts[0]] = (parts[1], parts[2])
    return classes


def _read(given: Path | None, bundled: object) -> str:
    path = given if given is not None else bundled
    try:
        return path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    except OSError as exc:
        raise ResourceError(f"cannot read NER lexicon {path}: {exc}") from exc


def _key(word: str) -> str:
    """Gazetteer key of a word or phrase: normalised, each word without ال."""
    return " ".join(light_stem(w)[1] if w.startswith("ال") else w for w in normalise(word).split())


def gazetteer_key(phrase: str) -> str:
    """The form a gazetteer entry is stored under (used when building the TSV)."""
    return _key(phrase)


class FeatureExtractor:
    """Turns a sentence of normalised words into CRF attribute lists.

    Per-word features are cached on the instance (bounded) when `cache` is set,
    which is what makes training fast: news vocabulary repeats. The tagger keeps
    its own cache of each word's scores instead (recogniser._Scorer), so it asks
    for uncached features: the attribute strings of a 300k-word vocabulary would
    otherwise hold several hundred megabytes.
    """

    def __init__(self, lexicon: NerLexicon, *, cache: bool = True) -> None:
        self._lex = lexicon
        self._cache = cache
        self._own: dict[str, list[str]] = {}
        self._ctx: dict[str, tuple[list[str], ...]] = {}

    def word_features(self, word: str) -> tuple[list[str], tuple[list[str], ...]]:
        """(own attributes, attributes seen from offsets -2, -1, +1, +2) of a word."""
        own = self._own.get(word)
        if own is not None:
            return own, self._ctx[word]
        if len(self._own) >= _CACHE_LIMIT:
            self._own.clear()
            self._ctx.clear()
        own, ctx = self._compute(word)
        if self._cache:
            self._own[word] = own
            self._ctx[word] = ctx
        return own, ctx

    def _compute(self, word: str) -> tuple[list[str], tuple[list[str], ...]]:
        lex = self._lex
        clitic, stem = light_stem(word)
        shape = _shape(word)
        flags = []
        if stem in lex.per or word in lex.per:
            flags.append("gP")
        if stem in lex.loc or word in lex.loc:
            flags.append("gL")
        if stem in lex.org or word in lex.org:
            flags.append("gO")
        if word in lex.first or stem in lex.first:
            flags.append("gF")
        if stem in lex.last or word in lex.last:
            flags.append("gS")
        if stem in lex.trig_per or word in lex.trig_per:
            flags.append("tP")
        if stem in lex.trig_loc or word in lex.trig_loc:
            flags.append("tL")
        if stem in lex.trig_org or word in lex.trig_org:
            flags.append("tO")
        coarse, fine = lex.classes.get(word) or lex.classes.get(stem) or ("x", "x")
        nisba = shape == "A" and len(stem) >= 4 and stem.endswith(("ي", "يه", "يين", "يون"))
        own = [
            "b",
            "w=" + word,
            "s=" + stem,
            "c=" + clitic,
            "sh=" + shape,
            "p2=" + stem[:2],
            "p3=" + stem[:3],
            "x2=" + word[-2:],
            "x3=" + word[-3:],
            "len=" + str(min(len(stem), 8)),
            "k1=" + coarse,
            "k2=" + fine,
            *flags,
        ]
        if nisba:
            own.append("nis")
        if clitic.endswith(("ال", "لل")):
            own.append("def")
        near = ["w=" + word, "s=" + stem, "sh=" + shape, "k1=" + coarse, *flags]
        far = ["w=" + word, *flags]
        if nisba:
            near.append("nis")
            far.append("nis")
        ctx = (
            ["-2:" + f for f in far],
            ["-1:" + f for f in near],
            ["+1:" + f for f in near],
            ["+2:" + f for f in far],
        )
        return own, ctx

    def sentence_features(self, words: Sequence[str]) -> list[list[str]]:
        """Attribute lists for each word of one sentence (words already normalised)."""
        infos = [self.word_features(w) for w in words]
        n = len(words)
        out: list[list[str]] = []
        last_title = -10
        for i in range(n):
            feats = list(infos[i][0])
            if 0 < i - last_title <= 4:
                feats.append("tPw")
            if "tP" in infos[i][0]:
                last_title = i
            if i >= 2:
                feats += infos[i - 2][1][0]
            else:
                feats.append("-2:BOS")
            if i >= 1:
                feats += infos[i - 1][1][1]
            else:
                feats.append("BOS")
            if i + 1 < n:
                feats += infos[i + 1][1][2]
            else:
                feats.append("EOS")
            if i + 2 < n:
                feats += infos[i + 2][1][3]
            else:
                feats.append("+2:EOS")
            out.append(feats)
        return out


def normalise_words(words: Iterable[str]) -> list[str]:
    """The normalised form the recogniser works on ('_' for a word that vanishes)."""
    return [normalise(w) or "_" for w in words]
