"""Toponym resolution on the dev gold sets (slow; run by `make eval`, or `pytest -m slow`).

Floors a little under the figures measured when they were set, so that a change that
loses ground fails; the baseline is the largest place of the name.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitroom.cli import main

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
GRITTA = DATA / "geoparsing-gritta" / "data"


def run(path, *args):
    if not path.exists():
        pytest.skip(f"no {path} beside the repo")
    result = CliRunner().invoke(main, ["eval", "geo", str(path), *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.slow
@pytest.mark.parametrize("path,args,floor", [
    (GRITTA / "Corpora" / "lgl.xml", ["--limit", "40"], 0.80),
    (GRITTA / "GWN.xml", ["--limit", "40"], 0.71),
    (DATA / "ukraine-events-cir-monitor" / "events.csv", ["--split", "ukraine"], 0.95),
])
def test_dev_resolution_beats_population_alone(path, args, floor):
    out = run(path, *args)
    ours, base = out["metrics"], out["baselines"]["population only"]
    assert ours["acc161"] >= floor
    assert ours["acc161"] > base["acc161"] + 0.1
    if "e2e_f1" in ours:
        assert ours["e2e_f1"] > base["e2e_f1"]
