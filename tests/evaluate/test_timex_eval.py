"""`sitroom eval timex` on a tiny TimeML file of our own."""

import json

from click.testing import CliRunner

from sitroom.cli import main
from sitroom.evaluate.timeml import read_timeml

TML = (
    '<?xml version="1.0" ?><TimeML>\n'
    '<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2025-03-05">'
    "March 5, 2025</TIMEX3></DCT>\n<TEXT>\nMinisters met in Brussels "
    '<TIMEX3 tid="t1" type="DATE" value="2025-03-04">yesterday</TIMEX3> and will meet again on '
    '<TIMEX3 tid="t2" type="DATE" value="2025-03-07">Friday</TIMEX3>. The talks lasted '
    '<TIMEX3 tid="t3" type="DURATION" value="PT5H">five hours</TIMEX3>.\n</TEXT></TimeML>\n'
)


def test_reader_keeps_offsets_and_the_creation_time(tmp_path):
    path = tmp_path / "tiny.tml"
    path.write_text(TML)
    doc = read_timeml(path)
    assert doc.dct == "2025-03-05"
    assert [(doc.text[t.start:t.end], t.value) for t in doc.timexes] == [
        ("yesterday", "2025-03-04"), ("Friday", "2025-03-07"), ("five hours", "PT5H")]


def test_eval_timex_json(tmp_path):
    (tmp_path / "tiny.tml").write_text(TML)
    result = CliRunner().invoke(main, ["eval", "timex", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["n"] == 3
    assert {"value_f1", "strict_f1", "relaxed_f1", "type_accuracy"} <= set(out["metrics"])
    assert out["metrics"]["value_f1"] == 1.0
    assert out["baselines"]["dateparser (same spans)"]["value_f1"] < 1.0  # no durations


def test_broken_timeml_is_a_one_line_error(tmp_path):
    (tmp_path / "bad.tml").write_text("<TimeML><TEXT>unclosed")
    result = CliRunner().invoke(main, ["eval", "timex", str(tmp_path / "bad.tml")])
    assert result.exit_code == 1 and "bad.tml" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
