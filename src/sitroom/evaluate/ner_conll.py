"""ner-conll: PER/ORG/LOC on CoNLL-2003, sitroom's recogniser against the bare model.

Each gold document becomes one spaCy Doc of its gold tokens, with the gold sentence
breaks; both pipelines run over the same Docs in the same run. spaCy's labels map to
CoNLL's: PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, the rest of the names -> MISC.
sitroom's entities are those of its entity layer (after label voting and mending), so the
score is that of what ``analyze`` reports; the ``doc.ents`` of sitroom's pipeline (place
ruler + NER, before the entity layer) are scored as an ablation.

CoNLL leaves titles outside names ("President [Clinton]") where sitroom keeps them in the
mention ("President Clinton"): leading honorifics of sitroom's list are cut before scoring.

PATH is a CoNLL file, or a folder of them with ``--split`` naming one (``valid`` when not
given: the held-out ``test`` is only ever scored on request).
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Span

from ..extract.entities import mentions_of
from ..nlp.lexicon import HONORIFICS
from ..nlp.model import load_bare, load_model
from . import task
from .conll import ConllDoc, read_conll, spans
from .report import EvalResult
from .scoring import per_label, span_metrics

LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
          "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
          "LANGUAGE": "MISC", "PRODUCT": "MISC"}
SCORED = ("PER", "ORG", "LOC")
BASELINE = "spacy en_core_web_sm"
ABLATION = "sitroom doc.ents"


def gold_doc(nlp, doc: ConllDoc) -> Doc:
    """The gold tokens as a Doc, a space after each, sentence starts as in the file."""
    starts = [i == 0 for s in doc.sentences for i in range(len(s))]
    return Doc(nlp.vocab, words=doc.words, sent_starts=starts)


def _ents(doc: Doc) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS}


def _without_titles(span: Span) -> int:
    start = span.start
    while start < span.end - 1 and span.doc[start].text[:1].isupper() and (
            span.doc[start].lower_.rstrip(".") in HONORIFICS):
        start += 1
    return start


def _entity_layer(doc: Doc) -> set[tuple[int, int, str]]:
    out = set()
    for label, span in mentions_of(doc):
        start = _without_titles(span) if label in ("PERSON", "ORG") else span.start
        out.add((start, span.end, LABELS[label]))
    for e in doc.ents:  # MISC-only labels the entity layer does not keep
        if e.label_ in LABELS and LABELS[e.label_] == "MISC" and e.label_ != "NORP":
            out.add((e.start, e.end, "MISC"))
    return out


@task("ner-conll")
def evaluate(path: str, split: str | None = None, limit: int | None = None,
             progress=None) -> EvalResult:
    if Path(path).is_dir():  # the data set's folder: --split names the file (dev by default)
        path = str(Path(path) / f"{split or 'valid'}.txt")
    docs = list(read_conll(path))
    if limit:
        docs = docs[:limit]
    if not docs:
        raise ValueError(f"{path}: no CoNLL documents")
    # system -> (pipeline, {name: predictor}); each pipeline runs once over the documents
    systems = {"sitroom": (load_model(), {"sitroom": _entity_layer, ABLATION: _ents}),
               BASELINE: (load_bare(), {BASELINE: _ents})}
    predicted: dict[str, set] = {}
    for system, (nlp, predictors) in systems.items():
        for name in predictors:
            predicted[name] = set()
        tracked = progress(docs, system) if progress else docs
        inputs = (gold_doc(nlp, d) for d in tracked)
        for k, doc in enumerate(nlp.pipe(inputs, batch_size=16)):
            for name, predict in predictors.items():
                predicted[name] |= {(k, *x) for x in predict(doc)}
    gold = {(k, *x) for k, d in enumerate(docs) for x in spans(d.tags)}
    scores, counts = {}, {}
    for name, pred in predicted.items():
        scores[name] = span_metrics(gold, pred, SCORED)
        scores[name]["misc.f1"] = span_metrics(gold, pred, ("MISC",))["f1"]
        counts[name] = {label: {"tp": c.tp, "fp": c.fp, "fn": c.fn}
                        for label, c in per_label(gold, pred, (*SCORED, "MISC")).items()}
    n = sum(1 for x in gold if x[-1] in SCORED)
    return EvalResult(task="ner-conll", data=path, n=n, metrics=scores["sitroom"],
                      baselines={BASELINE: scores[BASELINE]},
                      ablations={ABLATION: scores[ABLATION]}, counts=counts)
