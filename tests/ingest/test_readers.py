"""Readers as a user meets them: every format, every encoding, every bad input."""

import io
import json
import sys

from hypothesis import given
from hypothesis import strategies as st

from sitroom.ingest import MAX_CHARS, ReadError, parse_published, read_paths
from sitroom.ingest.sniff import NotText, decode

BLOG = "Strikes on Dnipro leave city without power\nMissiles hit a substation.\nSource: Wire\n"


def read(*paths, **kw):
    return list(read_paths([str(p) for p in paths], **kw))


def test_text_file_gives_title_source_and_the_whole_text(tmp_path):
    (tmp_path / "blog.txt").write_text(BLOG, encoding="utf-8")
    [doc] = read(tmp_path / "blog.txt")
    assert doc.title == "Strikes on Dnipro leave city without power"
    assert doc.source == "Wire"
    assert doc.text == BLOG  # offsets stay those of the file
    assert doc.id.startswith("doc-")


def test_a_sentence_first_line_is_not_a_title(tmp_path):
    (tmp_path / "wire.txt").write_text("Missiles hit a substation in Dnipro on Monday.\n")
    assert read(tmp_path / "wire.txt")[0].title is None


def test_command_line_values_override_the_file(tmp_path):
    (tmp_path / "blog.txt").write_text(BLOG)
    [doc] = read(tmp_path / "blog.txt", source="Desk", title="T", published="2025-03-03")
    assert (doc.source, doc.title, doc.published) == ("Desk", "T", "2025-03-03")


def test_encodings_utf16_bom_utf8_bom_and_cp1252(tmp_path):
    text = "Talks in Genève resumed – officials said.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "c.txt").write_bytes(text.encode("cp1252"))
    docs = read(tmp_path)
    assert [d.text for d in docs] == [text] * 3


def test_crlf_newlines_are_normalised(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Headline here now\r\nBody line.\r\n")
    assert read(tmp_path / "a.txt")[0].text == "Headline here now\nBody line.\n"


def test_bad_inputs_are_one_line_errors_naming_the_file(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (tmp_path / "empty.txt").write_text("  \n\n")
    (tmp_path / "good.txt").write_text(BLOG)
    out = read(tmp_path / "photo.txt", tmp_path / "empty.txt", tmp_path / "nope.txt",
               tmp_path / "good.txt")
    errors = [str(x) for x in out if isinstance(x, ReadError)]
    assert len(errors) == 3 and all("\n" not in e for e in errors)
    assert "photo.txt: binary file" in errors[0]
    assert "empty.txt: empty file" in errors[1]
    assert "nope.txt: no such file" in errors[2]
    assert out[-1].title.startswith("Strikes on Dnipro")


def test_huge_input_is_refused_before_analysis(tmp_path):
    (tmp_path / "big.txt").write_text("Shelling continued. " * (MAX_CHARS // 10))
    [err] = read(tmp_path / "big.txt")
    assert isinstance(err, ReadError) and "too large" in str(err)


def test_directories_are_read_recursively_skipping_hidden_and_unknown(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second text here.\n")
    (tmp_path / "a.txt").write_text("First text here.\n")
    (tmp_path / ".hidden.txt").write_text("Hidden.\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    assert [d.text for d in read(tmp_path)] == ["First text here.\n", "Second text here.\n"]


def test_jsonl_lines_are_documents_and_a_bad_line_is_reported_alone(tmp_path):
    lines = [json.dumps({"text": "Drones over Sumy.", "title": "Sumy", "source": "Wire",
                         "url": "https://example.org/1", "published": "2025-03-03T08:00:00Z"}),
             "{not json", json.dumps({"title": "no text"}), "",
             json.dumps({"text": "Talks in Jeddah."})]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines))
    out = read(tmp_path / "docs.jsonl")
    assert [type(x).__name__ for x in out] == ["Document", "ReadError", "ReadError", "Document"]
    assert out[0].url == "https://example.org/1"
    assert out[0].published == "2025-03-03T08:00:00+00:00"
    assert str(out[1]).startswith(f"{tmp_path / 'docs.jsonl'}:2: not JSON")


def test_html_gives_text_title_site_and_date(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Live: drones over Odesa</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta name="date" content="2025-03-03"></head><body><article>'
        "<h1>Live: drones over Odesa</h1><p>Russia launched forty drones at Odesa overnight, "
        "the air force said in its morning statement.</p><h2>Talks continue in Riyadh</h2>"
        "<p>Delegations met for five hours and agreed to meet again next week.</p>"
        "</article></body></html>")
    [doc] = read(tmp_path / "page.html")
    assert "forty drones at Odesa" in doc.text
    assert (doc.title, doc.source, doc.published) == (
        "Live: drones over Odesa", "Example News", "2025-03-03")
    assert "\nTalks continue in Riyadh\n" in doc.text  # headings stay lines of their own


def test_malformed_html_is_handled(tmp_path):
    (tmp_path / "broken.html").write_text("<html><body><p>Unclosed <b>bold <div></table>&&&<")
    (tmp_path / "nothing.htm").write_text("<html><body><script>var x;</script></body></html>")
    out = read(tmp_path / "broken.html", tmp_path / "nothing.htm")
    assert all(isinstance(x, ReadError) or x.text for x in out)
    assert any(isinstance(x, ReadError) and "nothing.htm" in str(x) for x in out)


def test_feeds_give_one_document_per_entry(tmp_path):
    (tmp_path / "feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Ceasefire talks resume</title><link>https://example.org/a</link>"
        "<description>&lt;p&gt;Delegations met in Geneva.&lt;/p&gt;</description>"
        "<pubDate>Mon, 03 Mar 2025 09:30:00 GMT</pubDate></item>"
        "<item><title>Power restored in Kharkiv</title><description>Crews worked overnight."
        "</description></item></channel></rss>")
    docs = read(tmp_path / "feed.rss")
    assert [d.title for d in docs] == ["Ceasefire talks resume", "Power restored in Kharkiv"]
    assert docs[0].text == "Ceasefire talks resume\nDelegations met in Geneva.\n"
    assert docs[0].published == "2025-03-03T09:30:00+00:00" and docs[0].source == "Wire"


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BLOG.encode("utf-16"))))
    [doc] = read("-")
    assert doc.source == "Wire"


def test_published_dates_are_checked():
    assert parse_published("2025-03-03") == "2025-03-03"
    assert parse_published("2025-03-03T10:00:00Z") == "2025-03-03T10:00:00+00:00"
    for bad in ("yesterday", "2025-13-40", ""):
        try:
            parse_published(bad)
        except ValueError as err:
            assert "not a date" in str(err)
        else:
            raise AssertionError(bad)


@given(st.binary(max_size=2048))
def test_any_bytes_decode_or_fail_cleanly(data):
    try:
        text = decode(data)
    except NotText as err:
        assert str(err) and "\n" not in str(err)
    else:
        assert isinstance(text, str) and text.strip() and "\r" not in text
