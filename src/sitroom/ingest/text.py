"""Plain-text reader (.txt, .md, and anything else given by name).

A headline-like first line is the title; a closing ``Source: X`` line names the source; a
``URL: https://…`` line (one of the first two or the last two) gives the address,
which names the document across updates: a live blog saved again with new posts is the same
document, not a new one. All stay in the text: ``Document.text`` is the whole text as read,
so that character offsets match the file (after newline normalization); title, source and
URL are metadata.
"""

from __future__ import annotations

import re

MAX_TITLE = 200
_SOURCE = re.compile(r"^source\s*:\s*(?P<source>\S.*?)\s*$", re.IGNORECASE)
_URL = re.compile(r"^(?:url|link)\s*:\s*(?P<url>https?://\S+)\s*$", re.IGNORECASE)
_OPENERS = tuple("\"'“”‘’«»„‚‹›-–—•*·▪>")  # quote marks, bullets, e-mail quoting
_SENTENCE_END = tuple(".,;:")
_TIMESTAMP = re.compile(r"^(?:updated\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b", re.IGNORECASE)


def looks_like_title(line: str) -> bool:
    """Is this (stripped) line a headline: short, at least two words, not a sentence, a
    quotation, a list item or a timestamp?"""
    if not line or len(line) > MAX_TITLE or len(line.split()) < 2:
        return False
    if line.startswith(_OPENERS) or _TIMESTAMP.match(line) or _SOURCE.match(line) \
            or _URL.match(line):
        return False
    return not line.endswith(_SENTENCE_END)


def text_fields(text: str) -> dict:
    """Title, source and URL found in a text (absent ones are None); the text is not
    changed."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title = source = url = None
    first = lines[0].lstrip("#").strip() if lines else ""  # a Markdown heading, too
    if len(lines) > 1 and looks_like_title(first):
        title = first
    if len(lines) > 1 and (m := _SOURCE.match(lines[-1])):
        source = m["source"]
    # metadata lines only: opening the text (above or under the title) or closing it
    for line in (lines[:2] + lines[-2:]) if len(lines) > 1 else ():
        if m := _URL.match(line):
            url = m["url"]
            break
    return {"title": title, "source": source, "url": url}
