"""Regenerate static/world.geojson, the offline country-outline layer of the map.

Source: Natural Earth 1:110m admin-0 countries (public domain), as shipped in
the geopandas 0.14 wheel (`geopandas/datasets/naturalearth_lowres/*.shp`).
Run once by a maintainer, never at run time; needs `pyshp`:

    python -m marsad.web.build_outlines naturalearth_lowres.shp > static/world.geojson

Coordinates are rounded to 0.1° and points closer than that to the previous
one dropped: enough for a regional overview map, about 150 KB.
"""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from typing import Any

__all__ = ["simplify_ring", "to_geojson"]

STEP = 0.1


def simplify_ring(points: list[tuple[float, float]], step: float = STEP) -> list[list[float]]:
    """Round to `step` and drop repeated points; a ring keeps at least 4 points."""
    out: list[list[float]] = []
    for lon, lat in points:
        point = [round(round(lon / step) * step, 1), round(round(lat / step) * step, 1)]
        if not out or point != out[-1]:
            out.append(point)
    if len(out) < 4:
        return []
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def to_geojson(shapefile_path: str) -> dict[str, Any]:
    """A FeatureCollection (iso3, name) from a Natural Earth admin-0 shapefile."""
    import shapefile  # pyshp: a maintainer's tool, not a run-time dependency

    features = []
    with shapefile.Reader(shapefile_path) as reader:
        for record, shape in zip(reader.records(), reader.shapes(), strict=True):
            data = record.as_dict()
            parts = [*shape.parts, len(shape.points)]
            rings = [
                ring
                for ring in (simplify_ring(shape.points[a:b]) for a, b in pairwise(parts))
                if ring
            ]
            if not rings:
                continue
            features.append(
                {
                    "type": "Feature",
                    "properties": {"iso3": data.get("iso_a3"), "name": data.get("name")},
                    "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in rings]},
                }
            )
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m admin-0 countries (public domain), simplified",
        "features": features,
    }


if __name__ == "__main__":  # pragma: no cover
    json.dump(to_geojson(sys.argv[1]), sys.stdout, separators=(",", ":"))
