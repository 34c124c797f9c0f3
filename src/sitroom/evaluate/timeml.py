"""The TimeML format (TempEval-3 ``.tml``): the text of ``<TEXT>`` with its TIMEX3 spans,
and the document creation time (DCT) from the CREATION_TIME TIMEX3."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[Timex] = field(default_factory=list)


def read_timeml(path: Path) -> TimeMLDoc:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise ValueError(f"{path}: not TimeML XML ({err})") from None
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
            break
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[Timex] = []

    def walk(node) -> None:
        start = sum(len(p) for p in parts)
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if node.tag == "TIMEX3":
            end = sum(len(p) for p in parts)
            timexes.append(Timex(start, end, "".join(parts)[start:end], node.get("type", ""),
                                 node.get("value", "")))

    walk(body)
    return TimeMLDoc(Path(path).name, "".join(parts), dct[:10] if dct else None, timexes)


def read_corpus(path: str | Path) -> Iterator[TimeMLDoc]:
    path = Path(path)
    files = sorted(path.rglob("*.tml")) if path.is_dir() else [path]
    for file in files:
        yield read_timeml(file)
