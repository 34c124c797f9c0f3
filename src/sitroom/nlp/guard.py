"""A tokenizer guard: spaCy's tokenizer strips prefix and suffix punctuation from each
space-free run one character at a time, which costs the square of the run's length (10,000
quote marks in a row: ~10 s). Runs longer than ``LONG`` characters are cut into pieces of
``PIECE`` characters and tokenized piece by piece; the Doc's text is the input, unchanged.
Text without such a run goes straight to the tokenizer (one regex scan decides).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

LONG = 256  # no word, number or ordinary URL runs this long without a space
PIECE = 64
_LONG_RUN = re.compile(rf"\S{{{LONG},}}")


class GuardedTokenizer:
    """Wraps a spaCy tokenizer; behaves exactly like it on text with no long run."""

    def __init__(self, tokenizer: Callable[[str], Doc]):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        pieces: list[Doc] = []
        at = 0
        for run in _LONG_RUN.finditer(text):
            if run.start() > at:
                pieces.append(self.tokenizer(text[at:run.start()]))
            for k in range(run.start(), run.end(), PIECE):
                pieces.append(self.tokenizer(text[k:min(k + PIECE, run.end())]))
            at = run.end()
        if at < len(text):
            pieces.append(self.tokenizer(text[at:]))
        pieces = [p for p in pieces if len(p)]
        doc = Doc.from_docs(pieces, ensure_whitespace=False)
        return doc if doc.text == text else self.tokenizer(text)  # never change the text

    def __getattr__(self, name: str):
        # everything else (rules, pipe, to_disk, ...) is the wrapped tokenizer's
        return getattr(self.tokenizer, name)
