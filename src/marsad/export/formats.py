"""Writers for each export format over event rows from `marsad.store.queries`."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from marsad.export.plover import plover_record

__all__ = ["FORMATS", "GDELT_COLUMNS", "export_events", "quad_class"]


def _names(event: dict[str, Any], role: str) -> list[dict[str, Any]]:
    return [p for p in event["participants"] if p["role"] == role]


def _join(items: Iterable[dict[str, Any]], key: str) -> str:
    return "; ".join(str(i.get(key) or "") for i in items)


CSV_COLUMNS = [
    "article_id",
    "event_id",
    "type",
    "mode",
    "status",
    "date",
    "date_precision",
    "date_text",
    "day",
    "sources",
    "targets",
    "participants",
    "countries",
    "mediators",
    "location",
    "location_country",
    "lat",
    "lon",
    "attributed_to",
    "cameo",
    "confidence",
    "evidence",
    "fused_id",
    "num_articles",
    "num_sources",
    "outlet",
    "title",
    "url",
    "published",
]


def _csv_row(event: dict[str, Any]) -> dict[str, Any]:
    location = event.get("location") or {}
    fused = event.get("fused") or {}
    date = event.get("date") or {}
    return {
        "article_id": event["article_id"],
        "event_id": event["event_id"],
        "type": event["type"],
        "mode": event.get("mode"),
        "status": event["status"],
        "date": date.get("value"),
        "date_precision": date.get("precision"),
        "date_text": date.get("text"),
        "day": event.get("day"),
        "sources": _join(_names(event, "source"), "name_en"),
        "targets": _join(_names(event, "target"), "name_en"),
        "participants": _join(_names(event, "participant"), "name_en"),
        "countries": "; ".join(
            sorted({p["country"] for p in event["participants"] if p.get("country")})
        ),
        "mediators": _join(event.get("mediators", []), "name_en"),
        "location": location.get("name_en"),
        "location_country": location.get("country"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "attributed_to": _join(event.get("attributed_to", []), "name_en"),
        "cameo": event.get("cameo"),
        "confidence": event.get("confidence"),
        "evidence": " … ".join(s["text"] for s in event.get("evidence", [])),
        "fused_id": fused.get("id"),
        "num_articles": fused.get("num_articles"),
        "num_sources": fused.get("num_sources"),
        "outlet": event["article"].get("source"),
        "title": event["article"].get("title"),
        "url": event["article"].get("url"),
        "published": event["article"].get("published"),
    }


def write_csv(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(_csv_row(event))
        count += 1
    return count


def write_jsonl(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_plover(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A JSON array of PLOVER records (streamed, one record per line)."""
    count = 0
    out.write("[\n")
    for event in events:
        out.write((",\n" if count else "") + json.dumps(plover_record(event), ensure_ascii=False))
        count += 1
    out.write("\n]\n")
    return count


def write_geojson(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection of events whose location has coordinates (others skipped)."""
    count = 0
    out.write('{"type": "FeatureCollection", "features": [\n')
    for event in events:
        location = event.get("location") or {}
        if location.get("lat") is None or location.get("lon") is None:
            continue
        row = _csv_row(event)
        for key in ("lat", "lon"):
            del row[key]
        feature = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [location["lon"], location["lat"]]},
            "properties": row | {"location_kb_id": location.get("kb_id")},
        }
        out.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


GDELT_COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KBId",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KBId",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
    "MarsadType",
    "MarsadMode",
    "MarsadStatus",
    "DatePrecision",
]


def quad_class(cameo: str | None) -> str:
    """GDELT's QuadClass from the CAMEO root: verbal/material cooperation/conflict."""
    if not cameo or not cameo[:2].isdigit():
        return ""
    root = int(cameo[:2])
    if root <= 5:
        return "1"
    if root <= 8:
        return "2"
    if root <= 13:
        return "3"
    return "4"


# GDELT's IsRootEvent marks events of the lead paragraph; here: evidence that
# starts within the title and the first lines of the text.
_LEAD_CHARS = 400


def _gdelt_row(event: dict[str, Any]) -> list[str]:
    sources = _names(event, "source") or _names(event, "participant")[:1]
    targets = _names(event, "target") or _names(event, "participant")[1:2]
    one, two = (sources or [{}])[0], (targets or [{}])[0]
    day = event.get("day") or ""
    cameo = event.get("cameo") or ""
    location = event.get("location") or {}
    fused = event.get("fused") or {}
    published = (event["article"].get("published") or "")[:10].replace("-", "")
    geo_type = ""
    if location:
        geo_type = "1" if location.get("subtype") == "country" else "4"
    values = [
        f"{event['article_id']}-{event['event_id']}",
        day.replace("-", ""),
        day[:7].replace("-", ""),
        day[:4],
        f"{int(day[:4]) + (int(day[5:7]) - 1) / 12 + (int(day[8:10]) - 1) / 365:.4f}"
        if len(day) == 10
        else "",
        one.get("country") or "",
        one.get("name_en") or "",
        one.get("country") or "",
        one.get("kb_id") or "",
        two.get("country") or "",
        two.get("name_en") or "",
        two.get("country") or "",
        two.get("kb_id") or "",
        "1" if any(s["start"] < _LEAD_CHARS for s in event.get("evidence", [])) else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        quad_class(cameo),
        str(fused.get("num_articles") or 1),
        str(fused.get("num_sources") or 1),
        str(fused.get("num_articles") or 1),
        geo_type,
        location.get("name_en") or "",
        location.get("country") or "",
        "" if location.get("lat") is None else str(location["lat"]),
        "" if location.get("lon") is None else str(location["lon"]),
        location.get("kb_id") or "",
        published,
        event["article"].get("url") or "",
        event["type"],
        event.get("mode") or "",
        event["status"],
        (event.get("date") or {}).get("precision") or "",
    ]
    return [v.replace("\t", " ").replace("\n", " ") for v in values]


def write_gdelt(events: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Tab-separated, one row per event, GDELT 2.0 event column names where they apply."""
    out.write("\t".join(GDELT_COLUMNS) + "\n")
    count = 0
    for event in events:
        out.write("\t".join(_gdelt_row(event)) + "\n")
        count += 1
    return count


Writer = Callable[[Iterable[dict[str, Any]], TextIO], int]
FORMATS: dict[str, Writer] = {
    "csv": write_csv,
    "jsonl": write_jsonl,
    "geojson": write_geojson,
    "plover": write_plover,
    "gdelt": write_gdelt,
}


def export_events(events: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Write events in `fmt` to `out`; the number written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[fmt](events, out)
