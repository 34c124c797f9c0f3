"""What the commands that read inputs share: their options and their error reporting."""

from __future__ import annotations

import click

from .ingest import ReadError, parse_published, read_paths


class Reporter:
    """One-line errors on stderr, counted for the exit status."""

    def __init__(self) -> None:
        self.failures = 0

    def error(self, err: ReadError | str) -> None:
        self.failures += 1
        click.echo(f"sitroom: error: {err}", err=True)


def documents_from(paths, published, source, title, reporter: Reporter):
    """Documents from the readers; each bad input is reported and skipped."""
    for item in read_paths(paths, published=published, source=source, title=title):
        if isinstance(item, ReadError):
            reporter.error(item)
        else:
            yield item


def published_option(fn):
    """--published, checked up front: a date nobody can read is a usage error."""

    def check(ctx, param, value):
        try:
            return parse_published(value) if value else None
        except ValueError as err:
            raise click.BadParameter(str(err)) from None

    return click.option("--published", callback=check,
                        help="Publication date (ISO 8601) for inputs that lack one.")(fn)


def input_options(fn):
    """The options every command that reads inputs shares."""
    fn = click.option("--title", help="Title, for inputs that lack one.")(fn)
    fn = click.option("--source", help="Source name, e.g. a publisher.")(fn)
    return published_option(fn)
