"""Plain-text reader: a headline-like first line is the title; "Source: X" at the end is
the source. The text is kept whole, so character offsets match the file."""

from __future__ import annotations

import re

from ..segment import is_headline

_SOURCE = re.compile(r"^\s*source\s*:\s*(?P<source>.+?)\s*$", re.IGNORECASE)


def read_text(text: str) -> dict:
    """Document fields found in a text: title and source, when it has them."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    fields: dict = {"text": text}
    if len(lines) > 1 and is_headline(lines[0]):
        fields["title"] = lines[0]
    if lines:
        m = _SOURCE.match(lines[-1])
        if m:
            fields["source"] = m["source"]
    return fields
