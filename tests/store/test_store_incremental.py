"""Ingest as a newsroom runs it: again and again, on live blogs that grow, and killed midway."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from sitroom.store import open_store

URL = "https://example.org/live/ukraine-2025-02-27"
FIRST = """Ukraine live: talks in Washington
Keir Starmer will meet Donald Trump at the White House on Thursday.

08:10
Drones over Odesa
Russia launched 150 drones at Ukraine overnight, the air force said.
"""
# An hour later: the drone post corrected, a new post on top of the page.
LATER = FIRST.replace("150 drones", "160 drones") + """
09:30
Starmer lands
Mr Starmer landed in Washington on Thursday morning.
"""


def test_an_updated_live_blog_adds_its_posts_and_records_edits(store, analyze):
    first = analyze(FIRST, url=URL, published="2025-02-27")
    later = analyze(LATER, url=URL, published="2025-02-27")
    assert first.document.id == later.document.id  # the page's URL names it
    assert store.write(first) == "inserted"
    assert store.write(later) == "replaced"

    history = store.post_history(later.document.id)
    versions = {}
    for row in history:
        versions.setdefault(row["headline"], []).append(row)
    assert set(versions) >= {"Drones over Odesa", "Starmer lands"}
    drones = versions["Drones over Odesa"]
    assert [v["version"] for v in drones] == [1, 2]
    assert "150 drones" in drones[0]["text"] and "160 drones" in drones[1]["text"]
    assert [v["version"] for v in versions["Starmer lands"]] == [1]
    [claim] = [c for c in store.claims(document=later.document.id) if c["unit"] == "drone"]
    assert claim["value"] == 160  # the facts are the page as it is now

    before = store.counts()
    assert store.write(later) == "unchanged"
    assert store.write(first.model_copy()) == "replaced"  # an older copy: one more version
    assert store.counts()["post_history"] == before["post_history"] + 1
    assert store.counts()["documents"] == 1


def _analyses(path: Path, n: int, drones) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            analysis = drones(10 + i, doc_id=f"doc-{i:05d}")
            out.write(json.dumps(analysis.to_json_dict()) + "\n")


def _sitroom() -> list[str]:
    script = Path(sys.executable).parent / "sitroom"
    return [str(script)] if script.exists() else [
        sys.executable, "-c", "from sitroom.cli import main; main()"]


def _count(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM documents")).scalar()
    except Exception:  # not created yet
        return 0
    finally:
        engine.dispose()


def test_a_killed_ingest_leaves_whole_documents_and_the_next_run_completes(
        db_url, tmp_path, drones):
    n = 500
    batch = tmp_path / "batch.jsonl"
    _analyses(batch, n, drones)
    command = [*_sitroom(), "ingest", "--analyzed", str(batch), "--db", db_url]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _count(db_url) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    assert proc.poll() is None, "the ingest ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    with open_store(db_url) as store:
        counts = store.counts()
        done = counts["documents"]
        assert 20 <= done < n
        # Every document that is there is there in full, and nothing else is.
        for table in ("entities", "mentions", "places", "claims", "events", "posts"):
            per_doc = {"entities": 3, "mentions": 3}.get(table, 1)
            assert counts[table] == per_doc * done, table
        if store.engine.dialect.name == "sqlite":
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
                conn.exec_driver_sql(
                    "INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        assert store.search("drones", limit=5)

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert (summary["inserted"], summary["unchanged"]) == (n - done, done)
    with open_store(db_url) as store:
        assert store.counts()["events"] == n
        assert len(store.timeline(limit=n + 1)) == 1  # the same attack told n times


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "bad.jsonl:1: not JSON"),
    ('{"schema": "sitroom.analysis/1"}', "bad.jsonl: not a sitroom.analysis/1 object: "
                                         "document: Field required"),
])
def test_ingest_analyzed_names_the_bad_file(tmp_path, content, message):
    from click.testing import CliRunner

    from sitroom.cli import main

    bad = tmp_path / "bad.jsonl"
    bad.write_text(content + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--analyzed", str(bad), "--db",
                                       str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"sitroom: error: {tmp_path}/{message}")
    assert result.stderr.count("\n") == 1


def test_progress_goes_to_stderr_and_stdout_stays_one_json_line(tmp_path, drones):
    from click.testing import CliRunner

    from sitroom.cli import main

    batch = tmp_path / "b.jsonl"
    _analyses(batch, 3, drones)
    args = ["ingest", "--analyzed", str(batch), "--db", str(tmp_path / "x.db")]
    shown = CliRunner().invoke(main, [*args, "--progress"])
    assert shown.stderr.startswith("ingest: 1 documents (inserted 1,")
    assert json.loads(shown.stdout)["unchanged"] == 0
    quiet = CliRunner().invoke(main, args)  # not a terminal: no progress unless asked
    assert quiet.stderr == "" and json.loads(quiet.stdout)["unchanged"] == 3


PAGE_ONE = """Ukraine live: the day in Kyiv

08:00
Night attack on Kharkiv
Russia launched 70 drones at Kharkiv overnight, the regional governor said.

09:00
Talks in Riyadh
American and Ukrainian officials met in Riyadh on Tuesday.
"""
# Later the page shows only its newest posts: the Kharkiv post has dropped off.
PAGE_TWO = """Ukraine live: the day in Kyiv

09:00
Talks in Riyadh
American and Ukrainian officials met in Riyadh on Tuesday.

10:30
Power cuts
Ukraine's grid operator said 40,000 homes in Sumy were without power.
"""


def test_posts_that_drop_off_the_page_are_kept_with_their_facts(store, analyze):
    url = "https://example.org/live/kyiv"
    first = analyze(PAGE_ONE, url=url, published="2025-03-11")
    second = analyze(PAGE_TWO, url=url, published="2025-03-11")
    store.write(first)
    assert store.write(second) == "replaced"

    stored = store.analysis(second.document.id)
    text = stored["document"]["text"]
    assert text.startswith(PAGE_TWO) and "70 drones at Kharkiv" in text
    headlines = [p["headline"] for p in stored["posts"]]
    assert headlines.count("Night attack on Kharkiv") == 1 and "Power cuts" in headlines
    kept = [c for c in store.claims(document=second.document.id) if c["value"] == 70]
    assert len(kept) == 1  # the old post's figure, its span moved with its text
    span = kept[0]["span"]
    assert text[span["start"]:span["end"]] == kept[0]["text"]
    for event in store.events(document=second.document.id, limit=500):
        assert text[event["span"]["start"]:event["span"]["end"]] == event["sentence"]

    before = store.counts()
    assert store.write(second) == "unchanged"  # the page as it was fetched: nothing new
    assert store.counts() == before
    assert store.write(first) == "replaced"  # the old page again: the posts all there
    assert "Power cuts" in store.analysis(first.document.id)["document"]["text"]


def test_a_text_file_with_a_url_line_is_brought_up_to_date(tmp_path):
    """A desk saves its live blog as text every few minutes: the `URL:` line keeps it one
    document, its new posts added, its edited ones kept in the history."""
    from click.testing import CliRunner

    from sitroom.cli import main

    blog = tmp_path / "live.txt"
    db = str(tmp_path / "desk.db")

    def ingest(text: str) -> None:
        blog.write_text(f"URL: {URL}\n{text}Source: desk D\n", encoding="utf-8")
        result = CliRunner().invoke(main, ["ingest", str(blog), "--db", db,
                                           "--published", "2025-02-27"])
        assert result.exit_code == 0, result.output

    ingest(FIRST)
    ingest(LATER)
    with open_store(db) as store:
        assert store.counts()["documents"] == 1
        [doc] = store.documents()
        headlines = [row["headline"] for row in store.post_history(doc["id"])]
        assert headlines.count("Drones over Odesa") == 2 and "Starmer lands" in headlines
