"""Statistical recogniser: a linear-chain CRF over the features of `features.py`.

It finds person, place and organisation names that no list holds. The model is
trained by `marsad train ner` (marsad.entities.training) on ANERcorp and shipped in
resources/models/ner-crf.crfsuite with a data card (ner-crf.json). One
`CrfRecogniser` is loaded per `Resources` and reused for every article.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import ExitStack
from importlib.resources import as_file, files
from itertools import repeat
from pathlib import Path

import numpy as np
import pycrfsuite

from marsad.entities.decoding import accumulate_rows, decode
from marsad.entities.features import (
    FEATURE_SET_VERSION,
    FeatureExtractor,
    NerLexicon,
    normalise_words,
)
from marsad.errors import ResourceError

__all__ = ["MODEL_NAME", "CrfRecogniser", "tag_spans"]

MODEL_NAME = "ner-crf"
# Words whose score rows the tagger keeps (then it starts again): about 400 bytes
# each, and more than the distinct words of the whole SaudiNewsNet corpus, whose
# tagging rate rises from ~70 to ~105 articles/s as the rows fill.
_WORD_ROWS = 400_000
# Padding words between sentences in the tagger's line: wider than any feature
# window (±2 words, and a title up to 4 words back).
_GAP = 4


def tag_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) token chunks of a BIO sequence, in order."""
    return _chunks([(i, tag) for i, tag in enumerate(tags) if tag != "O"])


def _chunks(named: Sequence[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """`tag_spans` from the (position, tag) pairs of the words not tagged O, in
    order: most words are O, so only the few others are looked at. An I- tag
    continues the chunk before it only right after it and with the same type."""
    out: list[tuple[int, int, str]] = []
    start, kind, prev = -1, "", -2
    for i, tag in named:
        prefix, _, label = tag.partition("-")
        if start >= 0 and not (i == prev + 1 and prefix == "I" and label == kind):
            out.append((start, prev + 1, kind))
            start = -1
        if start < 0 and prefix in ("B", "I"):
            start, kind = i, label
        prev = i
    if start >= 0:
        out.append((start, prev + 1, kind))
    return out


class _Scorer:
    """The model's weights as arrays, for tagging without pycrfsuite's per-call string
    conversion. Each word's attributes are summed into label-score rows once (and
    cached, as a row of a growing table); an article's sentences then become one
    line of word ids, scored and decoded by the compiled loops of `decoding`. Same
    model, same features (`FeatureExtractor.sentence_features`), same first-order
    decoding without start/end transitions as CRFsuite: `CrfRecogniser.tag_reference`
    checks it."""

    _CONST = ("tPw", "-2:BOS", "BOS", "EOS", "+2:EOS")

    def __init__(self, tagger: pycrfsuite.Tagger, features: FeatureExtractor) -> None:
        info = tagger.info()
        self.labels = list(tagger.labels())
        label_index = {label: k for k, label in enumerate(self.labels)}
        n = len(self.labels)
        self.trans = np.zeros((n, n))
        for (a, b), w in info.transitions.items():
            self.trans[label_index[a], label_index[b]] = w
        attrs: dict[str, int] = {}
        cells: list[tuple[int, int, float]] = []
        for (attr, label), w in info.state_features.items():
            row = attrs.setdefault(attr, len(attrs))
            cells.append((row, label_index[label], w))
        weights = np.zeros((len(attrs) + 1, n))  # last row: zeros, for padding
        for row, col, w in cells:
            weights[row, col] = w
        self._attrs = attrs
        self._weights = weights
        self._zero_row = len(attrs)
        self._outside = label_index.get("O", -1)
        self._features = features
        self._const_rows = np.array(
            [weights[attrs[a]] if a in attrs else weights[-1] for a in self._CONST]
        )
        self._reset()

    def _reset(self) -> None:
        self._ids: dict[str, int] = {}
        n = len(self.labels)
        # Row 0: padding; rows 1.. in _ids order. Allocated whole: zeroed pages are
        # only backed by memory once a word's row is written, and nothing is copied
        # as the vocabulary grows.
        self._own = np.zeros((_WORD_ROWS + 1, n))
        self._ctx = np.zeros((_WORD_ROWS + 1, 4, n))
        self._title = np.zeros(_WORD_ROWS + 1, dtype=bool)

    def _learn(self, words: set[str]) -> None:
        """Add score rows for words not seen yet, all in one reduction. An empty word
        (a normal form with nothing left) is scored as "_", as the model was trained."""
        empty = "" in words
        if empty:
            words = (words - {""}) | {"_"}
        new = list(words.difference(self._ids))
        if new:
            self._add_rows(new, words)
        if empty:
            self._ids[""] = self._ids["_"]

    def _add_rows(self, new: list[str], words: set[str]) -> None:
        if len(self._ids) + len(new) > _WORD_ROWS:
            self._reset()
            new = list(words)
        row_of, zeros = self._attrs.get, repeat(self._zero_row)
        rows: list[int] = []
        bounds: list[int] = []
        titles: list[bool] = []
        for word in new:
            own, ctx = self._features.word_features(word)
            titles.append("tP" in own)
            for group in (own, *ctx):
                bounds.append(len(rows))
                rows += map(row_of, group, zeros)  # attributes the model lacks: zero row
        bounds.append(len(rows))
        base = len(self._ids) + 1
        accumulate_rows(
            self._weights,
            np.array(rows, dtype=np.intp),
            np.array(bounds, dtype=np.intp),
            self._own,
            self._ctx,
            base,
        )
        self._title[base : base + len(new)] = titles
        for k, word in enumerate(new):
            self._ids[word] = base + k

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for every sentence (lists of normalised words)."""
        out: list[list[str]] = [[] for _ in sentences]
        labels = self.labels
        live, lengths, flat = self._label_ids(sentences)
        tags = [labels[t] for t in flat.tolist()]
        at = 0
        for k, n in zip(live, lengths, strict=True):
            out[k] = tags[at : at + n]
            at += n
        return out

    def spans_many(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """`tag_spans` of every sentence's tags, without spelling out its O tags: the
        few named words of the whole line are found at once, then dealt out."""
        out: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
        live, lengths, flat = self._label_ids(sentences)
        named = np.flatnonzero(flat != self._outside)
        if not named.size:
            return out
        ends = np.cumsum(lengths)
        where = np.searchsorted(ends, named, side="right")  # sentence of each named word
        local = named - (ends - lengths)[where]
        labels = self.labels
        pairs: dict[int, list[tuple[int, str]]] = {}
        for w, i, t in zip(where.tolist(), local.tolist(), flat[named].tolist(), strict=True):
            pairs.setdefault(w, []).append((i, labels[t]))
        for w, found in pairs.items():
            out[live[w]] = _chunks(found)
        return out

    def _label_ids(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[int], list[int], np.ndarray]:
        """The indices and lengths of the non-empty sentences, and the label ids of
        their words, end to end."""
        live = [k for k, s in enumerate(sentences) if s]
        if not live:
            return [], [], np.empty(0, dtype=np.intp)
        self._learn(set().union(*(sentences[k] for k in live)))
        lengths = [len(sentences[k]) for k in live]
        # All sentences in one line, _GAP padding words apart, so that no feature
        # window reaches from one sentence into the next.
        firsts: list[int] = []
        ids_list: list[int] = [0] * _GAP
        word_ids = self._ids
        for k in live:
            firsts.append(len(ids_list))
            ids_list += map(word_ids.__getitem__, sentences[k])
            ids_list += [0] * _GAP
        flat: np.ndarray = decode(
            np.array(ids_list, dtype=np.intp),
            np.array(firsts, dtype=np.intp),
            np.array(lengths, dtype=np.intp),
            self._own,
            self._ctx,
            self._title,
            self._const_rows,
            self.trans,
            _GAP,
        )
        return live, lengths, flat


class CrfRecogniser:
    """A loaded CRF tagger with its feature extractor."""

    def __init__(self, model_path: Path, lexicon: NerLexicon, card: dict[str, object]) -> None:
        version = card.get("feature_set_version")
        if version != FEATURE_SET_VERSION:
            raise ResourceError(
                f"{model_path}: trained with features {version!r}, code has "
                f"{FEATURE_SET_VERSION!r}; retrain with `marsad train ner`"
            )
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_path))
        except (OSError, ValueError) as exc:
            raise ResourceError(f"{model_path}: cannot open CRF model ({exc})") from exc
        self._features = FeatureExtractor(lexicon, cache=False)  # the scorer caches
        self._scorer = _Scorer(self._tagger, self._features)
        self.card = card

    @classmethod
    def load(
        cls, model_dir: Path | None = None, lexicon: NerLexicon | None = None
    ) -> CrfRecogniser:
        """Load the bundled model (or the one in `model_dir`) and its data card."""
        with ExitStack() as stack:
            if model_dir is None:
                model_dir = stack.enter_context(
                    as_file(files("marsad").joinpath("resources/models"))
                )
            model = model_dir / f"{MODEL_NAME}.crfsuite"
            card_path = model_dir / f"{MODEL_NAME}.json"
            if not model.is_file():
                raise ResourceError(f"{model}: CRF model missing; run `marsad train ner`")
            try:
                card = json.loads(card_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ResourceError(f"{card_path}: cannot read model data card ({exc})") from exc
            return cls(model, lexicon or NerLexicon.load(), card)

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags (B-PERS, I-LOC, …) for a sentence of raw words."""
        return self.tag_normalised(normalise_words(words))

    def tag_normalised(self, norms: Sequence[str]) -> list[str]:
        """BIO tags for words already normalised (the text stage's `Token.norm`)."""
        if not norms:
            return []
        return self._scorer.tag_many([norms])[0]

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for many sentences of normalised words at once (an article's)."""
        return self._scorer.tag_many(sentences)

    def spans_of_sentences(
        self, sentences: Sequence[Sequence[str]]
    ) -> list[list[tuple[int, int, str]]]:
        """`tag_spans` of each sentence's tags, as `tag_sentences` would give them."""
        return self._scorer.spans_many(sentences)

    def tag_reference(self, norms: Sequence[str]) -> list[str]:
        """The same tags computed by CRFsuite itself (slower; for checking)."""
        if not norms:
            return []
        feats = self._features.sentence_features([w or "_" for w in norms])
        return list(self._tagger.tag(feats))
