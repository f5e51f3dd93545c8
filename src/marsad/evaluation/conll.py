"""CoNLL-style named-entity scoring: exact-span precision, recall and F1 per type.

Reads ANERcorp-format files (`token TAG` per line, a blank line between
sentences, BIO tags such as B-PERS/I-LOC) and scores any tagger given as a
function from a sentence's tokens to its tags. Chunks are read the way the
conlleval script reads them: an I- tag that does not continue a chunk of its
own type opens a new one. A predicted chunk counts only when its type and both
boundaries equal a gold chunk's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import FormatError, InputError

__all__ = [
    "ConllScore",
    "TypeScore",
    "chunks",
    "read_conll",
    "read_utf8",
    "score_conll",
    "score_conll_file",
    "score_sequences",
]

MAIN_TYPES = ("PERS", "LOC", "ORG")


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Counts and figures for one entity type (or a micro average)."""

    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class ConllScore:
    """Per-type scores; `micro` over PERS, LOC, ORG; `micro_all` over every type."""

    per_type: dict[str, TypeScore]
    micro: TypeScore
    micro_all: TypeScore
    sentences: int
    tokens: int
    token_accuracy: float = 0.0
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "per_type": {t: s.as_dict() for t, s in sorted(self.per_type.items())},
            "micro": self.micro.as_dict(),
            "micro_all": self.micro_all.as_dict(),
            "sentences": self.sentences,
            "tokens": self.tokens,
            "token_accuracy": round(self.token_accuracy, 4),
        }


def read_utf8(path: str | Path) -> str:
    """A corpus file's text; a clear error naming the file when it cannot be read."""
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(str(p), f"not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise InputError(str(p), exc.strerror or str(exc)) from exc


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a CoNLL file as (tokens, tags); the tag is the last column."""
    p = Path(path)
    text = read_utf8(p)
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            if tokens:
                sentences.append((tokens, tags))
                tokens, tags = [], []
            continue
        if line.startswith("-DOCSTART-"):
            continue
        if len(parts) < 2:
            raise FormatError(str(p), f"line {n}: expected 'token TAG', got {line!r}")
        tag = parts[-1]
        if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
            raise FormatError(str(p), f"line {n}: {tag!r} is not a BIO tag")
        tokens.append(parts[0])
        tags.append(tag)
    if tokens:
        sentences.append((tokens, tags))
    if not sentences:
        raise FormatError(str(p), "no sentences in the file")
    return sentences


def chunks(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) chunks of a BIO sequence, conlleval-style."""
    out: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            out.add((start, i, kind))
            start, kind = -1, ""
        if prefix == "B" or (prefix == "I" and not continues):
            start, kind = i, label
    return out


def score_sequences(pairs: Iterable[tuple[Sequence[str], Sequence[str]]]) -> ConllScore:
    """Score (gold tags, predicted tags) pairs, one pair per sentence."""
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    ok_n: Counter[str] = Counter()
    sentences = tokens = same = 0
    for gold, pred in pairs:
        if len(gold) != len(pred):
            raise ValueError(
                f"sentence {sentences + 1}: {len(gold)} gold tags, {len(pred)} predicted"
            )
        sentences += 1
        tokens += len(gold)
        same += sum(g == p for g, p in zip(gold, pred, strict=True))
        g_chunks, p_chunks = chunks(gold), chunks(pred)
        gold_n.update(c[2] for c in g_chunks)
        pred_n.update(c[2] for c in p_chunks)
        ok_n.update(c[2] for c in g_chunks & p_chunks)
    types = sorted(set(gold_n) | set(pred_n))
    per_type = {t: TypeScore(gold_n[t], pred_n[t], ok_n[t]) for t in types}

    def _sum(selected: Iterable[str]) -> TypeScore:
        sel = list(selected)
        return TypeScore(
            sum(gold_n[t] for t in sel), sum(pred_n[t] for t in sel), sum(ok_n[t] for t in sel)
        )

    return ConllScore(
        per_type=per_type,
        micro=_sum(MAIN_TYPES),
        micro_all=_sum(types),
        sentences=sentences,
        tokens=tokens,
        token_accuracy=same / tokens if tokens else 0.0,
    )


def score_conll(
    gold_path: str | Path, predict_fn: Callable[[list[str]], Sequence[str]]
) -> ConllScore:
    """Score `predict_fn` (tokens of a sentence → BIO tags) on a CoNLL gold file."""
    sentences = read_conll(gold_path)
    return score_sequences((tags, predict_fn(list(tokens))) for tokens, tags in sentences)


def score_conll_file(path: str | Path) -> dict[str, dict[str, float | int]]:
    """`marsad eval --conll FILE`: the bundled CRF recogniser scored on an
    ANERcorp-format file; figures per type (PERS, LOC, ORG, MISC) and micro averages
    (`micro` over PERS, LOC, ORG; `micro_all` over every type)."""
    from marsad.entities.features import normalise_words
    from marsad.entities.recogniser import CrfRecogniser

    recogniser = CrfRecogniser.load()
    sentences = read_conll(path)
    predicted: list[list[str]] = []
    norms = [normalise_words(tokens) for tokens, _ in sentences]
    for start in range(0, len(norms), 50):
        predicted += recogniser.tag_sentences(norms[start : start + 50])
    score = score_sequences(
        (tags, pred) for (_, tags), pred in zip(sentences, predicted, strict=True)
    )
    out = {
        kind: score.per_type[kind].as_dict()
        for kind in (*MAIN_TYPES, "MISC")
        if kind in score.per_type
    }
    out["micro"] = score.micro.as_dict()
    out["micro_all"] = score.micro_all.as_dict()
    return out
