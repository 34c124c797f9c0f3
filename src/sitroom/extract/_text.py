"""Small helpers shared by extractors: post lookup and mention records."""

from __future__ import annotations

import bisect

from ..model import Analysis, Mention


def post_at(analysis: Analysis, offset: int) -> str | None:
    """The id of the post holding a character offset, or None outside every post."""
    posts = analysis.posts
    starts = [p.start for p in posts]
    k = bisect.bisect_right(starts, offset) - 1
    if k >= 0 and posts[k].start <= offset < posts[k].end:
        return posts[k].id
    return None


def doc_text(doc) -> str:
    """The Doc's text, built once: ``Doc.text`` joins every token anew on each access."""
    text = doc.user_data.get("sitroom.text")
    if text is None:
        text = doc.user_data["sitroom.text"] = doc.text
    return text


def mention(text: str, start: int, end: int) -> Mention:
    return Mention(start=start, end=end, text=text[start:end])
