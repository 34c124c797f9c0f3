"""Indirect attributions (no quote marks, or a transcript's turns), on texts of our own."""


def indirect(a):
    return [(q.speaker_text, q.cue, q.text) for q in a.quotes if q.kind == "indirect"]


def test_a_commitment_reports_its_infinitive(analyze):
    a = analyze("The mayor of Lviv refused to release the names of the wounded soldiers.")
    assert ("The mayor of Lviv", "refused", "to release the names of the wounded soldiers"
            ) in indirect(a)


def test_what_someone_was_urged_to_do_leaves_out_whom(analyze):
    a = analyze("The foreign ministers urged Parliament to extend the sanctions for a year.")
    assert ("The foreign ministers", "urged", "to extend the sanctions for a year"
            ) in indirect(a)


def test_what_someone_was_accused_of_leaves_out_whom(analyze):
    a = analyze("Opposition leaders accused the minister of hiding the cost of the war.")
    assert [t for _, cue, t in indirect(a) if cue == "accused"] == [
        "hiding the cost of the war"]


def test_a_claim_noun_reports_its_that_clause(analyze):
    a = analyze("Reporters questioned the army's claim that no civilians lived in the "
                "village.")
    assert ("the army's", "claim", "that no civilians lived in the village") in indirect(a)


def test_a_linking_word_opening_a_reported_clause_is_left_out(analyze):
    a = analyze("But the convoy never reached the city, according to the Red Cross.")
    assert indirect(a) == [("the Red Cross", "according", "the convoy never reached the city")]


def test_an_attributive_headline(analyze):
    a = analyze("Tusk: Poland Will Send More Air Defence to the East\n\n"
                "The prime minister spoke in Warsaw on Monday.")
    assert ("Tusk", ":", "Poland Will Send More Air Defence to the East") in indirect(a)


def test_a_heading_word_before_a_colon_is_no_headline_speaker(analyze):
    a = analyze("Update: The border crossing will reopen on Friday\n\nTrucks waited.")
    assert indirect(a) == []


def test_a_transcript_printed_as_one_quotation_gives_its_turns(analyze):
    a = analyze("The exchange went as follows:\n\n"
                '"HOST: Will the talks in Geneva resume next week, minister?\n\n'
                '"MINISTER: We expect both delegations back at the table on Tuesday.\n\n'
                '"HOST: And the prisoners?"\n')
    turns = [(q.speaker_text, q.text) for q in a.quotes]
    assert ("MINISTER", "We expect both delegations back at the table on Tuesday.") in turns
    assert len(turns) == 3 and not any(t.startswith("HOST:") for _, t in turns)


def test_a_reported_clause_stops_before_the_speakers_next_cue(analyze):
    a = analyze("Rhea Vance said the dam was repaired by the army and said, “Who else "
                "would have done it so fast?”")
    assert ("Rhea Vance", "said", "the dam was repaired by the army") in indirect(a)
    assert [q.kind for q in a.quotes].count("direct") == 1


def test_a_reported_clause_ending_in_a_quotation_takes_all_of_it(analyze):
    a = analyze("Rhea Vance said the new levee was “strong enough for a century.”")
    assert [(q.cue, q.text) for q in a.quotes if q.kind == "indirect"] == [
        ("said", "the new levee was “strong enough for a century.”")]


def test_a_clause_that_is_a_typewriter_quotation_is_the_direct_quote_only(analyze):
    a = analyze("''The levee will hold for a century,'' Rhea Vance said on Monday.")
    assert [q.kind for q in a.quotes] == ["direct"]


def test_a_reported_clause_takes_the_rest_of_a_quotation_opened_in_it(analyze):
    a = analyze("Rhea Vance said the levee was “strong enough. It will hold until spring,” "
                "and left the hall.")
    assert ("Rhea Vance", "said", "the levee was “strong enough. It will hold until "
            "spring,”") in indirect(a)


def test_a_stance_reports_what_it_supports(analyze):
    a = analyze("The farmers' union backs a new levee along the northern bank.")
    assert ("The farmers' union", "backs", "a new levee along the northern bank"
            ) in indirect(a)


def test_an_intent_reports_what_one_means_to_do_but_not_a_thing(analyze):
    a = analyze("Rhea Vance wants to rebuild the bridge before winter. The council plans "
                "new bridges.")
    assert indirect(a) == [("Rhea Vance", "wants", "to rebuild the bridge before winter")]


def test_what_a_source_shows_or_refers_to_is_reported(analyze):
    a = analyze("The county survey shows a wide lead for the mayor. Rhea Vance pointed to "
                "the flood damage in the lower town.")
    assert indirect(a) == [("The county survey", "shows", "a wide lead for the mayor"),
                           ("Rhea Vance", "pointed", "the flood damage in the lower town")]


def test_a_sentence_opening_with_a_survey_reports_its_finding(analyze):
    a = analyze("In a new county survey, the mayor leads her rival by ten points.")
    assert indirect(a) == [("a new county survey", "In",
                            "the mayor leads her rival by ten points")]


def test_a_statement_saying_something_is_its_issuers(analyze):
    a = analyze("Rhea Vance issued a statement saying that the dam would be closed.")
    assert indirect(a) == [("Rhea Vance", "saying", "that the dam would be closed")]


def test_what_one_voted_for_or_spoke_about_is_reported_but_not_whom_to(analyze):
    a = analyze("Rhea Vance voted against the new toll. Tomas Brandt spoke about the flood "
                "damage. The mayor spoke to reporters.")
    assert indirect(a) == [("Rhea Vance", "voted", "the new toll"),
                           ("Tomas Brandt", "spoke", "the flood damage")]


def test_what_one_hopes_to_do_is_reported(analyze):
    a = analyze("Rhea Vance hopes to reopen the bridge before the spring floods.")
    assert indirect(a) == [("Rhea Vance", "hopes", "to reopen the bridge before the spring "
                            "floods")]


def test_who_asked_a_question_put_in_the_passive_goes_unnamed(analyze):
    a = analyze("Asked about the new dam, Rhea Vance said it would hold.")
    assert indirect(a) == [(None, "Asked", "the new dam"),
                           ("Rhea Vance", "said", "it would hold")]


def test_a_cue_in_the_passive_is_its_agents_or_no_ones(analyze):
    a = analyze("It was revealed that the dam had cracked. The new levee was criticized by "
                "Rhea Vance as a waste of money.")
    assert indirect(a) == [(None, "revealed", "that the dam had cracked"),
                           ("Rhea Vance", "criticized", "as a waste of money")]


def test_that_said_opening_a_sentence_is_no_report(analyze):
    a = analyze("The levee held. That said, the dam will need repairs before spring.")
    assert indirect(a) == []


def test_a_finding_named_after_its_clause_reports_it(analyze):
    a = analyze("The harbor plan now trails the tunnel plan by nine points in a new county "
                "survey.\n\nThe mayor, who leads in recent polls, rode the ferry.\n\n"
                "The mayor gained ground in the polls.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("The harbor plan now trails the tunnel plan by nine points", "a new county survey",
         "in")]


def test_seeing_something_as_something_is_a_view_reported(analyze):
    a = analyze("Many ferry riders see the toll as a burden on the poor.\n\n"
                "The mayor saw the flooded tunnel on Monday.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("the toll as a burden on the poor", "Many ferry riders", "see")]


def test_according_to_does_not_take_the_subject_of_what_it_reports(analyze):
    a = analyze("The vote was close.\n\nAccording to the county clerk, Mills and another "
                "aide asked the clerk to delete the files in May.\n")
    assert [(q.text, q.speaker_text) for q in a.quotes] == [
        ("Mills and another aide asked the clerk to delete the files in May",
         "the county clerk")]


def test_a_relative_that_is_no_named_speaker(analyze):
    a = analyze("The ferry ran late.\n\nThe mayor joined a group that says the old bridge "
                "is unsafe.\n")
    assert [(q.text, q.speaker_text) for q in a.quotes] == [("the old bridge is unsafe", None)]


def test_one_who_has_asked_is_the_speaker(analyze):
    a = analyze("The ferry ran late.\n\nThe harbor board has asked the mayor to close the "
                "old bridge.\n")
    assert [(q.text, q.speaker_text) for q in a.quotes] == [
        ("to close the old bridge", "The harbor board")]


def test_what_one_backs_may_be_a_short_name(analyze):
    a = analyze("The ferry ran late.\n\nThe dockworkers endorsed Vance.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("Vance", "The dockworkers", "endorsed")]


def test_an_as_aside_reports_the_clause_it_hangs_on(analyze):
    a = analyze("The ferry ran late.\n\nAs the Harbor Times noted, the mayor raised more "
                "than $1 million from builders.\n\nThe toll will rise next year, as the "
                "mayor said.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("the mayor raised more than $1 million from builders", "the Harbor Times", "noted"),
        ("The toll will rise next year", "the mayor", "said")]


def test_what_one_voices_or_repeats_is_reported(analyze):
    a = analyze("The ferry ran late.\n\nThe harbor master stressed the need for a second "
                "pier.\n\nRhea Vance echoed the call for a toll freeze.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("the need for a second pier", "The harbor master", "stressed"),
        ("the call for a toll freeze", "Rhea Vance", "echoed")]


def test_what_one_champions_or_bemoans_is_reported(analyze):
    a = analyze("The ferry ran late.\n\nRhea Vance bemoaned the slow pace of the repairs.\n\n"
                "The harbor board nominated Tomas Brandt.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("the slow pace of the repairs", "Rhea Vance", "bemoaned"),
        ("Tomas Brandt", "The harbor board", "nominated")]


def test_what_one_downplays_is_reported(analyze):
    a = analyze("The ferry ran late.\n\nThe harbor master downplayed the damage to the pier.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("the damage to the pier", "The harbor master", "downplayed")]


def test_what_one_boasts_of_is_reported(analyze):
    a = analyze("The ferry ran late.\n\nRhea Vance boasted of the new pier.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("the new pier", "Rhea Vance", "boasted")]


def test_what_one_hints_at_is_reported(analyze):
    a = analyze("The ferry ran late.\n\nThe mayor hinted at a run for the governor's office.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("a run for the governor's office", "The mayor", "hinted")]


def test_whom_one_lashes_out_at_is_reported(analyze):
    a = analyze("The ferry ran late.\n\nRhea Vance lashed out at the harbor board.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("the harbor board", "Rhea Vance", "lashed")]


def test_what_one_lauds_is_reported(analyze):
    a = analyze("The ferry ran late.\n\nThe harbor board lauded the quick work of the divers.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("the quick work of the divers", "The harbor board", "lauded")]


def test_what_one_disavows_is_reported(analyze):
    a = analyze("The ferry ran late.\n\nThe mayor disavowed the harbor board's letter.\n")
    assert [(q.text, q.speaker_text, q.cue) for q in a.quotes] == [
        ("the harbor board's letter", "The mayor", "disavowed")]


def test_a_state_told_in_the_passive_is_no_ones_report(analyze):
    a = analyze("Nobody was reported injured in the blast.")
    assert [q.text for q in a.quotes] == []


def test_the_day_a_claim_was_repeated_is_not_what_was_said(analyze):
    a = analyze("The minister repeated on Tuesday that the bridge would reopen in May.",
                published="2025-03-05")
    (q,) = [q for q in a.quotes if q.kind == "indirect"]
    assert q.text == "that the bridge would reopen in May"


def test_who_asked_or_reported_is_named_by_the_by_phrase(analyze):
    a = analyze("When asked by a reporter whether the talks would resume, the minister shook "
                "his head.")
    assert [(q.text, q.speaker_text) for q in a.quotes] == [
        ("whether the talks would resume", "a reporter")]
    a = analyze("As reported by the Kyiv Independent, the dam was breached overnight and "
                "thousands fled.")
    assert [(q.text, q.speaker_text) for q in a.quotes] == [
        ("the dam was breached overnight and thousands fled", "the Kyiv Independent")]
    # but who asked a question goes unnamed when no "by" names them
    a = analyze("Asked about the talks, the minister said they would resume in May.")
    assert [q.speaker_text for q in a.quotes] == [None, "the minister"]


def test_reported_words_ending_on_quoted_ones_keep_the_closing_mark(analyze):
    a = analyze('The envoy said a deal could be signed "within days". Talks go on.')
    (q,) = a.quotes
    assert q.text.endswith('"within days"')


def test_the_writers_aside_after_reported_words_is_left_out(analyze):
    a = analyze("The rebels claimed they had taken the airport at Goma, a claim the army "
                "denied. A local official said between 8 and 10 houses were burned in the "
                "raid, a figure that could not be checked.")
    assert [t for _, _, t in indirect(a)] == [
        "they had taken the airport at Goma",
        "between 8 and 10 houses were burned in the raid"]


def test_a_live_pages_label_is_not_part_of_a_headlines_claim(analyze):
    a = analyze("Sudan war live: ceasefire broken within hours, says army\n\n"
                "Fighting resumed in Omdurman on Sunday.")
    assert indirect(a) == [("army", "says", "ceasefire broken within hours")]
    b = analyze("Sahel live: two convoys attacked near Gao, says the junta\n\n"
                "The convoys were carrying fuel.")
    assert indirect(b) == [("the junta", "says", "two convoys attacked near Gao")]
