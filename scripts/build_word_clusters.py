"""Build resources/entities/word_clusters.tsv: distributional word classes for the CRF.

A name recogniser trained on ANERcorp's 150k words has seen few of the words it
will meet; word classes learnt from unlabelled news tell it that an unseen word
behaves like known ones (a surname like other surnames, a city like other cities).
Each frequent normalised word of the ANT corpus gets a vector of its left and right
neighbours (the 2,000 most frequent words, positive PMI), reduced by truncated
SVD and grouped by k-means at two grains (64 and 512 classes).

ANT is used (Apache 2.0 with a citation request: Chouigui, Ben Khiroun and Elayeb,
AICCSA 2017), not SaudiNewsNet (non-commercial licence). Deterministic: fixed seeds.

Usage (from the project root):
    python scripts/build_word_clusters.py ../shared/corpus/ant \
        --out src/marsad/resources/entities/word_clusters.tsv
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy.cluster.vq import kmeans2
from scipy.sparse import coo_matrix
from scipy.sparse.linalg import svds

from marsad.text.normalise import normalise

_WORD = re.compile(r"[^\W\d_]+")
MIN_COUNT = 5
CONTEXT_WORDS = 2000
DIMENSIONS = 80
GRAINS = (64, 512)
SEED = 7


def _texts(folder: Path) -> Iterator[str]:
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in sorted(zf.namelist()):
                data = zf.read(name).decode("utf-8")
                if name.endswith(".jsonl"):
                    records = [json.loads(x) for x in data.splitlines() if x.strip()]
                elif name.endswith(".json"):
                    records = json.loads(data)
                else:
                    continue
                for rec in records:
                    yield f"{rec.get('title') or ''}\n{rec.get('content') or ''}"


def _sentences(folder: Path) -> list[list[str]]:
    out = []
    for text in _texts(folder):
        for line in normalise(text).splitlines():
            words = _WORD.findall(line)
            if words:
                out.append(words)
    return out


def build(folder: Path) -> dict[str, tuple[int, ...]]:
    """Word → class id at each grain of GRAINS."""
    sentences = _sentences(folder)
    counts = Counter(w for s in sentences for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    context = {w: i for i, w in enumerate(vocab[:CONTEXT_WORDS])}
    rows: list[int] = []
    cols: list[int] = []
    for s in sentences:
        ids = [index.get(w, -1) for w in s]
        ctx = [context.get(w, -1) for w in s]
        for k, i in enumerate(ids):
            if i < 0:
                continue
            if k > 0 and ctx[k - 1] >= 0:
                rows.append(i)
                cols.append(ctx[k - 1])
            if k + 1 < len(s) and ctx[k + 1] >= 0:
                rows.append(i)
                cols.append(CONTEXT_WORDS + ctx[k + 1])
    shape = (len(vocab), 2 * CONTEXT_WORDS)
    m = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=shape).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sums = np.asarray(m.sum(axis=1)).ravel()
    col_sums = np.asarray(m.sum(axis=0)).ravel()
    m = m.tocoo()
    pmi = np.log(m.data * total / (row_sums[m.row] * col_sums[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=shape).tocsr()
    u, s, _ = svds(ppmi, k=DIMENSIONS, random_state=SEED)
    vectors = u * s
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.where(norms == 0, 1, norms)
    labels = []
    for grain in GRAINS:
        # k-means++ seeding costs minutes at 512 classes; random points suffice there.
        init = "++" if grain <= 64 else "points"
        rng = np.random.default_rng(SEED + grain)
        _, label = kmeans2(vectors, grain, minit=init, seed=rng, iter=30)
        labels.append(label)
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of ANT ZIPs")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    classes = build(args.corpus)
    header = (
        "# marsad word classes for the CRF name recogniser. Schema: docs/resources.md.\n"
        "# Derived from the ANT corpus (Apache 2.0; please cite Chouigui, Ben Khiroun and\n"
        "# Elayeb, ANT Corpus, AICCSA 2017) by scripts/build_word_clusters.py: normalised\n"
        f"# words seen >= {MIN_COUNT} times; columns: word, class among {GRAINS[0]}, "
        f"class among {GRAINS[1]}.\n"
    )
    lines = [f"{w}\t{a}\t{b}" for w, (a, b) in sorted(classes.items())]
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words -> {args.out}")


if __name__ == "__main__":
    main()
