"""Events: who the sides of a meeting are, where and when it is held, and which reports of
it are one event (our own sentences)."""


def names(a):
    return {e.id: e.name for e in a.entities} | {p.id: p.name for p in a.places}


def consults(a):
    n = names(a)
    return [(n.get(e.actor), n.get(e.target), e.mode, e.date, n.get(e.place), e.status,
             len(e.mentions)) for e in a.events if e.type == "CONSULT"]


def test_a_hyphenated_pair_names_both_sides(analyze):
    a = analyze("Russia-US talks were held in Riyadh on Tuesday.", published="2025-02-20")
    [(actor, target, *_)] = consults(a)
    assert (actor, target) == ("Russia", "United States")


def test_a_nationality_of_officials_is_their_state_and_the_second_side_the_target(analyze):
    a = analyze("Russia wants its embassies reopened. Russian and US officials held talks in "
                "Geneva on Monday.", published="2025-02-20")
    [(actor, target, *_)] = consults(a)
    assert (actor, target) == ("Russia", "United States")


def test_a_nationality_of_others_stays_a_nationality(analyze):
    a = analyze("Russia wants its embassies reopened. Russian journalists protested in Moscow.")
    [ev] = [e for e in a.events if e.type == "PROTEST"]
    assert names(a)[ev.actor] == "Russian"


def test_an_official_of_a_state_left_unnamed_is_not_his_nationality(analyze):
    a = analyze("The Finnish envoy met his Greek counterpart in Athens on Tuesday.")
    [ev] = [e for e in a.events if e.type == "CONSULT"]
    assert ev.target is None and ev.target_text == "his Greek counterpart"
    assert ev.actor is None and ev.actor_text == "The Finnish envoy"
    b = analyze("Greece and Finland disagree. The Finnish envoy met his Greek counterpart "
                "in Athens on Tuesday.")
    [ev] = [e for e in b.events if e.type == "CONSULT"]
    assert names(b)[ev.target] == "Greece" and names(b)[ev.actor] == "Finland"


def test_hosting_several_leaders_is_multilateral_with_no_one_counterpart(analyze):
    a = analyze("Macron is to host the prime ministers of Spain, Italy and Greece in Paris on "
                "Friday.", published="2025-02-26")
    [(actor, target, mode, day, place, status, _)] = consults(a)
    assert (actor, target, mode, day, place, status) == (
        "Macron", None, "multilateral", "2025-02-28", "Paris", "scheduled")


def test_drones_targeting_a_country_are_the_launchs_not_the_shoot_down(analyze):
    a = analyze("Gunners shot down 40 of 70 drones launched by Russia overnight targeting "
                "towns in Ukraine.", published="2025-03-05")
    n = names(a)
    found = {(e.acled.sub_event_type, n.get(e.actor), n.get(e.target)) for e in a.events}
    assert ("Air/drone strike", "Russia", "Ukraine") in found
    assert ("Disrupted weapons use", None, None) in found


def test_a_name_before_a_meeting_is_the_one_met_and_a_country_the_topic(analyze):
    a = analyze("Merz is in Paris for a Macron meeting. France will hold Ukraine talks.")
    found = {(actor, target) for actor, target, *_ in consults(a)}
    assert (None, "Macron") in found and ("France", None) in found


def test_a_time_inside_another_events_phrase_is_not_this_ones(analyze):
    a = analyze("The summit follows a phone call between Putin and Trump on 12 February.",
                published="2025-02-27")
    n = names(a)
    days = {e.mode: e.date for e in a.events if e.type == "CONSULT"}
    assert days == {"multilateral": None, "phone": "2025-02-12"}, days
    [call] = [e for e in a.events if e.mode == "phone"]
    assert {n[call.actor], n[call.target]} == {"Putin", "Trump"}


def test_an_event_named_in_following_takes_no_time_from_the_main_clause(analyze):
    a = analyze("Following his Warsaw visit, Merz will host Baltic premiers in Hamburg on "
                "Sunday.", published="2025-02-27")
    days = {e.trigger.text: e.date for e in a.events}
    assert days == {"visit": None, "host": "2025-03-02"}, days


def test_a_meeting_in_a_country_and_in_its_city_is_one_event(analyze):
    a = analyze("Russia sent a delegation. Russian and US officials held talks in Switzerland "
                "on Thursday. The talks in Geneva lasted six hours.", published="2025-02-27")
    [(actor, target, _, day, place, _, mentions)] = consults(a)
    assert (actor, target, day, place, mentions) == (
        "Russia", "United States", "2025-02-27", "Geneva", 2)


def test_a_day_and_the_week_that_holds_it_are_one_date(analyze):
    a = analyze("The Russia-US talks in Oman last week were a turning point. A meeting between "
                "Russia and the US in Oman on 8 January started them.",
                published="2025-01-16")
    [(actor, target, _, day, place, _, mentions)] = consults(a)
    assert (actor, target, day, place, mentions) == (
        "Russia", "United States", "2025-01-08", "Oman", 2)


def test_what_is_discussed_is_no_place_and_the_talk_is_the_meetings(analyze):
    a = analyze("Envoys from Russia and the US are to meet in Vienna today to "
                "discuss visas for the staff of their missions in Moscow and Washington.",
                published="2025-02-27")
    [(actor, target, _, day, place, status, mentions)] = consults(a)
    assert (actor, target, day, place, status, mentions) == (
        "Russia", "United States", "2025-02-27", "Vienna", "scheduled", 2)


def test_a_deal_after_which_something_happens_has_no_actor_from_that_clause(analyze):
    a = analyze("Putin could launch a fresh offensive after any peace deal.")
    [deal] = [e for e in a.events if e.trigger.text == "deal"]
    assert deal.actor is None and deal.status == "hypothetical"


def test_a_deal_spoken_of_as_a_kind_is_hypothetical(analyze):
    a = analyze("Norway would send engineers as part of any truce deal with Hamas.")
    [deal] = [e for e in a.events if e.trigger.text == "deal"]
    assert deal.status == "hypothetical"


def test_the_actor_is_the_name_nearest_the_phrase_head_not_an_owner(analyze):
    a = analyze("He answered remarks from Erdogan’s spokesman Omer Celik rejecting the plan.")
    [ev] = [e for e in a.events if e.type == "REJECT"]
    assert names(a)[ev.actor] == "Omer Celik"


def test_capitals_that_act_are_their_states(analyze):
    a = analyze("Russia and the United States met in Riyadh. Moscow and Washington agreed to "
                "restore embassy staffing.")
    n = names(a)
    [ev] = [e for e in a.events if e.type == "AGREE"]
    assert (n[ev.actor], n[ev.target]) == ("Russia", "United States")


def test_a_leader_and_the_state_he_leads_report_one_meeting(analyze):
    a = analyze("France schedules energy talks for Saturday.\nFrench president Emmanuel "
                "Macron will host the talks in Lyon on Saturday.", published="2025-02-27")
    assert len(consults(a)) == 1, consults(a)


def test_a_headline_passive_has_its_subject_as_target(analyze):
    a = analyze("Sandu invited to Prague summit")
    [ev] = [e for e in a.events if e.type == "REQUEST"]
    assert ev.actor is None and names(a)[ev.target] == "Sandu"


def test_an_invitation_to_a_summit_later_schedules_the_summit(analyze):
    a = analyze("Metsola has invited Sandu to the summit on 14 March.", published="2025-02-27")
    [summit] = [e for e in a.events if e.type == "CONSULT"]
    assert (summit.date, summit.status) == ("2025-03-14", "scheduled")


def test_to_deal_with_something_is_no_agreement(analyze):
    a = analyze("The bloc must be better equipped to deal with future challenges.")
    assert not [e for e in a.events if e.type == "AGREE"]


def test_a_purpose_of_an_invitation_to_a_summit_is_the_summits(analyze):
    a = analyze("Metsola has invited Sandu to the summit on 14 March, to discuss energy.",
                published="2025-02-27")
    [summit] = [e for e in a.events if e.type == "CONSULT"]
    assert [m.trigger.text for m in summit.mentions] == ["summit", "discuss"]


def test_talks_hosted_are_the_meeting_not_a_side(analyze):
    a = analyze("Oman offered to host talks in Muscat next week.")
    [host] = [e for e in a.events if e.type == "CONSULT"]
    assert host.target is None and host.target_text is None
