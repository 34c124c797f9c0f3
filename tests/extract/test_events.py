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
