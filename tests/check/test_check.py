"""Claims against a reference series: `sitroom check PATH --series SERIES`."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitroom.check import check, read_series
from sitroom.check.series import SeriesError
from sitroom.cli import main

SHARED_SERIES = "ukraine-russia-losses/data"


@pytest.fixture
def series_dir(tmp_path):
    """A two-file series in the General Staff's shape: cumulative totals per day."""
    (tmp_path / "personnel.json").write_text(json.dumps([
        {"date": "2025-03-01", "day": 1102, "personnel": 1000, "personnel*": "about"},
        {"date": "2025-03-02", "day": 1103, "personnel": 1900, "personnel*": "about"},
        {"date": "2025-03-03", "day": 1104, "personnel": 3100, "personnel*": "about"},
    ]))
    (tmp_path / "equipment.json").write_text(json.dumps([
        {"date": "2025-03-02", "tank": 500, "APC": 900, "drone": 40},
        {"date": "2025-03-03", "tank": 512, "APC": 905, "drone": 70},
    ]))
    return tmp_path


def statuses(a):
    return [(c.text, c.check.status, c.check.reference) for c in a.claims]


def test_a_days_figures_agree_or_disagree_with_the_days_increase(analyze, series_dir):
    a = analyze("The general staff said on Monday that its forces had inflicted 1,200 "
                "casualties and destroyed 12 tanks and nine armoured vehicles.",
                published="2025-03-03")
    assert statuses(check(a, read_series(series_dir))) == [
        ("1,200 casualties", "consistent", 1200),
        ("12 tanks", "consistent", 12),
        ("nine armoured vehicles", "inconsistent", 5),
    ]


def test_qualifiers_and_a_night_that_is_reported_the_morning_after(analyze, series_dir):
    a = analyze("Overnight the army killed more than 800 Russian soldiers, the general staff "
                "claimed.", published="2025-03-02")
    (claim,) = check(a, read_series(series_dir)).claims
    assert claim.check.date == "2025-03-02" and claim.check.status == "consistent"


def test_launches_and_days_outside_the_series_are_unmatched(analyze, series_dir):
    a = analyze("Russia launched 150 drones at Kharkiv, the air force said. In 2019 the army "
                "destroyed four tanks.", published="2025-06-01")
    assert {c.check.status for c in check(a, read_series(series_dir)).claims} == {"unmatched"}


def test_check_command_prints_the_analyses_with_their_checks(tmp_path, series_dir):
    post = tmp_path / "post.txt"
    post.write_text("The general staff reported 900 casualties and 12 tanks destroyed.\n")
    result = CliRunner().invoke(main, ["check", str(post), "--published", "2025-03-02",
                                       "--series", str(series_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.output)["claims"]
    assert [c["check"]["status"] for c in claims] == ["consistent", "unmatched"]


@pytest.mark.parametrize("content,message", [
    (None, "no such file"), ("{not json", "not a JSON series"), ('{"date": 1}', "JSON list"),
    ('[{"date": "someday", "tank": 1}]', "unreadable date"), ("[]", "no daily"),
])
def test_a_bad_series_is_one_line_naming_the_file(tmp_path, content, message):
    path = tmp_path / "series.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(SeriesError, match=message):
        read_series(path)
    post = tmp_path / "post.txt"
    post.write_text("The army destroyed 12 tanks.\n")
    result = CliRunner().invoke(main, ["check", str(post), "--series", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert str(path) in result.output and len(result.output.strip().splitlines()) == 1


def test_the_seed_against_the_general_staff_series(seed):
    path = Path(__file__).resolve().parents[2].parent / "shared" / "data" / SHARED_SERIES
    if not path.is_dir():
        pytest.skip("../shared/data/ukraine-russia-losses is not beside the repo")
    checked = {(c.value, c.unit): c.check for c in check(seed, read_series(path)).claims}
    for key in ((1150, "casualty"), (8, "tank")):
        assert checked[key].status == "consistent" and checked[key].date == "2025-02-27"
