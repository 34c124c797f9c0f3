"""Scoring against gold data: one module per task, shared scoring and reporting.

A task is a function ``(path, split, limit, progress) -> EvalResult`` registered under its
name with :func:`task`; ``sitroom eval TASK PATH`` runs it and prints a table (or the JSON
object of DESIGN.md). Every task measures its baselines in the same run.
"""

from __future__ import annotations

from collections.abc import Callable

from .report import EvalResult

TASKS: dict[str, Callable[..., EvalResult]] = {}


def task(name: str):
    def register(fn):
        TASKS[name] = fn
        return fn

    return register


def load_tasks() -> dict[str, Callable[..., EvalResult]]:
    from . import events, geo, ner_conll, quotes, timex  # noqa: F401

    return TASKS
