"""Entities on texts of our own: one entity per actor, every form it takes."""


def by_name(a, name):
    return next(e for e in a.entities if e.name == name)


def test_one_person_across_full_name_honorific_surname_and_possessive(analyze):
    a = analyze(
        "Finnish President Alexander Stubb arrived in Kyiv on Tuesday. "
        "Mr Stubb said Finland would send more artillery. "
        "Stubb's visit was not announced in advance."
    )
    stubb = [e for e in a.entities if e.type == "PERSON"]
    assert len(stubb) == 1
    assert {m.text for m in stubb[0].mentions} >= {
        "President Alexander Stubb", "Mr Stubb", "Stubb"}
    assert stubb[0].name == "Alexander Stubb"


def test_standalone_role_phrase_resolves_to_its_holder(analyze):
    a = analyze(
        "Polish prime minister Donald Tusk met Emmanuel Macron in Paris. "
        "Later the Polish prime minister told reporters that Europe must rearm."
    )
    tusk = by_name(a, "Donald Tusk")
    assert "Polish prime minister" in tusk.roles
    assert "the Polish prime minister" in {m.text for m in tusk.mentions}
    assert all("prime minister" not in m.text for m in by_name(a, "Emmanuel Macron").mentions)


def test_given_name_after_sir_is_the_knight(analyze):
    a = analyze("Sir Keir Starmer flew to Washington. Sir Keir's aides said the talks went well.")
    people = [e for e in a.entities if e.type == "PERSON"]
    assert len(people) == 1 and "Sir Keir" in people[0].aliases


def test_country_forms_are_one_entity(analyze):
    a = analyze("The United States sent aid. The US embassy reopened. U.S. officials agreed.")
    us = [e for e in a.entities if e.kb_id and e.name == "United States"]
    assert len(us) == 1 and len(us[0].mentions) == 3


def test_acronym_and_long_form_are_one_organisation(analyze):
    a = analyze("The European Union agreed new sanctions. EU ministers will meet on Monday.")
    eu = [e for e in a.entities if e.type == "ORG" and "EU" in [e.name, *e.aliases]]
    assert len(eu) == 1 and eu[0].name == "European Union"


def test_mentions_point_at_their_characters(analyze):
    text = "Sergei Lavrov met Hakan Fidan in Ankara. Lavrov later left for Moscow."
    a = analyze(text)
    for e in a.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text


def test_people_with_the_same_surname_stay_apart(analyze):
    a = analyze("Joe Biden met Hunter Biden in Delaware. Joe Biden later flew to Kyiv.")
    bidens = sorted(e.name for e in a.entities if e.type == "PERSON")
    assert bidens == ["Hunter Biden", "Joe Biden"]


def test_a_role_phrase_is_not_given_to_a_person_only_named_in_passing(analyze):
    a = analyze("Drones hit a depot held by Vladimir Putin's army overnight. The US president "
                "said he would call Kyiv.")
    putin = next(e for e in a.entities if e.name == "Vladimir Putin")
    assert "the us president" not in {m.text.lower() for m in putin.mentions}


def test_a_role_phrase_goes_to_the_person_the_text_is_about(analyze):
    a = analyze("Keir Starmer opened the meeting in London. The British prime minister said "
                "more help would come.")
    starmer = next(e for e in a.entities if e.name == "Keir Starmer")
    assert "the british prime minister" in {m.text.lower() for m in starmer.mentions}


def test_a_headline_line_does_not_swallow_the_name_on_the_next_line(analyze):
    a = analyze("Evening wrap: inside the Oval Office\nUmerov met Trump at the White House.")
    assert all("\n" not in m.text for e in a.entities for m in e.mentions)
    umerov = by_name(a, "Umerov")
    assert umerov.type == "PERSON"
    (meeting,) = [e for e in a.events if e.type == "CONSULT"]
    assert meeting.actor == umerov.id


def test_a_bare_surname_that_meets_or_tells_is_a_person_but_a_city_is_not(analyze):
    a = analyze("Morning notes\nStubb told reporters the talks were over. Yermak flew to "
                "Riyadh overnight. Kyiv told the envoys to wait.")
    assert by_name(a, "Stubb").type == "PERSON"
    assert by_name(a, "Yermak").type == "PERSON"
    assert by_name(a, "Kyiv").type == "GPE"
