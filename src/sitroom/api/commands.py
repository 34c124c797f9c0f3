"""``sitroom serve``: the REST API over a store, on uvicorn."""

from __future__ import annotations

import sys

import click

from ..store.commands import db_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token", envvar="SITROOM_TOKEN",
              help="Enable ingest over HTTP (POST /documents, /analyses) for requests with "
                   "'Authorization: Bearer TOKEN'. Env: SITROOM_TOKEN. Without it the API is "
                   "read-only.")
def serve(db, host, port, token) -> None:
    """Serve the store as a REST API (OpenAPI at /docs and /openapi.json)."""
    import uvicorn

    from ..store import StoreError
    from .app import create_app

    try:
        app = create_app(db, token=token)
    except StoreError as err:
        click.echo(f"sitroom: error: {err}", err=True)
        sys.exit(1)
    uvicorn.run(app, host=host, port=port, log_level="warning")
