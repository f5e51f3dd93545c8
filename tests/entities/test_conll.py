"""CoNLL exact-span scoring."""

from __future__ import annotations

import pytest

from marsad.errors import FormatError
from marsad.evaluation.conll import chunks, read_conll, score_conll, score_sequences

GOLD = "قال O\nجون B-PERS\nكيري I-PERS\nفي O\nباريس B-LOC\n\nالأمم B-ORG\nالمتحدة I-ORG\n"


def test_chunks_exact_spans():
    assert chunks(["B-PERS", "I-PERS", "O", "B-LOC"]) == {(0, 2, "PERS"), (3, 4, "LOC")}
    assert chunks(["I-ORG", "I-ORG"]) == {(0, 2, "ORG")}


def test_partial_span_is_wrong():
    score = score_sequences([(["B-PERS", "I-PERS"], ["B-PERS", "O"])])
    assert score.per_type["PERS"].correct == 0
    assert score.micro.precision == 0.0 and score.micro.recall == 0.0


def test_score_conll_file(tmp_path):
    path = tmp_path / "gold.txt"
    path.write_text(GOLD, encoding="utf-8")
    assert [len(t) for t, _ in read_conll(path)] == [5, 2]

    def predict(tokens):
        return ["B-LOC" if t == "باريس" else "O" for t in tokens]

    score = score_conll(path, predict)
    assert score.per_type["LOC"].f1 == 1.0
    assert score.per_type["PERS"].recall == 0.0
    assert score.micro.gold == 3 and score.micro.correct == 1
    assert round(score.micro.f1, 4) == 0.5
    assert score.as_dict()["sentences"] == 2


def test_bad_tag_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("كلمة X-PERS\n", encoding="utf-8")
    with pytest.raises(FormatError, match="line 1"):
        read_conll(path)


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError):
        score_sequences([(["O", "O"], ["O"])])


def test_score_conll_file_runs_the_bundled_recogniser(tmp_path):
    from marsad.evaluation.conll import score_conll_file

    path = tmp_path / "gold.txt"
    path.write_text(GOLD, encoding="utf-8")
    figures = score_conll_file(path)
    assert {"PERS", "LOC", "ORG", "micro", "micro_all"} <= set(figures)
    assert figures["micro"]["gold"] == 3
    assert all(0.0 <= f["f1"] <= 1.0 for f in figures.values())
