"""Times in context: anchored to their post's date, directed by the verb's tense."""


def values(a):
    return {t.text: t.value for t in a.times}


def test_weekdays_follow_tense_and_dates_anchor_to_the_document(analyze):
    a = analyze("Ministers met on Monday in Brussels. They will meet again on Friday, and "
                "leaders gather at a summit on 14 March.", published="2025-03-05")
    v = values(a)
    assert v["Monday"] == "2025-03-03"
    assert v["Friday"] == "2025-03-07"
    assert v["14 March"] == "2025-03-14"
    assert all(t.anchor == "2025-03-05" for t in a.times)


def test_a_timestamped_post_anchors_its_own_times(analyze):
    text = ("Live updates\n09:10\nDrones hit Kherson overnight.\n\n"
            "Night falls\nTomorrow the council meets again.")
    a = analyze(text, published="2025-03-05")
    v = values(a)
    assert v["overnight"] == "2025-03-04TNI"
    assert v["Tomorrow"] == "2025-03-06"


def test_no_publication_date_no_guessed_values(analyze):
    a = analyze("The talks will resume tomorrow, officials said.")
    assert [(t.text, t.value) for t in a.times] == [("tomorrow", None)]


def test_a_time_standing_alone_as_a_sentence(analyze):
    # a time with no verb above it (a dateline, a headline) once looped for ever
    a = analyze("Talks resume.\nTomorrow.", published="2025-03-03")
    assert [(t.text, t.value) for t in a.times] == [("Tomorrow", "2025-03-04")]


def test_a_year_earlier_in_a_results_report_is_the_same_quarter(analyze):
    a = analyze("Profit rose 12% in the third quarter, compared with a loss a year earlier.",
                published="2024-10-24")
    assert [(t.text, t.value) for t in a.times] == [
        ("the third quarter", "2024-Q3"), ("a year earlier", "2023-Q3")]


def test_a_thursday_live_blog_dates_its_week(analyze):
    a = analyze("Keir Starmer will host European leaders in London on Sunday. Emmanuel Macron "
                "met Donald Trump on Monday. EU leaders hold a special summit on 6 March. "
                "Russia is expected to respond on Friday.", published="2025-02-27")
    v = values(a)
    assert v["Sunday"] == "2025-03-02"
    assert v["Monday"] == "2025-02-24"
    assert v["6 March"] == "2025-03-06"
    assert v["Friday"] == "2025-02-28"


def test_figures_the_model_calls_dates_are_not_times(analyze):
    a = analyze("Between 30 and 40 tanks were damaged. Talks could last five weeks.",
                published="2025-02-27")
    assert [(t.text, t.type, t.value) for t in a.times] == [("five weeks", "DURATION", "P5W")]
