"""Helpers shared by the extractor tests."""


def report_of(a, trigger):
    """(event, report) of the event one of whose reports has this trigger word."""
    for e in a.events:
        for m in e.mentions or [e]:
            if m.trigger.text == trigger:
                return e, m
    raise AssertionError(f"no event on {trigger!r}: {[e.trigger.text for e in a.events]}")
