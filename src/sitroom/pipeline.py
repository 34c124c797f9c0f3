"""analyze(): read -> segment -> nlp -> extract, batched. The one place the stages meet.

>>> from sitroom.pipeline import analyze_text
>>> a = analyze_text("Russia launched 40 drones at Odesa overnight, Ukraine said.")
>>> [p.name for p in a.places]
['Russia', 'Odesa', 'Ukraine']
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from .extract import run_all
from .model import Analysis, Document
from .nlp.model import load_model
from .segment import segment

BATCH_SIZE = 8
# Spaces the tokenizer takes for words of their own ("the defence minister\xa0Jo Doe" loses
# its name to a lone space token): the parser reads them as plain spaces, one character for
# one so that every offset holds; extractors still read the text as written (doc_text).
PARSER_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u2009\u200a\u202f"})


def analyze(
    documents: Iterable[Document],
    *,
    batch_size: int = BATCH_SIZE,
    timings: dict[str, float] | None = None,
) -> Iterator[Analysis]:
    """Analyses of the documents, in order; the model is loaded once and texts are piped.

    ``timings``, if given, accumulates seconds per stage (``stage.nlp_s``, ...).
    """
    nlp = load_model()

    def seeded() -> Iterator[tuple[str, Analysis]]:
        for document in documents:
            t0 = time.perf_counter()
            analysis = Analysis(document=document, posts=segment(document))
            _add(timings, "stage.segment_s", t0)
            yield document.text.translate(PARSER_SPACES), analysis

    t_nlp = time.perf_counter()
    for doc, analysis in nlp.pipe(seeded(), as_tuples=True, batch_size=batch_size):
        doc.user_data["sitroom.text"] = analysis.document.text
        _add(timings, "stage.nlp_s", t_nlp)
        yield run_all(doc, analysis, timings)
        t_nlp = time.perf_counter()


def analyze_text(text: str, **fields) -> Analysis:
    """Analyze one text; ``fields`` are Document fields (title, source, published, url)."""
    document = Document(id=Document.make_id(text, fields.get("url")), text=text, **fields)
    return next(analyze([document]))


def _add(timings: dict[str, float] | None, key: str, t0: float) -> None:
    if timings is not None:
        timings[key] = timings.get(key, 0.0) + time.perf_counter() - t0
