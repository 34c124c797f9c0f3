"""Pairing quote marks, as news text has them, in one linear pass that never raises.

Marks: curly “ ” (and ” opening a paragraph, as some sites print it; a quote opened in
one style may close in the other), straight ", the
typewriter pair '' of wire copy, « », and „ closed by “ or ”. A quote that runs over
several paragraphs re-opens each paragraph and closes in the last: one pair. An opening
mark left unclosed at the end of its paragraph, or a stray closing mark, is dropped, and
the rest are still found. A quote opened inside an open one (“He called it "a trap"”)
is part of it. Single marks ‘ ’ and ' are not paired: they are apostrophes
far more often than quotes.
"""

from __future__ import annotations

from dataclasses import dataclass

# web copy mixes styles ("…,” / “…,"): a straight mark closes a curly quote and the
# other way round, when it sits where a closing mark sits (right after a word)
CLOSE_FOR = {"“": "”\"", "«": "»", "„": "“”", '"': '"”', "''": "''", "”": "”\""}
_AFTER_OPEN = " \t\n([{—–-:"  # what a straight mark follows when it opens


@dataclass
class QuotePair:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark
    inner_start: int = -1  # the quoted text, marks excluded
    inner_end: int = -1

    def __post_init__(self) -> None:
        if self.inner_start < 0:
            self.inner_start = self.start + 1
        if self.inner_end < 0:
            self.inner_end = self.end - 1


def _mark_at(text: str, i: int) -> str:
    ch = text[i]
    if ch == "'" and text.startswith("''", i):
        return "''"
    return ch if ch in "“”\"«»„" else ""


def _closes(text: str, opener: str, open_at: int, mark: str, i: int) -> bool:
    """Whether ``mark`` at ``i`` closes the quote ``opener`` opened at ``open_at``."""
    prev = text[i - 1] if i else "\n"
    nxt = text[i + len(mark)] if i + len(mark) < len(text) else "\n"
    # an opening “ typed where the closing one belongs ("…51 percent.“¶") closes
    shut = mark == "“" and opener in "“\"" and not prev.isspace() and nxt.isspace()
    return (mark in CLOSE_FOR[opener] or shut) and (
        opener not in ('"', "''") or i > open_at + len(opener)) and (
        mark != '"' or opener == '"' or not prev.isspace())


def _opens(text: str, mark: str, i: int) -> bool:
    """Whether ``mark`` at ``i``, closing nothing, opens a quote."""
    prev = text[i - 1] if i else "\n"
    if mark in ('"', "''"):
        return prev in _AFTER_OPEN or i == 0
    if mark == "”":  # a closing mark opens only at the start of a paragraph
        k = i - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        return k < 0 or text[k] == "\n"
    return mark in ("“", "«", "„")


def pair_quotes(text: str) -> list[QuotePair]:
    """Paired quotations in order, in linear time; unpairable marks are skipped.

    A quote opened inside an open one (“He called it "a trap" twice,”) is nested: the
    outer quotation is the pair, the inner one part of it. When the outer one never
    closes, the quotes paired inside it stand on their own."""
    pairs: list[QuotePair] = []
    open_at = -1
    opener = ""
    in_at = -1  # a quote open inside the open one
    in_opener = ""
    nested: list[QuotePair] = []  # quotes closed inside the open one
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            in_at = -1  # a quoted phrase inside a quotation ends with its paragraph
            if open_at >= 0:
                # the quote runs on only if the next paragraph re-opens it
                j = i
                while j < n and text[j] in "\n \t":
                    j += 1
                mark = _mark_at(text, j) if j < n else ""
                if mark and (mark == opener or mark in "“”" and opener in "“”"):
                    i = j + len(mark)
                    continue
                pairs += nested
                nested = []
                open_at = -1
            i += 1
            continue
        mark = _mark_at(text, i)
        if not mark:
            i += 1
            continue
        width = len(mark)
        if in_at >= 0 and _closes(text, in_opener, in_at, mark, i):
            nested.append(QuotePair(in_at, i + width, in_at + len(in_opener), i))
            in_at = -1
        elif open_at >= 0 and _closes(text, opener, open_at, mark, i):
            pairs.append(QuotePair(open_at, i + width, open_at + len(opener), i))
            open_at, in_at, nested = -1, -1, []
        elif _opens(text, mark, i):
            if open_at >= 0:
                in_at, in_opener = i, mark
            else:
                open_at, opener = i, mark
        i += width
    return pairs
