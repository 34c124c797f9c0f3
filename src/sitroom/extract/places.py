"""Places: the GPE/LOC/FAC entities put on the map with GeoNames.

:func:`resolve_names` resolves all the place names of one document together. Each name's
gazetteer candidates (its own and alternate names: "Kiev", "Kharkov", "Artemivsk") are
ranked by

- feature importance and population (countries, then capitals, then big cities; a bare
  region name means its city: "Sumy", "Donetsk");
- the document's focus: the countries and first-order regions it names, and those of its
  unambiguous places, weighted by how much of the document they hold (so "Pokrovsk"
  beside Donetsk and Kharkiv is the Ukrainian town, and "Odessa" in a text about Ukraine
  is not in Texas);
- closeness to the document's other places ("Alexandria" beside "Rapides Parish" and
  "Pineville" is in Louisiana).

A name the gazetteer does not know may be a single typo of a big place of the document's
main country ("Khiv" in a text about Kharkiv, Sumy and Odesa is Kyiv); when no such reading
is overwhelming it is still reported, without coordinates, and never affects the others.
A resolved place's entity gets ``kb_id`` ``geonames:ID``.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from spacy.tokens import Doc

from ..model import Analysis, Place
from ..nlp.gazetteer import ADMIN1, AREAS, CAPITAL, Gazetteer, get_gazetteer, normalize
from ..nlp.gazetteer import Place as GeoPlace
from . import extractor
from .entities import country_code

PLACE_TYPES = ("GPE", "LOC", "FAC")
MAX_CANDIDATES = 40
COUNTRY_BONUS = 4.0  # a candidate in the text's main country; e^4 ~ 55x the population
ADMIN1_BONUS = 2.5  # ... in a region the text names or keeps returning to
NEAR_BONUS = 2.0  # ... within NEAR_KM of another of the document's places
NEAR_KM = 150.0
TYPO_MIN_POPULATION = 100_000  # a typo reading must be a big place of the focus country
REGION_WORDS = re.compile(r"\b(oblast|region|province|state|krai|kray|county|governorate)$")


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
        found = gaz.lookup(form)
        if not found and normalize(form).endswith(" city"):
            found = gaz.lookup(normalize(form)[:-5])
        if not found:
            # a demonym given as a place ("Russian" forces): the country, when it is one
            code = country_code(form)
            found = [p for p in gaz.lookup(gaz.country_names.get(code, "")) if p.country == code]
        for cand in found[:MAX_CANDIDATES]:
            seen.setdefault(cand.geonameid, cand)
    return list(seen.values())


def _base_score(place: GeoPlace, keys: set[str], regionish: bool) -> float:
    score = math.log(place.population + 10)
    if normalize(place.name) in keys:
        score += 1.6  # its own name, not a former or foreign one: "Pokrovsk" is not Engels
    if place.feature in AREAS:
        score += 10
    elif place.feature == CAPITAL:
        score += 1.5
    elif place.feature == ADMIN1:
        # "Sumy" is the city, "the Sumy region" the oblast; "Washington" is the capital
        score += 4 if regionish else -3
    return score


class _Focus:
    """Where a document is: its countries and regions, weighted by share, and its anchors
    (places whose reading is not in doubt)."""

    def __init__(self, countries: Counter, admin1s: Counter, anchors: list[GeoPlace]):
        total = sum(countries.values()) or 1
        self.countries = {c: n / total for c, n in countries.items()}
        self.top = max(self.countries, key=self.countries.get) if countries else None
        total1 = sum(admin1s.values()) or 1
        self.admin1s = {a: n / total1 for a, n in admin1s.items()}
        self.anchors = anchors

    def bonus(self, place: GeoPlace, self_id: int | None = None) -> float:
        share = self.countries.get(place.country, 0.0)
        score = COUNTRY_BONUS * min(1.0, 0.5 + share) if share else 0.0
        if place.feature not in AREAS:
            share1 = self.admin1s.get((place.country, place.admin1_code), 0.0)
            if share1:
                score += ADMIN1_BONUS * min(1.0, 0.5 + share1)
            if any(a.geonameid != place.geonameid and a.geonameid != self_id
                   and a.feature not in AREAS and a.feature != ADMIN1
                   and distance_km(a.lat, a.lon, place.lat, place.lon) < NEAR_KM
                   for a in self.anchors):
                score += NEAR_BONUS
        return score


def _focus(gaz: Gazetteer, cands: list[list[GeoPlace]], picks: list[GeoPlace | None]) -> _Focus:
    countries: Counter = Counter()
    admin1s: Counter = Counter()
    anchors = []
    for cs, pick in zip(cands, picks):
        if not cs:
            continue
        if pick is not None:
            countries[pick.country] += 1
            if pick.feature == ADMIN1:
                admin1s[(pick.country, pick.admin1_code)] += 2  # named outright
            elif pick.feature not in AREAS:
                admin1s[(pick.country, pick.admin1_code)] += 1
        # unambiguous: the only candidate, or one whose rivals are all far smaller
        if pick is not None and pick.feature not in AREAS and (
                len(cs) == 1 or pick.population > 20 * max(
                    (c.population for c in cs if c.geonameid != pick.geonameid), default=0)):
            anchors.append(pick)
    return _Focus(countries, admin1s, anchors)


def _typo(gaz: Gazetteer, form: str, focus: _Focus) -> GeoPlace | None:
    """The one big place of the document's main country one edit away from ``form``."""
    key = normalize(form)
    if focus.top is None or len(key) < 4 or " " in key:
        return None
    found = {}
    for variant in _edits(key):
        for place in gaz.lookup(variant)[:5]:
            if (place.country == focus.top and place.feature not in AREAS
                    and place.population >= TYPO_MIN_POPULATION):
                found[place.geonameid] = place
    return next(iter(found.values())) if len(found) == 1 else None


def _edits(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters}) - {word}


def resolve_names(gaz: Gazetteer, names: list[list[str]]) -> list[GeoPlace | None]:
    """The best gazetteer entry for each of a document's place entities (their name forms),
    or None; resolved together, so that each reading supports the others."""
    cands = [candidates(gaz, forms) for forms in names]
    keys = [{normalize(f) for f in forms} for forms in names]
    regionish = [any(REGION_WORDS.search(k) for k in ks) for ks in keys]
    base = [{c.geonameid: _base_score(c, ks, r) for c in cs}
            for cs, ks, r in zip(cands, keys, regionish)]
    for cs, b, r in zip(cands, base, regionish):
        cities = {(c.country, c.admin1_code) for c in cs if c.feature not in (*AREAS, ADMIN1)}
        for c in cs:
            if c.feature == ADMIN1 and not r and (c.country, c.admin1_code) in cities:
                b[c.geonameid] -= 4  # a region named after its city: "Kyiv" is the city

    def pick(focus: _Focus | None) -> list[GeoPlace | None]:
        out = []
        for cs, b in zip(cands, base):
            if not cs:
                out.append(None)
                continue
            out.append(max(cs, key=lambda c: b[c.geonameid]
                           + (focus.bonus(c) if focus else 0.0)))
        return out

    picks = pick(None)
    for _ in range(2):  # the focus of the first reading settles the second
        picks = pick(_focus(gaz, cands, picks))
    focus = _focus(gaz, cands, picks)
    for i, forms in enumerate(names):
        if picks[i] is None and forms:
            picks[i] = _typo(gaz, forms[0], focus)
    return picks


def resolve(gaz: Gazetteer, forms: list[str], context: list[list[str]] = ()) -> GeoPlace | None:
    """One name's best entry, among the document's other place names ``context``."""
    return resolve_names(gaz, [forms, *context])[0]


_DIRECTION = re.compile(
    r"\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?(?: part)?|outskirts|centre"
    r"|center|suburbs?|near|outside|close to|km|kilometres|kilometers|miles)\b(?: of)?", re.I)


def geocode(gaz: Gazetteer, text: str, context: tuple[str, ...] = ()) -> GeoPlace | None:
    """A place string as analysts write it ("Chuhuiv, south of Kharkiv", "Pechenihy (Kharkiv
    region)", "Kyiv oblast"): its first part that resolves, read with the others (and any
    ``context`` names, e.g. the country of a data set) as the document around it."""
    cleaned = _DIRECTION.sub(",", re.sub(r"\d+", " ", text))
    parts = [p.strip(" .-") for p in re.split(r"[,;/()\[\]]|\s-\s", cleaned)]
    parts = [p for p in parts if len(p) > 1]
    if not parts:
        return None
    picks = resolve_names(gaz, [[p] for p in parts] + [[c] for c in context])
    return next((p for p in picks[:len(parts)] if p is not None), None)


def population_baseline(gaz: Gazetteer, name: str) -> GeoPlace | None:
    """The largest place of that name, whatever the document (the baseline in evals)."""
    found = gaz.lookup(name)
    return max(found, key=lambda p: p.population) if found else None


@extractor("places")
def extract_places(doc: Doc, analysis: Analysis) -> Analysis:
    gaz = get_gazetteer()
    ents = [e for e in analysis.entities if e.type in PLACE_TYPES]
    forms = [[e.name, *e.aliases] for e in ents]
    places = []
    for i, (ent, best) in enumerate(zip(ents, resolve_names(gaz, forms)), 1):
        if best is None:
            places.append(Place(id=f"pl{i}", entity=ent.id, name=ent.name,
                                mentions=ent.mentions))
            continue
        places.append(Place(
            id=f"pl{i}", entity=ent.id, name=best.name, geonameid=best.geonameid,
            lat=best.lat, lon=best.lon, country=best.country, admin1=gaz.admin1_name(best),
            feature=best.feature, precision=best.precision, mentions=ent.mentions,
        ))
    # the entity of a resolved place is known to the knowledge base by its GeoNames id
    kb = {p.entity: f"geonames:{p.geonameid}" for p in places if p.geonameid}
    entities = [e.model_copy(update={"kb_id": kb[e.id]}) if e.id in kb else e
                for e in analysis.entities]
    return analysis.model_copy(update={"places": places, "entities": entities})
