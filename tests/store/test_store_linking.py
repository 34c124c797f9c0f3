"""Across documents: three live blogs of our own about the same days, through the pipeline.

Desk A announces the Starmer-Trump meeting and counts 150 drones overnight; desk B reports the
meeting and counts 120 for the same night; desk C, a day later, reports the meeting again.
"""

from __future__ import annotations


def _starmer(store) -> dict:
    (actor,) = store.actors(name="Starmer", type="PERSON")
    return actor


def test_one_actor_per_person_across_documents(store, desks):
    for analysis in desks:
        store.write(analysis)
    starmer = _starmer(store)
    assert {"Keir Starmer", "Sir Keir Starmer", "Mr Starmer"} <= {
        starmer["name"], *starmer["aliases"]}
    assert starmer["documents"] == 3  # desk C's bare "Starmer met Trump" is him too
    (trump,) = store.actors(name="Trump", type="PERSON")
    assert trump["documents"] == 3  # "Donald Trump", "Mr Trump", and desk C's bare "Trump"


def test_the_meeting_is_one_incident_with_every_report(store, desks):
    for analysis in desks:
        store.write(analysis)
    starmer = _starmer(store)
    meetings = store.timeline(type="CONSULT", actor=starmer["id"])
    assert len(meetings) == 1
    (meeting,) = meetings
    assert meeting["day"] == "2025-02-27"
    assert meeting["sources"] == 3 and meeting["reports"] >= 3
    assert {p["name"] for p in meeting["participants"]} == {"Keir Starmer", "Donald Trump"}
    assert "Starmer" in meeting["summary"]
    reports = store.events(incident=meeting["id"])
    assert {r["source"] for r in reports} == {"desk-a", "desk-b", "desk-c"}
    assert {r["status"] for r in reports} >= {"scheduled", "occurred"}
    for report in reports:  # each report leads back to its sentence
        text = store.analysis(report["document_id"])["document"]["text"]
        assert text[report["span"]["start"]:report["span"]["end"]] == report["sentence"]


def test_differing_figures_for_one_night_are_flagged(store, desks):
    for analysis in desks:
        store.write(analysis)
    (entry,) = store.ledger(measure="launched", contradicted=True)
    assert sorted(c["value"] for c in entry["claims"]) == [120, 150]
    assert entry["period"] == "2025-02-26TNI"
    assert "sources_differ" in entry["contradictions"]
    assert store.ledger(measure="leaders", contradicted=True) == []


def test_reingesting_adds_nothing_and_ids_survive_a_replacement(store, desks):
    for analysis in desks:
        store.write(analysis)
    before = store.counts()
    starmer, meeting = _starmer(store)["id"], store.timeline(type="CONSULT")[0]["id"]
    assert [store.write(a) for a in desks] == ["unchanged"] * 3
    assert store.counts() == before

    edited = desks[0].model_copy(deep=True)
    edited.document.text = edited.document.text.replace("on the plane", "on board")
    assert store.write(edited) == "replaced"
    assert _starmer(store)["id"] == starmer
    assert store.timeline(type="CONSULT")[0]["id"] == meeting


def test_the_seed_and_the_desks_make_one_picture(store, desks, seed):
    """The reference live blog with our three: one meeting, the differing counts flagged,
    and everything ingested twice adds no row."""
    everything = [seed, *desks]
    for analysis in everything:
        store.write(analysis)
    starmer = _starmer(store)
    (trump,) = store.actors(name="Donald Trump", type="PERSON")
    meetings = [m for m in store.timeline(type="CONSULT", actor=starmer["id"], limit=500)
                if trump["id"] in {p["id"] for p in m["participants"]} and m["day"] == "2025-02-27"]
    meeting = max(meetings, key=lambda m: m["reports"])
    sources = {r["source"] for r in store.events(incident=meeting["id"])}
    assert {"independent.co.uk", "desk-a", "desk-b", "desk-c"} <= sources
    flagged = store.ledger(measure="drones", contradicted=True)
    assert any({120, 150} <= {c["value"] for c in e["claims"]} for e in flagged)

    before = store.counts()
    assert {store.write(a) for a in everything} == {"unchanged"}
    assert store.counts() == before
