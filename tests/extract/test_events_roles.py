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
