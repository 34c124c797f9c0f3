"""What event, if any, a word reports: :func:`code_of` gives a token's (PLOVER type,
mode, ACLED event type, ACLED sub-event type) or None.

The lexicon (:mod:`sitroom.extract.events_lexicon`) proposes; the rules here dispose. A
word counts only in its event sense (see :func:`_no_event` and
:mod:`sitroom.extract.events_senses`); some senses are decided by the words around the
trigger: a bomb is an air strike only from the air ("glide bombs", "jets bombed"), else an
explosive; "shot down" a drone is disrupted weapons use, a helicopter a fight; "fired tear
gas" is crowd control; "took control of" a village is ground taken; "test-fired" a missile
is a show of force; "blew up the bridge" is an explosion but "the talks blew up" is not.
People captured, caught or locked up are taken into custody, ground captured is taken;
telling someone to act is a command; writing to someone is correspondence; beating or
poisoning people is an assault, beating a side in a match is not; protesters in a clash
make it a violent demonstration; prosecutors accuse before a court.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import acled
from ._text import conjoined
from .eventplace import is_place
from .events_lexicon import (
    ABSTRACT_FOES,
    ACCIDENT_WORDS,
    AID_LOADS,
    AIR_BOMBS,
    AIRCRAFT,
    ARMED,
    ATTACK,
    ATTACKERS,
    BEATEN,
    BLASTS,
    CAPTIVES,
    CASUALTY,
    CIVILIAN_ROLES,
    COMMAND_VERBS,
    CROWD_WEAPONS,
    CUSTODY,
    DAY_WORDS,
    ENVOYS_SUMMONED,
    EXPLOSIVES,
    FIGURATIVE,
    FIRE_KINDS,
    FIRED_ON,
    GIFTS,
    GUESTS,
    IED,
    ILLNESS,
    ILLNESS_ATTACKS,
    INSTRUMENTS,
    LAUNCH_VERBS,
    LEGAL_ACCUSERS,
    LETTERS,
    LEXICON,
    MEDIA,
    MET_AIMS,
    MISSILES_THROWN,
    NEGATIVE_SUBJECTS,
    NON_EVENT_HEADS,
    NOUN_TRIGGERS,
    OBJECT_SENSES,
    ORDERS,
    OUTPOSTS,
    OWN_PRONOUNS,
    PARTITIVES,
    PROTESTERS,
    REPRISALS,
    SERIES,
    STATE_AGENTS,
    STATE_TAKERS,
    STRIKE_WORDS,
    TAKING_VERBS,
    TALKS_GO_ON,
    TERRITORY,
    TROOPS,
    VICTIM_SUBJECT,
    WEAPONS,
    WRITING_VERBS,
)
from .events_senses import other_sense


def headline_talks(tok: Token) -> bool:
    """"Talks" read as a verb in a headline whose verb followed: "Gaza ceasefire talks resume
    in Cairo", "Peace talks stall" (the tagger takes "resume", "stall" for nouns)."""
    return tok.lower_ == "talks" and tok.tag_ == "VBZ" and tok.i + 1 < len(tok.doc) and (
        tok.doc[tok.i + 1].lower_ in TALKS_GO_ON)


def crowd_weapon(tok: Token) -> bool:
    """"tear gas", "water cannon", "rubber bullets": what police fire at a crowd."""
    phrase = " ".join(w.lower_ for w in tok.subtree)
    if acled.CHEMICAL.search(phrase):
        return False  # "toxic gas", "chlorine gas": a chemical weapon
    return tok.lemma_.lower() in CROWD_WEAPONS or phrase in CROWD_WEAPONS


def told_by_verb(noun: Token, plover: str, coded_at: dict) -> bool:
    """Whether an event noun only names what a verb of its type reports: its object ("signed
    a deal") or the complement of its object ("pledged 500 million euros in aid", "send
    $50m in aid"), not a phrase of its own ("five died in the attack")."""
    def same(w: Token) -> bool:
        coded = coded_at.get(w.i)
        return coded is not None and coded[0] == plover
    if noun.head.i != noun.i and noun.dep_ in ("dobj", "pobj", "nsubjpass") and same(noun.head):
        return True
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "in" and (
            prep.head.pos_ == "VERB" and same(prep.head)) and any(
            c.dep_ == "dobj" for c in prep.head.children):
        return True  # the same, with "in aid" hung on the verb: "send $50m in aid"
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.dep_ == "dobj" and (
        prep.head.head.pos_ == "VERB" and same(prep.head.head))


def _blown_up(verb: Token) -> bool:
    """Something blown up with explosives ("blew himself up", "blew up the bridge", "the
    car bomb blew up"), not talks or a deal that failed ("the talks blew up")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if objects:
        return not any(o.lemma_.lower() in LEXICON or o.lemma_.lower() in NOUN_TRIGGERS
                       for o in objects)
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in INSTRUMENTS for c in verb.children)


def _dropped(bomb: Token) -> bool:
    """A bomb from the air ("glide bombs", "dropped bombs on"), not one planted or thrown
    ("a roadside bomb", "a car bomb", "a bomb went off")."""
    return any(c.lower_ in AIR_BOMBS or c.lemma_.lower() in AIR_BOMBS
               for c in bomb.children) or (
        bomb.head.lemma_ in ("drop", "rain") and bomb.dep_ == "dobj")


def _bombs_from_the_air(verb: Token) -> bool:
    """"Jets bombed the town", "Russia bombed Aleppo" (a state bombs from the air), not
    "militants bombed a police station"."""
    if acled.AIR.search(verb.sent.text):
        return True
    return any(c.dep_ == "nsubj" and (c.ent_type_ in ("GPE", "NORP") or any(
        g.ent_type_ in ("GPE", "NORP") for g in c.children) or c.lemma_ in STATE_AGENTS)
        for c in verb.children)


def _weapon_near(tok: Token) -> tuple[str, str] | None:
    words = [tok, *tok.children, *[g for c in tok.children for g in c.children]]
    if tok.dep_ == "acl":
        words.append(tok.head)  # "166 drones launched by Russia"
    for w in words:
        lemma = w.lemma_.lower()
        if lemma == "bomb" and (_dropped(w) or w.pos_ == "VERB" and _bombs_from_the_air(w)):
            return WEAPONS["airstrike"]  # "glide bombs"; "jets bombed the town"
        if lemma in WEAPONS:
            return WEAPONS[lemma]
        if w.lower_ == "air" and w.head.lemma_ == "strike":
            return WEAPONS["airstrike"]
    return None


def code_of(tok: Token) -> tuple[str, str | None, str | None, str | None] | None:
    lemma = tok.lemma_.lower()
    if lemma == "accord" and tok.lower_ == "according":
        return None  # "according to medics": who says so, not an accord
    if lemma == "sit" and tok.i + 2 < len(tok.doc) and tok.nbor(1).text in ("-", "‑") and (
            tok.nbor(2).lower_ == "in"):
        return "PROTEST", None, "Protests", "Peaceful protest"  # "staged a sit-in"
    if lemma == "talk" and tok.tag_ == "NN" and not any(
            c.dep_ == "det" and c.lower_ in ("a", "the") for c in tok.children):
        return None  # "more talk", "tough talk": words, not talks held
    if lemma == "dead" and tok.pos_ == "ADJ" and (
            tok.dep_ == "acomp" and tok.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and (c.pos_ == "NUM" or any(
                    g.dep_ == "nummod" for g in c.children)) for c in tok.head.children)
            or tok.dep_ == "pobj" and tok.head.lower_ == "among") and (
            acled.incident(tok.sent.text) not in ("natural disaster", "man-made disaster")):
        return "ASSAULT", None, *ATTACK  # "nine people were dead", "two were among the dead"
    if lemma == "dead" and tok.dep_ in ("oprd", "acomp") and tok.head.lemma_ == "find" and (
            acled.incident(tok.sent.text) not in ("natural disaster", "man-made disaster")) and any(
            w.lower_ in ("gunshot", "bullet", "stab", "machete", "wounds", "shot", "strangled")
            for w in tok.sent):
        return "ASSAULT", None, *ATTACK  # "found dead with gunshot wounds"
    if lemma == "dead" and tok.pos_ == "ADJ" and counted_dead(tok) is not None and (
            acled.incident(tok.sent.text) not in ("natural disaster", "man-made disaster")):
        return "ASSAULT", None, *ATTACK  # a headline's toll: "Five dead after blast"
    if lemma == "dead" and tok.dep_ == "oprd" and tok.head.lemma_ == "leave" and (
            acled.incident(tok.sent.text) not in ("natural disaster", "man-made disaster")):
        return "ASSAULT", None, *ATTACK  # "the shooting left five dead"
    if lemma == "dead" and tok.dep_ == "oprd" and tok.head.pos_ == "VERB" and tok.head.i != tok.i:
        above = code_of(tok.head)  # "was shot dead", "stabbed him dead": an attack and a death
        return above if above is not None and above[0] == "ASSAULT" else None
    if lemma in ("take", "place", "remand") and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("into", "in") and any(
                g.lemma_.lower() == "custody" for g in c.children) for c in tok.children):
        return "COERCE", None, "Strategic developments", "Arrests"  # "taken into custody"
    if lemma in ("dead", "wounded", "injured") and tok.dep_ == "nsubj" and (
            tok.head.lemma_ == "include") and any(c.lower_ == "the" for c in tok.children):
        return "ASSAULT", None, *ATTACK  # "the dead included two children"
    if lemma in ("conference", "call", "conversation", "chat", "link") and (
            tok.pos_ == "NOUN") and any(c.lower_ in ("video", "phone", "telephone", "telephonic")
                                       for c in tok.children):
        return "CONSULT", "phone", None, None  # "held a video conference", "phone conversation"
    if lemma == "fire" and tok.pos_ == "NOUN" and _shots(tok) and acled.incident(
            tok.sent.text) not in ("natural disaster", "man-made disaster"):
        weapon = _weapon_near(tok)  # "mortar fire", "came under fire near the border"
        return ("ASSAULT", weapon[0], "Explosions/Remote violence", weapon[1]) if weapon else (
            "ASSAULT", "firearms", *ATTACK)
    if lemma == "return" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children):
        return "ASSAULT", "firearms", "Battles", "Armed clash"  # "troops returned fire"
    if lemma == "letter" and tok.pos_ == "NOUN" and tok.dep_ != "dobj" and _written_to(
            tok, "write"):
        # "in a letter to the president" (a letter sent or written is its verb's)
        return "CONSULT", None, None, None
    if tok.pos_ == "NOUN" and lemma not in NOUN_TRIGGERS:
        return None
    if tok.pos_ not in ("VERB", "NOUN"):
        return None
    if lemma == "beg" and any(c.lemma_ == "question" for c in tok.children):
        return None  # "it begs the question": a figure of speech, not a plea
    if lemma == "deal" and tok.pos_ == "VERB":
        return None  # "to deal with challenges", "dealt a blow": a deal is made, not dealt
    if lemma == "rule" and tok.pos_ == "VERB" and any(c.lower_ == "out" for c in tok.children):
        return "REJECT", None, None, None
    if lemma == "go" and tok.pos_ == "VERB" and any(
            c.dep_ == "prt" and c.lower_ == "off" for c in tok.children) and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in INSTRUMENTS or c.lemma_.lower() in WEAPONS)
            for c in tok.children):
        return "ASSAULT", "explosives", "Explosions/Remote violence", IED  # "a bomb went off"
    if lemma == "claim" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in tok.children):
        weapon = _weapon_near(tok)  # "the blast claimed nine lives"
        return ("ASSAULT", weapon[0], "Explosions/Remote violence", weapon[1]) if weapon else (
            "ASSAULT", None, *ATTACK)
    if lemma in ("seize", "take", "hold") and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() == "hostage" or any(
                p.lower_ == "of" and any(g.lemma_.lower() == "hostage" for g in p.children)
                for p in c.children)) for c in tok.children):
        return ("ASSAULT", None, "Violence against civilians",
                "Abduction/forced disappearance")  # "seized hundreds of hostages"
    if lemma in ("speak", "talk") and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("by", "on", "over") and any(
                g.lemma_.lower() in ("phone", "telephone", "video", "videoconference", "line")
                for g in c.children) for c in tok.children):
        return "CONSULT", "phone", None, None  # "Putin and Trump spoke by phone"
    if lemma == "speak" and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                g.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") for g in c.subtree)
            for c in tok.children):
        return "CONSULT", None, None, None  # "Macron spoke with Zelensky"
    if lemma == "surrender" and tok.pos_ == "VERB" and not any(
            c.dep_ == "dobj" for c in tok.children):
        return "CONCEDE", "surrender", "Strategic developments", "Change to group/activity"
    if lemma in ("exchange", "swap", "trade") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CAPTIVES | {"pow", "body"}
            for c in tok.children):
        return "CONCEDE", "release", None, None  # "exchanged 150 prisoners of war"
    if lemma in ("fire", "launch") and tok.pos_ == "VERB" and any(
            c.lower_ in ("test", "tested") and c.i < tok.i for c in tok.children):
        # "test-fired a ballistic missile": a show of force, not an attack
        return "MOBILIZE", "weapons-test", "Strategic developments", "Other"
    if lemma == "veto" and tok.pos_ == "VERB":
        return "REJECT", None, None, None  # "Hungary vetoed the sanctions package"
    if lemma == "protest" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and (
            tok.head.lower_ == "in") and not any(c.dep_ == "det" for c in tok.children):
        return None  # "recalled its envoy in protest at …": the recall is the protest
    if lemma == "protest" and tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "advcl") and (
            tok.head.lemma_ == "summon"):
        return "ACCUSE", "disapprove", None, None  # "summoned the envoy to protest": a
        # diplomatic protest, told by the summons
    if lemma == "strike" and tok.tag_ == "VBG" and tok.dep_ == "amod":
        return "PROTEST", "strike", "Protests", "Peaceful protest"  # "striking nurses"
    if lemma == "summon" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ENVOYS_SUMMONED
            for c in tok.children):
        return "ACCUSE", "disapprove", None, None  # "summoned the Russian envoy"
    sent = [c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in ("send", "issue", "give") and tok.pos_ == "VERB" and any(
            w in ORDERS for w in sent):
        return "REQUEST", None, None, None  # "sent instructions for police to …"
    if lemma in ("send", "write", "exchange") and tok.pos_ == "VERB" and any(
            w in LETTERS for w in sent):
        return "CONSULT", None, None, None  # "sent a letter to the council": correspondence
    if lemma == "send" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TROOPS
                               for c in tok.children):
        return "MOBILIZE", None, "Strategic developments", "Change to group/activity"
    if lemma == "recall" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("ambassador", "envoy", "diplomat")
            for c in tok.children):
        return "SANCTION", None, None, None  # "recalled its ambassador": relations cut
    if lemma == "pledge" and tok.pos_ == "VERB" and any(
            w.lemma_.lower() in GIFTS or w.ent_type_ == "MONEY"
            for c in tok.children if c.dep_ == "dobj" for w in c.subtree):
        return "AID", None, None, None  # "pledged 500 million euros in military aid"
    if lemma == "aid" and tok.pos_ == "NOUN" and tok.dep_ == "compound" and (
            tok.head.lemma_.lower() not in AID_LOADS):
        return None  # "aid workers", "aid agencies" (but "an aid convoy" brings aid)
    if lemma == "blow" and tok.pos_ == "VERB" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and _blown_up(tok):
        return "ASSAULT", "explosives", "Explosions/Remote violence", IED  # "blew himself up"
    objects = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" and (
        lemma in OBJECT_SENSES) else []
    if lemma == "storm" and objects:
        return "ASSAULT", None, *ATTACK  # "gunmen stormed the building" (not "stormed out")
    if lemma in ("take", "seize", "gain", "assume", "wrest") and any(
            o.lemma_ == "control" for o in objects) and any(
            p.lower_ == "of" and any(g.lemma_.lower() in TERRITORY or g.ent_type_ in (
                "GPE", "LOC", "FAC") for g in p.subtree)
            for o in [tok, *objects] for p in o.children):  # "of" on the verb or the noun
        return "ASSAULT", "occupy", "Battles", "Non-state actor overtakes territory"
    if lemma in ("seize", "snatch", "grab", "take", "pick") and tok.pos_ == "VERB" and (
            taken := _taken_person(tok)) is not None:
        return taken  # "was seized from a tea shop by uniformed men", "picked up by police"
    if lemma == "picket" and tok.pos_ in ("VERB", "NOUN"):
        return "PROTEST", None, "Protests", "Peaceful protest"
    if lemma in ("ransack", "plunder", "pillage") and tok.pos_ == "VERB":
        return "ASSAULT", None, "Strategic developments", "Looting/property destruction"
    if lemma == "abuse" and tok.pos_ == "VERB" and any(
            c.lower_ == "sexually" for c in tok.children):
        return "ASSAULT", None, "Violence against civilians", "Sexual violence"
    if lemma == "burn" and tok.pos_ == "VERB" and any(
            c.lower_ == "alive" for c in tok.children) or lemma == "set" and any(
            c.dep_ == "prep" and c.lower_ == "upon" for c in tok.children):
        return "ASSAULT", None, *ATTACK  # "burned them alive", "set upon two men"
    if lemma == "charge" and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("at", "into", "towards", "toward")
            for c in tok.children):
        return "ASSAULT", None, *ATTACK  # "police charged at the crowd": no court's charge
    if lemma in ("drive", "push", "chase", "force", "flush") and tok.pos_ == "VERB" and any(
            c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in tok.children) and any(
            _ground(g) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "out")
            for g in c.subtree if g.dep_ == "pobj"):
        return "ASSAULT", "occupy", "Battles", "Government regains territory"  # "drove the
        # militants out of three villages": who took it is read by the ACLED coder
    if lemma == "use" and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(
                g.lemma_.lower() in ("base", "headquarters", "camp", "hideout", "stronghold")
                for g in c.children) for c in tok.children):
        return "MOBILIZE", None, "Strategic developments", "Headquarters or base established"
    if lemma == "enter" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in TERRITORY for c in tok.children) and any(
            w.lemma_.lower() in ATTACKERS or w.lemma_.lower() in TROOPS
            for c in tok.children if c.dep_ == "nsubj" for w in c.subtree):
        return "ASSAULT", "occupy", "Battles", "Non-state actor overtakes territory"  # armed
        # men entering a town take it; whether by force is read by the ACLED coder
    if lemma in ("regain", "retake", "restore") and any(o.lemma_ == "control" for o in objects):
        return "ASSAULT", "occupy", "Battles", "Government regains territory"
    if lemma == "liberate" and any(_ground(o) for o in objects):
        return "ASSAULT", "occupy", "Battles", "Government regains territory"  # (not
        # "liberated the hostages")
    if lemma in ("seize", "capture") and tok.pos_ == "VERB" and any(
            _ground(c) and not _someone_taken(c) for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass")):
        return "ASSAULT", "occupy", "Battles", "Non-state actor overtakes territory"  # "seized
        # the border town": who took it is read by the ACLED coder
    if lemma in ("transfer", "hand") and any(o.lemma_ == "control" for o in objects) or (
            lemma == "hand" and any(_ground(c) for c in tok.children if c.dep_ == "dobj")
            and any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
                    for c in tok.children)):
        return "RETREAT", None, "Strategic developments", "Non-violent transfer of territory"
    if lemma == "take" and tok.pos_ == "VERB" and any(
            c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) and any(
            c.dep_ in ("dobj", "nsubjpass") and _ground(c) for c in tok.children):
        return "ASSAULT", "occupy", "Battles", "Non-state actor overtakes territory"
    if lemma in ("throw", "hurl", "pelt", "lob") and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in MISSILES_THROWN
            or c.dep_ == "prep" and c.lower_ == "with" and any(
                g.lemma_.lower() in MISSILES_THROWN for g in c.children)
            for c in tok.children):
        return "PROTEST", None, "Riots", "Violent demonstration"  # "threw stones at police"
    if lemma in ("burn", "torch") and tok.pos_ == "VERB" and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return "ASSAULT", None, "Strategic developments", "Looting/property destruction"
    if lemma in ("strike", "hit", "kill") and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and acled.incident(c.text) in (
                "natural disaster", "man-made disaster") for c in tok.children):
        return None  # "an earthquake struck the region", "a fire at the mill killed eight"
    if lemma in ("use", "drop", "fire", "deploy") and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and acled.CHEMICAL.search(
                " ".join(w.lower_ for w in c.subtree)) for c in tok.children):
        return "ASSAULT", None, "Explosions/Remote violence", "Chemical weapon"  # "used
        # chlorine gas against the suburb"
    if lemma in ("fire", "use", "deploy", "spray") and any(crowd_weapon(o) for o in objects):
        # "police fired tear gas at protesters": crowd control, ACLED's intervention
        return "COERCE", "repression", "Protests", "Protest with intervention"
    if lemma in ("bring", "take") and tok.pos_ == "VERB" and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        downed = [c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(d in AIRCRAFT for d in downed):
            return "ASSAULT", "shoot-down", "Battles", "Armed clash"  # "brought down a jet"
        if any(d in WEAPONS for d in downed):  # "ways to bring down a drone"
            return "ASSAULT", None, "Strategic developments", "Disrupted weapons use"
    if lemma == "hit" and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ARMED | TROOPS | ATTACKERS
            for c in tok.children) and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in BEATEN | ATTACKERS | TROOPS or (
                c.pos_ == "NUM")) for c in tok.children):
        return "ASSAULT", None, *ATTACK  # "troops hit three gunmen" (not "the storm hit")
    if lemma == "deliver" and tok.pos_ == "VERB" and any(
            w.lemma_.lower() in GIFTS or w.lemma_.lower() in WEAPONS
            for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for w in c.subtree):
        return "AID", "military" if any(
            w.lemma_.lower() in WEAPONS or w.lemma_.lower() in ("system", "tank", "ammunition")
            for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for w in c.subtree) else (
            None), None, None  # "will deliver another air defence system"
    if lemma in ("down", "destroy") and tok.pos_ == "VERB" and objects or lemma == "shoot" and (
            any(c.lower_ == "down" for c in tok.children)):
        downed = [w.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                  for w in [c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                 and (c.pos_ == "NUM" or c.lower_ in PARTITIVES)
                                 for g in p.children if g.dep_ == "pobj")]]  # "25 of the
        # 30 drones"
        if any(d in AIRCRAFT for d in downed):
            return "ASSAULT", "shoot-down", "Battles", "Armed clash"  # "downed a helicopter"
        if lemma == "shoot" or any(d in WEAPONS or d in INSTRUMENTS for d in downed):
            return "ASSAULT", None, "Strategic developments", "Disrupted weapons use"  # drones
        return None  # "the workers downed tools"
    if lemma == "lose" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in tok.children) and (
            acled.incident(tok.sent.text) not in ("natural disaster", "man-made disaster")):
        return "ASSAULT", None, *ATTACK  # "twelve people lost their lives in the attack"
    if lemma == "round" and tok.pos_ == "VERB" and any(c.lower_ == "up" for c in tok.children) \
            and any(c.dep_ in ("dobj", "nsubjpass") and _people(c) for c in tok.children):
        return "COERCE", None, "Strategic developments", "Arrests"  # "rounded up dozens"
    if lemma == "take" and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(
                g.lemma_.lower() == "street" for g in c.children) for c in tok.children):
        return "PROTEST", None, "Protests", "Peaceful protest"  # "took to the streets"
    if lemma in ("gather", "assemble", "converge", "march") and tok.pos_ == "VERB" and (any(
            w.lemma_.lower() in PROTESTERS for c in tok.children if c.dep_ == "nsubj"
            for w in conjoined(c)) or tok.dep_ == "relcl" and (
            tok.head.lemma_.lower() in PROTESTERS)):  # "protesters who had gathered"
        return "PROTEST", None, "Protests", "Peaceful protest"  # "demonstrators gathered"
    if lemma == "set" and tok.pos_ == "VERB" and any(
            c.dep_ in ("oprd", "acomp", "advmod", "xcomp") and c.lower_ == "free"
            for c in tok.children) and any(
            c.dep_ in ("dobj", "nsubjpass") and _captive(c) for c in tok.children):
        return "CONCEDE", "release", None, None  # "the prisoners were set free"
    if lemma in ("hold", "keep") and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and _people(c) for c in tok.children) and any(
            c.dep_ == "prep" and any(g.lemma_.lower() in CUSTODY or g.lower_ == "questioning"
                                     for g in c.children) for c in tok.children):
        return "COERCE", None, "Strategic developments", "Arrests"  # "holding two men for
        # questioning", "kept in detention"
    if tok.pos_ == "VERB" and _violent_act(tok, lemma):
        return "ASSAULT", "firearms" if lemma in ("fire", "gun") else None, *ATTACK
    if lemma == "block" and any(w.lemma_.lower() in PROTESTERS for c in tok.children
                                if c.dep_ == "nsubj" for w in conjoined(c)):
        return "PROTEST", None, "Protests", "Peaceful protest"  # "protesters blocked roads"
    if lemma in ("hit", "target", "pound", "hammer", "strike") and tok.pos_ == "VERB" and (
            _weapon_near(tok)) and (not any(c.dep_ == "auxpass" for c in tok.children) or any(
                g.lemma_.lower() in WEAPONS or g.lemma_.lower() in AIR_BOMBS
                for c in tok.children if c.dep_ == "agent" for g in c.children)):
        # "a missile hit a school", "the port was hit by drones" (not "was struck by")
        mode, sub = _weapon_near(tok)  # "a missile hit a school"
        return "ASSAULT", mode, "Explosions/Remote violence", sub
    if lemma in LAUNCH_VERBS and _weapon_near(tok):
        mode, sub = _weapon_near(tok)
        return "ASSAULT", mode, "Explosions/Remote violence", sub
    if lemma in ("establish", "set", "build", "open") and any(
            c.dep_ == "dobj" and c.lemma_ in ("base", "camp", "headquarters", "outpost", "post")
            for c in tok.children):
        return "MOBILIZE", None, "Strategic developments", "Headquarters or base established"
    if lemma == "hand" and any(c.lower_ == "over" for c in tok.children):
        # land changes hands; a letter or a list handed over is no retreat
        if any(c.dep_ == "dobj" and (c.lemma_ in TERRITORY or c.ent_type_ in ("GPE", "LOC"))
               for c in tok.children):
            return "RETREAT", None, "Strategic developments", "Non-violent transfer of territory"
        return None
    if lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children):
        return "ASSAULT", "firearms", "Violence against civilians", "Attack"  # "opened fire"
    if lemma == "call" and tok.pos_ == "VERB" and _no_event(tok, lemma, "REQUEST"):
        return None  # "called the blast an attack", "called on Tuesday"
    if lemma in ("call", "phone", "telephone", "ring") and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and _someone_met(c) for c in tok.children):
        return "CONSULT", "phone", None, None  # "called his Greek counterpart"
    if lemma == "call" and tok.pos_ == "VERB" and any(
            (c.dep_ == "prep" or c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children))
            and c.lower_ in ("for", "on") for c in tok.children):
        # "called for a ceasefire", "called on Russia" (the parse may take "on" for a particle)
        return "REQUEST", None, None, None
    if lemma in ("travel", "fly") and tok.pos_ == "VERB" and _official_trip(tok):
        return "CONSULT", "visit", None, None  # "Rubio will travel to Riyadh next week"
    if lemma in ("receive", "welcome") and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and _someone_met(c) for c in tok.children):
        return "CONSULT", "visit", None, None  # "received the Iranian president"
    if lemma == "call" and tok.pos_ == "VERB" and not any(
            c.lower_ in ("phone",) for c in tok.children):
        return None  # "calling it a deceit" is not a phone call
    if lemma == "demand" and tok.pos_ == "NOUN":
        # "demands for a ceasefire", "for the resumption of talks" (not "demand for gas",
        # "in demand")
        # (the parse may hang the "for" on the verb: "repeated their demands for …")
        after = [c for c in tok.head.children if c.i == tok.right_edge.i + 1]
        return ("REQUEST", None, None, None) if any(
            c.dep_ == "prep" and c.lower_ == "for" and any(
                g.lemma_.lower() in LEXICON or g.lemma_.lower() in NOUN_TRIGGERS
                or _act_noun(g) for g in c.subtree) for c in [*tok.children, *after]) else None
    if lemma == "call" and tok.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "for" and not any(
                g.ent_type_ in ("DATE", "TIME") for g in c.children)
            or c.dep_ in ("acl", "relcl") and any(g.lower_ == "to" for g in c.children)
            for c in tok.children):
        return "REQUEST", None, None, None  # "a call for sanctions", "a call to end the war"
    if lemma == "accuse" and tok.pos_ == "VERB" and any(
            c.dep_ in ("nsubj", "agent") and any(w.lemma_.lower() in LEGAL_ACCUSERS
                                                 for w in c.subtree) for c in tok.children):
        return "ACCUSE", "legal", None, None  # "prosecutors accused him of lying"
    if lemma == "plead" and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("with", "for") for c in tok.children):
        return "REQUEST", None, None, None  # "pleaded with the rebels" (not "pleaded guilty")
    if lemma in ("vow", "promise", "pledge", "threaten", "swear") and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in REPRISALS for c in tok.children):
        return "THREATEN", None, None, None  # "vowed revenge against the police"
    if lemma == "lock" and tok.pos_ == "VERB" and any(
            c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) and any(
            c.dep_ in ("dobj", "nsubjpass") and _someone_taken(c) for c in tok.children):
        return "COERCE", None, "Strategic developments", "Arrests"  # "locked up the suspects"
    if lemma in ("beat", "harm") and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in BEATEN or lemma == "harm" and (
                _people(c) or c.lower_ in NEGATIVE_SUBJECTS | {"anyone", "one"}))
            for c in tok.children):
        # "beating opposition politicians", "no civilians were harmed" (not "beat Spain",
        # "harmed the economy")
        return "ASSAULT", None, *ATTACK
    if lemma in ("poison", "poisoning"):
        # "he was poisoned", "the poisoning of the defector" (not "poison relations",
        # "food poisoning")
        done_to = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "poss")] + [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
        return ("ASSAULT", None, *ATTACK) if any(
            w.ent_type_ == "PERSON" or w.lemma_.lower() in BEATEN or w.tag_ == "PRP"
            or w.tag_ == "PRP$" for w in done_to) else None
    if lemma in ("send", "put", "throw", "lock") and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into", "behind", "in") and any(
                g.lemma_.lower() in ("prison", "jail", "gaol", "bar", "cell") for g in c.children)
            for c in tok.children):
        return "COERCE", None, "Strategic developments", "Arrests"  # "sent to prison"
    if lemma == "grant" and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("bail", "parole")
            for c in tok.children):
        return "CONCEDE", "release", None, None  # "was granted bail"
    used = [w for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for w in (
        c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children))] if lemma == "use" and tok.pos_ == "VERB" and not any(
        c.dep_ in ("xcomp", "advcl") for c in tok.children) else []
    # (chemical weapons used are read above, with the other ways of using them)
    if any(w.lemma_.lower() in EXPLOSIVES for w in used):
        return "ASSAULT", "explosives", "Explosions/Remote violence", IED  # "1,000lb of
        # explosives had been used"
    if lemma in ("force", "compel") and tok.pos_ == "VERB" and _made_to(tok):
        return "THREATEN", None, None, None  # "gunmen forced the villagers to leave"
    if lemma == "clash" and _protesters_clash(tok):
        # "protesters clashed with police": a demonstration turned violent, not a battle
        return "PROTEST", None, "Riots", "Violent demonstration"
    if lemma in TAKING_VERBS and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and _someone_taken(c) for c in tok.children) and (
            lemma != "catch" or not _caught_out(tok)):
        # "police captured the suspect", "the gunman was caught at the airport": people
        # taken into custody, not ground taken
        return "COERCE", None, "Strategic developments", "Arrests"
    if lemma in COMMAND_VERBS and tok.pos_ == "VERB" and _told_to(tok):
        return "REQUEST", None, None, None  # "the judge told the jurors to leave"
    if lemma in WRITING_VERBS and tok.pos_ == "VERB" and _written_to(tok, lemma):
        return "CONSULT", None, None, None  # "wrote to the minister", "emailed the envoy"
    coded = LEXICON.get(lemma)
    if coded is None or _no_event(tok, lemma, coded[0]):
        return None
    if coded[1] == "occupy" and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and not _ground(c) for c in tok.children):
        return None  # "captured the moment", "the film captured the mood": no ground taken
    if coded[0] == "CONCEDE" and lemma in ("release", "free") and not _frees_someone(tok):
        return None  # "released a statement", "a press release"
    if lemma == "charge" and tok.pos_ == "NOUN" and (not (
            tok.tag_ == "NNS" or any(c.dep_ == "prep" and c.lower_ in ("of", "against")
                                     for c in tok.children)) or tok.i > 0 and
            tok.nbor(-1).lower_ == "in"):
        return None  # "charges of treason", not "in charge of"
    if lemma == "strike" and tok.pos_ == "NOUN" and _labour_strike(tok):
        return "PROTEST", "strike", "Protests", "Peaceful protest"  # "a 48-hour strike"
    if lemma in ("strike", "hit") and tok.pos_ == "VERB" and (
            any(c.dep_ == "dobj" and c.lemma_ in FIGURATIVE for c in tok.children)
            or any(c.dep_ == "auxpass" for c in tok.children)):
        return None  # "strike a friendly tone", "I was struck by"
    if lemma in CASUALTY and acled.incident(tok.sent.text) in ("natural disaster",
                                                               "man-made disaster"):
        return None  # "floods killed five", "injured in a road accident"
    if lemma in BLASTS and _accidental(tok):
        return None  # "two accidental explosions", "the device detonated accidentally"
    if coded[0] == "ASSAULT" and coded[3] != "Disrupted weapons use" and (
            coded[1] != "occupy"):  # "defused a bomb"; ground seized with artillery
        weapon = _weapon_near(tok)
        if weapon:
            return "ASSAULT", weapon[0], "Explosions/Remote violence", weapon[1]
    return coded


def _made_to(verb: Token) -> bool:
    """Someone made to act by a party: "gunmen forced the villagers to leave", "were forced
    by police to kneel" (not "forced to flee the fighting", which no one made them do)."""
    to_act = any(c.dep_ in ("xcomp", "ccomp") and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return to_act and any(d.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or d.lemma_.lower() in (
        ATTACKERS | ARMED | TROOPS | STATE_AGENTS) for d in doers)


def _someone_taken(tok: Token) -> bool:
    """A person taken ("the suspect", "him", "two gunmen", "Ivan Sokolov"), not a place
    or a thing ("the town", "three villages", "the ball")."""
    lemma = tok.lemma_.lower()
    return _full_name(tok) or lemma in CAPTIVES or lemma in ATTACKERS or (
        tok.lower_ in ("him", "her", "them")) or tok.pos_ == "NUM" and not any(
        c.dep_ == "prep" for c in tok.children)


def counted_dead(tok: Token) -> Token | None:
    """The count right before a headline's "dead": "Five dead after blast", "At least 12
    dead in clashes" (not "the dead", "dead ends")."""
    count = next((c for c in tok.children if c.dep_ == "nummod"), None)
    if count is None and tok.i > 0 and tok.nbor(-1).pos_ == "NUM" and (
            tok.nbor(-1).head.i in (tok.i, tok.nbor(-1).i)):
        count = tok.nbor(-1)
    if count is None or any(c.dep_ == "det" for c in tok.children) or any(
            w.pos_ in ("VERB", "AUX") for w in tok.doc[tok.sent.start:tok.i]):
        return None
    return count


def _ground(tok: Token) -> bool:
    """Ground one can take: a place, a position or a military site ("the town", "Bakhmut",
    "two villages", "the airport", "two army posts", "a string of checkpoints"), counted
    or not."""
    lemma = tok.lemma_.lower()
    of = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
          for g in p.children if g.dep_ == "pobj"]
    if of and (tok.pos_ == "NUM" or lemma in SERIES or tok.lower_ in PARTITIVES):
        return any(_ground(g) for g in of)  # what is counted: "a string of checkpoints"
    return is_place(tok) or lemma in TERRITORY or lemma in OUTPOSTS or tok.pos_ == "PROPN" or (
        lemma in ("it", "them", "most", "part", "much", "all", "some"))  # (a town the
    # tagger missed)


def _protesters_clash(tok: Token) -> bool:
    """Protesters on either side of a clash: "protesters clashed with police", "clashes
    between demonstrators and troops", "police clashed with marchers"."""
    sides = [g for c in tok.children if c.dep_ in ("nsubj", "compound", "poss")
             for g in conjoined(c)]
    sides += [w for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
              for g in c.children if g.dep_ == "pobj" for w in conjoined(g)]
    return any(w.lemma_.lower() in PROTESTERS for w in sides)


def _act_noun(tok: Token) -> bool:
    """A noun that names an act: "resumption", "withdrawal", "resignation", "punishment"
    (not "gas", "oil", "housing")."""
    return tok.pos_ == "NOUN" and tok.lower_.endswith(("tion", "sion", "ment", "drawal",
                                                       "moval", "missal"))


def _caught_out(verb: Token) -> bool:
    """Caught by a camera or in something, or doing something, not taken: "caught on
    video", "caught in the crossfire", "was caught dropping off a bag"."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in", "between", "up") or c.tag_ == "VBG"
               for c in verb.children)


def _full_name(tok: Token) -> bool:
    """A person's name of two words or more ("Ivan Sokolov"): a one-word "person" may be
    a town the tagger took for one ("captured Avdiivka")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent.label_ == "PERSON" and len(ent) > 1


def _told_to(verb: Token) -> bool:
    """Someone told to do something: an object and an infinitive after it ("told the
    jurors to leave", "directed his troops to withdraw"; not "told reporters that")."""
    told = any(c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON")
               for c in verb.children)
    return told and any(c.dep_ in ("xcomp", "ccomp") and c.i > verb.i and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)


def _written_to(verb: Token, lemma: str) -> bool:
    """Someone written to ("wrote to the minister") or contacted by a medium ("contacted
    the embassy by email"), not a text written ("wrote a book")."""
    if lemma == "contact":
        return any(c.dep_ == "prep" and c.lower_ in ("by", "via", "over") and any(
            g.lemma_.lower() in MEDIA for g in c.children) for c in verb.children)
    if lemma == "write":
        return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
            g.dep_ == "pobj" and (_someone_met(g) or g.ent_type_ in ("PERSON", "ORG", "GPE"))
            for g in c.children) for c in verb.children)
    return any(c.dep_ in ("dobj", "dative") and (_someone_met(c) or c.ent_type_ in (
        "ORG", "GPE")) for c in verb.children)


def _taken_person(verb: Token) -> tuple[str, str | None, str | None, str | None] | None:
    """A person seized, snatched or taken away ("was seized from a tea shop by uniformed
    men", "two engineers were taken by armed men", "picked up by detectives"): an arrest
    when the state's police or forces took them, else an abduction; None for a thing taken
    or a taking that says nothing of who took them."""
    lemma = verb.lemma_.lower()
    if lemma == "pick" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return None
    people = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (
        _people(c) or c.lemma_.lower() in CIVILIAN_ROLES) and c.lemma_.lower() not in (
            "fighter", "militant", "soldier")]
    takers = [g for c in verb.children if c.dep_ == "agent" for g in c.children] + [
        c for c in verb.children if c.dep_ == "nsubj"]
    if not people or not takers:
        return None
    words = {w.lemma_.lower() for t in takers for w in t.subtree}
    if words & STATE_TAKERS:
        return "COERCE", None, "Strategic developments", "Arrests"
    if words & (ATTACKERS | {"gunman", "kidnapper", "man", "bandit", "gang"}) and (
            lemma != "take" or words & {"armed", "gunman", "bandit", "kidnapper", "masked"}):
        return ("ASSAULT", None, "Violence against civilians",
                "Abduction/forced disappearance")
    return None


def _accidental(tok: Token) -> bool:
    """A blast said to be an accident ("an accidental explosion", "detonated by accident",
    "went off prematurely") or an industrial one ("an explosion at a chemical plant")."""
    near = [*tok.children, *(g for c in tok.children if c.dep_ == "prep" for g in c.children)]
    if any(w.lower_ in ACCIDENT_WORDS for w in near):
        return True
    phrase = tok.doc[tok.i:tok.right_edge.i + 1].text if tok.pos_ == "NOUN" else ""
    return bool(phrase) and acled.MAN_MADE.search(phrase) is not None


def title_line(tok: Token, text: str) -> bool:
    """A word in a wiki section heading ("== Attack ==") or in a list item that names,
    not reports ("* 2016 Kabul bombing", "- Pending charges": no verb). ``text`` is the
    doc's text (read once: ``Doc.text`` rebuilds it on every call)."""
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    line = text[start:end if end >= 0 else len(text)].strip()
    if line.startswith("=") and line.endswith("="):
        return True
    if line[:1] not in ("*", "•", "-", "–") or line[1:2] not in (" ", "\t"):
        return False
    words = tok.doc.char_span(start, end if end >= 0 else len(text), alignment_mode="expand")
    return words is not None and not any(w.pos_ in ("VERB", "AUX") for w in words)


def _warns_of_reprisal(tok: Token) -> bool:
    """A warning of the warner's own move: of reprisals ("warned of retaliation"), or of
    violence on a condition ("warned of more attacks if the troops stay")."""
    warned = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
              for g in c.children if g.dep_ == "pobj"]
    if any(g.lemma_.lower() in REPRISALS for g in warned):
        return True
    conditional = any(w.dep_ == "mark" and w.lower_ in ("if", "unless") for w in tok.subtree)
    return conditional and any(
        LEXICON.get(g.lemma_.lower(), ("",))[0] == "ASSAULT" for g in warned)


def _warns_of_others(tok: Token) -> bool:
    """A warning whose clause tells what someone else may do ("warned that Putin may
    reinvade"); the warner's own move ("warned that he would respond", "warned Moscow it
    would pay") stays a threat."""
    said = [c for c in tok.children if c.dep_ == "ccomp"]
    if not said:
        return False
    warner = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    for clause in said:
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in OWN_PRONOUNS or warner is not None and (
                subj.lower_ == warner.lower_ or subj.ent_type_ and subj.text in warner.text):
            return False
    return True


def _no_event(tok: Token, lemma: str, plover: str) -> bool:
    """Words of the lexicon in a sense that reports no event of their type: a name for
    something else ("arrest warrant", "protest movement", "heart attack"), a fight against
    a disease or a vice ("attack the virus", "battle corruption"), a death from illness, a
    call that names or falls on a day ("called the blast an attack", "called on Friday"),
    a question asked ("'Who was it?' he asked", "demanded to know"), a warning of danger
    ("warned police of their fears", "the threat of terrorism"), an admission ("conceded
    that"), talk about something, the hosting of a match, a campaign rally."""
    children = list(tok.children)
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in NON_EVENT_HEADS or (
            tok.dep_ == "nsubj" and headline_talks(tok.head)):
        return True  # "ceasefire talks", also where a headline's "talks" was read as a verb
    if lemma == "attack" and any(c.dep_ in ("compound", "amod") and c.lower_ in ILLNESS_ATTACKS
                                 for c in children):
        return True
    if plover == "ASSAULT":
        foes = [c for c in children if c.dep_ == "dobj"] + [
            g for c in children if c.dep_ == "prep" and c.lower_ in ("against", "on")
            for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ in ("acl", "relcl"):
            foes.append(tok.head)  # "no poverty to battle"
        elif tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.i == tok.head.i + 1:
            foes.append(tok.head.head)  # the same, with "to battle" parsed as a place
        if any(f.lemma_.lower() in ABSTRACT_FOES for f in foes):
            return True
        if lemma in CASUALTY and any(t.lemma_.lower() in ILLNESS or t.lower_ in ILLNESS_ATTACKS
                                     and t.head.lemma_ == "attack" for t in tok.sent):
            return True  # "eight people died of an unknown disease", "of a heart attack"
        if lemma in VICTIM_SUBJECT and any(
                g.lemma_ == "cause" for c in children if c.dep_ == "prep" and c.lower_ in (
                    "of", "from") for g in c.children if g.dep_ == "pobj"):
            return True  # "died of natural causes"
    if lemma == "call" and tok.pos_ == "VERB":
        if any(c.dep_ == "oprd" for c in children):
            return True  # "called the explosion an attack"
        on = [g for c in children if c.dep_ == "prep" and c.lower_ in ("on", "for")
              for g in c.children if g.dep_ == "pobj"]
        if on and all(g.ent_type_ in ("DATE", "TIME") or g.lower_ in DAY_WORDS for g in on) \
                and not any(c.dep_ == "dobj" and _someone_met(c) for c in children):
            return True  # "On Friday, the president called ..." (not "called Macron on Friday")
    if lemma in ("ask", "demand", "inquire", "enquire") and _asks_a_question(tok):
        return True
    if lemma == "warn" and tok.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("of", "about") for k in children
            for c in [k, *(k.children if k.dep_ == "dobj" else [])]) and not any(
            c.dep_ in ("xcomp", "ccomp") for c in children) and not _warns_of_reprisal(tok):
        return True  # "warned the police of their fears"
    if lemma == "warn" and tok.pos_ == "VERB" and _warns_of_others(tok):
        return True  # "warned that Russia may attack again": a statement, not a threat
    if lemma in ("threat", "warning") and tok.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in children) and not any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("from", "by")
            or c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")
            for c in children):
        return True  # "the threat of terrorism": a danger, not someone threatening
    if lemma == "concede" and any(c.dep_ == "ccomp" for c in children):
        return True  # "conceded that there is a shortage"
    if lemma == "talk" and tok.pos_ == "VERB" and not any(
            c.dep_ == "prep" and c.lower_ in ("to", "with") for c in children) and not (
            headline_talks(tok)):
        return True  # "we talk about precision warfare"
    if lemma == "host" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in children) and \
            not any(c.dep_ == "dobj" and (c.lemma_.lower() in LEXICON or c.lemma_.lower() in GUESTS
                                          or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                                 for t in c.subtree)) for c in children):
        return True  # "Lyon will host the semi-finals" (not "host the premiers of Spain")
    if lemma == "host" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "between"
                                     for p in c.children) for c in children):
        return True  # "Qatar hosted talks between A and B": the talks are the event
    if lemma == "rally" and any(c.lower_ in ("campaign", "election", "electoral")
                                for c in children):
        return True
    if lemma == "hurt" and not (tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and _people(c) for c in children)):
        return True  # "the sanctions hurt the economy" (but "three people were hurt")
    if lemma == "meet" and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MET_AIMS for c in children):
        return True  # "its demands were met", "met the deadline": fulfilled, not a meeting
    return other_sense(tok, lemma, plover)


def _shots(fire: Token) -> bool:
    """Fire that is shooting: "mortar fire hit the camp", "the convoy came under fire"
    (not "came under fire for his remarks", "opened fire" or "killed by mortar fire", which
    its verb reports, nor a blaze)."""
    # the verb the "by" follows (the parse may hang it elsewhere: "killed in the
    # province, reportedly by mortar fire")
    verb = next((w for w in reversed(fire.doc[fire.sent.start:fire.i]) if w.pos_ == "VERB"),
                fire)
    if fire.dep_ == "pobj" and fire.head.lower_ == "by" and (
            LEXICON.get(verb.lemma_.lower(), ("",))[0] == "ASSAULT"):
        return False  # "killed by mortar fire": the means of the death its verb reports
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_.split("-")[0] in FIRE_KINDS
           for c in fire.children):
        return fire.head.lemma_ not in ("open", "return")
    come = fire.head.head if fire.dep_ == "pobj" and fire.head.lower_ == "under" else None
    if come is None or come.lemma_ != "come" or any(
            c.dep_ == "prep" and c.lower_ in ("for", "over") for c in come.children):
        return False  # "came under fire for his remarks": criticism
    # "from critics" is criticism too, unless those under fire bear or carry arms
    return not any(c.dep_ == "prep" and c.lower_ == "from" for c in come.children) or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in TROOPS | ARMED | FIRED_ON
        for c in come.children)


def _violent_act(verb: Token, lemma: str) -> bool:
    """Attacks told without a weapon word: "rammed a truck into a crowd", "set fire to a
    church", "fired on worshippers", "was gunned down", "militants targeted a hotel"."""
    children = list(verb.children)
    preps = {c.lower_: c for c in children if c.dep_ == "prep"}
    if lemma == "ram":
        return "into" in preps
    if lemma == "set":
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in children) and "to" in preps
    if lemma == "fire":
        # "a gunman fired on worshippers", "the convoy was fired upon" (not "critics fired
        # back at the minister")
        aimed = any(p in preps for p in ("on", "at", "upon")) and not any(
            c.dep_ == "dobj" for c in children)
        return aimed and any(c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and (
            c.lemma_.lower() in ATTACKERS | TROOPS | ARMED) for c in children)
    if lemma == "gun":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in children)
    if lemma == "target":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in ATTACKERS for c in children)
    return False


def _someone_met(tok: Token) -> bool:
    """A person or office one calls on or receives: "his Greek counterpart", "Macron",
    "a delegation" (not "a letter", "injuries", "an election")."""
    if any(c.dep_ == "case" for c in tok.children):
        return False  # "called Elliott's": a shop, not a person
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in OFFICES or (
        tok.lemma_.lower() == "counterpart")


# the people of GUESTS, not its gatherings
OFFICES = GUESTS - {"talks", "summit", "meeting", "conference", "negotiation"}


def _official_trip(verb: Token) -> bool:
    """A named person or an office travelling to a country or city: a visit, as PLOVER
    counts one ("the minister flew to Ankara"); not a flight from somewhere, nor anyone
    else ("refugees travelled to Poland")."""
    return any(c.dep_ == "nsubj" and (
        c.ent_type_ == "PERSON" or c.lemma_.lower() in OFFICES) for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children)
        for c in verb.children)


def _people(tok: Token) -> bool:
    """A phrase that names or counts people: "three", "two passengers", "a child"."""
    return tok.pos_ == "NUM" or tok.lemma_.lower() in CAPTIVES or tok.lower_ in PARTITIVES or (
        tok.ent_type_ in ("PERSON", "NORP")) or any(c.dep_ == "nummod" for c in tok.children)


def _frees_someone(tok: Token) -> bool:
    """"released two hostages", "the journalist was freed", "his release" (not "released a
    statement", "a press release")."""
    if tok.pos_ == "NOUN":
        return not any(c.dep_ == "compound" for c in tok.children) and (
            any(c.dep_ == "poss" for c in tok.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    _captive(g) for g in c.children if g.dep_ == "pobj") for c in tok.children))
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.lemma_.lower() in CUSTODY for g in c.children) for c in tok.children):
        return True  # "released from custody"
    freed = [w for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for w in conjoined(c)]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        freed.append(tok.head)  # "the prisoners released on Friday"
    # "one of the men was released"
    freed += [g for c in freed if c.pos_ == "NUM" or c.lower_ in PARTITIVES
              for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return any(_captive(c) for c in freed)


def _captive(tok: Token) -> bool:
    return tok.ent_type_ in ("PERSON", "NORP") or tok.pos_ == "PRON" or (
        tok.lemma_.lower() in CAPTIVES)


def _asks_a_question(v: Token) -> bool:
    """"'Who was it?' he asked", "asked if there was any evidence", "demanded to know"."""
    for c in v.children:
        if c.dep_ == "xcomp" and c.lemma_ in ("know", "learn", "find"):
            return True
        if c.dep_ in ("ccomp", "advcl", "nsubj") and (
                any(t.lower_ in ("if", "whether") or t.tag_ in ("WP", "WRB", "WDT")
                    for t in c.subtree if t.i < c.i or t.dep_ == "mark")
                or any(t.text == "?" for t in c.subtree)):
            return True
    if any(c.dep_ in ("dobj", "xcomp") for c in v.children):
        return False
    first = min([v.left_edge.i, *(c.left_edge.i for c in v.children if c.dep_ == "nsubj")])
    before = [t.text for t in v.doc[max(0, first - 2):first]]
    # the question just before: "'Who was it?' he asked", in its sentence or the one before
    return any(t.text == "?" for t in v.doc[v.sent.start:v.i]) or "?" in before


def _labour_strike(tok: Token) -> bool:
    """A strike by workers, not from the air: "a 48-hour strike", "the general strike",
    "went on strike"."""
    if _weapon_near(tok) or any(c.dep_ == "prep" and c.lower_ in ("on", "against")
                                for c in tok.children):
        return False
    words = {w.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nummod", "poss")
             for w in c.subtree}
    return bool(words & STRIKE_WORDS) or tok.head.lower_ == "on" and tok.head.head.lemma_ in (
        "go", "be", "stay", "remain")


