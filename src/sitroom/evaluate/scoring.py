"""Shared scoring: precision, recall and F1 over sets of labelled spans."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def prf(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> PRF:
    """Exact-match scores of two sets of items (e.g. (doc, start, end, label) tuples)."""
    g, p = set(gold), set(predicted)
    return PRF(len(g & p), len(p - g), len(g - p))


def per_label(gold: set[tuple], predicted: set[tuple], labels: Iterable[str]
              ) -> dict[str, PRF]:
    """Exact-match counts per label; items end with their label."""
    return {label: prf({x for x in gold if x[-1] == label},
                       {x for x in predicted if x[-1] == label}) for label in labels}


def span_metrics(gold: set[tuple], predicted: set[tuple], labels: Iterable[str]
                 ) -> dict[str, float]:
    """Micro P/R/F1 over ``labels`` and P/R/F1 per label (``per.f1``, ...); items end with
    their label, so a span with the right extent and the wrong label is wrong."""
    labels = list(labels)
    g = {x for x in gold if x[-1] in labels}
    p = {x for x in predicted if x[-1] in labels}
    micro = prf(g, p)
    out = {"f1": micro.f1, "precision": micro.precision, "recall": micro.recall}
    for label, one in per_label(g, p, labels).items():
        key = label.lower()
        out.update({f"{key}.f1": one.f1, f"{key}.precision": one.precision,
                    f"{key}.recall": one.recall})
    return out
