"""Reproducible training of the CRF name recogniser (`marsad train ner`).

Steps: (optionally) regenerate the derived lexicons `ner_gazetteer.tsv` and
`common_words.txt`; split the ANERcorp training file into train (first
1 − holdout of its sentences) and a held-out block (the last sentences, contiguous,
so that held-out articles are unseen); add WikiFANE sentences, mapped to the
ANERcorp types, to the training part only; train an L-BFGS CRF with fixed
parameters (CRFsuite's L-BFGS is deterministic); score the held-out block with the
tagger marsad ships (checked against CRFsuite's own decoder); write the model and
its data card. NewsFANE is refused: it is ANERcorp's own text re-annotated.
"""

from __future__ import annotations

import csv
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.resources import as_file, files
from pathlib import Path

import pycrfsuite

from marsad.entities.features import (
    FEATURE_SET_VERSION,
    FeatureExtractor,
    NerLexicon,
    gazetteer_key,
    normalise_words,
)
from marsad.entities.recogniser import MODEL_NAME, CrfRecogniser
from marsad.errors import FormatError, InputError
from marsad.evaluation.conll import ConllScore, read_conll, read_utf8, score_sequences

__all__ = [
    "ANERCORP_FILE",
    "PARAMS",
    "WIKIFANE_FILE",
    "WIKIFANE_TYPES",
    "TrainingResult",
    "build_common_words",
    "build_gazetteer",
    "read_wikifane",
    "train_ner",
]

ANERCORP_FILE = "data/ner/anercorp/ANERCorp_approxCamelSplit_train.txt"
WIKIFANE_FILE = "data/ner/fane/WikiFANE_Gold_2014_500K.txt"
PARAMS: dict[str, object] = {
    "c1": 0.05,
    "c2": 0.02,
    "max_iterations": 200,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}

# WikiFANE's fine ACE subtypes → ANERcorp types. Persons of every profession are
# PERS; nations, cities, provinces, continents and natural regions are LOC (ANERcorp
# tags states as LOC); organisations of every kind are ORG; facilities, vehicles,
# weapons and products are MISC. ACE's PER "Group" (peoples and religious
# communities: العرب, المسلمين, الرومان) is not a name in ANERcorp's scheme → O.
WIKIFANE_TYPES: dict[str, str] = {
    **dict.fromkeys(
        (
            "Politician",
            "Religious_PER",
            "Artist",
            "Other_PER",
            "Scientist",
            "Athlete",
            "Businessperson",
            "Engineer",
            "Lawyer",
            "Police",
        ),
        "PERS",
    ),
    **dict.fromkeys(
        (
            "Nation",
            "Population-Center",
            "State-or-Province",
            "County-or-District",
            "GPE-Cluster",
            "Continent",
            "Water-Body",
            "Land-Region-Natural",
        ),
        "LOC",
    ),
    **dict.fromkeys(
        (
            "Government",
            "Non-Governmental",
            "Commercial",
            "Educational",
            "Media",
            "Sports",
            "Religious_ORG",
            "Medical-Science",
            "Entertainment",
        ),
        "ORG",
    ),
    **dict.fromkeys(
        (
            "Building-Grounds",
            "Airport",
            "Path",
            "Subarea-Facility",
            "Air",
            "Land",
            "Water",
            "Book",
            "Movie",
            "Software",
            "Hardware",
            "Sound",
            "Food",
            "Drug",
            "Plant",
            "Celestial",
            "Projectile",
            "Nuclear",
            "Shooting",
            "Blunt",
            "Exploding",
            "Chemical",
            "Sharp",
        ),
        "MISC",
    ),
    "Group": "",
}

Sentences = list[tuple[list[str], list[str]]]
_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\ufeff\r"))


def read_wikifane(path: Path) -> Sentences:
    """WikiFANE (token TAB fine-BIO, a lone TAB between sentences) in ANERcorp tags."""
    text = read_utf8(path)
    out: Sentences = []
    tokens: list[str] = []
    tags: list[str] = []
    for n, line in enumerate(text.translate(_BIDI).split("\n"), 1):
        token, _, tag = line.strip().partition("\t")
        token, tag = token.strip(), tag.strip()
        if not token or not tag:
            if tokens:
                out.append((tokens, tags))
                tokens, tags = [], []
            continue
        if tag != "O":
            prefix, _, fine = tag.partition("-")
            if prefix not in ("B", "I") or fine not in WIKIFANE_TYPES:
                raise FormatError(str(path), f"line {n}: unknown WikiFANE tag {tag!r}")
            coarse = WIKIFANE_TYPES[fine]
            tag = f"{prefix}-{coarse}" if coarse else "O"
        tokens.append(token)
        tags.append(tag)
    if tokens:
        out.append((tokens, tags))
    if not out:
        raise FormatError(str(path), "no sentences in the file")
    return out


# ---------------------------------------------------------------- derived lexicons

GAZ_HEADER = """\
# Gazetteer features of the CRF name recogniser (marsad.entities.features).
# Generated by `marsad train ner --rebuild-resources`; do not edit by hand.
# Columns: normalised form (each word without al-), class (PER LOC ORG FIRST LAST).
# Sources and licences:
#   ANERGazet_* (Y. Benajiba, ANERcorp gazetteers), research use;
#   AKhateeb/arabic-names (person-name lists), MIT;
#   marsad knowledge base (src/marsad/resources/kb), Apache-2.0, when present.
"""

COMMON_HEADER = """\
# Words that ANERcorp's training text uses as ordinary words (tagged O at least
# {min_count} times, never inside a name), normalised and without the article ال.
# A one-word town whose name is one of them needs context (marsad.entities.linking).
# Generated by `marsad train ner --rebuild-resources`; do not edit by hand.
# Source: ANERcorp training split (Y. Benajiba; CAMeL Lab release CC BY-SA 4.0),
# research use.
"""


def _lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from exc
    return [ln.strip().lstrip("\ufeff") for ln in text.splitlines()]


def _add(rows: set[tuple[str, str]], phrase: str, cls: str) -> None:
    if not phrase or phrase.startswith(("====", "****")):
        return
    words = gazetteer_key(phrase).split()
    if len(words) == 1 and len(words[0]) >= 2:
        rows.add((words[0], cls))
    elif cls in ("LOC", "ORG"):
        rows.update((w, cls) for w in words if len(w) >= 3)


def _kb_rows(rows: set[tuple[str, str]]) -> str:
    """Add the knowledge base's names; say how many."""
    from marsad.entities.kb import load_kb

    kb = load_kb()
    n = 0
    for entry in kb.entries.values():
        for name in (entry.name_ar, *entry.aliases_ar):
            n += 1
            if entry.type == "PER":
                words = gazetteer_key(name).split()
                if len(words) >= 2:
                    rows.add((words[0], "FIRST"))
                    rows.add((words[-1], "LAST"))
            elif entry.type in ("GPE", "LOC"):
                _add(rows, name, "LOC")
            elif entry.type == "ORG":
                _add(rows, name, "ORG")
    return f"used ({n} names)"


def build_gazetteer(shared: Path, out: Path, use_kb: bool = True) -> dict[str, object]:
    """Write the CRF's gazetteer TSV from Benajiba's lists, the name lists and the KB."""
    anergazet = shared / "data/ner/anercorp"
    names = shared / "data/gazetteers/person-names"
    rows: set[tuple[str, str]] = set()
    for fname, cls in (
        ("ANERGazet_AlignedPersGazetteer_data", "PER"),
        ("ANERGazet_AlignedLocGazetteer_data", "LOC"),
        ("ANERGazet_AlignedOrgGazetteer_data", "ORG"),
    ):
        for line in _lines(anergazet / fname):
            _add(rows, line, cls)
    for fname, cls in (
        ("male-first--names-in-arabic.txt", "FIRST"),
        ("female-first-names-in-arabic.txt", "FIRST"),
        ("last-names-in-arabic.txt", "LAST"),
    ):
        for line in _lines(names / fname):
            _add(rows, line, cls)
    with (names / "200-Arabic-Names-UTF8.csv").open(encoding="utf-8-sig") as fh:
        for rec in csv.reader(fh):
            if rec and rec[0] != "Male":
                for value, cls in zip(rec[:3], ("FIRST", "FIRST", "LAST"), strict=False):
                    _add(rows, value, cls)
    kb_status = _kb_rows(rows) if use_kb else "not used"
    body = "".join(f"{form}\t{cls}\n" for form, cls in sorted(rows))
    out.write_text(GAZ_HEADER + body, encoding="utf-8")
    return {"entries": len(rows), "kb": kb_status}


def build_common_words(sentences: Sentences, out: Path, min_count: int = 3) -> None:
    """Write the list of words ANERcorp uses as ordinary words, never inside a name."""
    plain: dict[str, int] = {}
    named: set[str] = set()
    for tokens, tags in sentences:
        for token, tag in zip(normalise_words(tokens), tags, strict=True):
            word = token[2:] if token.startswith("ال") and len(token) > 3 else token
            if tag == "O":
                plain[word] = plain.get(word, 0) + 1
            else:
                named.add(word)
    words = sorted(w for w, n in plain.items() if n >= min_count and w not in named and w.isalpha())
    out.write_text(COMMON_HEADER.format(min_count=min_count) + "\n".join(words) + "\n", "utf-8")


# ---------------------------------------------------------------- training


@dataclass(slots=True)
class TrainingResult:
    """What a training run produced."""

    model: Path
    card: dict[str, object]
    holdout: ConllScore | None = None
    log: list[str] = field(default_factory=list)


def _fit(
    sentences: Sentences, extractor: FeatureExtractor, out: Path, params: dict[str, object]
) -> float:
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in sentences:
        trainer.append(extractor.sentence_features(normalise_words(tokens)), tags)
    trainer.set_params(params)
    t0 = time.perf_counter()
    trainer.train(str(out))
    return time.perf_counter() - t0


def _bundled_entities_dir() -> Path:
    with as_file(files("marsad").joinpath("resources/entities")) as path:
        return Path(path)


def train_ner(
    anercorp: Path,
    out_dir: Path,
    *,
    wikifane: Path | None = None,
    holdout: float = 0.1,
    full: bool = False,
    rebuild_from: Path | None = None,
    params: dict[str, object] | None = None,
    log: Callable[[str], None] = lambda _msg: None,
) -> TrainingResult:
    """Train the CRF on ANERcorp (+ WikiFANE), score the held-out block, write the
    model `ner-crf.crfsuite` and its data card `ner-crf.json` into `out_dir`.

    `rebuild_from` (the shared data folder) regenerates the bundled gazetteer and
    common-word list first; `full` retrains the shipped model on every ANERcorp
    sentence after the held-out figures are taken."""
    if "newsfane" in anercorp.name.lower() or (wikifane and "newsfane" in wikifane.name.lower()):
        raise InputError(str(anercorp), "NewsFANE is ANERcorp re-annotated: never train on it")
    if not 0 <= holdout < 1:
        raise InputError(str(anercorp), f"holdout must be in [0, 1), got {holdout}")
    params = {**PARAMS, **(params or {})}
    sentences = read_conll(anercorp)
    gaz_info: dict[str, object] = {"file": "resources/entities/ner_gazetteer.tsv"}
    if rebuild_from is not None:
        res = _bundled_entities_dir()
        gaz_info.update(build_gazetteer(rebuild_from, res / "ner_gazetteer.tsv"))
        build_common_words(sentences, res / "common_words.txt")
        log(f"rebuilt ner_gazetteer.tsv ({gaz_info['entries']} entries) and common_words.txt")
    lexicon = NerLexicon.load()
    extractor = FeatureExtractor(lexicon)

    cut = round(len(sentences) * (1 - holdout))
    train_part, held = sentences[:cut], sentences[cut:]
    extra: Sentences = read_wikifane(wikifane) if wikifane is not None else []
    out_dir.mkdir(parents=True, exist_ok=True)
    model = out_dir / f"{MODEL_NAME}.crfsuite"
    seconds = _fit(train_part + extra, extractor, model, params)
    log(
        f"trained on {len(train_part)} ANERcorp + {len(extra)} WikiFANE sentences in {seconds:.0f}s"
    )

    score: ConllScore | None = None
    rate = 0.0
    if held:
        recogniser = CrfRecogniser(model, lexicon, {"feature_set_version": FEATURE_SET_VERSION})
        norms = [normalise_words(tokens) for tokens, _ in held]
        t0 = time.perf_counter()
        predicted: list[list[str]] = []
        for start in range(0, len(norms), 20):  # about one article's sentences at a time
            predicted += recogniser.tag_sentences(norms[start : start + 20])
        rate = len(held) / max(time.perf_counter() - t0, 1e-9)
        if predicted != [recogniser.tag_reference(n) for n in norms]:
            raise RuntimeError("the batched tagger disagrees with CRFsuite's decoder: a bug")
        score = score_sequences((tags, p) for (_, tags), p in zip(held, predicted, strict=True))
        log(
            "held-out F1: "
            + ", ".join(f"{t} {s.f1:.3f}" for t, s in sorted(score.per_type.items()))
            + f"; micro (PERS/LOC/ORG) {score.micro.f1:.3f}"
        )

    shipped = f"first {cut} ANERcorp sentences (held-out block excluded)"
    if full and held:
        seconds = _fit(sentences + extra, extractor, model, params)
        shipped = f"all {len(sentences)} ANERcorp sentences (retrained after scoring)"
    if extra:
        shipped += f" + {len(extra)} WikiFANE sentences"

    data: dict[str, object] = {
        "anercorp": {
            "file": anercorp.name,
            "corpus": "ANERcorp training split, CAMeL Lab split (approx., ITE-5th/arabic-ner)",
            "licence": "ANERcorp: research use (Y. Benajiba); CAMeL Lab release: CC BY-SA 4.0",
            "sentences": len(sentences),
            "train_sentences": cut,
            "holdout_sentences": len(held),
            "holdout_split": f"last {holdout:.0%} of sentences, contiguous",
        },
        "shipped_model_trained_on": shipped,
    }
    if wikifane is not None:
        data["wikifane"] = {
            "file": wikifane.name,
            "corpus": "WikiFANE Gold 2014 (Alotaibi & Lee), Arabic Wikipedia",
            "licence": "CC BY-SA 3.0",
            "sentences": len(extra),
            "type_mapping": "marsad.entities.training.WIKIFANE_TYPES (see docs/entities.md)",
        }
    card: dict[str, object] = {
        "model": model.name,
        "kind": "linear-chain CRF (CRFsuite, L-BFGS)",
        "labels": "BIO over PERS, LOC, ORG, MISC (ANERcorp scheme)",
        "training_data": data,
        "gazetteer": gaz_info,
        "feature_set_version": FEATURE_SET_VERSION,
        "params": params,
        "command": "marsad train ner"
        + (" --wikifane PATH" if wikifane is not None else "")
        + f" --holdout {holdout}"
        + (" --full" if full else ""),
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "training_seconds": round(seconds),
        "holdout_scores": score.as_dict() if score is not None else None,
        "holdout_sentences_per_second": round(rate),
        "speed_note": "batches of 20 sentences, cold word cache, one process; machine load "
        + f"{os.getloadavg()[0]:.1f}",
    }
    (out_dir / f"{MODEL_NAME}.json").write_text(
        json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    log(f"wrote {model} and {MODEL_NAME}.json")
    return TrainingResult(model=model, card=card, holdout=score)
