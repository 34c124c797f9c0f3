"""`sitroom query` over the linked tables and `sitroom export` in its four formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from sitroom.cli import main
from sitroom.store import open_store


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def db(tmp_path, drones, talks):
    path = tmp_path / "x.db"
    with open_store(path) as store:
        store.write(drones(40, doc_id="doc-a"))
        other = drones(55, doc_id="doc-b")
        other.document.source = "other wire"
        store.write(other)
        store.write(talks())
    return str(path)


def test_query_filters(db):
    events = json.loads(run("query", "events", "--type", "assault", "--db", db).stdout)
    assert [e["document_id"] for e in events] == ["doc-a", "doc-b"]
    assert events[0]["sentence"].startswith("Russia launched 40 drones")
    assert len({e["incident_id"] for e in events}) == 1
    for args, expected in [(["--actor", "Russia"], 2), (["--place", "odesa"], 2),
                           (["--place", "698740"], 2), (["--since", "2025-02-28"], 0),
                           (["--until", "2025-02-27"], 2), (["--text", "launched"], 2),
                           (["--source", "other wire"], 1), (["--actor", "Starmer"], 0)]:
        rows = json.loads(run("query", "events", *args, "--db", db).stdout)
        assert len(rows) == expected, args
    (incident,) = json.loads(run("query", "timeline", "--db", db).stdout)
    assert (incident["reports"], incident["sources"]) == (2, 2)
    claims = json.loads(run("query", "claims", "--claimant", "air force", "--db", db).stdout)
    assert sorted(c["value"] for c in claims) == [40, 55]
    (entry,) = json.loads(run("query", "ledger", "--contradicted", "--db", db).stdout)
    # Two wires, one claimant (the air force), two numbers: both flags.
    assert entry["contradictions"] == ["sources_differ", "revised"]
    hits = json.loads(run("query", "search", "lasting", "peace", "--db", db).stdout)
    assert {h["kind"] for h in hits} == {"document", "quote"}
    (starmer,) = json.loads(run("query", "actors", "--name", "starmer", "--db", db).stdout)
    detail = json.loads(run("query", "actor", starmer["id"], "--db", db).stdout)
    assert detail["quotes"][0]["text"] == '"We want a lasting peace,"'


def test_query_rejects_a_bad_type_or_date(db):
    assert run("query", "events", "--type", "picnic", "--db", db).exit_code == 2
    assert run("query", "events", "--since", "yesterday", "--db", db).exit_code == 2


def test_export_formats(db):
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db",
                                                db).stdout)))
    assert [r["document_id"] for r in rows] == ["doc-a", "doc-b"]  # talks has no event
    assert rows[0]["place"] == "Odesa" and rows[0]["trigger"] == "launched"
    lines = run("export", "--format", "jsonl", "--db", db).stdout.splitlines()
    assert [json.loads(x)["document_id"] for x in lines][:2] == ["doc-a", "doc-b"]
    geo = json.loads(run("export", "--format", "geojson", "--db", db).stdout)
    assert geo["type"] == "FeatureCollection"
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [30.73, 46.48]}
    acled = list(csv.DictReader(io.StringIO(run("export", "--format", "acled-csv", "--db",
                                                 db).stdout)))
    (row,) = acled  # two reports, one event
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["country"] == "Ukraine" and row["location"] == "Odesa"
    assert row["source"] == "test wire; other wire" and row["event_date"] == "2025-02-27"


def test_export_to_a_file(db, tmp_path):
    out = tmp_path / "e.jsonl"
    result = run("export", "-o", str(out), "--type", "ASSAULT", "--db", db)
    assert result.exit_code == 0 and "exported 2 events" in result.stderr
    assert len(out.read_text().splitlines()) == 2
