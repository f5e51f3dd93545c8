"""Statistical recogniser: a linear-chain CRF over the features of `features.py`.

It finds person, place and organisation names that no list holds. The model is
trained by scripts/train_ner.py on ANERcorp and shipped in
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
    conversion: a word's state scores are summed once and cached, then Viterbi runs
    on a (tokens × labels) matrix. Same model, same features, same decoding as
    CRFsuite (first-order, no start/end transitions); `CrfRecogniser.tag_reference`
    checks it."""

    def __init__(self, tagger: pycrfsuite.Tagger, features: FeatureExtractor) -> None:
        info = tagger.info()
        self.labels = list(tagger.labels())
        index = {label: k for k, label in enumerate(self.labels)}
        n = len(self.labels)
        self.trans = np.zeros((n, n))
        for (a, b), w in info.transitions.items():
            self.trans[index[a], index[b]] = w
        state: dict[str, np.ndarray] = {}
        for (attr, label), w in info.state_features.items():
            vec = state.get(attr)
            if vec is None:
                vec = state[attr] = np.zeros(n)
            vec[index[label]] = w
        self._state = state
        self._zero = np.zeros(n)
        self._features = features
        self._cache: dict[str, tuple[np.ndarray, np.ndarray, bool]] = {}
        self._const = {a: self._sum([a]) for a in ("tPw", "-2:BOS", "BOS", "EOS", "+2:EOS")}

    def _sum(self, attrs: Sequence[str]) -> np.ndarray:
        state = self._state
        vecs = [state[a] for a in attrs if a in state]
        return np.add.reduce(vecs) if vecs else self._zero.copy()

    def _word(self, word: str) -> tuple[np.ndarray, np.ndarray, bool]:
        hit = self._cache.get(word)
        if hit is None:
            own, ctx = self._features.word_features(word)
            if len(self._cache) >= 200_000:
                self._cache.clear()
            hit = (self._sum(own), np.stack([self._sum(c) for c in ctx]), "tP" in own)
            self._cache[word] = hit
        return hit

    def _emission(self, words: Sequence[str]) -> np.ndarray:
        """(tokens × labels) state scores: each word's own attributes, its neighbours'
        context attributes and the positional ones, exactly as `sentence_features`."""
        infos = [self._word(w) for w in words]
        n = len(infos)
        const = self._const
        emit = np.stack([own for own, _, _ in infos])
        ctx = np.stack([c for _, c, _ in infos])  # n × 4 × labels
        if n > 2:
            emit[2:] += ctx[:-2, 0]
            emit[:-2] += ctx[2:, 3]
        if n > 1:
            emit[1:] += ctx[:-1, 1]
            emit[:-1] += ctx[1:, 2]
        emit[: min(2, n)] += const["-2:BOS"]
        emit[0] += const["BOS"]
        emit[n - 1] += const["EOS"]
        emit[max(0, n - 2) :] += const["+2:EOS"]
        last_title = -10
        for i, (_, _, title) in enumerate(infos):
            if 0 < i - last_title <= 4:
                emit[i] += const["tPw"]
            if title:
                last_title = i
        return emit

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Viterbi over all sentences at once (padded), one step per position."""
        lengths = np.array([len(s) for s in sentences])
        out: list[list[str]] = [[] for _ in sentences]
        live = [k for k, n in enumerate(lengths) if n]
        if not live:
            return out
        n_labels = len(self.labels)
        width = int(lengths.max())
        emit = np.zeros((len(live), width, n_labels))
        for row, k in enumerate(live):
            emit[row, : lengths[k]] = self._emission(sentences[k])
        ends = lengths[live]
        score = emit[:, 0].copy()
        back = np.zeros((len(live), width, n_labels), dtype=np.intp)
        for i in range(1, width):
            cand = score[:, :, None] + self.trans  # rows × from × to
            back[:, i] = cand.argmax(axis=1)
            step = cand.max(axis=1) + emit[:, i]
            going = (i < ends)[:, None]
            score = np.where(going, step, score)
        for row, k in enumerate(live):
            best = int(score[row].argmax())
            path = [best]
            for i in range(int(ends[row]) - 1, 0, -1):
                best = int(back[row, i, best])
                path.append(best)
            out[k] = [self.labels[t] for t in reversed(path)]
        return out


class CrfRecogniser:
    """A loaded CRF tagger with its feature extractor."""

    def __init__(self, model_path: Path, lexicon: NerLexicon, card: dict[str, object]) -> None:
        version = card.get("feature_set_version")
        if version != FEATURE_SET_VERSION:
            raise ResourceError(
                f"{model_path}: trained with features {version!r}, code has "
                f"{FEATURE_SET_VERSION!r}; retrain with scripts/train_ner.py"
            )
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_path))
        except (OSError, ValueError) as exc:
            raise ResourceError(f"{model_path}: cannot open CRF model ({exc})") from exc
        self._features = FeatureExtractor(lexicon)
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
                raise ResourceError(f"{model}: CRF model missing; run scripts/train_ner.py")
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
