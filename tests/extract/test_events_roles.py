"""Event roles: actor, target and place of each report of an event, from our own sentences."""

from .conftest import report_of as _event


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
    assert e.actor_text is None and e.target_text == "The opposition leader"


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


def test_who_claims_an_attack_carried_it_out(analyze):
    a = analyze("A militant group claimed responsibility for the bombing of the ferry.")
    e, _ = _event(a, "bombing")
    assert e.actor_text == "A militant group"
    a = analyze("The rebels denied responsibility for the bombing.")
    e, _ = _event(a, "bombing")
    assert e.actor_text is None  # a denial names no author


def test_those_involved_in_an_attack_carried_it_out(analyze):
    a = analyze("Nine officers are involved in the failed assassination attempt.")
    e, _ = _event(a, "assassination")
    assert e.actor_text == "Nine officers"


def test_attacks_carried_out_by_someone_name_the_attacker(analyze):
    a = analyze("A wave of attacks carried out by the militia shook the capital.")
    e, _ = _event(a, "attacks")
    assert e.actor_text == "the militia"


def test_a_series_of_attacks_is_launched_by_the_subject(analyze):
    a = analyze("The insurgents launched a series of attacks across the valley.")
    e, _ = _event(a, "attacks")
    assert e.actor_text == "The insurgents"


def test_coordinated_passives_share_the_one_done_to(analyze):
    a = analyze("The blogger was detained and charged with espionage in June.")
    e, _ = _event(a, "charged")
    assert e.target_text == "The blogger"
    a = analyze("Some 40 prisoners were beaten and injured by the guards.")
    _, m = _event(a, "injured")
    assert m.target_text == "Some 40 prisoners" and m.actor_text == "the guards"


def test_a_charge_is_not_the_one_charged(analyze):
    a = analyze("After being charged with fraud, the mayor resigned.")
    e, _ = _event(a, "charged")
    assert e.target_text is None


def test_whom_a_warning_is_given_to_is_its_target(analyze):
    a = analyze("Warnings were given to the police and the hospitals.")
    e, _ = _event(a, "Warnings")
    assert e.target_text == "the police and the hospitals"
    a = analyze("The drivers were given an ultimatum by their managers.")
    e, _ = _event(a, "ultimatum")
    assert e.target_text == "The drivers" and e.actor_text == "their managers"


def test_what_explodes_is_the_device_not_the_attacker(analyze):
    a = analyze("When the convoy passed, it exploded, killing four soldiers.")
    exploded, _ = _event(a, "exploded")
    killing, _ = _event(a, "killing")
    assert exploded.actor_text is None and killing.actor_text is None
    assert "soldiers" in killing.target_text
    a = analyze("The charges were detonated near the bridge.")
    e, _ = _event(a, "detonated")
    assert e.target_text is None


def test_a_place_in_a_clause_before_an_attack_is_someone_elses(analyze):
    a = analyze("Police in Marseille are hunting a woman believed to be behind a blast that "
                "injured four people.")
    _, blast = _event(a, "blast")
    assert blast.place is None  # this report's own place (the merged event keeps the town)
    a = analyze("The rebels attacked the convoy at dawn, the army said, adding that the "
                "soldiers fought back near Kherson.")
    _, attacked = _event(a, "attacked")
    assert attacked.place == a.places[0].id and a.places[0].name == "Kherson"


def test_where_in_the_reports_words(analyze):
    a = analyze("Two guards were killed at the busy bus station in Mosul on Friday.")
    _, killed = _event(a, "killed")
    assert killed.location_text == "at the busy bus station in Mosul"
    a = analyze("Rebels attacked the village on Friday.")
    e, _ = _event(a, "attacked")
    assert e.location_text == "the village"  # a place attacked as a whole


def test_no_location_from_a_time_or_an_event(analyze):
    a = analyze("Two guards were killed on Friday in the attack.")
    e, _ = _event(a, "killed")
    assert e.location_text is None


def test_the_locative_of_a_noun_triggers_verb_or_of_a_where_clause(analyze):
    a = analyze("The worst explosion was at the central market, where six people were "
                "killed.")
    _, explosion = _event(a, "explosion")
    _, killed = _event(a, "killed")
    assert explosion.location_text == "at the central market"
    assert killed.location_text == "the central market"
    a = analyze("A wave of shooting began in the northern districts overnight.")
    e, _ = _event(a, "shooting")
    assert e.location_text == "in the northern districts"


def test_a_place_further_in_and_an_abbreviated_street(analyze):
    a = analyze("The mayors were meeting behind closed doors in a school in the suburb.")
    e, _ = _event(a, "meeting")
    assert e.location_text == "in a school in the suburb"
    a = analyze("At Baker St, the oldest station in the city, four workers were killed.")
    e, _ = _event(a, "killed")
    assert e.location_text.startswith("At Baker St")


def test_the_count_that_picks_out_the_victims(analyze):
    a = analyze("Four of the guards killed were veterans.")
    e, _ = _event(a, "killed")
    assert e.target_text == "Four of the guards"
    a = analyze("Three of the 20 wounded were children.")
    e, _ = _event(a, "wounded")
    assert e.target_text == "Three of the 20"


def test_whom_with_names_as_injured(analyze):
    a = analyze("Nine soldiers were killed with three other guards and a driver injured.")
    _, injured = _event(a, "injured")
    assert injured.target_text == "three other guards and a driver"


def test_a_mutilation_counts_its_victims(analyze):
    a = analyze("Some 40 more were mutilated by the blast.")
    e, _ = _event(a, "mutilated")
    assert e.target_text == "Some 40 more"


def test_who_is_reported_killed_is_the_victim_not_the_killer(analyze):
    a = analyze("Four guards were reported killed near the depot. No one was reported "
                "wounded.")
    killed, _ = _event(a, "killed")
    wounded, _ = _event(a, "wounded")
    assert killed.actor_text is None and killed.target_text == "Four guards"
    assert wounded.actor_text is None and wounded.status == "negated"


def test_a_question_word_is_no_party(analyze):
    a = analyze("What the Vienna talks agreed")
    assert a.events and all(e.actor_text != "What" and e.target_text != "What"
                            for e in a.events)


def test_a_relative_pronoun_stands_for_its_noun(analyze):
    a = analyze("The bridge which the rebels shelled on Monday was rebuilt.")
    shelled, _ = _event(a, "shelled")
    assert shelled.target_text == "The bridge"


def test_the_city_a_summit_is_named_after_hosts_it_and_does_not_act(analyze):
    a = analyze("The Vienna summit ended without a statement on Friday.")
    summit, _ = _event(a, "summit")
    assert summit.actor_text != "Vienna"


def test_an_owner_is_named_without_the_possessive(analyze):
    a = analyze("The talks came a week after Marta Kos's visit to Ankara.")
    visit, _ = _event(a, "visit")
    assert visit.actor_text == "Marta Kos"


def test_a_town_before_an_attack_noun_is_where_not_who(analyze):
    a = analyze("The Leeds bombing injured nine people. Taliban attacks rose in May.")
    bombing, _ = _event(a, "bombing")
    attacks, _ = _event(a, "attacks")
    assert bombing.actor_text is None and attacks.actor_text == "Taliban"


def test_a_nationality_before_an_attack_noun_is_who_attacked(analyze):
    a = analyze("Russian drone attacks killed three people in Kherson.")
    attacks, _ = _event(a, "attacks")
    assert attacks.actor_text == "Russian" and "three people" in attacks.target_text


def test_it_in_reported_words_is_the_reporter(analyze):
    a = analyze("Hezbollah said it had fired rockets at a base. Kyiv said Moscow had "
                "shelled the port. Police in Lyon said they had arrested two suspects.")
    fired, _ = _event(a, "fired")
    shelled, _ = _event(a, "shelled")
    arrested, _ = _event(a, "arrested")
    assert fired.actor_text == "Hezbollah" and shelled.actor_text == "Moscow"
    assert arrested.actor_text == "Police in Lyon"


def test_crowd_weapons_are_no_target(analyze):
    a = analyze("Police used tear gas on the marchers.")
    used, _ = _event(a, "used")
    assert used.type == "COERCE" and used.target_text == "the marchers"


def test_the_wounded_after_the_killed_are_victims_not_attackers(analyze):
    a = analyze("Three soldiers were killed and 12 wounded in the raid.")
    _, wounded = _event(a, "wounded")  # (one attack: the wounded are one of its reports)
    assert wounded.actor_text is None and wounded.target_text == "12"


def test_its_troops_in_reported_words_are_the_reporters(analyze):
    a = analyze("Hezbollah said its fighters had attacked an army post.")
    attacked, _ = _event(a, "attacked")
    assert attacked.actor_text == "Hezbollah"


def test_he_and_it_stand_for_the_last_named_subject(analyze):
    a = analyze("Hungary surprised its partners on Monday, saying it firmly rejected the "
                "proposal. Viktor Orban arrived in Brussels on Monday. He threatened to veto "
                "the budget.")
    names = {e.id: e.name for e in a.entities}
    acts = {e.trigger.text: (names.get(e.actor), e.actor_text) for e in a.events}
    assert acts["rejected"] == ("Hungary", "it")
    assert acts["threatened"] == ("Viktor Orban", "He")


def test_they_is_left_as_said(analyze):
    a = analyze("Hungary rejected the plan. They attacked the village at dawn.")
    (attack,) = [e for e in a.events if e.type == "ASSAULT"]
    assert attack.actor is None and attack.actor_text == "They"


def test_a_count_whose_phrase_crosses_the_verb_is_still_the_target(analyze):
    # the parse hangs "30 of them children" on "80", across "were killed"
    a = analyze("In the first month of fighting, 80 were killed, 30 of them children.")
    _, killed = _event(a, "killed")
    assert killed.target_text == "80"


def test_a_place_a_relative_clause_hangs_on_kills_no_one(analyze):
    a = analyze("The blast at the Blue Star hotel in Lagos, which killed nine people and "
                "wounded 40, was the worst this year.")
    _, killed = _event(a, "killed")
    assert killed.actor_text is None and killed.target_text == "nine people"


def test_a_place_on_whom_it_was_done_to_says_where(analyze):
    a = analyze("A car bomb killed a senior police officer in Iraq on Monday.")
    _, killed = _event(a, "killed")
    assert killed.location_text == "in Iraq"


def test_coordinated_event_nouns_share_their_of_phrase(analyze):
    a = analyze("The council condemned the torture and maiming of prisoners, women and "
                "children in the camps.")
    _, maiming = _event(a, "maiming")
    assert maiming.target_text == "prisoners, women and children"


def test_the_count_of_the_wounded_and_the_death_toll_name_the_victims(analyze):
    a = analyze("Three of the wounded were children.")
    _, wounded = _event(a, "wounded")
    assert wounded.target_text == "Three"
    b = analyze("By Monday the death toll had risen to 52.")
    _, death = _event(b, "death")
    assert death.target_text == "52"


def test_whose_decision_to_carry_out_an_attack_is_its_actor(analyze):
    a = analyze("The militia's decision to carry out the bombings proved costly.")
    e, _ = _event(a, "bombings")
    assert e.actor_text == "The militia"


def test_no_group_is_no_actor(analyze):
    a = analyze("No group has yet claimed responsibility for the bombing.")
    e, _ = _event(a, "bombing")
    assert e.actor is None and e.actor_text is None


def test_who_calls_an_event_something_did_not_do_it(analyze):
    a = analyze("On Friday, the mayor, Anna Berg, called the explosion an act of terror.")
    e, _ = _event(a, "explosion")
    assert e.actor_text is None


def test_a_venue_or_street_after_at_is_where_not_whom(analyze):
    a = analyze("After a meeting at Hillsborough Castle, the ministers issued a statement.")
    e, _ = _event(a, "meeting")
    assert e.target_text is None and e.location_text == "at Hillsborough Castle"
    b = analyze("The explosion at Market Street injured four people.")
    e, _ = _event(b, "explosion")
    assert e.target_text == "four people" and e.location_text == "at Market Street"


def test_a_countrys_protests_are_not_the_states_acts(analyze):
    a = analyze("Chile's student protests have grown since March.")
    e, _ = _event(a, "protests")
    assert e.actor_text is None


def test_a_bomber_who_blew_himself_up_is_no_victim(analyze):
    a = analyze("A suicide bomber blew himself up at a checkpoint, killing three guards.")
    e, blew = _event(a, "blew")
    assert blew.target_text is None and blew.actor_text == "A suicide bomber"


def test_whom_attacks_were_aimed_at_is_their_target(analyze):
    a = analyze("The region has seen many bombings targeted at the police stationed there.")
    e, _ = _event(a, "bombings")
    assert e.target_text == "the police stationed there"
    b = analyze("The rebels admitted the attacks, which appeared to be aimed at tourists.")
    e, _ = _event(b, "attacks")
    assert e.target_text == "tourists"


def test_a_series_of_attacks_that_killed_is_no_actor(analyze):
    a = analyze("A series of attacks carried out by the militia killed dozens.")
    _, killed = _event(a, "killed")
    assert killed.actor_text is None and killed.target_text == "dozens"


def test_a_toll_told_after_an_attack_leaves_the_place_to_the_attack(analyze):
    a = analyze("Militants launched a wave of attacks across Goma, killing 30 people.")
    _, attacks = _event(a, "attacks")
    _, killing = _event(a, "killing")
    assert killing.target_text == "30 people" and killing.place is None
    assert attacks.place is not None


def test_the_place_of_the_attack_a_casualty_came_of_is_the_attacks(analyze):
    a = analyze("Two guards were wounded in a raid near the airport.")
    _, wounded = _event(a, "wounded")
    _, raid = _event(a, "raid")
    assert wounded.location_text is None and raid.location_text == "near the airport"
    b = analyze("Two guards were wounded near the airport.")
    _, wounded = _event(b, "wounded")
    assert wounded.location_text == "near the airport"


def test_whom_an_attack_is_blamed_on_is_not_its_target(analyze):
    a = analyze("Officials blamed the bombing on the rebels.")
    _, bombing = _event(a, "bombing")
    assert bombing.target_text is None


def test_shot_dead_is_a_shooting_and_a_death_of_the_same_one(analyze):
    a = analyze("Gunmen shot him dead outside his shop. The gunman was shot dead by police.")
    deaths = [m for e in a.events for m in e.mentions or [e] if m.trigger.text == "dead"]
    assert [m.target_text for m in deaths] == ["him", "The gunman"]
    assert deaths[0].location_text == "outside his shop" and deaths[1].actor_text == "police"


def test_the_setting_of_a_clause_timed_by_an_event_is_not_the_events(analyze):
    a = analyze("Within days of the attacks, the army moved into Mosul.")
    _, attacks = _event(a, "attacks")
    assert attacks.place is None
    b = analyze("The bombing in Mosul killed five.")
    _, bombing = _event(b, "bombing")
    assert bombing.place is not None


def test_an_event_nouns_place_can_hang_on_what_it_hit(analyze):
    a = analyze("The blast hit a shop on Main Street.")
    _, blast = _event(a, "blast")
    assert blast.location_text == "on Main Street"


def test_who_has_to_admit_responsibility_for_attacks_carried_them_out(analyze):
    a = analyze("Some members felt that the movement had to admit responsibility for the "
                "attacks.")
    e, _ = _event(a, "attacks")
    assert e.actor_text == "the movement"


def test_who_a_participle_names_acts_down_its_purpose_clause(analyze):
    a = analyze("Police worry about the prospect of militants arming cheap drones to launch "
                "attacks on cities.")
    e, _ = _event(a, "attacks")
    assert e.actor_text == "militants"  # without the participle that holds the attacks


def test_who_was_shot_dead_in_a_participle_is_the_noun_it_hangs_on(analyze):
    a = analyze("The suspected gunman, Omar Tal – shot dead by police – had served in the army.")
    _, dead = _event(a, "dead")
    assert dead.target_text.startswith("The suspected gunman") and dead.actor_text == "police"


def test_what_an_attack_wrecked_in_the_passive_is_its_target(analyze):
    a = analyze("The old courthouse in Dayton was wrecked by an explosion on Monday.")
    _, explosion = _event(a, "explosion")
    assert explosion.target_text == "The old courthouse in Dayton"


def test_a_place_noun_before_an_event_noun_says_where_but_a_car_does_not(analyze):
    a = analyze("The opposition leader was placed under house arrest.")
    _, arrest = _event(a, "arrest")
    assert arrest.location_text == "house"
    b = analyze("A car bombing shook the town.")
    _, bombing = _event(b, "bombing")
    assert bombing.location_text != "car"


def test_who_is_placed_under_arrest_is_its_target(analyze):
    a = analyze("The opposition leader was placed under house arrest.")
    _, arrest = _event(a, "arrest")
    assert arrest.target_text == "The opposition leader"


def test_a_headlines_place_ends_before_its_line_break(analyze):
    a = analyze("Bomb kills three shoppers at a crowded market\nPolice said the device was "
                "hidden in a cart.")
    _, m = _event(a, "kills")
    assert m.location_text == "at a crowded market"


def test_a_picture_or_a_place_does_not_attack(analyze):
    a = analyze("Footage showed the attack on the convoy.")
    _, m = _event(a, "attack")
    assert m.actor_text is None and m.target_text == "the convoy"
    b = analyze("The embassy launched a cyber attack on the ministry.")
    assert _event(b, "attack")[1].actor_text == "The embassy"


def test_who_carried_out_an_attack_killed_or_took_those_it_cost(analyze):
    a = analyze("Five soldiers were killed in an attack by rebels on the base.")
    assert _event(a, "killed")[1].actor_text.startswith("rebels")
    b = analyze("Nine people were wounded in Taliban raids.")
    assert _event(b, "wounded")[1].actor_text == "Taliban"
    c = analyze("Three men were arrested in a police raid.")
    assert _event(c, "arrested")[1].actor_text == "police"
    assert _event(c, "raid")[1].actor_text == "police"
    d = analyze("Six were wounded in a gunfight between soldiers and bandits.")
    assert _event(d, "wounded")[1].actor_text is None  # either side may have
    e = analyze("He warned of previous terrorist attacks in Britain.")
    assert _event(e, "attacks")[1].actor_text is None  # a kind of attack, not who


def test_verbs_that_share_an_object_share_the_target(analyze):
    a = analyze("Security forces shot and killed two suspects.")
    assert _event(a, "shot")[1].target_text == "two suspects"
    b = analyze("Police arrested and charged a local man.")
    _, m = _event(b, "arrested")
    assert (m.actor_text, m.target_text) == ("Police", "a local man")


def test_a_headline_toll_is_a_killing_of_those_counted(analyze):
    a = analyze("Five dead after blast at village mosque\nPolice said the device was hidden.")
    e, m = _event(a, "dead")
    assert e.type == "ASSAULT" and m.target_text == "Five"
    assert not [e for e in analyze("The talks reached a dead end.").events
                if e.type == "ASSAULT"]


def test_a_sentence_to_death_is_no_death(analyze):
    for text in ("A court sentenced him to death.", "He was condemned to death by a tribunal."):
        assert not analyze(text).events, text


def test_a_place_hung_on_the_sides_of_a_fight_is_where_it_was(analyze):
    a = analyze("A man was killed in a battle between troops and gunmen in the market area.")
    assert _event(a, "battle")[1].location_text == "in the market area"


def test_whom_a_participle_tells_of_ends_before_it(analyze):
    a = analyze("The alleged killer, Karim Lotfi – shot dead by police two days after the "
                "attack – was known to the authorities.")
    assert _event(a, "dead")[1].target_text == "The alleged killer, Karim Lotfi"
    # the participle with its "by" is passive, whatever its tag: whom it was done to
    _, shot = _event(a, "shot")
    assert (shot.actor_text, shot.target_text) == ("police", "The alleged killer, Karim Lotfi")


def test_a_group_in_front_of_a_protest_holds_it_and_a_protest_that_blocks_took_place(analyze):
    assert _event(analyze("Student protests spread to three cities."), "protests")[
        1].actor_text == "Student"
    assert _event(analyze("Opposition rallies drew thousands."), "rallies")[
        1].actor_text == "Opposition"
    e, _ = _event(analyze("Farmers' protests blocked the motorway."), "protests")
    assert e.status == "occurred"
    assert _event(analyze("Police blocked the march."), "march")[0].status == "negated"


def test_a_place_in_what_is_asked_for_is_not_where_it_was_asked(analyze):
    a = analyze("The ministry ordered the evacuation of the consulate in Basra.")
    e, _ = _event(a, "ordered")
    assert e.place is None
    b = analyze("In Basra, the governor urged residents to stay indoors.")
    assert _event(b, "urged")[0].place is not None


def test_drones_shot_down_in_a_headline_shot_nothing_down(analyze):
    a = analyze("Dozens of drones shot down over Odesa region, says navy\n\n"
                "The navy said the drones came from the sea.")
    [shot] = [e for e in a.events if e.trigger.text == "shot"]
    assert (shot.actor_text, shot.target_text) == (None, "Dozens of drones")


def test_a_relative_clause_whose_object_is_its_noun(analyze):
    a = analyze("The army released two men it had detained in March. The council fined "
                "three firms it accused of dumping waste in the river.")
    roles = {e.trigger.text: (e.actor_text, e.target_text) for e in a.events}
    assert roles["detained"] == ("it", "two men")
    assert roles["accused"] == ("it", "three firms")
    b = analyze("Militants attacked the village where the soldiers rested.")
    assert [e.target_text for e in b.events if e.trigger.text == "attacked"] == ["the village"]
