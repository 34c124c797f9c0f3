"""Alembic revisions of the store, oldest first (applied by open_store)."""
