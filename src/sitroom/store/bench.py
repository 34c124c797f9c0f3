"""What storage costs and how fast the API answers: the store's part of ``sitroom bench``.

>>> result = run_store_bench(documents, events=100_000)     # doctest: +SKIP
>>> result["metrics"]["api.timeline_p95_ms"]

Three measures, each in ``metrics``:

- ``ingest.*``: the given documents analyzed (the clock on ``analyze`` alone), then their
  analyses written into a new SQLite file and (when the server binaries are there) a new
  PostgreSQL database, each twice, the best run counting; ``ingest.storage_share.sqlite``
  is writing time over analysis time (the target: under 0.2).
- ``store.*``: a synthetic store of at least ``events`` events (reports) is generated, in
  documents of ``EVENTS_PER_DOC`` events with their entities, places, claims and quotes, and
  written through the same writer (linking included): its documents per second.
- ``api.*``: p50/p95 latency in milliseconds of ``/timeline`` (random filters and pages) and
  ``/search`` (random words) on that store, through the ASGI app in-process (FastAPI's
  validation and serialization included; no network).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from ..model import Analysis, Document

EVENTS_PER_DOC = 25
ACTORS = [
    ("GPE", "Russia"), ("GPE", "Ukraine"), ("GPE", "United States"), ("GPE", "Britain"),
    ("GPE", "France"), ("GPE", "Germany"), ("GPE", "Poland"), ("GPE", "Turkey"),
    ("ORG", "Nato"), ("ORG", "European Union"), ("ORG", "United Nations"),
    ("ORG", "Kremlin"), ("PERSON", "Volodymyr Zelensky"), ("PERSON", "Vladimir Putin"),
    ("PERSON", "Keir Starmer"), ("PERSON", "Donald Trump"), ("PERSON", "Emmanuel Macron"),
    ("PERSON", "Olaf Scholz"), ("PERSON", "Sergei Lavrov"), ("PERSON", "Marco Rubio"),
]
PLACES = [("Odesa", 698740, 46.48, 30.73), ("Kharkiv", 706483, 50.0, 36.23),
          ("Sumy", 692194, 50.92, 34.8), ("Dnipro", 709930, 48.45, 34.98),
          ("Zaporizhzhia", 687700, 47.82, 35.19), ("Kyiv", 703448, 50.45, 30.52),
          ("Pokrovsk", 708546, 48.28, 37.18), ("Kherson", 706448, 46.64, 32.61)]
VERBS = [("ASSAULT", "struck", "Explosions/Remote violence", "Air/drone strike"),
         ("CONSULT", "met", None, None), ("ACCUSE", "accused", None, None),
         ("AID", "sent aid to", None, None), ("THREATEN", "threatened", None, None),
         ("AGREE", "agreed with", None, None), ("SANCTION", "sanctioned", None, None),
         ("COERCE", "detained officials of", "Strategic developments", "Arrests")]
WORDS = ["drones", "missiles", "ceasefire", "talks", "minerals", "peace", "sanctions",
         "frontline", "energy", "grain", "convoy", "brigade"]


def synthetic_analysis(i: int, rng: random.Random, start: date) -> Analysis:
    """Document ``i``: a live blog of EVENTS_PER_DOC posts, one event and figure in each."""
    day = start + timedelta(days=i % 365)
    parts, entities, places, events, claims, posts, quotes = [], {}, {}, [], [], [], []
    offset = 0

    def entity(kind: str, name: str, at: int) -> str:
        eid = entities.setdefault(name, {"id": f"e{len(entities) + 1}", "type": kind,
                                         "name": name, "mentions": []})
        eid["mentions"].append({"start": at, "end": at + len(name), "text": name})
        return eid["id"]

    for k in range(EVENTS_PER_DOC):
        (akind, actor), (tkind, target) = rng.sample(ACTORS, 2)
        place, gid, lat, lon = rng.choice(PLACES)
        ptype, verb, acled, sub = rng.choice(VERBS)
        n = rng.randint(2, 200)
        word = rng.choice(WORDS)
        sentence = (f"{actor} {verb} {target} near {place}, with {n} {word} reported. "
                    f'"We will not accept this," officials said.')
        s0 = offset
        a_at, v_at = s0, s0 + len(actor) + 1
        t_at = v_at + len(verb) + 1
        p_at = sentence.index(f"near {place}") + 5 + s0
        n_at = sentence.index(f"{n} {word}") + s0
        q_at = sentence.index('"We') + s0
        aid, tid = entity(akind, actor, a_at), entity(tkind, target, t_at)
        pid = places.setdefault(place, {"id": f"pl{len(places) + 1}", "name": place,
                                        "geonameid": gid, "lat": lat, "lon": lon,
                                        "country": "UA", "precision": "city", "mentions": []})
        pid["mentions"].append({"start": p_at, "end": p_at + len(place), "text": place})
        post_id, claim_id = f"p{k + 1}", f"c{k + 1}"
        posts.append({"id": post_id, "start": s0, "end": s0 + len(sentence),
                      "published": f"{day.isoformat()}T{8 + k % 12:02d}:00"})
        claims.append({"id": claim_id, "value": n, "unit": word, "measure": f"{word} reported",
                       "start": n_at, "end": n_at + len(f"{n} {word}"),
                       "text": f"{n} {word}", "post": post_id})
        quotes.append({"id": f"q{k + 1}", "kind": "direct", "start": q_at,
                       "end": q_at + len('"We will not accept this,"'),
                       "text": '"We will not accept this,"', "cue": "said", "post": post_id})
        events.append({"id": f"v{k + 1}", "type": ptype, "acled": {
            "event_type": acled, "sub_event_type": sub}, "actor": aid, "actor_text": actor,
            "target": tid, "target_text": target, "place": pid["id"], "date": day.isoformat(),
            "trigger": {"start": v_at, "end": v_at + len(verb), "text": verb},
            "sentence": {"start": s0, "end": s0 + len(sentence)}, "post": post_id,
            "claims": [claim_id]})
        parts.append(sentence)
        offset += len(sentence) + 1
    text = "\n".join(parts)
    return Analysis.model_validate({
        "document": {"id": f"bench-{i:06d}", "title": f"Live blog {i}", "text": text,
                     "source": f"wire-{i % 7}", "published": day.isoformat()},
        "posts": posts, "entities": list(entities.values()), "places": list(places.values()),
        "quotes": quotes, "claims": claims, "events": events,
    })


def _ms_quantiles(samples: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(samples, n=20, method="inclusive")
    return statistics.median(samples) * 1000, q[18] * 1000


def fill_store(store, events: int, *, seed: int = 7, console=None) -> dict[str, float]:
    """Write synthetic documents until the store holds at least ``events`` events."""
    rng = random.Random(seed)
    docs = -(-events // EVENTS_PER_DOC)
    t0 = time.perf_counter()
    for i in range(docs):
        store.write(synthetic_analysis(i, rng, date(2025, 1, 1)))
        if console and i and i % 500 == 0:
            console.log(f"store: {i}/{docs} documents")
    elapsed = time.perf_counter() - t0
    return {"store.events": store.counts()["events"], "store.documents": docs,
            "store.fill_docs_per_s": docs / elapsed}


def api_latency(store, requests: int = 300, *, seed: int = 11) -> dict[str, float]:
    """p50/p95 of /timeline and /search on the store, in-process."""
    from fastapi.testclient import TestClient

    from ..api.app import create_app

    rng = random.Random(seed)
    client = TestClient(create_app(store))
    client.get("/timeline")  # warm the connection pool and caches
    out: dict[str, float] = {}
    for name, make in (
        ("timeline", lambda: ("/timeline", rng.choice([
            {}, {"type": rng.choice(VERBS)[0]},
            {"since": f"2025-{rng.randint(1, 12):02d}-01", "limit": 100},
            {"actor": rng.choice(ACTORS)[1], "limit": 20},
            {"offset": rng.randint(0, 2000)},
        ]))),
        ("search", lambda: ("/search", {"q": " ".join(rng.sample(WORDS + [
            p[0] for p in PLACES], rng.randint(1, 2)))})),
    ):
        samples = []
        for _ in range(requests):
            path, params = make()
            t0 = time.perf_counter()
            response = client.get(path, params=params)
            samples.append(time.perf_counter() - t0)
            response.raise_for_status()
        out[f"api.{name}_p50_ms"], out[f"api.{name}_p95_ms"] = _ms_quantiles(samples)
    return out


def ingest_cost(documents: list[Document], *, postgres: bool = True, repeat: int = 2,
                console=None) -> dict[str, float]:
    """Analysis alone, then writing its analyses into SQLite (and PostgreSQL); each timed
    ``repeat`` times, the best run counting (as for the pipelines: this machine is noisy)."""
    from ..pipeline import analyze
    from . import open_store

    list(analyze(documents[:1]))  # the model loaded before the clock starts
    analyze_s = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        analyses = list(analyze(documents))
        analyze_s = min(analyze_s, time.perf_counter() - t0)
    out = {"ingest.docs": len(documents), "ingest.analyze_docs_per_s": len(documents)
           / analyze_s}

    def write_all(new_store, name: str) -> None:
        # as the model is loaded before analysis is timed: the driver, the server's caches
        # and the statements warmed on a scratch database first
        with open_store(new_store()) as scratch:
            scratch.write(analyses[0])
        write_s = float("inf")
        for _ in range(repeat):  # each run into a database of its own
            with open_store(new_store()) as store:
                t1 = time.perf_counter()
                for analysis in analyses:
                    store.write(analysis)
                write_s = min(write_s, time.perf_counter() - t1)
        out[f"ingest.store_docs_per_s.{name}"] = len(analyses) / write_s
        out[f"ingest.storage_share.{name}"] = write_s / analyze_s
        out[f"ingest.docs_per_s.{name}"] = len(analyses) / (analyze_s + write_s)

    with tempfile.TemporaryDirectory() as tmp:
        files = (str(Path(tmp) / f"ingest-{k}.db") for k in range(repeat + 1))
        write_all(lambda: next(files), "sqlite")
    if postgres:
        from .pgserver import find_bin, temporary_server

        if find_bin() is not None:
            with temporary_server(durable=True) as server:
                write_all(server.new_database, "postgresql")
        elif console:
            console.log("no PostgreSQL server binaries: PostgreSQL not measured")
    return out


def run_store_bench(documents: list[Document] | None = None, *, events: int = 100_000,
                    requests: int = 300, postgres: bool = True, db: str | None = None,
                    console=None) -> dict:
    """The store's bench: ``{"metrics": {...}}`` (see the module's docstring).

    ``db``: a SQLite file to keep the synthetic store in; when it already holds ``events``
    events it is measured as it is (generating 100,000 events takes a minute or two).
    """
    from . import open_store

    metrics: dict[str, float] = {}
    if documents:
        if console:
            console.log(f"ingest: {len(documents)} documents")
        metrics.update(ingest_cost(documents, postgres=postgres, console=console))
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(db or Path(tmp) / "bench.db") as store:
            held = store.counts()["events"]
            if held < events:
                if console:
                    console.log(f"store: generating {events} events")
                metrics.update(fill_store(store, events, console=console))
            else:
                metrics["store.events"] = held
            if console:
                console.log(f"api: {requests} requests per endpoint")
            metrics.update(api_latency(store, requests))
    return {"metrics": metrics}


if __name__ == "__main__":  # python -m sitroom.store.bench [EVENTS [DB]]: the store alone
    import json
    import sys

    from rich.console import Console

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    keep = sys.argv[2] if len(sys.argv) > 2 else None
    print(json.dumps(run_store_bench(events=count, db=keep, console=Console(stderr=True)),
                     indent=2))
