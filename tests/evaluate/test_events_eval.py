"""`sitroom eval events` on tiny CASE 2021 and WikiEvents files of our own."""

import json

from click.testing import CliRunner

from sitroom.cli import main
from sitroom.evaluate.events import (
    classification_metrics,
    kairos_to_plover,
    read_case,
    read_wikievents,
)

CASE_TSV = ("id\tEventSnippet\tSubType\n"
            "1\tPolice arrested a union leader in Abuja on Monday.\tARREST\n"
            "2\tRebel forces shelled the northern districts with mortars overnight.\t"
            "ART_MISS_ATTACK\n"
            "3\tHundreds of nurses protested peacefully outside the ministry.\tPEACE_PROTEST\n")


def _wiki_record():
    words = ["Militants", "attacked", "a", "checkpoint", "in", "Mosul", "."]
    offsets, at = [], 0
    for w in words:
        offsets.append([w, at, at + len(w)])
        at += len(w) + (0 if w == "." else 1)
    sentence = "Militants attacked a checkpoint in Mosul."
    return {"doc_id": "own-1", "tokens": words, "text": sentence,
            "sentences": [[offsets, sentence]],
            "entity_mentions": [
                {"id": "own-1-T1", "start": 0, "end": 1, "text": "Militants"},
                {"id": "own-1-T2", "start": 3, "end": 4, "text": "checkpoint"},
                {"id": "own-1-T3", "start": 5, "end": 6, "text": "Mosul"}],
            "relation_mentions": [],
            "event_mentions": [{
                "id": "own-1-E1", "event_type": "Conflict.Attack.Unspecified",
                "trigger": {"start": 1, "end": 2, "text": "attacked", "sent_idx": 0},
                "arguments": [{"entity_id": "own-1-T1", "role": "Attacker"},
                              {"entity_id": "own-1-T2", "role": "Target"}]}]}


def test_readers(tmp_path):
    tsv = tmp_path / "case.tsv"
    tsv.write_text(CASE_TSV)
    assert [label for _, _, label in read_case(tsv)] == ["ARREST", "ART_MISS_ATTACK",
                                                         "PEACE_PROTEST"]
    jsonl = tmp_path / "dev.jsonl"
    jsonl.write_text(json.dumps(_wiki_record()) + "\n")
    [doc] = read_wikievents(jsonl)
    assert doc.text[slice(*doc.tokens[5])] == "Mosul"
    assert doc.events[0][:2] == ("Conflict.Attack.Unspecified", (1, 2))


def test_mapping_and_weighted_f1():
    assert kairos_to_plover("Conflict.Attack.DetonateExplode") == "ASSAULT"
    assert kairos_to_plover("Justice.ArrestJailDetain.Unspecified") == "COERCE"
    assert kairos_to_plover("Contact.Contact.Broadcast") is None
    metrics, _ = classification_metrics(["A", "A", "B"], ["A", "B", "B"], ("A", "B", "C"))
    # A: P 1, R .5 -> F1 2/3 (2 gold); B: P .5, R 1 -> 2/3 (1 gold); C: 0
    assert abs(metrics["weighted_f1"] - 2 / 3) < 1e-9
    assert abs(metrics["macro_f1"] - 4 / 9) < 1e-9


def test_eval_events_on_case_and_wikievents(tmp_path):
    tsv = tmp_path / "case.tsv"
    tsv.write_text(CASE_TSV)
    out = CliRunner().invoke(main, ["eval", "events", str(tsv), "--format", "json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)
    assert result["metrics"]["accuracy"] == 1.0
    assert set(result["baselines"]) == {"keywords", "majority (ARREST)"}
    (tmp_path / "dev.jsonl").write_text(json.dumps(_wiki_record()) + "\n")
    out = CliRunner().invoke(main, ["eval", "events", str(tmp_path), "--format", "json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)
    assert result["metrics"]["trigger_cls_f1"] == 1.0
    assert result["metrics"]["arg_f1"] > 0


def test_errors_file_lists_false_and_missed_items(tmp_path):
    record = _wiki_record()
    # a second gold event sitroom cannot find: a trigger on the full stop
    record["event_mentions"].append({
        "id": "own-1-E2", "event_type": "Life.Die.Unspecified",
        "trigger": {"start": 6, "end": 7, "text": ".", "sent_idx": 0}, "arguments": []})
    (tmp_path / "dev.jsonl").write_text(json.dumps(record) + "\n")
    errors = tmp_path / "errors.jsonl"
    out = CliRunner().invoke(main, ["eval", "events", str(tmp_path), "--errors", str(errors)])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in errors.read_text().splitlines()]
    missed = [r for r in rows if r["kind"] == "trigger_fn"]
    assert [(r["type"], r["word"]) for r in missed] == [("ASSAULT", ".")]
    assert all(r["sentence"] == "Militants attacked a checkpoint in Mosul." for r in rows)
    assert not [r for r in rows if r["kind"] == "trigger_fp"]


def test_bad_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("no header here\n")
    out = CliRunner().invoke(main, ["eval", "events", str(bad)])
    assert out.exit_code == 1 and "not a CASE 2021" in out.output
    assert "Traceback" not in out.output


def test_a_blame_is_no_charge_before_a_court(analyze):
    from sitroom.evaluate.events import WikiDoc, _predictions

    words = ["Ministers", "blamed", "the", "rebels", ",", "and", "prosecutors", "charged",
             "two", "men", "."]
    offsets, at = [], 0
    for w in words:
        at += 0 if w in (".", ",") or not offsets else 1
        offsets.append([w, at, at + len(w)])
        at += len(w)
    sentence = "Ministers blamed the rebels, and prosecutors charged two men."
    doc = WikiDoc({"doc_id": "own-2", "sentences": [[offsets, sentence]],
                   "entity_mentions": [], "event_mentions": []})
    predicted = _predictions(doc, analyze(doc.text))
    assert [(words[i], plover) for i, plover, _ in predicted] == [("charged", "ACCUSE")]


def _own_doc(words, events):
    offsets, at = [], 0
    for w in words:
        at += 0 if w in (".", ",") or not offsets else 1
        offsets.append([w, at, at + len(w)])
        at += len(w)
    sentence = "".join(w if i == 0 or w in (".", ",") else " " + w for i, w in enumerate(words))
    from sitroom.evaluate.events import WikiDoc

    mentions = [{"id": f"m{i}", "start": i, "end": i + 1} for i in range(len(words))]
    return WikiDoc({"doc_id": "own-3", "sentences": [[offsets, sentence]],
                    "entity_mentions": mentions, "event_mentions": events}), sentence


def test_a_coordinated_phrase_names_each_conjunct():
    from collections import Counter

    from sitroom.evaluate.events import _score_doc

    words = ["Gunmen", "killed", "four", "workers", "and", "two", "soldiers", "of", "the",
             "army", "."]
    victims = [{"entity_id": f"m{i}", "role": "Victim"} for i in (3, 6, 9)]
    doc, sentence = _own_doc(words, [{"event_type": "Life.Die.Unspecified",
                                      "trigger": {"start": 1, "end": 2}, "arguments": victims}])
    phrase = "four workers and two soldiers of the army"
    at = sentence.index(phrase)
    tallies = Counter()
    _score_doc(doc, [(1, "ASSAULT", {"target": [(at, at + len(phrase))]})], tallies)
    # "workers" and "soldiers" are coordinated; "army" only modifies "soldiers"
    assert tallies["args_right"] == 2 and tallies["predicted_args"] == 2
    assert tallies["gold_args"] == 3


def test_seizing_ground_is_no_kairos_attack(analyze):
    from sitroom.evaluate.events import _predictions

    words = ["Rebels", "captured", "the", "town", "and", "killed", "two", "guards", "."]
    doc, _ = _own_doc(words, [])
    analysis = analyze(doc.text)
    assert ("ASSAULT", "occupy") in {(e.type, e.mode) for e in analysis.events}
    predicted = _predictions(doc, analysis)
    assert [(words[i], plover) for i, plover, _ in predicted] == [("killed", "ASSAULT")]


def test_a_place_is_right_by_the_gazetteer_or_by_the_phrase_that_says_where(analyze):
    from collections import Counter

    from sitroom.evaluate.events import _predictions, _score_doc

    words = ["Two", "guards", "were", "killed", "at", "the", "bus", "station", "in", "Mosul",
             "."]
    place = [{"entity_id": "m7", "role": "Place"}]
    doc, _ = _own_doc(words, [{"event_type": "Life.Die.Unspecified",
                               "trigger": {"start": 3, "end": 4}, "arguments": place}])
    predicted = _predictions(doc, analyze(doc.text))
    tallies = Counter()
    _score_doc(doc, predicted, tallies)
    # the gazetteer's Mosul and "at the bus station in Mosul" are one argument, and the
    # phrase holds the common noun WikiEvents marks
    assert tallies["args_right"] == 1 and tallies["gold_args"] == 1


def test_an_argument_named_by_a_coreferent_mention_counts_for_coref_f1(tmp_path):
    # gold names the attackers in the first sentence; sitroom names them where they act
    first = ["Gunmen", "came", "at", "dawn", "."]
    second = ["They", "attacked", "a", "checkpoint", "."]
    sentences, at = [], 0
    for words in (first, second):
        offsets = []
        for w in words:
            offsets.append([w, at, at + len(w)])
            at += len(w) + (0 if w == "." else 1)
        sentences.append([offsets, " ".join(words[:-1]) + "."])
    record = {"doc_id": "own-2", "tokens": first + second, "text": "",
              "sentences": sentences, "relation_mentions": [],
              "entity_mentions": [
                  {"id": "own-2-T1", "start": 0, "end": 1, "text": "Gunmen"},
                  {"id": "own-2-T2", "start": 5, "end": 6, "text": "They"},
                  {"id": "own-2-T3", "start": 8, "end": 9, "text": "checkpoint"}],
              "event_mentions": [{
                  "id": "own-2-E1", "event_type": "Conflict.Attack.Unspecified",
                  "trigger": {"start": 6, "end": 7, "text": "attacked", "sent_idx": 1},
                  "arguments": [{"entity_id": "own-2-T1", "role": "Attacker"},
                                {"entity_id": "own-2-T3", "role": "Target"}]}]}
    (tmp_path / "dev.jsonl").write_text(json.dumps(record) + "\n")
    args = ["eval", "events", str(tmp_path), "--format", "json"]
    before = json.loads(CliRunner().invoke(main, args).output)["metrics"]
    (tmp_path / "coref").mkdir()
    (tmp_path / "coref" / "dev.jsonlines").write_text(json.dumps(
        {"doc_key": "own-2", "clusters": [["own-2-T1", "own-2-T2"]]}) + "\n")
    after = json.loads(CliRunner().invoke(main, args).output)["metrics"]
    assert before["arg_f1"] == after["arg_f1"] == before["arg_coref_f1"] == 0.5
    assert after["arg_coref_f1"] == 1.0


def test_a_malformed_coref_file_is_named(tmp_path):
    (tmp_path / "dev.jsonl").write_text(json.dumps(_wiki_record()) + "\n")
    (tmp_path / "coref").mkdir()
    (tmp_path / "coref" / "dev.jsonlines").write_text("{not json\n")
    out = CliRunner().invoke(main, ["eval", "events", str(tmp_path)])
    assert out.exit_code != 0 and "dev.jsonlines: line 1" in out.output


def test_strict_head_match_wants_the_phrase_s_own_head(nlp):
    from sitroom.evaluate.events import _strict_hits

    text = "Gunmen attacked the commander of the militia near the market."
    parsed = nlp(text)
    commander = (text.index("commander"), text.index("commander") + len("commander"))
    militia = (text.index("militia"), text.index("militia") + len("militia"))
    phrase = (text.index("the commander"), text.index(" near"))
    # the phrase is headed by "commander": right for it, wrong for "militia"
    assert _strict_hits(parsed, {"target": [phrase]}, [({"target"}, commander)]) == 1
    assert _strict_hits(parsed, {"target": [phrase]}, [({"target"}, militia)]) == 0
    at = (text.index("near"), len(text) - 1)
    market = (text.index("market"), text.index("market") + len("market"))
    assert _strict_hits(parsed, {"place": [at]}, [({"place"}, market)]) == 1
