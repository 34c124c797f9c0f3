"""An API over a store of our three desks' live blogs (analyzed once per session)."""

from __future__ import annotations

import pytest

TOKEN = "s3cret-token"


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory, desks) -> str:
    from sitroom.store import open_store

    path = tmp_path_factory.mktemp("api") / "desks.db"
    with open_store(path) as store:
        for analysis in desks:
            store.write(analysis)
    return str(path)


@pytest.fixture
def client(filled_db):
    """A read-only API (no token) over the desks' store."""
    from fastapi.testclient import TestClient

    from sitroom.api.app import create_app

    with TestClient(create_app(filled_db)) as test_client:
        yield test_client
