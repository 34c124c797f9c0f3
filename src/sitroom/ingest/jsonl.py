"""JSON Lines reader (.jsonl, .ndjson, .json): one document per line.

Each line is an object with ``text`` (required) and optionally ``title``, ``source``,
``url``, ``published``; other keys are ignored and blank lines skipped. A bad line is
reported with its number and the other lines still count. A ``.json`` file holding one
JSON array of such objects (or one object) is read the same way, item by item.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from .sniff import MAX_CHARS, normalize_newlines, too_large

STRING_FIELDS = ("title", "source", "url")


def records(text: str) -> Iterator[tuple[int, dict | str]]:
    """``(number, fields)`` for each document, or ``(number, reason)`` for a bad one.

    The number is the line number, or for a JSON array the 1-based item number.
    """
    if text.lstrip().startswith(("[", "{")):  # perhaps one JSON value: an array or object
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:  # JSON Lines: "Extra data" after the first line
            whole = None
        if isinstance(whole, (list, dict)):
            for number, item in enumerate(whole if isinstance(whole, list) else [whole], 1):
                yield number, _fields(item)
            return
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield number, f"not valid JSON ({err.msg} at column {err.colno})"
            continue
        yield number, _fields(obj)


def _fields(obj: object) -> dict | str:
    """The document fields of one JSON value, or why it is not a document."""
    if not isinstance(obj, dict):
        return f"not a JSON object but {type(obj).__name__ if obj is not None else 'null'}"
    text = obj.get("text")
    if text is None:
        return 'no "text" field'
    if not isinstance(text, str):
        return '"text" is not a string'
    if not text.strip():
        return '"text" is empty'
    text = normalize_newlines(text)
    if len(text) > MAX_CHARS:
        return str(too_large(len(text)))
    fields: dict = {"text": text}
    for key in STRING_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return f'"{key}" is not a string'
        fields[key] = value
    published = obj.get("published")
    fields["published"] = published if isinstance(published, str) else None
    return fields
