"""quotes: attributions on PolNeAR's brat files (speaker, cue, content), citron-style.

A gold attribution is *direct* when its content opens with a quote mark, else *indirect*;
sitroom's ``partial`` quotes count as indirect (PolNeAR marks the reporting clause around
them). Scores, over all attributions and again for each kind (``direct.``, ``indirect.``):

- ``content_overlap_f1``: word tokens of predicted contents inside gold contents
  (precision) and of gold contents inside predicted ones (recall), as citron measures it;
- predicted and gold quotes are paired one to one by the most content words shared; on
  pairs, ``speaker_exact_f1`` counts a speaker span equal to the gold Source span,
  ``speaker_overlap_f1`` the Source words shared, ``cue_f1`` a cue overlapping the gold
  Cue span (sitroom's cue is the head word: "told" of "told reporters"). Unpaired
  predictions are false positives, unpaired gold quotes false negatives.

The baseline, in the same run, is textacy's ``direct_quotations`` on the stock spaCy
model (direct quotes only; it raises on an odd number of quote marks, which leaves that
document without quotes). PATH is a split folder holding ``text/`` and ``attributions/``,
or PolNeAR's ``data`` folder with ``--split dev|test|train`` (default dev). Articles
annotated by several annotators are scored once, on the first annotator's file; a
malformed ``.ann`` file is skipped with a warning.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document
from ..pipeline import analyze
from . import task
from .brat import read_ann
from .report import EvalResult
from .scoring import PRF

QUOTE_MARKS = "“”\"«»„‘’'"
WORD = re.compile(r"\w+")
Spans = list[tuple[int, int]]


@dataclass
class Attribution:
    kind: str  # direct | indirect
    content: Spans
    cue: Spans = field(default_factory=list)
    source: Spans = field(default_factory=list)


@dataclass
class GoldDoc:
    name: str
    text: str
    attributions: list[Attribution]


def _kind(text: str, content: Spans) -> str:
    first = min(content)
    return "direct" if text[first[0]:first[1]].lstrip()[:1] in QUOTE_MARKS else "indirect"


def _split_dir(path: Path, split: str | None) -> Path:
    if (path / "attributions").is_dir() and (path / "text").is_dir():
        return path
    inner = path / (split or "dev")
    if (inner / "attributions").is_dir():
        return inner
    raise ValueError(f"{path}: no PolNeAR split here (expected text/ and attributions/, "
                     f"or {split or 'dev'}/ holding them)")


def read_polnear(path: str, split: str | None = None, limit: int | None = None
                 ) -> list[GoldDoc]:
    """The articles of one split with their attributions, in file-name order."""
    root = _split_dir(Path(path), split)
    seen: set[str] = set()
    docs: list[GoldDoc] = []
    for ann in sorted((root / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]  # the last part names the annotator
        if name in seen:
            continue
        txt = root / "text" / f"{name}.txt"
        if not txt.exists():
            raise ValueError(f"{ann}: no text file {txt.name} beside it")
        text = txt.read_text(encoding="utf-8")
        try:
            brat = read_ann(ann, text)
        except ValueError as err:  # one broken file (a span's text holding a line break)
            print(f"warning: skipped {err}", file=sys.stderr)  # another annotator's may do
            continue
        seen.add(name)
        attributions = []
        for ev in brat.events:
            if not ev.type.startswith("Attribution") or "Content" not in ev.args:
                continue

            content, cue, source = (
                brat.spans[ev.args[r]].spans if ev.args.get(r) in brat.spans else []
                for r in ("Content", "Cue", "Source"))
            if content:
                attributions.append(Attribution(_kind(text, content), content, cue, source))
        docs.append(GoldDoc(name, text, attributions))
        if limit and len(docs) >= limit:
            break
    return docs


def _words(text: str, spans: Spans) -> set[int]:
    """Start offsets of the word tokens inside ``spans``."""
    return {m.start() for s, e in spans for m in WORD.finditer(text, s, e)}


def _locate(text: str, needle: str | None, start: int, end: int, window: int = 400
            ) -> Spans:
    """The occurrence of ``needle`` outside [start, end) nearest to it, as one span: the
    contract gives a quote's cue and speaker as text, the gold data as offsets."""
    if not needle:
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    lo, hi = max(0, start - window), min(len(text), end + window)
    best = None
    for m in pattern.finditer(text, lo, hi):
        if m.start() < end and m.end() > start:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if best is None or distance < best[0]:
            best = (distance, m.start(), m.end())
    return [(best[1], best[2])] if best else []


def _pairs(text: str, gold: list[Attribution], pred: list[Attribution]):
    """One-to-one pairs by the most content words shared."""
    g_words = [_words(text, g.content) for g in gold]
    p_words = [_words(text, p.content) for p in pred]
    scored = sorted(((len(gw & pw), i, j) for i, gw in enumerate(g_words)
                     for j, pw in enumerate(p_words) if gw & pw), reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in scored:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], pred[j]))
    return pairs


@dataclass
class _Tally:
    content: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # p∩g, |p|, g∩p, |g|
    speaker_exact: list[int] = field(default_factory=lambda: [0, 0, 0])  # tp, |p|, |g|
    speaker_overlap: list[int] = field(default_factory=lambda: [0, 0, 0, 0])
    cue: list[int] = field(default_factory=lambda: [0, 0, 0])

    def add(self, text: str, gold: list[Attribution], pred: list[Attribution]) -> None:
        g_all = set().union(*(_words(text, g.content) for g in gold)) if gold else set()
        p_all = set().union(*(_words(text, p.content) for p in pred)) if pred else set()
        for p in pred:
            w = _words(text, p.content)
            self.content[0] += len(w & g_all)
            self.content[1] += len(w)
        for g in gold:
            w = _words(text, g.content)
            self.content[2] += len(w & p_all)
            self.content[3] += len(w)
        self.speaker_exact[1] += sum(1 for p in pred if p.source)
        self.speaker_exact[2] += sum(1 for g in gold if g.source)
        self.speaker_overlap[1] += sum(len(_words(text, p.source)) for p in pred)
        self.speaker_overlap[3] += sum(len(_words(text, g.source)) for g in gold)
        self.cue[1] += sum(1 for p in pred if p.cue)
        self.cue[2] += len(gold)
        for g, p in _pairs(text, gold, pred):
            if p.source and _trim(text, p.source) == _trim(text, g.source):
                self.speaker_exact[0] += 1
            shared = len(_words(text, p.source) & _words(text, g.source))
            self.speaker_overlap[0] += shared
            self.speaker_overlap[2] += shared
            if any(s < e2 and s2 < e for s, e in p.cue for s2, e2 in g.cue):
                self.cue[0] += 1

    def metrics(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        c, so = self.content, self.speaker_overlap
        se, cu = self.speaker_exact, self.cue
        return {
            "speaker_exact_f1": PRF(se[0], se[1] - se[0], se[2] - se[0]).f1,
            "speaker_overlap_f1": f1(ratio(so[0], so[1]), ratio(so[2], so[3])),
            "content_overlap_f1": f1(ratio(c[0], c[1]), ratio(c[2], c[3])),
            "cue_f1": PRF(cu[0], cu[1] - cu[0], cu[2] - cu[0]).f1,
        }


def _trim(text: str, spans: Spans) -> str:
    # (a no-break space the annotator's span took in is no word: "Trump\xa0")
    return " ".join(text[s:e] for s, e in sorted(spans)).strip(" ,.;:\n\t\xa0")


def _score(docs: list[GoldDoc], predicted: Iterable[list[Attribution]]) -> dict[str, float]:
    tallies = {"": _Tally(), "direct.": _Tally(), "indirect.": _Tally()}
    for d, pred in zip(docs, predicted):
        tallies[""].add(d.text, d.attributions, pred)
        for kind in ("direct", "indirect"):
            tallies[f"{kind}."].add(d.text, [g for g in d.attributions if g.kind == kind],
                                    [p for p in pred if p.kind == kind])
    return {prefix + k: v for prefix, t in tallies.items() for k, v in t.metrics().items()}


def _marked(text: str, start: int) -> bool:
    """Whether the quotation starting at ``start`` opens with a quote mark."""
    before = text[:start].rstrip()[-1:]
    return before in QUOTE_MARKS or text[start:start + 1] in QUOTE_MARKS


def _goes_on(text: str, end: int, start: int, cue: str | None) -> bool:
    """Whether a direct quote starting at ``start`` goes on with the one ending at
    ``end``: in the same paragraph, or, with no cue of its own, opening the next one
    (PolNeAR marks a quotation running over paragraphs as one attribution)."""
    between = text[end:start]
    if "\n" not in between:
        return True
    head, _, opening = between.rstrip(QUOTE_MARKS + " \t").rpartition("\n")
    return cue is None and not opening and "\n" not in head.rstrip("\n")


def sitroom_attributions(text: str, quotes) -> list[Attribution]:
    """sitroom's quotes as attributions, with the cue and speaker located in the text.

    Direct quotes in one paragraph from one speaker, the later with no cue of its own or
    the same one ("“…,” she said. “…”"), are one attribution, as PolNeAR marks them, and
    so is an uncued one opening the next paragraph (:func:`_goes_on`); a partial quote
    inside a reported clause (she said the plan was a “trap”) is left to the clause:
    PolNeAR marks the clause. An uncued direct quote going on in the same paragraph after
    a partial or reported one of the same speaker ("… was “cracked,” she said. “We
    …”") joins that attribution, as PolNeAR marks it."""
    out: list[Attribution] = []
    last = None
    clauses = [q for q in quotes if q.kind == "indirect"]
    for q in sorted(quotes, key=lambda q: q.start):
        if q.kind == "partial" and any(
                c.start <= q.start and q.end <= c.end for c in clauses):
            continue
        cue = _locate(text, q.cue, q.start, q.end)
        source = _locate(text, q.speaker_text, q.start, q.end)
        kind = "direct" if q.kind == "direct" else "indirect"
        if kind == "direct" and not _marked(text, q.start):
            kind = "indirect"  # PolNeAR splits by the mark: a transcript's turn has none
        if (last is not None and kind == "direct" and source
                and _trim(text, source) == _trim(text, last.source)
                and (not cue or cue == last.cue)
                and _goes_on(text, last.content[-1][1], q.start, q.cue)):
            last.content.append((q.start, q.end))
            continue
        if (out and out[-1].kind == "indirect" and kind == "direct" and source
                and q.cue is None and _trim(text, source) == _trim(text, out[-1].source)
                and "\n" not in text[out[-1].content[-1][1]:q.start]):
            out[-1].content.append((q.start, q.end))  # goes on from a partial quote
            continue
        out.append(Attribution(kind, [(q.start, q.end)], cue, source))
        if kind == "direct":  # (a reported clause around a quote does not break it)
            last = out[-1]
    return out


def textacy_attributions(doc) -> list[Attribution]:
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:  # an odd number of quote marks: textacy gives up on the document
        return []

    def span(tokens) -> Spans:
        if not tokens:
            return []
        return [(min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens))]

    return [Attribution("direct", [(t.content.start_char, t.content.end_char)], span(t.cue),
                        span(t.speaker)) for t in triples]


@task("quotes")
def evaluate(path: str, split: str | None = None, limit: int | None = None,
             progress=None) -> EvalResult:
    docs = read_polnear(path, split, limit)
    documents = [Document(id=d.name, text=d.text) for d in docs]
    tracked = progress(documents, "sitroom") if progress else documents
    ours = [sitroom_attributions(d.text, a.quotes) for d, a in zip(docs, analyze(tracked))]
    try:
        import textacy  # noqa: F401

        from ..nlp.model import load_bare
    except ImportError:
        baselines = {}
        note = "textacy is not installed (pip install -e .[dev]): no baseline"
    else:
        bare = load_bare()
        texts = progress([d.text for d in docs], "textacy") if progress else [
            d.text for d in docs]
        base = [textacy_attributions(doc) for doc in bare.pipe(texts)]
        baselines = {"textacy direct_quotations": _score(docs, base)}
        note = ""
    n = sum(len(d.attributions) for d in docs)
    n_direct = sum(1 for d in docs for g in d.attributions if g.kind == "direct")
    result = EvalResult(task="quotes", data=path, n=n, metrics=_score(docs, ours),
                        baselines=baselines)
    result.notes.append(f"{len(docs)} articles, {n} attributions ({n_direct} direct)")
    if note:
        result.notes.append(note)
    return result
