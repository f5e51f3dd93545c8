"""Server-side geometry for the pages: map projection, timeline bars, network layout.

Everything is drawn as inline SVG so the pages work without JavaScript, a
chart library or map tiles. The map is equirectangular (x = lon, y = -lat),
so the outline layer's path is computed once and each page only sets the
viewBox around its markers.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import numpy as np

__all__ = [
    "MapView",
    "NetworkView",
    "TimelineView",
    "layout_network",
    "map_view",
    "outline_path",
    "timeline_view",
]

# The region most Arabic news is about, shown when no event has a place.
DEFAULT_BOX = (-18.0, -2.0, 75.0, 48.0)  # west, south, east, north
TYPE_COLOURS = {
    "CONSULT": "#2b6cb0",
    "AGREE": "#2f855a",
    "COOPERATE": "#38a169",
    "SUPPORT": "#68d391",
    "AID": "#319795",
    "REQUEST": "#d69e2e",
    "CONCEDE": "#81e6d9",
    "RETREAT": "#a0aec0",
    "ACCUSE": "#dd6b20",
    "REJECT": "#ed8936",
    "THREATEN": "#c53030",
    "PROTEST": "#b83280",
    "SANCTION": "#9b2c2c",
    "MOBILIZE": "#744210",
    "COERCE": "#702459",
    "ASSAULT": "#1a202c",
}


def outline_path() -> str:
    """The SVG path of every bundled country outline (static/world.geojson)."""
    text = (files("marsad.web") / "static" / "world.geojson").read_text(encoding="utf-8")
    parts = []
    for feature in json.loads(text)["features"]:
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                points = " ".join(f"{lon:g},{-lat:g}" for lon, lat in ring)
                parts.append(f"M{points}Z")
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class MapView:
    view_box: str
    markers: list[dict[str, Any]]
    scale: float  # viewBox units per 100 screen pixels, for marker sizes


def map_view(places: list[dict[str, Any]]) -> MapView:
    """The viewBox around the located places and a marker for each."""
    located = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    if located:
        west = min(p["lon"] for p in located)
        east = max(p["lon"] for p in located)
        south = min(p["lat"] for p in located)
        north = max(p["lat"] for p in located)
        pad = max(4.0, (east - west) * 0.15, (north - south) * 0.15)
        west, east, south, north = west - pad, east + pad, south - pad, north + pad
    else:
        west, south, east, north = DEFAULT_BOX
    width, height = east - west, north - south
    # Keep a 2:1 landscape frame so the page layout does not jump.
    if width < 2 * height:
        extra = 2 * height - width
        west, width = west - extra / 2, 2 * height
    else:
        extra = width / 2 - height
        north, height = north + extra / 2, width / 2
    most = max((p["events"] for p in located), default=1)
    markers = [
        p
        | {
            "x": p["lon"],
            "y": -p["lat"],
            "r": width / 160 * (1 + 2 * math.sqrt(p["events"] / most)),
        }
        for p in located
    ]
    return MapView(f"{west:.2f} {-north:.2f} {width:.2f} {height:.2f}", markers, width / 9)


@dataclass(frozen=True, slots=True)
class TimelineView:
    width: int
    height: int
    bars: list[dict[str, Any]]
    ticks: list[dict[str, Any]]
    max_total: int


def timeline_view(items: list[dict[str, Any]], width: int = 960, height: int = 260) -> TimelineView:
    """Stacked bars (one per bucket, one colour per type) in a width × height frame."""
    plot = height - 40
    most = max((i["total"] for i in items), default=0) or 1
    step = (width - 40) / max(len(items), 1)
    bars = []
    for index, item in enumerate(items):
        x = 30 + index * step
        y = 10 + plot
        for type_, n in item["by_type"].items():
            h = plot * n / most
            y -= h
            bars.append(
                {
                    "x": round(x, 1),
                    "y": round(y, 1),
                    "w": round(min(max(step * 0.8, 1), 60), 1),
                    "h": round(h, 1),
                    "type": type_,
                    "n": n,
                    "bucket": item["bucket"],
                    "colour": TYPE_COLOURS.get(type_, "#718096"),
                }
            )
    every = max(1, math.ceil(len(items) / 12))
    ticks = [
        {"x": round(30 + i * step + step * 0.4, 1), "label": item["bucket"]}
        for i, item in enumerate(items)
        if i % every == 0
    ]
    return TimelineView(width, height, bars, ticks, most)


@dataclass(frozen=True, slots=True)
class NetworkView:
    width: int
    height: int
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def layout_network(
    nodes: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    *,
    width: int = 960,
    height: int = 640,
    iterations: int = 150,
) -> NetworkView:
    """Fruchterman–Reingold force layout, deterministic (nodes start on a circle)."""
    n = len(nodes)
    if n == 0:
        return NetworkView(width, height, [], [])
    index = {node["id"]: i for i, node in enumerate(nodes)}
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.stack([np.cos(angle), np.sin(angle)], axis=1) * 0.5
    weights = np.zeros((n, n))
    for e in edges:
        a, b = index[e["source"]], index[e["target"]]
        weights[a, b] = weights[b, a] = math.log1p(e["weight"])
    k = math.sqrt(1.0 / n)
    gravity = 2.0 * k
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        repulse = (k * k / dist**2)[:, :, None] * delta
        attract = (weights * dist / k)[:, :, None] * delta
        # Gravity towards the centre keeps separate components on one canvas.
        move = (repulse - attract).sum(axis=1) - gravity * pos
        length = np.maximum(np.linalg.norm(move, axis=1), 1e-9)[:, None]
        pos += move / length * np.minimum(length, temperature)
        temperature *= 0.97
    span = np.maximum(np.abs(pos).max(axis=0), 1e-6)
    xy = pos / span
    most = max(node["weight"] for node in nodes)
    laid = [
        node
        | {
            "x": round(width / 2 + xy[i, 0] * (width / 2 - 90), 1),
            "y": round(height / 2 + xy[i, 1] * (height / 2 - 40), 1),
            "r": round(5 + 12 * math.sqrt(node["weight"] / most), 1),
        }
        for i, node in enumerate(nodes)
    ]
    heaviest = max((e["weight"] for e in edges), default=1)
    lines = [
        e
        | {
            "x1": laid[index[e["source"]]]["x"],
            "y1": laid[index[e["source"]]]["y"],
            "x2": laid[index[e["target"]]]["x"],
            "y2": laid[index[e["target"]]]["y"],
            "w": round(1 + 5 * e["weight"] / heaviest, 1),
        }
        for e in edges
    ]
    return NetworkView(width, height, laid, lines)
