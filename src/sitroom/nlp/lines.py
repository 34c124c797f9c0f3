"""``sitroom_lines``: a line break ends a sentence.

Live blogs put headlines, bylines and bullets on lines of their own, often without a full
stop; the parser would run them into the next sentence ("…further casualties The Ukrainian
military claims…"). This component, placed before the parser, starts a sentence after every
line break; the parser keeps the boundaries it is given. It also bars the line breaks from
entities, which the NER would otherwise run over them ("the Oval Office\n" as one name,
leaving out the name that opens the next line).
"""

# No `from __future__ import annotations`: spaCy reads the factory's type hints.
from spacy.language import Language
from spacy.tokens import Doc, Span


def mark_line_starts(doc: Doc) -> Doc:
    breaks = []
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
            breaks.append(Span(doc, tok.i, tok.i + 1))
        elif "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    if breaks:  # the NER leaves blocked tokens outside every entity
        doc.set_ents([], blocked=breaks, default="unmodified")
    return doc


@Language.factory("sitroom_lines")
def make_lines(nlp: Language, name: str):
    return mark_line_starts
