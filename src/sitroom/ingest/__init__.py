"""Readers: files, directories and stdin into :class:`~sitroom.model.Document`.

:func:`read_paths` yields, in order, a Document per document found or a :class:`ReadError`
per input that cannot be read; a bad input never stops the others and nothing is raised.

* Files are read by extension: ``.txt`` ``.md`` (text), ``.html`` ``.htm`` (trafilatura),
  ``.jsonl`` ``.ndjson`` ``.json`` (a document a line), ``.rss`` ``.atom`` ``.xml`` (a
  document a feed entry). A file named on the command line with another extension, and
  ``-`` (stdin), are sniffed: HTML or a feed when they look like one, else text.
* Directories are read recursively in sorted order, skipping hidden entries and files with
  other extensions.
* Encodings, binary files, empty and huge inputs: see :mod:`.sniff`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator

from ..model import Document
from . import feeds, html, jsonl, text
from .errors import STDIN, ReadError
from .fields import Overrides, make_document, parse_published
from .sniff import MAX_CHARS, MAX_TEXT_BYTES, NotText, check_length, decode, sniff_kind, too_large

__all__ = ["MAX_CHARS", "ReadError", "parse_published", "read_paths"]

KINDS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
MAX_RAW_BYTES = 64 * 1024 * 1024
"""Largest HTML page, feed or JSON Lines file read (its documents are then held to
MAX_CHARS each); plain text is refused beyond what MAX_CHARS characters can take."""

Item = Document | ReadError


def read_paths(
    paths: Iterable[str],
    *,
    published: str | None = None,
    source: str | None = None,
    title: str | None = None,
) -> Iterator[Item]:
    """Documents from files, directories and ``-`` (stdin), in the order given.

    ``published``, ``source`` and ``title`` (from the command line) win over the values a
    file gives, for every document read. A ``published`` that is not a date yields one
    ReadError naming ``--published`` and nothing else (call :func:`parse_published` first
    to report it as a usage error).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    try:
        date = parse_published(published) if published else None
    except ValueError as err:
        yield ReadError("--published", str(err))
        return
    overrides = Overrides(published=date, source=source or None, title=title or None)
    for raw in paths:
        path = os.fspath(raw)
        if path == STDIN:
            yield from _read_stdin(overrides)
            continue
        try:
            is_dir = os.path.isdir(path)
            if not is_dir:
                os.stat(path)  # the OS's reason when the file is missing or unreachable
        except (OSError, ValueError) as err:
            yield _os_error(path, err)
            continue
        if is_dir:
            for item in _walk(path):
                if isinstance(item, ReadError):
                    yield item
                else:
                    yield from _read_file(item, KINDS[_suffix(item)], overrides)
        else:
            yield from _read_file(path, KINDS.get(_suffix(path)), overrides)


def _suffix(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def _walk(folder: str) -> Iterator[str | ReadError]:
    """Files under ``folder`` with known extensions, in sorted path order, hidden entries
    skipped (symbolic links to folders are not followed, so that loops cannot happen); a
    ReadError for each folder that cannot be listed."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as err:
        yield _os_error(folder, err)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(entry.path)
        elif _suffix(entry.name) in KINDS:
            yield entry.path


def _os_error(path: str, err: OSError | ValueError) -> ReadError:
    reason = getattr(err, "strerror", None) or str(err)
    return ReadError(str(path), reason)


def _read_file(path: str, kind: str | None, overrides: Overrides) -> Iterator[Item]:
    limit = MAX_TEXT_BYTES if kind == "text" else MAX_RAW_BYTES
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:  # refused before reading it all
                raise too_large(size, "bytes")
            data = handle.read(limit + 1)
    except NotText as err:
        yield ReadError(path, str(err))
        return
    except OSError as err:
        yield _os_error(path, err)
        return
    yield from _parse(path, data, kind, limit, overrides)


def _read_stdin(overrides: Overrides) -> Iterator[Item]:
    stream = sys.stdin
    try:
        if stream is None:
            raise OSError("no standard input")
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data = buffer.read(MAX_RAW_BYTES + 1)
        else:  # a text stream without bytes underneath (e.g. io.StringIO)
            data = stream.read(MAX_RAW_BYTES + 1).encode("utf-8", errors="surrogatepass")
    except (OSError, ValueError) as err:
        yield ReadError(STDIN, str(err) or "cannot read standard input")
        return
    yield from _parse(STDIN, data, None, MAX_RAW_BYTES, overrides)


_Reader = Callable[[str, bytes, Overrides], Iterator[Item]]


def _parse(path: str, data: bytes, kind: str | None, limit: int,
           overrides: Overrides) -> Iterator[Item]:
    """The documents in ``data``; ``kind`` None means: sniff it."""
    try:
        if len(data) > limit:
            raise too_large(len(data), "bytes")
        raw_text = decode(data, max_chars=None)
        kind = kind or sniff_kind(raw_text)
        reader: _Reader = _READERS[kind]
        yield from reader(path, data if kind == "feed" else raw_text, overrides)
    except NotText as err:
        yield ReadError(path, str(err))


def _text(path: str, content: str, overrides: Overrides) -> Iterator[Item]:
    check_length(content)
    yield make_document(content, overrides, **text.text_fields(content))


def _html(path: str, content: str, overrides: Overrides) -> Iterator[Item]:
    fields = html.extract_article(content)
    check_length(fields["text"])
    yield make_document(fields.pop("text"), overrides, **fields)


def _jsonl(path: str, content: str, overrides: Overrides) -> Iterator[Item]:
    for number, fields in jsonl.records(content):
        if isinstance(fields, str):
            yield ReadError(path, fields, where=number)
        else:
            yield make_document(fields.pop("text"), overrides, **fields)


def _feed(path: str, data: bytes, overrides: Overrides) -> Iterator[Item]:
    for number, fields in feeds.entries(data):
        if isinstance(fields, str):
            yield ReadError(path, fields, where=f"entry {number}")
        else:
            yield make_document(fields.pop("text"), overrides, **fields)


_READERS: dict[str, _Reader] = {"text": _text, "html": _html, "jsonl": _jsonl, "feed": _feed}
