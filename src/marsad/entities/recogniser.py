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
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" and start < 0:  # most words: nothing open, nothing to open
            continue
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
    cached, as a row of a growing table); an article's sentences then become one
    emission array built by indexing, and Viterbi advances all of them together,
    packed into rows. Same model, same features (`FeatureExtractor.sentence_features`),
    same first-order decoding without start/end transitions as CRFsuite:
    `CrfRecogniser.tag_reference` checks it."""

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
        row_of, zeros = self._attrs.get, repeat(self._zero_row)
        rows: list[int] = []
        starts: list[int] = []
        titles: list[bool] = []
        for word in new:
            own, ctx = self._features.word_features(word)
            titles.append("tP" in own)
            for group in (own, *ctx):
                starts.append(len(rows))
                rows += map(row_of, group, zeros)  # attributes the model lacks: zero row
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
        lengths = [len(sentences[k]) for k in live]
        # All sentences in one line, _GAP padding words apart, so that no feature
        # window reaches from one sentence into the next.
        firsts: list[int] = []
        ids_list: list[int] = [0] * _GAP
        word_ids = self._ids
        for k in live:
            firsts.append(len(ids_list))
            ids_list += [word_ids[w] for w in sentences[k]]
            ids_list += [0] * _GAP
        emit = self._emission(np.array(ids_list, dtype=np.intp), firsts, lengths)
        labels = self.labels
        for k, path in zip(live, self._viterbi(emit, firsts, lengths), strict=True):
            out[k] = [labels[t] for t in path]
        return out

    def _emission(self, ids: np.ndarray, firsts: list[int], lengths: list[int]) -> np.ndarray:
        """State scores as `sentence_features` would give them, for the padded line
        of all sentences (padding words have id 0, whose score rows are zero)."""
        own, ctx, const = self._own, self._ctx, self._const
        emit = own[ids]
        emit[2:] += ctx[ids[:-2], 0]
        emit[1:] += ctx[ids[:-1], 1]
        emit[:-1] += ctx[ids[1:], 2]
        emit[:-2] += ctx[ids[2:], 3]
        first = np.array(firsts)
        last = first + np.array(lengths) - 1
        emit[first] += const["-2:BOS"] + const["BOS"]
        second = first[last > first] + 1
        emit[second] += const["-2:BOS"]
        emit[last] += const["EOS"] + const["+2:EOS"]
        before_last = last[last > first] - 1
        emit[before_last] += const["+2:EOS"]
        title = self._title[ids]
        near = np.zeros_like(title)
        for k in range(1, _GAP + 1):
            near[k:] |= title[:-k]
        emit[near] += const["tPw"]
        return emit

    def _viterbi(self, emit: np.ndarray, firsts: list[int], lengths: list[int]) -> list[list[int]]:
        """Best label path of each sentence (CRFsuite's first-order decoding, no
        start or end transitions).

        numpy's per-call overhead, not arithmetic, is the cost of these small steps,
        so the number of steps is what to cut: sentences are packed end to end into
        as few rows as the longest one allows, and one step advances every row. Where
        a sentence starts inside a row its scores restart from its own emission, so
        no transition links it to the one before."""
        n = len(self.labels)
        width = max(lengths)
        rows_used: list[int] = []  # filled length of each row
        place: list[tuple[int, int]] = [(0, 0)] * len(lengths)  # (row, offset)
        for k in sorted(range(len(lengths)), key=lengths.__getitem__, reverse=True):
            fits = (r for r, used in enumerate(rows_used) if used + lengths[k] <= width)
            row = next(fits, len(rows_used))
            if row == len(rows_used):
                rows_used.append(0)
            place[k] = (row, rows_used[row])
            rows_used[row] += lengths[k]
        count = len(rows_used)
        steps = np.zeros((width, count, n))
        step_of: list[int] = []
        row_of: list[int] = []
        flat_of: list[int] = []
        restarts: dict[int, list[int]] = {}
        for k, (row, offset) in enumerate(place):
            step_of += range(offset, offset + lengths[k])
            row_of += [row] * lengths[k]
            flat_of += range(firsts[k], firsts[k] + lengths[k])
            if offset:
                restarts.setdefault(offset, []).append(row)
        steps[step_of, row_of] = emit[flat_of]
        scores = np.empty_like(steps)
        back = np.zeros((width, count * n), dtype=np.intp)
        scores[0] = steps[0]
        trans_to_from = np.ascontiguousarray(self.trans.T)
        cand = np.empty((count, n, n))  # rows × to × from
        pairs = cand.reshape(count * n, n)
        flat = cand.reshape(-1)
        base = np.arange(count * n) * n
        for i in range(1, width):
            np.add(scores[i - 1][:, None, :], trans_to_from, out=cand)
            best = pairs.argmax(axis=1)
            back[i] = best
            np.add(flat[base + best].reshape(count, n), steps[i], out=scores[i])
            again = restarts.get(i)
            if again is not None:
                scores[i, again] = steps[i, again]
        ends = [offset + length - 1 for (_, offset), length in zip(place, lengths, strict=True)]
        finals = scores[ends, [row for row, _ in place]].argmax(axis=1).tolist()
        pointers = back.tolist()
        paths = []
        for k, (row, offset) in enumerate(place):
            label = finals[k]
            path = [label]
            at = row * n
            for i in range(ends[k], offset, -1):
                label = pointers[i][at + label]
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
