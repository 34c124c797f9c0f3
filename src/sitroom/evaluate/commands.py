"""``sitroom eval TASK PATH``: score a gold set; a table, or JSON for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.progress import track

from ..nlp.model import ModelMissing
from . import load_tasks


class NoSuchPath(click.ClickException):
    """A path that is not there: a usage error (exit 2), on one line. Data that is there
    but not in the task's format is a plain one-line error (exit 1)."""

    exit_code = 2


# the tasks whose results list sitroom's false and missed items
ERROR_TASKS = ("events", "geo")


def _progress(items, label):
    return track(items, description=label, console=Console(stderr=True), transient=True)


@click.command("eval")
@click.argument("task", type=click.Choice(sorted(load_tasks())))
@click.argument("path")
@click.option("--split", help="Which part of the data set, where it has several.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False),
              help="Write sitroom's false and missed items here, one JSON object a line "
                   "(tasks that list them: events on WikiEvents, geo).")
def eval_command(task, path, split, limit, fmt, errors_path) -> None:
    """Score TASK on the annotated data at PATH, with baselines measured in the same run."""
    if not Path(path).exists():
        raise NoSuchPath(f"{path}: no such file or directory")
    if errors_path and task not in ERROR_TASKS:
        raise click.UsageError(f"--errors is for the {' and '.join(ERROR_TASKS)} tasks only")
    try:
        result = load_tasks()[task](path, split=split, limit=limit, progress=_progress)
    except (ValueError, OSError, ModelMissing) as err:
        raise click.ClickException(" ".join(str(err).split())) from None
    if errors_path:
        with open(errors_path, "w", encoding="utf-8") as f:
            for record in result.errors:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
    if fmt == "json":
        click.echo(json.dumps(result.to_json()))
    else:
        result.print_table()
