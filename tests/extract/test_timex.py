"""The TIMEX3 normaliser alone: values as TimeML writes them, anchored and tensed."""

from datetime import date

import pytest

from sitroom.extract.timex import normalize

THURSDAY = date(2025, 2, 27)


@pytest.mark.parametrize("text,tense,expected", [
    ("on Wednesday", "past", ("DATE", "2025-02-26")),
    ("on Sunday", "future", ("DATE", "2025-03-02")),
    ("on Friday", "future", ("DATE", "2025-02-28")),
    ("Monday", "past", ("DATE", "2025-02-24")),
    ("Monday", None, ("DATE", "2025-02-24")),  # no tense: the nearer Monday
    ("Saturday", None, ("DATE", "2025-03-01")),
    ("later on Thursday", None, ("DATE", "2025-02-27")),
    ("tomorrow", None, ("DATE", "2025-02-28")),
    ("yesterday", None, ("DATE", "2025-02-26")),
    ("6 March", None, ("DATE", "2025-03-06")),
    ("on 12 February", "past", ("DATE", "2025-02-12")),
    ("December 28", None, ("DATE", "2024-12-28")),
    ("3 March 2022", None, ("DATE", "2022-03-03")),
    ("March 2022", None, ("DATE", "2022-03")),
    ("2024", None, ("DATE", "2024")),
    ("last week", None, ("DATE", "2025-W08")),
    ("next month", None, ("DATE", "2025-03")),
    ("overnight", None, ("TIME", "2025-02-26TNI")),
    ("Thursday morning", None, ("TIME", "2025-02-27TMO")),
    ("the past 24 hours", None, ("DURATION", "PT24H")),
    ("five weeks", None, ("DURATION", "P5W")),
    ("months", None, ("DURATION", "PXM")),
    ("three days ago", None, ("DATE", "2025-02-24")),
    ("daily", None, ("SET", "P1D")),
    ("now", None, ("DATE", "PRESENT_REF")),
    ("recently", None, ("DATE", "PAST_REF")),
    ("the third quarter", None, ("DATE", "2024-Q3")),
    ("first-quarter", None, ("DATE", "2025-Q1")),
    ("the latest quarter", None, ("DATE", "2024-Q4")),
    ("the year-ago quarter", None, ("DATE", "2023-Q4")),
    ("last winter", None, ("DATE", "2024-WI")),
    ("earlier this year", None, ("DATE", "2025")),
])
def test_values(text, tense, expected):
    assert normalize(text, THURSDAY, tense) == expected


def test_without_an_anchor_relative_values_stay_unknown():
    assert normalize("tomorrow", None) == ("DATE", None)
    assert normalize("on Sunday", None, "future") == ("DATE", None)
    assert normalize("6 March", None) == ("DATE", "XXXX-03-06")
    assert normalize("12 June 2024", None) == ("DATE", "2024-06-12")


def test_nonsense_is_not_a_time():
    for text in ("Blursday", "the 45th of Smarch", "31 Februaryish", ""):
        found = normalize(text, THURSDAY)
        assert found is None or found[1] is None


@pytest.mark.parametrize("text,expected", [
    ("in recent years", ("DURATION", "PXY")),
    ("this morning", ("TIME", "2025-02-27TMO")),
    ("next week", ("DATE", "2025-W10")),
    ("this year", ("DATE", "2025")),
    ("last month", ("DATE", "2025-01")),
    ("the past 24 hours", ("DURATION", "PT24H")),
    ("24 hours", ("DURATION", "PT24H")),
    ("tonight", ("TIME", "2025-02-27TNI")),
])
def test_news_phrases_the_small_model_misses(text, expected):
    assert normalize(text, THURSDAY) == expected


def test_a_day_month_near_the_new_year_takes_the_nearest_year():
    new_year = date(2025, 1, 3)
    assert normalize("28 December", new_year) == ("DATE", "2024-12-28")
    assert normalize("5 January", date(2024, 12, 30)) == ("DATE", "2025-01-05")


def test_ten_thousand_expressions_normalise_in_well_under_a_second():
    import time

    t0 = time.perf_counter()
    for text in ["on Sunday", "12 February", "the past 24 hours", "last week", "Blursday"] * 2000:
        normalize(text, THURSDAY, "future")
    assert time.perf_counter() - t0 < 1.0


def test_any_text_normalises_without_error():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.text(max_size=40), st.sampled_from([None, "past", "future"]),
           st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    def check(text, tense, anchor):
        found = normalize(text, anchor, tense)
        assert found is None or found[0] in ("DATE", "TIME", "DURATION", "SET")

    check()
    for day in ("on Sunday", "31 February", "29 February", "0 March", "12 February"):
        normalize(day, date(2024, 2, 29), "past")


@pytest.mark.parametrize("text,expected", [
    ("almost four years ago", ("DATE", "2021")),
    ("two more weeks", ("DURATION", "P2W")),
    ("a couple of years", ("DURATION", "P2Y")),
    ("nineteen ninety-six", ("DATE", "1996")),
    ("the year two thousand", ("DATE", "2000")),
    ("the 20th century", ("DATE", "19")),
    ("the nineties", ("DATE", "199")),
    ("the year-earlier period", ("DATE", "2023-Q4")),
    ("year-ago", ("DATE", "2024")),
    ("the near future", ("DATE", "FUTURE_REF")),
    ("by year's end", ("DATE", "2025")),
    ("the end of the year", ("DATE", "2025")),
    ("year-end", ("DATE", "2025-12-31")),
    ("the current year", ("DATE", "2025")),
    ("the summer", ("DATE", "2025-SU")),
    ("every quarter", ("SET", "P1Q")),
])
def test_more_news_phrases(text, expected):
    assert normalize(text, THURSDAY) == expected


def test_dates_told_relative_to_the_last_one_named():
    from sitroom.extract.timex import relative_to

    assert relative_to("later that year", "1998-06") == ("DATE", "1998")
    assert relative_to("the following day", "2025-02-12") == ("DATE", "2025-02-13")
    assert relative_to("that same day", "2025-02-12TNI") == ("DATE", "2025-02-12")
    assert relative_to("the following month", "2025-12-30") == ("DATE", "2026-01")
    assert relative_to("the following year", None) == ("DATE", None)
    assert relative_to("next year", "2025") is None


@pytest.mark.parametrize("text,anchor,tense,expected", [
    # leap days: the nearest 29 February that exists
    ("29 February", date(2024, 3, 5), "past", "2024-02-29"),
    ("29 February", date(2025, 3, 1), None, "2024-02-29"),
    ("yesterday", date(2024, 3, 1), None, "2024-02-29"),
    # ISO weeks run Monday to Sunday: on a Sunday "this week" is the one ending that day
    ("this week", date(2025, 3, 2), None, "2025-W09"),
    ("next week", date(2025, 3, 2), None, "2025-W10"),
    ("last week", date(2025, 3, 2), None, "2025-W08"),
    # year boundaries
    ("next week", date(2024, 12, 29), None, "2025-W01"),
    ("this week", date(2024, 12, 30), None, "2025-W01"),
    ("last week", date(2025, 1, 1), None, "2024-W52"),
    ("next month", date(2024, 12, 15), None, "2025-01"),
    ("last year", date(2025, 1, 2), None, "2024"),
    ("tomorrow", date(2024, 12, 31), None, "2025-01-01"),
])
def test_leap_days_sundays_and_year_boundaries(text, anchor, tense, expected):
    assert normalize(text, anchor, tense) == ("DATE", expected)


@pytest.mark.parametrize("text", ["31 February", "February 30, 2025", "5 p.m. EET Feb. 30",
                                  "30 February 2024"])
def test_a_day_the_calendar_lacks_keeps_no_value(text):
    kind, value = normalize(text, THURSDAY)
    assert kind in ("DATE", "TIME") and value is None


@pytest.mark.parametrize("text,expected", [
    ("the past decade", ("DURATION", "P10Y")),
    ("two decades", ("DURATION", "P20Y")),
    ("the last twenty four hours", ("DURATION", "PT24H")),
    ("forty-eight hours", ("DURATION", "PT48H")),
])
def test_decades_in_years_and_spelled_out_hours(text, expected):
    assert normalize(text, THURSDAY) == expected


@pytest.mark.parametrize("text,expected", [
    ("each Thursday", ("SET", "XXXX-WXX-4")),
    ("Mondays", ("SET", "XXXX-WXX-1")),
    ("every Friday morning", ("SET", "XXXX-WXX-5TMO")),
])
def test_weekdays_that_recur_are_sets(text, expected):
    assert normalize(text, THURSDAY) == expected


def test_in_the_past_is_the_time_before_now_but_the_past_week_is_a_week():
    from sitroom.extract.timex import find

    text = "As in the past, Moscow denied it. In the past week, strikes doubled."
    assert [text[s:e] for s, e in find(text)] == ["the past", "the past week"]
    assert normalize("the past", THURSDAY) == ("DATE", "PAST_REF")


@pytest.mark.parametrize("text,expected", [
    # a half is told in the next smaller unit
    ("two and a half years", ("DURATION", "P2Y6M")),
    ("a year and a half", ("DURATION", "P1Y6M")),
    ("5 1/2 hours", ("DURATION", "PT5H30M")),
    ("half an hour", ("DURATION", "PT30M")),
    ("a day and a half", ("DURATION", "PT36H")),
    ("three and a half weeks", ("DURATION", "P3.5W")),
    ("nearly two-and-a-half decades", ("DURATION", "P25Y")),
    # how often is a set
    ("every two years", ("SET", "P2Y")),
    ("once a year", ("SET", "P1Y")),
    ("twice a week", ("SET", "P1W")),
    ("every few days", ("SET", "PXD")),
])
def test_halves_and_frequencies_are_found_whole_and_read(text, expected):
    from sitroom.extract.timex import find

    sentence = f"Convoys crossed for {text}, officials said."
    assert [sentence[s:e] for s, e in find(sentence)] == [text]
    assert normalize(text, THURSDAY) == expected


def test_this_past_and_this_coming_point_back_and_forward():
    assert normalize("this past weekend", THURSDAY) == ("DATE", "2025-W08-WE")
    assert normalize("this past Thursday", THURSDAY) == ("DATE", "2025-02-20")
    assert normalize("this coming Thursday", THURSDAY) == ("DATE", "2025-03-06")
    assert normalize("this coming Saturday", THURSDAY) == ("DATE", "2025-03-01")


def test_years_later_count_from_an_event_but_a_year_earlier_is_last_year():
    from sitroom.extract.timex import find

    text = "He was elected in 2016 and re-elected four years later; a year earlier, he lost."
    assert [text[s:e] for s, e in find(text)] == ["2016", "four years", "a year earlier"]
    assert normalize("four years", THURSDAY) == ("DURATION", "P4Y")


@pytest.mark.parametrize("text,expected", [
    ("the summer of 2019", ("DATE", "2019-SU")),
    ("the fall of 2008", ("DATE", "2008-FA")),
    ("the winter of last year", ("DATE", "2024-WI")),
    ("the first half of the year", ("DATE", "2025-H1")),
    ("the second half of 2023", ("DATE", "2023-H2")),
    ("the latter half of next year", ("DATE", "2026-H2")),
])
def test_a_season_or_half_of_a_named_year_is_found_whole(text, expected):
    from sitroom.extract.timex import find

    sentence = f"Grain exports slumped in {text}, traders said."
    assert [sentence[s:e] for s, e in find(sentence)] == [text]
    assert normalize(text, THURSDAY) == expected


def test_the_fall_of_a_city_is_no_season():
    from sitroom.extract.timex import find

    text = "After the fall of the capital, the army regrouped."
    assert find(text) == []


def test_the_weekend_is_the_one_just_gone_unless_the_verb_looks_ahead():
    monday = date(2025, 3, 3)  # ISO week 10; the weekend before it is in week 9
    assert normalize("the weekend", monday, "past") == ("DATE", "2025-W09-WE")
    assert normalize("the weekend", monday, None) == ("DATE", "2025-W09-WE")
    assert normalize("the weekend", monday, "future") == ("DATE", "2025-W10-WE")
    assert normalize("the weekend", date(2025, 3, 2), "past") == ("DATE", "2025-W09-WE")


def test_earlier_in_the_year_is_the_year_of_the_telling():
    from sitroom.extract.timex import find

    text = "Later in the week the envoys left; earlier in the year they had met twice."
    assert [text[s:e] for s, e in find(text)] == ["Later in the week", "earlier in the year"]
    assert normalize("Later in the week", THURSDAY) == ("DATE", "2025-W09")
    assert normalize("earlier in the year", THURSDAY) == ("DATE", "2025")
    assert normalize("later in the month", THURSDAY) == ("DATE", "2025-02")


def test_a_past_tense_day_a_few_weeks_ahead_is_a_deadline_not_last_year():
    # "the ministry extended the deadline to 14 March", told on 5 March
    assert normalize("14 March", date(2025, 3, 5), "past") == ("DATE", "2025-03-14")
    assert normalize("2 April", date(2025, 3, 5), "past") == ("DATE", "2025-04-02")
    # months ahead, the past tense still points back
    assert normalize("20 June", date(2025, 3, 5), "past") == ("DATE", "2024-06-20")


def test_a_bare_plural_after_for_within_in_is_an_unsaid_duration():
    from sitroom.extract.timex import find

    text = ("The road was closed for weeks; repairs will start within days. It was the worst "
            "flood in years, though ten years ago one was worse.")
    assert [text[s:e] for s, e in find(text)] == ["weeks", "days", "years", "ten years ago"]
    assert normalize("weeks", THURSDAY) == ("DURATION", "PXW")
    assert normalize("days", THURSDAY) == ("DURATION", "PXD")


def test_a_weekday_named_with_the_date_picks_the_year_it_falls_in():
    # told on Thursday 20 March 2025: "will be sworn in on Tuesday, 18 March" is two days
    # back (that Tuesday), not 18 March 2026, whatever the tense says
    thursday = date(2025, 3, 20)
    assert normalize("Tuesday, 18 March", thursday, "future") == ("DATE", "2025-03-18")
    assert normalize("Wednesday, March 18", thursday, "future") == ("DATE", "2026-03-18")
    # a weekday no nearby year fits: the date as told
    assert normalize("Friday, 18 March", thursday, None) == ("DATE", "2025-03-18")


def test_shows_and_papers_named_like_times_are_not_times():
    from sitroom.extract.timex import find

    text = ('She told USA Today on Monday she had watched "Face the Nation" and CBS\'s '
            '"48 Hours" last week. Today the panel meets; "This Week" airs on Sunday.')
    assert [text[s:e] for s, e in find(text)] == ["Monday", "last week", "Today", "Sunday"]
    holidays = "Shops close on Thanksgiving Day and New Year's Day."
    assert [holidays[s:e] for s, e in find(holidays)] == ["Thanksgiving Day", "New Year's Day"]


@pytest.mark.parametrize("text,expected", [
    ("a year-long", ("DURATION", "P1Y")),
    ("two-week-long", ("DURATION", "P2W")),
    ("an hours-long", ("DURATION", "PTXH")),
    ("the months ahead", ("DATE", "FUTURE_REF")),
])
def test_long_adjectives_are_durations_and_the_weeks_ahead_the_future(text, expected):
    from sitroom.extract.timex import find

    sentence = f"Envoys braced for {text} standoff, aides said."
    spans = [sentence[s:e] for s, e in find(sentence)]
    bare = text.removeprefix("a ").removeprefix("an ")
    assert spans == [bare]
    assert normalize(bare, THURSDAY) == expected


@pytest.mark.parametrize("text,expected", [
    ("years ago", ("DATE", "PAST_REF")),
    ("decades ago", ("DATE", "PAST_REF")),
    ("nowadays", ("DATE", "PRESENT_REF")),
    ("10 o'clock", ("TIME", "2025-02-27T10:00")),
    ("5 in the afternoon", ("TIME", "2025-02-27T17:00")),
    ("9:30 in the morning", ("TIME", "2025-02-27T09:30")),
    ("the end of the decade", ("DATE", "202")),
])
def test_unsaid_pasts_clock_words_and_the_decade(text, expected):
    from sitroom.extract.timex import find

    sentence = f"Aides said that {text} the port was shut."
    assert [sentence[s:e] for s, e in find(sentence)] == [text]
    assert normalize(text, THURSDAY) == expected


def test_an_unsaid_number_of_years_ago_is_the_past():
    assert normalize("several years ago", THURSDAY) == ("DATE", "PAST_REF")
    assert normalize("a few weeks ago", THURSDAY) == ("DATE", "PAST_REF")
    assert normalize("two weeks ago", THURSDAY) == ("DATE", "2025-W07")


def test_over_the_years_and_for_a_while_are_durations():
    from sitroom.extract.timex import find

    text = "Over the years the dam leaked; it was shut for a while, once in a while."
    assert [text[s:e] for s, e in find(text)] == ["the years", "a while"]
    assert normalize("the years", THURSDAY) == ("DURATION", "PXY")
    assert normalize("a while", THURSDAY) == ("DURATION", "PXX")


@pytest.mark.parametrize("text,expected", [
    ("thirteen days", ("DURATION", "P13D")),
    ("no more than sixty days", ("DURATION", "P60D")),
    ("twenty-five years", ("DURATION", "P25Y")),
    ("thirty six hours", ("DURATION", "PT36H")),
    ("ninety minutes", ("DURATION", "PT90M")),
    ("less than an hour", ("DURATION", "PT1H")),
])
def test_spelled_numbers_of_any_size_are_read(text, expected):
    from sitroom.extract.timex import find

    sentence = f"The ceasefire held for {text}, monitors said."
    assert [sentence[s:e] for s, e in find(sentence)] == [text]
    assert normalize(text, THURSDAY) == expected


def test_trading_days_and_a_year_with_pre_or_post():
    from sitroom.extract.timex import find

    text = "Bonds slid for six trading days."
    assert [text[s:e] for s, e in find(text)] == ["six trading days"]
    assert normalize("six trading days", THURSDAY) == ("DURATION", "P6D")
    assert normalize("three business days", THURSDAY) == ("DURATION", "P3D")
    assert normalize("post-2014", THURSDAY) == ("DATE", "2014")
    assert normalize("pre-1991", THURSDAY) == ("DATE", "1991")


def test_current_before_its_noun_is_the_present():
    from sitroom.extract.timex import find

    text = ("The current truce is fragile; the then-current envoy left, and the current "
            "account deficit grew. The current swept boats away.")
    assert [text[s:e] for s, e in find(text)] == ["current", "then-current", "current"]
    assert normalize("current", THURSDAY) == ("DATE", "PRESENT_REF")
    assert normalize("then-current", THURSDAY) == ("DATE", "PAST_REF")


def test_last_before_a_day_month_leaves_the_month_to_its_day():
    from sitroom.extract.timex import find

    text = "The depot burned last Oct. 23, and again last May."
    assert [text[s:e] for s, e in find(text)] == ["Oct. 23", "last May"]


def test_a_month_with_its_year_read_out():
    from sitroom.extract.timex import find

    text = "The siege began in October nineteen ninety-two, the anchor said."
    assert [text[s:e] for s, e in find(text)] == ["October nineteen ninety-two"]
    assert normalize("October nineteen ninety-two", THURSDAY) == ("DATE", "1992-10")


@pytest.mark.parametrize("text,expected", [
    ("Palm Sunday", "2025-04-13"),  # Easter 2025 fell on 20 April
    ("Good Friday", "2025-04-18"),
    ("Holy Thursday", "2025-04-17"),
    ("Easter Monday", "2025-04-21"),
    ("Ash Wednesday", "2025-03-05"),
    ("Halloween", "2025-10-31"),
])
def test_feasts_counted_from_easter_and_fixed_holidays(text, expected):
    from sitroom.extract.timex import find

    sentence = f"The square will be closed on {text}, police said."
    assert [sentence[s:e] for s, e in find(sentence)] == [text]
    assert normalize(text, THURSDAY, "future") == ("DATE", expected)


def test_slashed_dates_with_a_year():
    from sitroom.extract.timex import find

    text = "The order dated 3/15/2024 was void; about 3/4 of units left by 25/12/2024."
    assert [text[s:e] for s, e in find(text)] == ["3/15/2024", "25/12/2024"]
    assert normalize("3/15/2024", THURSDAY) == ("DATE", "2024-03-15")
    assert normalize("25/12/2024", THURSDAY) == ("DATE", "2024-12-25")


def test_the_week_of_a_date_is_that_dates_week():
    from sitroom.extract.timex import find

    text = "The envoys return the week of March 10, aides said."
    assert [text[s:e] for s, e in find(text)] == ["the week of March 10"]
    assert normalize("the week of March 10", THURSDAY) == ("DATE", "2025-W11")


def test_a_title_case_headline_keeps_its_times():
    from sitroom.extract.timex import find

    text = "Envoys Will Resume Ceasefire Talks Next Week In Geneva\nThe envoys meet again."
    assert [text[s:e] for s, e in find(text)] == ["Next Week"]


def test_a_quarter_of_next_or_last_year_is_one_expression():
    from sitroom.extract.timex import find

    text = "Deliveries slip to the second quarter of next year."
    assert [text[s:e] for s, e in find(text)] == ["the second quarter of next year"]
    assert normalize("the second quarter of next year", THURSDAY) == ("DATE", "2026-Q2")
    assert normalize("the fourth quarter of last year", THURSDAY) == ("DATE", "2024-Q4")


# One expression for each of the finder's patterns (see timex.FIND).
PATTERN_EXAMPLES = [
    "3/14/2024", "Saturday, April 25, 2020", "the 12th of February", "late March 2023",
    "next September", "the current fiscal year", "fiscal 2024", "the mid-1990s", "last Friday",
    "the third quarter of 2023", "two and a half years", "the past six weeks", "nineteen ninety",
    "the 21st century", "year-end", "the near future", "later that day", "two-week", "month-long",
    "over the years", "in recent weeks", "early tomorrow", "recently", "this morning",
    "evening yesterday", "later this month", "the weekend", "the year ended", "in the past",
    "the end of the month", "the summer of 2019", "the second half of the year", "9:30 a.m.",
    "January next year", "Good Friday", "every morning", "every June", "twice a week",
    "every Tuesday", "the 1998 period", "a low for the year", "Sunday mornings",
    "future quarters", "the preceding Sunday", "hours later", "the same day", "the day after",
    "0900 GMT", "Q1 2013", "the small hours", "the past day",
]


def test_each_pattern_holds_a_needle_of_its_matches():
    """A pattern runs only on lines holding one of its needles: a match without one would
    be lost, so every pattern's example must hold one."""
    from sitroom.extract.timex import FIND

    covered = set()
    for example in PATTERN_EXAMPLES:
        for i, (needles, rx) in enumerate(FIND):
            for m in rx.finditer(example):
                covered.add(i)
                assert any(n in m.group().lower() for n in needles), (m.group(), i)
    assert covered == set(range(len(FIND)))  # a new pattern needs its example here


def test_expressions_are_found_a_line_at_a_time():
    from sitroom.extract.timex import find

    lines = ["Shelling resumed on Monday night", "", "  and again at 6 a.m. on 3 March.",
             "Talks are set for next week\r", "in Geneva, officials said three days ago."]
    text = "\n".join(lines)
    offset, expected = 0, []
    for line in lines:
        expected += [(offset + s, offset + e) for s, e in find(line)]
        offset += len(line) + 1
    assert find(text) == expected
    assert [text[s:e] for s, e in expected] == [
        "Monday night", "6 a.m.", "3 March", "next week", "three days ago"]


def test_a_quarter_of_a_named_year_is_found_whole_and_keeps_its_year():
    from sitroom.extract.timex import find, normalize

    text = "Net fell from the 2019 period, and from year-earlier profit."
    assert [text[s:e] for s, e in find(text)] == ["the 2019 period", "year-earlier"]
    assert normalize("the 2019 quarter", date(2020, 5, 1)) == ("DATE", "2019")


def test_a_preposition_before_recent_or_coming_units_stays_out_of_the_extent():
    from sitroom.extract.timex import find

    text = "Prices rose in recent weeks and may fall in the next few months."
    assert [text[s:e] for s, e in find(text)] == ["recent weeks", "the next few months"]


def test_the_year_after_for_of_in_is_the_year_of_the_telling():
    from sitroom.extract.timex import find

    text = ("Shares hit a low for the year in March and rose for the rest of the year. "
            "Output was flat the year before; in the year of the storm it fell.")
    assert [text[s:e] for s, e in find(text)] == ["the year", "March", "the year"]
    assert normalize("the year", date(2024, 5, 2)) == ("DATE", "2024")


def test_an_unsaid_number_of_years_from_now_is_the_future():
    assert normalize("many years from now", THURSDAY) == ("DATE", "FUTURE_REF")
    assert normalize("a few months from now", None) == ("DATE", "FUTURE_REF")


def test_a_weekday_with_a_plural_part_of_day_is_a_set():
    from sitroom.extract.timex import find

    text = "The market opens on Saturday mornings, and on Friday night it was shut."
    assert [text[s:e] for s, e in find(text)] == ["Saturday mornings", "Friday night"]
    assert normalize("Saturday mornings", None) == ("SET", "XXXX-WXX-6TMO")


def test_a_quarter_to_quarter_comparison_is_no_quarter():
    from sitroom.extract.timex import find

    text = "The quarter-to-quarter gain was small; in the quarter sales rose."
    assert [text[s:e] for s, e in find(text)] == ["the quarter"]


def test_past_or_future_units_are_the_time_before_or_after_now():
    from sitroom.extract.timex import find

    text = "Sales slid in past years and may climb in future quarters and recent quarters."
    assert [text[s:e] for s, e in find(text)] == ["past years", "future quarters",
                                                  "recent quarters"]
    assert normalize("past years", None) == ("DATE", "PAST_REF")
    assert normalize("future quarters", None) == ("DATE", "FUTURE_REF")
    assert normalize("recent quarters", None) == ("DURATION", "PXQ")


def test_the_past_weeks_is_a_stretch_of_unsaid_length():
    from sitroom.extract.timex import find

    text = "In the past weeks, and over the last months, prices rose."
    assert [text[s:e] for s, e in find(text)] == ["the past weeks", "the last months"]
    assert normalize("the past weeks", None) == ("DURATION", "PXW")


def test_the_same_period_last_year_is_one_expression():
    from sitroom.extract.timex import find

    text = "Profit doubled from the corresponding period a year earlier."
    assert [text[s:e] for s, e in find(text)] == ["the corresponding period a year earlier"]
    assert normalize("last year's quarter", date(2024, 11, 4)) == ("DATE", "2023-Q3")


def test_an_award_of_the_year_and_moving_past_days_are_no_times():
    from sitroom.extract.timex import find

    text = ("The mayor, named person of the year, hopes to move past days of anger; sales "
            "rose in past years and in the rest of the year.")
    assert [text[s:e] for s, e in find(text)] == ["past years", "the year"]


def test_now_opening_a_sentence_before_a_comma_is_a_turn_in_the_telling():
    from sitroom.extract.timex import find

    text = 'The talks failed. "Now, we wait," she said. Prices are now falling. Now they rise.'
    assert [text[s:e] for s, e in find(text)] == ["now", "Now"]


def test_a_day_read_out_as_an_ordinal_is_a_date():
    from sitroom.extract.timex import find

    text = "The vote is on Sunday, June twenty-first. In April second place went to her."
    assert [text[s:e] for s, e in find(text)] == ["Sunday, June twenty-first", "April"]
    assert normalize("June twenty-first", date(2026, 6, 1)) == ("DATE", "2026-06-21")
    assert normalize("March eighth, 2020", None) == ("DATE", "2020-03-08")


def test_the_article_of_an_adjectival_quarter_belongs_to_its_noun():
    from sitroom.extract.timex import find

    text = "The second-quarter loss widened in the second quarter."
    assert [text[s:e] for s, e in find(text)] == ["second-quarter", "the second quarter"]


def test_a_quarter_of_the_year_is_one_expression():
    from sitroom.extract.timex import find

    text = "Donations doubled in the second quarter of the year."
    assert [text[s:e] for s, e in find(text)] == ["the second quarter of the year"]
    assert normalize("the second quarter of the year", date(2024, 8, 1)) == ("DATE", "2024-Q2")


def test_a_week_or_so_ago_is_one_expression():
    from sitroom.extract.timex import find

    text = "The pumps failed a month or so ago, officials said."
    assert [text[s:e] for s, e in find(text)] == ["a month or so ago"]
    assert normalize("a month or so ago", THURSDAY) == ("DATE", "2025-01")


def test_a_season_or_weekday_inside_a_name_is_no_time():
    from sitroom.extract.timex import find

    text = ("Since the Arab Spring, and before the Winter Olympics, The Sunday Times and the "
            "Good Friday Agreement were cited; the revolt began in the spring, on Sunday.")
    assert [text[s:e] for s, e in find(text)] == ["the spring", "Sunday"]
    headline = "Rebels Plan Spring Offensive After Winter Lull"
    assert [headline[s:e] for s, e in find(headline)] == ["Spring", "Winter"]
    capital = "Fighting paused. In Spring the rebels moved, and resumed in Winter."
    assert [capital[s:e] for s, e in find(capital)] == ["Spring", "Winter"]


def test_annually_recurs_but_a_rate_of_growth_is_no_time():
    from sitroom.extract.timex import find

    text = "The summit is held annually; exports grew 8% annually and 3 percent yearly."
    assert [text[s:e] for s, e in find(text)] == ["annually"]
    assert normalize("annually", None) == ("SET", "P1Y")
    assert normalize("yearly", None) == ("SET", "P1Y")


def test_a_bare_plural_before_later_or_after_is_an_unsaid_duration():
    from sitroom.extract.timex import find

    text = ("Minutes later, a second blast hit. Days after the vote he quit, just hours "
            "before the deadline. In the days before the vote, and a matter of weeks after "
            "it, three days later, his final years after exile were quiet.")
    assert [text[s:e] for s, e in find(text)] == ["Minutes", "Days", "hours", "three days"]
    assert normalize("Minutes", None) == ("DURATION", "PTXM")
    assert normalize("Days", None) == ("DURATION", "PXD")


def test_the_same_day_and_the_day_before_take_the_last_date_named():
    from sitroom.extract.timex import find, relative_to

    text = ("He left on Monday, the same day the truce ended; he had packed the day before. "
            "The attack came the day before the election.")
    assert [text[s:e] for s, e in find(text)] == ["Monday", "the same day", "the day before"]
    assert relative_to("the same day", "2013-03-18") == ("DATE", "2013-03-18")
    assert relative_to("the day before", "2013-03-18") == ("DATE", "2013-03-17")
    assert relative_to("the day after", "2013-03-18") == ("DATE", "2013-03-19")
    assert relative_to("The night before", "2013-03-18") == ("TIME", "2013-03-17TNI")
    assert relative_to("the same week", "2013-03-18") == ("DATE", "2013-W12")
    assert relative_to("the next morning", None) == ("TIME", None)


def test_the_coming_weeks_are_the_future_and_the_next_few_a_stretch():
    from sitroom.extract.timex import find

    text = "More troops will arrive in the coming weeks, and talks resume in coming days."
    assert [text[s:e] for s, e in find(text)] == ["coming weeks", "coming days"]
    assert normalize("coming weeks", None) == ("DATE", "FUTURE_REF")
    assert normalize("the coming months", None) == ("DATE", "FUTURE_REF")
    assert normalize("the next few weeks", None) == ("DURATION", "PXW")
    assert normalize("recent weeks", None) == ("DURATION", "PXW")


@pytest.mark.parametrize("text,expected", [
    ("0900 GMT", ("TIME", "2025-02-27T09:00")),
    ("1400 local time", ("TIME", "2025-02-27T14:00")),
    ("3 p.m. local time", ("TIME", "2025-02-27T15:00")),
    ("mid-March last year", ("DATE", "2024-03")),
])
def test_wire_hours_and_a_month_of_last_year_with_its_modifier(text, expected):
    from sitroom.extract.timex import find

    sentence = f"Shelling resumed at {text}, the army said."
    assert [sentence[s:e] for s, e in find(sentence)] == [text]
    assert normalize(text, THURSDAY) == expected


def test_four_digits_without_a_zone_are_a_year():
    from sitroom.extract.timex import find

    text = "In 1990 troops left; at 0830 GMT they returned."
    assert [text[s:e] for s, e in find(text)] == ["1990", "0830 GMT"]
    assert normalize("1990", THURSDAY) == ("DATE", "1990")


def test_a_day_month_naming_a_group_is_no_time():
    from sitroom.extract.timex import find

    text = ("The March 14 coalition and the April 6 Youth Movement met on March 14, and "
            "the bloc voted on 6 April.")
    assert [text[s:e] for s, e in find(text)] == ["March 14", "6 April"]


def test_each_part_of_the_day_recurs_daily():
    from sitroom.extract.timex import find

    text = "Some 8,000 people cross each night, and every morning the guards change."
    assert [text[s:e] for s, e in find(text)] == ["each night", "every morning"]
    assert normalize("each night", None) == ("SET", "P1D")
    assert normalize("every morning", None) == ("SET", "P1D")


@pytest.mark.parametrize("text,expected", [
    ("a quarter of a century", ("DURATION", "P25Y")),
    ("a quarter-century", ("DURATION", "P25Y")),
    ("two centuries", ("DURATION", "P200Y")),
    ("a century ago", ("DATE", "1925")),
    ("half a century ago", ("DATE", "1975")),
    ("a quarter of a century ago", ("DATE", "2000")),
])
def test_centuries_and_their_parts_are_told_in_years(text, expected):
    from sitroom.extract.timex import find

    sentence = f"The dynasty ruled for {text}, historians say."
    assert [sentence[s:e] for s, e in find(sentence)] == [text]
    assert normalize(text, THURSDAY) == expected


def test_a_future_tense_day_just_gone_is_this_years_not_next_years():
    # "the summit will be held March 19-20", told on the 20th
    assert normalize("March 19", date(2013, 3, 20), "future") == ("DATE", "2013-03-19")
    # weeks behind, the future tense still points ahead
    assert normalize("March 1", date(2013, 3, 20), "future") == ("DATE", "2014-03-01")


@pytest.mark.parametrize("text,expected", [
    ("the 2012 fiscal year", ("DATE", "2012")),
    ("FY2014", ("DATE", "2014")),
    ("Q1 2013", ("DATE", "2013-Q1")),
    ("2012 Q4", ("DATE", "2012-Q4")),
])
def test_fiscal_years_and_quarters_written_short(text, expected):
    from sitroom.extract.timex import find

    sentence = f"Output fell in {text}, the agency said."
    assert [sentence[s:e] for s, e in find(sentence)] == [text]
    assert normalize(text, THURSDAY) == expected


@pytest.mark.parametrize("text,expected", [
    ("the last century", ("DATE", "19")),
    ("the past century", ("DURATION", "P100Y")),
    ("the previous decade", ("DATE", "201")),
    ("the past half-century", ("DURATION", "P50Y")),
    ("a half-century ago", ("DATE", "1975")),
])
def test_the_last_century_and_the_past_half_century(text, expected):
    from sitroom.extract.timex import find

    sentence = f"The city grew faster in {text} than ever, historians say."
    assert [sentence[s:e] for s, e in find(sentence)] == [text]
    assert normalize(text, THURSDAY) == expected


def test_a_bare_season_lies_where_the_tense_points():
    march, november = date(2013, 3, 20), date(2013, 11, 5)
    assert normalize("the summer", march, "past") == ("DATE", "2012-SU")
    assert normalize("the summer", march, None) == ("DATE", "2013-SU")
    assert normalize("the spring", november, "future") == ("DATE", "2014-SP")
    assert normalize("the spring", march, "past") == ("DATE", "2013-SP")
    assert normalize("last summer", march, "future") == ("DATE", "2012-SU")


def test_the_year_before_a_year_is_part_of_it():
    from sitroom.extract.timex import find

    text = "The bug was feared before the year 2000. The Year 2012 review came out."
    assert [text[s:e] for s, e in find(text)] == ["the year 2000", "2012"]
    assert normalize("the year 2000", THURSDAY) == ("DATE", "2000")


@pytest.mark.parametrize("text,expected", [
    ("the past fortnight", ("DURATION", "P2W")),
    ("a fortnight", ("DURATION", "P2W")),
    ("two fortnights", ("DURATION", "P4W")),
    ("every fortnight", ("SET", "P2W")),
    ("lately", ("DATE", "PAST_REF")),
])
def test_fortnights_in_weeks_and_lately_is_the_past(text, expected):
    from sitroom.extract.timex import find

    sentence = f"Attacks eased {text}, monitors said."
    assert [sentence[s:e] for s, e in find(sentence)] == [text]
    assert normalize(text, THURSDAY) == expected


@pytest.mark.parametrize("unit", ["second", "minute", "hour", "day", "night", "week", "fortnight",
                                  "month", "quarter", "year", "decade", "century"])
def test_every_unit_reads_with_a_half_ago_and_every(unit):
    for text in (f"half a {unit}", f"a {unit} and a half", f"a {unit} ago",
                 f"every two {unit}s", f"two {unit}s"):
        found = normalize(text, THURSDAY)  # never a KeyError
        assert found is None or found[0] in ("DATE", "TIME", "DURATION", "SET")
    assert normalize("half a fortnight", THURSDAY) == ("DURATION", "P1W")
    assert normalize("a fortnight ago", THURSDAY) == ("DATE", "2025-W07")
    assert normalize("every two fortnights", THURSDAY) == ("SET", "P4W")


def test_a_fiscal_quarter_written_with_a_hyphen():
    from sitroom.extract.timex import find

    text = "The bank lost money in the fiscal-first quarter, its chairman said."
    assert [text[s:e] for s, e in find(text)] == ["the fiscal-first quarter"]
    assert normalize("the fiscal-first quarter", THURSDAY) == ("DATE", "2025-Q1")


def test_hours_ago_is_a_point_from_the_anchor_not_a_stretch():
    from datetime import datetime

    at_ten = datetime(2025, 2, 27, 10, 30)
    assert normalize("three hours ago", at_ten) == ("TIME", "2025-02-27T07:30")
    assert normalize("45 minutes ago", at_ten) == ("TIME", "2025-02-27T09:45")
    assert normalize("two hours from now", at_ten) == ("TIME", "2025-02-27T12:30")
    assert normalize("12 hours ago", datetime(2025, 2, 27, 6, 0)) == ("TIME", "2025-02-26T18:00")
    # a day with no time of day: the day the hours fall on
    assert normalize("three hours ago", THURSDAY) == ("DATE", "2025-02-27")
    assert normalize("36 hours ago", THURSDAY) == ("DATE", "2025-02-26")
    assert normalize("two days ago", THURSDAY) == ("DATE", "2025-02-25")
    assert normalize("half an hour ago", at_ten) == ("TIME", "2025-02-27T10:00")
    assert normalize("a few hours ago", at_ten) == ("DATE", "2025-02-27")  # some hours back


def test_the_early_hours_are_a_time_of_day_not_a_duration():
    from sitroom.extract.timex import find

    text = "Sirens sounded in the early hours, and again in the early hours of Friday."
    assert [text[s:e] for s, e in find(text)] == ["the early hours", "Friday"]
    assert normalize("the early hours", THURSDAY) == ("TIME", "2025-02-27TMO")
    assert normalize("the small hours", None) == ("TIME", None)


def test_a_week_after_as_or_was_is_a_time_not_a_rate():
    from sitroom.extract.timex import find

    text = "The repairs could take as long as a month, though the ferry was a week late."
    assert [text[s:e] for s, e in find(text)] == ["a month", "a week"]
    text = "Four convoys a week and $3 million a year reach the camp."
    assert find(text) == []


def test_for_centuries_is_a_duration_as_for_decades():
    from sitroom.extract.timex import find

    text = "The two clans feuded for centuries; the bridge stood for decades."
    assert [text[s:e] for s, e in find(text)] == ["centuries", "decades"]
    assert normalize("centuries", THURSDAY) == ("DURATION", "PXCE")


def test_a_month_of_a_year_is_one_expression():
    from sitroom.extract.timex import find

    text = "The dam was finished in March of 2012, a year after work began."
    assert [text[s:e] for s, e in find(text)][0] == "March of 2012"
    assert normalize("March of 2012", THURSDAY) == ("DATE", "2012-03")


def test_a_clock_time_with_its_day_and_part_of_day_is_one_time():
    from sitroom.extract.timex import find

    text = "Sirens sounded at 11:15 Friday morning and again at 7:30 Saturday evening."
    assert [text[s:e] for s, e in find(text)] == ["11:15 Friday morning", "7:30 Saturday evening"]
    assert normalize("11:15 Friday morning", THURSDAY, "past") == ("TIME", "2025-02-21T11:15")
    assert normalize("7:30 Saturday evening", THURSDAY, "future") == ("TIME", "2025-03-01T19:30")


@pytest.mark.parametrize("text,anchor,expected", [
    ("last February", date(2025, 3, 4), "2024-02"),  # the month just gone is "last month"
    ("last October", date(2025, 2, 10), "2024-10"),
    ("last April", date(2025, 10, 20), "2025-04"),
    ("last December", date(2025, 1, 15), "2024-12"),
])
def test_last_month_named_is_the_latest_but_the_one_just_gone(text, anchor, expected):
    assert normalize(text, anchor) == ("DATE", expected)


def test_the_quarter_a_year_ago_is_one_expression():
    from sitroom.extract.timex import find

    text = "Revenue slipped from the quarter a year ago and from the period a year earlier."
    assert [text[s:e] for s, e in find(text)] == ["the quarter a year ago",
                                                  "the period a year earlier"]
    assert normalize("the quarter a year ago", date(2025, 10, 20)) == ("DATE", "2024-Q3")


def test_a_month_before_for_and_a_name_is_a_march_unless_a_preposition_dates_it():
    from sitroom.extract.timex import find

    for text, found in [
        ("The envoy flies to Rome in July for World Peace Day talks.", ["July"]),
        ("Crowds joined the annual March for Justice downtown.", []),
        ("Veterans Join March For Justice", []),
        ("Envoy Flies To Rome In July For Peace Talks", ["July"]),
    ]:
        assert [text[s:e] for s, e in find(text)] == found, text


def test_the_past_day_is_a_day_long_and_within_minutes_a_stretch():
    from sitroom.extract.timex import find

    text = "Shelling killed six in the past day; the truce broke within minutes."
    assert [text[s:e] for s, e in find(text)] == ["the past day", "minutes"]
    assert normalize("the past day", THURSDAY) == ("DURATION", "P1D")
    assert normalize("minutes", THURSDAY) == ("DURATION", "PTXM")


def test_a_quarter_written_q4_alone_is_the_latest_such_quarter():
    from sitroom.extract.timex import find

    text = "Exports slumped in Q4 but recovered in Q1 2025."
    assert [text[s:e] for s, e in find(text)] == ["Q4", "Q1 2025"]
    assert normalize("Q4", THURSDAY) == ("DATE", "2024-Q4")
    assert normalize("Q1", THURSDAY) == ("DATE", "2025-Q1")
