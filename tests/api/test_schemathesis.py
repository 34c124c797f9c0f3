"""Property tests of the API against its own OpenAPI spec (schemathesis): no request makes it
fail (5xx), and every answer has a documented status and matches its published schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from sitroom.api.app import create_app

from .conftest import TOKEN


@pytest.fixture(scope="module")
def api_schema(filled_db):
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(filled_db, token=TOKEN))


def _operations(api_schema, method: str):
    for result in api_schema.get_all_operations():
        operation = result.ok()
        if operation.method.upper() == method:
            yield operation


def test_no_read_fails_or_breaks_its_schema(api_schema):
    checked = []
    for operation in _operations(api_schema, "GET"):

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate()

        check()
        checked.append(operation.path)
    assert {"/search", "/timeline", "/entities/{actor_id}"} <= set(checked)


def test_writes_without_the_token_never_fail(api_schema):
    for operation in _operations(api_schema, "POST"):

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            response = case.call()
            assert response.status_code in (401, 422), response.text

        check()


def test_writes_with_the_token_never_fail(tmp_path, analyze):
    """Random analyses and texts, posted with the token: stored, or refused with a 4xx."""
    from sitroom.store import open_store

    db = tmp_path / "w.db"
    open_store(db).close()
    writable = schemathesis.openapi.from_asgi("/openapi.json", create_app(str(db), token=TOKEN))
    for operation in _operations(writable, "POST"):

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {TOKEN}"}
            response = case.call()
            assert response.status_code < 500, response.text

        check()
