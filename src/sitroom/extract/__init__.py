"""Extractors: pure functions ``(doc, analysis) -> analysis``, one module per layer.

Each layer reads the spaCy ``Doc`` and the layers before it, and returns a new
:class:`~sitroom.model.Analysis` with its own array filled. No I/O happens here. The order
of :data:`LAYERS` is the order of the flow in DESIGN.md; :func:`run_all` applies them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from spacy.tokens import Doc

from ..model import Analysis

Extractor = Callable[[Doc, Analysis], Analysis]

LAYERS = ("entities", "places", "times", "quotes", "claims", "events")
REGISTRY: dict[str, Extractor] = {}


def extractor(name: str) -> Callable[[Extractor], Extractor]:
    """Register an extractor under the name of the layer it fills."""

    def register(fn: Extractor) -> Extractor:
        REGISTRY[name] = fn
        return fn

    return register


def load_all() -> dict[str, Extractor]:
    from . import claims, entities, events, places, quotes, times  # noqa: F401

    return {name: REGISTRY[name] for name in LAYERS}


def run_all(doc: Doc, analysis: Analysis, timings: dict[str, float] | None = None) -> Analysis:
    """Apply every layer in flow order; add each one's seconds to ``timings`` if given."""
    for name, fn in load_all().items():
        t0 = time.perf_counter()
        analysis = fn(doc, analysis)
        if timings is not None:
            timings[f"stage.{name}_s"] = timings.get(f"stage.{name}_s", 0.0) + (
                time.perf_counter() - t0
            )
    return analysis
