"""The figures the spine issue asks for, on the seed live blog (read from ../shared)."""

import re

import pytest

PEOPLE = {
    "Starmer": ["Sir Keir Starmer", "Sir Keir", "Mr Starmer", "Keir Starmer", "Starmer",
                "The UK prime minister", "the British leader"],
    "Trump": ["Donald Trump", "Mr Trump", "President Trump", "the US president", "Trump"],
    "Putin": ["Vladimir Putin", "Putin"],
    "Zelensky": ["Volodymyr Zelensky", "Mr Zelensky", "Zelensky"],
    "Lavrov": ["Sergei Lavrov", "Lavrov"],
    "Costa": ["Antonio Costa", "Mr Costa"],
    "Macron": ["Emmanuel Macron"],
    "Mandelson": ["Lord Peter Mandelson"],
    "Lammy": ["David Lammy"],
    "Musk": ["Elon Musk"],
    "Biden": ["Joe Biden"],
    "Maddox": ["David Maddox"],
}


def people_named(seed, surname):
    return [e for e in seed.entities
            if e.type == "PERSON" and surname in " ".join([e.name, *e.aliases])]


def test_ten_headlines(seed):
    assert len([p for p in seed.posts if p.headline]) == 10


@pytest.mark.parametrize("surname", sorted(PEOPLE))
def test_each_person_is_one_entity_with_all_their_forms(seed, surname):
    found = people_named(seed, surname)
    assert len(found) == 1, [(e.name, e.aliases) for e in found]
    person = found[0]
    forms = {m.text.lower() for m in person.mentions}
    for form in PEOPLE[surname]:
        assert form.lower() in forms, (form, sorted(forms))


def test_twelve_people_and_no_one_else(seed):
    people = [e for e in seed.entities if e.type == "PERSON"]
    assert sorted(p.name.split()[-1] for p in people) == sorted(PEOPLE)


def test_possessives_are_mentions_of_the_person(seed, seed_text):
    putin = people_named(seed, "Putin")[0]
    for m in re.finditer(r"Putin’s", seed_text):
        assert any(x.start <= m.start() < x.end for x in putin.mentions)
    starmer = people_named(seed, "Starmer")[0]
    keir_s = seed_text.index("Sir Keir’s")
    assert any(m.start == keir_s and m.text == "Sir Keir" for m in starmer.mentions)


def test_roles_tied_to_people(seed):
    def roles(surname):
        return " | ".join(people_named(seed, surname)[0].roles)

    assert "Ukraine’s president" in roles("Zelensky")
    assert "foreign minister" in roles("Lavrov")
    assert "prime minister" in roles("Starmer")
    assert "EU Council president" in roles("Costa")


def test_countries_and_organisations_are_one_entity_each(seed):
    us = [e for e in seed.entities if e.kb_id and e.name == "United States"]
    assert len(us) == 1
    forms = {m.text for m in us[0].mentions}
    assert {"US", "United States", "U.S."} <= forms
    eu = [e for e in seed.entities if e.type == "ORG" and e.name == "EU"]
    assert len(eu) == 1 and len(eu[0].mentions) >= 5


@pytest.mark.parametrize("name", ["Sumy", "Odesa", "Kharkiv", "Pokrovsk", "Kyiv"])
def test_conflict_places_are_places_never_people(seed, seed_text, name):
    place_spans = {(m.start, m.end) for e in seed.entities if e.type in ("GPE", "LOC")
                   for m in e.mentions}
    other_spans = [(m.start, m.end, e.type) for e in seed.entities
                   if e.type not in ("GPE", "LOC") for m in e.mentions]
    for m in re.finditer(rf"\b{name}\b", seed_text):
        assert (m.start(), m.end()) in place_spans, (name, m.start())
        assert not any(s <= m.start() < e for s, e, _ in other_spans)
    place = next(p for p in seed.places if p.name == name)
    assert place.country == "UA" and place.geonameid


def test_washington_beside_the_us_president_is_the_capital(seed):
    dc = next(p for p in seed.places if p.name == "Washington")
    assert dc.country == "US" and dc.admin1 == "District of Columbia"


@pytest.mark.parametrize("phrase,value", [
    ("on Wednesday", "2025-02-26"), ("12 February", "2025-02-12"),
    ("18 February", "2025-02-18"), ("6 March", "2025-03-06"), ("on Sunday", "2025-03-02"),
    ("on Friday", "2025-02-28"), ("later on Thursday", "2025-02-27"),
])
def test_seed_dates_resolve(seed, seed_text, phrase, value):
    # TimeML extents leave the preposition out: match the times inside the phrase
    places = [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), seed_text)]
    found = {t.value for t in seed.times for s, e in places if s <= t.start and t.end <= e}
    assert found == {value}, (phrase, found)


def test_seed_and_tomorrow(seed, seed_text):
    start = seed_text.index("And tomorrow") + 4
    [t] = [t for t in seed.times if t.start == start]
    assert t.value == "2025-02-28"


def _names(seed):
    return {e.id: e.name for e in seed.entities}, {p.id: p.name for p in seed.places}


def test_seed_events_the_meeting_the_attack_and_the_scheduled_ones(seed):
    people, places = _names(seed)

    def find(type_, **want):
        return [e for e in seed.events if e.type == type_ and all(
            (people.get(getattr(e, k)) if k in ("actor", "target") else getattr(e, k)) == v
            for k, v in want.items())]

    # the Starmer–Trump meeting: one event, all its reports; Macron's is another
    (meeting,) = find("CONSULT", actor="Keir Starmer", target="Donald Trump")
    assert meeting.date == "2025-02-27" and places[meeting.place] == "Washington"
    assert len(meeting.mentions) >= 4
    assert find("CONSULT", actor="Emmanuel Macron", target="Donald Trump")
    # the overnight drone attack: Russia on Ukraine, the towns, the drones, reported in a
    # headline and a post as one event
    (attack,) = find("ASSAULT", actor="Russia", mode="drone", date="2025-02-26")
    assert people[attack.target] == "Ukraine"
    assert attack.acled.sub_event_type == "Air/drone strike"
    assert {"Kyiv", "Kharkiv", "Sumy", "Odesa"} <= {places[p] for p in attack.places}
    assert 166 in {c.value for c in seed.claims if c.id in attack.claims}
    assert len(attack.mentions) >= 2
    # the Russia–US talks in Istanbul: one event of all their reports, the state as a side
    (istanbul,) = [e for e in find("CONSULT", date="2025-02-27")
                   if {people.get(e.actor), people.get(e.target)} == {"Russia", "United States"}]
    assert places[istanbul.place] == "Istanbul" and len(istanbul.mentions) >= 4
    # what is to come, and what was
    (deal,) = find("AGREE", actor="Volodymyr Zelensky", date="2025-02-28")
    assert deal.status == "scheduled" and places[deal.place] == "Washington"
    # the London meeting: Starmer hosts several leaders; its headline is no second meeting
    (london,) = find("CONSULT", date="2025-03-02")
    assert people[london.actor] == "Keir Starmer" and places.get(london.place) == "London"
    assert (london.status, london.mode, london.target) == ("scheduled", "multilateral", None)
    assert [e.status for e in find("CONSULT", date="2025-03-06")] == ["scheduled"]
    (invitation,) = find("REQUEST", target="Volodymyr Zelensky")
    assert people[invitation.actor] == "Antonio Costa" and len(invitation.mentions) == 2
    (call,) = find("CONSULT", mode="phone", date="2025-02-12")
    assert {people[call.actor], people[call.target]} == {"Vladimir Putin", "Donald Trump"}
    # the Saudi Arabia talks: 18 February ("last week" in another report), Russia and the US
    (saudi,) = find("CONSULT", date="2025-02-18")
    assert {people.get(saudi.actor), people.get(saudi.target)} == {"Russia", "United States"}
    assert places[saudi.place] == "Saudi Arabia"
    # Lavrov's rejection, in its headline and its post, is one event; Trump's refusal
    (lavrov,) = find("REJECT", actor="Sergei Lavrov")
    assert len(lavrov.mentions) == 2
    assert find("REJECT", actor="Donald Trump")


SEED_FIGURES = [  # value, unit, measure, qualifier, who gives it (entity name), part of
    (166, "drone", "drones launched", "exact", "Ukrainian", None),
    (90, "drone", "drones shot down", "exact", "Ukrainian", 166),
    (72, "drone", "drones lost", "exact", "Ukrainian", None),
    (1150, "casualty", "casualties inflicted", "exact", "Ukraine", None),
    (8, "tank", "tanks damaged", "exact", "Ukraine", None),
    (110, "combat clash", "combat clashes", "exact", "Ukraine", None),
    (33, "combat clash", "combat clashes", "exact", "Ukraine", 110),
    (81, "air strike", "air strikes launched", "exact", "Ukraine", None),
    (121, "precision-guided glide bomb", "glide bombs dropped", "exact", "Ukraine", None),
    (6000, "artillery shell", "artillery shells fired", "approx", "Ukraine", None),
    (2500, "kamikaze drone", "kamikaze drones deployed", "at_least", "Ukraine", None),
]


def test_seed_figures_of_the_attack_and_front_line_posts(seed):
    names = {e.id: e.name for e in seed.entities}
    values = {c.id: c.value for c in seed.claims}
    found = {(c.value, c.unit, c.measure, c.qualifier, names.get(c.claimant),
              values.get(c.part_of)) for c in seed.claims}
    for figure in SEED_FIGURES:
        assert figure in found, figure
    # the Ukrainian military claims, the general staff reports
    hedges = {c.value: c.hedge for c in seed.claims if c.post == "p3"}
    assert hedges[166] == "claimed" and hedges[2500] == "reported"


def test_seed_no_date_duration_or_day_count_is_a_claim(seed):
    for c in seed.claims:
        assert "hour" not in (c.unit or "") and "24" not in c.text, c
        assert not (1900 <= c.value <= 2100 and c.unit is None), c
