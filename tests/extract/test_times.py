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


def test_extents_follow_timeml_determiners_and_modifiers_in_prepositions_out(analyze):
    a = analyze("Output fell in the third quarter of 2024 and again in early December. The "
                "minister said on Saturday, 1 March that the talks begin at 9 a.m. Tuesday.",
                published="2025-03-03")
    v = values(a)
    assert v["the third quarter of 2024"] == "2024-Q3"
    assert v["early December"] == "2024-12"
    assert v["Saturday, 1 March"] == "2025-03-01"
    assert v["9 a.m. Tuesday"] == "2025-03-04T09:00"


def test_rates_ages_ordinals_and_names_are_not_times(analyze):
    a = analyze("The 37 years old pilot flew four sorties a week; the state spends $5 million "
                "a year. A second convoy arrived. Theresa May spoke to Jan Kubis.",
                published="2025-03-03")
    assert [t.text for t in a.times] == []


def test_a_relative_day_inside_quoted_words_is_less_sure_than_one_in_the_narrative(analyze):
    a = analyze("“We will sign it tomorrow,” the minister said. Talks resume tomorrow.",
                published="2025-03-03")
    quoted, told = [t for t in a.times if t.text == "tomorrow"]
    assert quoted.value == told.value == "2025-03-04"
    assert quoted.confidence < told.confidence == 1.0


def test_a_weekday_in_the_present_progressive_is_a_plan_a_bare_participle_is_not(analyze):
    # published on a Thursday: Tuesday is two days back, five ahead
    a = analyze("Macron is hosting a summit on Tuesday. Shares closing lower Tuesday "
                "weighed on the index.", published="2025-02-27")
    found = [(t.text, t.value) for t in a.times]
    assert found == [("Tuesday", "2025-03-04"), ("Tuesday", "2025-02-25")]


def test_a_quarterly_dividend_is_no_time_but_paying_quarterly_is(analyze):
    a = analyze("The company raised its quarterly dividend. It will pay quarterly.")
    assert [(t.text, t.type) for t in a.times] == [("quarterly", "SET")]


def test_a_quoted_tomorrow_is_anchored_to_the_day_the_words_were_spoken(analyze):
    a = analyze('"We will sign the deal tomorrow," the minister said on Tuesday.\n\n'
                '"Tomorrow we talk again," an aide added.', published="2025-02-27")
    first, said, second = a.times
    assert (first.text, first.value, first.anchor) == ("tomorrow", "2025-02-26", "2025-02-25")
    assert said.value == "2025-02-25"
    # no day given for the aide's words: the post's date, flagged as less sure
    assert (second.value, second.confidence) == ("2025-02-28", 0.5)


def test_clock_times_take_the_day_their_sentence_names(analyze):
    a = analyze("The ceasefire ends at 5 p.m. EET March 9. On 1 March the strike hit at "
                "10:35 a.m., officials said. Talks resumed at mid-afternoon yesterday.",
                published="2025-03-04")
    v = values(a)
    assert v["5 p.m. EET March 9"] == "2025-03-09T17:00"
    assert v["10:35 a.m."] == "2025-03-01T10:35"
    assert v["mid-afternoon yesterday"] == "2025-03-03TAF"


def test_a_plan_told_in_the_pluperfect_is_over(analyze):
    a = analyze("The truce had been due to expire on Friday.", published="2025-03-03")
    assert values(a)["Friday"] == "2025-02-28"


def test_a_year_that_ended_is_a_stretch_of_time_a_quarter_the_one_reported(analyze):
    # results annotators (TimeML) write "the quarter ended Sept. 30" as the quarter, a date
    a = analyze("Revenue rose 8% in the year ended June 30, and fell in the quarter ending "
                "Sept. 30.", published="2025-10-20")
    found = {t.text: (t.type, t.value) for t in a.times}
    assert found["the year"] == ("DURATION", "P1Y")
    assert found["the quarter"] == ("DATE", "2025-Q3")


def test_a_deadline_or_start_date_is_the_nearest_whatever_the_tense(analyze):
    # a past-tense telling of a deadline still points at the coming date
    a = analyze("The court ruled that the convoy must leave by 4 January. The ministry gave "
                "the mission until mid-January to report, and named a new envoy, effective "
                "2 February.", published="2025-12-29")
    v = values(a)
    assert v["4 January"] == "2026-01-04"
    assert v["mid-January"] == "2026-01"
    assert v["2 February"] == "2026-02-02"


def test_a_modal_leaves_the_direction_open_a_participle_after_its_noun_is_past(analyze):
    a = analyze("The envoy decided the talks should resume on 3 January. The index is near "
                "the record set on 20 December.", published="2025-12-30")
    v = values(a)
    assert v["3 January"] == "2026-01-03"
    assert v["20 December"] == "2025-12-20"


def test_days_later_count_from_an_event_not_from_the_post(analyze):
    a = analyze("The shelling stopped on 2 March. Three days later, the convoy moved. A year "
                "earlier, the same road had been closed.", published="2025-03-20")
    got = [(t.text, t.type, t.value) for t in a.times]
    assert ("Three days", "DURATION", "P3D") in got
    assert ("A year earlier", "DATE", "2024") in got


def test_a_deadline_set_in_the_past_tense_lies_ahead(analyze):
    a = analyze("The ministry extended the deadline to 14 March, officials said.",
                published="2025-03-05")
    assert values(a)["14 March"] == "2025-03-14"


def test_a_paper_called_today_is_no_date(analyze):
    a = analyze("The senator told USA Today that the vote would wait until Friday.",
                published="2025-03-05")
    assert [t.text for t in a.times] == ["Friday"]


def test_a_bare_clock_takes_the_day_a_time_beside_it_names(analyze):
    a = analyze("The strike began at 4 a.m. Friday and the first drones hit at 7 in the "
                "morning.", published="2025-03-05")
    v = values(a)
    assert v["4 a.m. Friday"] == "2025-02-28T04:00"
    assert v["7 in the morning"] == "2025-02-28T07:00"


def test_a_year_after_pre_or_post_keeps_its_word(analyze):
    a = analyze("Kyiv wants its pre-2014 borders back.", published="2025-03-05")
    assert [(t.text, t.value) for t in a.times] == [("pre-2014", "2014")]


def test_the_quarter_of_a_results_report_is_the_one_it_reports(analyze):
    # a fiscal quarter named in the lead is the one "the quarter" and "the latest period"
    # mean, not the calendar quarter before the anchor; "the 2023 period" is that quarter
    # a year before, and so is a "year-ago" result
    a = analyze("Acme posted a loss for its fiscal first quarter ended Sept. 30. Sales in the "
                "latest period fell 4%, and in the quarter costs rose. In the 2023 period it "
                "earned $3 million. Year-ago results included a gain.", published="2024-10-24")
    v = values(a)
    assert v["fiscal first quarter"] == "2024-Q1"
    assert v["the latest period"] == "2024-Q1"
    assert v["the quarter"] == "2024-Q1"
    assert v["the 2023 period"] == "2023-Q1"
    assert v["Year-ago"] == "2023-Q1"


def test_a_year_ago_compares_with_the_reported_quarter_not_a_forecast_one(analyze):
    # the quarter a forecast names (ahead of the anchor) or a history names (years back)
    # is not what "a year ago" compares with
    a = analyze("Profit rose in the third quarter. The company expects gains in the second "
                "quarter of 2025. Sales rose from a year ago.", published="2024-10-24")
    assert values(a)["a year ago"] == "2023-Q3"


def test_coming_stays_in_its_time(analyze):
    # the tagger reads "coming" as a verb; it is part of the expression, as "following" is
    a = analyze("The fleet will shrink in the coming years.", published="2024-05-02")
    assert [t.text for t in a.times] == ["coming years"]


def test_a_day_after_since_is_behind_the_anchor(analyze):
    # no verb to give a tense: "since" alone says the day has passed, though the next
    # January 1 is nearer to an autumn anchor than the last
    a = analyze("The city counts 900 burglaries since January 1, the mayor's figures show.",
                published="2024-10-02")
    assert values(a)["January 1"] == "2024-01-01"


def test_a_show_called_daily_is_no_set(analyze):
    a = analyze("The mayor told Harbour Radio Daily on Tuesday that fares rise daily.",
                published="2025-03-05")
    assert [(t.text, t.type) for t in a.times] == [("Tuesday", "DATE"), ("daily", "SET")]


def test_a_weekday_in_a_past_passive_looks_back(analyze):
    a = analyze("The appeal was rejected on Friday by the court.", published="2025-03-05")
    assert values(a)["Friday"] == "2025-02-28"


def test_a_show_called_now_and_a_day_to_day_basis_are_no_times(analyze):
    a = analyze("She hosts Morning Forum Now, and on a day-to-day basis she reads the papers "
                "now.", published="2025-03-05")
    assert [t.text for t in a.times] == ["now"]


def test_a_weekday_owning_an_event_told_in_the_past_looks_back(analyze):
    # Thursday's anchor: the nearest Friday is tomorrow, but the ruling already angered them
    a = analyze("Friday's ruling angered the farmers.", published="2025-03-06")
    assert values(a)["Friday"] == "2025-02-28"


def test_a_weekday_on_a_noun_in_a_report_told_in_the_past_looks_back(analyze):
    # on a Monday, Thursday is 3 days ahead and 4 back; the sentence is told in the past
    a = analyze("The price was 20% above the level of Thursday.",
                published="2025-03-03")
    assert values(a)["Thursday"] == "2025-02-27"


def test_a_greeting_is_no_time(analyze):
    a = analyze("Good evening from the harbour, where boats left this morning.",
                published="2025-03-05")
    assert [t.text for t in a.times] == ["this morning"]


def test_a_price_per_night_or_hour_is_a_rate_not_a_duration(analyze):
    a = analyze("Rooms cost $80 a night and guides earn $15 an hour; the town was an hour away.",
                published="2025-03-05")
    assert [t.text for t in a.times] == ["an hour"] and a.times[0].start > 60


def test_a_quarter_of_something_is_a_share_not_a_time(analyze):
    a = analyze("More than a quarter of the voters stayed home, and the plant stood idle for a "
                "quarter of a century.", published="2025-03-05")
    assert "More than a quarter" not in [t.text for t in a.times]


def test_last_years_quarter_is_the_reported_quarter_a_year_back(analyze):
    a = analyze("Acme earned $5 million in its fiscal second quarter, up from $3 million in the "
                "same period last year; sales for last year's quarter were flat.",
                published="2024-11-04")
    v = values(a)
    assert v["the same period last year"] == "2023-Q2"
    assert v["last year's quarter"] == "2023-Q2"


def test_a_deadline_told_in_the_future_lies_ahead(analyze):
    # in March, last August is nearer than the next, but the deadline is still to come
    a = analyze("The ferry line will add three sailings by August.", published="2025-03-05")
    assert values(a)["August"] == "2025-08"


def test_todays_world_is_the_present_not_the_day(analyze):
    a = analyze("In today's world a phone is a bank, and today's vote is close.",
                published="2025-03-05")
    assert [(t.text, t.value) for t in a.times] == [("today", "PRESENT_REF"),
                                                    ("today", "2025-03-05")]


def test_one_day_after_a_modal_is_some_day_to_come(analyze):
    a = analyze("The port could one day rival Rotterdam, though the strike will last one day.",
                published="2025-03-05")
    assert [(t.text, t.value) for t in a.times] == [("one day", "FUTURE_REF"),
                                                    ("one day", "P1D")]


def test_a_month_naming_a_march_is_no_time(analyze):
    a = analyze("Thousands joined the annual March for Peace in the capital in March.",
                published="2025-04-05")
    assert [(t.text, t.start > 40) for t in a.times] == [("March", True)]


def test_a_quarter_ended_on_a_day_is_the_quarter_holding_most_of_it(analyze):
    # May to July is mostly the second quarter
    a = analyze("In the quarter ended July 31, sales fell 3%.", published="2025-10-20")
    assert values(a)["the quarter"] == "2025-Q2"


def test_the_previous_weekday_counts_from_the_day_named(analyze):
    a = analyze("The index closed at 410 on Friday, down 3% from the previous Friday.",
                published="2025-03-03")
    v = values(a)
    assert v["Friday"] == "2025-02-28"
    assert v["the previous Friday"] == "2025-02-21"


def test_a_name_the_model_reads_as_a_season_is_no_time(analyze):
    a = analyze("The Prague Spring ended in 1968.", published="2013-03-20")
    assert [(t.text, t.value) for t in a.times] == [("1968", "1968")]


def test_one_day_to_come_is_the_future_but_a_day_long_is_a_duration(analyze):
    a = analyze("He said the war would end one day. The summit will last one day. "
                "The strike lasted one day.", published="2013-03-20")
    assert [(t.text, t.type, t.value) for t in a.times] == [
        ("one day", "DATE", "FUTURE_REF"), ("one day", "DURATION", "P1D"),
        ("one day", "DURATION", "P1D")]


def test_a_wire_hour_takes_the_day_its_sentence_names(analyze):
    a = analyze("The truce began at 0900 GMT on Saturday.", published="2013-03-20")
    assert values(a) == {"0900 GMT": "2013-03-16T09:00", "Saturday": "2013-03-16"}


def test_a_day_told_from_another_before_any_date_is_named_takes_the_posts(analyze):
    a = analyze("The minister had resigned the previous week.", published="2013-03-20")
    assert values(a) == {"the previous week": "2013-W11"}


def test_a_weekday_event_ahead_of_which_things_happen_is_still_to_come(analyze):
    a = analyze("Campaigning ended ahead of Sunday's vote. Violence surged in the run-up to "
                "Saturday's election. Tensions rose after Friday's rally.",
                published="2013-03-20")
    assert values(a) == {"Sunday": "2013-03-24", "Saturday": "2013-03-23",
                         "Friday": "2013-03-15"}
    a = analyze("Security was tight ahead of the funeral on Friday.", published="2013-03-20")
    assert values(a) == {"Friday": "2013-03-22"}


def test_since_the_summer_told_in_march_is_last_summer(analyze):
    a = analyze("Troops have been deployed since the summer.", published="2013-03-20")
    assert values(a) == {"the summer": "2012-SU"}


def test_a_line_that_opens_with_its_time_keeps_it(analyze):
    text = ("Next Week: envoys return to Vienna for the grain talks\n"
            "Last Night drones were shot down over the harbour, the navy said.\n"
            "Ferry Service Suspended Within Days\n"
            "Crews spoke to the \u201cThis Week\u201d programme about the blockade.\n"
            "60 Minutes aired the interview.")
    a = analyze(text, published="2025-03-05")
    v = values(a)
    assert v["Next Week"] == "2025-W11"
    assert v["Last Night"] == "2025-03-04TNI"
    assert v["Days"] == "PXD"
    assert "This Week" not in v  # a show's title, in quotes mid-sentence
    assert "60 Minutes" not in v  # a count opening the line is the show's name


def test_hours_ago_counts_from_the_posts_time(analyze):
    text = ("Coast live\n14:40\nFerry hit\nA missile struck the ferry two hours ago, the "
            "harbour master said. Rescuers reached it 30 minutes ago.")
    a = analyze(text, published="2025-03-05")
    v = values(a)
    assert v["two hours ago"] == "2025-03-05T12:40"
    assert v["30 minutes ago"] == "2025-03-05T14:10"
    b = analyze("Two hours ago a missile struck the ferry. Four days ago another hit the pier.",
                published="2025-03-05")
    w = {t.text: (t.type, t.value, t.confidence) for t in b.times}
    assert w["Two hours ago"] == ("DATE", "2025-03-05", 0.8)  # the day; the hour unknown
    assert w["Four days ago"] == ("DATE", "2025-03-01", 1.0)


def test_the_early_hours_take_the_day_of_the_telling(analyze):
    a = analyze("Power failed across the city in the early hours, engineers said.",
                published="2025-03-05")
    assert [(t.text, t.type, t.value) for t in a.times] == [
        ("the early hours", "TIME", "2025-03-05TMO")]


def test_a_year_ago_far_from_any_quarter_is_the_year(analyze):
    filler = ("Aid convoys crossed the river at dawn and unloaded flour, fuel and medicine "
              "at the depot on the edge of the town. ") * 9
    text = ("The grain exporter's profit fell in the first quarter, its chairman said.\n\n"
            f"{filler}\n\nThe border crossing was closed a year ago after the shelling.")
    a = analyze(text, published="2025-05-20")
    v = values(a)
    assert v["the first quarter"] == "2025-Q1"
    assert v["a year ago"] == "2024"


def test_a_weekday_set_has_no_direction_to_doubt(analyze):
    a = analyze("The market is closed on Sundays.", published="2025-03-05")
    assert [(t.text, t.type, t.value, t.confidence) for t in a.times] == [
        ("Sundays", "SET", "XXXX-WXX-7", 1.0)]


def test_an_infinitive_the_tagger_reads_as_a_noun_still_looks_ahead(analyze):
    a = analyze("The ceasefire talks are due to end on Wednesday.", published="2025-03-07")
    assert values(a)["Wednesday"] == "2025-03-12"


def test_a_clause_of_time_in_the_present_takes_its_main_verbs_tense(analyze):
    a = analyze("The firm will publish its results after the market closes on Tuesday.",
                published="2025-03-07")
    assert values(a)["Tuesday"] == "2025-03-11"
