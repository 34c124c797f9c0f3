"""ner-conll: PER/ORG/LOC on CoNLL-2003, sitroom's recogniser against the bare model.

Each gold document becomes one spaCy Doc of its gold tokens, with the gold sentence
breaks; both pipelines run over the same Docs in the same run. spaCy's labels map to
CoNLL's: PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC, the rest of the names -> MISC.
sitroom's entities are those of its entity layer (after label voting and mending), so the
score is that of what ``analyze`` reports.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..extract.entities import mentions_of
from ..nlp.model import load_bare, load_model
from . import task
from .conll import read_conll, spans
from .report import EvalResult
from .scoring import span_metrics

LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
          "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
          "LANGUAGE": "MISC", "PRODUCT": "MISC"}
SCORED = ("PER", "ORG", "LOC")


def _doc(nlp, words: list[str], sentences) -> Doc:
    starts = [True if i == 0 else False for s in sentences for i, _ in enumerate(s)]
    return Doc(nlp.vocab, words=words, sent_starts=starts)


def _predict_bare(doc: Doc) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS}


def _predict_sitroom(doc: Doc) -> set[tuple[int, int, str]]:
    out = set()
    for label, span in mentions_of(doc):
        start = span.start
        while start < span.end - 1 and span.doc[start].text.lower().rstrip(".") in (
                "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president"):
            start += 1  # CoNLL leaves titles outside the name
        out.add((start, span.end, LABELS[label]))
    for e in doc.ents:  # MISC-only labels the entity layer does not keep
        if e.label_ in LABELS and LABELS[e.label_] == "MISC" and e.label_ != "NORP":
            out.add((e.start, e.end, "MISC"))
    return out


@task("ner-conll")
def evaluate(path: str, split: str | None = None, limit: int | None = None,
             progress=None) -> EvalResult:
    docs = list(read_conll(path))[:limit] if limit else list(read_conll(path))
    systems = {"sitroom": (load_model(), _predict_sitroom),
               "spacy en_core_web_sm": (load_bare(), _predict_bare)}
    gold, predicted = set(), {name: set() for name in systems}
    for name, (nlp, predict) in systems.items():
        tracked = progress(docs, f"{name}") if progress else docs
        inputs = (_doc(nlp, d.words, d.sentences) for d in tracked)
        for k, doc in enumerate(nlp.pipe(inputs, batch_size=16)):
            predicted[name] |= {(k, *x) for x in predict(doc)}
    for k, d in enumerate(docs):
        gold |= {(k, *x) for x in spans(d.tags)}
    labels = (*SCORED, "MISC")
    scores = {name: span_metrics(gold, pred, SCORED) for name, pred in predicted.items()}
    for name, pred in predicted.items():
        scores[name]["misc.f1"] = span_metrics(gold, pred, labels)["misc.f1"]
    n = sum(1 for x in gold if x[-1] in SCORED)
    result = EvalResult(task="ner-conll", data=path, n=n, metrics=scores.pop("sitroom"),
                        baselines=scores)
    return result
