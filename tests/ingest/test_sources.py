"""Dispatch over paths: directories, bad files, and a batch that goes on."""

from __future__ import annotations

from pathlib import Path

from marsad.errors import FormatError, InputError
from marsad.ingest import Limits


def test_samples_directory_reads_every_format(read, samples_dir: Path) -> None:
    items, errors = read([str(samples_dir)])
    assert errors == []
    kinds = sorted(i.kind for i in items)
    assert kinds == sorted(["rss"] * 7 + ["atom"] * 3 + ["html"] * 2 + ["json"] * 4 + ["txt"])
    sources = [i.source for i in items]
    assert sources == sorted(sources)  # walked in sorted order
    assert not any(s.endswith("README.md") for s in sources)


def test_directory_skips_hidden_and_non_article_files(read, tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("عنوان\nنص", "utf-8")
    (tmp_path / ".draft.txt").write_text("عنوان\nنص", "utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "LICENSE").write_text("Apache License", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "news.txt").write_text("عنوان الخبر\nنص الخبر", "utf-8")
    items, errors = read([str(tmp_path)])
    assert errors == []
    assert [i.source for i in items] == [str(tmp_path / "sub" / "news.txt")]


def test_bad_inputs_are_reported_and_the_batch_goes_on(
    read, samples_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n\n  ", "utf-8")
    binary = tmp_path / "page.html"
    binary.write_bytes(b"\x00\x01\x02binary\x00")
    image = tmp_path / "feed.xml"
    image.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    big = tmp_path / "big.html"
    big.write_bytes(b"<html><body><p>" + "نص ".encode() * 2000 + b"</p></body></html>")
    missing = tmp_path / "missing.rss"
    good = samples_dir / "articles" / "joint-statement.txt"
    sources = [empty, blank, binary, good, image, big, missing, good]
    items, errors = read([str(s) for s in sources], limits=Limits(max_bytes=5000))
    assert len(items) == 2  # both good files, after and between the bad ones
    messages = [str(e) for e in errors]
    assert messages == [
        f"{empty}: empty file",
        f"{blank}: empty file",
        f"{binary}: binary file (contains NUL bytes)",
        f"{image}: binary file (a JPEG image)",
        f"{big}: too large ({big.stat().st_size / 1024:.1f} KB, cap 4.9 KB)",
        f"{missing}: no such file or directory",
    ]
    assert all(isinstance(e, FormatError) for e in errors[:5])
    assert type(errors[5]) is InputError
    assert all("\n" not in m for m in messages)


def test_oversized_default_cap(read, tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    with page.open("wb") as out:
        out.write(b"<html><body><p>")
        out.write(b"x" * (21 * 1024 * 1024))
    items, errors = read([str(page)])
    assert items == []
    assert str(errors[0]) == f"{page}: too large (21.0 MB, cap 20.0 MB)"


def test_a_single_source_string(read, samples_dir: Path) -> None:
    items, errors = read(str(samples_dir / "articles" / "joint-statement.txt"))
    assert errors == [] and len(items) == 1
