"""The brat standoff format (``.ann`` beside a ``.txt``): text-bound annotations
(``T1<TAB>Label START END[;START END]...<TAB>text``) and events
(``E1<TAB>Type:T4 Role:T3 Role:T2``). Notes, relations and attributes are skipped."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class TextBound:
    id: str
    label: str
    spans: list[tuple[int, int]]  # discontinuous annotations have several


@dataclass
class Event:
    id: str
    type: str
    trigger: str
    args: dict[str, str] = field(default_factory=dict)  # role -> text-bound id


@dataclass
class BratDoc:
    name: str
    text: str
    spans: dict[str, TextBound]
    events: list[Event]


def read_ann(path: Path, text: str) -> BratDoc:
    """One ``.ann`` file over ``text``; a malformed line is a one-line ValueError."""
    spans: dict[str, TextBound] = {}
    events: list[Event] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            if line.startswith("T"):
                tid, middle, *_ = line.split("\t")
                label, offsets = middle.split(" ", 1)
                parts = [p.split() for p in offsets.split(";")]
                tb = TextBound(tid, label, [(int(s), int(e)) for s, e in parts])
                if any(not 0 <= s <= e <= len(text) for s, e in tb.spans):
                    raise ValueError("offsets outside the text")
                spans[tid] = tb
            elif line.startswith("E"):
                eid, middle = line.split("\t")[:2]
                head, *rest = middle.split()
                etype, trigger = head.split(":")
                args = dict(a.split(":", 1) for a in rest)
                events.append(Event(eid, etype, trigger, args))
        except ValueError as err:
            raise ValueError(f"{path}:{n}: not a brat line ({err})") from None
    return BratDoc(Path(path).stem, text, spans, events)
