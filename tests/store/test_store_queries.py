"""Reading the store back: documents, entities with their mentions, mentions."""

from __future__ import annotations

import pytest


@pytest.fixture
def filled(store, drones, talks):
    store.write(drones())
    store.write(talks())
    return store


def test_documents_list_with_counts(filled):
    docs = filled.documents()
    assert [d["id"] for d in docs] == ["doc-talks", "doc-drones"]  # by publication date
    drones = docs[1]
    assert drones["title"] == "Drones over Odesa" and drones["source"] == "test wire"
    assert drones["counts"] == {"posts": 1, "entities": 3, "places": 1, "times": 1,
                                "quotes": 0, "claims": 1, "events": 1}
    assert drones["analyzed_at"].endswith("+00:00")
    assert "text" not in drones and drones["chars"] > 0
    assert len(filled.documents(limit=1)) == 1


def test_entities_come_with_their_mentions(filled):
    people = filled.entities(type="PERSON")
    assert [p["name"] for p in people] == ["Keir Starmer", "Donald Trump"]
    starmer = people[0]
    assert starmer["document_id"] == "doc-talks" and starmer["id"] == "e1"
    assert starmer["aliases"] == ["Sir Keir Starmer", "Mr Starmer"]
    assert [m["text"] for m in starmer["mentions"]] == ["Sir Keir Starmer", "Mr Starmer"]


def test_entity_names_match_names_and_aliases_in_any_case(filled):
    assert [e["name"] for e in filled.entities(name="odessa")] == ["Odesa"]  # an alias
    assert [e["name"] for e in filled.entities(name="STARMER")] == ["Keir Starmer"]
    assert filled.entities(name="%") == []  # wildcards are literal
    assert [e["name"] for e in filled.entities(type="gpe", name="o")] == ["Odesa", "Washington"]


def test_mentions_in_document_order(filled):
    mentions = filled.mentions(entity="starmer")
    assert [(m["entity"], m["text"]) for m in mentions] == [
        ("Keir Starmer", "Sir Keir Starmer"), ("Keir Starmer", "Mr Starmer")]
    assert mentions[0]["start"] < mentions[1]["start"]
    everything = filled.mentions()
    assert len(everything) == 3 + 4
    assert [m["text"] for m in filled.mentions(document="doc-drones")] == [
        "Russia", "Odesa", "Ukraine's air force"]
