"""Gold-data figures (slow; run by `make eval`, or `pytest -m slow`)."""

from pathlib import Path

import pytest

from sitroom.evaluate.ner_conll import evaluate

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.mark.slow
def test_conll_valid_sitroom_beats_the_bare_model():
    path = DATA / "conll2003-en" / "valid.txt"
    if not path.exists():
        pytest.skip("no ../shared/data")
    result = evaluate(str(path))
    assert result.metrics["f1"] >= result.baselines["spacy en_core_web_sm"]["f1"]
