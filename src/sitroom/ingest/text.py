"""Plain-text reader (.txt, .md, and anything else given by name).

A headline-like first line is the title; a closing ``Source: X`` line names the source. Both
stay in the text: ``Document.text`` is the whole text as read, so that character offsets
match the file (after newline normalization); title and source are metadata.
"""

from __future__ import annotations

import re

MAX_TITLE = 200
_SOURCE = re.compile(r"^source\s*:\s*(?P<source>\S.*?)\s*$", re.IGNORECASE)
_OPENERS = tuple("\"'“”‘’«»„‚‹›-–—•*·▪>")  # quote marks, bullets, e-mail quoting
_SENTENCE_END = tuple(".,;:")
_TIMESTAMP = re.compile(r"^(?:updated\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b", re.IGNORECASE)


def looks_like_title(line: str) -> bool:
    """Is this (stripped) line a headline: short, at least two words, not a sentence, a
    quotation, a list item or a timestamp?"""
    if not line or len(line) > MAX_TITLE or len(line.split()) < 2:
        return False
    if line.startswith(_OPENERS) or _TIMESTAMP.match(line) or _SOURCE.match(line):
        return False
    return not line.endswith(_SENTENCE_END)


def text_fields(text: str) -> dict:
    """Title and source found in a text (absent ones are None); the text is not changed."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = source = None
    first = lines[0].lstrip("#").strip() if lines else ""  # a Markdown heading, too
    if len(lines) > 1 and looks_like_title(first):
        title = first
    if len(lines) > 1 and (m := _SOURCE.match(lines[-1])):
        source = m["source"]
    return {"title": title, "source": source}
