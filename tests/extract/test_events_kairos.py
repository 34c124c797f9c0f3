"""Events as the news commonly tells them, read as the KAIROS ontology splits them: an
attack and the deaths and wounds it caused are separate reports, each with its own roles
(our own sentences)."""

from .conftest import report_of as _mention


def test_an_event_noun_that_kills_is_one_event_with_two_reports(analyze):
    a = analyze("The bombing killed six workers and injured eleven at a depot in Basra.")
    bombing, first = _mention(a, "bombing")
    killed_event, killed = _mention(a, "killed")
    _, injured = _mention(a, "injured")
    assert killed_event.id == bombing.id  # one incident in the situation picture
    assert first.target_text is None  # the dead are the deaths' victims, not the blast's
    assert killed.target_text == "six workers" and injured.target_text == "eleven"
    assert bombing.target_text == "six workers"  # the merged event still names them


def test_a_noun_that_hits_a_thing_stays_one_report(analyze):
    a = analyze("A drone strike hit a fuel depot outside Kherson.")
    assert [m.trigger.text for e in a.events for m in e.mentions] == ["strike"]


def test_a_participle_toll_after_storming_is_reported(analyze):
    # "stormed" is no natural disaster: the toll after it is an attack's
    a = analyze("Militants stormed a police academy, killing nine cadets.")
    _, killing = _mention(a, "killing")
    assert killing.target_text == "nine cadets" and killing.actor_text == "Militants"
    b = analyze("A storm killed nine villagers in the delta.")
    assert not b.events


def test_opened_fire_is_the_fire_and_whom_it_was_opened_on(analyze):
    a = analyze("Troops opened fire on a crowd of students near the campus.")
    e, m = _mention(a, "fire")
    assert e.type == "ASSAULT" and m.actor_text == "Troops"
    assert m.target_text.startswith("a crowd of students")


def test_left_dead_is_a_death_toll(analyze):
    a = analyze("The ambush left four rangers dead.")
    e, m = _mention(a, "dead")
    assert e.type == "ASSAULT" and m.target_text == "four rangers"
    b = analyze("The flood left four villagers dead.")
    assert not [e for e in b.events if e.trigger.text == "dead"]


def test_taken_into_custody_is_an_arrest(analyze):
    a = analyze("The driver was taken into custody by border guards.")
    e, m = _mention(a, "taken")
    assert e.type == "COERCE" and m.target_text == "The driver"
    assert m.actor_text == "border guards"


def test_demands_met_are_no_meeting(analyze):
    a = analyze("The strikers went back to work after their demands were met.")
    assert not [e for e in a.events if e.type == "CONSULT"]


def test_a_call_in_which_someone_urged_took_place(analyze):
    a = analyze("During a phone call with the Kenyan president, the envoy urged restraint.")
    e, _ = _mention(a, "call")
    assert e.type == "CONSULT" and e.status == "occurred"
    b = analyze("The envoy urged the two leaders to hold a phone call.")
    assert _mention(b, "call")[0].status == "hypothetical"


def test_talks_with_a_counterpart_are_two_sided_and_name_the_state(analyze):
    a = analyze("Lithuania and Latvia disagree. The Lithuanian foreign minister held talks "
                "with his Latvian counterpart in Riga on Friday.")
    e, _ = _mention(a, "talks")
    latvia = next(x.id for x in a.entities if x.name == "Latvia")
    assert e.mode == "visit" and e.target == latvia
    assert e.target_text == "his Latvian counterpart"  # Riga is where, not whom


def test_a_meeting_of_many_states_leaders_is_multilateral(analyze):
    a = analyze("The chancellor chaired a meeting of African leaders in Addis Ababa.")
    e, _ = _mention(a, "meeting")
    assert e.mode == "multilateral" and e.target is None
    b = analyze("Rutte and Tusk held talks with Kallas in Tallinn.")
    assert _mention(b, "talks")[0].mode == "multilateral"  # three sides, one unnamed


def test_a_thing_signed_or_asked_for_is_no_target(analyze):
    a = analyze("The agreement is drafted, and Norway is ready to sign it.")
    e, _ = _mention(a, "sign")
    assert e.target is None and e.target_text is None
    b = analyze("The army requested delivery of more armoured vehicles.")
    e, _ = _mention(b, "requested")
    assert e.target_text is None
    c = analyze("Kenya asked Uganda for more fuel.")
    assert _mention(c, "asked")[1].target_text == "Uganda"
    d = analyze("The embassy ordered the departure of all its non-essential staff.")
    assert "staff" in _mention(d, "ordered")[1].target_text  # who is to leave


def test_put_to_death_names_the_killer_and_the_dead(analyze):
    a = analyze("Raiders clubbed two herders to death near the well.")
    _, death = _mention(a, "death")
    assert death.actor_text == "Raiders" and death.target_text == "two herders"
    b = analyze("The teacher was stoned to death by a crowd.")
    _, death = _mention(b, "death")
    assert death.actor_text == "a crowd" and death.target_text == "The teacher"


def test_people_hurt_are_wounded_but_an_economy_is_not(analyze):
    a = analyze("Four guards were hurt when the grenade went off.")
    e, m = _mention(a, "hurt")
    assert e.type == "ASSAULT" and m.target_text == "Four guards"
    b = analyze("The new tariffs hurt exporters and the economy.")
    assert not [e for e in b.events if e.trigger.text == "hurt"]


def test_a_meeting_names_whom_it_is_with_not_when_or_what(analyze):
    a = analyze("The two premiers met on the margins of the forum.")
    assert _mention(a, "met")[1].target_text is None
    b = analyze("Envoys held talks on the border dispute with Sudanese officials.")
    assert _mention(b, "talks")[1].target_text == "Sudanese officials"


def test_receiving_or_calling_a_leader_is_a_meeting_or_a_call(analyze):
    a = analyze("The emir received the Somali president at his palace.")
    e, m = _mention(a, "received")
    assert (e.type, e.mode) == ("CONSULT", "visit") and m.target_text == "the Somali president"
    b = analyze("The chancellor called her Austrian counterpart on Monday.")
    e, m = _mention(b, "called")
    assert (e.type, e.mode) == ("CONSULT", "phone") and m.actor_text == "The chancellor"
    c = analyze("She received a letter and called Harper's for a quote.")
    assert not [e for e in c.events if e.type == "CONSULT"]


def test_lives_lost_and_soldiers_perished_are_deaths(analyze):
    a = analyze("Nine pilgrims lost their lives in the ambush.")
    e, m = _mention(a, "lost")
    assert e.type == "ASSAULT" and m.target_text == "Nine pilgrims" and m.actor_text is None
    b = analyze("Two marines perished when their patrol came under fire.")
    assert _mention(b, "perished")[1].target_text == "Two marines"
    c = analyze("The team lost the final.")
    assert not c.events


def test_the_dead_included_names_the_victims(analyze):
    a = analyze("The wounded included a reporter and two medics.")
    e, m = _mention(a, "wounded")
    assert e.type == "ASSAULT" and m.target_text == "a reporter and two medics"


def test_rounded_up_and_taking_to_the_streets(analyze):
    a = analyze("Soldiers rounded up forty men on Sunday.")
    e, m = _mention(a, "rounded")
    assert e.type == "COERCE" and m.target_text == "forty men"
    b = analyze("Farmers took to the streets on Monday. Protesters gathered at the port.")
    assert [e.type for e in b.events] == ["PROTEST", "PROTEST"]
    c = analyze("Relatives gathered at the hospital.")
    assert not c.events


def test_a_defendant_faces_charges_of_a_crime(analyze):
    a = analyze("The former mayor faces charges of bribery.")
    e, m = _mention(a, "charges")
    assert e.type == "ACCUSE" and m.target_text == "The former mayor"


def test_a_video_conference_is_a_call_and_fire_is_no_attacker(analyze):
    a = analyze("The ministers held a video conference on the crisis.")
    e, _ = _mention(a, "conference")
    assert (e.type, e.mode) == ("CONSULT", "phone")
    b = analyze("A guard was wounded by sniper fire.")
    assert _mention(b, "wounded")[1].actor_text is None


def test_a_request_is_made_to_or_from_someone_not_at_a_place(analyze):
    a = analyze("The caller requested a table at the Ritz.")
    assert _mention(a, "requested")[1].target_text is None
    b = analyze("The mayor appealed to residents to stay indoors.")
    assert _mention(b, "appealed")[1].target_text == "residents"


def test_places_hit_by_weapons_in_the_passive_were_attacked(analyze):
    a = analyze("Three towns were hit by rockets overnight.")
    e, m = _mention(a, "hit")
    assert e.type == "ASSAULT" and m.target_text == "Three towns" and m.actor_text is None
    b = analyze("The minister was struck by the irony.")
    assert not b.events


def test_weapons_named_for_attacks_are_no_attack(analyze):
    a = analyze("The navy bought two attack submarines and ten attack drones.")
    assert not [e for e in a.events if e.type == "ASSAULT"]


def test_a_clause_about_a_party_is_not_its_name(analyze):
    a = analyze("Gunmen attacked the hostel, which housed forty students, at dawn.")
    _, m = _mention(a, "attacked")
    assert m.target_text == "the hostel" and m.actor_text == "Gunmen"


def test_a_warning_of_reprisal_is_a_threat_but_a_forecast_is_not(analyze):
    a = analyze("The rebels warned of retaliation.")
    assert [e.type for e in a.events] == ["THREATEN"]
    b = analyze("The clan warned of more raids unless the herders left.")
    assert "THREATEN" in [e.type for e in b.events]
    c = analyze("Analysts warned of more raids in the region.")
    assert "THREATEN" not in [e.type for e in c.events]


def test_an_attack_on_a_target_by_an_attacker(analyze):
    a = analyze("The raid on the depot by Kurdish fighters lasted an hour.")
    _, m = _mention(a, "raid")
    assert m.actor_text == "Kurdish fighters" and m.target_text == "the depot"


def test_who_arrives_for_talks_takes_part_in_them(analyze):
    a = analyze("The Dutch premier arrived in Oslo for talks with Støre.")
    e, m = _mention(a, "talks")
    assert m.actor_text == "The Dutch premier" and e.mode == "visit"


def test_what_is_said_of_an_event_does_not_negate_it(analyze):
    a = analyze("Injuries to the three guards were not serious.")
    e, m = _mention(a, "Injuries")
    assert e.status == "occurred" and m.target_text == "the three guards"
    b = analyze("No arrests were made.")
    assert _mention(b, "arrests")[0].status == "negated"


def test_a_relative_clause_that_kills_is_the_attack_s_toll(analyze):
    a = analyze("The ambush, which killed six rangers, shocked the park staff.")
    ambush, _ = _mention(a, "ambush")
    killed, m = _mention(a, "killed")
    assert killed.id == ambush.id and m.target_text == "six rangers"


def test_the_attack_that_someone_launched_is_theirs(analyze):
    a = analyze("Ten guards died in a raid that bandits mounted at night.")
    assert _mention(a, "raid")[1].actor_text == "bandits"


def test_orders_sent_or_issued_are_requests_to_whom_they_go(analyze):
    a = analyze("The governor sent orders for the guards to seal the border.")
    e, m = _mention(a, "sent")
    assert e.type == "REQUEST" and m.target_text == "the guards"
    b = analyze("The army issued instructions to villagers.")
    e, m = _mention(b, "issued")
    assert e.type == "REQUEST" and m.target_text == "villagers"


def test_a_letter_sent_is_correspondence_not_aid(analyze):
    a = analyze("The rebel leader sent a letter to the United Nations.")
    e, m = _mention(a, "sent")
    assert e.type == "CONSULT" and m.target_text == "the United Nations"
    b = analyze("Norway will send tanks to Ukraine.")
    assert _mention(b, "send")[0].type == "AID"


def test_attacks_told_without_a_weapon_word(analyze):
    a = analyze("A man rammed a van into a crowd of tourists.")
    e, m = _mention(a, "rammed")
    assert e.type == "ASSAULT" and m.target_text == "a crowd of tourists"
    b = analyze("Raiders set fire to a granary in the village.")
    assert _mention(b, "set")[1].target_text.startswith("a granary")
    c = analyze("The judge was gunned down outside the court.")
    assert _mention(c, "gunned")[1].target_text == "The judge"
    d = analyze("Soldiers fired on the marchers. The patrol was fired upon at dawn.")
    assert [m.target_text for e in d.events for m in e.mentions] == ["the marchers", "The patrol"]
    e_ = analyze("Jihadists targeted a convoy of aid trucks.")
    assert _mention(e_, "targeted")[0].type == "ASSAULT"


def test_figures_of_speech_are_no_attacks(analyze):
    a = analyze("The coach was fired by the club. Critics fired back at the minister. "
                "The campaign targeted young voters. The firm set a target for sales.")
    assert not [e for e in a.events if e.type == "ASSAULT"]


def test_an_including_list_on_a_passive_agent_is_not_the_agents(analyze):
    a = analyze("Dozens of villagers were killed by the militia, including six children.")
    _, m = _mention(a, "killed")
    assert m.actor_text == "the militia" and m.target_text == "Dozens of villagers"
    b = analyze("The accord was signed by twelve states, including Chile.")
    assert _mention(b, "signed")[1].actor_text == "twelve states, including Chile"


def test_sanctions_imposed_on_someone_target_them(analyze):
    a = analyze("New sanctions were imposed on three shipping firms.")
    assert _mention(a, "sanctions")[1].target_text == "three shipping firms"


def test_release_and_custody_wordings(analyze):
    a = analyze("The junta released the freighter and its crew.")
    assert _mention(a, "released")[0].type == "CONCEDE"
    b = analyze("The detainees were set free under an amnesty.")
    e, m = _mention(b, "set")
    assert (e.type, e.mode) == ("CONCEDE", "release") and m.target_text == "The detainees"
    c = analyze("Police are holding three men for questioning. Officers handcuffed the driver.")
    assert [e.type for e in c.events] == ["COERCE", "COERCE"]
    d = analyze("The club is holding three trophies for the season.")
    assert not d.events


def test_pleading_not_guilty_leaves_the_charges_standing(analyze):
    a = analyze("The clerk pleaded not guilty to charges of fraud.")
    assert _mention(a, "charges")[0].status == "occurred"


def test_talks_between_two_sides_name_each_apart(analyze):
    a = analyze("Talks between Armenia and Azerbaijan resumed in Vienna.")
    e, m = _mention(a, "Talks")
    assert (m.actor_text, m.target_text, e.mode) == ("Armenia", "Azerbaijan", "visit")
    b = analyze("Oman hosted talks between the Houthis and Saudi officials in Muscat.")
    e, m = _mention(b, "talks")
    assert m.actor_text != "Oman" and m.target_text == "Saudi officials"


def test_a_protest_against_someone_somewhere(analyze):
    a = analyze("Students demonstrated against the government in Tbilisi.")
    _, m = _mention(a, "demonstrated")
    assert m.target_text == "the government"


def test_a_cancelled_meeting_did_not_happen_and_a_postponed_one_is_to_come(analyze):
    a = analyze("The summit in Lagos was cancelled after the bombing.")
    assert _mention(a, "summit")[0].status == "negated"
    assert _mention(a, "bombing")[0].status == "occurred"
    b = analyze("Her visit to Seoul has been postponed.")
    assert _mention(b, "visit")[0].status == "scheduled"
    c = analyze("The unions called off the protest.")
    assert _mention(c, "protest")[0].status == "negated"


def test_fire_that_is_shooting(analyze):
    a = analyze("The convoy came under fire near Kandahar. Sniper fire hit the checkpoint.")
    assert [m.target_text for e in a.events for m in e.mentions] == [
        "The convoy", "the checkpoint"]
    b = analyze("The soldiers returned fire.")
    e, m = _mention(b, "returned")
    assert e.type == "ASSAULT" and m.target_text is None


def test_fire_that_is_criticism_a_blaze_or_a_means_is_no_attack(analyze):
    a = analyze("The minister came under fire for his remarks. The mayor came under fire "
                "from critics. A fire broke out in the market.")
    assert not a.events
    b = analyze("A guard was killed by mortar fire.")
    assert [m.trigger.text for e in b.events for m in e.mentions] == ["killed"]


def test_a_capital_before_an_event_noun_is_where_not_who(analyze):
    a = analyze("Three killed in Nairobi blast")
    _, m = _mention(a, "blast")
    assert m.actor_text is None


def test_a_telephone_conversation_is_a_call(analyze):
    a = analyze("Scholz had a telephone conversation with Erdogan on Friday.")
    e, m = _mention(a, "conversation")
    assert (e.type, e.mode) == ("CONSULT", "phone") and m.target_text == "Erdogan"
    b = analyze("The conversation turned to football.")
    assert not b.events


def test_the_people_an_including_list_names_are_the_ones_arrested(analyze):
    a = analyze("Opposition activists sympathetic to the rebels were arrested, including "
                "Maria Petrova, a lawyer, and Ivan Sokolov.")
    e, m = _mention(a, "arrested")
    assert m.target_text == "Maria Petrova, a lawyer, and Ivan Sokolov"
    assert {x.id: x.name for x in a.entities}[e.target] == "Maria Petrova"
    b = analyze("Police detained several journalists on Sunday, including Anna Berg.")
    assert _mention(b, "detained")[1].target_text == "Anna Berg"
    c = analyze("Rebels shelled several towns, including Sumy and Izium.")
    assert _mention(c, "shelled")[1].target_text == "several towns, including Sumy and Izium"


def test_nouns_of_violence_and_custody_are_events(analyze):
    cases = {"The detonation of a roadside mine wounded two herders.": ("detonation", "ASSAULT"),
             "The invasion of the island began at dawn.": ("invasion", "ASSAULT"),
             "The assault on the village lasted six hours.": ("assault", "ASSAULT"),
             "The beheading of the aid worker shocked the town.": ("beheading", "ASSAULT"),
             "A stabbing outside the stadium left one fan hurt.": ("stabbing", "ASSAULT"),
             "A shootout with smugglers lasted an hour.": ("shootout", "ASSAULT"),
             "The execution of two prisoners was condemned.": ("execution", "ASSAULT"),
             "His detention was extended by a judge.": ("detention", "COERCE"),
             "The imprisonment of the activists angered their families.": (
                 "imprisonment", "COERCE"),
             "The lawyer was paroled in 2010.": ("paroled", "CONCEDE"),
             "Managers pressurised the workers to vote.": ("pressurised", "THREATEN"),
             "The intimidation of voters was widespread.": ("intimidation", "THREATEN"),
             "The mayor turned down the request for funding.": ("request", "REQUEST")}
    for text, (word, plover) in cases.items():
        e, _ = _mention(analyze(text), word)
        assert e.type == plover, text


def test_a_detonation_does_not_target_its_device(analyze):
    a = analyze("The detonation of the device injured two guards.")
    _, m = _mention(a, "detonation")
    assert m.target_text != "the device"


def test_executions_of_plans_prison_terms_and_requests_granted_are_no_events(analyze):
    for text in ("The execution of the plan took months.",
                 "The charges carry the threat of execution.",
                 "He was sentenced to life imprisonment.",
                 "He faces ten years of imprisonment.",
                 "The visit was arranged at the request of the family.",
                 "Troops carried assault rifles.",
                 "She was held in a detention centre."):
        a = analyze(text)
        assert not [e for e in a.events if e.type in ("ASSAULT", "COERCE", "REQUEST")], text


def test_people_captured_or_caught_are_taken_into_custody(analyze):
    e, m = _mention(analyze("Police captured the suspect after a chase."), "captured")
    assert e.type == "COERCE" and m.target_text == "the suspect"
    e, _ = _mention(analyze("The gunman was caught by police near the harbour."), "caught")
    assert e.type == "COERCE"
    e, _ = _mention(analyze("Rebels captured three villages near the river."), "captured")
    assert (e.type, e.mode) == ("ASSAULT", "occupy")
    for text in ("The man was caught on video dropping off a package.",
                 "The warehouse caught fire overnight."):
        assert not analyze(text).events, text


def test_telling_someone_to_act_is_a_command(analyze):
    e, m = _mention(analyze("The judge told the defendant to stand."), "told")
    assert e.type == "REQUEST" and m.target_text == "the defendant"
    a = analyze("The commander directed his troops to withdraw.")
    assert _mention(a, "directed")[0].type == "REQUEST"
    assert _mention(a, "withdraw")[0].status == "hypothetical"
    b = analyze("The minister told reporters that the talks had ended.")
    assert not [e for e in b.events if e.type == "REQUEST"]


def test_writing_to_someone_is_correspondence(analyze):
    e, m = _mention(analyze("The mayor wrote to the minister on Monday."), "wrote")
    assert e.type == "CONSULT" and m.target_text == "the minister"
    e, _ = _mention(analyze("The envoy contacted the embassy by email."), "contacted")
    assert e.type == "CONSULT"
    assert not analyze("He wrote a book about the war.").events


def test_fire_that_hit_someone_is_an_attack_unless_its_verb_tells_it(analyze):
    e, m = _mention(analyze("Two soldiers were hit by sniper fire."), "fire")
    assert e.type == "ASSAULT" and m.target_text == "Two soldiers"
    a = analyze("A major was killed in the valley, reportedly by mortar fire from the rebels.")
    assert [m.trigger.text for e in a.events for m in e.mentions] == ["killed"]


def test_hijacking_arson_extortion_and_vowed_revenge(analyze):
    e, m = _mention(analyze("Gunmen hijacked a bus carrying pilgrims."), "hijacked")
    assert e.type == "ASSAULT" and m.actor_text == "Gunmen"
    e, _ = _mention(analyze("The arson at the mosque was condemned."), "arson")
    assert e.type == "ASSAULT"
    e, m = _mention(analyze("The gang extorted money from shopkeepers."), "extorted")
    assert e.type == "THREATEN" and m.target_text == "shopkeepers"
    e, m = _mention(analyze("The attackers vowed revenge against the police."), "vowed")
    assert e.type == "THREATEN" and m.target_text == "the police"
    e, m = _mention(analyze("Officers locked up the protesters overnight."), "locked")
    assert e.type == "COERCE" and m.target_text == "the protesters"
    assert not analyze("They locked up the shop.").events


def test_an_accusation_by_prosecutors_is_a_legal_charge(analyze):
    e, m = _mention(analyze("Prosecutors accused him of lying to investigators."), "accused")
    assert (e.type, e.mode) == ("ACCUSE", "legal") and m.target_text == "him"
    e, _ = _mention(analyze("Chile accused Peru of shelling the port."), "accused")
    assert e.mode == "allege"


def test_pleading_with_someone_is_a_request_of_them(analyze):
    a = analyze("She pleaded with the rebels to free the children.")
    e, m = _mention(a, "pleaded")
    assert e.type == "REQUEST" and m.target_text == "the rebels"
    assert _mention(a, "free")[1].actor_text == "the rebels"
    b = analyze("He pleaded not guilty to the charges.")
    assert not [e for e in b.events if e.type == "REQUEST"]


def test_calls_on_someone_and_demands_for_an_act_are_requests(analyze):
    a = analyze("The council declared a state of emergency and called on residents to stay "
                "indoors.")
    e, m = _mention(a, "called")
    assert e.type == "REQUEST" and m.target_text == "residents"
    b = analyze("Protesters repeated their demands for the withdrawal of troops.")
    assert _mention(b, "demands")[0].type == "REQUEST"
    assert not analyze("Demand for housing rose.").events


def test_protesters_clashing_is_a_violent_demonstration(analyze):
    e, m = _mention(analyze("Protesters clashed with riot police in the capital."), "clashed")
    assert (e.type, e.acled.sub_event_type) == ("PROTEST", "Violent demonstration")
    assert m.actor_text == "Protesters"
    e, m = _mention(analyze("Police clashed with demonstrators outside parliament."), "clashed")
    assert e.type == "PROTEST" and m.actor_text == "demonstrators" and m.target_text == "Police"
    e, _ = _mention(analyze("Troops clashed with rebels near the border."), "clashed")
    assert e.type == "ASSAULT"


def test_a_letter_to_someone_is_correspondence(analyze):
    a = analyze("In a letter to the president, the senators urged restraint.")
    e, m = _mention(a, "letter")
    assert e.type == "CONSULT" and m.target_text == "the president"
    assert not analyze("A letter of credit was issued.").events


def test_what_an_anti_protest_is_against_is_its_target(analyze):
    a = analyze("Thousands joined anti-war rallies in the capital.")
    assert _mention(a, "rallies")[1].target_text == "war"
    b = analyze("The governor instructed the wardens to lock the gates.")
    assert _mention(b, "instructed")[1].target_text == "the wardens"


def test_beating_people_is_an_assault_beating_a_side_is_not(analyze):
    e, m = _mention(analyze("Police beat the protesters with batons."), "beat")
    assert e.type == "ASSAULT" and m.target_text == "the protesters"
    e, m = _mention(analyze("Two reporters were beaten by guards."), "beaten")
    assert m.actor_text == "guards" and m.target_text == "Two reporters"
    for text in ("Spain beat France in the final.", "The team beat them easily."):
        assert not analyze(text).events, text


def test_torture_strangling_and_poisoning_people_are_assaults(analyze):
    cases = {"Guards tortured the prisoners for days.": "tortured",
             "The torture of detainees was documented.": "torture",
             "The dissident was strangled in his cell.": "strangled",
             "Agents poisoned the journalist.": "poisoned",
             "The poisoning of the defector shocked the city.": "poisoning"}
    for text, word in cases.items():
        assert _mention(analyze(text), word)[0].type == "ASSAULT", text
    for text in ("Food poisoning sickened dozens.",
                 "The report said the policy would poison relations.",
                 "The torture chamber was found."):
        assert not analyze(text).events, text


def test_sent_to_prison_is_custody_and_granted_bail_a_release(analyze):
    e, m = _mention(analyze("The judge sent him to prison for ten years."), "sent")
    assert e.type == "COERCE" and m.target_text == "him"
    e, m = _mention(analyze("The activists were put behind bars."), "put")
    assert e.type == "COERCE" and m.location_text is None
    e, m = _mention(analyze("She was granted bail on Monday."), "granted")
    assert (e.type, e.mode) == ("CONCEDE", "release") and m.target_text == "She"


def test_capturing_a_moment_takes_no_ground_and_a_town_stays_ground(analyze):
    for text in ("The photographer captured the moment the wall fell.",
                 "The film captured the mood of the city."):
        assert not analyze(text).events, text
    e, _ = _mention(analyze("Russian forces captured Avdiivka in February."), "captured")
    assert (e.type, e.mode) == ("ASSAULT", "occupy")
    e, _ = _mention(analyze("Police captured Ivan Sokolov after a chase."), "captured")
    assert e.type == "COERCE"


def test_harming_people_and_homicides_are_assaults(analyze):
    e, m = _mention(analyze("The gunmen harmed three hostages."), "harmed")
    assert e.type == "ASSAULT" and m.target_text == "three hostages"
    e, _ = _mention(analyze("No civilians were harmed in the operation."), "harmed")
    assert e.status == "negated"
    e, _ = _mention(analyze("Police are investigating two homicides in the district."),
                    "homicides")
    assert e.type == "ASSAULT"
    assert not [e for e in analyze("The drought harmed the harvest.").events
                if e.type == "ASSAULT"]


def test_bringing_down_aircraft_and_troops_hitting_gunmen_are_attacks(analyze):
    e, m = _mention(analyze("Air defences brought down two enemy jets."), "brought")
    assert (e.type, e.mode) == ("ASSAULT", "shoot-down") and m.target_text == "two enemy jets"
    e, m = _mention(analyze("The army said its troops had hit three gunmen."), "hit")
    assert e.type == "ASSAULT" and m.target_text == "three gunmen"
    for text in ("The storm hit three villages.", "The new tax hit workers hard.",
                 "He took down the flag."):
        assert not analyze(text).events, text


def test_a_party_forcing_someone_to_act_coerces_them(analyze):
    e, m = _mention(analyze("Gunmen forced the villagers to leave their homes."), "forced")
    assert e.type == "THREATEN" and m.target_text == "the villagers"
    for text in ("Thousands were forced to flee the fighting.",
                 "High prices forced the firm to close."):
        assert not [e for e in analyze(text).events if e.type == "THREATEN"], text


def test_explosives_or_chemical_weapons_used_are_an_attack_and_the_user_attacks(analyze):
    e, m = _mention(analyze("The regime used chemical weapons against civilians."), "used")
    assert (e.type, e.acled.sub_event_type) == ("ASSAULT", "Chemical weapon")
    assert m.actor_text == "The regime" and m.target_text == "civilians"
    e, m = _mention(analyze("Investigators said 200kg of explosives had been used."), "used")
    assert e.type == "ASSAULT" and m.target_text is None
    a = analyze("Militants used a car bomb to attack the checkpoint.")
    assert [m.trigger.text for e in a.events for m in e.mentions] == ["attack"]
    assert _mention(a, "attack")[1].actor_text == "Militants"
    assert not analyze("Police used drones to monitor the crowd.").events
