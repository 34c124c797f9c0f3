"""Who said it: each attribution pattern, on texts of our own."""


def said(a, kinds=("direct", "partial", "indirect")):
    names = {e.id: e.name for e in a.entities}
    return [(q.kind, names.get(q.speaker), q.cue) for q in a.quotes if q.kind in kinds]


def test_comma_before_a_capitalised_quote_makes_it_direct(analyze):
    a = analyze("Kaja Kallas spoke in Brussels. She said, “Europe will carry this burden.”")
    assert said(a) == [("direct", "Kaja Kallas", "said")]


def test_a_cue_without_punctuation_before_the_quote(analyze):
    a = analyze("In an interview Mark Rutte declared “The alliance is stronger than ever.”")
    assert said(a) == [("direct", "Mark Rutte", "declared")]


def test_lowercase_quoted_words_after_a_cue_stay_partial(analyze):
    a = analyze("Sergei Lavrov said the plan was a “trap set for the whole of Europe”.")
    assert ("partial", "Sergei Lavrov", "said") in said(a)


def test_a_paragraph_ending_in_a_colon_gives_the_next_quote_its_speaker(analyze):
    a = analyze("Antonio Costa said:\n\n“We will meet again on 6 March to decide.”")
    assert said(a, ("direct",)) == [("direct", "Antonio Costa", "said")]


def test_the_cue_in_a_short_sentence_after_a_question(analyze):
    a = analyze("Maia Sandu visited the border.\n\n“Who will pay for the damage?” she asks.")
    assert said(a, ("direct",)) == [("direct", "Maia Sandu", "asks")]


def test_a_quote_signed_with_a_dash(analyze):
    a = analyze("“We need more air defence before winter.” ― Denys A. Shmyhal.\n")
    [q] = a.quotes
    assert q.kind == "direct" and q.speaker_text == "Denys A. Shmyhal" and q.cue == "―"


def test_uncued_quotes_after_a_cued_one_keep_its_speaker(analyze):
    a = analyze("Mark Rutte spoke after the meeting. “We are not done yet,” he said. “The "
                "hard part is still ahead.”\n\n“Nobody should doubt our resolve.”")
    assert [s for _, s, _ in said(a)] == ["Mark Rutte"] * 3


def test_a_role_phrase_speaker_is_the_person_holding_the_role(analyze):
    a = analyze("Emmanuel Macron landed in Washington on Monday. The French president told "
                "reporters that Europe was ready to send troops.")
    assert said(a) == [("indirect", "Emmanuel Macron", "told")]


def test_states_and_organisations_speak(analyze):
    a = analyze("Iran earlier rebuffed Mr Macron by saying it firmly rejected any "
                "inspection mission. The US State Department said the talks would resume.")
    assert [(k, s) for k, s, _ in said(a)] == [("indirect", "Iran"),
                                              ("indirect", "United States")]


def test_a_question_and_its_answer_from_one_speaker(analyze):
    a = analyze("“Will Europe step up?” asked Kaja Kallas. “It must.”")
    assert said(a) == [("direct", "Kaja Kallas", "asked"), ("direct", "Kaja Kallas", None)]


def test_according_to_names_the_source_of_the_rest_of_the_sentence(analyze):
    a = analyze("According to the Polish foreign ministry, the convoy crossed the border at "
                "dawn.")
    [q] = a.quotes
    assert q.kind == "indirect" and q.cue == "According"
    assert q.text == "the convoy crossed the border at dawn"
    assert q.speaker_text == "the Polish foreign ministry"


def test_according_to_before_a_quoted_sentence_makes_it_direct(analyze):
    a = analyze("The port reopened on Friday.\n\nAccording to Olena Kravets, “The cranes "
                "are working again and the first ships will dock this week.”")
    [q] = a.quotes
    assert q.kind == "direct" and q.cue == "According"
    assert q.speaker_text == "Olena Kravets" and q.text.startswith("The cranes")


def test_a_reported_clause_before_its_cue(analyze):
    a = analyze("The bridge at Zaporizhzhia was repaired overnight, Ukrainian officials said.")
    [q] = a.quotes
    assert (q.kind, q.cue, q.text) == ("indirect", "said",
                                       "The bridge at Zaporizhzhia was repaired overnight")


def test_what_a_source_expects_or_found_is_reported_too(analyze):
    a = analyze("Kaja Kallas expects that the sanctions package will pass next week.")
    assert said(a) == [("indirect", "Kaja Kallas", "expects")]


def test_continued_and_shouted_are_cues(analyze):
    a = analyze("Petr Pavel spoke first.\n\nPetr Pavel continued: “We will not send our soldiers "
                "home early.”\n\n“Glory to the defenders!” the crowd shouted.")
    assert said(a, ("direct",)) == [("direct", "Petr Pavel", "continued"),
                                    ("direct", None, "shouted")]


def test_a_text_that_reads_is_the_source(analyze):
    a = analyze("“We ask for your help in rebuilding the school before the winter,” the "
                "letter reads.")
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert (q.cue, q.speaker_text) == ("reads", "the letter")


def test_the_speaker_span_holds_no_quote_mark(analyze):
    a = analyze('"We have waited long enough for the sanctions to bite," Alar Karis, the '
                'president of Estonia, said on Twitter.')
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_text == "Alar Karis, the president of Estonia"


def test_a_subject_inside_another_quotation_is_not_the_speaker(analyze):
    a = analyze("Mr. Orban barely answered the charge, treating the question first as a joke "
                "-- ''That sounds fun'' -- and, when asked again later, insisting, ''Of "
                "course, we pay our share.''")
    assert [q.speaker_text for q in a.quotes] == ["Mr. Orban", "Mr. Orban"]


def test_a_dash_the_parser_made_a_subject_is_skipped(analyze):
    a = analyze("The figures were never made public ― Pistorius boasted, “That makes us "
                "stronger.” Pistorius was also defensive.")
    [q] = a.quotes
    assert (q.kind, q.speaker_text, q.cue) == ("direct", "Pistorius", "boasted")


def test_a_title_in_quote_marks_after_a_cue_is_not_a_direct_quote(analyze):
    a = analyze("“That is plainly wrong,” Zaluzhnyi, a former army chief, said Friday evening "
                "on Channel 5’s “Good Morning Kyiv.”")
    assert [q.text for q in a.quotes if q.kind == "direct"] == ["That is plainly wrong,"]


def test_a_cue_opening_its_sentence_takes_the_name_after_it(analyze):
    a = analyze("Critics were blunt. Said Hodges: “I don’t get the sense they are the least "
                "bit interested in Crimea.”")
    [q] = a.quotes
    assert (q.kind, q.speaker_text, q.cue) == ("direct", "Hodges", "Said")


def test_the_words_between_quote_and_cue_name_the_speaker_when_the_parse_fails(nlp):
    """The parser took the city for a verb and hung the cue off the quote."""
    from spacy.tokens import Doc

    from sitroom.extract.quotes import _beside

    words = ["“", "We", "will", "win", ",", "”", "Tulsa", "police", "Chief", "Jo", "Doe",
             "said", "."]
    heads = [3, 3, 3, 3, 3, 3, 3, 8, 6, 10, 8, 3, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "dep", "compound", "dobj",
            "compound", "appos", "conj", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "PROPN",
           "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    quoted = lambda offset: offset < doc[5].idx + 1  # noqa: E731
    s, e = _beside(doc[11], 6, quoted)
    assert doc.text[s:e] == "Tulsa police Chief Jo Doe"


def test_a_long_subject_after_a_question_still_finds_its_cue(analyze):
    a = analyze("The campaign released a new spot.\n\n“You pay your bills. You pay your rent. "
                "So why does the oligarch pay nothing?” a narrator in the new ad asks. The "
                "spot ends with a picture of the Danube.")
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert (q.cue, q.speaker_text) == ("asks", "a narrator in the new ad")


def test_the_next_sentence_s_own_verb_is_no_cue(analyze):
    a = analyze("Maia Sandu spoke in Chisinau.\n\n“We will not be frightened.” Crowds "
                "cheered and said nothing more.")
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert q.cue is None


def test_an_interrupted_quotation_is_one_direct_quote_in_one_voice(analyze):
    a = analyze('"My hope," Kaja Kallas said, "is that the next government will keep the '
                'grain corridor open."')
    assert said(a) == [("direct", "Kaja Kallas", "said")] * 2


def test_an_uncued_quote_after_a_partial_one_keeps_its_speaker(analyze):
    a = analyze("Ministers met in Vilnius. The summit achieved “far too little,” Gabrielius "
                "Landsbergis said on Twitter. “Without more air defence, Ukraine risks a lot.”")
    assert said(a, ("direct", "partial")) == [("partial", "Gabrielius Landsbergis", "said"),
                                              ("direct", "Gabrielius Landsbergis", None)]


def test_an_uncued_quote_after_a_cued_sentence_is_its_speaker_s(analyze):
    a = analyze("The ceasefire may hold for a week, Anna Reed said. “The other factor is the "
                "weather, and nobody controls that.”")
    assert said(a, ("direct",)) == [("direct", "Anna Reed", None)]


def test_a_quote_after_that_is_part_of_the_reporting_clause(analyze):
    a = analyze("Dmytro Kuleba told reporters that “We will not trade land for peace under "
                "any circumstances.”")
    assert said(a, ("direct", "partial")) == [("partial", "Dmytro Kuleba", "told")]
    # (and the clause holding it is reported too, quotation and all)
    assert said(a, ("indirect",)) == [("indirect", "Dmytro Kuleba", "told")]


def test_a_quoted_title_is_no_quote(analyze):
    a = analyze("Valerii Zaluzhnyi said it again on “Good Morning Kyiv” on Friday.")
    assert said(a, ("direct", "partial")) == []


def test_speech_acts_report_their_object(analyze):
    a = analyze("Kaja Kallas called for a full ceasefire along the front. Mark Rutte cited "
                "the losses of the last winter as a reason to act.")
    assert [(q.kind, q.speaker_text, q.cue, q.text) for q in a.quotes] == [
        ("indirect", "Kaja Kallas", "called", "a full ceasefire along the front"),
        ("indirect", "Mark Rutte", "cited",
         "the losses of the last winter as a reason to act")]


def test_plans_and_places_are_no_speech(analyze):
    a = analyze("Poland plans new border checks. Our correspondent Anna Reed reports from "
                "Warsaw.")
    assert a.quotes == []


def test_a_speech_act_inside_what_someone_said_is_not_reported_again(analyze):
    a = analyze("Hungary surprised its partners by saying it strongly opposed the new "
                "sanctions package.")
    assert [(q.cue, q.speaker_text) for q in a.quotes] == [("saying", "Hungary")]


def test_a_partial_quote_and_the_clause_around_it_are_both_reported(analyze):
    a = analyze("Sergei Lavrov said the plan was a “trap set for the whole of Europe”.")
    assert [(q.kind, q.text) for q in a.quotes] == [
        ("indirect", "the plan was a “trap set for the whole of Europe”"),
        ("partial", "trap set for the whole of Europe")]


def test_the_occasion_and_a_participle_after_the_name_are_not_the_speaker(analyze):
    a = analyze("“The dam will hold,” said Senator Ann Reed in a statement. “We will rebuild "
                "the road,” said Tom Hale, speaking to farmers in Kherson. “The water is "
                "clean,” said Eva Lind, who has run the plant for a decade.")
    assert [q.speaker_text for q in a.quotes if q.kind == "direct"] == [
        "Senator Ann Reed", "Tom Hale", "Eva Lind, who has run the plant for a decade"]


def test_an_aside_after_an_inverted_name_is_not_the_speaker(analyze):
    a = analyze("“We will hold the line at the river,” said retired general Piet Maas, "
                "asked about the reports that the front had moved.")
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert (q.cue, q.speaker_text) == ("said", "retired general Piet Maas")


def test_a_name_the_tagger_missed_after_an_inverted_cue(analyze):
    a = analyze("“Having access to the files is valuable,” said Skelly, explaining that he "
                "worked with both teams.")
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_text == "Skelly"


def test_a_title_participle_and_a_party_label_stay_with_the_name(nlp):
    """The parser took "ranking" for the cue's clause and left the cue no subject."""
    from spacy.tokens import Doc

    from sitroom.extract.quotes import _beside

    words = ["“", "We", "win", ",", "”", "said", "Oversight", "ranking", "Democrat", "Jo",
             "Doe", "(", "D", "-", "Md.", ")", "."]
    heads = [5, 2, 5, 5, 5, 5, 7, 5, 10, 10, 7, 10, 14, 14, 10, 10, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "npadvmod", "ccomp",
            "compound", "compound", "dobj", "punct", "compound", "punct", "appos", "punct",
            "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "VERB", "PROPN",
           "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT"]
    tags = ["``", "PRP", "VBP", ",", "''", "VBD", "NN", "VBG", "NNP", "NNP", "NNP", "-LRB-",
            "NNP", "HYPH", "NNP", "-RRB-", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    quoted = lambda offset: offset < doc[4].idx + 1  # noqa: E731
    s, e = _beside(doc[5], 5, quoted)
    assert doc.text[s:e] == "Oversight ranking Democrat Jo Doe ( D - Md. )"


def test_a_quote_after_a_cue_and_a_comma_that_ends_the_sentence_is_direct(analyze):
    a = analyze("Asked whether he would sign the treaty, Jo Doe said, “Probably.” Later the "
                "mayor said, “as long as the bridge stays open.”")
    assert [(q.kind, q.cue) for q in a.quotes if q.kind == "direct"] == [
        ("direct", "said"), ("direct", "said")]


def test_a_cue_set_off_inside_the_writer_s_sentence_keeps_the_quote_partial(analyze):
    a = analyze("Instead, Jo Doe said, “the talks went on far too long.”")
    assert not [q for q in a.quotes if q.kind == "direct"]


def test_a_quote_inside_a_sentence_is_not_joined_to_the_next_one(analyze):
    a = analyze("Ana Lind told the paper that the plan was “a reckless gamble,” adding, “We "
                "lost every vote in the north and nobody noticed.”")
    assert ("direct", "adding") in [(q.kind, q.cue) for q in a.quotes]


def test_a_short_first_part_of_an_interrupted_quote_is_no_title(analyze):
    a = analyze("“In Kyiv,” Dean Amar said, “even the dissent read from the bench was "
                "frank.”")
    assert [q.kind for q in a.quotes if q.kind != "indirect"] == ["direct", "direct"]


def test_answered_barked_and_put_it_are_cues(analyze):
    a = analyze("Reporters asked Ana Lind about the vote. She answered, “We have no idea yet "
                "who won.”\n\nAs Piet Maas put it: “The river decides, not the generals.”"
                "\n\n“Get out of the road!” barked Jo Doe.")
    assert [(q.cue, q.speaker_text) for q in a.quotes if q.kind == "direct"] == [
        ("answered", "She"), ("put", "Piet Maas"), ("barked", "Jo Doe")]


def test_a_cue_reporting_its_own_clause_after_a_closed_quote_is_not_its_cue(analyze):
    a = analyze("“Our farms are being emptied,” Piet Maas said. “The river is our wheelhouse.” "
                "He said that he would go back to work on Monday.")
    assert [q.speaker_text for q in a.quotes if q.kind == "direct"] == ["Piet Maas"] * 2


def test_two_voices_are_not_one_interrupted_quotation(analyze):
    a = analyze("“Look at what you did,” Ana Lind said. Jo Doe responded, “They can fix this "
                "in the edit.”")
    assert [q.speaker_text for q in a.quotes if q.kind == "direct"] == ["Ana Lind", "Jo Doe"]


def test_points_out_gloated_and_assured_are_cues(analyze):
    a = analyze("“Voters reject the old parties,” Ana Lind points out.\n\nAnd Jo Doe gloated: "
                "“I told you he would not be ready.”\n\n“Your record is amazing,” Piet Maas "
                "assured the mayor.")
    assert [(q.cue, q.speaker_text) for q in a.quotes if q.kind == "direct"] == [
        ("points", "Ana Lind"), ("gloated", "Jo Doe"), ("assured", "Piet Maas")]


def test_a_rank_abbreviation_stays_inside_the_speakers_name(analyze):
    # spaCy splits the period off "Capt." and the parser then finds two subjects
    a = analyze("“The ferry will run again on Monday,” said Navy Capt. Ilse Varga. "
                "“Lt. Col. Ravi Anand agreed,” she added.")
    assert [q.speaker_text for q in a.quotes if q.kind == "direct"][:1] == [
        "Navy Capt. Ilse Varga"]


def test_a_text_that_reads_is_the_source_when_the_tagger_takes_read_for_a_noun(analyze):
    a = analyze("The council was blunt.\n\n“If she wants the job, the mayor should come "
                "to the valley,” the editorial read.")
    assert [(q.kind, q.speaker_text, q.cue) for q in a.quotes] == [
        ("direct", "the editorial", "read")]


def test_a_recommendation_is_a_cue(analyze):
    a = analyze("“Keep the harbour levy at its present rate until 2030,” it recommended.")
    assert [(q.kind, q.speaker_text, q.cue) for q in a.quotes] == [
        ("direct", "it", "recommended")]


def test_a_word_or_two_set_off_before_its_cue_is_a_direct_quote(analyze):
    a = analyze("He was asked which side would win. “Kharkiv,” he answered.\n\n"
                "“Nonsense!” shouted a deputy.")
    assert [(q.kind, q.speaker_text, q.cue) for q in a.quotes if q.kind == "direct"] == [
        ("direct", "he", "answered"), ("direct", "a deputy", "shouted")]


def test_a_short_phrase_in_quote_marks_before_a_calling_cue_stays_out(analyze):
    a = analyze("“A quiet victory,” the general called it.")
    assert [q for q in a.quotes if q.kind == "direct"] == []


def test_the_subject_of_a_sentence_ending_in_a_colon_is_the_source(analyze):
    # no verb of saying: the sentence leads into the quotation with its colon
    a = analyze("After the flood, Governor Ana Pell released the following statement:\n\n"
                "“We grieve with every family in the valley.”\n\n"
                "A footnote in the audit makes that plain: “These limits never applied "
                "to the minister.”")
    assert [(q.kind, q.speaker_text, q.cue) for q in a.quotes] == [
        ("direct", "Governor Ana Pell", "released"),
        ("direct", "A footnote in the audit", "makes")]


def test_a_title_the_parser_cut_off_after_the_quote_stays_with_the_name(analyze):
    a = analyze("“The count will take a week,” KTV Morning co-anchor Dana Morse said.\n\n"
                "“We know how the county is going to go,” Acme senior adviser Paul Moran said.")
    assert [q.speaker_text for q in a.quotes if q.kind == "direct"] == [
        "KTV Morning co-anchor Dana Morse", "Acme senior adviser Paul Moran"]


def test_a_participle_set_off_after_the_name_is_not_the_speaker_nor_what_was_said(analyze):
    a = analyze("But Sen. Rita Durand (D-Ore.), noting the size of the list, said, “Let me "
                "tell you, she has a heck of a mailing list.”")
    assert [(q.kind, q.speaker_text, q.cue) for q in a.quotes if q.cue == "said"] == [
        ("direct", "Sen. Rita Durand (D-Ore.)", "said")]


def test_agreeing_is_a_cue_for_the_quote_after_it(analyze):
    a = analyze("Ames State University's Diane Bystrand agreed. “Mainstream parties are "
                "running out of time to find anyone else.”")
    assert [(q.kind, q.speaker_text) for q in a.quotes] == [
        ("direct", "Ames State University's Diane Bystrand")]


def test_what_one_agrees_to_is_not_cued_by_agreeing(analyze):
    a = analyze("The charter never names the bomb, though it does say that the republic "
                "agrees to “give up war for ever.”")
    assert [(q.kind, q.speaker_text, q.cue) for q in a.quotes if q.kind == "partial"] == [
        ("partial", "it", "say")]


def test_a_states_military_speaks_for_the_state_where_the_text_names_it(analyze):
    a = analyze("Israel struck the port. The Israeli military said it had hit a depot. "
                "Israeli voters said they were tired.")
    names = {e.id: e.name for e in a.entities}
    speakers = [(names.get(q.speaker), q.speaker_text) for q in a.quotes]
    assert ("Israel", "The Israeli military") in speakers
    assert ("Israeli", "Israeli voters") in speakers


def test_declining_to_say_is_reported_once(analyze):
    a = analyze("A spokeswoman declined to say whether the envoy would travel to Oslo.")
    assert [(q.cue, q.text) for q in a.quotes] == [
        ("declined", "to say whether the envoy would travel to Oslo")]


def test_a_question_left_open_reports_nothing(analyze):
    a = analyze("The premier has not said whether she will attend the summit in Riga. "
                "The envoy would not say who had paid for the flights. "
                "The spokesman did not say that the talks had failed.")
    assert [(q.speaker_text, q.text) for q in a.quotes] == [
        ("The spokesman", "that the talks had failed")]


def test_a_relative_clause_of_saying_is_cut_from_the_speaker(analyze):
    a = analyze("“The convoy left at dawn,” the official, who spoke on condition of "
                "anonymity, said.\n\n“Nobody was hurt,” a port worker who requested "
                "anonymity told reporters.\n")
    assert [q.speaker_text for q in a.quotes] == ["the official", "a port worker"]


def test_a_relative_clause_that_says_which_one_stays_in_the_speaker(analyze):
    a = analyze("“The levee held,” Tomas Brandt, who has run the dam for a decade, said.\n\n"
                "A farmer who lost his barn said the water came too fast.\n")
    assert [q.speaker_text for q in a.quotes] == [
        "Tomas Brandt, who has run the dam for a decade", "A farmer who lost his barn"]


def test_a_headline_quoting_its_whole_claim_is_a_direct_quote(analyze):
    a = analyze("Rhea Vance: ‘We Don’t Need Another Bridge.’\n\nThe council met on Monday.\n")
    [q] = a.quotes
    assert (q.kind, q.text, q.speaker_text, q.cue) == (
        "direct", "We Don’t Need Another Bridge.", "Rhea Vance", ":")


def test_a_headline_quoting_some_words_of_its_claim_stays_indirect(analyze):
    a = analyze("Rhea Vance: ‘Old Bridges’ Have ‘No Future In This Town.’\n\nThe council met.\n")
    assert [q.kind for q in a.quotes] == ["indirect"]


def test_a_place_in_the_speakers_modifier_is_not_the_speaker(analyze):
    a = analyze("The general staff in Kyiv reported that the bridge was hit twice.\n\n"
                "The mayor of Lviv said the trains run again.\n")
    names = {e.id: e.name for e in a.entities}
    assert [(q.speaker_text, names.get(q.speaker)) for q in a.quotes] == [
        ("The general staff in Kyiv", None), ("The mayor of Lviv", "Lviv")]


def test_the_day_someone_spoke_is_not_part_of_the_speaker(analyze):
    a = analyze("The port authority on Tuesday said the dam would hold.\n\n"
                "Rhea Vance at the time said the levee was safe.\n")
    assert [q.speaker_text for q in a.quotes] == ["The port authority", "Rhea Vance"]


def test_a_floated_both_is_not_part_of_the_speakers(analyze):
    a = analyze("Rhea Vance and Tomas Brandt both said the dam would hold.")
    assert [q.speaker_text for q in a.quotes] == ["Rhea Vance and Tomas Brandt"]


def test_a_bracket_opening_an_aside_is_not_part_of_the_speaker(analyze):
    a = analyze("(Rhea Vance, who runs the dam, said the water would always win.)")
    assert [q.speaker_text for q in a.quotes] == ["Rhea Vance, who runs the dam"]


def test_even_before_the_speaker_is_not_part_of_it(analyze):
    a = analyze("Even the mayor's closest allies said the toll was too high.")
    assert [q.speaker_text for q in a.quotes] == ["the mayor's closest allies"]


def test_according_to_after_a_quote_names_its_speaker(analyze):
    a = analyze("Shelling resumed near the plant overnight.\n\n“The second reactor is back "
                "on the grid,” according to the Ukrainian energy ministry.")
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_text == "the Ukrainian energy ministry" and q.cue == "according"


def test_an_aside_with_a_verb_after_the_speakers_name(analyze):
    a = analyze("“The convoy got through,” volunteer driver Ivo Marek, wearing a helmet and "
                "“Press” vest, said as the trucks rolled in.")
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_text == "volunteer driver Ivo Marek, wearing a helmet and “Press” vest"


def test_a_cue_the_tagger_took_for_a_noun_after_a_quote(analyze):
    a = analyze("“Nobody in this town sleeps anymore,” the two write.")
    assert [(q.kind, q.speaker_text, q.cue) for q in a.quotes] == [
        ("direct", "the two", "write")]


def test_went_on_and_reacted_are_cues(analyze):
    a = analyze("“We have enough shells for a month,” the general said. “Maybe less,” he "
                "went on.\n\n“Kyiv will not be intimidated,” reacted Olena Kravets.")
    assert [(q.speaker_text, q.cue) for q in a.quotes] == [
        ("the general", "said"), ("he", "went"), ("Olena Kravets", "reacted")]


def test_a_linking_word_before_the_speaker_is_not_part_of_it(analyze):
    a = analyze("But Gen. Petra Holm (ret.), noting the scale of the losses, said, “We will "
                "hold the line until the spring.”")
    [q] = [q for q in a.quotes if q.kind == "direct"]
    assert q.speaker_text == "Gen. Petra Holm (ret.)"


def _parsed(nlp, words, heads, deps, tags, pos):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_participle_the_parser_made_the_head_gives_the_cue_its_subject(nlp):
    from sitroom.extract.quotes import _subject

    # "Jo Doe, noting the delay, said, “…”" parsed with "noting" as the root
    doc = _parsed(nlp, ["Jo", "Doe", ",", "noting", "the", "delay", ",", "said", ",",
                        "“", "Wait", "”"],
                  [1, 3, 3, 3, 5, 3, 3, 3, 7, 7, 7, 7],
                  ["compound", "nsubj", "punct", "ROOT", "det", "dobj", "punct",
                   "parataxis", "punct", "punct", "ccomp", "punct"],
                  ["NNP", "NNP", ",", "VBG", "DT", "NN", ",", "VBD", ",", "``", "VB", "''"],
                  ["PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB",
                   "PUNCT", "PUNCT", "VERB", "PUNCT"])
    assert _subject(doc[7]).text == "Doe"
    # but a finite verb above the cue is another's clause: no speaker
    doc = _parsed(nlp, ["Jo", "Doe", ",", "noted", "the", "delay", ",", "said", ",",
                        "“", "Wait", "”"],
                  [1, 3, 3, 3, 5, 3, 3, 3, 7, 7, 7, 7],
                  ["compound", "nsubj", "punct", "ROOT", "det", "dobj", "punct",
                   "parataxis", "punct", "punct", "ccomp", "punct"],
                  ["NNP", "NNP", ",", "VBD", "DT", "NN", ",", "VBD", ",", "``", "VB", "''"],
                  ["PROPN", "PROPN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB",
                   "PUNCT", "PUNCT", "VERB", "PUNCT"])
    assert _subject(doc[7]) is None


def test_rail_before_a_noun_is_no_cue(nlp):
    from sitroom.extract.quotes import _is_cue

    doc = _parsed(nlp, ["They", "rail", "plans"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                  ["PRP", "VBP", "NNS"], ["PRON", "VERB", "NOUN"])
    doc[1].lemma_ = "rail"
    assert not _is_cue(doc[1])
    doc = _parsed(nlp, ["They", "railed", "."], [1, 1, 1], ["nsubj", "ROOT", "punct"],
                  ["PRP", "VBD", "."], ["PRON", "VERB", "PUNCT"])
    doc[1].lemma_ = "rail"
    assert _is_cue(doc[1])


def test_a_cue_opening_the_next_sentence_is_not_the_quotes_own(analyze):
    a = analyze("“The shelters are full,” she said. “We need more blankets and more beds.” "
                "She noted a planned convoy on Saturday from Lviv.")
    assert [(q.kind, q.speaker_text, q.cue) for q in a.quotes] == [
        ("direct", "she", "said"), ("direct", "she", None),
        ("indirect", "She", "noted")]


def test_two_wide_closing_marks_end_a_sentence_too(analyze):
    a = analyze("''We will not leave the city,'' the mayor said. ''Our families have lived "
                "here for generations.'' He added, ''And we will rebuild every house.''")
    assert [(q.speaker_text, q.cue) for q in a.quotes] == [
        ("the mayor", "said"), ("the mayor", None), ("He", "added")]


def test_a_headline_claim_in_quote_marks_needs_no_verb_the_tagger_saw(analyze):
    a = analyze("Reid: 'Never, ever, ever underestimate Trump.'\n\nHarry Reid has some advice "
                "for his party.")
    assert [(q.kind, q.speaker_text, q.text) for q in a.quotes][:1] == [
        ("direct", "Reid", "Never, ever, ever underestimate Trump.")]
    # a quoted title after a topic is no claim
    a = analyze("Ukraine War: 'The Long Night'\n\nThe shelling went on.")
    assert a.quotes == []


def test_a_digest_names_who_speaks_after_the_dash(analyze):
    a = analyze("Analysts agree — More from Jon Marsh: “The front has barely moved since the "
                "spring.”")
    assert [(q.speaker_text, q.cue) for q in a.quotes] == [("Jon Marsh", ":")]


def test_a_relative_pronoun_speaks_for_the_name_before_it(analyze):
    a = analyze("Residents cheered Olena Kravets, who said the bridge would reopen in May.")
    names = {e.id: e.name for e in a.entities}
    [q] = [q for q in a.quotes if q.cue == "said"]
    assert q.speaker_text == "who" and names.get(q.speaker) == "Olena Kravets"


def test_a_label_with_a_bracket_and_a_title_before_the_colon(analyze):
    a = analyze("Sen. Petra Holm (D-Vt.): \"Who told you the bridge was safe? Who told you "
                "that?\"\n\nFormer defence minister Jo Marek: \"We learned it from the "
                "engineers and their survey of the bridge.\"")
    assert [(q.speaker_text, q.cue) for q in a.quotes] == [
        ("Sen. Petra Holm (D-Vt.)", ":"), ("Former defence minister Jo Marek", ":")]


def test_a_participle_the_parser_hung_from_a_relative_clause(nlp):
    from sitroom.extract.quotes import _subject

    # "Jo defended an aide who complained, saying “Enough”": Jo says it, not "who"
    doc = _parsed(nlp, ["Jo", "defended", "an", "aide", "who", "complained", ",", "saying",
                        "Enough"],
                  [1, 1, 3, 1, 5, 3, 5, 5, 7],
                  ["nsubj", "ROOT", "det", "dobj", "nsubj", "relcl", "punct", "advcl",
                   "ccomp"],
                  ["NNP", "VBD", "DT", "NN", "WP", "VBD", ",", "VBG", "UH"],
                  ["PROPN", "VERB", "DET", "NOUN", "PRON", "VERB", "PUNCT", "VERB", "INTJ"])
    assert _subject(doc[7]).text == "Jo"


def test_a_digest_label_names_what_it_quotes_from(analyze):
    a = analyze("The survey found wide gaps. From the report: “Panels with longer field "
                "periods were more accurate.”")
    assert [(q.speaker_text, q.cue) for q in a.quotes] == [("the report", ":")]
    # a label with no name and no "from" names no one
    a = analyze("Live updates: “The bridge is open again.”")
    assert [q.speaker_text for q in a.quotes] == [None]


def test_it_stands_for_the_subject_named_after_its_article(analyze):
    a = analyze("Chile's envoy will fly to Lima on Monday. The African Union suspended two "
                "generals it accused of arming the rebels.")
    names = {e.id: e.name for e in a.entities}
    [accused] = [q for q in a.quotes if q.cue == "accused"]
    assert (accused.speaker_text, names.get(accused.speaker)) == ("it", "African Union")


def test_it_after_a_body_that_spoke_is_that_body(analyze):
    a = analyze("The Polish border guard said migrants had crossed the river at night. "
                "It said two boats had been seized and a third had sunk.")
    [first, second] = [q for q in a.quotes if q.cue == "said"]
    assert (second.speaker_text, second.speaker_for) == ("It", "The Polish border guard")
    assert second.speaker == first.speaker
    b = analyze("The Polish border guard said migrants had crossed the river at night. "
                "Lithuania also reported crossings. It said two boats had been seized.")
    names = {e.id: e.name for e in b.entities}
    [last] = [q for q in b.quotes if q.speaker_text == "It"]
    assert (last.speaker_for, names.get(last.speaker)) == (None, "Lithuania")


def test_asking_not_to_be_named_is_how_a_source_spoke_not_what(analyze):
    a = analyze("A militia commander, who asked not to be named, said his men held the "
                "bridge. A diplomat who requested anonymity said the talks would resume.")
    assert [(q.cue, q.text) for q in a.quotes] == [
        ("said", "his men held the bridge"), ("said", "the talks would resume")]
