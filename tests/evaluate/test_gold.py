"""Gold-data figures (slow; run by `make eval`, or `pytest -m slow`)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitroom.cli import main

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.mark.slow
def test_conll_valid_sitroom_beats_the_bare_model():
    path = DATA / "conll2003-en" / "valid.txt"
    if not path.exists():
        pytest.skip("no ../shared/data/conll2003-en beside the repo")
    result = CliRunner().invoke(main, ["eval", "ner-conll", str(path), "--limit", "50",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["n"] > 500
    bare = out["baselines"]["spacy en_core_web_sm"]
    assert out["metrics"]["f1"] >= bare["f1"]
    assert out["metrics"]["loc.f1"] >= bare["loc.f1"]  # what the place ruler is for
