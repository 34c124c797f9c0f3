"""The REST API: typed pages, filters as in `sitroom query`, JSON errors, writes behind a token."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sitroom.api.app import create_app
from sitroom.store import open_store

from .conftest import TOKEN


def test_openapi_is_published_with_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    assert {"/search", "/timeline", "/entities/{actor_id}", "/events", "/claims", "/ledger",
            "/documents"} <= set(spec["paths"])


def test_timeline_merges_the_meeting_and_pages(client):
    page = client.get("/timeline", params={"type": "CONSULT", "actor": "Starmer"}).json()
    (meeting,) = page["items"]
    assert (meeting["day"], meeting["sources"]) == ("2025-02-27", 3)
    reports = client.get("/events", params={"incident": meeting["id"]}).json()["items"]
    assert {r["source"] for r in reports} == {"desk-a", "desk-b", "desk-c"}

    first = client.get("/events", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    second = client.get("/events", params={"limit": 2, "offset": 2}).json()
    assert first["items"][-1] != second["items"][0]
    everything = client.get("/events", params={"limit": 500}).json()
    assert everything["next_offset"] is None


def test_entity_has_its_quotes_events_and_claims(client):
    (starmer,) = client.get("/entities", params={"name": "Starmer", "type": "PERSON"}).json()[
        "items"]
    detail = client.get(f"/entities/{starmer['id']}").json()
    assert any("peace that lasts" in q["text"] for q in detail["quotes"])
    assert {e["type"] for e in detail["events"]} >= {"CONSULT"}
    (ukraine,) = [a for a in client.get("/entities", params={"name": "Ukraine"}).json()[
        "items"] if a["type"] == "GPE"]
    claims = client.get(f"/entities/{ukraine['id']}").json()["claims"]
    assert sorted(c["value"] for c in claims if c["unit"] == "drone") == [120, 150, 160]


def test_search_and_ledger(client):
    hits = client.get("/search", params={"q": "peace lasts"}).json()["items"]
    assert hits and hits[0]["document_id"]
    ledger = client.get("/ledger", params={"contradicted": True}).json()["items"]
    assert [sorted(c["value"] for c in e["claims"]) for e in ledger] == [[120, 150]]


@pytest.mark.parametrize(("path", "status"), [
    ("/entities/a-nobody", 404), ("/documents/doc-none", 404), ("/events?since=27-02", 422),
    ("/events?type=PICNIC", 422), ("/search", 422), ("/events?limit=0", 422),
    ("/nowhere", 404),
])
def test_errors_are_json_with_the_right_status(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert response.json()["detail"]


def test_writes_need_the_token(filled_db, desks, tmp_path):
    body = desks[0].to_json_dict()
    read_only = TestClient(create_app(filled_db))
    assert read_only.post("/analyses", json=body).status_code == 403

    db = tmp_path / "w.db"
    open_store(db).close()
    writable = TestClient(create_app(str(db), token=TOKEN))
    assert writable.post("/analyses", json=body).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert writable.post("/analyses", json=body, headers=wrong).status_code == 401
    good = {"Authorization": f"Bearer {TOKEN}"}
    assert writable.post("/analyses", json=body, headers=good).json()["outcome"] == "inserted"
    assert writable.post("/analyses", json=body, headers=good).json()["outcome"] == "unchanged"
    posted = writable.post("/documents", headers=good, json={
        "text": "Russia launched 12 drones at Kharkiv overnight.", "published": "2025-03-01"})
    assert posted.status_code == 200 and posted.json()["outcome"] == "inserted"
    assert writable.post("/documents", headers=good, json={
        "text": "x", "published": "someday"}).status_code == 422
    assert writable.get("/").json()["documents"] == 2


def test_postgresql_serves_the_same_picture(client, desks, postgres_server):
    """The same analyses in PostgreSQL: the same ids, incidents, ledger and search hits."""
    url = postgres_server.new_database()
    with open_store(url) as store:
        for analysis in desks:
            store.write(analysis)
        pg = TestClient(create_app(store))
        for path in ("/timeline?limit=500", "/events?limit=500", "/entities?limit=500",
                     "/ledger", "/claims?limit=500"):
            assert pg.get(path).json() == client.get(path).json(), path

        def hits(c):
            return {(h["document_id"], h["kind"], h["id"])
                    for h in c.get("/search", params={"q": "drones"}).json()["items"]}

        assert hits(pg) == hits(client) != set()


def test_a_broken_database_is_a_json_503(tmp_path, desks):
    import sqlite3

    db = tmp_path / "broken.db"
    with open_store(db) as store:
        store.write(desks[0])
    api = TestClient(create_app(str(db)), raise_server_exceptions=False)
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE incident_actors")
        conn.execute("DROP TABLE incidents")
    response = api.get("/timeline")
    assert response.status_code == 503
    assert response.json()["detail"].startswith("database error: no such table: incidents")


def test_an_analysis_that_contradicts_itself_is_a_422(tmp_path, desks):
    db = tmp_path / "w.db"
    open_store(db).close()
    writable = TestClient(create_app(str(db), token=TOKEN))
    body = desks[0].to_json_dict()
    body["events"][0]["actor"] = "e999"
    response = writable.post("/analyses", json=body,
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422
    assert response.json()["detail"].endswith("events[0].actor: no entity 'e999'")
    assert writable.get("/").json()["documents"] == 0
