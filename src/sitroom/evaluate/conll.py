"""The CoNLL-2003 format: token, POS, chunk and IOB2 tag a line, -DOCSTART- between
documents, blank lines between sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ConllDoc:
    sentences: list[list[tuple[str, str]]] = field(default_factory=list)  # (token, tag)

    @property
    def words(self) -> list[str]:
        return [w for s in self.sentences for w, _ in s]

    @property
    def tags(self) -> list[str]:
        return [t for s in self.sentences for _, t in s]


TAG = re.compile(r"O|[BI]-[A-Z]+")


def read_conll(path: str | Path) -> Iterator[ConllDoc]:
    """Documents of sentences of (token, tag); the tag is the last column (IOB1 or IOB2).

    A line that is not a token and a tag raises ValueError naming the file and line."""
    doc, sent = ConllDoc(), []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.strip()
            if line.startswith("-DOCSTART-"):
                if sent:
                    doc.sentences.append(sent)
                if doc.sentences:
                    yield doc
                doc, sent = ConllDoc(), []
            elif not line:
                if sent:
                    doc.sentences.append(sent)
                sent = []
            else:
                parts = line.split()
                if len(parts) < 2 or not TAG.fullmatch(parts[-1]):
                    raise ValueError(f"{path}:{number}: not a CoNLL token line: {line[:60]!r}")
                sent.append((parts[0], parts[-1]))
    if sent:
        doc.sentences.append(sent)
    if doc.sentences:
        yield doc


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) token spans from IOB1/IOB2 tags."""
    out, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        kind, _, lab = tag.partition("-")
        if kind in ("B", "O") or (kind == "I" and lab != label):
            if label is not None:
                out.add((start, i, label))
            start, label = (i, lab) if kind in ("B", "I") else (None, None)
    return out
