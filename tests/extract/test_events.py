"""Events: PLOVER type, mode, ACLED type, actor and status from our own sentences."""


def events(a):
    names = {e.id: e.name for e in a.entities}
    return [(e.type, e.mode, names.get(e.actor), e.status, e.trigger.text) for e in a.events]


def test_drone_attack_is_an_assault_with_acled_coding(analyze):
    a = analyze("Russia launched 40 drones at Odesa overnight.", published="2025-03-05")
    [ev] = [e for e in a.events if e.type == "ASSAULT"]
    assert (ev.mode, ev.acled.event_type, ev.acled.sub_event_type) == (
        "drone", "Explosions/Remote violence", "Air/drone strike")
    assert {e.id: e.name for e in a.entities}[ev.actor] == "Russia"
    assert ev.date == "2025-03-04" and ev.claims == [a.claims[0].id]
    assert a.places[[p.id for p in a.places].index(ev.place)].name == "Odesa"


def test_status_scheduled_hypothetical_negated(analyze):
    a = analyze("Keir Starmer will meet Donald Trump on Thursday. If there is a ceasefire, "
                "Russia could attack again. The talks did not include Ukraine.",
                published="2025-02-25")
    found = events(a)
    assert ("CONSULT", "visit", "Keir Starmer", "scheduled", "meet") in found
    assert any(t == "ASSAULT" and s == "hypothetical" for t, _, _, s, _ in found)
    assert any(t == "CONSULT" and s == "negated" for t, _, _, s, _ in found)


def test_shoot_down_is_disrupted_weapons_use(analyze):
    a = analyze("Air defences shot down 20 missiles over Kyiv.")
    [ev] = a.events
    assert ev.acled.sub_event_type == "Disrupted weapons use"


def test_figurative_strikes_are_not_attacks(analyze):
    a = analyze("The minister struck a conciliatory tone at the press conference.")
    assert not [e for e in a.events if e.type == "ASSAULT"]


def test_nobody_killed_is_negated(analyze):
    a = analyze("Nobody was killed in the attack on the port, the governor said.")
    assert [e.status for e in a.events if e.trigger.text == "killed"] == ["negated"]
    b = analyze("No one was hurt when the drone fell on a field, officials said.")
    harmed = [e for e in (*a.events, *b.events) if e.trigger.text in ("killed", "hurt")]
    assert harmed and all(e.target_text is None for e in harmed)  # no one to name


def test_a_states_forces_act_for_the_state_and_the_town_is_the_place(analyze):
    a = analyze("Russia's forces attacked Kharkiv with missiles on Tuesday.",
                published="2025-02-27")
    [ev] = a.events
    names = {e.id: e.name for e in a.entities}
    assert (ev.type, ev.mode, names[ev.actor], ev.date) == (
        "ASSAULT", "missile", "Russia", "2025-02-25")
    assert {p.id: p.name for p in a.places}[ev.place] == "Kharkiv"


def test_a_refusal_to_provide_is_a_rejection_and_a_negated_aid(analyze):
    a = analyze("Moscow refused to provide security guarantees to Ukraine.")
    assert [(e.type, e.status) for e in a.events] == [("REJECT", "occurred"),
                                                      ("AID", "negated")]
    assert a.events[1].actor_text == "Moscow"


def test_asked_for_threatened_and_dated_events(analyze):
    a = analyze("Zelensky urged allies to send more air defence. Putin threatened to strike "
                "Kyiv. The summit is to be held in Paris. Leaders met and agreed to hold a "
                "summit on 6 March.", published="2025-02-27")
    by = {e.trigger.text: e for e in a.events}
    assert (by["send"].status, by["send"].actor_text) == ("hypothetical", "allies")
    assert by["strike"].status == "hypothetical"
    held, agreed_on = [e for e in a.events if e.trigger.text == "summit"]
    assert held.status == "scheduled"  # "is to be held"
    assert (agreed_on.status, agreed_on.date) == ("scheduled", "2025-03-06")
    # the leaders met in the past: the summit's date is not the meeting's
    assert (by["met"].status, by["met"].date) == ("occurred", None)


def test_an_event_noun_as_subject_has_no_actor_and_one_event(analyze):
    a = analyze("An artillery strike hit a school in Donetsk.")
    [ev] = a.events
    assert (ev.trigger.text, ev.actor, ev.target_text, ev.mode) == (
        "strike", None, "a school", "artillery")


def test_signing_a_deal_is_one_agreement(analyze):
    a = analyze("The US and Ukraine signed a minerals deal in Washington.")
    assert [(e.type, e.trigger.text) for e in a.events] == [("AGREE", "signed")]


def test_the_date_is_the_events_not_the_reports(analyze):
    a = analyze("Russia fired 83 drones at Ukraine overnight, the air force said on Monday.",
                published="2025-03-03")
    [ev] = a.events
    assert ev.date == "2025-03-02"


def test_odd_texts_never_break_a_layer_and_offsets_hold(analyze):
    import json
    import random

    rng = random.Random(7)
    words = ["Russia", "launched", "1" * 300, "“", "”", '"', "«", "»", "\n", "said", "he",
             "between", "and", "30-", "%", "$", "£", "on", "Monday", "31 February", "a dozen",
             "hundreds of", "overnight", "will", "meet", "not", "attack", "drones", "Kyiv",
             ",", ".", ":", "G7", "€", "bn", "if", "refused", "to", "x" * 40]
    for _ in range(60):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 60)))
        a = analyze(text, published=rng.choice([None, "2025-02-27"]))
        json.dumps(a.to_json_dict(), allow_nan=False)
        for item in [*a.times, *a.quotes, *a.claims]:
            assert item.text == text[item.start:item.end]
        for e in a.events:
            assert e.trigger.text == text[e.trigger.start:e.trigger.end]


def test_one_meeting_told_three_times_is_one_event_with_three_mentions(analyze):
    a = analyze("Scholz to meet Tusk in Warsaw\n"
                "Olaf Scholz will meet Donald Tusk in Warsaw on Friday, officials said.\n\n"
                "Talks in Warsaw\n"
                "The meeting with Donald Tusk will focus on border controls.",
                published="2025-03-05")
    meetings = [e for e in a.events if e.type == "CONSULT"]
    assert len(meetings) == 1
    (meeting,) = meetings
    assert len(meeting.mentions) >= 2 and meeting.date == "2025-03-07"
    assert meeting.mentions[0].trigger == meeting.trigger


def test_two_leaders_meeting_the_same_host_are_two_meetings(analyze):
    a = analyze("Emmanuel Macron met Donald Trump in Washington on Monday. "
                "Keir Starmer met Donald Trump in Washington on Thursday.",
                published="2025-02-28")
    names = {e.id: e.name for e in a.entities}
    assert sorted(names[e.actor] for e in a.events if e.type == "CONSULT") == [
        "Emmanuel Macron", "Keir Starmer"]


def test_an_attack_on_several_towns_keeps_every_town(analyze):
    a = analyze("Russia launched 120 drones overnight at towns including Kharkiv, Sumy and "
                "Poltava, the air force said.", published="2025-03-05")
    (attack,) = [e for e in a.events if e.type == "ASSAULT"]
    names = {p.id: p.name for p in a.places}
    assert [names[p] for p in attack.places] == ["Kharkiv", "Sumy", "Poltava"]


def test_handing_over_land_is_a_retreat_but_a_letter_is_not(analyze):
    a = analyze("The separatists handed over the town to government troops. "
                "The envoy handed over a letter from the prime minister.")
    assert [e.trigger.start for e in a.events if e.type == "RETREAT"] == [
        a.document.text.index("handed")]


def test_readiness_and_any_deal_are_not_acts_done(analyze):
    a = analyze("Kyiv is ready to sign the grain deal, the minister said. Any truce would "
                "need guarantees. Without monitors, any ceasefire is a pause.")
    status = {e.trigger.text: e.status for e in a.events}
    assert status["sign"] == "hypothetical" and status["ceasefire"] == "hypothetical"


def test_a_title_headline_and_report_of_one_attack_are_one_event(analyze):
    text = ("Ministers gather in Rome as Kyiv reports a new drone barrage\n\n"
            "08:10\nOvernight attack hits Kharkiv\n"
            "Russia launched 50 drones at Kharkiv overnight, the air force said.\n\n"
            "09:00\nMissiles hit Lviv\nRussia fired three missiles at Lviv on Tuesday.")
    a = analyze(text, published="2025-03-05", title=text.split("\n")[0])
    names = {p.id: p.name for p in a.places}
    drones = [e for e in a.events if e.type == "ASSAULT" and e.mode == "drone"]
    (attack,) = drones  # the title's barrage, the headline's attack and the report
    assert [m.trigger.text for m in attack.mentions] == ["barrage", "attack", "launched"]
    assert [names[p] for p in attack.places] == ["Kharkiv"]  # not Rome, where others gather
    assert attack.acled.sub_event_type == "Air/drone strike"  # not the bare attack's guess


def test_a_title_joins_no_event_when_it_could_be_several(analyze):
    text = ("Ministers gather in Rome as Kyiv reports a new drone barrage\n\n"
            "08:10\nRussia launched 50 drones at Kharkiv overnight, the air force said.\n\n"
            "09:00\nRussia launched 30 drones at Lviv on Tuesday, the governor said.")
    a = analyze(text, published="2025-03-05", title=text.split("\n")[0])
    drones = [e for e in a.events if e.type == "ASSAULT" and e.mode == "drone"]
    assert sorted(len(e.mentions) for e in drones) == [1, 1, 1]


def test_where_the_source_of_a_report_sits_is_not_where_it_happened(analyze):
    a = analyze("The military command in Odesa reported heavy fighting near Kupiansk.",
                published="2025-03-05")
    names = {p.id: p.name for p in a.places}
    (fight,) = [e for e in a.events if e.type == "ASSAULT"]
    assert [names[p] for p in fight.places] == ["Kupyansk"]


def test_another_attack_is_not_the_one_before_it(analyze):
    a = analyze("Five villagers died in a drone strike near Kherson. The rebels launched "
                "another drone strike on Kherson on Friday.", published="2025-03-05")
    assert len([e for e in a.events if e.type == "ASSAULT"]) == 2


def test_who_speaks_after_talks_with_someone_held_them(analyze):
    a = analyze("Sergei Lavrov spoke to reporters after talks with his Turkish counterpart in "
                "Ankara on Monday. Residents returned home after talks with the rebels.",
                published="2025-03-05")
    names = {e.id: e.name for e in a.entities}
    talks = [e for e in a.events if e.type == "CONSULT"]
    assert [names.get(e.actor) for e in talks] == ["Sergei Lavrov", None]


def test_the_killed_the_wounded_and_the_strike_of_one_sentence_are_one_attack(analyze):
    a = analyze("Four people were killed and 11 wounded when a glide bomb hit a school in "
                "the city, the mayor said.")
    [attack] = [e for e in a.events if e.type == "ASSAULT"]
    assert [m.trigger.text for m in attack.mentions] == ["killed", "wounded", "hit"]
    assert (attack.mode, attack.acled.sub_event_type) == ("air-strike", "Air/drone strike")


def test_a_titles_event_meets_its_first_report_even_with_a_rounder_figure(analyze):
    a = analyze("Dozens of drones shot down over Lviv region, says air force\n\n"
                "The air force said 57 drones had been shot down overnight.",
                title="Dozens of drones shot down over Lviv region, says air force")
    downed = [e for e in a.events if e.acled.sub_event_type == "Disrupted weapons use"]
    assert [[m.trigger.text for m in e.mentions] for e in downed] == [["shot", "shot"]]
