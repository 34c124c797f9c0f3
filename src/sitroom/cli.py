"""The ``sitroom`` command line: small commands over one flow.

stdout carries only results (JSON, JSONL or Markdown); progress bars and one-line errors go
to stderr. A bad input never stops the other inputs of the same run, but the exit status is
non-zero when any input failed.
"""

from __future__ import annotations

import json
import sys

import click

from .model import Analysis, json_schema
from .options import Reporter, documents_from, input_options


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitroom")
def main() -> None:
    """sitroom: a sourced situation picture from live war-and-diplomacy news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@input_options
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "md"]), default="json",
              show_default=True)
def analyze(paths, published, source, title, fmt) -> None:
    """Analyze files, directories or - (stdin) and print the sitroom.analysis/1 contract."""
    from .pipeline import analyze as run
    from .render import markdown

    reporter = Reporter()
    analyses: list[Analysis] = []
    for analysis in run(documents_from(paths, published, source, title, reporter)):
        if fmt == "jsonl":
            click.echo(json.dumps(analysis.to_json_dict(), ensure_ascii=False))
        elif fmt == "md":
            click.echo(markdown(analysis))
        else:
            analyses.append(analysis)
    if fmt == "json" and analyses:
        out = [a.to_json_dict() for a in analyses]
        click.echo(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=2))
    sys.exit(1 if reporter.failures else 0)


@main.command()
def schema() -> None:
    """Print the JSON Schema of sitroom.analysis/1."""
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


def _register() -> None:
    # Each family of commands lives beside the code it drives.
    from .bench import bench
    from .check.commands import check_command
    from .evaluate.commands import eval_command
    from .store.commands import ingest, query

    for command in (ingest, query, check_command, eval_command, bench):
        main.add_command(command)
    from .api.commands import serve
    from .store.commands import export

    for command in (export, serve):
        main.add_command(command)


_register()
