"""An evaluation's result, as a table for people and as JSON for scripts."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table


@dataclass
class EvalResult:
    task: str
    data: str
    n: int
    metrics: dict[str, float]
    baselines: dict[str, dict[str, float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"task": self.task, "data": self.data, "n": self.n,
                "metrics": {k: round(v, 4) for k, v in self.metrics.items()},
                "baselines": {name: {k: round(v, 4) for k, v in m.items()}
                              for name, m in self.baselines.items()}}

    def print_table(self, console: Console | None = None) -> None:
        console = console or Console()
        table = Table(title=f"{self.task} on {self.data} (n={self.n})")
        table.add_column("metric")
        table.add_column("sitroom", justify="right")
        for name in self.baselines:
            table.add_column(name, justify="right")
        for key, value in self.metrics.items():
            table.add_row(key, f"{value:.3f}",
                          *(f"{b[key]:.3f}" if key in b else "–"
                            for b in self.baselines.values()))
        console.print(table)
        for note in self.notes:
            console.print(note)
