"""Event roles: actor, target and place of each report of an event, from our own sentences."""


def _event(a, trigger):
    for e in a.events:
        for m in e.mentions or [e]:
            if m.trigger.text == trigger:
                return e, m
    raise AssertionError(f"no event on {trigger!r}: {[e.trigger.text for e in a.events]}")


def test_each_report_of_a_merged_event_keeps_its_own_roles(analyze):
    a = analyze("Rebels attacked an army post near Goma on Monday, killing four soldiers "
                "and wounding nine villagers.")
    _, wounding = _event(a, "wounding")
    _, killing = _event(a, "killing")
    assert "villagers" in wounding.target_text and "soldiers" in killing.target_text


def test_a_passive_casualty_names_no_attacker(analyze):
    a = analyze("A guard was killed and three others were wounded during the raid.")
    _, wounded = _event(a, "wounded")
    assert wounded.actor_text is None and wounded.target_text == "three others"


def test_who_died_in_an_attack_did_not_carry_it_out(analyze):
    a = analyze("Five villagers died in the attack. The rebels launched another attack on "
                "Friday.")
    first, second = [e for e in a.events if e.trigger.text == "attack"]
    assert first.actor_text is None and second.actor_text == "The rebels"


def test_the_owner_of_an_arrest_is_the_one_arrested(analyze):
    a = analyze("The opposition leader's arrest angered his supporters.")
    e, _ = _event(a, "arrest")
    assert e.actor_text is None and e.target_text == "The opposition leader's"


def test_who_survived_an_attack_is_its_target(analyze):
    a = analyze("The governor survived a bombing last year.")
    e, _ = _event(a, "bombing")
    assert e.actor_text is None and e.target_text == "The governor"


def test_a_participle_names_the_wounded(analyze):
    a = analyze("Four soldiers wounded in the ambush were flown to the capital.")
    e, _ = _event(a, "wounded")
    assert e.target_text == "Four soldiers"


def test_the_dead_and_wounded_may_be_counted(analyze):
    a = analyze("The car bomb killed 13 and wounded 40.")
    _, wounded = _event(a, "wounded")
    assert wounded.target_text == "40"


def test_the_killing_of_someone_names_the_victim(analyze):
    a = analyze("Crowds gathered after the killing of a local journalist.")
    e, _ = _event(a, "killing")
    assert e.target_text == "a local journalist"


def test_a_headline_without_the_passive_names_the_dead(analyze):
    a = analyze("Seven militants killed in roadside blast")
    e, _ = _event(a, "killed")
    assert e.actor_text is None and e.target_text == "Seven militants"
