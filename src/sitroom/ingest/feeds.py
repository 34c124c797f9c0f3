"""RSS and Atom reader (.rss, .atom, .xml) via feedparser: one document per entry.

An entry's text is its title line, a blank line, then its content (or else its summary)
stripped of HTML; an entry with only a title is that title. The feed's own title is the
source; the entry's link its URL; its published (or updated) date its date.
"""

from __future__ import annotations

from collections.abc import Iterator

import feedparser

from .fields import published_or_none
from .html import html_to_text
from .sniff import MAX_CHARS, NotText, too_large


def entries(data: bytes) -> Iterator[tuple[int, dict | str]]:
    """``(number, fields)`` per entry (1-based), or ``(number, reason)`` for an unusable one.

    Raises :class:`NotText` when ``data`` is not a feed at all. ``data`` is given as bytes so
    that feedparser honours the feed's declared encoding (and never takes it for a URL).
    """
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.get("bozo") and not parsed.get("version"):
            raise NotText("not an RSS or Atom feed")
        raise NotText("feed has no entries")
    site = html_to_text(parsed.feed.get("title", "")) or None
    for number, entry in enumerate(parsed.entries, 1):
        yield number, _fields(entry, site)


def _fields(entry: dict, site: str | None) -> dict | str:
    title = " ".join(html_to_text(entry.get("title", "")).split()) or None
    body = html_to_text(_content(entry))
    if body and title and not body.startswith(title):
        text = f"{title}\n\n{body}\n"
    elif body or title:
        text = f"{body or title}\n"
    else:
        return "entry has no title or text"
    if len(text) > MAX_CHARS:
        return str(too_large(len(text)))
    source = entry.get("source", {}).get("title") or site
    published = None
    for key in ("published", "updated", "created"):
        if entry.get(key):
            # the date as written keeps its UTC offset; feedparser's parse reads more forms
            published = published_or_none(entry[key]) or published_or_none(
                entry.get(f"{key}_parsed"))
            break
    return {"text": text, "title": title, "source": source, "url": entry.get("link"),
            "published": published}


def _content(entry: dict) -> str:
    """The fullest body the entry carries: its longest content, else its summary."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    if contents:
        return max(contents, key=len)
    return entry.get("summary", "") or entry.get("description", "")
