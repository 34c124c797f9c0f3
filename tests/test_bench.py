"""`sitroom bench` prints throughput against bare spaCy, stage timings and memory."""

import json

from click.testing import CliRunner

from sitroom.cli import main


def test_bench_json(tmp_path):
    (tmp_path / "a.txt").write_text("Russia launched 40 drones at Odesa overnight, "
                                    "Ukraine's air force said on Monday.\n")
    (tmp_path / "b.txt").write_text("“We will meet again in Geneva,” Andrii Sybiha said.\n")
    result = CliRunner().invoke(main, ["bench", str(tmp_path), "--repeat", "1",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["docs"] == 2 and out["tokens"] > 20
    m = out["metrics"]
    for key in ("tokens_per_s", "spacy_tokens_per_s", "ratio_to_spacy", "peak_rss_mb",
                "stage.nlp_s", "stage.places_s", "stage.quotes_s"):
        assert m[key] > 0, key
    assert abs(m["ratio_to_spacy"] - m["tokens_per_s"] / m["spacy_tokens_per_s"]) < 1e-9


def test_bench_without_inputs_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["bench", str(tmp_path / "none")])
    assert result.exit_code != 0 and "Traceback" not in result.output
