"""Quote marks as news text has them: every style pairs, odd input never raises."""

import time

from sitroom.extract.quotes import pair_quotes


def inner(text):
    return [text[p.inner_start:p.inner_end] for p in pair_quotes(text)]


def test_typewriter_double_apostrophes_pair_as_one_mark():
    text = "''We will not give up,'' the mayor said. It isn't over, he added."
    assert inner(text) == ["We will not give up,"]


def test_a_closing_mark_that_opens_a_paragraph_opens_a_quote():
    text = "The mayor spoke first.\n\n”This is a dark day for our city,” she said."
    assert inner(text) == ["This is a dark day for our city,"]


def test_a_straight_quote_over_two_paragraphs_is_one_quote():
    text = '"The first part of the statement.\n\n"The second part, closed here." he said.'
    [pair] = pair_quotes(text)
    assert pair.start == 0 and text[pair.end - 1] == '"' and pair.end == text.index(" he said")


def test_a_nested_single_quote_stays_inside_the_double_one():
    text = "“He told me ‘never again’ and walked out,” she said."
    assert inner(text) == ["He told me ‘never again’ and walked out,"]


def test_guillemets_and_low_high_marks_pair():
    assert inner("Il a dit «nous tiendrons» hier.") == ["nous tiendrons"]
    assert inner("Sie sagte „wir bleiben“ und ging.") == ["wir bleiben"]
    assert inner("Sie sagte „wir bleiben” und ging.") == ["wir bleiben"]


def test_ten_thousand_straight_marks_with_no_space_analyze_quickly(analyze):
    analyze("Warm up.")
    t0 = time.perf_counter()
    a = analyze('"' * 10_000)
    assert time.perf_counter() - t0 < 5
    assert a.document.text == '"' * 10_000 and a.quotes == []


def test_a_long_run_of_marks_keeps_the_text_and_the_quotes_around_it(analyze):
    text = "“We will hold,” Maia Sandu said. " + "“" * 5_000 + " The end."
    a = analyze(text)
    assert a.document.text == text
    assert [(q.kind, q.text) for q in a.quotes] == [("direct", "We will hold,")]


def test_a_quote_opened_in_one_style_closes_in_the_other():
    assert inner('"We are ready for talks,” the envoy said.') == ["We are ready for talks,"]
    assert inner('“We are ready for talks," the envoy said.') == ["We are ready for talks,"]
    # a straight mark after a space opens a quote of its own; it closes nothing
    assert inner('“He called it "a trap" twice,” she said.') == ['He called it "a trap" twice,']


def test_a_quote_inside_a_quote_stays_part_of_it():
    text = '"The poll asked: “Is the mayor fit to serve?” Most said no." Ann Lee said.'
    assert inner(text) == ["The poll asked: “Is the mayor fit to serve?” Most said no."]
    text = "“I would rather pay the “fine” than sign that,” he said."
    assert inner(text) == ["I would rather pay the “fine” than sign that,"]


def test_quotes_inside_one_left_open_stand_on_their_own():
    text = "“We left, she said. “It was over.” And “done.”\n\nThen “more” came."
    assert inner(text) == ["It was over.", "done.", "more"]


def test_an_opening_mark_typed_where_the_closing_one_belongs_closes():
    text = "“The jobless rate for the young is 40 percent.“\n\nThe ministry disagreed."
    assert inner(text) == ["The jobless rate for the young is 40 percent."]
