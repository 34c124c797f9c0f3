"""Quotes and speakers, on texts of our own, with every quote-mark style."""

import time

from sitroom.extract.quotes import pair_quotes


def speakers(a):
    names = {e.id: e.name for e in a.entities}
    return [(q.kind, names.get(q.speaker), q.cue) for q in a.quotes]


def test_direct_quote_with_cue_after_goes_to_the_named_speaker(analyze):
    a = analyze("Maia Sandu arrived in Kyiv on Monday.\n"
                "“Moldova stands with Ukraine today and tomorrow,” she told reporters.")
    assert speakers(a) == [("direct", "Maia Sandu", "told")]
    q = a.quotes[0]
    assert a.document.text[q.start:q.end] == q.text and q.text.startswith("Moldova stands")


def test_colon_frame_partial_quotes_and_scare_quotes(analyze):
    a = analyze(
        'Kaja Kallas said: "Europe will not abandon Ukraine." She called the plan a '
        "“dangerous illusion that rewards aggression”. The so-called “buffer zone” was "
        "not discussed.")
    kinds = [(q.kind, q.text) for q in a.quotes if q.kind != "indirect"]
    assert ("direct", "Europe will not abandon Ukraine.") in kinds
    assert ("partial", "dangerous illusion that rewards aggression") in kinds
    assert all("buffer zone" not in t for _, t in kinds)


def test_uncued_paragraph_keeps_the_speaker_before_it(analyze):
    a = analyze("“We need air defence now,” Denys Shmyhal said.\n"
                "“Every day without it costs lives. Our partners know this.”")
    assert [s for _, s, _ in speakers(a)] == ["Denys Shmyhal", "Denys Shmyhal"]


def test_indirect_speech_with_subject_speaker(analyze):
    a = analyze("Antonio Guterres said the attack on the port was a violation of "
                "international law.")
    [q] = a.quotes
    assert q.kind == "indirect" and q.cue == "said"
    assert q.text.startswith("the attack on the port")
    assert speakers(a)[0][1] == "Antonio Guterres"


def test_quote_mark_styles_pair():
    for text, inner in [
        ("He said «we will hold the line» today.", "we will hold the line"),
        ("Sie sagte „wir bleiben hier“ gestern.", "wir bleiben hier"),
        ('He said "we will hold the line" today.', "we will hold the line"),
        ("“First paragraph of the statement.\n“Second paragraph, still quoted.” he said.",
         None),
    ]:
        [pair] = pair_quotes(text)
        if inner:
            assert text[pair.start + 1:pair.end - 1] == inner
        else:
            assert text[pair.end - 1] == "”" and pair.start == 0


def test_unpaired_marks_are_skipped_and_the_rest_found():
    text = "He said “this never closes.\nLater: “this one does,” she said. A stray ” here."
    pairs = pair_quotes(text)
    assert [text[p.start + 1:p.end - 1] for p in pairs] == ["this one does,"]


def test_ten_thousand_unpaired_marks_finish_fast(analyze):
    text = "Officials said “ " * 10_000
    t0 = time.perf_counter()
    assert len(pair_quotes(text)) == 0
    assert time.perf_counter() - t0 < 0.5
    a = analyze(("Officials said “ no. " * 2_000)[:30_000])
    assert a.quotes is not None


def test_a_second_quote_in_the_same_paragraph_keeps_the_speaker(analyze):
    a = analyze("“We stand at a turning point,” Mette Frederiksen said. “Now we must act.”")
    assert [s for _, s, _ in speakers(a)] == ["Mette Frederiksen", "Mette Frederiksen"]


def test_a_subject_found_inside_the_quote_is_not_the_speaker(analyze):
    a = analyze("Olaf Scholz spoke in Berlin. „Wir bleiben hier“, Olaf Scholz told the "
                "Bundestag.")
    [q] = [q for q in a.quotes if q.kind != "indirect"]
    assert q.text == "Wir bleiben hier" and speakers(a)[0][1] == "Olaf Scholz"


def test_a_whole_sentence_after_a_colon_is_direct_in_any_language(analyze):
    a = analyze("Volodymyr Zelensky said: «Nous ne céderons pas.»")
    assert speakers(a) == [("direct", "Volodymyr Zelensky", "said")]


def test_one_quoted_word_is_a_scare_quote_even_after_a_cue(analyze):
    a = analyze("Sergei Lavrov dismissed the proposal as a “provocation”. Several documents "
                "were “lost”, the ministry admitted. Officials asked for a US “backstop”.")
    assert [q for q in a.quotes if q.kind != "indirect"] == []


def test_any_text_pairs_without_error_and_pairs_are_ordered():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet='ab “”"«»„\n.,:', max_size=200))
    def check(text):
        pairs = pair_quotes(text)
        for a, b in zip(pairs, pairs[1:]):
            assert a.end <= b.start
        for p in pairs:
            assert 0 <= p.start < p.end <= len(text)

    check()


def test_a_transcripts_turns_are_direct_quotes_of_the_names_in_capitals(analyze):
    a = analyze("Maia Sandu spoke to Lena Holt on Sunday.\n\n"
                "LENA HOLT: Will the border crossings reopen this month?\n\n"
                "SANDU: Only when the convoys are safe. We will not gamble with lives.\n\n"
                "HOLT: And the grain?\n\n"
                "UPDATE: This interview was shortened.\n")
    assert speakers(a) == [("direct", "Lena Holt", ":"), ("direct", "Maia Sandu", ":"),
                           ("direct", "Lena Holt", ":")]
    assert a.quotes[1].text == "Only when the convoys are safe. We will not gamble with lives."
    assert a.quotes[0].speaker_text == "LENA HOLT"


def test_one_capitalised_heading_is_no_transcript(analyze):
    a = analyze("BREAKING: Drones hit the port overnight.\n\nKYIV: Sirens sounded at dawn.\n")
    assert a.quotes == []


def test_manner_of_speaking_verbs_and_shot_back_are_cues(analyze):
    a = analyze("“The corridor must stay open,” Maia Sandu charged.\n\n"
                "“Then show us the convoy lists,” Lena Holt shot back.\n")
    assert speakers(a) == [("direct", "Maia Sandu", "charged"), ("direct", "Lena Holt", "shot")]


def test_a_name_before_a_colon_speaks_the_quote_after_it(analyze):
    a = analyze("GRAIN TALKS STALL - Maia Sandu: “We have waited three weeks for an answer.”\n")
    [q] = a.quotes
    assert (q.kind, q.speaker_text, q.cue) == ("direct", "Maia Sandu", ":")


def test_a_speaker_after_the_cue_that_the_parser_took_for_its_object(analyze):
    a = analyze("“We do not have enough generators for the winter anymore,” tweeted a nurse "
                "from Odesa going by the handle Marenka.\n")
    [q] = a.quotes
    assert q.speaker_text == "a nurse from Odesa going by the handle Marenka"


def test_a_speaker_phrase_never_runs_back_into_the_quotation():
    # the parser sometimes hangs the quote's words on the speaker's name
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sitroom.extract.quotes import _edges

    words = ['"', "We", "held", ",", '"', "Lena", "Holt", "tweeted", "."]
    heads = [6, 6, 6, 6, 6, 6, 7, 7, 7]
    deps = ["punct", "nmod", "nmod", "punct", "punct", "compound", "nsubj", "ROOT", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    s, e = _edges(doc[6])
    assert doc.text[s:e] == "Lena Holt"


def test_a_participle_cue_keeps_its_subject_and_a_cue_inside_the_quote_reports_nothing_outside(
        analyze):
    a = analyze("Weaver did not seem impressed with the plan on Tuesday, telling reporters, "
                "“Half the council thinks the mayor ought to step aside.”\n")
    assert [(q.kind, q.speaker_text) for q in a.quotes] == [("direct", "Weaver")]


def test_a_quote_signed_on_the_line_below_it(analyze):
    a = analyze("In their own words:\n\n"
                "\"Our farmers have waited three winters for the new silos.\"\n\n- Maia Sandu.\n\n"
                "\"We will build them by spring.\"\n– Lena Holt\n")
    assert [(q.kind, q.speaker_text) for q in a.quotes] == [
        ("direct", "Maia Sandu"), ("direct", "Lena Holt")]


def test_he_after_an_unnamed_office_holder_is_that_office_holder(analyze):
    a = analyze("Talks went on late. \"We are close,\" Quenbia's prime minister told "
                "reporters. He added that a deal could follow within days.")
    close, added = a.quotes
    assert close.speaker_text == "Quenbia's prime minister"
    assert added.speaker_text == "He" and added.speaker_for == "Quenbia's prime minister"
    assert added.speaker == close.speaker


def test_he_after_a_named_person_stays_with_the_person(analyze):
    a = analyze("\"We are close,\" Quenbia's prime minister told reporters. Later Jo Quenby "
                "spoke. He said a deal could follow within days.")
    said = a.quotes[-1]
    assert said.speaker_for is None
    assert said.speaker == next(e.id for e in a.entities if e.name == "Jo Quenby")
