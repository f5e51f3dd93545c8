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
from pathlib import Path

import numpy as np
import pycrfsuite

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


def tag_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) token chunks of a BIO sequence, in order."""
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            out.append((start, i, kind))
            start, kind = -1, ""
        if prefix == "B" or (prefix == "I" and not continues):
            start, kind = i, label
    return out


class _Scorer:
    """The model's weights as arrays, for tagging without pycrfsuite's per-call string
    conversion. Each word's attributes are summed into label-score rows once (and
    cached, as a row of a growing table); a batch of sentences then becomes one
    (sentences × positions × labels) emission array built by indexing, and Viterbi
    runs one step per position for the whole batch. Same model, same features
    (`FeatureExtractor.sentence_features`), same first-order decoding without
    start/end transitions as CRFsuite: `CrfRecogniser.tag_reference` checks it."""

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
        self._features = features
        self._const = {a: weights[attrs[a]] if a in attrs else weights[-1] for a in self._CONST}
        self._reset()

    def _reset(self) -> None:
        self._ids: dict[str, int] = {}
        n = len(self.labels)
        self._own = np.zeros((1024, n))  # row 0: padding; rows 1.. in _ids order
        self._ctx = np.zeros((1024, 4, n))
        self._title = np.zeros(1024, dtype=bool)

    def _learn(self, words: set[str]) -> None:
        """Add score rows for words not seen yet, all in one reduction."""
        new = [w for w in words if w not in self._ids]
        if not new:
            return
        if len(self._ids) + len(new) > _WORD_ROWS:
            self._reset()
            new = list(words)
        attrs, zero = self._attrs, self._zero_row
        rows: list[int] = []
        starts: list[int] = []
        titles: list[bool] = []
        for word in new:
            own, ctx = self._features.word_features(word)
            titles.append("tP" in own)
            for group in (own, *ctx):
                starts.append(len(rows))
                rows.append(zero)
                rows += [attrs[a] for a in group if a in attrs]
        sums = np.add.reduceat(self._weights[rows], starts, axis=0).reshape(len(new), 5, -1)
        base = len(self._ids) + 1
        top = base + len(new)
        if top > len(self._own):  # grow by doubling: amortised constant per word
            size = max(top, 2 * len(self._own))
            self._own = np.resize(self._own, (size, self._own.shape[1]))
            self._ctx = np.resize(self._ctx, (size, *self._ctx.shape[1:]))
            self._title = np.resize(self._title, size)
        self._own[base:top] = sums[:, 0]
        self._ctx[base:top] = sums[:, 1:]
        self._title[base:top] = titles
        for k, word in enumerate(new):
            self._ids[word] = base + k

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for every sentence (lists of normalised words)."""
        out: list[list[str]] = [[] for _ in sentences]
        live = [k for k, s in enumerate(sentences) if s]
        if not live:
            return out
        self._learn({w for k in live for w in sentences[k]})
        ends = np.array([len(sentences[k]) for k in live])
        width = int(ends.max())
        ids = np.zeros((len(live), width), dtype=np.intp)  # 0 = padding row
        for row, k in enumerate(live):
            ids[row, : ends[row]] = [self._ids[w] for w in sentences[k]]
        emit = self._emission(ids, ends)
        paths = self._viterbi(emit, ends)
        for row, k in enumerate(live):
            out[k] = [self.labels[t] for t in paths[row]]
        return out

    def _emission(self, ids: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """State scores as `sentence_features` would give them, for a padded batch."""
        own, ctx, const = self._own, self._ctx, self._const
        emit = own[ids]
        emit[:, 2:] += ctx[ids[:, :-2], 0]
        emit[:, 1:] += ctx[ids[:, :-1], 1]
        emit[:, :-1] += ctx[ids[:, 1:], 2]
        emit[:, :-2] += ctx[ids[:, 2:], 3]
        emit[:, :2] += const["-2:BOS"]
        emit[:, 0] += const["BOS"]
        rows = np.arange(len(ends))
        emit[rows, ends - 1] += const["EOS"] + const["+2:EOS"]
        two = ends >= 2
        emit[rows[two], ends[two] - 2] += const["+2:EOS"]
        title = self._title[ids]
        near = np.zeros_like(title)
        for k in range(1, 5):
            near[:, k:] |= title[:, :-k]
        emit[near] += const["tPw"]
        return emit

    def _viterbi(self, emit: np.ndarray, ends: np.ndarray) -> list[list[int]]:
        """Best label paths; a row's steps past its end are computed and ignored (its
        final scores are read at its own last position), which saves a select per step.

        Arrays are position-major so each step works on contiguous memory, and the
        best score is gathered at the argmax instead of a second reduction: numpy's
        per-call overhead, not arithmetic, is the cost of these small steps."""
        count, width, n = emit.shape
        steps = np.ascontiguousarray(emit.transpose(1, 0, 2))
        scores = np.empty_like(steps)
        back = np.zeros(steps.shape, dtype=np.intp)
        scores[0] = steps[0]
        cand = np.empty((count, n, n))
        rows, cols = np.arange(count)[:, None], np.arange(n)[None, :]
        trans = self.trans
        for i in range(1, width):
            np.add(scores[i - 1][:, :, None], trans, out=cand)  # rows × from × to
            best = cand.argmax(axis=1)
            back[i] = best
            np.add(cand[rows, best, cols], steps[i], out=scores[i])
        last = scores[ends - 1, np.arange(count)].argmax(axis=1)
        paths = []
        for row, end in enumerate(ends.tolist()):
            label = int(last[row])
            path = [label]
            for i in range(end - 1, 0, -1):
                label = int(back[i, row, label])
                path.append(label)
            paths.append(path[::-1])
        return paths


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
        return self._scorer.tag_many([[w or "_" for w in norms]])[0]

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Tags for many sentences of normalised words at once (an article's)."""
        return self._scorer.tag_many([[w or "_" for w in s] for s in sentences])

    def tag_reference(self, norms: Sequence[str]) -> list[str]:
        """The same tags computed by CRFsuite itself (slower; for checking)."""
        if not norms:
            return []
        feats = self._features.sentence_features([w or "_" for w in norms])
        return list(self._tagger.tag(feats))
