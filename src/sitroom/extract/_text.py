"""Small helpers shared by extractors: post lookup and mention records."""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from ..model import Analysis, Mention

# prepositions whose object says where a speaker is, not who: "officials [in Odesa]"
WHERE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout",
               "within", "on"}


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


def where_of(head: Token, start: int) -> bool:
    """Whether the word at offset ``start`` hangs from a subject's ``head`` through a
    preposition of place ("Local officials [in Odesa] said", "The general staff [in
    Kyiv] reported"): a place that says where the speakers are, not who they are."""
    tok = next((t for t in head.subtree if t.idx <= start < t.idx + len(t)), None)
    while tok is not None and tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in WHERE_PREPS:
            return True
        tok = tok.head
    return False


def conjoined(tok: Token) -> list[Token]:
    """A word and those coordinated with it: "Italy, Germany and Poland"."""
    out, todo = [], [tok]
    while todo:
        w = todo.pop()
        out.append(w)
        todo += [c for c in w.children if c.dep_ == "conj"]
    return sorted(out, key=lambda w: w.i)
