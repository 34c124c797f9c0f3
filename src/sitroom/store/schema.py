"""The tables of the store, and the engine that reaches them.

One row per fact of one analysis, keyed by ``(document_id, local_id)`` where ``local_id`` is
the id the contract gives it ("e1", "q3", ...). Every row keeps its character span into
``documents.text``, so each fact leads back to its sentence. ``documents.analysis`` holds the
whole ``sitroom.analysis/1`` object as it was written, so the exact contract can be read back;
the other tables are its queryable projection and are rebuilt from it whenever it changes.

``seq`` keeps the order of the contract's lists. Cross-references inside one analysis (a
quote's speaker, a claim's place, ...) hold local ids; they are not foreign keys, so that a
later layer (cross-document linking) can add its own tables beside these ones.

The store's own layout is versioned in ``store_meta`` (key ``schema_version``); the contract
version of each stored analysis is ``documents.contract``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Engine,
    Float,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    inspect,
    select,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

SCHEMA_VERSION = 2
# The newest Alembic revision this code knows (src/sitroom/store/migrations/versions).
HEAD_REVISION = "0002"
DEFAULT_DB = "sitroom.db"

# Named constraints, so that migrations (Alembic) can address them later.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class StoreError(Exception):
    """A database that cannot be opened or written; the message is one line."""


def _doc_fk() -> ForeignKeyConstraint:
    return ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE")


def _keyed(name: str, *columns, extra=()) -> Table:
    """A table of one kind of fact: (document_id, local_id) first, then ``seq``."""
    return Table(
        name,
        metadata,
        Column("document_id", String, primary_key=True),
        Column("local_id", String, primary_key=True),
        Column("seq", Integer, nullable=False),
        *columns,
        _doc_fk(),
        *extra,
    )


store_meta = Table(
    "store_meta",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", String, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String, primary_key=True),
    Column("contract", String, nullable=False),  # "sitroom.analysis/1"
    Column("title", Text),
    Column("source", String),
    Column("url", Text),
    Column("published", String),  # ISO 8601 date or date-time, as in the contract
    Column("language", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("analysis", JSON, nullable=False),
    Column("analysis_sha256", String(64), nullable=False),
    Column("analyzed_at", DateTime(timezone=True), nullable=False),
    Index(None, "published"),
    Index(None, "source"),
)

posts = _keyed(
    "posts",
    Column("headline", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("published", String),
)

entities = _keyed(
    "entities",
    Column("type", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("kb_id", String),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Column("actor_id", String),  # the actor across documents (see linking.py)
    extra=(Index(None, "name"), Index(None, "type"), Index(None, "kb_id"),
           Index(None, "actor_id")),
)

def _mentions_of(name: str, owner: str, owner_column: str) -> Table:
    """The mentions of one kind of fact: its spans in the text, in order."""
    return Table(
        name,
        metadata,
        Column("document_id", String, primary_key=True),
        Column(owner_column, String, primary_key=True),  # local id of the owner
        Column("seq", Integer, primary_key=True),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
        ForeignKeyConstraint(
            ["document_id", owner_column],
            [f"{owner}.document_id", f"{owner}.local_id"],
            ondelete="CASCADE",
        ),
    )


mentions = _mentions_of("mentions", "entities", "entity_id")

places = _keyed(
    "places",
    Column("entity_id", String),
    Column("name", Text, nullable=False),
    Column("geonameid", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(2)),
    Column("admin1", String),
    Column("feature", String),
    Column("precision", String),
    extra=(Index(None, "geonameid"),),
)

place_mentions = _mentions_of("place_mentions", "places", "place_id")

times = _keyed(
    "times",
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", String, nullable=False),
    Column("value", String),
    Column("anchor", String),
)

quotes = _keyed(
    "quotes",
    Column("kind", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker_id", String),
    Column("speaker_text", Text),
    Column("cue", String),
    Column("post_id", String),
)

claims = _keyed(
    "claims",
    Column("value", Float, nullable=False),
    Column("value_max", Float),
    Column("qualifier", String, nullable=False),
    Column("unit", String),
    Column("measure", String),
    Column("claimant_id", String),
    Column("claimant_text", Text),
    Column("hedge", String),
    Column("period", String),
    Column("time_id", String),
    Column("place_id", String),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("post_id", String),
    Column("part_of_id", String),
    # The claims ledger's key: who (actor across documents), what, for when.
    Column("claimant_actor_id", String),
    Column("period_key", String),
    extra=(Index(None, "measure", "unit", "period_key"), Index(None, "claimant_actor_id")),
)

events = _keyed(
    "events",
    Column("type", String, nullable=False),
    Column("mode", String),
    Column("acled_event_type", String),
    Column("acled_sub_event_type", String),
    Column("actor_id", String),
    Column("actor_text", Text),
    Column("target_id", String),
    Column("target_text", Text),
    Column("place_id", String),
    Column("date", String),
    Column("time_id", String),
    Column("status", String, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("post_id", String),
    Column("claim_ids", JSON, nullable=False),
    # The day the event is about (its date, else its post's or document's): the timeline's
    # order and the window in which reports of one event are matched.
    Column("day", String),
    Column("incident_id", String),  # the real event this is one report of
    Column("actor_actor_id", String),
    Column("target_actor_id", String),
    Column("geonameid", Integer),
    extra=(Index(None, "type"), Index(None, "day", "document_id", "local_id"),
           Index(None, "incident_id"), Index(None, "actor_actor_id"),
           Index(None, "target_actor_id")),
)

# -- Across documents: these rows outlive the documents that made them (ids stay stable).

actors = Table(
    "actors",
    metadata,
    Column("id", String, primary_key=True),  # "a-" + hash of the first key seen
    Column("type", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("kb_id", String),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Index(None, "name"),
)

actor_keys = Table(
    "actor_keys",
    metadata,
    Column("key", String, primary_key=True),  # "PERSON|keir starmer", "kb|geonames:698740"
    Column("actor_id", String, nullable=False),
    ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
    Index(None, "actor_id"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String, primary_key=True),  # "ev-" + hash of its first report's identity
    Column("type", String, nullable=False),
    Column("day", String),
    Column("geonameid", Integer),
    Column("participants", JSON, nullable=False),  # actor ids
    Index(None, "type", "day"),
    Index(None, "day", "id"),  # the timeline's order
)

# Who took part in each incident, by day: the timeline of one actor, read in index order.
incident_actors = Table(
    "incident_actors",
    metadata,
    Column("incident_id", String, primary_key=True),
    Column("actor_id", String, primary_key=True),
    Column("day", String),
    ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="CASCADE"),
    Index(None, "actor_id", "day", "incident_id"),
)

# Every version of every post seen: the history an updated live blog leaves behind.
post_history = Table(
    "post_history",
    metadata,
    Column("document_id", String, primary_key=True),  # no foreign key: history outlives
    Column("post_key", String, primary_key=True),     # headline + time, else opening words
    Column("version", Integer, primary_key=True),
    Column("headline", Text),
    Column("published", String),
    Column("text", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

# The text that full-text search reads: posts (or whole documents) and quotes. SQLite keeps
# an FTS5 index over it (search_fts, by triggers); PostgreSQL a tsvector column (tsv).
search_text = Table(
    "search_text",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String, nullable=False),
    Column("kind", String, nullable=False),  # "post" | "document" | "quote"
    Column("local_id", String),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    _doc_fk(),
    Index(None, "document_id"),
)

# Children before parents: the order to delete in (reverse it to insert).
FACT_TABLES: tuple[Table, ...] = (
    search_text, mentions, place_mentions, entities, places, posts, times, quotes, claims,
    events,
)


def to_url(db: str | os.PathLike | URL) -> URL:
    """A SQLAlchemy URL from a URL (``sqlite:///x.db``, ``postgresql://…``) or a file path."""
    if isinstance(db, URL):
        return db
    db = os.fspath(db)
    if "://" in db:
        try:
            url = make_url(db)
        except ArgumentError as err:
            raise StoreError(f"not a database URL: {db}") from err
        # psycopg (3) is the driver sitroom ships with; SQLAlchemy's default is psycopg2.
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url
    if db == ":memory:":
        return URL.create("sqlite", database=":memory:")
    return URL.create("sqlite", database=str(Path(db).expanduser()))


def display_url(url: URL) -> str:
    """The URL as it may be shown: the password hidden, a file path for SQLite files."""
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return url.database
    return url.render_as_string(hide_password=True)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, json_serializer=_json)
    engine = create_engine(url, json_serializer=_json)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, say when transactions begin (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=10000")
            if url.database and url.database != ":memory:":
                cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # Writers take the write lock up front (BEGIN IMMEDIATE): the check for an existing
        # document and the rows that follow it then belong to one serialized transaction.
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def prepare(engine: Engine, *, create: bool) -> str | None:
    """Bring the store to the newest schema (Alembic), creating it when ``create``.

    Returns the revision the store had before (None for a new store). The upgrade runs in
    one transaction that holds the write lock, so that two processes opening the same new
    store do not both build it.
    """
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if not create and not path.exists():
            raise StoreError(f"no database at {path}")
        if create and not path.parent.exists():
            raise StoreError(f"cannot create database {path}: no directory {path.parent}")
    try:
        with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242)")
                before = _revision(conn)
                if before == HEAD_REVISION:
                    return before
                if before is None and not create:
                    raise StoreError(f"not a sitroom database: {display_url(url)}")
                _upgrade(conn, before)
    except SQLAlchemyError as err:
        raise StoreError(f"cannot open {display_url(url)}: {one_line(err)}") from err
    return before


def _revision(conn) -> str | None:
    """The store's Alembic revision; "0001" for a store made before migrations existed."""
    from alembic.migration import MigrationContext

    current = MigrationContext.configure(conn).get_current_revision()
    if current is None and inspect(conn).has_table(store_meta.name):
        version = conn.execute(
            select(store_meta.c.value).where(store_meta.c.key == "schema_version")).scalar()
        if version == "1":
            return "0001"
        raise StoreError(f"{display_url(conn.engine.url)} has store schema version {version};"
                         f" this sitroom reads version {SCHEMA_VERSION}")
    return current


def _upgrade(conn, before: str | None) -> None:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", "sitroom.store:migrations")
    config.attributes["connection"] = conn
    scripts = ScriptDirectory.from_config(config)
    if before is not None and before not in {s.revision for s in scripts.walk_revisions()}:
        raise StoreError(f"{display_url(conn.engine.url)} has store revision {before}, newer "
                         f"than this sitroom (up to {HEAD_REVISION}): upgrade sitroom")
    if before == "0001" and _unversioned(conn):  # a store older than its migrations
        command.stamp(config, "0001")
    command.upgrade(config, "head")


def _unversioned(conn) -> bool:
    from alembic.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision() is None


def one_line(err: BaseException) -> str:
    """The driver's message of a database error, without SQL and parameters."""
    orig = getattr(err, "orig", None)
    text = str(orig if orig is not None else err) or type(err).__name__
    return " ".join(text.split())
