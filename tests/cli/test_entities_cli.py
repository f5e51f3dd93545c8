"""`marsad entities FILE|ID` through the click runner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from marsad.clean import clean_item
from marsad.cli.main import cli
from marsad.ingest import read_sources
from marsad.store import open_store

TEXT = (
    "وزير الخارجية الأردني في عمّان\n"
    "استقبل وزير الخارجية الأردني أيمن الصفدي في عمّان اليوم وفداً مصرياً.\n"
)


def test_entities_of_a_file_as_table_and_json(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    table = CliRunner().invoke(cli, ["entities", str(path)])
    assert table.exit_code == 0, table.output
    assert "Ayman Safadi" in table.output and "[JOR]" in table.output
    result = CliRunner().invoke(cli, ["entities", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    names = {e["name_en"] for e in payload["entities"]}
    assert {"Ayman Safadi", "Jordan", "Egypt"} <= names
    text = TEXT.rstrip("\n")
    for entity in payload["entities"]:
        for m in entity["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]


def test_entities_of_a_stored_article(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "m.db"
    article = clean_item(next(iter(read_sources((str(path),)))))
    store = open_store(str(db))
    try:
        store.put_article(article)
    finally:
        store.close()
    result = CliRunner().invoke(cli, ["entities", article.id[:8], "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Ayman Safadi" in result.output


def test_unknown_id_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["entities", "nosuchid", "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 1
    assert "nosuchid" in result.output
