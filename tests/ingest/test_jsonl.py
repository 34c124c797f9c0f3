"""JSON Lines: a document a line; a bad line is reported with its number, alone."""

import json


def _line(**fields):
    return json.dumps(fields, ensure_ascii=False)


def test_each_line_is_a_document_and_a_bad_line_is_reported_alone(tmp_path, read, errors):
    path = tmp_path / "wires.jsonl"
    path.write_text("\n".join([
        _line(text="Drones were shot down over Sumy overnight.", title="Sumy drones",
              source="Example Wire", url="https://wire.example/1",
              published="2025-03-03T08:00:00Z", desk="ignored"),
        "{not json at all",
        _line(title="A line without text"),
        "",
        '["a", "list"]',
        _line(text="   "),
        _line(text="Talks in Jeddah ended late on Tuesday.", published="around noon"),
    ]) + "\n", encoding="utf-8")
    out = read(path)
    assert [type(x).__name__ for x in out] == [
        "Document", "ReadError", "ReadError", "ReadError", "ReadError", "Document"]
    first, last = out[0], out[-1]
    assert (first.title, first.source, first.url) == (
        "Sumy drones", "Example Wire", "https://wire.example/1")
    assert first.published == "2025-03-03T08:00:00+00:00"
    assert last.text == "Talks in Jeddah ended late on Tuesday." and last.published is None
    assert errors(out) == [
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes at "
        "column 2)",
        f'{path}:3: no "text" field',
        f"{path}:5: not a JSON object but list",
        f'{path}:6: "text" is empty',
    ]


def test_the_url_names_the_document(tmp_path, read):
    (tmp_path / "a.jsonl").write_text(
        _line(text="First version of the report.", url="https://wire.example/7") + "\n"
        + _line(text="Corrected version of the report.", url="https://wire.example/7") + "\n")
    first, second = read(tmp_path / "a.jsonl")
    assert first.id == second.id and first.text != second.text


def test_a_json_array_file_is_read_item_by_item(tmp_path, read, errors):
    (tmp_path / "batch.json").write_text(json.dumps([
        {"text": "The convoy crossed into Kherson region.", "published": "2025-03-01"},
        {"text": 42},
    ], indent=2))
    out = read(tmp_path / "batch.json")
    assert out[0].published == "2025-03-01"
    assert errors(out) == [f'{tmp_path / "batch.json"}:2: "text" is not a string']


def test_command_line_values_override_every_line(tmp_path, read):
    (tmp_path / "a.jsonl").write_text(
        _line(text="One.", source="Wire A") + "\n" + _line(text="Two.") + "\n")
    assert [d.source for d in read(tmp_path / "a.jsonl", source="Desk")] == ["Desk", "Desk"]


def test_newlines_inside_texts_are_normalised(tmp_path, read):
    (tmp_path / "a.jsonl").write_text(_line(text="Headline here\r\nBody line.\r\n") + "\n")
    [doc] = read(tmp_path / "a.jsonl")
    assert doc.text == "Headline here\nBody line.\n"
