"""Encodings and binary detection: what arrives as bytes leaves as the right text."""

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitroom.ingest.sniff import NotText, decode, sniff_kind

NEWS = "Talks in Genève resumed – the envoy’s café meeting ran late.\n"


@pytest.mark.parametrize("name, data", [
    ("utf-8", NEWS.encode("utf-8")),
    ("utf-8 with BOM", codecs.BOM_UTF8 + NEWS.encode("utf-8")),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + NEWS.encode("utf-16-le")),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + NEWS.encode("utf-16-be")),
    ("cp1252", NEWS.encode("cp1252")),
])
def test_each_accepted_encoding_gives_the_same_text(tmp_path, read, name, data):
    (tmp_path / "news.txt").write_bytes(data)
    [doc] = read(tmp_path / "news.txt")
    assert doc.text == NEWS, name


def test_a_latin1_byte_is_read_as_cp1252(tmp_path, read):
    (tmp_path / "menu.txt").write_bytes(b"Diplomats met at a caf\xe9 in Vienna.\n")
    [doc] = read(tmp_path / "menu.txt")
    assert doc.text == "Diplomats met at a café in Vienna.\n"


def test_utf16_with_crlf_is_normalised():
    assert decode("Line one\r\nLine two\r\n".encode("utf-16")) == "Line one\nLine two\n"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    bytes(range(32)) * 10,
    "Kyiv".encode("utf-16-le"),  # UTF-16 without a BOM: NUL bytes, not accepted
])
def test_binary_is_refused(data):
    with pytest.raises(NotText, match="^binary file, not text$"):
        decode(data)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
def test_empty_or_blank_is_refused(data):
    with pytest.raises(NotText, match="^empty file$"):
        decode(data)


def test_what_unnamed_input_holds_is_sniffed():
    assert sniff_kind("<!DOCTYPE html>\n<html><body><p>Hi there.</p>") == "html"
    assert sniff_kind('<?xml version="1.0"?>\n<rss version="2.0"><channel>') == "feed"
    assert sniff_kind('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">') == "feed"
    assert sniff_kind("The talks used <b> tags in the memo, officials said.") == "text"


@settings(max_examples=300)
@given(st.binary(max_size=4096))
def test_any_bytes_either_decode_or_fail_with_a_one_line_reason(data):
    try:
        text = decode(data)
    except NotText as err:
        assert str(err) and "\n" not in str(err)
    else:
        assert isinstance(text, str) and text.strip()
        assert "\r" not in text and "\x00" not in text


@given(st.text(max_size=500).filter(lambda s: s.strip()))
def test_utf8_text_without_control_characters_round_trips(text):
    clean = "".join(c for c in text if (c.isprintable() and c != "\ufffd") or c in "\n\t")
    if clean.strip():
        assert decode(clean.encode("utf-8")) == clean
