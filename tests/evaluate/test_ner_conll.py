"""`sitroom eval ner-conll` on a tiny CoNLL file of our own."""

import json

from click.testing import CliRunner

from sitroom.cli import main
from sitroom.evaluate.conll import read_conll, spans
from sitroom.evaluate.scoring import prf, span_metrics

CONLL = """-DOCSTART- -X- -X- O

Olena NNP B-NP B-PER
Kovalenko NNP I-NP I-PER
visited VBD B-VP O
Kharkiv NNP B-NP B-LOC
with IN B-PP O
the DT B-NP O
Red NNP I-NP B-ORG
Cross NNP I-NP I-ORG
. . O O

-DOCSTART- -X- -X- O

Shelling NN B-NP O
hit VBD B-VP O
Sumy NNP B-NP B-LOC
on IN B-PP O
Monday NNP B-NP O
. . O O
"""


def test_reader_and_spans(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text(CONLL)
    docs = list(read_conll(path))
    assert len(docs) == 2 and docs[0].words[:2] == ["Olena", "Kovalenko"]
    assert spans(docs[0].tags) == {(0, 2, "PER"), (3, 4, "LOC"), (6, 8, "ORG")}
    assert spans(["I-LOC", "I-LOC", "O", "I-PER"]) == {(0, 2, "LOC"), (3, 4, "PER")}


def test_scoring():
    assert prf({1, 2, 3}, {2, 3, 4}).f1 == 2 / 3
    m = span_metrics({(0, 1, "PER"), (2, 3, "LOC")}, {(0, 1, "PER"), (2, 3, "ORG")},
                     ["PER", "ORG", "LOC"])
    assert (m["per.f1"], m["loc.f1"], m["org.f1"]) == (1.0, 0.0, 0.0)
    assert m["precision"] == m["recall"] == 0.5


def test_eval_json_has_the_design_keys_and_a_baseline(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text(CONLL)
    result = CliRunner().invoke(main, ["eval", "ner-conll", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert {"task", "data", "n", "metrics", "baselines"} <= set(out)
    assert out["task"] == "ner-conll" and out["n"] == 4
    keys = {"f1", "precision", "recall", "per.f1", "org.f1", "loc.f1"}
    assert keys <= set(out["metrics"])
    [(name, base)] = out["baselines"].items()
    assert "spacy" in name and keys <= set(base)
    assert all(0 <= v <= 1 for v in out["metrics"].values())
    assert out["metrics"]["loc.f1"] == 1.0  # Kharkiv and Sumy are places


def test_eval_table_and_bad_path(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text(CONLL)
    table = CliRunner().invoke(main, ["eval", "ner-conll", str(path)])
    assert table.exit_code == 0, table.output
    assert "loc.f1" in table.stdout and "sitroom" in table.stdout and "spacy" in table.stdout
    bad = CliRunner().invoke(main, ["eval", "ner-conll", str(tmp_path / "nope.txt")])
    assert bad.exit_code == 2 and bad.stdout == ""
    assert "nope.txt" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_eval_not_conll_is_one_line(tmp_path):
    path = tmp_path / "prose.txt"
    path.write_text("-DOCSTART- -X- -X- O\n\nThis is not a column file at all.\n")
    bad = CliRunner().invoke(main, ["eval", "ner-conll", str(path)])
    assert bad.exit_code == 1 and "prose.txt:3" in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and "Traceback" not in bad.stderr


def test_eval_folder_split_and_limit(tmp_path):
    (tmp_path / "valid.txt").write_text(CONLL)
    result = CliRunner().invoke(main, ["eval", "ner-conll", str(tmp_path), "--split", "valid",
                                       "--limit", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["data"].endswith("valid.txt") and out["n"] == 3  # the first document only
    # the pipeline before sitroom's entity layer is scored beside it, apart from baselines
    assert "f1" in out["ablations"]["sitroom doc.ents"]
    assert out["counts"]["sitroom"]["LOC"] == {"tp": 1, "fp": 0, "fn": 0}
