"""``sitroom ingest`` and ``sitroom query``: analyses into the store, and back out.

stdout carries only results (a one-line JSON summary, or the rows asked for); progress and
one-line errors go to stderr. The store (SQLAlchemy) and the pipeline (spaCy) are imported
inside the commands, so that ``sitroom --help`` and the other commands stay quick.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..options import input_options

DB_HELP = "SQLite file, or a database URL (sqlite:///x.db, postgresql://…). Env: SITROOM_DB."
ENTITY_TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"]

db_option = click.option("--db", default="sitroom.db", show_default=True, envvar="SITROOM_DB",
                         help=DB_HELP)


def _fail(message: object) -> None:
    click.echo(f"sitroom: error: {message}", err=True)
    sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@input_options
def ingest(paths, db, published, source, title) -> None:
    """Analyze files, directories or - (stdin) and store the analyses.

    Idempotent by document id: the same document again changes nothing; a document stored
    with another text or analysis is replaced. Each document is one transaction.
    """
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from ..options import Reporter, documents_from
    from ..pipeline import analyze
    from . import StoreError, open_store

    try:
        store = open_store(db)
    except StoreError as err:
        _fail(err)
    reporter = Reporter()
    tally = {"inserted": 0, "unchanged": 0, "replaced": 0}
    console = Console(stderr=True)
    several = len(paths) > 1 or any(p != "-" and Path(p).is_dir() for p in paths)
    progress = Progress(
        TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[doc]}"),
        console=console, transient=True, disable=not several or not console.is_terminal,
    )
    with store, progress:
        task = progress.add_task("ingest", total=None, doc="")
        try:
            for analysis in analyze(documents_from(paths, published, source, title, reporter)):
                try:
                    tally[store.write(analysis)] += 1
                except StoreError as err:
                    reporter.error(err)
                label = analysis.document.title or analysis.document.id
                progress.update(task, advance=1, doc=label[:40])
        except Exception as err:  # an analysis that broke: the run stops, the store is whole
            reporter.error(f"analysis failed: {type(err).__name__}: {err}")
    summary = {"db": store.url, "documents": sum(tally.values()) + reporter.failures,
               **tally, "failed": reporter.failures}
    click.echo(json.dumps(summary, ensure_ascii=False))
    sys.exit(1 if reporter.failures else 0)


@click.command()
@click.argument("what", metavar="TABLE",
                type=click.Choice(["documents", "entities", "mentions", "analysis"]))
@db_option
@click.option("--type", "type_", type=click.Choice(ENTITY_TYPES, case_sensitive=False),
              help="Only entities of this type.")
@click.option("--name", help="Entities whose name or an alias contains this (any case).")
@click.option("--entity", help="Mentions of entities whose name or an alias contains this.")
@click.option("--document", help="Only this document id (required for TABLE=analysis).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json",
              show_default=True)
def query(what, db, type_, name, entity, document, limit, fmt) -> None:
    """List what the store holds: documents, entities (with their mentions) or mentions.

    `query analysis --document ID` prints the stored sitroom.analysis/1 object as written.
    """
    from . import StoreError, open_store

    if what == "analysis" and not document:
        raise click.UsageError("query analysis needs --document ID")
    try:
        with open_store(db, create=False) as store:
            if what == "documents":
                rows = store.documents(limit=limit)
            elif what == "entities":
                rows = store.entities(type=type_, name=name or entity, document=document,
                                      limit=limit)
            elif what == "mentions":
                rows = store.mentions(entity=entity or name, type=type_, document=document,
                                      limit=limit)
            else:
                try:
                    rows = store.analysis(document)
                except KeyError:
                    _fail(f"no document {document} in {store.url}")
    except StoreError as err:
        _fail(err)
    if fmt == "json" or what == "analysis":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        _print_table(what, rows)


def _print_table(what: str, rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} {what}")
    if rows:
        columns = [k for k in rows[0] if k != "mentions"]
        for column in columns:
            table.add_column(column)
        if "mentions" in rows[0]:
            table.add_column("mentions")
        for row in rows:
            cells = [_cell(row[k]) for k in columns]
            if "mentions" in row:
                texts = [m["text"] for m in row["mentions"]]
                cells.append(f"{len(texts)}: " + "; ".join(texts[:5])
                             + (" …" if len(texts) > 5 else ""))
            table.add_row(*cells)
    Console(soft_wrap=False).print(table)


def _cell(value) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dict):
        return " ".join(f"{k}={v}" for k, v in value.items())
    return "" if value is None else str(value)
