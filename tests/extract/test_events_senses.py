"""Words of the event lexicon in a sense that reports no event of their type (our own
sentences)."""

import pytest


def _types(a):
    return {(e.type, e.trigger.text) for e in a.events}


@pytest.mark.parametrize(("text", "plover", "word"), [
    ("Police issued an arrest warrant for the mayor.", "COERCE", "arrest"),
    ("How a new protest movement grew in the provinces", "PROTEST", "protest"),
    ("The senator died of a heart attack on Sunday.", "ASSAULT", "attack"),
    ("The senator died of a heart attack on Sunday.", "ASSAULT", "died"),
    ("Nine patients died of cholera in the northern province.", "ASSAULT", "died"),
    ("Doctors are fighting the outbreak with a vaccine.", "ASSAULT", "fighting"),
    ("The governor vowed to attack corruption in the ports.", "ASSAULT", "attack"),
    ("The minister called the blast a cowardly act.", "REQUEST", "called"),
    ("The envoy called on Tuesday to say he was delayed.", "REQUEST", "called"),
    ("\"Where were you that night?\" the lawyer asked.", "REQUEST", "asked"),
    ("The judge asked the witness whether he had seen the truck.", "REQUEST", "asked"),
    ("Lawmakers demanded to know why the reports were ignored.", "REQUEST", "demanded"),
    ("Residents warned the police of their fears about the man.", "THREATEN", "warned"),
    ("The region faces the threat of famine.", "THREATEN", "threat"),
    ("The minister conceded that the shortages were severe.", "CONCEDE", "conceded"),
    ("We talk about security every day.", "CONSULT", "talk"),
    ("The city will host the final in July.", "CONSULT", "host"),
    ("The president addressed a campaign rally in the capital.", "PROTEST", "rally"),
    ("Unions began a 48-hour strike on Monday.", "ASSAULT", "strike"),
    ("Kallas warns Moscow may test NATO within five years.", "THREATEN", "warns"),
    ("Kyiv warned that Russia was massing troops near Sumy.", "THREATEN", "warned"),
    ("Two fighters were hurt in an accidental explosion at their camp.", "ASSAULT",
     "explosion"),
    ("The shell detonated prematurely inside the depot.", "ASSAULT", "detonated"),
    ("An explosion at a fertiliser plant shook the port.", "ASSAULT", "explosion"),
    ("The officials said the prisoners died of natural causes.", "ASSAULT", "died"),
    ("Her father had been dying of leukemia for a year.", "ASSAULT", "dying"),
    # forbidden, or named again
    ("The council issued a ban on marches and protests until Sunday.", "PROTEST", "protests"),
    ("Police banned the protest planned for Saturday.", "PROTEST", "protest"),
    ("The mayor later called the fire an attack.", "ASSAULT", "attack"),
    ("Ministers condemned the shooting as a cowardly attack.", "ASSAULT", "attack"),
    # a threat as a danger, an advisory, a warning only heeded or ignored
    ("Drones pose a serious threat to airliners.", "THREATEN", "threat"),
    ("Officials raised the terror threat level on Monday.", "THREATEN", "threat"),
    ("The minister spoke about the growing terrorist threat.", "THREATEN", "threat"),
    ("The embassy issued a travel warning for its citizens.", "THREATEN", "warning"),
    ("Residents ignored the warnings and stayed in their homes.", "THREATEN", "warnings"),
    ("The city is building in defiance of official warnings.", "THREATEN", "warnings"),
    ("The port failed to act on warnings from engineers.", "THREATEN", "warnings"),
    # showing, marching, rallying and protesting in other senses
    ("The test demonstrated that the drone can carry a bomb.", "PROTEST", "demonstrated"),
    ("The company demonstrated its new jammer to the army.", "PROTEST", "demonstrated"),
    ("There was a live demonstration of the new radar at the base.", "PROTEST",
     "demonstration"),
    ("Troops marched into the town at dawn.", "PROTEST", "marched"),
    ("The party rallied behind its leader.", "PROTEST", "rallied"),
    ("He protested his innocence at the trial.", "PROTEST", "protested"),
    ("Lines of riot police blocked the bridge.", "PROTEST", "riot"),
    # questions, anonymity and legal appeals are no requests
    ("When asked about the attack, the minister declined to comment.", "REQUEST", "asked"),
    ("He asked not to be named because he was not authorised to speak.", "REQUEST",
     "asked"),
    ("The lawyers appealed the verdict on Monday.", "REQUEST", "appealed"),
    # filming, bills and decisions are no victims
    ("The crew shot a documentary about the war.", "ASSAULT", "shot"),
    ("The senate killed the bill last week.", "ASSAULT", "killed"),
    ("The minister attacked the government's decision.", "ASSAULT", "attacked"),
    ("Now there might be no poverty to battle in the valley.", "ASSAULT", "battle"),
    # a crime named in a charge or verdict, and the charges a trial is held on
    ("The courier went on trial on charges of murder and fraud in May.", "ASSAULT", "murder"),
    ("The courier went on trial on charges of murder and fraud in May.", "ACCUSE", "charges"),
    ("The guard was held on suspicion of kidnapping.", "ASSAULT", "kidnapping"),
    # a bomb planted is no attack until it goes off
    ("Militants tried to plant a bomb along the road.", "ASSAULT", "plant"),
])
def test_no_event_of_that_type(analyze, text, plover, word):
    assert (plover, word) not in _types(analyze(text))


@pytest.mark.parametrize(("text", "plover", "word"), [
    ("Police arrested the mayor on Friday.", "COERCE", "arrested"),
    ("Gunmen killed nine villagers in the northern province.", "ASSAULT", "killed"),
    ("Rebels attacked the convoy near the border.", "ASSAULT", "attack"[:6] + "ed"),
    ("The minister called on Russia to withdraw its troops.", "REQUEST", "called"),
    ("The envoy asked the rebels to free the hostages.", "REQUEST", "asked"),
    ("The EU's threat of sanctions worried Moscow.", "THREATEN", "threat"),
    ("She talked with the envoy in Geneva.", "CONSULT", "talked"),
    ("The prime minister will host the presidents of France and Italy.", "CONSULT", "host"),
    ("Thousands joined a rally against the government in the capital.", "PROTEST", "rally"),
    ("Putin warned that he would respond with force.", "THREATEN", "warned"),
    ("Iran warned it would close the strait.", "THREATEN", "warned"),
    ("A car bomb exploded outside the ministry.", "ASSAULT", "exploded"),
    ("The prisoners died of their wounds after the raid.", "ASSAULT", "died"),
    ("Thousands demonstrated against the government in the capital.", "PROTEST",
     "demonstrated"),
    ("Crowds held a demonstration of solidarity outside the embassy.", "PROTEST",
     "demonstration"),
    ("Students marched to the parliament on Friday.", "PROTEST", "marched"),
    ("The minister appealed for calm after the blast.", "REQUEST", "appealed"),
    ("Warnings were given to the police before the explosion.", "THREATEN", "Warnings"),
    ("The rebels threatened the town with a siege.", "THREATEN", "threatened"),
    ("Rebels attacked the checkpoint with rockets.", "ASSAULT", "attacked"),
    ("The bomb they planted exploded outside the station.", "ASSAULT", "exploded"),
    ("He was accused of the murder of a police officer.", "ASSAULT", "murder"),
])
def test_the_event_sense_stays(analyze, text, plover, word):
    assert (plover, word) in _types(analyze(text))


def test_a_walkout_is_a_protest_not_an_assault(analyze):
    a = analyze("Unions began a 48-hour strike on Monday.")
    assert [(e.type, e.mode) for e in a.events if e.trigger.text == "strike"] == [
        ("PROTEST", "strike")]


def _modes(a):
    return {(e.type, e.mode, e.trigger.text) for e in a.events}


def test_a_charge_before_a_court_is_a_legal_accusation(analyze):
    a = analyze("Prosecutors charged the mayor with fraud. The opposition blamed the army.")
    assert ("ACCUSE", "legal", "charged") in _modes(a)
    assert ("ACCUSE", "allege", "blamed") in _modes(a)
    b = analyze("He pleaded not guilty to charges of lying to investigators.")
    assert ("ACCUSE", "legal", "charges") in _modes(b)
    c = analyze("The colonel was in charge of the base.")
    assert not [e for e in c.events if e.type == "ACCUSE"]


def test_freeing_captives_is_a_release_but_a_statement_is_not(analyze):
    a = analyze("The rebels released two hostages on Friday.")
    assert ("CONCEDE", "release", "released") in _modes(a)
    b = analyze("The ministry released a statement on Friday.")
    assert not [e for e in b.events if e.type == "CONCEDE"]


def test_a_slaying_is_an_assault(analyze):
    a = analyze("The slaying of three farmers shocked the village.")
    assert ("ASSAULT", "slaying") in _types(a)


def test_headings_and_title_lists_name_events_they_do_not_report(analyze):
    a = analyze("== The attack ==\nGunmen opened fire on the bus.\n\n== See also ==\n"
                "* 2009 Peshawar market bombing\n* Rebels attacked a depot near Herat")
    assert sorted(e.trigger.text for e in a.events) == ["attacked", "fire"]


def test_sending_a_delegation_is_no_aid(analyze):
    a = analyze("Ankara will send a delegation to the talks. Oslo will send tents to the camps.")
    assert [e.trigger.start for e in a.events if e.type == "AID"] == [
        a.document.text.index("send tents")]


def test_a_crime_one_is_charged_with_is_no_event(analyze):
    for text in ("He was charged with murder.",
                 "She was charged with crimes of treason, extortion and homicide."):
        assert [e.type for e in analyze(text).events] == ["ACCUSE"], text
    a = analyze("He was charged with the murder of a guard.")
    assert sorted(e.type for e in a.events) == ["ACCUSE", "ASSAULT"]
    b = analyze("She was accused of conspiring to commit a crime and homicide.")
    assert not [e for e in b.events if e.type == "ASSAULT"]
