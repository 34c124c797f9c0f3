"""Shared fixtures: the model is loaded once per test session; texts are our own."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "samples" / "seed-liveblog.txt"
SAMPLE = ROOT / "samples" / "liveblog-2025-03-03.txt"


@pytest.fixture(scope="session")
def nlp():
    from sitroom.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def analyze(nlp):
    """analyze(text, **document fields) -> Analysis, through the whole pipeline."""
    from sitroom.pipeline import analyze_text

    return analyze_text


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/samples/seed-liveblog.txt is not beside the repo")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text, analyze):
    """The seed live blog, analyzed as `sitroom analyze seed --published 2025-02-27` does."""
    return analyze(seed_text, title=seed_text.split("\n", 1)[0], published="2025-02-27",
                   source="independent.co.uk")


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for the session (Debian's binaries; .ci/run installs them).

    Skipped where the binaries are missing, except under CI, where that is a failure.
    """
    from sitroom.store.pgserver import find_bin, temporary_server

    if find_bin() is None:
        if os.environ.get("CI"):
            pytest.fail("no PostgreSQL server binaries: .ci/run should have installed them")
        pytest.skip("no PostgreSQL server binaries (apt-get install postgresql)")
    with temporary_server() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A new, empty database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("postgres_server").new_database()


@pytest.fixture(scope="session")
def desks(analyze):
    """Our three desks' live blogs about the same days (tests/fixtures/liveblogs), analyzed
    once per session, dated by their file names."""
    out = []
    for path in sorted((ROOT / "tests" / "fixtures" / "liveblogs").glob("desk-*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append(analyze(text, title=text.split("\n", 1)[0], published=path.stem[-10:],
                           source=path.stem[:6], url=f"https://example.org/{path.stem}"))
    return out
