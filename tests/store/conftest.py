"""Analyses built by hand, so that the store tests need neither spaCy nor the extractors."""

from __future__ import annotations

import pytest

from sitroom.model import Analysis, Document
from sitroom.store import open_store

DRONES = "Russia launched {} drones at Odesa overnight, Ukraine's air force said."
TALKS = (
    "Sir Keir Starmer will meet Donald Trump in Washington on Thursday. "
    '"We want a lasting peace," Mr Starmer told reporters.'
)


def _span(text: str, part: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"start": start, "end": start + len(part), "text": part}


def drones_analysis(count: int = 40, doc_id: str = "doc-drones") -> Analysis:
    """Russia's drone attack on Odesa, as the pipeline would describe it."""
    text = DRONES.format(count)
    trigger = _span(text, "launched")
    return Analysis.model_validate({
        "document": {"id": doc_id, "title": "Drones over Odesa", "source": "test wire",
                     "published": "2025-02-27", "text": text},
        "posts": [{"id": "p1", "start": 0, "end": len(text)}],
        "entities": [
            {"id": "e1", "type": "GPE", "name": "Russia", "kb_id": "geonames:2017370",
             "mentions": [_span(text, "Russia")]},
            {"id": "e2", "type": "GPE", "name": "Odesa", "aliases": ["Odessa"],
             "kb_id": "geonames:698740", "mentions": [_span(text, "Odesa")]},
            {"id": "e3", "type": "ORG", "name": "Ukraine's air force", "roles": ["military"],
             "mentions": [_span(text, "Ukraine's air force")]},
        ],
        "places": [
            {"id": "pl1", "entity": "e2", "name": "Odesa", "geonameid": 698740, "lat": 46.48,
             "lon": 30.73, "country": "UA", "admin1": "Odesa", "feature": "P.PPLA",
             "precision": "city", "mentions": [_span(text, "Odesa")]},
        ],
        "times": [{"id": "t1", **_span(text, "overnight"), "type": "DATE",
                   "value": "2025-02-27", "anchor": "2025-02-27"}],
        "claims": [{"id": "c1", "value": count, "unit": "drones", "measure": "launched",
                    "claimant": "e3", "claimant_text": "Ukraine's air force", "hedge": "claimed",
                    "time": "t1", "place": "pl1", **_span(text, f"{count} drones"), "post": "p1"}],
        "events": [{"id": "v1", "type": "ASSAULT", "acled": {"event_type": "Explosions/Remote "
                    "violence", "sub_event_type": "Air/drone strike"}, "actor": "e1",
                    "actor_text": "Russia", "target": "e2", "target_text": "Odesa",
                    "place": "pl1", "date": "2025-02-27", "time": "t1", "trigger": trigger,
                    "sentence": {"start": 0, "end": len(text)}, "post": "p1",
                    "claims": ["c1"]}],
    })


def talks_analysis(text: str = TALKS, doc_id: str = "doc-talks") -> Analysis:
    """A scheduled meeting and a direct quote whose speaker is named two ways."""
    quote = _span(text, '"We want a lasting peace,"')
    return Analysis.model_validate({
        "document": Document(id=doc_id, text=text, published="2025-02-24").model_dump(),
        "entities": [
            {"id": "e1", "type": "PERSON", "name": "Keir Starmer",
             "aliases": ["Sir Keir Starmer", "Mr Starmer"], "roles": ["UK prime minister"],
             "mentions": [_span(text, "Sir Keir Starmer"), _span(text, "Mr Starmer")]},
            {"id": "e2", "type": "PERSON", "name": "Donald Trump",
             "mentions": [_span(text, "Donald Trump")]},
            {"id": "e3", "type": "GPE", "name": "Washington",
             "mentions": [_span(text, "Washington")]},
        ],
        "quotes": [{"id": "q1", "kind": "direct", **quote, "speaker": "e1",
                    "speaker_text": "Mr Starmer", "cue": "told"}],
    })


@pytest.fixture
def store(db_url):
    """An empty store, on SQLite and on PostgreSQL."""
    with open_store(db_url) as opened:
        yield opened


@pytest.fixture
def drones():
    """drones(count=40, doc_id=...) -> Analysis of the drone attack."""
    return drones_analysis


@pytest.fixture
def talks():
    """talks(text=..., doc_id=...) -> Analysis of the Starmer-Trump meeting."""
    return talks_analysis
