"""Bytes to text: byte-order marks, UTF-8, the cp1252 fallback, and binary detection."""

from __future__ import annotations

import codecs

MAX_CHARS = 1_000_000  # beyond this a document is refused: split it
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


class NotText(ValueError):
    """The bytes are not a text document; the message says why, in a few words."""


def decode(data: bytes) -> str:
    """The text of a file's bytes, newlines normalised to ``\\n``.

    Raises :class:`NotText` for empty, binary or oversized input.
    """
    if not data.strip():
        raise NotText("empty file")
    text = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise NotText(f"invalid {codec.upper()} text ({err.reason})") from None
            break
    if text is None:
        sample = data[:8192]
        if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) // 20:
            raise NotText("binary file, not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise NotText("empty file")
    if len(text) > MAX_CHARS:
        raise NotText(f"too large: {len(text):,} characters (limit {MAX_CHARS:,}); split it")
    return text


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head
