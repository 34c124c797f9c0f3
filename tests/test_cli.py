"""`sitroom analyze` as a user runs it: clean JSON on stdout, one-line errors on stderr."""

import json

import pytest
from click.testing import CliRunner

from sitroom.cli import main

BLOG = """Drone attack on Kharkiv injures three
Russia launched 25 drones at Kharkiv overnight, the regional governor said.
"Three people were injured," Oleh Syniehubov said on Telegram.
Source: sitroom test desk
"""


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def blog(tmp_path):
    path = tmp_path / "blog.txt"
    path.write_text(BLOG, encoding="utf-8")
    return path


def run(runner, *args, input=None):
    return runner.invoke(main, [str(a) for a in args], input=input)


def test_analyze_prints_the_contract_as_json(runner, blog):
    result = run(runner, "analyze", blog, "--published", "2025-03-05")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["schema"] == "sitroom.analysis/1"
    assert out["document"]["title"] == "Drone attack on Kharkiv injures three"
    assert out["document"]["source"] == "sitroom test desk"
    assert out["document"]["published"] == "2025-03-05"
    assert any(p["name"] == "Kharkiv" and p["country"] == "UA" for p in out["places"])
    # the title line heads the document, not its first post
    assert out["posts"][0]["headline"] is None
    assert out["posts"][0]["start"] == BLOG.index("Russia launched")


def test_options_override_what_the_file_says(runner, blog):
    result = run(runner, "analyze", blog, "--source", "Wire", "--title", "Kharkiv update")
    out = json.loads(result.stdout)
    assert (out["document"]["source"], out["document"]["title"]) == ("Wire", "Kharkiv update")


def test_several_inputs_give_a_list_and_jsonl_gives_lines(runner, blog, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Talks resumed in Geneva on Monday, diplomats said.\n", encoding="utf-8")
    out = json.loads(run(runner, "analyze", blog, other).stdout)
    assert isinstance(out, list) and len(out) == 2
    lines = run(runner, "analyze", blog, other, "--format", "jsonl").stdout.splitlines()
    assert [json.loads(x)["document"]["text"][:5] for x in lines] == ["Drone", "Talks"]


def test_markdown_report_is_readable(runner, blog):
    md = run(runner, "analyze", blog, "--format", "md").stdout
    assert md.startswith("# Drone attack on Kharkiv injures three")
    assert "## Places" in md and "Kharkiv" in md


def test_stdin(runner):
    result = run(runner, "analyze", "-", input="Explosions were heard in Odesa overnight.\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["places"][0]["name"] == "Odesa"


def test_a_bad_input_is_one_line_naming_it_and_the_rest_still_run(runner, blog, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(runner, "analyze", binary, blog, empty, tmp_path / "missing.txt")
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    for err, name in zip(errors, ["photo.txt", "empty.txt", "missing.txt"]):
        assert err.startswith("sitroom: error: ") and name in err
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)["document"]["title"].startswith("Drone attack")


def test_unpaired_quote_marks_and_unknown_dates_are_handled(runner, tmp_path):
    odd = tmp_path / "odd.txt"
    odd.write_text('He said “we will " not « stop on Blursday the 45th of Smarch.\n' * 50)
    result = run(runner, "analyze", odd, "--published", "2025-03-05")
    assert result.exit_code == 0 and json.loads(result.stdout)["schema"]


def test_bad_published_date_is_a_usage_error(runner, blog):
    result = run(runner, "analyze", blog, "--published", "last Tuesday-ish")
    assert result.exit_code == 2
    assert "published" in result.stderr.lower() and "Traceback" not in result.stderr


def test_schema_command_prints_the_json_schema(runner):
    schema = json.loads(run(runner, "schema").stdout)
    assert schema["title"] == "sitroom.analysis/1"


def test_markdown_says_where_an_unknown_place_is_and_marks_the_title_quote(runner, tmp_path):
    text = tmp_path / "district.txt"
    text.write_text("Kyiv says 'we will rebuild'\n\nA drone hit a school in the Kyivskyi "
                    "district of Kharkiv, officials said.\n", encoding="utf-8")
    md = run(runner, "analyze", text, "--format", "md").stdout
    places = md.split("## Places")[1].split("## Times")[0]
    row = next(line for line in places.splitlines() if line.startswith("| Kyivskyi district"))
    assert row.split(" | ")[1] == "Kharkiv"
    assert "[None]" not in md


def test_markdown_names_the_voice_of_a_state_not_the_state(runner, tmp_path):
    text = tmp_path / "voice.txt"
    text.write_text("Ministers met in Doha on Monday. \"We are close,\" Qatar's prime "
                    "minister told reporters.\n", encoding="utf-8")
    md = run(runner, "analyze", text, "--format", "md").stdout
    assert "- **Qatar's prime minister** (direct, told)" in md
