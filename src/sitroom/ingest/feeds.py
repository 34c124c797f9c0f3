"""RSS and Atom reader: one document per entry, its HTML stripped to text."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator

from .sniff import NotText

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6])[^>]*>", re.IGNORECASE)


def strip_html(fragment: str) -> str:
    text = _BLOCK.sub("\n", fragment)
    text = htmllib.unescape(_TAG.sub("", text))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def looks_like_feed(text: str) -> bool:
    head = text[:1024].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def read_feed(text: str) -> Iterator[dict]:
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.entries:
        raise NotText("no entries in feed")
    site = parsed.feed.get("title")
    for entry in parsed.entries:
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = strip_html(body or entry.get("summary", ""))
        title = strip_html(entry.get("title", "")) or None
        if not body and not title:
            continue
        text_ = f"{title}\n{body}\n" if title and body else f"{title or body}\n"
        yield {"text": text_, "title": title, "source": site, "url": entry.get("link"),
               "published": entry.get("published") or entry.get("updated")}
