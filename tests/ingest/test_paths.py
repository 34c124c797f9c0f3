"""Which inputs are read, in which order: files, directories, stdin, and the options."""

import io
import sys

import pytest

from sitroom.ingest import ReadError, parse_published, read_paths

BRIEF = "Ceasefire monitors deployed\nMonitors reached the contact line on Sunday.\n"


def test_directories_are_read_recursively_in_order_skipping_hidden_and_unknown(tmp_path, read):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second report.\n")
    (tmp_path / "a.md").write_text("First report.\n")
    (tmp_path / "c.jsonl").write_text('{"text": "Third report."}\n')
    (tmp_path / ".drafts").mkdir()
    (tmp_path / ".drafts" / "x.txt").write_text("A hidden draft.\n")
    (tmp_path / ".notes.txt").write_text("A hidden note.\n")
    (tmp_path / "map.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "script.py").write_text("print('not news')\n")
    texts = [doc.text for doc in read(tmp_path)]
    assert texts == ["First report.\n", "Second report.\n", "Third report."]


def test_inputs_come_out_in_the_order_given(tmp_path, read):
    for name in ("z.txt", "a.txt"):
        (tmp_path / name).write_text(f"Report {name}.\n")
    assert [d.text for d in read(tmp_path / "z.txt", tmp_path / "a.txt")] == [
        "Report z.txt.\n", "Report a.txt.\n"]


def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_is_read_as_text(monkeypatch, read):
    _stdin(monkeypatch, (BRIEF + "Source: Field Desk\n").encode("utf-16"))
    [doc] = read("-")
    assert doc.title == "Ceasefire monitors deployed" and doc.source == "Field Desk"


def test_stdin_holding_html_is_read_as_html(monkeypatch, read):
    _stdin(monkeypatch, b"<!DOCTYPE html><html><head><title>Monitors deployed</title></head>"
                        b"<body><article><p>Monitors reached the contact line on Sunday."
                        b"</p></article></body></html>")
    [doc] = read("-")
    assert doc.text == "Monitors reached the contact line on Sunday.\n"
    assert doc.title == "Monitors deployed"


def test_empty_stdin_is_a_one_line_error_naming_stdin(monkeypatch, read):
    _stdin(monkeypatch, b"")
    [err] = read("-")
    assert isinstance(err, ReadError) and str(err) == "<stdin>: empty file"
    assert err.path == "-"


def test_an_explicit_file_with_an_unknown_extension_holding_a_feed_is_read_as_one(tmp_path,
                                                                                 read):
    (tmp_path / "latest").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        "<item><title>Monitors deployed</title><description>They arrived on Sunday."
        "</description></item></channel></rss>")
    [doc] = read(tmp_path / "latest")
    assert doc.source == "Desk" and doc.text == "Monitors deployed\n\nThey arrived on Sunday.\n"


def test_a_published_option_that_is_no_date_stops_the_run_with_one_error(tmp_path):
    (tmp_path / "a.txt").write_text(BRIEF)
    out = list(read_paths([str(tmp_path / "a.txt")], published="last Tuesday-ish"))
    assert len(out) == 1 and str(out[0]).startswith("--published: not a date: 'last Tuesday")


@pytest.mark.parametrize("given, expected", [
    ("2025-02-27", "2025-02-27"),
    ("2025-02-27T10:00:00Z", "2025-02-27T10:00:00+00:00"),
    ("2025-02-27 10:00", "2025-02-27T10:00:00"),
    ("Thu, 27 Feb 2025 10:00:00 GMT", "2025-02-27T10:00:00+00:00"),
    ("Thu, 27 Feb 2025 12:00:00 +0200", "2025-02-27T12:00:00+02:00"),
    ("27 February 2025", "2025-02-27"),
    (" 2025-02-27 ", "2025-02-27"),
])
def test_published_dates_are_normalised_to_iso_8601(given, expected):
    assert parse_published(given) == expected


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-40", "", "27/02", "Thu, 99 Foo 2025"])
def test_a_value_that_is_no_date_is_refused_in_one_line(bad):
    with pytest.raises(ValueError, match=r"^not a date: .*2025-02-27") as err:
        parse_published(bad)
    assert "\n" not in str(err.value)
