"""Claims precision on real news: 100 hand-judged claims of the PolNeAR dev articles.

The judgements (ids and expected values, no article text) are in
tests/fixtures/claims_sample/judgements.jsonl; sample.py beside them draws, shows and scores
the sample. Print the figures with `pytest -m slow -s tests/evaluate/test_claims_sample.py`
or `python tests/fixtures/claims_sample/sample.py score`.
"""

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "claims_sample"
_spec = importlib.util.spec_from_file_location("claims_sample", HERE / "sample.py")
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)

# Measured when the sample was judged (2026-11-25: 0.70 and 0.62), then after the fixes
# it showed (0.964 of 83 still reported; claimants 0.793 of 29, then 0.879 of 33 once each
# figure took the cue whose clause holds it); a small margin for one or two flips.
REAL_UNIT = 0.96
CLAIMANT = 0.88
MARGIN = 0.03
KEYS = {"doc", "start", "end", "value", "real", "unit_ok", "unit", "value_ok",
        "claimant_given", "claimant_ok", "claimant"}


def test_the_fixture_holds_ids_and_judgements_only():
    judged = sample.load()
    assert len(judged) == sample.SIZE
    assert len({(j["doc"], j["start"], j["end"]) for j in judged}) == sample.SIZE
    for j in judged:
        assert set(j) == KEYS, j
        assert j["start"] < j["end"]
        assert (j["claimant_ok"] is None) == (not j["claimant_given"]), j
        assert j["real"] or not j["unit_ok"], j


@pytest.mark.slow
def test_claims_on_real_news_keep_their_precision():
    if not sample.TEXTS.is_dir():
        pytest.skip(f"no {sample.TEXTS}")
    judged = sample.load()
    found = sample.analyses(sorted({j["doc"] for j in judged}))
    figures = sample.score(judged, found)
    print(json.dumps(figures))
    assert figures["reported"] >= 0.8 * len(judged)  # the sample still says something
    assert figures["real_unit"] >= REAL_UNIT - MARGIN
    assert figures["claimant"] >= CLAIMANT - MARGIN
