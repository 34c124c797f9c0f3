"""Figures as claims: value, qualifier, counted thing, what happened to it, who says so."""

import pytest

from sitroom.extract.claims import parse_value


@pytest.mark.parametrize("text,expected", [
    ("6,000", (6000, None, "exact")), ("some 6,000", (6000, None, "approx")),
    ("more than 2,500", (2500, None, "at_least")), ("up to 40", (40, None, "at_most")),
    ("eight", (8, None, "exact")), ("a dozen", (12, None, "exact")),
    ("1.2bn", (1.2e9, None, "exact")), ("£1.6bn", (1.6e9, None, "exact")),
    ("between 10 and 20", (10, 20, "range")), ("30-40", (30, 40, "range")),
    ("twenty-five", (25, None, "exact")), ("three hundred", (300, None, "exact")),
])
def test_values(text, expected):
    assert parse_value(text) == expected


def claims(a):
    names = {e.id: e.name for e in a.entities}
    return [(c.value, c.qualifier, c.unit, c.measure, names.get(c.claimant), c.hedge)
            for c in a.claims]


def test_counted_thing_measure_and_claimant(analyze):
    a = analyze("Russia fired more than 2,500 kamikaze drones and some 6,000 artillery shells "
                "last week, Ukraine said.")
    assert claims(a) == [
        (2500, "at_least", "kamikaze drone", "kamikaze drones fired", "Ukraine", "reported"),
        (6000, "approx", "artillery shell", "artillery shells fired", "Ukraine", "reported"),
    ]


def test_part_of_whole_and_claim_verb(analyze):
    a = analyze("The air force claimed to have shot down 52 out of 70 drones overnight.")
    part, whole = a.claims
    assert part.part_of == whole.id and part.unit == whole.unit == "drone"
    assert part.measure == "drones shot down" and part.hedge == "claimed"
    assert part.period == "overnight"


def test_not_claims(analyze):
    a = analyze("The G7 met in 2025 for the 3rd time since Covid-19; the 45-year-old minister "
                "read section 12 aloud on 3 March.")
    assert claims(a) == []


def test_figures_the_model_misses_or_calls_dates(analyze):
    a = analyze("Russia launched 166 drones and 3 ballistic missiles overnight. Between 30 and "
                "40 tanks were damaged, officials estimated. Hundreds of people were evacuated "
                "from Sumy.", published="2025-02-27")
    found = {c.text: c for c in a.claims}
    assert found["3 ballistic missiles"].unit == "ballistic missile"
    rng = found["Between 30 and 40 tanks"]
    assert (rng.value, rng.value_max, rng.qualifier, rng.unit, rng.measure, rng.hedge) == (
        30, 40, "range", "tank", "tanks damaged", "estimated")
    vague = found["Hundreds of people"]
    assert vague.qualifier == "at_least" and vague.measure == "people evacuated"
    assert {p.id: p.name for p in a.places}[vague.place] == "Sumy"


def test_money_percent_and_a_dozen(analyze):
    a = analyze("Britain pledged £1.6bn for air defence. Inflation rose 3.5 per cent. "
                "A dozen soldiers were captured.")
    assert [(c.text, c.value, c.unit) for c in a.claims] == [
        ("£1.6bn", 1.6e9, "GBP"), ("3.5 per cent", 3.5, "percent"),
        ("A dozen soldiers", 12, "soldier")]


def test_the_place_is_where_it_happened_not_who_said_it(analyze):
    a = analyze("Russia launched 40 drones at Odesa overnight, Ukraine's air force said. "
                "Russia has lost nearly 400 tanks since January, Ukraine said.")
    places = {p.id: p.name for p in a.places}
    assert [(c.text, places.get(c.place)) for c in a.claims] == [
        ("40 drones", "Odesa"), ("nearly 400 tanks", None)]
    assert a.claims[0].claimant_text == "Ukraine's air force"


def test_ages_and_digit_strings_are_not_claims(analyze):
    a = analyze("Donald Trump, 78, spoke to a 45-year-old veteran. The code was "
                + "9" * 400 + ".")
    assert a.claims == []


def test_a_part_named_after_its_whole_counts_the_same_thing(analyze):
    a = analyze("The army recorded 140 assaults on the southern front, the ministry said, "
                "41 of which took place near Huliaipole.")
    whole, part = a.claims
    assert (part.value, part.unit, part.part_of) == (41, whole.unit, whole.id)
    assert whole.unit == "assault" and part.measure == "assaults"


def test_the_few_already_named_are_not_counted_again(analyze):
    a = analyze("The talks will test ties between the two allies and the three leaders.")
    assert a.claims == []


@pytest.mark.parametrize("text", [
    "China and India, the world's two biggest importers, met in Delhi.",
    "Tuition fees now start at six figures.",
    "She built the company from zero.",
    "Unemployment among those between the ages of 17 and 20 rose.",
    "The match lasted 90 minutes in the rain.",
    "A 911 caller reported smoke near the depot.",
    "The rebels said they would release 40.",
])
def test_not_counts(analyze, text):
    assert analyze(text).claims == []


def test_shares_ranges_lists_and_pronoun_sources(analyze):
    a = analyze("Maria Lopez runs the union. Pay rose by $500 to $2,000 a month, she said. "
                "About 100,000 soldiers and police officers were deployed.\n\n"
                "Some 74 percent of likely voters backed the plan.")
    pay, troops, share = a.claims
    names = {e.id: e.name for e in a.entities}
    assert (pay.value, pay.value_max, pay.qualifier, pay.unit) == (500, 2000, "range", "USD")
    assert names[pay.claimant] == "Maria Lopez"
    assert troops.unit == "soldier and police officer" and troops.qualifier == "approx"
    assert (share.unit, share.measure, share.claimant) == (
        "percent", "likely voters backed", None)


def test_a_figure_in_quoted_words_is_the_speakers(analyze):
    # the figure's sentence has no cue of its own: the quote's speaker gives it
    a = analyze("“We counted 340 damaged homes in the district. The school is intact,” "
                "Olena Kovalenko told reporters.")
    (claim,) = a.claims
    names = {e.id: e.name for e in a.entities}
    assert claim.unit == "damaged home"
    assert names[claim.claimant] == "Olena Kovalenko"


def by_value(a):
    names = {e.id: e.name for e in a.entities}
    return {c.value: (c.claimant_text or names.get(c.claimant), c.hedge) for c in a.claims}


def test_the_owner_of_a_claim_or_report_is_its_source(analyze):
    a = analyze("Oleh Syniehubov's claim that 40 missiles hit Kharkiv was denied. "
                "A Kyiv Independent report that 300 soldiers deserted circulated widely.")
    found = by_value(a)
    assert found[40] == ("Oleh Syniehubov", "claimed")
    assert found[300][0].endswith("Kyiv Independent")


def test_a_poll_that_found_is_a_source_but_soldiers_who_found_are_not(analyze):
    a = analyze("A Rating Group poll found that 63 percent of respondents backed talks. "
                "Soldiers found 14 bodies in the village.")
    found = by_value(a)
    assert found[63][0] == "A Rating Group poll"
    assert found[14] == (None, None)


def test_according_to_names_a_source_only(analyze):
    a = analyze("The convoy carried 200 tonnes of grain, heavy according to its weight "
                "limit.\n\nAccording to the regional governor, 12 civilians were wounded.")
    found = by_value(a)
    assert found[12][0] == "the regional governor"
    assert found[200] == (None, None)


def test_each_figure_takes_the_cue_whose_clause_holds_it(analyze):
    a = analyze("The ministry said 30 drones were downed, while the report says Russia "
                "claimed 45 drones reached their targets.")
    found = by_value(a)
    assert found[30][0] == "The ministry"
    assert found[45][0] == "Russia"


def test_a_source_carries_on_only_while_it_frames_the_telling(analyze):
    a = analyze("Ukraine's air force said 52 drones were downed overnight. Another 14 drones "
                "were lost to jamming. Oleksiy Honcharenko tried to explain 9 drones had failed. "
                "Voters may not let pundits tell them what to think. "
                "Some 40 protesters gathered outside.")
    found = by_value(a)
    assert found[52][0] == found[14][0] == "Ukraine's air force"
    assert found[9] == (None, None)
    assert found[40] == (None, None)


def test_a_bare_count_of_the_wounded_counts_people(analyze):
    a = analyze("Two guards were killed and at least 15 wounded, the governor said.")
    wounded = next(c for c in a.claims if c.value == 15)
    assert (wounded.unit, wounded.qualifier, wounded.measure) == (
        "people", "at_least", "people wounded")
    assert wounded.claimant_text == "the governor"


def test_a_place_after_the_claimant_is_not_the_claimant(analyze):
    a = analyze("Local officials in Odesa said three drones were shot down overnight.")
    names = {e.id: e.name for e in a.entities}
    [claim] = a.claims
    assert claim.claimant_text == "Local officials in Odesa" and names.get(
        claim.claimant) != "Odesa"
    [quote] = a.quotes  # the quote's speaker goes the same way
    assert quote.speaker == claim.claimant
