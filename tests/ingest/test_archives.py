"""JSON arrays, JSONL, text files and ZIPs, including the real corpora layouts."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from marsad.ingest import Limits

ARTICLE = {
    "url": "https://example.org/a/1",
    "title": "وزير الخارجية يستقبل المبعوث الأممي",
    "content": "استقبل وزير الخارجية المبعوث الأممي.\nوبحثا سبل التهدئة.",
    "date_extracted": "2015-07-21 02:51:32",
    "source": "example",
    "author": "الرياض - واس",
    "category": "politics",
}


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_json_array_fields(read, tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    path.write_text(json.dumps([ARTICLE, {**ARTICLE, "url": "https://example.org/a/2"}]), "utf-8")
    items, errors = read([str(path)])
    assert errors == [] and len(items) == 2
    item = items[0]
    assert (item.kind, item.url, item.outlet, item.author) == (
        "json", "https://example.org/a/1", "example", "الرياض - واس",
    )  # fmt: skip
    assert item.published == "2015-07-21 02:51:32"
    assert item.extra["date_field"] == "date_extracted"  # a crawl time, not publication
    assert item.extra["category"] == "politics"
    assert item.extra["item"] == "item 1"
    assert json.loads(item.raw) == ARTICLE  # the record as received


def test_json_stream_crosses_chunk_boundaries(read, tmp_path: Path) -> None:
    """Records bigger than the read chunk and many records: all come out, in order."""
    big = {**ARTICLE, "content": "فقرة طويلة " * 200_000}  # ~2.2 MB, over a 1 MB chunk
    records = [ARTICLE, big, *({**ARTICLE, "url": f"u{i}"} for i in range(500))]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), "utf-8")
    items, errors = read([str(path)])
    assert errors == []
    assert len(items) == 502
    assert items[1].body == big["content"].strip()
    assert items[-1].url == "u499"


def test_json_record_over_cap_is_an_error(read, tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps([ARTICLE, {**ARTICLE, "content": "x" * 5000}]), "utf-8")
    items, errors = read([str(path)], limits=Limits(max_bytes=2000))
    assert len(items) == 1
    assert "item 2" in str(errors[0]) and "size cap" in str(errors[0])


def test_json_bad_records_are_errors_and_the_rest_goes_on(read, tmp_path: Path) -> None:
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([ARTICLE, 42, {"url": "x"}, ARTICLE]), "utf-8")
    items, errors = read([str(path)])
    assert len(items) == 2
    assert [e.source.rsplit(" ", 2)[-2:] for e in errors] == [["item", "2"], ["item", "3"]]
    assert "expected a JSON object" in str(errors[0])
    assert "neither content nor title" in str(errors[1])


def test_truncated_json_array(read, tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text(json.dumps([ARTICLE, ARTICLE])[:-40], "utf-8")
    items, errors = read([str(path)])
    assert len(items) == 1
    assert len(errors) == 1 and "item 2" in str(errors[0]) and "invalid JSON" in str(errors[0])


def test_jsonl_bad_line_does_not_stop_the_file(read, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [json.dumps(ARTICLE, ensure_ascii=False), "{not json", "", json.dumps(ARTICLE)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    items, errors = read([str(path)])
    assert len(items) == 2
    assert items[1].extra["item"] == "line 4"
    assert len(errors) == 1 and f"{path} line 2" in str(errors[0])


def test_text_file_title_and_body(read, samples_dir: Path) -> None:
    items, errors = read([str(samples_dir / "articles" / "joint-statement.txt")])
    assert errors == []
    (item,) = items
    assert item.kind == "txt"
    assert item.title.startswith("وزراء خارجية السعودية والأردن ومصر وقطر")
    assert item.body.startswith("عقد وزراء خارجية") and item.body.count("\n") == 3


def test_windows_1256_text_file_without_declaration(read, tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    text = "الصفدي يلتقي عبد العاطي\nبحث وزيرا خارجية الأردن ومصر في القاهرة تطورات الأوضاع."
    path.write_bytes(text.encode("cp1256"))
    items, errors = read([str(path)])
    assert errors == []
    assert (items[0].title, items[0].body) == tuple(text.split("\n"))


def test_samples_jsonl(read, samples_dir: Path) -> None:
    items, errors = read([str(samples_dir / "articles" / "mojaz-2025-03.jsonl")])
    assert errors == [] and len(items) == 4
    assert items[0].source_id == "mojaz-2025-0312-01"
    assert items[0].outlet == "موجز الأنباء"
    assert items[3].author == "القاهرة - أ ش أ"


def test_zip_members_dispatched_by_type(read, samples_dir: Path, tmp_path: Path) -> None:
    feed = (samples_dir / "feeds" / "almadar-rss.xml").read_bytes()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as nested:
        nested.writestr("x.jsonl", json.dumps(ARTICLE) + "\n")
    path = _zip(
        tmp_path / "bundle.zip",
        {
            "b/feed.rss": feed,
            "a/day.json": json.dumps([ARTICLE]).encode(),
            ".hidden/skip.json": b"[]",
            "__MACOSX/a/._day.json": b"\x00\x05",
            "images/photo.jpg": b"\xff\xd8\xff\xe0",
            "LICENSE": b"Apache License",
            "broken.html": b"\x89PNG\r\n\x1a\n",
            "inner.zip": inner.getvalue(),
        },
    )
    items, errors = read([str(path)])
    assert [i.source for i in items] == [
        f"{path}!a/day.json",
        *[f"{path}!b/feed.rss"] * 3,
        f"{path}!inner.zip!x.jsonl",
    ]
    assert [str(e) for e in errors] == [f"{path}!broken.html: binary file (a PNG image)"]


def test_zip_nesting_is_bounded(read, tmp_path: Path) -> None:
    level = json.dumps([ARTICLE]).encode()
    name = "day.json"
    for depth in range(3):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(name, level)
        level, name = buffer.getvalue(), f"level{depth}.zip"
    path = tmp_path / "deep.zip"
    path.write_bytes(level)
    items, errors = read([str(path)])
    assert items == []
    assert "nested deeper" in str(errors[0])


def test_broken_zip(read, tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 10)
    items, errors = read([str(path)])
    assert items == [] and "broken ZIP" in str(errors[0]) and str(path) in str(errors[0])


@pytest.mark.shared
def test_saudinewsnet_day_zip_exact_count(read, shared_dir: Path) -> None:
    """2015-07-21.zip holds a JSON array of 2,972 objects; 19 have neither title nor
    content, so they are reported, and 2,953 articles are read."""
    path = shared_dir / "corpus" / "saudinewsnet" / "2015-07-21.zip"
    items, errors = read([str(path)])
    assert len(items) + len(errors) == 2972
    assert len(items) == 2953
    assert all("neither content nor title" in str(e) for e in errors)
    assert {i.source for i in items} == {f"{path}!2015-07-21.json"}
    assert len({i.url for i in items}) == len(items)
    first = items[0]
    assert first.outlet == "aawsat" and first.published == "2015-07-21 02:51:32"
    assert first.url.startswith("http://aawsat.com/home/article/410826/")


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "count"), [("multisource-2018.zip", 4876), ("jawharafm-2017.zip", 1774)]
)
def test_ant_jsonl_in_zip_count(read, shared_dir: Path, name: str, count: int) -> None:
    items, errors = read([str(shared_dir / "corpus" / "ant" / name)])
    assert errors == []
    assert len(items) == count
    assert all(i.source_id and i.published and i.extra["item"].startswith("line ") for i in items)
    assert "abstract" in items[0].extra and items[0].extra["date_field"] == "published"


@pytest.mark.shared
def test_ant_trec_text_files(read, shared_dir: Path) -> None:
    folder = shared_dir / "data" / "feeds" / "html-pages" / "politic"
    (path,) = folder.glob("*.txt")
    items, errors = read([str(path)])
    assert errors == []
    (item,) = items
    assert item.title.startswith("حمة الهمامي")
    assert item.published == "2017-03-02T13:44:00+01:00"
    assert item.outlet == "Jawhara FM" and item.source_id == "JA-politic-184-20170302"


def test_encrypted_zip_member(read, tmp_path: Path) -> None:
    path = _zip(tmp_path / "locked.zip", {"a.json": json.dumps([ARTICLE]).encode()})
    data = bytearray(path.read_bytes())
    data[6] |= 1  # "encrypted" flag, local header
    data[data.find(b"PK\x01\x02") + 8] |= 1  # and central directory
    path.write_bytes(bytes(data))
    items, errors = read([str(path)])
    assert items == []
    assert [str(e) for e in errors] == [f"{path}!a.json: encrypted ZIP member (password required)"]
