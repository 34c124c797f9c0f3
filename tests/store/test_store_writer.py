"""Writing analyses: all of a document or nothing, and the same document twice changes nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from sitroom.store import SCHEMA_VERSION, StoreError, open_store, schema, writer


def test_a_written_analysis_reads_back_exactly(store, drones):
    analysis = drones()
    assert store.write(analysis) == "inserted"
    stored = store.analysis("doc-drones")
    # The same contract, down to the order of the keys.
    assert json.dumps(stored) == json.dumps(analysis.to_json_dict())
    counts = store.counts()
    assert counts["documents"] == 1
    assert counts["entities"] == 3 and counts["mentions"] == 3
    assert counts["places"] == 1 and counts["place_mentions"] == 1
    assert counts["times"] == counts["claims"] == counts["events"] == counts["posts"] == 1


def test_every_fact_keeps_its_span_into_the_text(store, drones):
    analysis = drones()
    store.write(analysis)
    text = analysis.document.text
    for mention in store.mentions():
        assert text[mention["start"]:mention["end"]] == mention["text"]
    with store.engine.connect() as conn:
        claim = conn.exec_driver_sql('SELECT start, "end", text FROM claims').one()
        event = conn.exec_driver_sql(
            "SELECT trigger_start, trigger_end, sentence_start, sentence_end FROM events").one()
    assert text[claim.start:claim.end] == claim.text == "40 drones"
    assert text[event.trigger_start:event.trigger_end] == "launched"
    assert text[event.sentence_start:event.sentence_end] == text


def test_the_same_document_twice_changes_nothing(store, drones):
    assert store.write(drones()) == "inserted"
    before = (store.counts(), store.documents())
    assert store.write(drones()) == "unchanged"
    assert (store.counts(), store.documents()) == before  # analyzed_at included


def test_a_document_with_new_text_is_replaced_in_full(store, drones, talks):
    store.write(drones())
    store.write(talks())
    changed = drones(90)
    assert store.write(changed) == "replaced"
    assert store.analysis("doc-drones")["claims"][0]["text"] == "90 drones"
    assert [e["name"] for e in store.entities(document="doc-drones")] == [
        "Russia", "Odesa", "Ukraine's air force"]
    assert store.counts()["documents"] == 2
    assert store.counts()["mentions"] == 3 + 4  # no left-over rows of the old version

    fewer = talks()
    fewer.entities = fewer.entities[:1]
    assert store.write(fewer) == "replaced"
    assert [e["name"] for e in store.entities(document="doc-talks")] == ["Keir Starmer"]


def test_a_broken_analysis_leaves_no_rows(store, drones, talks):
    store.write(talks())
    broken = drones()
    # A GeoNames id past 64 bits: the database refuses the place, after the document, its
    # post, entities and mentions are already written.
    broken.places[0].geonameid = 2**64
    refused = r"^document doc-drones: not stored: .*(too large|out of range)"
    with pytest.raises(StoreError, match=refused) as raised:
        store.write(broken)
    assert "\n" not in str(raised.value)  # one line: no SQL, no parameters
    counts = store.counts()
    assert counts["documents"] == 1 and counts["entities"] == 3  # only the other document
    assert [d["id"] for d in store.documents()] == ["doc-talks"]
    with pytest.raises(KeyError):
        store.analysis("doc-drones")


def test_a_failure_midway_through_a_replacement_keeps_the_old_version(
    store, drones, monkeypatch
):
    store.write(drones())
    before = store.counts()
    real_insert = writer.insert_rows
    written = []

    def insert_then_fail(conn, table, rows):
        if len(written) == 4:
            raise OSError("disk unplugged")
        written.append(table.name)
        real_insert(conn, table, rows)

    monkeypatch.setattr(writer, "insert_rows", insert_then_fail)
    changed = drones(90)
    with pytest.raises(StoreError) as raised:
        store.write(changed)
    assert str(raised.value) == "document doc-drones: not stored: disk unplugged"
    assert isinstance(raised.value.__cause__, OSError)
    assert written == ["documents", "posts", "entities", "mentions"]
    assert store.counts() == before
    assert store.analysis("doc-drones")["claims"][0]["text"] == "40 drones"

    monkeypatch.setattr(writer, "insert_rows", real_insert)
    assert store.write(changed) == "replaced"


def test_a_failure_on_a_new_document_leaves_nothing(store, drones, monkeypatch):
    real_insert = writer.insert_rows

    def fail_on_places(conn, table, rows):
        if table.name == "places":
            raise RuntimeError("boom")
        real_insert(conn, table, rows)

    monkeypatch.setattr(writer, "insert_rows", fail_on_places)
    with pytest.raises(StoreError, match="boom"):
        store.write(drones())
    assert set(store.counts().values()) == {0}


def test_an_analysis_that_contradicts_itself_is_refused_whole(store, drones):
    broken = drones()
    broken.claims.append(broken.claims[0].model_copy())
    broken.times[0].end = 10_000
    with pytest.raises(StoreError, match=r"^document doc-drones: not stored: claims\[1\]: "
                                         r"id 'c1' is given twice \(and 1 more\)$"):
        store.write(broken)
    assert set(store.counts().values()) == {0}


def test_a_dict_is_validated_as_the_contract(store, drones):
    data = drones().to_json_dict()
    assert store.write(data) == "inserted"
    data["entities"][0]["type"] = "COUNTRY"
    with pytest.raises(ValueError):
        store.write(data)


@pytest.mark.parametrize("form", ["path", "str", "url"])
def test_open_store_takes_a_path_or_a_url(tmp_path, drones, form):
    path = tmp_path / "x.db"
    db = {"path": path, "str": str(path), "url": f"sqlite:///{path}"}[form]
    with open_store(db) as store:
        store.write(drones())
        assert store.url == str(path)
    with open_store(db, create=False) as store:
        assert [d["id"] for d in store.documents()] == ["doc-drones"]


def test_sqlite_pragmas_and_schema_version(tmp_path):
    with open_store(tmp_path / "x.db") as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        version = conn.exec_driver_sql(
            "SELECT value FROM store_meta WHERE key = 'schema_version'").scalar()
    assert version == str(SCHEMA_VERSION)


def test_opening_fails_cleanly(tmp_path):
    with pytest.raises(StoreError, match="no database at"):
        open_store(tmp_path / "missing.db", create=False)
    with pytest.raises(StoreError, match="no directory"):
        open_store(tmp_path / "nowhere" / "x.db")
    with pytest.raises(StoreError, match="not a database URL|cannot open"):
        open_store("nosuchdialect://host/db")

    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a sitroom database"):
        open_store(other, create=False)

    future = tmp_path / "future.db"
    open_store(future).close()
    with sqlite3.connect(future) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StoreError, match="store revision 0099, newer than this sitroom"):
        open_store(future)


def test_a_store_from_before_migrations_is_upgraded_on_open(tmp_path, drones):
    """A version-1 store (no alembic_version table) gains the new tables, its rows kept."""
    from alembic import command
    from alembic.config import Config

    old = tmp_path / "old.db"
    config = Config()
    config.set_main_option("script_location", "sitroom.store:migrations")
    config.set_main_option("sqlalchemy.url", f"sqlite:///{old}")
    command.upgrade(config, "0001")
    with sqlite3.connect(old) as conn:  # as sitroom 0.1 left it
        conn.execute("DROP TABLE alembic_version")
        analysis = drones().to_json_dict()
        conn.execute("INSERT INTO documents VALUES ('doc-drones', 'sitroom.analysis/1', NULL, "
                     "NULL, NULL, NULL, 'en', ?, ?, 'x', '2025-01-01 00:00:00')",
                     (analysis["document"]["text"], json.dumps(analysis)))
    with open_store(old, create=False) as store:
        assert store.counts()["documents"] == 1
        # Relinked on the way: the old document's facts are in the new tables.
        assert [a["name"] for a in store.actors(name="Russia")] == ["Russia"]
        assert len(store.timeline()) == 1 and store.search("drones")
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() \
                == schema.HEAD_REVISION
            assert conn.exec_driver_sql("SELECT value FROM store_meta").scalar() == "2"


def test_migrations_build_exactly_the_tables_the_code_declares(db_url):
    """Alembic's own comparison of the migrated database with schema.py finds nothing."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with open_store(db_url) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), schema.metadata)
    # Full-text search lives outside the declared tables: FTS5's tables, PostgreSQL's tsv.
    diff = [d for d in diff if not (
        (d[0] == "remove_table" and d[1].name.startswith("search_fts"))
        or (d[0] == "remove_column" and d[3].name == "tsv")
        or (d[0] == "remove_index" and d[1].name == "ix_search_text_tsv")
        or (d[0] == "remove_table" and d[1].name == "alembic_version"))]
    assert diff == []


def test_a_postgresql_url_uses_the_shipped_driver():
    assert schema.to_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert schema.to_url("postgresql+psycopg://u@h/db").drivername == "postgresql+psycopg"
