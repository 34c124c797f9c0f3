"""The REST API over a store: read-only by default, ingest behind a bearer token.

>>> app = create_app("sitroom.db")                     # doctest: +SKIP
>>> uvicorn.run(app)                                    # or: sitroom serve --db sitroom.db

Every list is paginated (``limit``, ``offset``; the page says ``next_offset``) and takes the
same filters as ``sitroom query``. Errors are JSON ``{"detail": …}`` with the HTTP status
that fits: 404 for an unknown id, 422 for a bad parameter, 401/403 for writes without the
token, 503 when the database cannot be reached or read, 500 (still JSON) for a bug.
"""

from __future__ import annotations

import secrets
from datetime import date
from importlib.metadata import version
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError

from ..model import Analysis, EntityType, PloverType
from ..store import Store, StoreError, open_store
from ..store.schema import one_line
from . import models

ERRORS = {404: {"model": models.Error}, 422: {"model": models.Error}}
WRITE_ERRORS = {401: {"model": models.Error}, 403: {"model": models.Error},
                422: {"model": models.Error}}

Limit = Annotated[int, Query(ge=1, le=500, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Words = Annotated[str | None, Query(max_length=200)]
Day = Annotated[date | None, Query(description="A day (YYYY-MM-DD).")]


def _clean(value: str | None) -> str | None:
    """A query string fit for any database: no NUL (PostgreSQL refuses it), trimmed."""
    if value is None:
        return None
    value = value.replace("\x00", "").strip()
    return value or None


def _page(rows: list, limit: int, offset: int) -> dict:
    return {"items": rows, "limit": limit, "offset": offset,
            "next_offset": offset + len(rows) if len(rows) == limit else None}


class EventFilters:
    """The filters of events and the timeline, as in ``sitroom query``."""

    def __init__(
        self,
        type: PloverType | None = None,
        actor: Words = None,
        place: Words = None,
        since: Annotated[date | None, Query(description="From this day.")] = None,
        until: Annotated[date | None, Query(description="Up to this day, included.")] = None,
        text: Words = None,
        source: Words = None,
    ) -> None:
        place = _clean(place)
        if place and place.isascii() and place.isdigit() and len(place) > 9:  # no GeoNames id
            place = "-"
        self.values = {"type": type, "actor": _clean(actor), "place": place,
                       "since": since.isoformat() if since else None,
                       "until": until.isoformat() if until else None,
                       "text": _clean(text), "source": _clean(source)}


def create_app(db: str | Store, *, token: str | None = None) -> FastAPI:
    """The API over the store at ``db`` (a URL or SQLite path, which must exist, or an open
    Store). ``token`` enables ingest over HTTP for requests bearing it."""
    store = db if isinstance(db, Store) else open_store(db, create=False)
    app = FastAPI(
        title="sitroom",
        version=version("sitroom"),
        description="A sourced situation picture: events, figures and quotes from live blogs, "
                    "one entity per actor and one incident per real event across sources.",
    )

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, err: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(err)}, status_code=503)

    @app.exception_handler(SQLAlchemyError)
    async def _database_error(request: Request, err: SQLAlchemyError) -> JSONResponse:
        # The database is unreachable, locked or not what it should be: not the caller's fault.
        return JSONResponse({"detail": f"database error: {one_line(err)}"}, status_code=503)

    @app.exception_handler(Exception)
    async def _bug(request: Request, err: Exception) -> JSONResponse:
        return JSONResponse({"detail": f"internal error: {type(err).__name__}"},
                            status_code=500)

    @app.get("/", response_model=models.Info)
    def info():
        """What this store holds."""
        return {"version": app.version, "documents": store.counts()["documents"],
                "writable": token is not None}

    @app.get("/documents", response_model=models.Page[models.DocumentSummary],
             responses=ERRORS)
    def documents(limit: Limit = 50, offset: Offset = 0):
        """Stored documents (without their text), with their facts counted."""
        rows = store.documents(limit=limit, offset=offset)
        return _page(rows, limit, offset)

    @app.get("/documents/{doc_id}", responses=ERRORS)
    def document(doc_id: Annotated[str, Path(max_length=200)]) -> dict:
        """The stored ``sitroom.analysis/1`` object, exactly as written."""
        try:
            return store.analysis(doc_id)
        except KeyError:
            raise HTTPException(404, f"no document {doc_id}") from None

    @app.get("/entities", response_model=models.Page[models.Actor], responses=ERRORS)
    def entities(type: EntityType | None = None, name: Words = None, limit: Limit = 50,
                 offset: Offset = 0):
        """Actors: one per real-world actor across documents."""
        rows = store.actors(type=type, name=_clean(name), limit=limit, offset=offset)
        return _page(rows, limit, offset)

    @app.get("/entities/{actor_id}", response_model=models.ActorDetail, responses=ERRORS)
    def entity(actor_id: Annotated[str, Path(max_length=200)]):
        """One actor with its quotes, the events it took part in and the figures it gave."""
        try:
            return store.actor(actor_id)
        except KeyError:
            raise HTTPException(404, f"no entity {actor_id}") from None

    @app.get("/events", response_model=models.Page[models.EventReport], responses=ERRORS)
    def events(filters: Annotated[EventFilters, Depends()], incident: Words = None,
               limit: Limit = 50, offset: Offset = 0):
        """Event reports, by day, each with its sentence and source."""
        rows = store.events(**filters.values, incident=_clean(incident), limit=limit,
                            offset=offset)
        return _page(rows, limit, offset)

    @app.get("/timeline", response_model=models.Page[models.Incident], responses=ERRORS)
    def timeline(filters: Annotated[EventFilters, Depends()], limit: Limit = 50,
                 offset: Offset = 0):
        """Incidents by day: one per real event, with its reports and sources counted."""
        return _page(store.timeline(**filters.values, limit=limit, offset=offset), limit,
                     offset)

    @app.get("/claims", response_model=models.Page[models.Claim], responses=ERRORS)
    def claims(measure: Words = None, claimant: Words = None, since: Day = None,
               until: Day = None, text: Words = None, limit: Limit = 50,
               offset: Offset = 0):
        """Figures with their claimants, periods and sentences."""
        rows = store.claims(measure=_clean(measure), claimant=_clean(claimant),
                            since=since and since.isoformat(),
                            until=until and until.isoformat(), text=_clean(text),
                            limit=limit, offset=offset)
        return _page(rows, limit, offset)

    @app.get("/ledger", response_model=models.Page[models.LedgerEntry], responses=ERRORS)
    def ledger(measure: Words = None, claimant: Words = None, since: Day = None,
               until: Day = None, contradicted: bool = False, limit: Limit = 50,
               offset: Offset = 0):
        """The claims ledger: figures by measure and period, contradictions flagged."""
        rows = store.ledger(measure=_clean(measure), claimant=_clean(claimant),
                            since=since and since.isoformat(),
                            until=until and until.isoformat(), contradicted=contradicted,
                            limit=limit, offset=offset)
        return _page(rows, limit, offset)

    @app.get("/search", response_model=models.Page[models.SearchHit], responses=ERRORS)
    def search(q: Annotated[str, Query(min_length=1, max_length=200,
                                       description="Words that must all occur.")],
               limit: Limit = 20, offset: Offset = 0):
        """Full-text search over posts and quotes, best match first."""
        rows = store.search(_clean(q) or "", limit=limit, offset=offset)
        return _page(rows, limit, offset)

    def writer(authorization: Annotated[str | None, Header()] = None) -> None:
        if token is None:
            raise HTTPException(403, "read-only: start sitroom serve with --token to ingest")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip(), token):
            raise HTTPException(401, "a valid bearer token is required",
                                headers={"WWW-Authenticate": "Bearer"})

    @app.post("/analyses", response_model=models.IngestResult, responses=WRITE_ERRORS,
              dependencies=[Depends(writer)])
    def ingest_analysis(analysis: Analysis):
        """Store an analysis made elsewhere (``sitroom analyze --format json``)."""
        return {"id": analysis.document.id, "outcome": _write(analysis)}

    def _write(analysis: Analysis) -> str:
        try:
            return store.write(analysis)
        except StoreError as err:
            if isinstance(err.__cause__, IntegrityError | DataError | OverflowError | ValueError):
                # The analysis's fault (duplicate ids, numbers past 64 bits, spans outside
                # its text, references to ids it lacks): the caller's.
                raise HTTPException(422, str(err)) from None
            raise

    @app.post("/documents", response_model=models.IngestResult, responses=WRITE_ERRORS,
              dependencies=[Depends(writer)])
    def ingest_document(document: models.IngestRequest):
        """Analyze a text and store it (idempotent: the same text again changes nothing)."""
        from ..ingest import parse_published
        from ..pipeline import analyze_text

        fields = document.model_dump()
        if fields["published"]:
            try:
                fields["published"] = parse_published(fields["published"])
            except ValueError as err:
                raise HTTPException(422, str(err)) from None
        analysis = analyze_text(fields.pop("text"), **fields)
        return {"id": analysis.document.id, "outcome": _write(analysis)}

    app.state.store = store
    return app
