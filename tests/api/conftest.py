"""An API over a store of our three desks' live blogs (analyzed once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

LIVEBLOGS = Path(__file__).resolve().parents[1] / "fixtures" / "liveblogs"
TOKEN = "s3cret-token"


@pytest.fixture(scope="session")
def desk_analyses(analyze):
    out = []
    for path in sorted(LIVEBLOGS.glob("desk-*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append(analyze(text, title=text.split("\n", 1)[0], published=path.stem[-10:],
                           source=path.stem[:6], url=f"https://example.org/{path.stem}"))
    return out


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory, desk_analyses) -> str:
    from sitroom.store import open_store

    path = tmp_path_factory.mktemp("api") / "desks.db"
    with open_store(path) as store:
        for analysis in desk_analyses:
            store.write(analysis)
    return str(path)


@pytest.fixture
def client(filled_db):
    """A read-only API (no token) over the desks' store."""
    from fastapi.testclient import TestClient

    from sitroom.api.app import create_app

    with TestClient(create_app(filled_db)) as test_client:
        yield test_client
