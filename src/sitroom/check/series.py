"""Reference series to check claims against, read from a path the user gives (never bundled).

First format: the Ukrainian General Staff's daily losses as JSON lists of cumulative counts
per day (``russia_losses_personnel.json``, ``russia_losses_equipment.json``: ``[{"date":
"2025-02-27", "personnel": 871850, ...}, ...]``). A directory is read for every such file in
it. Each key becomes a series of cumulative totals by date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SKIP_KEYS = {"date", "day", "greatest losses direction"}


class SeriesError(ValueError):
    """A reference series that cannot be read; the message names the file."""


@dataclass
class Series:
    """Cumulative totals by series key and date, and where they came from."""

    source: str
    totals: dict[str, dict[date, float]] = field(default_factory=dict)

    def daily(self, key: str, day: date) -> float | None:
        """The day's increase of a cumulative series, or None where either day is missing."""
        values = self.totals.get(key, {})
        if day not in values or day - timedelta(days=1) not in values:
            return None
        return values[day] - values[day - timedelta(days=1)]

    def total(self, key: str, day: date) -> float | None:
        return self.totals.get(key, {}).get(day)


def read_series(path: str | Path) -> Series:
    """A :class:`Series` from a General Staff losses JSON file or a directory of them."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json") if "correction" not in p.name
                       and "oryx" not in p.name)
    elif path.is_file():
        files = [path]
    else:
        raise SeriesError(f"{path}: no such file or directory")
    series = Series(source=str(path))
    for file in files:
        _read_file(file, series)
    if not series.totals:
        raise SeriesError(f"{path}: no daily cumulative series found")
    return series


def _read_file(file: Path, series: Series) -> None:
    try:
        rows = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise SeriesError(f"{file}: not a JSON series ({type(err).__name__})") from None
    if not isinstance(rows, list):
        raise SeriesError(f"{file}: expected a JSON list of daily rows")
    for row in rows:
        if not isinstance(row, dict) or "date" not in row:
            raise SeriesError(f"{file}: a row without a date")
        try:
            day = date.fromisoformat(str(row["date"])[:10])
        except ValueError:
            raise SeriesError(f"{file}: unreadable date {row['date']!r}") from None
        for key, value in row.items():
            if key in SKIP_KEYS or key.endswith("*") or isinstance(value, bool) \
                    or not isinstance(value, int | float):
                continue
            series.totals.setdefault(key, {})[day] = float(value)
