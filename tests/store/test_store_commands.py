"""`sitroom ingest` and `sitroom query`: clean JSON on stdout, one-line errors on stderr."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from sitroom import pipeline
from sitroom.cli import main
from sitroom.model import Analysis
from sitroom.store import open_store


def run(*args: str, **env: str):
    return CliRunner(env=env).invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def db(tmp_path, drones, talks):
    """A store file with two documents, written without the pipeline."""
    path = tmp_path / "filled.db"
    with open_store(path) as store:
        store.write(drones())
        store.write(talks())
    return str(path)


def test_query_entities_is_a_json_list_with_mentions(db):
    result = run("query", "entities", "--type", "person", "--db", db)
    assert result.exit_code == 0, result.stderr
    entities = json.loads(result.stdout)
    assert [e["name"] for e in entities] == ["Keir Starmer", "Donald Trump"]
    assert [m["text"] for m in entities[0]["mentions"]] == ["Sir Keir Starmer", "Mr Starmer"]


def test_query_documents_mentions_and_analysis(db, drones):
    docs = json.loads(run("query", "documents", "--db", f"sqlite:///{db}").stdout)
    assert {d["id"] for d in docs} == {"doc-drones", "doc-talks"}
    mentions = json.loads(run("query", "mentions", "--entity", "odesa", "--db", db).stdout)
    assert [(m["document_id"], m["text"]) for m in mentions] == [("doc-drones", "Odesa")]
    stored = json.loads(run("query", "analysis", "--document", "doc-drones", "--db", db).stdout)
    assert stored == drones().to_json_dict()


def test_query_table_format(db):
    result = run("query", "entities", "--name", "starmer", "--format", "table", "--db", db,
                 COLUMNS="200")
    assert result.exit_code == 0
    assert "Keir Starmer" in result.stdout and "Mr Starmer" in result.stdout


def test_query_on_a_missing_database_is_a_one_line_error(tmp_path):
    missing = tmp_path / "none.db"
    result = run("query", "documents", "--db", str(missing))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"sitroom: error: no database at {missing}"
    assert not missing.exists()  # a query creates nothing


def test_ingest_counts_and_a_failed_document_leaves_no_rows(tmp_path, monkeypatch):
    """The pipeline stubbed: one document breaks the store, the others are written."""

    def fake_analyze(documents):
        for document in documents:
            analysis = Analysis(document=document, entities=[
                {"id": "e1", "type": "GPE", "name": "Kharkiv"}])
            if "broken" in document.text:
                analysis.entities.append(analysis.entities[0])  # duplicate id
            yield analysis

    monkeypatch.setattr(pipeline, "analyze", fake_analyze)
    for name, text in [("a.txt", "Shelling hit Kharkiv."), ("b.txt", "Kharkiv, broken."),
                       ("c.txt", "Kharkiv again.")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "s.db")
    paths = [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]

    result = run("ingest", *paths, "--db", db)
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"db": db, "documents": 3, "inserted": 2,
                                         "unchanged": 0, "replaced": 0, "failed": 1}
    assert result.stderr.count("\n") == 1 and "not stored" in result.stderr
    with open_store(db) as store:
        assert store.counts()["documents"] == 2 and store.counts()["entities"] == 2

    again = run("ingest", paths[0], paths[2], "--db", db)
    assert again.exit_code == 0
    assert json.loads(again.stdout)["unchanged"] == 2


def test_ingest_then_query_through_the_pipeline(tmp_path):
    """End to end: the real readers, model and extractors; a sqlite:/// URL; run twice."""
    text = ("Russia launched 40 drones at Odesa overnight, Ukraine's air force said. "
            "Volodymyr Zelensky said the attack showed Moscow did not want peace.\n")
    (tmp_path / "odesa.txt").write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'e2e.db'}"
    args = ["ingest", str(tmp_path / "odesa.txt"), "--published", "2025-02-27", "--db", url]

    first = run(*args)
    assert first.exit_code == 0, first.stderr
    summary = json.loads(first.stdout)
    assert (summary["inserted"], summary["failed"]) == (1, 0)
    with open_store(url) as store:
        counts = store.counts()

    second = run(*args)
    assert json.loads(second.stdout)["unchanged"] == 1
    with open_store(url) as store:
        assert store.counts() == counts

    entities = json.loads(run("query", "entities", "--db", url).stdout)
    names = {e["name"] for e in entities}
    assert {"Odesa", "Volodymyr Zelensky"} <= names
    for entity in entities:
        assert entity["mentions"]
        for m in entity["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
