"""Readers of toponym gold: GeoNames-tagged news XML and the two Ukraine event exports.

Every reader yields :class:`GeoDoc` items: a text (``""`` when the format has none) and its
gold toponyms, each with a span in that text (or in the toponym's own ``name`` when there
is no text) and the gold coordinates. ``read_geo(path, split)`` picks the reader by content:

- LGL, TR-News (``<toponym><start><end><phrase><gaztag><lat><lon>``) and GeoVirus
  (``<location><start><end><name><lat><lon>``), as in Gritta et al.'s geoparsing repository;
- GeoWebNews (``GWN.xml``: ``<extractedName>``, ``<type>``, ``<latitude>``); ``--split literal``
  scores only the literal types (no metonyms, modifiers, coercions or embedded names);
- the CIR monitor CSV (``town/city``, ``province``, ``country``, ``lat``, ``lon``): the place
  string is "town, province, country"; ``--split ukraine`` keeps Ukrainian rows;
- the Bellingcat civilian-harm JSON (``location``, ``latitude``, ``longitude``): the free-text
  place string as written ("Izium, south-east of Kharkiv").
"""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

GWN_LITERAL = {"Literal", "Mixed", "Literal_Modifier", "Embedded_Literal"}


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    geonameid: int | None = None  # the gold's GeoNames entry, where the data set gives it

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class GeoDoc:
    id: str
    text: str  # "" when the format gives only place strings
    toponyms: list[Toponym] = field(default_factory=list)
    kind: str = "xml"  # "xml" (spans in running text) or "string" (one place string)
    context: tuple[str, ...] = ()  # names the data set implies ("Ukraine")


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _xml_docs(path: Path, split: str | None) -> Iterator[GeoDoc]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise ValueError(f"{path}: not well-formed XML ({err})") from None
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc = GeoDoc(id=art.get("docid") or art.get("file") or str(n), text=text)
        for t in art.iter("toponym"):
            if t.find("extractedName") is not None:  # GeoWebNews
                name, lat, lon = (t.findtext("extractedName"), _float(t.findtext("latitude")),
                                  _float(t.findtext("longitude")))
                gid = _int(t.findtext("geonamesID"))
                if split == "literal" and t.findtext("type") not in GWN_LITERAL:
                    lat = lon = None  # still a name in the text, but not scored
            else:  # LGL, TR-News
                name = t.findtext("phrase")
                lat, lon = _float(t.findtext("gaztag/lat")), _float(t.findtext("gaztag/lon"))
                tag = t.find("gaztag")
                gid = _int(tag.get("geonameid")) if tag is not None else None
            doc.toponyms.append(_toponym(path, t, name, lat, lon, gid))
        for loc in art.iter("location"):  # GeoVirus
            doc.toponyms.append(_toponym(path, loc, loc.findtext("name"),
                                         _float(loc.findtext("lat")), _float(loc.findtext("lon"))))
        yield doc


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def _toponym(path: Path, el: ET.Element, name, lat, lon, geonameid=None) -> Toponym:
    try:
        return Toponym(int(el.findtext("start")), int(el.findtext("end")), name or "", lat, lon,
                       geonameid)
    except (TypeError, ValueError):
        raise ValueError(f"{path}: a toponym without integer <start>/<end>") from None


def _string_doc(doc_id: str, place: str, lat, lon, context: tuple[str, ...] = ()) -> GeoDoc:
    place = " ".join(place.split())
    return GeoDoc(id=doc_id, text="", kind="string", context=context,
                  toponyms=[Toponym(0, len(place), place, _float(lat), _float(lon))])


def _cir_docs(path: Path, split: str | None) -> Iterator[GeoDoc]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh)
        missing = {"town/city", "province", "country", "lat", "lon"} - set(rows.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: not a CIR monitor export (no {', '.join(sorted(missing))})")
        for row in rows:
            town = row["town/city"].strip()
            if not town or (split == "ukraine" and row["country"] != "Ukraine"):
                continue
            parts = [town, row["province"].strip(), row["country"].strip()]
            yield _string_doc(row.get("entry") or town, ", ".join(p for p in parts if p),
                              row["lat"], row["lon"])


def _bellingcat_docs(path: Path) -> Iterator[GeoDoc]:
    try:
        events = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise ValueError(f"{path}: not JSON ({err.msg}, line {err.lineno})") from None
    if not isinstance(events, list) or (events and "location" not in events[0]):
        raise ValueError(f"{path}: not a Bellingcat civilian-harm export (no 'location')")
    for e in events:
        if (e.get("location") or "").strip():
            # the export is of civilian harm in Ukraine: its strings rarely say so
            yield _string_doc(str(e.get("id")), e["location"], e.get("latitude"),
                              e.get("longitude"), context=("Ukraine",))


def read_geo(path: str | Path, split: str | None = None) -> Iterator[GeoDoc]:
    """The documents of a toponym gold file, whichever of the formats above it is in."""
    path = Path(path)
    if path.is_dir():
        raise ValueError(f"{path}: give the gold file itself (an .xml, .csv or .json)")
    suffix = path.suffix.lower()
    if suffix == ".xml":
        return _xml_docs(path, split)
    if suffix == ".csv":
        return _cir_docs(path, split)
    if suffix == ".json":
        return _bellingcat_docs(path)
    raise ValueError(f"{path}: not a toponym gold file (expected .xml, .csv or .json)")
