"""geo: toponym resolution (and recognition) against GeoNames-tagged gold.

Two measures, each beside the population-only baseline (the largest place of the name):

- *resolution* on the gold toponyms that have coordinates: each gold name is resolved in
  its document's context (the document's other gold names), as a geoparser whose
  recogniser found them all would; ``acc161`` is the share placed within 161 km (100 miles)
  of the gold point, or picks the very GeoNames entry the gold names (sitroom's countries
  and regions sit at the median of their towns, not at GeoNames's point for them);
  ``acc161_coords`` counts by coordinates alone; ``median_km`` the median error (an
  unresolved name counts as wrong, at 20,000 km). Place strings (CIR monitor, Bellingcat)
  are geocoded whole: "Izium, south-east of Kharkiv".
- *end to end*, where the format has running text: sitroom analyses the raw text; a place
  mention is right when it overlaps a located gold toponym and lies within 161 km of it.
  Mentions over gold toponyms without coordinates are not counted either way, nor are
  place names sitroom could not put on the map.
  ``e2e_precision``, ``e2e_recall``, ``e2e_f1``; the baseline resolves the same mentions
  by population alone.
"""

from __future__ import annotations

import statistics

from ..extract.places import (
    candidates,
    distance_km,
    geocode,
    home_country,
    kind_forms,
    neighbours,
    population_baseline,
    resolve_names,
    text_signals,
)
from ..model import Document
from ..nlp.gazetteer import Place as GeoPlace
from ..nlp.gazetteer import get_gazetteer
from . import task
from .georeaders import GeoDoc, Toponym, read_geo
from .report import EvalResult
from .scoring import PRF

KM = 161.0
UNRESOLVED_KM = 20_000.0


def _error(gold: Toponym, place: GeoPlace | None) -> tuple[float, float]:
    """(error counting the gold's own GeoNames entry as exact, error by coordinates alone).

    The packaged gazetteer has no GeoNames points for countries and regions, so sitroom
    places them at the median of their towns: "Ontario" read as the province is 700 km from
    GeoNames's point for it, and "Canada" 1,000 km. Picking the very entry the annotator
    picked is a right resolution; both figures are reported."""
    if place is None:
        return UNRESOLVED_KM, UNRESOLVED_KM
    km = distance_km(gold.lat, gold.lon, place.lat, place.lon)
    same = gold.geonameid is not None and place.geonameid == gold.geonameid
    return (0.0 if same else km), km


def _resolution(errors: list[tuple[float, float]]) -> dict[str, float]:
    if not errors:
        return {"acc161": 0.0, "median_km": 0.0, "acc161_coords": 0.0}
    by_entry = [e for e, _ in errors]
    return {"acc161": sum(e <= KM for e in by_entry) / len(errors),
            "median_km": statistics.median(by_entry),
            "acc161_coords": sum(c <= KM for _, c in errors) / len(errors)}


def resolve_gold(docs: list[GeoDoc], misses: list[dict] | None = None
                 ) -> tuple[list[tuple], list[tuple]]:
    """Errors (km, see :func:`_error`) of sitroom and of the baseline on every located gold
    toponym; each wrong or unresolved one is added to ``misses`` when given."""
    gaz = get_gazetteer()
    ours, base = [], []
    for d in docs:
        located = [t for t in d.toponyms if t.located]
        if not located:
            continue
        if d.kind == "string":
            picks = [geocode(gaz, t.name, d.context) for t in located]
            baseline = [population_baseline(gaz, t.name.split(",")[0]) for t in located]
        else:
            near = neighbours([[(t.start, t.end)] for t in d.toponyms])
            # GeoWebNews marks common nouns too ("the city", "the district"), never located: a
            # recogniser of names would not give them, so they are no context either
            forms = [kind_forms(gaz, [t.name], d.text, [(t.start, t.end)])
                     if _proper(t.name) else [] for t in d.toponyms]
            # gold toponyms are places by definition: the task is where, not whether
            picks = resolve_names(gaz, forms, near, text_signals(gaz, d.text),
                                  home_country(d.text), known=[True] * len(forms))
            picks = [p for t, p in zip(d.toponyms, picks) if t.located]
            baseline = [population_baseline(gaz, t.name) for t in located]
        errors = [_error(t, p) for t, p in zip(located, picks)]
        ours += errors
        base += [_error(t, p) for t, p in zip(located, baseline)]
        if misses is not None:
            misses += [_miss(gaz, d, t, p, e) for t, p, (e, _) in zip(located, picks, errors)
                       if e > KM]
    return ours, base


def _proper(name: str) -> bool:
    return any(ch.isupper() for ch in name)


def _entry(place: GeoPlace | None) -> dict | None:
    if place is None:
        return None
    return {"geonameid": place.geonameid, "name": place.name, "lat": place.lat,
            "lon": place.lon, "country": place.country, "admin1": place.admin1_code,
            "feature": place.feature, "population": place.population}


def _miss(gaz, doc: GeoDoc, gold: Toponym, pick: GeoPlace | None, km: float) -> dict:
    """One wrong or unresolved gold toponym, for reading errors by family."""
    cands = [{**_entry(c), "km": round(distance_km(gold.lat, gold.lon, c.lat, c.lon))}
             for c in candidates(gaz, [gold.name.split(",")[0]])]
    return {"doc": doc.id, "name": gold.name, "start": gold.start,
            "gold": {"lat": gold.lat, "lon": gold.lon, "geonameid": gold.geonameid},
            "pick": _entry(pick), "km": None if pick is None else round(km),
            "others": sorted({t.name for t in doc.toponyms} - {gold.name}),
            "candidates": cands}


def end_to_end(docs: list[GeoDoc], progress=None) -> tuple[PRF, PRF]:
    """Counts of sitroom's places from raw text, and of the same mentions by population."""
    from ..pipeline import analyze

    gaz = get_gazetteer()
    texts = [d for d in docs if d.text]
    documents = [Document(id=f"geo{i}", text=d.text) for i, d in enumerate(texts)]
    tracked = progress(documents, "sitroom") if progress else documents
    counts = {"ours": [0, 0, 0], "base": [0, 0, 0]}  # tp, fp, fn
    for d, a in zip(texts, analyze(tracked)):
        located = [t for t in d.toponyms if t.located]
        unlocated = [t for t in d.toponyms if not t.located]
        for name, resolved in (("ours", None), ("base", "population")):
            hit = set()
            c = counts[name]
            for p in a.places:
                if p.lat is None:
                    continue  # a name not put on the map is not a geoparsed toponym
                for m in [*p.mentions, *p.in_names]:  # LGL marks "Paris" in "Paris Police"
                    point = (p.lat, p.lon) if resolved is None else _coords(
                        population_baseline(gaz, m.text))
                    gold = [k for k, t in enumerate(located) if m.start < t.end and t.start < m.end]
                    if not gold:
                        if not any(m.start < t.end and t.start < m.end for t in unlocated):
                            c[1] += 1
                        continue
                    gid = p.geonameid if resolved is None else getattr(
                        population_baseline(gaz, m.text), "geonameid", None)
                    ok = [k for k in gold if point[0] is not None and k not in hit and (
                        distance_km(located[k].lat, located[k].lon, *point) <= KM
                        or located[k].geonameid is not None
                        and str(located[k].geonameid) == str(gid))]
                    if ok:
                        hit.add(ok[0])
                        c[0] += 1
                    else:
                        c[1] += 1
            c[2] += len(located) - len(hit)
    return PRF(*counts["ours"]), PRF(*counts["base"])


def _coords(place: GeoPlace | None) -> tuple[float | None, float | None]:
    return (place.lat, place.lon) if place else (None, None)


@task("geo")
def evaluate(path: str, split: str | None = None, limit: int | None = None,
             progress=None) -> EvalResult:
    """The result's ``errors`` hold each wrong or unresolved gold toponym (name, gold point
    and entry, our pick and its distance, the candidates) for ``sitroom eval --errors``."""
    if split not in (None, "all", "literal", "ukraine"):
        raise ValueError(f"{path}: unknown split {split!r} (all, literal for GeoWebNews, "
                         "ukraine for the CIR monitor)")
    docs = list(read_geo(path, split))
    if limit:
        docs = docs[:limit]
    if not any(t.located for d in docs for t in d.toponyms):
        raise ValueError(f"{path}: no located toponyms found")
    misses: list[dict] = []
    ours, base = resolve_gold(docs, misses)
    metrics, baseline = _resolution(ours), _resolution(base)
    notes = [f"resolution: {len(ours)} located gold toponyms in {len(docs)} documents"]
    if any(d.text for d in docs):
        e2e, e2e_base = end_to_end(docs, progress)
        for out, counts in ((metrics, e2e), (baseline, e2e_base)):
            out.update({"e2e_f1": counts.f1, "e2e_precision": counts.precision,
                        "e2e_recall": counts.recall})
        notes.append(f"end to end: tp {e2e.tp}, fp {e2e.fp}, fn {e2e.fn}")
    return EvalResult(task="geo", data=path, n=len(ours), metrics=metrics,
                      baselines={"population only": baseline}, notes=notes, errors=misses)
