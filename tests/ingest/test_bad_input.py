"""Bad inputs: each is one line naming the file, and the good inputs around it still count."""

import os
import time

import pytest

from sitroom.ingest import MAX_CHARS, ReadError
from sitroom.model import Document

GOOD = "Evacuation trains leave Pokrovsk\nAbout 300 people boarded the morning train.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02"


def test_binary_empty_and_missing_files_are_one_line_errors(tmp_path, read, errors):
    (tmp_path / "photo.txt").write_bytes(PNG + bytes(200))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t\n\n")
    (tmp_path / "good.txt").write_text(GOOD)
    out = read(tmp_path / "photo.txt", tmp_path / "empty.txt", tmp_path / "blank.txt",
               tmp_path / "missing.txt", tmp_path / "good.txt")
    assert errors(out) == [
        f"{tmp_path / 'photo.txt'}: binary file, not text",
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'blank.txt'}: empty file",
        f"{tmp_path / 'missing.txt'}: No such file or directory",
    ]
    assert isinstance(out[-1], Document) and out[-1].title == "Evacuation trains leave Pokrovsk"
    assert [e.path for e in out if isinstance(e, ReadError)][0] == str(tmp_path / "photo.txt")


def test_a_directory_mixing_good_and_bad_files_still_yields_the_good_ones(tmp_path, read):
    (tmp_path / "a-good.txt").write_text(GOOD)
    (tmp_path / "b-image.html").write_bytes(PNG + bytes(64))
    (tmp_path / "c-empty.jsonl").write_text("")
    (tmp_path / "d-feed.rss").write_text("not a feed, just words")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "e-good.jsonl").write_text('{"text": "Talks resumed in Doha."}\n')
    out = read(tmp_path)
    kinds = [(type(x).__name__, os.path.basename(x.path) if isinstance(x, ReadError) else
              x.text[:10]) for x in out]
    assert kinds == [("Document", "Evacuation"), ("ReadError", "b-image.html"),
                     ("ReadError", "c-empty.jsonl"), ("ReadError", "d-feed.rss"),
                     ("Document", "Talks resu")]
    assert all("\n" not in str(x) for x in out if isinstance(x, ReadError))


def test_huge_text_is_refused_with_its_size_and_the_limit(tmp_path, read, errors):
    (tmp_path / "big.txt").write_text("x" * (MAX_CHARS + 1))
    (tmp_path / "big.jsonl").write_text('{"text": "' + "y" * (MAX_CHARS + 5) + '"}\n')
    t0 = time.perf_counter()
    out = read(tmp_path / "big.txt", tmp_path / "big.jsonl")
    assert time.perf_counter() - t0 < 2
    assert errors(out) == [
        f"{tmp_path / 'big.txt'}: too large: 1,000,001 characters (limit 1,000,000); split it",
        f"{tmp_path / 'big.jsonl'}:1: too large: 1,000,005 characters (limit 1,000,000); "
        "split it",
    ]


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, read, errors):
    with open(tmp_path / "dump.txt", "wb") as handle:
        handle.truncate(3 * 1024**3)  # sparse: 3 GB on paper, nothing on disk
    t0 = time.perf_counter()
    [message] = errors(read(tmp_path / "dump.txt"))
    assert time.perf_counter() - t0 < 1
    assert message == (f"{tmp_path / 'dump.txt'}: too large: 3,221,225,472 bytes "
                       "(limit 1,000,000 characters); split it")


def test_text_at_the_limit_is_accepted(tmp_path, read):
    (tmp_path / "edge.txt").write_text("z" * MAX_CHARS)
    [doc] = read(tmp_path / "edge.txt")
    assert len(doc.text) == MAX_CHARS


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_gives_the_os_reason(tmp_path, read, errors):
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD)
    secret.chmod(0)
    assert errors(read(secret)) == [f"{secret}: Permission denied"]


def test_a_dangling_link_in_a_directory_gives_the_os_reason(tmp_path, read, errors):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "kept.txt").write_text(GOOD)
    out = read(tmp_path)
    assert errors(out) == [f"{tmp_path / 'gone.txt'}: No such file or directory"]
    assert out[1].text == GOOD


def test_a_file_name_with_a_newline_still_gives_one_line(tmp_path, read, errors):
    odd = tmp_path / "two\nlines.txt"
    odd.write_bytes(b"")
    [message] = errors(read(odd))
    assert "\n" not in message and message.endswith("two\\nlines.txt: empty file")


@pytest.mark.parametrize("name", ["x.txt", "x.md", "x.html", "x.jsonl", "x.json", "x.rss",
                                  "x.xml", "x.atom", "x.unknown"])
@pytest.mark.parametrize("data", [
    b"\xff\xfe\x00\xd8",  # UTF-16 BOM then a lone surrogate
    b"<<<\xff\xfe>>>" * 3,
    b"{" * 50,
    b"\xef\xbb\xbf<rss><item><title>",
    "<html>\u202e\u0000</html>".encode(),
])
def test_garbage_in_any_format_is_an_error_or_a_document_never_an_exception(
        tmp_path, read, name, data):
    (tmp_path / name).write_bytes(data)
    for item in read(tmp_path / name):
        assert isinstance(item, (Document, ReadError))
        if isinstance(item, ReadError):
            assert "\n" not in str(item) and name in str(item)
