"""Readers: files, directories and stdin into :class:`~sitroom.model.Document`.

``read_paths`` yields a Document per document found, or a :class:`ReadError` for an input
that cannot be read; it never raises for a bad input, so one bad file never stops a run.
Formats: ``.txt`` (and anything else given by name), ``.html``/``.htm``, ``.jsonl``,
``.rss``/``.atom``/``.xml`` feeds. Directories are read recursively, hidden entries and
unknown extensions skipped.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from ..model import Document
from .feeds import looks_like_feed, read_feed
from .html import read_html
from .jsonl import read_jsonl
from .sniff import MAX_CHARS, NotText, decode, looks_like_html
from .text import read_text

__all__ = ["MAX_CHARS", "ReadError", "parse_published", "read_paths"]

KNOWN = {".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".rss", ".atom", ".xml"}


class ReadError(Exception):
    """An input that could not be read; ``str()`` is one line: ``PATH: reason``."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


def parse_published(value: str) -> str:
    """An ISO 8601 date or date-time from common forms; ValueError if it is not a date."""
    value = value.strip()
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            return parse(value.replace("Z", "+00:00")).isoformat()
        except ValueError:
            pass
    try:
        return parsedate_to_datetime(value).isoformat()  # RFC 822, as feeds write dates
    except (TypeError, ValueError, IndexError):
        pass
    raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD or an ISO 8601 date-time)")


def _published(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError:
        return None  # a file's unreadable date is dropped, not fatal


def _document(fields: dict, published, source, title) -> Document:
    # Command-line values win over what the file says.
    fields = {**fields, **{k: v for k, v in
                           (("published", published), ("source", source), ("title", title))
                           if v}}
    fields["published"] = _published(fields.get("published"))
    return Document(id=Document.make_id(fields["text"], fields.get("url")), **fields)


def _read(name: str, data: bytes, suffix: str, opts) -> Iterator[Document | ReadError]:
    try:
        text = decode(data)
        if suffix == ".jsonl":
            for number, fields in read_jsonl(text):
                if isinstance(fields, str):
                    yield ReadError(f"{name}:{number}", fields)
                else:
                    yield _document(fields, *opts)
        elif suffix in (".rss", ".atom") or (suffix == ".xml" and looks_like_feed(text)):
            for fields in read_feed(text):
                yield _document(fields, *opts)
        elif suffix in (".html", ".htm") or looks_like_html(text):
            yield _document(read_html(text), *opts)
        else:
            yield _document(read_text(text), *opts)
    except NotText as err:
        yield ReadError(name, str(err))


def _files(path: Path) -> Iterator[Path]:
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _files(child)
        elif child.suffix.lower() in KNOWN:
            yield child


def read_paths(
    paths: Iterable[str], *, published: str | None = None, source: str | None = None,
    title: str | None = None,
) -> Iterator[Document | ReadError]:
    """Documents from files, directories and ``-`` (stdin), in the order given."""
    opts = (published, source, title)
    for raw in paths:
        if raw == "-":
            yield from _read("<stdin>", sys.stdin.buffer.read(), "", opts)
            continue
        path = Path(raw)
        try:
            files = list(_files(path)) if path.is_dir() else [path]
        except OSError as err:
            yield ReadError(raw, err.strerror or str(err))
            continue
        for file in files:
            try:
                if file.stat().st_size > 4 * MAX_CHARS:  # refuse before reading it all
                    yield ReadError(str(file), f"too large: {file.stat().st_size:,} bytes "
                                               f"(limit {MAX_CHARS:,} characters); split it")
                    continue
                data = file.read_bytes()
            except OSError as err:
                yield ReadError(str(file), (err.strerror or str(err)).lower())
                continue
            yield from _read(str(file), data, file.suffix.lower(), opts)
