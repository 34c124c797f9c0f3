"""The store's migrations (Alembic), applied by :func:`sitroom.store.open_store` on open.

New revision: ``alembic -c src/sitroom/store/migrations/alembic.ini revision -m WHAT``
then write its ``upgrade``; raise ``HEAD_REVISION`` in ``schema.py`` to match.
"""
