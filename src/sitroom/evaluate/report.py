"""An evaluation's result, as a table for people and as JSON for scripts."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table


def _rounded(metrics: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in metrics.items()}


@dataclass
class EvalResult:
    """Scores of sitroom (``metrics``) and of baselines run on the same data in the same run.

    ``ablations`` are parts of sitroom scored alone (shown beside the baselines, kept apart
    from them in JSON); ``counts`` are optional per-class rows, e.g. ``{"sitroom": {"PER":
    {"tp": 1, "fp": 0, "fn": 2}}}``; ``errors`` are optional records of sitroom's false and
    missed items, one JSON object each, for ``sitroom eval --errors FILE``.
    """

    task: str
    data: str
    n: int
    metrics: dict[str, float]
    baselines: dict[str, dict[str, float]] = field(default_factory=dict)
    ablations: dict[str, dict[str, float]] = field(default_factory=dict)
    counts: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        out = {"task": self.task, "data": self.data, "n": self.n,
               "metrics": _rounded(self.metrics),
               "baselines": {name: _rounded(m) for name, m in self.baselines.items()}}
        if self.ablations:
            out["ablations"] = {name: _rounded(m) for name, m in self.ablations.items()}
        if self.counts:
            out["counts"] = self.counts
        return out

    def print_table(self, console: Console | None = None) -> None:
        console = console or Console()
        table = Table(title=f"{self.task} on {self.data} (n={self.n})")
        table.add_column("metric")
        table.add_column("sitroom", justify="right")
        others = {**self.baselines,
                  **{f"{name} (ablation)": m for name, m in self.ablations.items()}}
        for name in others:
            table.add_column(name, justify="right")
        for key, value in self.metrics.items():
            table.add_row(key, f"{value:.3f}",
                          *(f"{m[key]:.3f}" if key in m else "–" for m in others.values()))
        console.print(table)
        for note in self.notes:
            console.print(note)
