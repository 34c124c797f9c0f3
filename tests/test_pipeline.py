"""analyze(): documents in, analyses out, in order, with stage timings."""

import doctest

import sitroom.pipeline
from sitroom.model import Document
from sitroom.pipeline import analyze


def test_docstring_example_holds():
    assert doctest.testmod(sitroom.pipeline).failed == 0


def test_many_documents_keep_their_order_and_stages_are_timed():
    texts = [f"Report {i}: shelling hit Kherson overnight, officials said." for i in range(20)]
    docs = [Document(id=f"d{i}", text=t, published="2025-03-03") for i, t in enumerate(texts)]
    timings: dict[str, float] = {}
    out = list(analyze(docs, batch_size=4, timings=timings))
    assert [a.document.id for a in out] == [d.id for d in docs]
    assert all(a.places and a.places[0].name == "Kherson" for a in out)
    for stage in ("nlp", "entities", "places", "times", "quotes", "claims", "events"):
        assert timings[f"stage.{stage}_s"] > 0


def test_a_no_break_space_is_a_space_to_the_parser_and_kept_in_the_text(analyze):
    text = "The defence minister\u00a0Rustem Umerov said on Monday that talks would resume."
    a = analyze(text)
    person = next(e for e in a.entities if e.type == "PERSON")
    assert person.name == "Rustem Umerov"
    (quote,) = a.quotes
    assert quote.speaker == person.id and "\u00a0" in quote.speaker_text
    assert all(text[m.start:m.end] == m.text for e in a.entities for m in e.mentions)
