"""Live-blog segmentation: a document becomes posts, each with its headline (or none).

A live blog as text is a run of lines. A *headline* is a line that reads like a title: short,
starting with a capital or a digit, with at least two words, and not ending the way a
sentence, a quotation or a byline does (``.`` ``:`` ``”`` …). A headline opens a post that
runs to the next headline; a headline followed straight away by another headline stands
alone (a related-story link). A timestamp line ("10.45am", "14:32 GMT") also opens a post
and dates it. The document's title line, when the text starts with it, belongs to no post,
and neither does a closing "Source: …" line.

Posts cover the text in order, never overlap, and never include leading or trailing blank
lines; a text without any headline is one post.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import Document, Post

MAX_HEADLINE = 200
_SENTENCE_END = tuple(".:;,!?…\"'”’)]»-–—")
_TIMESTAMP = re.compile(
    r"^\s*(?:updated\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*(?P<ampm>am|pm)?"
    r"(?:\s*(?:GMT|BST|UTC|CET|EET|EEST|Kyiv time))?\s*$",
    re.IGNORECASE,
)
_CLOSING_QUOTES = ("\"", "”", "’", "'", "»")
_TERMINAL = set(".,;:!?…")
_TRAILER = re.compile(r"^\s*source\s*:", re.IGNORECASE)
_BULLET = tuple("•*·▪-–—")


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped line) for each non-blank line; offsets exclude the newline."""
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield start + lead, start + lead + len(stripped), stripped


def is_headline(line: str) -> bool:
    """Does this line read like a headline rather than a sentence, a quote or a byline?"""
    if len(line) > MAX_HEADLINE or len(line.split()) < 2:
        return False
    if not (line[0].isupper() or line[0].isdigit()) or line.startswith(_BULLET):
        return False
    if _TRAILER.match(line):
        return False
    if line.endswith(_CLOSING_QUOTES) and ":" in line and line[-2:-1] not in _TERMINAL:
        return True  # Zelensky: "We are ready to sign"
    if line.endswith(_SENTENCE_END):
        return False
    # A body sentence cut by a line break usually has many lower-case function words and
    # ends in one; a headline ends in a content word.
    last = line.split()[-1]
    return last.lower() not in {"the", "a", "an", "of", "to", "and", "or", "in", "on", "by"}


def _timestamp(line: str, published: str | None) -> str | None:
    m = _TIMESTAMP.match(line)
    if not m:
        return None
    hour = int(m["h"]) % 12 + (12 if (m["ampm"] or "").lower() == "pm" else 0)
    if not m["ampm"]:
        hour = int(m["h"])
    if published and re.match(r"^\d{4}-\d{2}-\d{2}", published):
        return f"{published[:10]}T{hour:02d}:{m['m']}"
    return f"T{hour:02d}:{m['m']}"


def segment(document: Document) -> list[Post]:
    """The posts of a document, in order."""
    lines = list(_lines(document.text))
    if lines and _TRAILER.match(lines[-1][2]) and len(lines) > 1:
        lines.pop()  # the closing "Source: …" line belongs to no post
    if lines and document.title and lines[0][2] == document.title.strip() and len(lines) > 1:
        lines.pop(0)  # the title line heads the document, not its first post

    posts: list[dict] = []
    stamp: str | None = None
    only_stamp = False  # the last post so far holds nothing but its timestamp line
    for start, end, line in lines:
        ts = _timestamp(line, document.published)
        if ts:
            stamp, only_stamp = ts, True
            posts.append({"headline": None, "start": start, "end": end, "published": ts})
        elif is_headline(line):
            if only_stamp:  # "10.45am" then its headline: one post
                posts[-1].update(headline=line, end=end)
            else:
                posts.append({"headline": line, "start": start, "end": end,
                              "published": stamp or document.published})
            only_stamp = False
        elif posts:
            posts[-1]["end"], only_stamp = end, False
        else:
            posts.append({"headline": None, "start": start, "end": end,
                          "published": document.published})
    return [Post(id=f"p{i}", **post) for i, post in enumerate(posts, 1)]
