"""`sitroom eval quotes` on a tiny PolNeAR-style brat folder of our own."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitroom.cli import main
from sitroom.evaluate.brat import read_ann
from sitroom.evaluate.quotes import read_polnear

TEXT = ("“We will hold the line,” Maia Sandu said. Officials said the bridge was repaired "
        "overnight.\n")


def _span(text, piece, label, tid):
    s = TEXT.index(piece)
    return f"{tid}\t{label} {s} {s + len(piece)}\t{piece}"


ANN = "\n".join([
    _span(TEXT, "“We will hold the line,”", "Content", "T1"),
    _span(TEXT, "Maia Sandu", "Source", "T2"),
    _span(TEXT, "said", "Cue", "T3"),
    _span(TEXT, "said", "Attribution", "T4"),
    "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
    _span(TEXT, "Officials", "Source", "T5"),
    f"T6\tCue {TEXT.index('said the')} {TEXT.index('said the') + 4}\tsaid",
    _span(TEXT, "the bridge was repaired overnight", "Content", "T7"),
    f"T8\tAttribution {TEXT.index('said the')} {TEXT.index('said the') + 4}\tsaid",
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
]) + "\n"


@pytest.fixture
def split(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "tiny-article.txt").write_text(TEXT)
    # the same article from two annotators: scored once, on the first file
    (tmp_path / "attributions" / "tiny-article_aaaa.ann").write_text(ANN)
    (tmp_path / "attributions" / "tiny-article_bbbb.ann").write_text("")
    return tmp_path


def test_reader_builds_direct_and_indirect_attributions(split):
    [doc] = read_polnear(str(split))
    kinds = [(a.kind, doc.text[a.source[0][0]:a.source[0][1]]) for a in doc.attributions]
    assert kinds == [("direct", "Maia Sandu"), ("indirect", "Officials")]


def test_a_discontinuous_span_keeps_its_parts(tmp_path):
    ann = tmp_path / "x.ann"
    ann.write_text("T1\tContent 0 4;10 14\tabcd efgh\n")
    assert read_ann(ann, "x" * 20).spans["T1"].spans == [(0, 4), (10, 14)]


def test_a_malformed_line_is_one_error_naming_the_file(tmp_path):
    ann = tmp_path / "bad.ann"
    ann.write_text("T1\tContent zero four\tabcd\n")
    with pytest.raises(ValueError, match="bad.ann:1"):
        read_ann(ann, "abcd")


def test_a_malformed_ann_file_is_skipped_with_a_warning(split, capsys):
    # a span's text broken over two lines: the next annotator's file of the article is read
    (split / "attributions" / "tiny-article_0000.ann").write_text(
        "T1\tContent 0 5\t“We\nThe rest of it\n")
    [doc] = read_polnear(str(split))
    assert len(doc.attributions) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tiny-article_0000.ann:2" in err


def test_eval_quotes_json_scores_sitroom_and_the_textacy_baseline(split):
    out = CliRunner().invoke(main, ["eval", "quotes", str(split), "--format", "json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)
    m = result["metrics"]
    assert result["n"] == 2
    assert m["direct.speaker_exact_f1"] == 1.0 and m["direct.content_overlap_f1"] == 1.0
    assert m["indirect.speaker_exact_f1"] == 1.0 and m["cue_f1"] == 1.0
    base = result["baselines"]["textacy direct_quotations"]
    assert base["indirect.content_overlap_f1"] == 0.0


def test_a_folder_that_is_not_polnear_is_a_one_line_error(tmp_path):
    out = CliRunner().invoke(main, ["eval", "quotes", str(tmp_path)])
    assert out.exit_code == 1 and "no PolNeAR split" in out.output
    assert "Traceback" not in out.output


POLNEAR = Path(__file__).resolve().parents[2].parent / "shared/data/polnear/data"


@pytest.mark.slow
def test_polnear_dev_direct_quotes_beat_the_baseline():
    if not POLNEAR.exists():
        pytest.skip("PolNeAR is not beside the repo")
    out = CliRunner().invoke(main, ["eval", "quotes", str(POLNEAR), "--split", "dev",
                                    "--limit", "20", "--format", "json"])
    result = json.loads(out.output)
    base = result["baselines"]["textacy direct_quotations"]
    for key, value in result["metrics"].items():
        assert value > base[key], key
    assert result["metrics"]["direct.content_overlap_f1"] >= 0.85


def test_a_partial_quote_inside_its_reported_clause_is_one_attribution():
    from sitroom.evaluate.quotes import sitroom_attributions
    from sitroom.model import Quote

    text = "Sergei Lavrov said the plan was a “trap set for Europe”."
    clause = text.index("the plan"), text.index("”") + 1
    words = text.index("trap"), text.index("”")
    quotes = [Quote(id="q1", kind="indirect", text=text[slice(*clause)], start=clause[0],
                    end=clause[1], speaker_text="Sergei Lavrov", cue="said"),
              Quote(id="q2", kind="partial", text=text[slice(*words)], start=words[0],
                    end=words[1], speaker_text="Sergei Lavrov", cue="said")]
    [attribution] = sitroom_attributions(text, quotes)
    assert attribution.kind == "indirect" and attribution.content == [clause]


def test_a_transcript_turn_is_scored_with_polnears_unmarked_attributions(analyze):
    from sitroom.evaluate.quotes import sitroom_attributions

    text = ("Lena Holt met Maia Sandu.\n\nLENA HOLT: Is the port open?\n\n"
            "SANDU: It opens at dawn.\n\n“We will keep it open all winter,” Sandu said.\n")
    kinds = [a.kind for a in sitroom_attributions(text, analyze(text).quotes)]
    assert kinds == ["indirect", "indirect", "direct"]


def test_an_uncued_quote_opening_the_next_paragraph_joins_the_attribution():
    from sitroom.evaluate.quotes import sitroom_attributions
    from sitroom.model import Quote

    text = ("“The dam will hold,” Rhea Vance said.\n\n“We rebuilt the spillway last year.”\n\n"
            "“The river rose again,” said Rhea Vance.\n")
    spans = [(text.index(w) + 1, text.index("”", text.index(w))) for w in (
        "“The dam", "“We", "“The river")]
    quotes = [Quote(id=f"q{k}", kind="direct", text=text[s:e], start=s, end=e,
                    speaker_text="Rhea Vance", cue=cue)
              for k, ((s, e), cue) in enumerate(zip(spans, ("said", None, "said")))]
    first, second = sitroom_attributions(text, quotes)
    assert first.content == spans[:2]  # joined: no cue of its own
    assert second.content == spans[2:]  # a cue of its own: a new attribution


def test_a_no_break_space_at_the_edge_of_a_gold_span_is_no_part_of_the_speaker():
    from sitroom.evaluate.quotes import _trim

    text = "Rhea Vance\u00a0said the dam will hold."
    assert _trim(text, [(0, 11)]) == _trim(text, [(0, 10)]) == "Rhea Vance"


def test_a_partial_quote_inside_a_clause_of_another_cue_is_left_to_the_clause():
    from sitroom.evaluate.quotes import sitroom_attributions
    from sitroom.model import Quote

    text = "Rhea Vance told them they would not “pay for the dam.” The mayor, she hoped, would."
    clause = text.index("they"), text.index("”") + 1
    words = text.index("pay"), text.index("”")
    quotes = [Quote(id="q1", kind="indirect", text=text[slice(*clause)], start=clause[0],
                    end=clause[1], speaker_text="Rhea Vance", cue="told"),
              Quote(id="q2", kind="partial", text=text[slice(*words)], start=words[0],
                    end=words[1], speaker_text="she", cue="hoped")]
    [attribution] = sitroom_attributions(text, quotes)
    assert attribution.content == [clause]


def test_an_uncued_quote_after_a_partial_one_joins_its_attribution():
    from sitroom.evaluate.quotes import sitroom_attributions
    from sitroom.model import Quote

    text = ("The dam held, but the spillway was “cracked in two places,” Rhea Vance said. "
            "“We will need a month to fix it.”\n\n“The river rose again,” Al Roe said.")
    spans = [(text.index(w) + 1, text.index("”", text.index(w))) for w in (
        "“cracked", "“We", "“The river")]
    quotes = [Quote(id="q1", kind="partial", text=text[slice(*spans[0])], start=spans[0][0],
                    end=spans[0][1], speaker_text="Rhea Vance", cue="said"),
              Quote(id="q2", kind="direct", text=text[slice(*spans[1])], start=spans[1][0],
                    end=spans[1][1], speaker_text="Rhea Vance", cue=None),
              Quote(id="q3", kind="direct", text=text[slice(*spans[2])], start=spans[2][0],
                    end=spans[2][1], speaker_text="Al Roe", cue="said")]
    first, second = sitroom_attributions(text, quotes)
    assert first.kind == "indirect" and first.content == spans[:2]
    assert second.kind == "direct" and second.content == spans[2:]
