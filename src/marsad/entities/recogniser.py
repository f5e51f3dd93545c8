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
        """BIO tags (B-PERS, I-LOC, …) for a sentence of raw or normalised words."""
        if not words:
            return []
        feats = self._features.sentence_features(normalise_words(words))
        return list(self._tagger.tag(feats))

    def tag_normalised(self, norms: Sequence[str]) -> list[str]:
        """Like `tag`, for words already normalised (the text stage's `Token.norm`)."""
        if not norms:
            return []
        feats = self._features.sentence_features([w or "_" for w in norms])
        return list(self._tagger.tag(feats))
