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


def analyses_from(paths, reporter):
    """Stored-ready analyses from ``sitroom analyze --format json|jsonl`` output files (or a
    directory of them, or - for stdin); each bad file or line is reported and skipped."""
    from pydantic import ValidationError

    from ..model import Analysis

    def files():
        for path in paths:
            if path != "-" and Path(path).is_dir():
                yield from sorted(p for p in Path(path).rglob("*")
                                  if p.suffix in (".json", ".jsonl"))
            else:
                yield path

    for path in files():
        try:
            raw = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            reporter.error(f"{path}: cannot read: {err}")
            continue
        name = "<stdin>" if path == "-" else str(path)
        try:  # one object, or a list of them (--format json) ...
            whole = json.loads(raw)
            items = [(None, obj) for obj in (whole if isinstance(whole, list) else [whole])]
        except json.JSONDecodeError:  # ... else one object a line (--format jsonl)
            items = [(n, line) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]
        for line, item in items:
            where = f"{name}:{line}" if line else name
            try:
                obj = json.loads(item) if isinstance(item, str) else item
                yield Analysis.model_validate(obj)
            except json.JSONDecodeError as err:
                reporter.error(f"{where}: not JSON: {err}")
            except ValidationError as err:
                first = err.errors()[0]
                field = ".".join(map(str, first["loc"])) or "object"
                reporter.error(f"{where}: not a sitroom.analysis/1 object: {field}: "
                               f"{first['msg']}")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@input_options
@click.option("--analyzed", is_flag=True,
              help="PATHS hold analyses (sitroom analyze --format json/jsonl): store them "
                   "without analyzing again.")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr (default: when stderr is a terminal).")
def ingest(paths, db, published, source, title, analyzed, progress) -> None:
    """Analyze files, directories or - (stdin) and store the analyses.

    Idempotent: the same document again changes nothing. Incremental: a document named by
    its URL (a live blog's page) is brought up to date; the posts it gained are added, and
    each post's earlier versions are kept (query history --document ID). Each document is one
    transaction: a crash leaves every document whole or absent, and the next run completes.
    """
    from rich.console import Console
    from rich.progress import (
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from ..options import Reporter, documents_from
    from . import StoreError, open_store

    try:
        store = open_store(db)
    except StoreError as err:
        _fail(err)
    reporter = Reporter()
    tally = {"inserted": 0, "unchanged": 0, "replaced": 0}
    console = Console(stderr=True)
    show = console.is_terminal if progress is None else progress
    bar = Progress(
        SpinnerColumn(), TextColumn("ingest"), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[doc]}"),
        console=console, transient=True, disable=not show,
    )
    if analyzed:
        stream = analyses_from(paths, reporter)
    else:
        from ..pipeline import analyze

        stream = analyze(documents_from(paths, published, source, title, reporter))
    with store, bar:
        task = bar.add_task("ingest", total=None, doc="")
        try:
            for analysis in stream:
                try:
                    tally[store.write(analysis)] += 1
                except StoreError as err:
                    reporter.error(err)
                label = analysis.document.title or analysis.document.id
                bar.update(task, advance=1, doc=label[:40])
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
