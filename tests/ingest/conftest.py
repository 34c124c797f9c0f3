"""Helpers for reader tests: every text here is written for these tests."""

from __future__ import annotations

import pytest

from sitroom.ingest import ReadError, read_paths


@pytest.fixture
def read():
    """read(*paths, **overrides) -> list of Documents and ReadErrors, as the CLI gets them."""

    def run(*paths, **overrides):
        return list(read_paths([str(p) for p in paths], **overrides))

    return run


@pytest.fixture
def errors():
    """The one-line messages of the ReadErrors among items."""

    def pick(items):
        return [str(x) for x in items if isinstance(x, ReadError)]

    return pick
