"""Places: the GPE/LOC/FAC entities put on the map with GeoNames.

Each place entity gets the gazetteer candidates of its name forms, ranked by

- the document's focus: the countries it names, and the countries of its unambiguous
  places (so "Pokrovsk" beside Donetsk and Kharkiv is the Ukrainian town, and "Odessa" in
  a text about Ukraine is not in Texas);
- feature importance and population (countries, then capitals, then big cities).

A name the gazetteer does not know is still reported, without coordinates, and never
affects the others. A resolved place's entity gets ``kb_id`` ``geonames:ID``.
"""

from __future__ import annotations

import math

from spacy.tokens import Doc

from ..model import Analysis, Place
from ..nlp.gazetteer import ADMIN1, AREAS, CAPITAL, COUNTRY, Gazetteer, get_gazetteer, normalize
from ..nlp.gazetteer import Place as GeoPlace
from . import extractor

PLACE_TYPES = ("GPE", "LOC", "FAC")
FOCUS_BONUS = 4.0  # a candidate in a country the text is about; e^4 ~ 55x the population


def _score(place: GeoPlace, focus: set[str], forms: set[str]) -> float:
    score = math.log(place.population + 10)
    if normalize(place.name) in forms:
        score += 1.6  # its own name, not a former or foreign one: "Pokrovsk" is not Engels
    if place.feature in AREAS:
        score += 10
    elif place.feature == CAPITAL:
        score += 1.5
    elif place.feature == ADMIN1:
        score -= 3  # bare names mean the city: "Sumy", "Donetsk"
    if place.country in focus:
        score += FOCUS_BONUS
    return score


def resolve(gaz: Gazetteer, forms: list[str], focus: set[str]) -> GeoPlace | None:
    """The best gazetteer entry for an entity's name forms, given the document's focus."""
    if forms and gaz.is_facility(forms[0]):
        return None  # "White House" is a building, not a translation of Casablanca
    seen: dict[int, GeoPlace] = {}
    for form in forms:
        for cand in gaz.lookup(form)[:25]:
            seen.setdefault(cand.geonameid, cand)
    if not seen:
        return None
    keys = {normalize(f) for f in forms}
    return max(seen.values(), key=lambda p: _score(p, focus, keys))


def document_focus(gaz: Gazetteer, names: list[list[str]]) -> set[str]:
    """Countries named, and countries of names that only one country's places carry."""
    focus = set()
    for forms in names:
        cands = [c for f in forms for c in gaz.lookup(f)[:25]]
        if not cands:
            continue
        if cands[0].feature == COUNTRY:
            focus.add(cands[0].country)
        elif len({c.country for c in cands}) == 1:
            focus.add(cands[0].country)
    return focus


@extractor("places")
def extract_places(doc: Doc, analysis: Analysis) -> Analysis:
    gaz = get_gazetteer()
    ents = [e for e in analysis.entities if e.type in PLACE_TYPES]
    forms = [[e.name, *e.aliases] for e in ents]
    focus = document_focus(gaz, forms)
    places = []
    for i, (ent, names) in enumerate(zip(ents, forms), 1):
        best = resolve(gaz, names, focus)
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
