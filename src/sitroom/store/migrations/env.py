"""Alembic's entry point: runs on the connection that open_store hands over."""

from __future__ import annotations

from alembic import context

from sitroom.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # the alembic command line, for writing new revisions
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///migrations-dev.db"
    connection = create_engine(url).connect()

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
