"""Bytes to text: encoding detection, binary detection, size limits and format sniffing.

Pure functions. :func:`decode` turns the bytes of one input into text with ``\\n`` newlines
or raises :class:`NotText` whose message is a one-line reason ("binary file, not text").
Accepted encodings: UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, and cp1252
for anything that is not valid UTF-8.
"""

from __future__ import annotations

import codecs
import re

MAX_CHARS = 1_000_000
"""Longest text handed on to the NLP; longer inputs are rejected, not truncated."""

# A character is at most 4 bytes in every accepted encoding: more bytes than this cannot
# decode to MAX_CHARS characters or fewer, so such inputs are refused before decoding.
MAX_TEXT_BYTES = 4 * MAX_CHARS + 4

BINARY_SHARE = 0.05
"""Share of control (or undecodable) characters above which an input is called binary."""

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newline, form feed and carriage return; DEL; C1 controls;
# the replacement character left by undecodable bytes.
_SUSPICIOUS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")
# The opening tag at the start of a line, or right after an XML declaration or a comment.
_OPENING = r"(?:^|\?>|-->)\s*<(?:{})\b"
_HTML = re.compile(_OPENING.format(r"!doctype\s+html|html|head|body"), re.I | re.M)
_FEED = re.compile(_OPENING.format(r"rss|feed|rdf:RDF"), re.I | re.M)
_SNIFF_CHARS = 4096


class NotText(ValueError):
    """The bytes are not usable text; ``str(err)`` is a one-line reason."""


def too_large(count: int, unit: str = "characters") -> NotText:
    """The one error for an input too long to analyze; ``unit`` is "characters" or "bytes"."""
    limit = f"{MAX_CHARS:,}" if unit == "characters" else f"{MAX_CHARS:,} characters"
    return NotText(f"too large: {count:,} {unit} (limit {limit}); split it")


def check_length(text: str) -> str:
    """The text itself, or :class:`NotText` when it is longer than :data:`MAX_CHARS`."""
    if len(text) > MAX_CHARS:
        raise too_large(len(text))
    return text


def decode(data: bytes, *, max_chars: int | None = MAX_CHARS) -> str:
    """The text of ``data`` with newlines normalized to ``\\n``.

    Raises :class:`NotText` for empty, whitespace-only, binary or (when ``max_chars`` is
    given) too long input.
    """
    if max_chars is not None and len(data) > 4 * max_chars + 4:
        raise too_large(len(data), "bytes")
    if not data:
        raise NotText("empty file")
    text = _decode(data)
    if _is_binary(text):
        raise NotText("binary file, not text")
    text = _NEWLINES.sub("\n", text)
    if not text.strip():
        raise NotText("empty file")
    if max_chars is not None and len(text) > max_chars:
        raise too_large(len(text))
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    if b"\x00" in data:
        # UTF-16 without a BOM, or (far more often) a binary file: refused either way.
        raise NotText("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; they become U+FFFD and count as suspicious.
        return data.decode("cp1252", errors="replace")


def _is_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:65536]
    return len(_SUSPICIOUS.findall(sample)) > BINARY_SHARE * len(sample)


def normalize_newlines(text: str) -> str:
    """``\\r\\n``, ``\\r`` and the Unicode line and paragraph separators as ``\\n``."""
    return _NEWLINES.sub("\n", text)


def sniff_kind(text: str) -> str:
    """What a text without a telling file name holds: ``"html"``, ``"feed"`` or ``"text"``."""
    head = text[:_SNIFF_CHARS]
    if _FEED.search(head):
        return "feed"
    if _HTML.search(head):
        return "html"
    return "text"
