"""Exports over a store of hand-made extractions: each format, each PLOVER mapping
rule of EVENTS.md, and the filters shared with `marsad events`."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli
from marsad.export import export_events
from marsad.export.formats import GDELT_COLUMNS, quad_class
from marsad.fusion import fuse
from marsad.output import (
    ArticleInfo,
    DateInfo,
    EntityOut,
    EventOut,
    Extraction,
    Participant,
    SpanOut,
)
from marsad.records import Article
from marsad.store import SQLiteStore
from marsad.store.queries import EventFilter, connection_of, iter_events

TEXT = "عنوان\nاستقبل أمير قطر في الدوحة وزير الخارجية الأردني ووقع الجانبان اتفاقا."
ENTITIES = [
    EntityOut(
        id="e1",
        kb_id="per:tamim-bin-hamad",
        type="PER",
        name_ar="تميم بن حمد آل ثاني",
        name_en="Tamim bin Hamad Al Thani",
        country="QAT",
        mentions=[SpanOut(start=16, end=24, text=TEXT[16:24])],
    ),
    EntityOut(
        id="e2",
        kb_id="per:ayman-safadi",
        type="PER",
        name_ar="أيمن الصفدي",
        name_en="Ayman Safadi",
        country="JOR",
    ),
    EntityOut(
        id="e3",
        kb_id="place:doha",
        type="GPE",
        subtype="capital",
        name_ar="الدوحة",
        name_en="Doha",
        country="QAT",
        lat=25.2855,
        lon=51.531,
    ),
    EntityOut(
        id="e4",
        kb_id="country:USA",
        type="GPE",
        subtype="country",
        name_ar="الولايات المتحدة",
        name_en="United States",
        country="USA",
        lat=39.0,
        lon=-98.0,
    ),
]

# (type, mode, status, roles of e1/e2, location, date)
EVENTS = [
    ("CONSULT", "host", "occurred", ("target", "source"), "e3", "2025-03-18"),
    ("AGREE", "sign", "occurred", ("participant", "participant"), "e3", "2025-03-18"),
    ("AGREE", "ceasefire", "occurred", ("participant", "participant"), None, "2025-03-19"),
    ("CONSULT", "meet", "planned", ("participant", "participant"), None, "2025-04-01"),
    ("CONSULT", "mediate", "attempted", ("participant", "participant"), "e3", "2025-03"),
    ("ACCUSE", "accuse", "occurred", ("source", "target"), None, None),
]


@pytest.fixture()
def conn(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = SQLiteStore(str(tmp_path / "x.db"))
    article = Article(
        id="a1",
        url="https://x.example/1",
        outlet="alofoq",
        title="عنوان",
        body=TEXT[6:],
        text=TEXT,
        author=None,
        published=datetime(2025, 3, 18, 12),
        fetched_at=None,
        raw=TEXT,
        language="ar",
        content_hash="h",
        source="test",
        kind="txt",
    )
    store.put_article(article)
    events = [
        EventOut(
            id=f"v{i + 1}",
            type=t,
            mode=m,
            status=s,
            participants=[Participant(entity="e1", role=r1), Participant(entity="e2", role=r2)],
            mediators=["e4"] if m == "mediate" else [],
            location=loc,
            date=DateInfo(
                value=d, precision=("day" if d and len(d) == 10 else "month" if d else None)
            ),
            evidence=[SpanOut(start=6, end=len(TEXT), text=TEXT[6:])],
            cameo={"host": "043", "sign": "057", "ceasefire": "0871", "accuse": "112"}.get(m),
        )
        for i, (t, m, s, (r1, r2), loc, d) in enumerate(EVENTS)
    ]
    info = ArticleInfo(id="a1", url=article.url, source="alofoq", title="عنوان", text=TEXT)
    store.save_extraction("a1", Extraction(article=info, entities=ENTITIES, events=events), "t")
    fuse(store)
    yield connection_of(store)
    store.close()


def _export(conn, fmt: str, f: EventFilter | None = None) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    export_events(iter_events(conn, f or EventFilter()), fmt, out)
    return out.getvalue()


def test_plover_mapping_rules(conn) -> None:  # type: ignore[no-untyped-def]
    records = {r["marsad"]["mode"]: r for r in json.loads(_export(conn, "plover"))}
    host = records["host"]
    assert (host["event_type"], host["mode"]) == ("CONSULT", "visit")
    # host = target in marsad; PLOVER's visit has the roles the other way round.
    assert [a["kb_id"] for a in host["source"]] == ["per:tamim-bin-hamad"]
    assert [a["kb_id"] for a in host["target"]] == ["per:ayman-safadi"]
    assert records["sign"]["event_type"] == "SUPPORT"
    assert records["ceasefire"]["event_type"] == "CONCEDE"
    assert records["meet"]["event_type"] == "AGREE"  # a planned meeting
    mediate = records["mediate"]
    assert (mediate["event_type"], mediate["context"]) == ("CONSULT", ["diplomatic"])
    assert [m["kb_id"] for m in mediate["mediators"]] == ["country:USA"]
    assert records["accuse"]["event_type"] == "ACCUSE"
    assert records["accuse"]["mode"] == "accuse"
    assert all(r["event_text"] == TEXT[6:] for r in records.values())


def test_gdelt_tsv(conn) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.reader(io.StringIO(_export(conn, "gdelt")), delimiter="\t"))
    assert rows[0] == GDELT_COLUMNS
    by_id = {r[0]: dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows[1:]}
    host = by_id["a1-v1"]
    assert host["SQLDATE"] == "20250318" and host["EventCode"] == "043"
    assert host["EventRootCode"] == "04" and host["QuadClass"] == "1"
    assert host["Actor1CountryCode"] == "JOR" and host["Actor2CountryCode"] == "QAT"
    assert host["ActionGeo_FullName"] == "Doha" and host["ActionGeo_Lat"] == "25.2855"
    assert host["NumSources"] == "1" and host["DATEADDED"] == "20250318"
    assert by_id["a1-v6"]["QuadClass"] == "3" and by_id["a1-v6"]["SQLDATE"] == "20250318"
    assert by_id["a1-v5"]["SQLDATE"] == "20250301"  # month precision: its first day


def test_quad_class() -> None:
    assert [quad_class(c) for c in ("040", "057", "073", "112", "173", "190", None)] == [
        "1",
        "1",
        "2",
        "3",
        "4",
        "4",
        "",
    ]


def test_geojson_has_only_located_events(conn) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(_export(conn, "geojson"))
    assert data["type"] == "FeatureCollection"
    assert {f["properties"]["event_id"] for f in data["features"]} == {"v1", "v2", "v5"}
    assert data["features"][0]["geometry"]["coordinates"] == [51.531, 25.2855]


def test_csv_and_jsonl(conn) -> None:  # type: ignore[no-untyped-def]
    rows = list(csv.DictReader(io.StringIO(_export(conn, "csv"))))
    assert len(rows) == len(EVENTS)
    host = next(r for r in rows if r["mode"] == "host")
    assert host["sources"] == "Ayman Safadi" and host["targets"] == "Tamim bin Hamad Al Thani"
    assert host["countries"] == "JOR; QAT" and host["location"] == "Doha"
    lines = _export(conn, "jsonl").splitlines()
    assert len(lines) == len(EVENTS) and json.loads(lines[0])["article_id"] == "a1"


def test_filters_apply_to_exports(conn) -> None:  # type: ignore[no-untyped-def]
    agree = list(csv.DictReader(io.StringIO(_export(conn, "csv", EventFilter(type="AGREE")))))
    assert {r["mode"] for r in agree} == {"sign", "ceasefire"}
    planned = json.loads(_export(conn, "plover", EventFilter(status="planned")))
    assert [r["marsad"]["mode"] for r in planned] == ["meet"]
    later = list(
        csv.DictReader(
            io.StringIO(_export(conn, "csv", EventFilter(since=datetime(2025, 3, 19).date())))
        )
    )
    assert {r["mode"] for r in later} == {"ceasefire", "meet"}


def test_unknown_format(conn) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="unknown export format"):
        _export(conn, "xml")


def test_export_and_events_commands(conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "x.db")
    runner = CliRunner()
    out = tmp_path / "agree.csv"
    result = runner.invoke(
        cli, ["export", "--db", db, "--format", "csv", "--type", "agree", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 2
    listed = runner.invoke(cli, ["events", "--db", db, "--country", "jor", "--format", "jsonl"])
    assert listed.exit_code == 0 and len(listed.stdout.strip().splitlines()) == len(EVENTS)
    bad = runner.invoke(cli, ["events", "--db", db, "--since", "2025-02-30"])
    assert bad.exit_code == 2 and "not a date" in bad.output
    bad = runner.invoke(cli, ["export", "--db", db, "--format", "csv", "--country", "JO"])
    assert bad.exit_code == 2 and "alpha-3" in bad.output
    fused = runner.invoke(cli, ["fuse", "--db", db, "--rebuild"])
    assert fused.exit_code == 0 and "fusion rebuilt" in fused.output
