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
    # Not a terminal (a cron job's log): a plain line every few seconds instead of a bar.
    log_lines = _progress_lines() if show and not console.is_terminal else None
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
                if log_lines:
                    log_lines(tally)
        except Exception as err:  # an analysis that broke: the run stops, the store is whole
            reporter.error(f"analysis failed: {type(err).__name__}: {err}")
    summary = {"db": store.url, "documents": sum(tally.values()) + reporter.failures,
               **tally, "failed": reporter.failures}
    click.echo(json.dumps(summary, ensure_ascii=False))
    sys.exit(1 if reporter.failures else 0)


def _progress_lines(every: float = 2.0):
    """A callback that prints "ingest: N documents (…) D/s" to stderr at most every few
    seconds, and on its first call."""
    import time

    start = time.monotonic()
    state = {"last": None}

    def log(tally: dict[str, int]) -> None:
        now = time.monotonic()
        if state["last"] is not None and now - state["last"] < every:
            return
        state["last"] = now
        done = sum(tally.values())
        rate = done / max(now - start, 1e-6)
        parts = ", ".join(f"{k} {v}" for k, v in tally.items())
        click.echo(f"ingest: {done} documents ({parts}), {rate:.1f}/s", err=True)

    return log


TABLES = ["documents", "entities", "mentions", "analysis", "actors", "actor", "events",
          "timeline", "claims", "ledger", "search", "history"]


def filter_options(fn):
    """The filters `query`, `export` and the API share (each table reads those it knows)."""
    for option in reversed([
        click.option("--type", "type_", help="Entity type (PERSON, GPE, …) or event type "
                                             "(ASSAULT, CONSULT, …)."),
        click.option("--actor", help="Events of an actor: an id (a-…) or part of a name."),
        click.option("--place", help="Events at a place: part of its name, or a GeoNames id."),
        click.option("--since", callback=_day, help="From this day (YYYY-MM-DD)."),
        click.option("--until", callback=_day, help="Up to this day, included."),
        click.option("--claimant", help="Claims of a claimant: an actor id or part of a name."),
        click.option("--text", help="Events or claims whose words contain this."),
        click.option("--source", help="Only documents from this source."),
        click.option("--limit", type=click.IntRange(min=1), default=None,
                     help="At most this many rows."),
    ]):
        fn = option(fn)
    return fn


def _day(ctx, param, value):
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat() + value[10:]
    except ValueError:
        raise click.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def _check_type(what: str, type_: str | None) -> str | None:
    from typing import get_args

    from ..model import PloverType

    if type_ is None:
        return None
    allowed = ENTITY_TYPES if what in ("entities", "mentions", "actors") else \
        list(get_args(PloverType))
    if type_.upper() not in allowed:
        raise click.BadParameter(f"{type_!r} is not one of {', '.join(allowed)}",
                                 param_hint="--type")
    return type_.upper()


@click.command()
@click.argument("what", metavar="TABLE", type=click.Choice(TABLES))
@click.argument("words", nargs=-1)
@db_option
@filter_options
@click.option("--name", help="Entities or actors whose name or an alias contains this.")
@click.option("--entity", help="Mentions of entities whose name or an alias contains this.")
@click.option("--document", help="Only this document id (required for analysis, history).")
@click.option("--incident", help="Events: only the reports of this incident (ev-…).")
@click.option("--measure", help="Claims/ledger: measure or unit containing this (drones).")
@click.option("--contradicted", is_flag=True, help="Ledger: only contradicted figures.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json",
              show_default=True)
def query(what, words, db, type_, actor, place, since, until, claimant, text, source, limit,
          name, entity, document, incident, measure, contradicted, offset, fmt) -> None:
    """List what the store holds.

    \b
    documents, entities, mentions   one document's own view
    actors                          one row per real-world actor, across documents
    actor ID                        an actor with its quotes, events and claims
    events                          event reports, by day, each with its sentence
    timeline                        incidents (one per real event) with reports counted
    claims, ledger                  figures; the ledger groups them by measure and period
                                    and flags contradictions
    search WORDS                    full-text search over posts and quotes
    history --document ID           every version of every post of a live blog
    analysis --document ID          the stored sitroom.analysis/1 object as written
    """
    from . import StoreError, open_store

    if what in ("analysis", "history") and not document:
        raise click.UsageError(f"query {what} needs --document ID")
    if what in ("actor", "search") and not words:
        raise click.UsageError(f"query {what} needs " + ("an ID" if what == "actor"
                                                          else "WORDS"))
    type_ = _check_type(what, type_)
    page = {"limit": limit or 50, "offset": offset}
    events_filters = {"type": type_, "actor": actor, "place": place, "since": since,
                      "until": until, "text": text, "source": source}
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
            elif what == "actors":
                rows = store.actors(type=type_, name=name or actor, **page)
            elif what == "actor":
                try:
                    rows = store.actor(words[0])
                except KeyError:
                    _fail(f"no actor {words[0]} in {store.url}")
            elif what == "events":
                rows = store.events(**events_filters, incident=incident, document=document,
                                    **page)
            elif what == "timeline":
                rows = store.timeline(**events_filters, **page)
            elif what == "claims":
                rows = store.claims(measure=measure, claimant=claimant, since=since,
                                    until=until, text=text, document=document, **page)
            elif what == "ledger":
                rows = store.ledger(measure=measure, claimant=claimant, since=since,
                                    until=until, contradicted=contradicted, **page)
            elif what == "search":
                rows = store.search(" ".join(words), **page)
            elif what == "history":
                rows = store.post_history(document)
            else:
                try:
                    rows = store.analysis(document)
                except KeyError:
                    _fail(f"no document {document} in {store.url}")
    except StoreError as err:
        _fail(err)
    if fmt == "json" or isinstance(rows, dict):
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        _print_table(what, rows)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "geojson", "acled-csv"]),
              default="jsonl", show_default=True)
@filter_options
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write here instead of stdout.")
def export(db, fmt, type_, actor, place, since, until, claimant, text, source, limit,
           output) -> None:
    """Export event reports: CSV, JSON lines, GeoJSON points (events with a place on the
    map) or ACLED's columns (violent events: ASSAULT, COERCE, PROTEST, …)."""
    from . import StoreError, open_store
    from .export import write_export

    type_ = _check_type("events", type_)
    filters = {"type": type_, "actor": actor, "place": place, "since": since, "until": until,
               "text": text, "source": source}
    try:
        with open_store(db, create=False) as store:
            out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
            try:
                count = write_export(store, fmt, out, limit=limit, **filters)
            finally:
                if output:
                    out.close()
    except (StoreError, OSError) as err:
        _fail(err)
    click.echo(f"sitroom: exported {count} events", err=True)


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
