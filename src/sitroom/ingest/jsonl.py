"""JSON Lines reader: one document a line with text, title, source, url, published."""

from __future__ import annotations

import json
from collections.abc import Iterator

FIELDS = ("text", "title", "source", "url", "published")


def read_jsonl(text: str) -> Iterator[tuple[int, dict | str]]:
    """(line number, fields) per document line, or (line number, reason) for a bad one."""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield number, f"not JSON ({err.msg})"
            continue
        if not isinstance(obj, dict):
            yield number, "not a JSON object"
        elif not isinstance(obj.get("text"), str) or not obj["text"].strip():
            yield number, "no text"
        else:
            yield number, {k: str(obj[k]) for k in FIELDS if obj.get(k) not in (None, "")}
