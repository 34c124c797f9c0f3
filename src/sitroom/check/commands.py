"""``sitroom check PATH... --series SERIES``: analyze, then check each claim against a series."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.table import Table

from ..options import Reporter, documents_from, input_options


@click.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--series", "series_path", required=True,
              help="Reference series: a General Staff losses JSON file or a directory of them.")
@input_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table",
              show_default=True, help="A table of the claims, or the analyses with "
              "claims[].check filled in.")
def check_command(paths, series_path, published, source, title, fmt) -> None:
    """Mark each claim consistent, inconsistent (with the published figure) or unmatched."""
    from ..pipeline import analyze
    from . import SeriesError, check, read_series

    try:
        series = read_series(series_path)
    except SeriesError as err:
        raise click.ClickException(str(err)) from None
    reporter = Reporter()
    checked = [check(a, series)
               for a in analyze(documents_from(paths, published, source, title, reporter))]
    if fmt == "table":
        _table(checked)
    elif fmt == "jsonl":
        for a in checked:
            click.echo(json.dumps(a.to_json_dict(), ensure_ascii=False))
    elif checked:
        out = [a.to_json_dict() for a in checked]
        click.echo(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=2))
    sys.exit(1 if reporter.failures else 0)


def _table(analyses) -> None:
    table = Table(title="claims against the series")
    for column in ("document", "claim", "value", "measure", "series", "date", "reference",
                   "status"):
        table.add_column(column, justify="right" if column in ("value", "reference") else
                         "left")
    colours = {"consistent": "green", "inconsistent": "red", "unmatched": "dim"}
    for a in analyses:
        for c in a.claims:
            k = c.check
            table.add_row(a.document.id, c.text, f"{c.value:g}", c.measure or "",
                          k.series or "", k.date or "",
                          f"{k.reference:g}" if k.reference is not None else "",
                          f"[{colours[k.status]}]{k.status}[/]")
    Console().print(table)
