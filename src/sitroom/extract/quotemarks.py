"""Pairing quote marks, as news text has them, in one linear pass that never raises.

Marks: curly “ ” (and ” opening a paragraph, as some sites print it; a quote opened in
one style may close in the other), straight ", the
typewriter pair '' of wire copy, « », and „ closed by “ or ”. A quote that runs over
several paragraphs re-opens each paragraph and closes in the last: one pair. An opening
mark left unclosed at the end of its paragraph, or a stray closing mark, is dropped, and
the rest are still found. Single marks ‘ ’ and ' are not paired: they are apostrophes
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


def pair_quotes(text: str) -> list[QuotePair]:
    """Paired quotations in order, in linear time; unpairable marks are skipped."""
    pairs: list[QuotePair] = []
    open_at = -1
    opener = ""
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            if open_at >= 0:
                # the quote runs on only if the next paragraph re-opens it
                j = i
                while j < n and text[j] in "\n \t":
                    j += 1
                mark = _mark_at(text, j) if j < n else ""
                if mark and (mark == opener or mark in "“”" and opener in "“”"):
                    i = j + len(mark)
                    continue
                open_at = -1
            i += 1
            continue
        mark = _mark_at(text, i)
        if not mark:
            i += 1
            continue
        width = len(mark)
        prev = text[i - 1] if i else "\n"
        nxt = text[i + width] if i + width < n else "\n"
        # an opening “ typed where the closing one belongs ("…51 percent.“¶") closes
        shut = mark == "“" and opener in "“\"" and not prev.isspace() and nxt.isspace()
        if open_at >= 0 and (mark in CLOSE_FOR[opener] or shut) and (
                opener not in ('"', "''") or i > open_at + len(opener)) and (
                mark != '"' or opener == '"' or not prev.isspace()):
            pairs.append(QuotePair(open_at, i + width, open_at + len(opener), i))
            open_at = -1
        elif mark in ('"', "''"):
            if prev in _AFTER_OPEN or i == 0:
                open_at, opener = i, mark
        elif mark == "”":
            # a closing mark opens only at the start of a paragraph
            k = i - 1
            while k >= 0 and text[k] in " \t":
                k -= 1
            if k < 0 or text[k] == "\n":
                open_at, opener = i, mark
        elif mark in ("“", "«", "„"):
            open_at, opener = i, mark
        i += width
    return pairs
