"""The contract sitroom.analysis/1: the shipped JSON Schema, and output valid against it."""

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from sitroom.model import Analysis, json_schema

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "liveblog-2025-03-03.txt"
ARRAYS = ["posts", "entities", "places", "times", "quotes", "claims", "events"]


def shipped_schema() -> dict:
    return json.loads(resources.files("sitroom").joinpath("schema/analysis-1.json").read_text())


def test_shipped_schema_is_the_one_the_models_generate():
    # Regenerate with `make schema` after changing sitroom/model.py.
    assert shipped_schema() == json_schema()


def test_schema_names_every_field_of_the_contract():
    props = shipped_schema()["properties"]
    assert set(props) >= {"schema", "document", *ARRAYS}
    defs = shipped_schema()["$defs"]
    assert set(defs["Claim"]["properties"]) >= {
        "id", "value", "value_max", "qualifier", "unit", "measure", "claimant", "claimant_text",
        "hedge", "period", "time", "place", "text", "start", "end", "post"}
    assert set(defs["Event"]["properties"]) >= {
        "id", "type", "mode", "acled", "actor", "actor_text", "target", "target_text", "place",
        "date", "time", "status", "trigger", "sentence", "post", "claims"}


@pytest.fixture(scope="module")
def sample_json(analyze):
    text = SAMPLE.read_text(encoding="utf-8")
    return analyze(text, title=text.split("\n", 1)[0], published="2025-03-03").to_json_dict()


def test_analysis_validates_against_the_shipped_schema(sample_json):
    jsonschema.validate(sample_json, shipped_schema())
    assert sample_json["schema"] == "sitroom.analysis/1"
    for key in ARRAYS:
        assert isinstance(sample_json[key], list)


def test_every_offset_points_at_its_text(sample_json):
    text = sample_json["document"]["text"]
    for e in sample_json["entities"] + sample_json["places"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for key in ("times", "quotes", "claims"):
        for item in sample_json[key]:
            assert 0 <= item["start"] < item["end"] <= len(text)
    for ev in sample_json["events"]:
        t = ev["trigger"]
        assert text[t["start"]:t["end"]] == t["text"]


def test_ids_are_unique_and_references_resolve(sample_json):
    ids = {}
    for key in ARRAYS:
        for item in sample_json[key]:
            assert item["id"] not in ids
            ids[item["id"]] = key
    entity_ids = {e["id"] for e in sample_json["entities"]}
    post_ids = {p["id"] for p in sample_json["posts"]}
    for p in sample_json["places"]:
        assert p["entity"] in entity_ids
    for q in sample_json["quotes"]:
        assert q["speaker"] is None or q["speaker"] in entity_ids
        assert q["post"] is None or q["post"] in post_ids
    for ev in sample_json["events"]:
        assert ev["actor"] is None or ev["actor"] in entity_ids
        assert set(ev["claims"]) <= {c["id"] for c in sample_json["claims"]}


def test_the_sample_contradicts_itself_nowhere(sample_json):
    assert Analysis.model_validate(sample_json).problems() == []


def test_problems_name_each_contradiction(sample_json):
    data = json.loads(json.dumps(sample_json))
    size = len(data["document"]["text"])
    data["quotes"][0].update(start=30, end=20)
    data["claims"][0]["end"] = size + 5
    data["events"][0]["actor"] = "e999"
    data["entities"][0]["mentions"][0]["text"] = "Nowhere"
    data["times"].append(dict(data["times"][0]))
    problems = Analysis.model_validate(data).problems()
    m = data["entities"][0]["mentions"][0]
    assert problems == [
        f"times[{len(data['times']) - 1}]: id {data['times'][0]['id']!r} is given twice",
        f"entities[0].mentions[0]: 'Nowhere' is not the text at {m['start']}:{m['end']}",
        "quotes[0]: end 20 is before start 30",
        f"claims[0]: end {size + 5} is past the text's {size} characters",
        "events[0].actor: no entity 'e999'",
    ]
