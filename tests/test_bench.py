"""`sitroom bench` prints throughput against bare spaCy, stage timings and memory."""

import json

from click.testing import CliRunner

from sitroom.cli import main


def test_bench_json(tmp_path):
    (tmp_path / "a.txt").write_text("Russia launched 40 drones at Odesa overnight, "
                                    "Ukraine's air force said on Monday.\n")
    (tmp_path / "b.txt").write_text("“We will meet again in Geneva,” Andrii Sybiha said.\n")
    result = CliRunner().invoke(main, ["bench", str(tmp_path), "--repeat", "1",
                                       "--store-events", "500", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["docs"] == 2 and out["tokens"] > 20
    m = out["metrics"]
    for key in ("tokens_per_s", "spacy_tokens_per_s", "ratio_to_spacy", "peak_rss_mb",
                "stage.nlp_s", "stage.places_s", "stage.quotes_s", "stage.nlp_share"):
        assert m[key] > 0, key
    assert abs(m["ratio_to_spacy"] - m["tokens_per_s"] / m["spacy_tokens_per_s"]) < 1e-9
    assert 0 < m["stage.nlp_share"] <= 1
    # the store's part: what writing costs beside analysis, and how fast the API answers
    assert m["store.events"] >= 500 and m["ingest.docs"] == 2
    for key in ("ingest.storage_share.sqlite", "api.timeline_p95_ms", "api.search_p95_ms"):
        assert m[key] > 0, key


def test_bench_limit_and_table(tmp_path):
    for k in range(3):
        (tmp_path / f"{k}.txt").write_text(f"Talks in Geneva resumed on day {k + 2}.\n")
    result = CliRunner().invoke(main, ["bench", str(tmp_path), "--limit", "2", "--repeat", "1",
                                       "--store-events", "0"])
    assert result.exit_code == 0, result.output
    assert "2 docs" in result.stdout and "ratio_to_spacy" in result.stdout


def test_bench_without_inputs_is_a_clear_error(tmp_path, monkeypatch):
    result = CliRunner().invoke(main, ["bench", str(tmp_path / "none")])
    assert result.exit_code != 0 and "Traceback" not in result.output
    monkeypatch.setenv("SITROOM_DATA", str(tmp_path))  # no PolNeAR there
    result = CliRunner().invoke(main, ["bench"])
    assert result.exit_code != 0 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "PATH" in result.stderr
