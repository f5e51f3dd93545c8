"""`marsad extract` and `marsad schema` through the click runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli
from marsad.output import Extraction

ARTICLE = "وقعت مصر وتركيا اتفاقية للتعاون التجاري في القاهرة أمس."


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.txt"
    good.write_text("اتفاق تجاري بين القاهرة وأنقرة\n" + ARTICLE + "\n", encoding="utf-8")
    feed = tmp_path / "items.json"
    feed.write_text(
        json.dumps(
            [
                {
                    "url": "https://example.org/a",
                    "title": "اتفاق تجاري",
                    "content": ARTICLE,
                    "published": "2024-05-16T08:00:00",
                }
            ],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.json"
    binary.write_bytes(bytes(range(256)) * 4)
    return {"good": good, "feed": feed, "empty": empty, "binary": binary}


def test_jsonl_one_object_per_article(inputs: dict[str, Path]) -> None:
    result = CliRunner().invoke(cli, ["extract", str(inputs["good"]), str(inputs["feed"])])
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    assert len(lines) == 2
    docs = [Extraction.model_validate_json(ln) for ln in lines]
    dated = docs[1]
    assert dated.article.published and dated.article.published.startswith("2024-05-16")
    [ev] = dated.events
    assert (ev.type, ev.mode) == ("AGREE", "sign")
    by_id = {e.id: e for e in dated.entities}
    assert {by_id[p.entity].country for p in ev.participants} == {"EGY", "TUR"}


def test_bad_inputs_are_reported_and_the_batch_goes_on(inputs: dict[str, Path]) -> None:
    result = CliRunner().invoke(
        cli, ["extract", str(inputs["empty"]), str(inputs["good"]), str(inputs["binary"])]
    )
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(errors) == 2
    assert any("empty.txt" in e for e in errors) and any("blob.json" in e for e in errors)
    assert len([ln for ln in result.stdout.splitlines() if ln.strip()]) == 1


def test_json_array_to_file_and_table(inputs: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        cli,
        ["extract", str(inputs["feed"]), str(inputs["good"]), "--format", "json", "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    docs = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(docs, list) and len(docs) == 2
    table = CliRunner().invoke(cli, ["extract", str(inputs["feed"]), "--format", "table"])
    assert table.exit_code == 0
    assert "AGREE/sign" in table.stdout and "Egypt" in table.stdout


def test_schema_is_generated_from_the_models() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema == Extraction.model_json_schema()
    assert {"article", "entities", "events"} <= set(schema["properties"])
