"""timex: temporal expressions on TimeML, TempEval-3 style.

Spans: strict (same characters) and relaxed (overlapping) precision, recall and F1; on
relaxed matches, type accuracy and value F1 (a value counts when it equals the gold one);
then relaxed and value F1 per TIMEX3 type, with the number of gold expressions of the type.
The baseline is dateparser, anchored to the same creation time, valuing the spans that
sitroom's tagger finds (so it measures normalisation, as the issue asks).
"""

from __future__ import annotations

import warnings
from datetime import datetime

from ..model import Document
from ..pipeline import analyze
from . import task
from .report import EvalResult
from .scoring import PRF
from .timeml import read_corpus

TYPES = ("DATE", "TIME", "DURATION", "SET")


def _dateparser_value(text: str, dct: str | None) -> str | None:
    """dateparser's reading, written at the granularity it reports (year, month, week, day
    or time), so that "2009" is compared as 2009 and not as a day in it."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if dct:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(dct)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    found = data.date_obj
    if found is None:
        return None
    if data.period == "year":
        return f"{found.year}"
    if data.period == "month":
        return f"{found.year}-{found.month:02d}"
    if data.period == "week":
        year, week, _ = found.isocalendar()
        return f"{year}-W{week:02d}"
    if data.period == "time":
        return f"{found.date().isoformat()}T{found.hour:02d}:{found.minute:02d}"
    return found.date().isoformat()


def _score(pairs, n_gold: int, n_pred: int) -> dict[str, float]:
    """pairs: (gold, predicted (start, end, type, value), strict) of relaxed matches."""
    strict = sum(1 for _, _, s in pairs if s)
    relaxed = len(pairs)
    types = sum(1 for g, p, _ in pairs if g.type == p[2])
    values = sum(1 for g, p, _ in pairs if p[3] is not None and g.value == p[3])
    out = {}
    for key, tp in (("strict", strict), ("relaxed", relaxed), ("value", values)):
        prf = PRF(tp, n_pred - tp, n_gold - tp)
        out[f"{key}_f1"] = prf.f1
        out[f"{key}_precision"] = prf.precision
        out[f"{key}_recall"] = prf.recall
    out["type_accuracy"] = types / relaxed if relaxed else 0.0
    return out


def _match(gold, predicted):
    pairs, used = [], set()
    for g in gold:
        best = None
        for k, p in enumerate(predicted):
            if k not in used and p[0] < g.end and g.start < p[1]:
                best = k if best is None or (p[0], p[1]) == (g.start, g.end) else best
        if best is not None:
            used.add(best)
            p = predicted[best]
            pairs.append((g, p, (p[0], p[1]) == (g.start, g.end)))
    return pairs


@task("timex")
def evaluate(path: str, split: str | None = None, limit: int | None = None,
             progress=None) -> EvalResult:
    docs = list(read_corpus(path))[:limit] if limit else list(read_corpus(path))
    documents = [Document(id=d.name, text=d.text, published=d.dct) for d in docs]
    tracked = progress(documents, "sitroom") if progress else documents
    pairs, base_pairs, predicted, n_gold, n_pred = [], [], [], 0, 0
    for d, a in zip(docs, analyze(tracked)):
        pred = [(t.start, t.end, t.type, t.value) for t in a.times]
        predicted += pred
        base = [(s, e, "DATE", _dateparser_value(d.text[s:e], d.dct)) for s, e, _, _ in pred]
        pairs += _match(d.timexes, pred)
        base_pairs += _match(d.timexes, base)
        n_gold += len(d.timexes)
        n_pred += len(pred)
    metrics = _score(pairs, n_gold, n_pred)
    baseline = _score(base_pairs, n_gold, n_pred)
    # per TIMEX3 type: gold of that type, and predictions of that type that match nothing
    matched = {id(p) for _, p, _ in pairs}
    notes = []
    for kind in TYPES:
        n_g = sum(1 for d in docs for g in d.timexes if g.type == kind)
        typed = [(g, p, s) for g, p, s in pairs if g.type == kind]
        spare = sum(1 for p in predicted if p[2] == kind and id(p) not in matched)
        scored = _score(typed, n_g, len(typed) + spare)
        metrics[f"{kind} relaxed_f1"] = scored["relaxed_f1"]
        metrics[f"{kind} value_f1"] = scored["value_f1"]
        notes.append(f"{kind}: {n_g} gold")
    return EvalResult(task="timex", data=path, n=n_gold, metrics=metrics,
                      baselines={"dateparser (same spans)": baseline},
                      notes=["Gold expressions per type: " + ", ".join(notes) + "."])
