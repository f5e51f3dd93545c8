"""`marsad train ner` on a tiny CoNLL file: trains in seconds, the model loads and tags."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from marsad.cli.main import cli
from marsad.entities.recogniser import CrfRecogniser
from marsad.entities.training import read_wikifane

PEOPLE = ["كريم", "سامي", "هادي", "رامي", "نبيل", "وائل"]
FAMILIES = ["النجار", "الحداد", "الخياط"]
CITIES = ["حلب", "طنجة", "صفاقس", "وهران"]


def _conll(n: int) -> str:
    """Sentences 'قال NAME SURNAME في CITY اليوم' with their BIO tags."""
    out = []
    for k in range(n):
        first, last = PEOPLE[k % len(PEOPLE)], FAMILIES[k % len(FAMILIES)]
        city = CITIES[k % len(CITIES)]
        rows = [
            ("قال", "O"),
            (first, "B-PERS"),
            (last, "I-PERS"),
            ("في", "O"),
            (city, "B-LOC"),
            ("اليوم", "O"),
        ]
        out.append("\n".join(f"{w} {t}" for w, t in rows))
    return "\n\n".join(out) + "\n"


def test_train_ner_tiny(tmp_path: Path) -> None:
    data = tmp_path / "tiny.txt"
    data.write_text(_conll(40), encoding="utf-8")
    wiki = tmp_path / "wiki.txt"
    wiki.write_text(
        "\u200eزار\tO\r\n\u200eنبيل\tB-Politician\r\n\u200eحلب\tB-Population-Center\r\n"
        "\u200eالعرب\tB-Group\r\n\t\r\n",
        encoding="utf-8",
    )
    out = tmp_path / "model"
    result = CliRunner().invoke(
        cli,
        [
            "train",
            "ner",
            "--anercorp",
            str(data),
            "--wikifane",
            str(wiki),
            "--out",
            str(out),
            "--holdout",
            "0.25",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "PERS" in result.output
    card = json.loads((out / "ner-crf.json").read_text(encoding="utf-8"))
    assert card["training_data"]["anercorp"]["holdout_sentences"] == 10
    assert card["training_data"]["wikifane"]["licence"] == "CC BY-SA 3.0"
    assert "research use" in card["training_data"]["anercorp"]["licence"]
    assert card["holdout_scores"]["per_type"]["LOC"]["f1"] > 0.5
    recogniser = CrfRecogniser.load(out)
    tags = recogniser.tag(["قال", "رامي", "الخياط", "في", "طنجة", "اليوم"])
    assert tags[1:3] == ["B-PERS", "I-PERS"] and tags[4] == "B-LOC"


def test_wikifane_mapping(tmp_path: Path) -> None:
    wiki = tmp_path / "wiki.txt"
    wiki.write_text(
        "\u200eالمسلمين\tB-Group\r\n\u200eوزارة\tB-Government\r\n\u200eالدفاع\tI-Government\r\n"
        "\t\r\n\u200eنهر\tB-Water-Body\r\n",
        encoding="utf-8",
    )
    assert read_wikifane(wiki) == [
        (["المسلمين", "وزارة", "الدفاع"], ["O", "B-ORG", "I-ORG"]),
        (["نهر"], ["B-LOC"]),
    ]


def test_newsfane_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "NewsFANE_Gold.txt"
    data.write_text(_conll(4), encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["train", "ner", "--anercorp", str(data), "--out", str(tmp_path / "m")]
    )
    assert result.exit_code == 1
    assert "NewsFANE" in result.output
    assert not (tmp_path / "m").exists()


def test_unknown_wikifane_tag_is_an_error(tmp_path: Path) -> None:
    wiki = tmp_path / "wiki.txt"
    wiki.write_text("كلمة\tB-Spaceship\n", encoding="utf-8")
    data = tmp_path / "tiny.txt"
    data.write_text(_conll(4), encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["train", "ner", "--anercorp", str(data), "--wikifane", str(wiki), "--out", str(tmp_path)],
    )
    assert result.exit_code == 1
    assert "Spaceship" in result.output
