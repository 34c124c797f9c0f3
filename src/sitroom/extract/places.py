"""Places: the GPE/LOC/FAC entities put on the map with GeoNames.

:func:`resolve_names` resolves all the place names of one document together, each distinct
name once. Each name's gazetteer candidates (its own and alternate names: "Kiev",
"Kharkov", "Artemivsk"; "X City" as X; "northeast Georgia" as Georgia) are ranked by

- feature importance and population (countries, then capitals, then big cities; a bare
  region name means its city: "Sumy", "Donetsk"; its own name over a former one);
- spatial coherence: a reading close to some reading of the other names ("Paris" beside
  "Lamar County" is in Texas), and a region or country that holds them;
- the document's focus, as the other names' current readings draw it: the countries and
  first-order regions they fall in or name (so "Pokrovsk" beside Donetsk and Kharkiv is
  the Ukrainian town, and "Odessa" in a text about Ukraine is not in Texas), and the
  places next to them.

A name the gazetteer does not know, or knows only as a hamlet abroad, may be a single typo
of a big city of the country its neighbours in the text are in ("Khiv" among Kharkiv, Sumy
and Odesa is Kyiv); when no such reading is overwhelming it is still reported, without
coordinates, and never affects the others. Names in a list closed by "counties" are those
counties; any bare name may be a county's, a weak reading that a text in that county's state
can still prefer ("Howard" beside Tipton, Hamilton and Indiana); a bare name beside its
county's ("DeKalb", "DeKalb County") is in that county; a name followed by its state or
country ("Elizabethtown, Pennsylvania") is the one there (:func:`placed_in`). A longer name
the gazetteer lacks is put where it lies (:class:`Within`): in the place it is named after
("Colorado State University", "Bank of Japan"), or, for a street or building, in the
town beside it or the town the text is about. State abbreviations after a town ("Ga.") and
county names in the text are read with the names as further evidence (:func:`text_signals`);
a text that names no other place is in the country its dollars are of (:func:`home_country`:
"Mansfield" in a story of "$10 million" of city debt is not the English town).
Demonyms are not places, whatever the NER says.
A resolved place's entity gets ``kb_id`` ``geonames:ID``. :func:`geocode` reads place
strings ("Izium, south-east of Kharkiv").
"""

from __future__ import annotations

import math
import re
from collections import Counter

from spacy.tokens import Doc

from ..model import Analysis, Mention, Place
from ..nlp.gazetteer import (
    ADMIN1,
    ADMIN2,
    AREAS,
    CAPITAL,
    COUNTRY,
    FACILITY_HEADS,
    Gazetteer,
    PlaceTable,
    get_gazetteer,
    normalize,
)
from ..nlp.gazetteer import Place as GeoPlace
from ..nlp.landmarks import LANDMARKS
from ..nlp.places_ruler import CITY_PARTS, ORG_HEADS, strength
from . import extractor
from ._text import doc_text, mention

PLACE_TYPES = ("GPE", "LOC", "FAC")
# the gazetteer lists towns of 500 people or more: one with a population of 0 has an unknown
# one, not none ("Twickenham" is not Huntsville, Alabama, once called so, beside "UK")
UNKNOWN_POP = 500
OWN_NAME = 3.0  # log-population points for a place's own name over an alternate one
BARE_COUNTY = 6.0  # ... against a county read from its bare name ("Hardy"), a town's first
AREA_BONUS = 6.5  # ... for a country or continent over a town of the same name
MAX_CANDIDATES = 60
COUNTRY_BONUS = 6.0  # a candidate in the text's main country; e^6 ~ 400x the population
ADMIN1_BONUS = 2.5  # ... in a region the text names or keeps returning to
NAMED_REGION = 2.0  # ... in a region the text names
COUNTY_STATE = 3.0  # ... more for a county in a region named or holding most places
NEAR_BONUS = 2.0  # ... within NEAR_KM of another of the document's places
COHERENCE = 2.5  # ... per other name (up to 3) with a reading nearby, by closeness
CONTAINS = 1.5  # a region, per other name (up to 3) that has a reading inside it
NEAR_KM = 150.0
NAMED_CAPITAL = 2.0  # a capital of a country the text names
MAIN_REGION_SHARE = 0.3  # a text is about a region that has this share of its places
NEIGHBOUR_CHARS = 60  # names this close stand in one list or clause
CITY_NAMESAKE = 100_000  # a state's name is a town's only when the town is this big
VILLAGE_NAMESAKE = 10_000
TYPO_MIN_POPULATION = 100_000  # a typo reading must be a big place of the focus country
TYPO_MAX_RIVAL = 10_000  # ... and may displace a real place abroad no bigger than this
REGION_WORDS = re.compile(
    r"\b(oblast|region|province|state|krai|kray|county|governorate|parish|raion|rayon|district"
    r"|borough|okrug)$")
AREA_MODIFIERS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "greater", "downtown", "upper", "lower", "inner", "outer",
    "occupied", "rural", "metro", "metropolitan",
}
REGIONS = (*AREAS, ADMIN1)  # places too big to be "near" anything
COMPASS_WORDS = {"centre", "center", "midwest", "northwest", "southwest", "northeast",
                 "southeast", "west", "east", "north", "south"}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def candidates(gaz: Gazetteer, forms: list[str]) -> list[GeoPlace]:
    """Gazetteer entries for an entity's name forms; "X City" may be just "X"."""
    if forms and gaz.is_facility(forms[0]):
        return []  # "White House" is a building, not a translation of Casablanca
    seen: dict[int, GeoPlace] = {}
    for form in forms:
        key = normalize(form)
        # a demonym or an area's body given as a place ("Russian" forces, "EU"): the area
        adjective = gaz.adjectives.get(key, gaz.adjectives.get(re.sub(r"s$", "", key)))
        if adjective is not None:
            seen.setdefault(gaz.places[adjective].geonameid, gaz.places[adjective])
            continue
        found = gaz.lookup(form)
        if form.isupper() and len(form.replace(".", "")) <= 3 and not gaz.is_abbreviation(form):
            # "UN", "PA": codes are countries' and regions' ("US", "UK", "UAE") or nothing
            # ("L.A." and "NYC" are written short forms of cities)
            found = [p for p in found if p.feature in REGIONS]
        if not found and not form.endswith(".") and gaz.is_abbreviation(form + "."):
            found = gaz.lookup(form + ".")  # "Calif", "N.Y": the abbreviation, its dot lost
        if not found and key.endswith(" city"):
            found = gaz.lookup(key[:-5])
        if not found and key.split(" ", 1)[0] in AREA_MODIFIERS and " " in key:
            # "northeast Georgia", "downtown Kyiv", "South L.A." (as written: an abbreviation)
            found = gaz.lookup(re.sub(r"^(?:[Tt]he\s+)?\S+\s+", "", form))
        if not found and "," in form:
            found = _within_named(gaz, form)  # "Washington, D.C.", "Sumy, Ukraine"
        if not found:
            found = _demonym_place(gaz, key)  # "Texan", "Minnesotans", "Korean"
        elif " " not in key and all(p.population < DEMONYM_TOWN for p in found):
            # ... even when a village has the name: "English" is England's, not Indiana's
            found = [*_demonym_place(gaz, key), *found]
        if not found and " " not in key and len(key) >= 6:
            found = _country_typo(gaz, key)  # "Ukrane"
        if not found and key.endswith(" co"):
            found = gaz.lookup(key[:-3] + " county")  # "Platte Co."
        natural = _natural(form)  # "Sabine River" is a river, not Sabine County
        if not found and not REGION_WORDS.search(key) and not natural:
            # "Oconee", "Clarke": a county called by its bare name
            found = [p for kind in ("county", "parish") for p in gaz.lookup(f"{key} {kind}")]
        elif found and not REGION_WORDS.search(key) and form[:1].isupper() and not natural:
            # ... or even when towns have the name: "R-Berkeley", "Hendricks and Boone"
            # among a state's counties (a weak reading, see BARE_COUNTY)
            found = found[:MAX_CANDIDATES] + [
                p for kind in ("county", "parish") for p in gaz.lookup(f"{key} {kind}")
                if p.feature == ADMIN2]
        for cand in found[:MAX_CANDIDATES]:
            seen.setdefault(cand.geonameid, cand)
    return list(seen.values())


EMBEDDED_MIN_POPULATION = 10_000
DEMONYM_TOWN = 100_000  # a demonym of a region is a town's name only when the town is bigger


class Within(GeoPlace):
    """The place a name the gazetteer lacks lies in or is named after ("Royal Street" in
    New Orleans, "Colorado State University" in Colorado): where to put it on the map,
    not what it is."""

    @classmethod
    def of(cls, place: GeoPlace) -> Within:
        return cls(*(getattr(place, f) for f in PlaceTable.FIELDS))


SITE_HEADS = FACILITY_HEADS | {
    "st", "rd", "ave", "drive", "dr", "boulevard", "blvd", "lane", "way", "highway", "park",
    "estate", "center", "centre", "mall", "court", "plaza", "market", "library", "college",
    "academy", "arena", "field", "club", "hotel", "inn", "cemetery", "zoo", "terrace",
    "township", "twp"}


# streets and squares are named after people and towns far away; institutions after where
# they are ("Colorado State University", "Russian Embassy")
STREET_HEADS = {"street", "st", "road", "rd", "avenue", "ave", "drive", "dr", "boulevard",
                "blvd", "lane", "way", "highway", "square", "bridge", "park", "estate", "court",
                "plaza", "terrace", "township", "twp"}


def _site(form: str, heads: set[str] = SITE_HEADS) -> bool:
    """A street's or building's name: "Royal Street", "Carnegie Library"."""
    words = form.split()
    return len(words) > 1 and words[-1].lower().strip(".") in heads


# rivers, lakes and hills the gazetteer (towns and areas) lacks: "Quenby River", "Lake Quenby"
NATURAL_HEADS = {"river", "creek", "lake", "lakes", "pond", "reservoir", "valley", "canyon",
                 "gorge", "bay", "sound", "island", "islands", "hill", "hills", "mountain",
                 "mountains", "forest", "wilderness", "falls", "springs", "beach", "harbor",
                 "harbour", "lagoon", "delta", "peninsula", "cape", "glacier", "marsh",
                 "swamp", "desert"}
NATURAL_FIRST = {"lake", "river", "mount", "isle", "loch"}


def _natural(form: str) -> bool:
    """A natural feature's name, by its head or its first word."""
    words = form.lower().split()
    return len(words) > 1 and (words[-1] in NATURAL_HEADS or words[0] in NATURAL_FIRST)


# words that open many names without naming a place: "Central Mental Hospital"
GENERIC_WORDS = AREA_MODIFIERS | {
    "national", "international", "general", "community", "city", "county", "state", "royal",
    "new", "old", "great", "grand", "united", "federal", "regional", "union", "first"}


def _runs(form: str) -> list[str]:
    """A name's runs of capitalised words shorter than itself, longest first; no lone
    "Hospital" or "Central"."""
    words = re.sub(r"['’]s\b", "", form).split()
    return [" ".join(words[i:i + n]) for n in range(len(words) - 1, 0, -1)
            for i in range(len(words) - n + 1)
            if words[i][:1].isupper() and words[i + n - 1][:1].isupper()
            and not (n == 1 and words[i].lower().strip(".") in SITE_HEADS | GENERIC_WORDS)]


def _embedded(gaz: Gazetteer, form: str) -> list[GeoPlace]:
    """The place a longer name the gazetteer lacks is named after ("Colorado State
    University", "Dubai World Cup", "Russian Embassy"): its longest opening run of
    capitalised words, short of its last word, that is a region's name, a demonym, or a
    town's own name, the town big enough to be what the name means."""
    # "University of Georgia", "Bank of Japan", "Gulf of Alaska": named after what follows
    # "of", not after its opening words
    of = re.search(r" of (?:the )?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})$", form)
    if of:
        run = of.group(1)
        found = [p for p in gaz.lookup(run) if p.feature in REGIONS or (
            p.population >= EMBEDDED_MIN_POPULATION and normalize(p.name) == normalize(run))]
        if found:
            return found[:MAX_CANDIDATES]
    words = re.sub(r"['’]s\b", "", form).split()
    for n in range(len(words) - 1, 0, -1):
        run = " ".join(words[:n])
        if not all(w[:1].isupper() for w in words[:n]) or (
                n == 1 and run.lower() in GENERIC_WORDS):
            continue
        adjective = gaz.adjectives.get(normalize(run))
        if adjective is not None:
            return [gaz.places[adjective]]
        found = [p for p in gaz.lookup(run) if p.feature in (*REGIONS, ADMIN2) or (
            p.population >= EMBEDDED_MIN_POPULATION and normalize(p.name) == normalize(run))]
        if found:
            return found[:MAX_CANDIDATES]
    return []


# A demonym's endings and what its place's name may end with instead: "Texan" -> Texas,
# "Ohioans" -> Ohio, "Sicilian" -> Sicily, "Ontarians" -> Ontario, "Dagestani" -> Dagestan
_DEMONYM_ENDINGS = (
    ("ians", ("ia", "y", "io", "")), ("ian", ("ia", "y", "io", "")), ("ans", ("a", "", "as")),
    ("an", ("a", "", "as")), ("ese", ("", "a")), ("i", ("",)),
    ("ine", ("ines",)), ("z", ("zia",)), ("ish", ("", "land", "and", "istan")), ("tish", ("land",)))


def _demonym_place(gaz: Gazetteer, key: str) -> list[GeoPlace]:
    """The country or region a demonym the packages lack is formed from (a city's,
    "Londoner", would vote for the wrong London as often as not)."""
    words = key.rsplit(" ", 1)
    for ending, stems in _DEMONYM_ENDINGS:
        if not words[-1].endswith(ending) or len(words[-1]) - len(ending) < 3:
            continue
        for stem in stems:
            name = " ".join([*words[:-1], words[-1][:-len(ending)] + stem])
            found = [p for p in gaz.lookup(name) if p.feature in REGIONS]
            if found:
                return found
    return []


def _bare_county(place: GeoPlace, keys: set[str], regionish: bool) -> bool:
    """Whether ``place`` is a county read from its bare name ("Hardy" as Hardy County)."""
    return place.feature == ADMIN2 and not regionish and normalize(place.name) not in keys


def _base_score(place: GeoPlace, keys: set[str], regionish: bool) -> float:
    score = math.log((place.population or UNKNOWN_POP) + 10)
    if normalize(place.name) in keys:
        score += OWN_NAME  # its own name, not a former or foreign one: "Pokrovsk" is not Engels
    if place.feature in AREAS:
        score += AREA_BONUS
    elif place.feature == CAPITAL:
        score += 1.5
    elif place.feature == ADMIN1:
        # "Sumy" is the city, "the Sumy region" the oblast; "Washington" is the capital
        score += 4 if regionish else -3
    return score


class _Focus:
    """Where a document is, by the readings settled on so far: its countries and regions,
    weighted by share. Each name is judged by the *other* names' readings, so that a name
    cannot vote for itself."""

    def __init__(self, picks: list[GeoPlace | None], home: str | None = None):
        self.picks = picks
        self.home = home
        self.countries: Counter = Counter()
        self.admin1s: Counter = Counter()
        for pick in picks:
            for key, counter, n in self._votes(pick):
                counter[key] += n
        self.grid = _Grid([p for p in picks if p is not None and p.feature not in REGIONS])
        self.named_admin1s = {(p.country, p.admin1_code) for p in picks
                              if p is not None and p.feature == ADMIN1}
        self.named_countries = {p.country for p in picks if p is not None and p.feature == COUNTRY}

    def _votes(self, pick: GeoPlace | None):
        if pick is None:
            return ()
        votes = [(pick.country, self.countries, 1)]
        if pick.feature == ADMIN1:
            votes.append(((pick.country, pick.admin1_code), self.admin1s, 2))  # named outright
        elif pick.feature not in AREAS:
            votes.append(((pick.country, pick.admin1_code), self.admin1s, 1))
        return votes

    def bonus(self, place: GeoPlace, own: int) -> float:
        mine = self.picks[own] if own < len(self.picks) else None
        less = {(id(counter), key): n for key, counter, n in self._votes(mine)}
        countries = self.countries[place.country] - less.get((id(self.countries),
                                                              place.country), 0)
        total = sum(self.countries.values()) - (1 if mine is not None else 0)
        score = COUNTRY_BONUS * min(1.0, 0.5 + countries / total) if countries > 0 else 0.0
        if total == 0 and place.country == self.home:
            score = COUNTRY_BONUS  # no other place says where the text is; its money does
        if place.feature in AREAS:
            return score
        if place.feature == CAPITAL and place.country in self.named_countries:
            score += NAMED_CAPITAL  # "Washington" in a text that names the U.S.
        a1 = (place.country, place.admin1_code)
        admin1s = self.admin1s[a1] - less.get((id(self.admin1s), a1), 0)
        total1 = sum(self.admin1s.values()) - sum(
            n for key, counter, n in self._votes(mine) if counter is self.admin1s)
        if admin1s > 0:
            score += ADMIN1_BONUS * min(1.0, 0.5 + admin1s / total1)
        named = a1 in self.named_admin1s and not (
            mine is not None and mine.feature == ADMIN1 and (mine.country, mine.admin1_code) == a1)
        if named:
            score += NAMED_REGION  # "Manhattan" in a text that names Kansas
        if place.feature == ADMIN2 and (named or admin1s >= 2 and 2 * admin1s >= total1):
            # "Madison County" is a county of a score of states: the one of the state the
            # text names or has most of its other places in, however small
            score += COUNTY_STATE
        if place.feature != ADMIN1:
            score += NEAR_BONUS * self.grid.closeness(place, exclude_place=mine)
        return score


class _Grid:
    """Places bucketed by whole degrees, for "is any of them within NEAR_KM of this one"."""

    def __init__(self, places: list[GeoPlace], owners: list[int] | None = None):
        self.cells: dict[tuple[int, int], list[tuple[GeoPlace, int]]] = {}
        for place, owner in zip(places, owners or range(len(places))):
            cell = (math.floor(place.lat), math.floor(place.lon))
            self.cells.setdefault(cell, []).append((place, owner))

    def owners_near(self, place: GeoPlace, exclude: int = -1,
                    exclude_place: GeoPlace | None = None) -> dict[int, float]:
        """The owners of places within NEAR_KM, each with its closeness: 1 at the same
        point, falling to 0 at NEAR_KM (the county seat beats a town two counties off)."""
        la, lo = math.floor(place.lat), math.floor(place.lon)
        found: dict[int, float] = {}
        for dla in (-1, 0, 1):
            for dlo in (-2, -1, 0, 1, 2):
                for other, owner in self.cells.get((la + dla, lo + dlo), ()):
                    if owner == exclude or other is exclude_place:
                        continue
                    d = distance_km(place.lat, place.lon, other.lat, other.lon)
                    if d < NEAR_KM:
                        found[owner] = max(found.get(owner, 0.0), 1 - d / NEAR_KM)
        return found

    def closeness(self, place: GeoPlace, exclude_place: GeoPlace | None = None) -> float:
        return max(self.owners_near(place, exclude_place=exclude_place).values(), default=0.0)


def _typo(gaz: Gazetteer, form: str, country: str) -> GeoPlace | None:
    """The one big place of ``country`` one edit away from ``form``."""
    key = normalize(form)
    if len(key) < 4 or " " in key:
        return None
    found = {}
    for variant in _edits(key):
        for place in gaz.lookup(variant)[:5]:
            if (place.country == country and place.feature not in REGIONS
                    and place.population >= TYPO_MIN_POPULATION):
                found[place.geonameid] = place
    return next(iter(found.values())) if len(found) == 1 else None


def _country_typo(gaz: Gazetteer, key: str) -> list[GeoPlace]:
    """The one country a name the gazetteer lacks is one edit away from ("Ukrane")."""
    found = {p.geonameid: p for variant in _edits(key) for p in gaz.lookup(variant)[:1]
             if p.feature == COUNTRY}
    return list(found.values()) if len(found) == 1 else []


def _edits(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters}) - {word}


def neighbours(spans: list[list[tuple[int, int]]], window: int = NEIGHBOUR_CHARS
               ) -> list[set[int]]:
    """For each name (its mentions' character spans), the other names mentioned within
    ``window`` characters of one of its mentions: its list, sentence or clause."""
    flat = sorted((start, end, i) for i, ss in enumerate(spans) for start, end in ss)
    near: list[set[int]] = [set() for _ in spans]
    for k, (_, end, i) in enumerate(flat):
        for start2, _, j in flat[k + 1:]:
            if start2 - end > window:
                break
            if j != i:
                near[i].add(j)
                near[j].add(i)
    return near


# "Becker, Clay and Wilkin counties": each name of the list is a county's, not a town's
# ("Indiana counties" alone are the counties in Indiana)
_LIST_ITEM = r"(?!County|Parish)[A-Z][\w.'’-]*(?: (?!County|Parish)[A-Z][\w.'’-]*){0,2}"
_KIND_AFTER = re.compile(
    rf" (County|Parish)\b|(?P<list>(?:(?:,| and| or| &|, and|, or) {_LIST_ITEM})*)"
    r" (counties|parishes|regions|oblasts|provinces)\b")
_LIST_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:,| and| or| &|, and|, or) $")
_KINDS = {"counties": "County", "parishes": "Parish", "regions": "region",
          "oblasts": "oblast", "provinces": "province"}


def kind_named(text: str, start: int, end: int) -> str | None:
    """"County" or "Parish" when the name at ``start:end`` is followed by that word, or
    stands in a list that ends with "counties" or "parishes" (or "regions", "oblasts",
    "provinces": "the Belgorod and Kursk regions")."""
    m = _KIND_AFTER.match(text, end)
    if m is None:
        return None
    if m.group(1):
        return m.group(1)
    if not m.group("list") and not _LIST_BEFORE.search(text, max(0, start - 40), start):
        return None  # a lone "Indiana counties"
    return _KINDS[m.group(3)]


# What makes a name that is a city's and a state's the state's: a border or an office of
# the state after it ("the New York border", "New York's attorney general", "Washington
# state"), "upstate" or "the state of" before it, or a list of states around it.
_STATE_AFTER_NAME = re.compile(
    r"(?:['’]s)? (?:(?i:border|state line|governor|gov\.|attorney general|legislature"
    r"|general assembly|state senate|state house)\b|state\b(?! of))")
_STATE_BEFORE_NAME = re.compile(r"\b(?:upstate|state of|governor of|gov\. of) $", re.I)
_ITEM = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
_SEP = r"(?:, | and | or |, and |, or )"
_ITEM_AFTER = re.compile(rf"{_SEP}({_ITEM})")
_ITEM_BEFORE = re.compile(rf"({_ITEM}){_SEP}$")


def state_meant(gaz: Gazetteer, text: str, start: int, end: int, state: GeoPlace) -> bool:
    """Whether the name at ``start:end`` means ``state`` (a first-order region) and not
    the city of that name: see the patterns above; a list needs two other names beside it
    that are states of the same country before they are towns ("Missouri, New York, North
    Carolina and Virginia"; not "Sumy, Odesa and Kharkiv", cities before oblasts)."""
    if _STATE_AFTER_NAME.match(text, end) or _STATE_BEFORE_NAME.search(
            text, max(0, start - 20), start):
        return True
    items = [m.group(1) for m in (_ITEM_AFTER.match(text, end),
                                  _ITEM_BEFORE.search(text, max(0, start - 40), start)) if m]
    after = _ITEM_AFTER.match(text, end)
    if after and len(items) < 2:  # "..., New York, North Carolina and Virginia"
        further = _ITEM_AFTER.match(text, after.end())
        items += [further.group(1)] if further else []
    # states first of all: "Missouri" is the state, "Sumy" the city before its oblast
    states = [i for i in items if next((
        p.feature == ADMIN1 and p.country == state.country
        for p in gaz.lookup(i) if p.feature not in AREAS), False)]
    return len(states) >= 2 or len(states) == 1 and _paired_state(
        gaz, text[start:end], state, states[0], items)


def _paired_state(gaz: Gazetteer, name: str, state: GeoPlace, other: str,
                  items: list[str]) -> bool:
    """"Oregon and Washington", "California or Washington": one state beside a name that
    is also a big city's of its country is enough when it is the only name beside it, is
    no country's name too ("Georgia"), and lies nearer the state than the city ("Maryland
    and Washington" is the capital's area)."""
    city = next((p for p in gaz.lookup(name) if p.feature not in (*AREAS, ADMIN1)), None)
    neighbour = next((p for p in gaz.lookup(other) if p.feature == ADMIN1), None)
    if len(items) != 1 or city is None or neighbour is None or any(
            p.feature == COUNTRY for p in gaz.lookup(other)) or city.country != state.country \
            or city.population < CITY_NAMESAKE:
        return False
    return (distance_km(neighbour.lat, neighbour.lon, state.lat, state.lon)
            < distance_km(neighbour.lat, neighbour.lon, city.lat, city.lon))


# "Grantville, Pennsylvania", "CHARLESTON, W.Va.", "Madison County, Ga.": a town and the
# state or country it is in, unless the list goes on ("Sumy, Kharkiv and Odesa")
_REGION_AFTER = re.compile(r", ((?:[A-Z][\w.]*|of)(?: (?:[A-Z][\w.]*|of)){0,3})")
_LIST_GOES_ON = re.compile(r"(?:,| and| or| &)\s+(?:and |or )?[A-Z]")


def placed_in(gaz: Gazetteer, form: str, text: str, spans: list[tuple[int, int]]
              ) -> str | None:
    """The state or country the text places a name in at one of its mentions ("...,
    Pennsylvania" after it), when the gazetteer has a place of that name inside it; only
    there, as "Washington" may be the state where "Washington, D.C." is the city."""
    if "," in form:
        return None
    found = gaz.lookup(form)
    if not found:
        return None
    for _, end in spans:
        after = _REGION_AFTER.match(text, end)
        if after is None:
            continue
        words = after.group(1).split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).rstrip(",")
            if not gaz.is_abbreviation(name):
                name = name.rstrip(".")
            region = next((o for o in gaz.lookup(name) if o.feature in (COUNTRY, ADMIN1)), None)
            if region is None:
                continue
            if _LIST_GOES_ON.match(text, end + 2 + len(name)):
                break
            if any(
                    p.country == region.country and (region.feature == COUNTRY
                                                     or p.admin1_code == region.admin1_code)
                    for p in found if p is not region):
                return name
            break
    return None


_REGION_IN = re.compile(r"(?:,\s+|\s+in\s+(?:the\s+)?)((?:[A-Z][\w'’-]+\s+){1,2}"
                        r"(?:region|oblast|province|governorate|Region|Oblast|Province))\b")


def _region_named_after(gaz: Gazetteer, text: str, spans: list[tuple[int, int]]
                        ) -> str | None:
    """The first-order region a text puts a name in right after it: "the village of
    Stepove in the Zaporizhzhia region", "Hrodivka, Donetsk oblast"."""
    for _, end in spans:
        m = _REGION_IN.match(text, end)
        if m is not None and any(p.feature == ADMIN1 for p in gaz.lookup(m.group(1))):
            return m.group(1)
    return None


def kind_forms(gaz: Gazetteer, forms: list[str], text: str,
               spans: list[tuple[int, int]]) -> list[str]:
    """A name's forms, read as the county or parish the text says it is when the gazetteer
    knows one of that name ("Douglas and Wyandotte counties" are not the towns), or as the
    state when the text says so (:func:`state_meant`: "New York state", "the New York
    border")."""
    if not forms:
        return forms
    region = placed_in(gaz, forms[0], text, spans) or _region_named_after(gaz, text, spans)
    if region is not None:
        return [f"{forms[0]}, {region}"]
    if REGION_WORDS.search(normalize(forms[0])):
        return forms
    for start, end in spans:
        kind = kind_named(text, start, end)
        if kind and gaz.lookup(f"{forms[0]} {kind}"):
            # (a region's name keeps its bare form too, whose readings the text's other
            # places rank: South Africa's North West among its provinces)
            return [f"{forms[0]} {kind}"] + (forms if kind.islower() else [])
    found = gaz.lookup(forms[0])
    state = next((p for p in found if p.feature == ADMIN1), None)
    if found and found[0].feature != COUNTRY and state is not None and any(
            state_meant(gaz, text, s, e, state) for s, e in spans):
        return [*forms, f"{forms[0]} state"]  # "state" makes the name read as a region's
    return forms


# Signals of where a text is that its recogniser may leave out: a state after a town
# ("ATLANTA, Ga.", "Sen. Smith, R-Ind."), a county or parish ("Rapides Parish").
_STATE_AFTER = re.compile(
    r"(?:[A-Za-z.], |\(|\b[RDI]-)((?:[A-Z][a-z]{0,4}\. ?){1,2})(?=[\s,;:)\]'\"’”]|$)")
_COUNTY = re.compile(r"\b((?:[A-Z][a-z]+[ .]){1,2}(?:County|Parish))\b")


def text_signals(gaz: Gazetteer, text: str) -> list[str]:
    """Names in a text that tell where it is without being among its place entities: state
    abbreviations after a town or a party letter, and county or parish names the gazetteer
    knows. Read beside the entities to rank their readings, never reported themselves."""
    found: dict[str, None] = {}
    for m in _STATE_AFTER.finditer(text):
        abbr = m.group(1).strip()
        if gaz.abbreviations.get(abbr.casefold().replace(" ", "")) is not None:
            found.setdefault(abbr)
    for m in _COUNTY.finditer(text):
        name = m.group(1).replace(".", " ").strip()
        if gaz.lookup(name):
            found.setdefault(name)
    return list(found)


# A text's money says what country it is in when its places do not: dollars alone are
# American ("$10.3 million"), "C$" Canadian, "A$" Australian; any other currency, nothing.
_DOLLARS = re.compile(r"(?<![A-Za-z])(C|A|AU|NZ)?\$\s?\d")
_OTHER_MONEY = re.compile(r"[£€¥₴₽]\s?\d|\d\s?(?:euros?|pounds|yen|hryvnias?|r[ou]bles?)\b", re.I)
_DOLLAR_COUNTRY = {None: "US", "C": "CA", "A": "AU", "AU": "AU", "NZ": "NZ"}


def home_country(text: str) -> str | None:
    """The country whose dollars a text counts in, when it counts in no other money."""
    if _OTHER_MONEY.search(text):
        return None
    kinds = {_DOLLAR_COUNTRY[m.group(1)] for m in _DOLLARS.finditer(text)}
    return kinds.pop() if len(kinds) == 1 else None


def resolve_names(gaz: Gazetteer, names: list[list[str]],
                  near: list[set[int]] | None = None,
                  signals: list[str] = (), home: str | None = None,
                  known: list[bool] | None = None) -> list[GeoPlace | None]:
    """The best gazetteer entry for each of a document's place entities (their name forms),
    or None; resolved together, so that each reading supports the others. A name given
    several times counts once: "Paris" five times is no evidence for France. ``near``
    (see :func:`neighbours`) tells which names stand close together in the text;
    ``signals`` (see :func:`text_signals`) are further names read with them, not resolved
    for themselves; ``home`` (see :func:`home_country`) is the country a text is in when
    none of its names says otherwise. ``known`` marks the names known to be places (the
    text puts something in them, see :func:`located_in`): one the gazetteer lacks is put in
    the town the text is about, like a street."""
    if signals:
        have = {normalize(f) for forms in names for f in forms}
        extra = [[s] for s in signals if normalize(s) not in have]
        if extra:
            near = None if near is None else [*near, *(set() for _ in extra)]
            known = None if known is None else [*known, *(False for _ in extra)]
            return resolve_names(gaz, [*names, *extra], near, home=home,
                                 known=known)[:len(names)]
    keys_of = [frozenset(normalize(f) for f in forms) for forms in names]
    firsts: dict[frozenset[str], list[str]] = {}
    for key, forms in zip(keys_of, names):
        # every way the name is written: "NJ" alone is no key, "N.J." is
        have = firsts.setdefault(key, [])
        have += [f for f in forms if f not in have]
    if len(firsts) < len(names):
        order = {key: n for n, key in enumerate(firsts)}
        merged: list[set[int]] | None = None
        if near is not None:
            merged = [set() for _ in firsts]
            for key, others in zip(keys_of, near):
                merged[order[key]] |= {order[keys_of[j]] for j in others} - {order[key]}
        sure = None
        if known is not None:
            sure = [False] * len(firsts)
            for key, k in zip(keys_of, known):
                sure[order[key]] |= k
        picks = resolve_names(gaz, list(firsts.values()), merged, home=home, known=sure)
        return [picks[order[key]] for key in keys_of]
    cands = [candidates(gaz, forms) for forms in names]
    keys = [{normalize(g) for f in forms for g in (f, f.split(",")[0])} for forms in names]
    regionish = [any(REGION_WORDS.search(k) for k in ks) for ks in keys]
    base = [{c.geonameid: _base_score(c, ks, r) - BARE_COUNTY * _bare_county(c, ks, r)
             for c in cs} for cs, ks, r in zip(cands, keys, regionish)]
    # Spatial coherence: a reading near some reading of the document's other names
    # ("Paris" near a "Lamar County") is likelier than a lone one.
    # a county read from a bare name that towns also have is too weak a reading to be
    # evidence for the others
    evidence = [[c for c in cs if c.feature not in REGIONS and not (
        _bare_county(c, ks, r) and any(d.feature != ADMIN2 for d in cs))]
        for cs, ks, r in zip(cands, keys, regionish)]
    flat = [(c, i) for i, cs in enumerate(evidence) for c in cs]
    grid = _Grid([c for c, _ in flat], [i for _, i in flat])
    within = [{k for c in cs for k in (c.country, (c.country, c.admin1_code))} for cs in evidence]
    for i, (cs, b, r) in enumerate(zip(cands, base, regionish)):
        # (by its own name, or a big one by another: not "Montana" as Montana City's)
        cities = {(c.country, c.admin1_code) for c in cs if c.feature not in (*REGIONS, ADMIN2)
                  and (normalize(c.name) in keys[i] or c.population >= CITY_NAMESAKE)}
        # a state's name is the state's when no big town has it ("Nevada", "New Mexico")
        namesake = max((c.population for c in cs if c.feature not in REGIONS
                        and normalize(c.name) in keys[i]), default=0)
        for c in cs:
            if c.feature == ADMIN1 and not r and (c.country, c.admin1_code) in cities:
                b[c.geonameid] -= 4  # a region named after its city: "Kyiv" is the city
            elif c.feature == ADMIN1 and not r and namesake < CITY_NAMESAKE:
                # ... the more so when only villages have it (a state among another state's towns)
                b[c.geonameid] += 6 if namesake < VILLAGE_NAMESAKE else 3
            if len(cs) < 2:
                continue
            if c.feature not in REGIONS:
                close = sorted(grid.owners_near(c, exclude=i).values(), reverse=True)
                b[c.geonameid] += COHERENCE * sum(close[:3])
            else:  # a region or country that holds some reading of other names
                key = (c.country, c.admin1_code) if c.feature == ADMIN1 else c.country
                inside = sum(1 for j, ks in enumerate(within) if j != i and key in ks)
                b[c.geonameid] += CONTAINS * min(3, inside)

    def pick(focus: _Focus | None) -> list[GeoPlace | None]:
        out = []
        for i, (cs, b) in enumerate(zip(cands, base)):
            if not cs:
                out.append(None)
                continue
            out.append(max(cs, key=lambda c: b[c.geonameid]
                           + (focus.bonus(c, i) if focus else 0.0)))
        return out

    picks = pick(None)
    for _ in range(2):  # the focus of the first reading settles the second
        picks = pick(_Focus(picks, home))
    # A name the gazetteer does not know, or knows only as a hamlet abroad, may be a typo of
    # a big city of the country the rest of the document is about ("Khiv" among Kharkiv,
    # Sumy and Odesa); only when one such city is one edit away.
    for i, forms in enumerate(names):
        # the names around it when known ("Khiv, Kharkiv, Sumy and Odesa"), else all
        context = near[i] if near and near[i] else range(len(names))
        others = Counter(picks[j].country for j in context
                         if j != i and picks[j] is not None)
        if not forms or not others:
            continue
        top, n = others.most_common(1)[0]
        lone = picks[i] is None or (picks[i].country != top
                                    and picks[i].population < TYPO_MAX_RIVAL)
        named = any(j != i and picks[j] is not None and picks[j].feature == COUNTRY
                    and picks[j].country == top for j in context)  # "..., Ukraine"
        if lone and (n >= 2 or named) and n / sum(others.values()) >= 0.5:
            picks[i] = _typo(gaz, forms[0], top) or picks[i]
    # A bare name beside its county's ("DeKalb" in a text about "DeKalb County") is that
    # county, or a town of that name close to it, not a namesake across the country.
    for i, forms in enumerate(names):
        if not forms or picks[i] is None or regionish[i]:
            continue
        counties = [picks[j] for j, ks in enumerate(keys) for k in ks
                    if j != i and picks[j] is not None and picks[j].feature == ADMIN2
                    and k in (f"{normalize(forms[0])} county", f"{normalize(forms[0])} parish")]
        if counties and all(distance_km(c.lat, c.lon, picks[i].lat, picks[i].lon) > NEAR_KM
                            for c in counties):
            county = counties[0]
            close = [c for c in cands[i] if c.feature not in REGIONS
                     and distance_km(c.lat, c.lon, county.lat, county.lon) <= NEAR_KM / 3]
            picks[i] = max(close, key=lambda c: c.population) if close else county
    # A text that writes the city out in full ("Washington, D.C.") and names a town of the
    # state of the same name far from it (Seattle) means the state by the bare name.
    for i, cs in enumerate(cands):
        city = picks[i]
        if city is None or city.feature in REGIONS or regionish[i]:
            continue
        state = next((c for c in cs if c.feature == ADMIN1 and normalize(c.name) in keys[i]
                      and c.admin1_code != city.admin1_code), None)
        if state is not None and any(
                j != i and picks[j] is not None and picks[j].geonameid == city.geonameid
                and keys[j] != keys[i] for j in range(len(picks))) and any(
                p is not None and p.feature not in REGIONS
                and (p.country, p.admin1_code) == (state.country, state.admin1_code)
                and distance_km(p.lat, p.lon, city.lat, city.lon) > NEAR_KM for p in picks):
            picks[i] = state
    # "North", "the West", "Centre": a compass word is a region of the country the text is
    # about ("Centre" among Orleans and Tours), never of one it does not otherwise name
    # (Cameroon's "West" region in a story about California)
    # (nor is it put in the town of the story: "in the West" is not there)
    compass = {i for i, ks in enumerate(keys)
               if ks and all(set(k.split()) <= AREA_MODIFIERS | COMPASS_WORDS for k in ks)}
    for i in compass:
        if picks[i] is not None and not any(
                picks[j] is not None and picks[j].country == picks[i].country
                for j in range(len(picks)) if j != i):
            picks[i] = None
    # A seat of power stands in its city: "the White House" in Washington.
    for i, forms in enumerate(names):
        if picks[i] is None and forms:
            city = _landmark_city(gaz, forms[0])
            picks[i] = Within.of(city) if city is not None else None
    # A longer name the gazetteer lacks is read as the place it is named after, as the
    # document's own reading of that name when it has one ("Dublin" beside "Dublin Center
    # Drive"); read last, so that such a guess sways no other name.
    focus = _Focus(picks, home)
    for i, forms in enumerate(names):
        if picks[i] is not None or not forms or " " not in forms[0]:
            continue
        same = [picks[j] for run in _runs(forms[0]) for j, ks in enumerate(keys)
                if normalize(run) in ks and picks[j] is not None]
        found = [] if same or _site(forms[0], STREET_HEADS) else _embedded(gaz, forms[0])
        if focus.countries and not same:
            # a town abroad a building is named after is a person's name or a namesake
            # ("Darwin Library" in a text about Ohio)
            found = [c for c in found if c.feature in REGIONS or c.country in focus.countries]
        if _natural(forms[0]) and focus.grid.cells and not same:
            # ... and a harbour or lagoon is by the text's other places, not by a namesake
            # town across the country ("Quenby Harbor" in a story about Honolulu)
            found = [c for c in found if c.feature in REGIONS or focus.grid.closeness(c) > 0]
        if same or found:  # "Elmwood Avenue" is not in any Elmwood
            picks[i] = Within.of(same[0] if same else max(
                found, key=lambda c: _base_score(c, set(), False) + focus.bonus(c, i)))
    # A street or building the gazetteer lacks is in the town the text is about: the town
    # named beside it, else the town amid the others of the region the text keeps
    # returning to; a river or lake too, near enough for a local story ("the Quenby
    # River"); and any name known to be a place ("in Quenbyside").
    towns = [p for p in picks if p is not None and p.feature not in (*REGIONS, ADMIN2)]
    # ... or, in a text that names no town, in the county it names ("Dane County")
    towns = towns or [p for p in picks if p is not None and p.feature == ADMIN2]
    if towns and focus.admin1s:
        # a tie goes to the region of the country the text is most about (Damascus,
        # not Moscow, in a story about Syria that quotes Moscow once)
        region = max(focus.admin1s, key=lambda a1: (focus.admin1s[a1], focus.countries[a1[0]]))
        main = [p for p in towns if (p.country, p.admin1_code) == region]
        if focus.admin1s[region] < MAIN_REGION_SHARE * sum(focus.admin1s.values()):
            main = []  # a text that ranges over many regions is about none of them
        for i, forms in enumerate(names):
            if picks[i] is not None or not forms or i in compass or not (
                    _site(forms[0]) or _natural(forms[0]) or known and known[i]):
                continue
            beside = [picks[j] for j in (near[i] if near else ()) if picks[j] in towns]
            if beside or main:
                picks[i] = Within.of(max(
                    beside, key=lambda p: (focus.countries[p.country], p.population))
                    if beside else _medoid(main))
    return picks


# what puts something in a place: "in Quenbyside", "near", "north of", "the outskirts of"
_LOCATIVE = re.compile(
    r"\b(?:in|near|outside|inside|throughout|"
    r"(?:north|south|east|west)(?:-?(?:east|west))? of|outskirts of|suburbs? of)\s+(?:the\s+)?$",
    re.IGNORECASE)


def located_in(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the text puts something in a name (one of its mentions' spans): a locative
    word right before it ("clashes in Quenbyside"); a person or a feast is not so named."""
    return any(_LOCATIVE.search(text[max(0, start - 40):start]) for start, _ in spans)


# "the Quenbyskyi district of Kharkiv", "Quenby neighbourhood of Kyiv"
_PART_OF = re.compile(rf"(?:\s+(?:{'|'.join(sorted(CITY_PARTS))}))?\s+of\s+"
                      r"(?:the\s+(?:city|town)\s+of\s+)?")


def part_of(text: str, spans: list[tuple[int, int]], name: str,
            starts: dict[int, int]) -> int | None:
    """The entity (index by its mentions' ``starts``) a name is a part of: the town after
    "district of" ("the Quenbyskyi district of Kharkiv"), or after "of" when the name has
    the kind in it already ("Quenbyskyi District of Kharkiv")."""
    kind = name.split()[-1].lower() in CITY_PARTS
    for _, end in spans:
        m = _PART_OF.match(text, end)
        if m is not None and (kind or m.group(0).split()[0].lower() in CITY_PARTS):
            host = starts.get(m.end())
            if host is not None:
                return host
    return None


def _medoid(towns: list[GeoPlace]) -> GeoPlace:
    """The town amid the others, nearest to them all: where a local story is (Tyler among
    Longview and Jacksonville, not Houston, the biggest town it names in passing)."""
    return min(towns, key=lambda t: (
        sum(distance_km(t.lat, t.lon, o.lat, o.lon) for o in towns), -t.population))


def _landmark_city(gaz: Gazetteer, form: str) -> GeoPlace | None:
    """The city a seat of power stands in (:data:`~sitroom.nlp.landmarks.LANDMARKS`)."""
    key = re.sub(r"^the ", "", normalize(form))
    if key not in LANDMARKS:
        return None
    city, country = LANDMARKS[key]
    found = [p for p in gaz.lookup(city) if p.country == country and p.feature not in REGIONS]
    return max(found, key=lambda p: (p.feature == CAPITAL, p.population), default=None)


def resolve(gaz: Gazetteer, forms: list[str], context: list[list[str]] = ()) -> GeoPlace | None:
    """One name's best entry, among the document's other place names ``context``."""
    return resolve_names(gaz, [forms, *context])[0]


_DIRECTION = re.compile(
    r"\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?(?: part)?|outskirts|centre"
    r"|center|suburbs?|near|outside|close to|km|kilometres|kilometers|miles)\b(?: of)?", re.I)


def _within_named(gaz: Gazetteer, form: str) -> list[GeoPlace]:
    """"Town, Region" in one name: the town's entries inside the region when it is a
    country or region the gazetteer knows, else all of them."""
    head, _, rest = form.partition(",")
    found = gaz.lookup(head.strip())
    rest = rest.strip() if gaz.is_abbreviation(rest.strip()) else rest.strip(" .")  # "D.C."
    outer = [p for p in gaz.lookup(rest) if p.feature in REGIONS] if rest else []
    inside = [p for p in found if any(
        p.country == o.country and (o.feature != ADMIN1 or p.admin1_code == o.admin1_code)
        for o in outer)]
    regions = [o for o in outer if o.feature == ADMIN1]
    if not inside and found and regions:
        # "Stepove, Zaporizhzhia region" where the gazetteer has Stepoves only elsewhere:
        # somewhere in that region, not a namesake 250 km away
        return [Within.of(regions[0])]
    return inside or found


def geocode(gaz: Gazetteer, text: str, context: tuple[str, ...] = ()) -> GeoPlace | None:
    """A place string as analysts write it ("Izium, south-east of Kharkiv", "Pechenihy
    (Kharkiv region)", "Kyiv oblast"): its first part that resolves, read with the others (and any
    ``context`` names, e.g. the country of a data set) as the document around it."""
    cleaned = _DIRECTION.sub(",", re.sub(r"\d+", " ", text))
    parts = [p.strip(" .-") for p in re.split(r"[,;/()\[\]]|\s-\s", cleaned)]
    parts = [p for p in parts if len(p) > 1]
    if not parts:
        return None
    picks = resolve_names(gaz, [[p] for p in parts] + [[c] for c in context])
    best = next((p for p in picks[:len(parts)] if p is not None), None)
    # "Berezivka, Kyiv Oblast": when the gazetteer has no Berezivka in that oblast, the
    # oblast itself is a better answer than a Berezivka elsewhere.
    for outer in picks[1:]:
        if best is None or outer is None or outer is best:
            continue
        if outer.feature == ADMIN1 and (best.country, best.admin1_code) != (
                outer.country, outer.admin1_code):
            return outer
        if outer.feature == COUNTRY and best.country != outer.country:
            return outer
    return best


def population_baseline(gaz: Gazetteer, name: str) -> GeoPlace | None:
    """The largest place of that name, whatever the document (the baseline in evals)."""
    found = gaz.lookup(name)
    return max(found, key=lambda p: p.population) if found else None


# last words of names that honour a place rather than say where the body is
_EPONYMOUS = {"university", "college", "church", "company", "corporation", "corp", "inc",
              "airlines", "airways", "telecom", "co"}
# words that head an organisation's name after the place it is named for
_ORG_LINKS = re.compile(r"\s(?:of|for|in)\s+(?:the\s+)?")
_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*")


def names_in_orgs(gaz: Gazetteer, analysis: Analysis) -> dict[str, list[Mention]]:
    """Place names inside the names of organisations, by normalised name, each with its
    mentions: the leading one ("Paris" in "Paris Police Department", "Madison
    County" in "Madison County Health Department") or the one after "of", "for", "in"
    ("Bank of Canada", "University of Cincinnati", "Embassy in Kyiv"). Only a name that
    is a place by itself (a strong gazetteer name, not a nationality: "Russian Foreign
    Ministry" names no place), and never the whole name."""
    text = analysis.document.text
    out: dict[str, list[Mention]] = {}
    for e in analysis.entities:
        if e.type != "ORG":
            continue
        for m in e.mentions:
            for s, t in _org_places(gaz, m.text):
                out.setdefault(normalize(m.text[s:t]), []).append(
                    mention(text, m.start + s, m.start + t))
    return out


def _org_places(gaz: Gazetteer, name: str) -> list[tuple[int, int]]:
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", name)]
    found = []
    # "Columbia University", "Georgetown University": named for a place, not in it
    eponymous = name[words[-1][0]:].lower().strip(".") in _EPONYMOUS if words else True
    for k in range(0 if eponymous else min(4, len(words) - 1), 0, -1):  # the longest run
        s, t = words[0][0], words[k - 1][1]
        if _place_word_run(gaz, name[s:t]):
            found.append((s, t))
            break
    link = next(reversed(list(_ORG_LINKS.finditer(name))), None)  # the last "of"
    if link is not None and (not found or link.end() > found[0][1]):
        tail = [(w.start() + link.end(), w.end() + link.end())
                for w in re.finditer(r"\S+", name[link.end():])]
        for k in range(len(tail)):  # the longest trailing run: "Metropolitan Atlanta"
            s, t = tail[k][0], tail[-1][1]
            if (s, t) != (0, len(name)) and _place_word_run(gaz, name[s:t].rstrip(".,")):
                found.append((s, s + len(name[s:t].rstrip(".,"))))
                break
    return found or _country_inside(gaz, name, words)


def _country_inside(gaz: Gazetteer, name: str, words: list[tuple[int, int]]
                    ) -> list[tuple[int, int]]:
    """A country named inside an organisation's name, after its first word ("Air
    Zimbabwe", "HSBC Bank Malta"): a country's own name is no person's or firm's by
    chance, as a town's may be ("Club America" is no short form of a country). The longest
    run of up to three words; the first found."""
    for i in range(1, len(words)):
        for k in range(min(3, len(words) - i), 0, -1):
            s, t = words[i][0], words[i + k - 1][1]
            run = name[s:t].rstrip(".,")
            if (s, s + len(run)) == (0, len(name)) or not _place_word_run(gaz, run):
                continue
            best = gaz.lookup(run)[0]
            if best.feature == COUNTRY and normalize(best.name) == normalize(run):
                return [(s, s + len(run))]
    return []


def _place_word_run(gaz: Gazetteer, words: str) -> bool:
    return all(_NAME_WORD.fullmatch(w) for w in words.split()) and not _demonym(
        gaz, words) and words.lower() not in GENERIC_WORDS | ORG_HEADS and strength(
        gaz, normalize(words)) == 2


def _resolved(gaz: Gazetteer, best: GeoPlace, **fields) -> Place:
    """A place put where its gazetteer entry is (a curated sea or region has no GeoNames
    id: a negative one)."""
    return Place(name=best.name, geonameid=best.geonameid if best.geonameid > 0 else None,
                 lat=best.lat, lon=best.lon, country=best.country,
                 admin1=gaz.admin1_name(best), feature=best.feature,
                 precision=best.precision, **fields)


_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|asked|admitted|recalled|explained)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|asked)\s+$")


def _speaks(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether most mentions of a name are the subject of a verb of saying."""
    said = sum(1 for start, end in spans if _SAID_AFTER.match(text, end)
               or _SAID_BEFORE.search(text[max(0, start - 12):start]))
    return said >= 2 and 2 * said >= len(spans)


# a feast's name is a day, whatever the NER said: "St. Quenby's Day", "Independence Day"
_FEAST = re.compile(r"\s(?:Day|Eve)$")


def _demonym(gaz: Gazetteer, text: str) -> bool:
    key = normalize(re.sub(r"['’]s$", "", text))
    return (key in gaz.adjectives or re.sub(r"s$", "", key) in gaz.adjectives) and (
        key not in gaz.names)


# a town below this size after "the" is a title's word ("the King"); "the Hague" is bigger
TITLE_TOWN = 100_000
AREA_WORDS = {"direction", "region", "area", "front", "sector", "axis", "oblast", "district",
              "province", "city", "town", "outskirts", "border", "countryside", "suburbs"}


def _title(gaz: Gazetteer, text: str, start: int, form: str) -> bool:
    """"a letter from the King", "the Pope": one capitalised word after "the" whose best
    reading is a small town is a title or an office, not where anything happened ("the
    Hague" is a city that takes the article; "the Crimea" a region, "the Ukraine" a
    country)."""
    if " " in form or text[max(0, start - 4):start] != "the ":
        return False
    after = text[start + len(form):start + len(form) + 16].split()
    if after and after[0].strip(".,;:") in AREA_WORDS:
        return False  # "the Pokrovsk direction", "the Sumy region"
    ids = gaz.names.get(normalize(form))
    if not ids:
        return False
    best = gaz.places[ids[0]]
    return best.feature.startswith("P.") and best.feature != CAPITAL \
        and best.population < TITLE_TOWN


@extractor("places")
def extract_places(doc: Doc, analysis: Analysis) -> Analysis:
    gaz = get_gazetteer()
    text = doc_text(doc)
    ents = []
    for e in analysis.entities:
        if e.type not in PLACE_TYPES:
            continue
        # "Ukrainian", "Russian" are nationalities, not places, whatever the NER said; an
        # initial ("D") stands for a party or a person, not a place
        mentions = [m for m in e.mentions if not _demonym(gaz, m.text)
                    and (len(m.text.strip(".")) > 1 or normalize(m.text) in gaz.names)
                    and not _title(gaz, text, m.start, m.text) and not _FEAST.search(m.text)]
        if mentions and not _demonym(gaz, e.name):
            ents.append(e.model_copy(update={"mentions": mentions}))
    forms = [kind_forms(gaz, [e.name, *(a for a in e.aliases if not _demonym(gaz, a))], text,
                        [(m.start, m.end) for m in e.mentions]) for e in ents]
    spans = [[(m.start, m.end) for m in e.mentions] for e in ents]
    near = neighbours(spans)
    places = []
    signals, home = text_signals(gaz, text), home_country(text)
    # a lone unknown word the model calls a GPE is as often a surname ("in Chaudhry's
    # words"), and a span cut short ("Village of") no name: only a location, a facility or
    # a longer name is known to be a place by the word before it
    known = [e.name[:1].isupper() and not e.name.split()[-1].islower()
             and (e.type != "GPE" or " " in e.name)
             and located_in(text, sp) for e, sp in zip(ents, spans)]
    picks = resolve_names(gaz, forms, near, signals, home, known)
    # a name that mostly speaks ("said Noma", "Barry admitted") is a person's, unless a
    # big place's: "Moscow said" is its government
    speakers = {k for k, (best, sp) in enumerate(zip(picks, spans))
                if best is not None and best.feature not in REGIONS
                and best.population < CITY_NAMESAKE and _speaks(text, sp)}
    # the part of a town is in the town, whatever else has its name
    starts = {m.start: k for k, e in enumerate(ents) for m in e.mentions}
    for k, (ent, sp) in enumerate(zip(ents, spans)):
        host = part_of(text, sp, ent.name, starts)
        if host is not None and host != k and picks[host] is not None:
            picks[k] = Within.of(picks[host])
    # names inside organisations' names: to a place of that name, else a place of their own,
    # read with the others (a second pass, so that they move no other reading)
    inside = names_in_orgs(gaz, analysis)
    owner = {normalize(f): k for k, fs in enumerate(forms) for f in fs}
    lone = [key for key in inside if key not in owner]
    if lone:
        more = [[inside[key][0].text] for key in lone]
        both = neighbours([*spans, *([(m.start, m.end) for m in inside[key]] for key in lone)])
        picks_more = resolve_names(gaz, [*forms, *more], both, signals, home)[len(forms):]
    for i, (ent, best) in enumerate(zip(ents, picks), 1):
        if best is None:
            places.append(Place(id=f"pl{i}", entity=ent.id, name=ent.name,
                                mentions=ent.mentions))
            continue
        if isinstance(best, Within):  # on the map where it lies, under its own name
            places.append(Place(
                id=f"pl{i}", entity=ent.id, name=ent.name, lat=best.lat, lon=best.lon,
                country=best.country, admin1=gaz.admin1_name(best),
                precision=best.precision, within=best.name, mentions=ent.mentions))
            continue
        places.append(_resolved(gaz, best, id=f"pl{i}", entity=ent.id, mentions=ent.mentions))
    for k, key in enumerate(lone):
        best = picks_more[k]
        if best is None or isinstance(best, Within):
            continue  # a name in a name is put on the map only when the gazetteer has it
        places.append(_resolved(gaz, best, id=f"pl{len(places) + 1}", in_names=inside[key]))
    for key, found in inside.items():
        if key in owner:
            places[owner[key]] = places[owner[key]].model_copy(update={"in_names": found})
    places = [p for k, p in enumerate(places) if k not in speakers]
    # the entity of a resolved place is known to the knowledge base by its GeoNames id
    kb = {p.entity: f"geonames:{p.geonameid}" for p in places if p.geonameid}
    entities = [e.model_copy(update={"kb_id": kb[e.id]}) if e.id in kb else e
                for e in analysis.entities]
    return analysis.model_copy(update={"places": places, "entities": entities})
