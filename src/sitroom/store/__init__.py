"""The store: analyses in SQLite (default) or PostgreSQL, one transaction per document.

>>> with open_store(":memory:") as store:          # doctest: +SKIP
...     store.write(analysis)                       # "inserted" | "unchanged" | "replaced"
...     store.entities(type="PERSON", name="starmer")

``open_store`` takes a SQLAlchemy URL (``sqlite:///x.db``, ``postgresql://…``) or a plain
file path (a SQLite file). Tables live in :mod:`.schema`, writing in :mod:`.writer`, reading
in :mod:`.queries`.
"""

from __future__ import annotations

import os

from sqlalchemy import Engine, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import IntegrityError

from ..model import Analysis
from . import queries, schema
from .schema import DEFAULT_DB, SCHEMA_VERSION, StoreError, display_url, make_engine, one_line
from .schema import prepare as _prepare
from .schema import to_url as _to_url
from .writer import Outcome, write_analysis

__all__ = ["DEFAULT_DB", "SCHEMA_VERSION", "Outcome", "Store", "StoreError", "open_store"]


class Store:
    """A connection pool to one database, with the writer and the queries over it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        """Where the store is, fit to print (no password)."""
        return display_url(self.engine.url)

    def write(self, analysis: Analysis | dict) -> Outcome:
        """Store one analysis in its own transaction; all of it or (on error) nothing.

        Raises :class:`StoreError` (with the cause chained) when the document cannot be
        written; the database is then as it was before the call.
        """
        if not isinstance(analysis, Analysis):
            analysis = Analysis.model_validate(analysis)
        doc_id = analysis.document.id
        if problems := analysis.problems():
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise StoreError(f"document {doc_id}: not stored: {problems[0]}{more}") from (
                ValueError("; ".join(problems)))
        for attempt in (1, 2):
            try:
                with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
                    with conn.begin():
                        return write_analysis(conn, analysis)
            except IntegrityError as err:
                # Another writer may have inserted the same document between our check and
                # our insert (PostgreSQL); one retry sees its row and compares against it.
                if attempt == 2:
                    raise StoreError(f"document {doc_id}: not stored: {one_line(err)}") from err
            except Exception as err:
                raise StoreError(f"document {doc_id}: not stored: {one_line(err)}") from err
        raise AssertionError("unreachable")

    def relink(self) -> int:
        """Rewrite every document's rows from its stored analysis (one transaction each),
        so that actors, incidents and the ledger cover them; returns how many."""
        with self.engine.connect() as conn:
            ids = list(conn.execute(select(schema.documents.c.id)).scalars())
        for doc_id in ids:
            analysis = Analysis.model_validate(self.analysis(doc_id))
            with self.engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
                with conn.begin():
                    write_analysis(conn, analysis, force=True)
        return len(ids)

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[dict]:
        with self.engine.connect() as conn:
            return queries.list_documents(conn, limit=limit, offset=offset)

    def entities(
        self,
        type: str | None = None,
        name: str | None = None,
        *,
        document: str | None = None,
        limit: int | None = None,
    ) -> list[dict]:
        with self.engine.connect() as conn:
            return queries.list_entities(conn, type=type, name=name, document=document,
                                         limit=limit)

    def mentions(
        self,
        entity: str | None = None,
        *,
        type: str | None = None,
        document: str | None = None,
        limit: int | None = None,
    ) -> list[dict]:
        with self.engine.connect() as conn:
            return queries.list_mentions(conn, entity=entity, type=type, document=document,
                                         limit=limit)

    def analysis(self, doc_id: str) -> dict:
        """The exact ``sitroom.analysis/1`` object stored for ``doc_id``; KeyError if none."""
        with self.engine.connect() as conn:
            data = queries.get_analysis(conn, doc_id)
        if data is None:
            raise KeyError(doc_id)
        return data

    def search(self, q: str, *, limit: int = 20, offset: int = 0) -> list[dict]:
        """Full-text search over posts and quotes: every word of ``q``, best match first."""
        with self.engine.connect() as conn:
            return queries.search(conn, q, limit=limit, offset=offset)

    def _read(self, query, *args, **kwargs):
        with self.engine.connect() as conn:
            return query(conn, *args, **kwargs)

    # Across documents (see queries.py for the filters each takes).
    def actors(self, **filters) -> list[dict]:
        """Actors: one per real-world actor, however many documents name it."""
        return self._read(queries.list_actors, **filters)

    def actor(self, actor_id: str) -> dict:
        """One actor with its quotes, events and claims; KeyError if none."""
        found = self._read(queries.actor_detail, actor_id)
        if found is None:
            raise KeyError(actor_id)
        return found

    def events(self, **filters) -> list[dict]:
        """Event reports with their sentences; filter by type, actor, place, since, until,
        text, incident, document, source."""
        return self._read(queries.list_events, **filters)

    def timeline(self, **filters) -> list[dict]:
        """Incidents (one per real event) by day, with their reports and sources counted."""
        return self._read(queries.list_incidents, **filters)

    def claims(self, **filters) -> list[dict]:
        return self._read(queries.list_claims, **filters)

    def ledger(self, **filters) -> list[dict]:
        """Figures by (measure, unit, period), with contradictions flagged."""
        return self._read(queries.ledger, **filters)

    def post_history(self, doc_id: str) -> list[dict]:
        """Every version of every post of a document, as first seen and as edited."""
        return self._read(queries.post_history, doc_id)

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.engine.connect() as conn:
            return queries.count_rows(conn)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_store(db: str | os.PathLike | URL = DEFAULT_DB, *, create: bool = True) -> Store:
    """Open (and, when ``create``, create) the store at a URL or SQLite file path.

    Raises :class:`StoreError` when the database cannot be reached, is not a sitroom store
    (``create=False``), or has another store schema version.
    """
    url = _to_url(db)
    try:
        engine = make_engine(url)
    except Exception as err:  # unknown dialect, missing driver, ...
        raise StoreError(f"cannot open {display_url(url)}: {one_line(err)}") from err
    try:
        before = _prepare(engine, create=create)
    except BaseException:
        engine.dispose()
        raise
    store = Store(engine)
    if before == "0001":  # stored before cross-document linking: link what is there
        store.relink()
    return store
