"""The words of the event coder: the lexicon of trigger lemmas with their PLOVER type,
mode and ACLED coding, the weapon words that set an assault's mode, and the word lists the
coder (:mod:`sitroom.extract.events_coding`) and the role finder
(:mod:`sitroom.extract.events`) read. Hand-written from the PLOVER and ACLED codebooks'
definitions, not from any evaluation data.
"""

from __future__ import annotations

from .timex import WEEKDAYS

# lemma -> (PLOVER type, default mode, ACLED event type, ACLED sub-event type)
VIOLENCE = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
ATTACK = ("Violence against civilians", "Attack")
IED = "Remote explosive/landmine/IED"
LEXICON: dict[str, tuple[str, str | None, str | None, str | None]] = {
    "attack": ("ASSAULT", None, *VIOLENCE), "strike": ("ASSAULT", None, *VIOLENCE),
    "bomb": ("ASSAULT", "air-strike", "Explosions/Remote violence", "Air/drone strike"),
    "shell": ("ASSAULT", "artillery", *VIOLENCE),
    "bombard": ("ASSAULT", "artillery", *VIOLENCE),
    "assault": ("ASSAULT", None, "Battles", "Armed clash"),
    "invade": ("ASSAULT", None, "Battles", "Armed clash"),
    "reinvade": ("ASSAULT", None, "Battles", "Armed clash"),
    "fight": ("ASSAULT", "firearms", "Battles", "Armed clash"),
    "fighting": ("ASSAULT", "firearms", "Battles", "Armed clash"),
    "clash": ("ASSAULT", "firearms", "Battles", "Armed clash"),
    "kill": ("ASSAULT", None, "Violence against civilians", "Attack"),
    "barrage": ("ASSAULT", "missile", *VIOLENCE),
    "meet": ("CONSULT", "visit", None, None), "meeting": ("CONSULT", "visit", None, None),
    "talk": ("CONSULT", "multilateral", None, None),
    "summit": ("CONSULT", "multilateral", None, None),
    "visit": ("CONSULT", "visit", None, None), "host": ("CONSULT", "visit", None, None),
    "call": ("CONSULT", "phone", None, None), "discuss": ("CONSULT", None, None, None),
    "negotiate": ("CONSULT", None, None, None), "negotiation": ("CONSULT", None, None, None),
    "agree": ("AGREE", None, "Strategic developments", "Agreement"),
    "sign": ("AGREE", None, "Strategic developments", "Agreement"),
    "deal": ("AGREE", None, "Strategic developments", "Agreement"),
    "ceasefire": ("AGREE", None, "Strategic developments", "Agreement"),
    "support": ("SUPPORT", None, None, None), "back": ("SUPPORT", None, None, None),
    "aid": ("AID", None, None, None), "supply": ("AID", "military", None, None),
    "provide": ("AID", None, None, None), "send": ("AID", None, None, None),
    "sanction": ("SANCTION", None, None, None), "expel": ("SANCTION", None, None, None),
    "accuse": ("ACCUSE", "allege", None, None), "blame": ("ACCUSE", "allege", None, None),
    "condemn": ("ACCUSE", "disapprove", None, None),
    "reject": ("REJECT", None, None, None), "refuse": ("REJECT", None, None, None),
    "refusal": ("REJECT", None, None, None), "dismiss": ("REJECT", None, None, None),
    "oppose": ("REJECT", None, None, None), "contradict": ("REJECT", None, None, None),
    "threaten": ("THREATEN", None, None, None), "warn": ("THREATEN", None, None, None),
    "coerce": ("THREATEN", None, None, None), "intimidate": ("THREATEN", None, None, None),
    "blackmail": ("THREATEN", None, None, None), "pressure": ("THREATEN", None, None, None),
    "oblige": ("THREATEN", None, None, None),
    "protest": ("PROTEST", None, "Protests", "Peaceful protest"),
    "withdraw": ("RETREAT", None, None, None), "retreat": ("RETREAT", None, None, None),
    "mobilise": ("MOBILIZE", None, None, None), "mobilize": ("MOBILIZE", None, None, None),
    "deploy": ("MOBILIZE", None, None, None),
    "arrest": ("COERCE", None, "Strategic developments", "Arrests"),
    "detain": ("COERCE", None, "Strategic developments", "Arrests"),
    "request": ("REQUEST", None, None, None), "urge": ("REQUEST", None, None, None),
    "invite": ("REQUEST", None, None, None), "demand": ("REQUEST", None, None, None),
    "concede": ("CONCEDE", None, None, None), "cooperate": ("COOPERATE", None, None, None),
    "partnership": ("COOPERATE", None, None, None),
    # violence the ACLED coder refines from the sentence (acled.py)
    "explode": ("ASSAULT", "explosives", "Explosions/Remote violence", IED),
    "explosion": ("ASSAULT", "explosives", "Explosions/Remote violence", IED),
    "blast": ("ASSAULT", "explosives", "Explosions/Remote violence", IED),
    "detonate": ("ASSAULT", "explosives", "Explosions/Remote violence", IED),
    "bombing": ("ASSAULT", "explosives", "Explosions/Remote violence", IED),
    "airstrike": ("ASSAULT", "air-strike", "Explosions/Remote violence", "Air/drone strike"),
    "raid": ("ASSAULT", None, "Battles", "Armed clash"),
    "shelling": ("ASSAULT", "artillery", *VIOLENCE),
    "bombardment": ("ASSAULT", "artillery", *VIOLENCE),
    "shoot": ("ASSAULT", "firearms", *ATTACK), "shooting": ("ASSAULT", "firearms", *ATTACK),
    "gunfire": ("ASSAULT", "firearms", *ATTACK),
    "murder": ("ASSAULT", None, *ATTACK), "assassinate": ("ASSAULT", None, *ATTACK),
    "assassination": ("ASSAULT", None, *ATTACK), "massacre": ("ASSAULT", None, *ATTACK),
    "execute": ("ASSAULT", None, *ATTACK), "behead": ("ASSAULT", None, *ATTACK),
    "stab": ("ASSAULT", None, *ATTACK), "killing": ("ASSAULT", None, *ATTACK),
    "injure": ("ASSAULT", None, *ATTACK), "wound": ("ASSAULT", None, *ATTACK),
    "hurt": ("ASSAULT", None, *ATTACK),  # only of people hurt (events_coding)
    "maiming": ("ASSAULT", None, *ATTACK),
    "injury": ("ASSAULT", None, *ATTACK), "die": ("ASSAULT", None, *ATTACK),
    "perish": ("ASSAULT", None, *ATTACK),
    "death": ("ASSAULT", None, *ATTACK),
    "ambush": ("ASSAULT", "firearms", "Battles", "Armed clash"),
    "battle": ("ASSAULT", "firearms", "Battles", "Armed clash"),
    "firefight": ("ASSAULT", "firearms", "Battles", "Armed clash"),
    "gunfight": ("ASSAULT", "firearms", "Battles", "Armed clash"),
    # seizing ground: PLOVER's "occupy territory", which this lexicon codes as ASSAULT
    "capture": ("ASSAULT", "occupy", "Battles", "Non-state actor overtakes territory"),
    "recapture": ("ASSAULT", "occupy", "Battles", "Government regains territory"),
    "retake": ("ASSAULT", "occupy", "Battles", "Government regains territory"),
    "retook": ("ASSAULT", "occupy", "Battles", "Government regains territory"),  # the
    # tagger's lemma of "retook"
    "overrun": ("ASSAULT", "occupy", "Battles", "Non-state actor overtakes territory"),
    "abduct": ("ASSAULT", None, "Violence against civilians", "Abduction/forced disappearance"),
    "kidnap": ("ASSAULT", None, "Violence against civilians", "Abduction/forced disappearance"),
    "abduction": ("ASSAULT", None, "Violence against civilians",
                  "Abduction/forced disappearance"),
    "kidnapping": ("ASSAULT", None, "Violence against civilians",
                   "Abduction/forced disappearance"),
    "rape": ("ASSAULT", None, "Violence against civilians", "Sexual violence"),
    "lynch": ("ASSAULT", None, "Riots", "Mob violence"),
    "looting": ("ASSAULT", None, "Strategic developments", "Looting/property destruction"),
    "loot": ("ASSAULT", None, "Strategic developments", "Looting/property destruction"),
    "torch": ("ASSAULT", None, "Strategic developments", "Looting/property destruction"),
    "vandalise": ("ASSAULT", None, "Strategic developments", "Looting/property destruction"),
    "vandalize": ("ASSAULT", None, "Strategic developments", "Looting/property destruction"),
    "intercept": ("ASSAULT", "air-defence", "Strategic developments", "Disrupted weapons use"),
    "defuse": ("ASSAULT", None, "Strategic developments", "Disrupted weapons use"),
    "riot": ("PROTEST", None, "Riots", "Violent demonstration"),
    "demonstrate": ("PROTEST", None, "Protests", "Peaceful protest"),
    "demonstration": ("PROTEST", None, "Protests", "Peaceful protest"),
    "rally": ("PROTEST", None, "Protests", "Peaceful protest"),
    "march": ("PROTEST", None, "Protests", "Peaceful protest"),
    "truce": ("AGREE", None, "Strategic developments", "Agreement"),
    "agreement": ("AGREE", None, "Strategic developments", "Agreement"),
    "accord": ("AGREE", None, "Strategic developments", "Agreement"),
    "treaty": ("AGREE", None, "Strategic developments", "Agreement"),
    "apprehend": ("COERCE", None, "Strategic developments", "Arrests"),
    "nab": ("COERCE", None, "Strategic developments", "Arrests"),
    "jail": ("COERCE", None, "Strategic developments", "Arrests"),
    "handcuff": ("COERCE", None, "Strategic developments", "Arrests"),
    "imprison": ("COERCE", None, "Strategic developments", "Arrests"),
    # a charge before a court: ACCUSE in its legal mode
    "charge": ("ACCUSE", "legal", None, None), "indict": ("ACCUSE", "legal", None, None),
    "prosecute": ("ACCUSE", "legal", None, None), "sue": ("ACCUSE", "legal", None, None),
    "indictment": ("ACCUSE", "legal", None, None),
    "release": ("CONCEDE", "release", None, None), "free": ("CONCEDE", "release", None, None),
    "slay": ("ASSAULT", None, *ATTACK), "slaying": ("ASSAULT", None, *ATTACK),
    "slaughter": ("ASSAULT", None, *ATTACK), "maim": ("ASSAULT", None, *ATTACK),
    "mutilate": ("ASSAULT", None, *ATTACK),
    "warning": ("THREATEN", None, None, None), "threat": ("THREATEN", None, None, None),
    "ultimatum": ("THREATEN", None, None, None),
    "order": ("REQUEST", None, None, None), "instruct": ("REQUEST", None, None, None),
    "ask": ("REQUEST", None, None, None), "appeal": ("REQUEST", None, None, None),
    "beg": ("REQUEST", None, None, None), "implore": ("REQUEST", None, None, None),
    "merge": ("COOPERATE", None, "Strategic developments", "Change to group/activity"),
    "defect": ("COOPERATE", None, "Strategic developments", "Change to group/activity"),
    "station": ("MOBILIZE", None, None, None), "reinforce": ("MOBILIZE", None, None, None),
    # the nouns of verbs above and the KAIROS ontology's own keywords for its types
    "detonation": ("ASSAULT", "explosives", "Explosions/Remote violence", IED),
    "invasion": ("ASSAULT", None, "Battles", "Armed clash"),
    "shootout": ("ASSAULT", "firearms", "Battles", "Armed clash"),
    "execution": ("ASSAULT", None, *ATTACK), "beheading": ("ASSAULT", None, *ATTACK),
    "stabbing": ("ASSAULT", None, *ATTACK), "beating": ("ASSAULT", None, *ATTACK),
    "detention": ("COERCE", None, "Strategic developments", "Arrests"),
    "imprisonment": ("COERCE", None, "Strategic developments", "Arrests"),
    "incarcerate": ("COERCE", None, "Strategic developments", "Arrests"),
    "incarceration": ("COERCE", None, "Strategic developments", "Arrests"),
    "parole": ("CONCEDE", "release", None, None),  # the verb: "was paroled in 2010"
    "pressurise": ("THREATEN", None, None, None), "pressurize": ("THREATEN", None, None, None),
    "intimidation": ("THREATEN", None, None, None), "coercion": ("THREATEN", None, None, None),
    "accusation": ("ACCUSE", "allege", None, None),
    "hijack": ("ASSAULT", None, "Violence against civilians", "Abduction/forced disappearance"),
    "hijacking": ("ASSAULT", None, "Violence against civilians",
                  "Abduction/forced disappearance"),
    "arson": ("ASSAULT", None, "Strategic developments", "Looting/property destruction"),
    "firebomb": ("ASSAULT", "explosives", "Explosions/Remote violence", IED),
    "extort": ("THREATEN", None, None, None), "extortion": ("THREATEN", None, None, None),
    "torture": ("ASSAULT", None, *ATTACK), "strangle": ("ASSAULT", None, *ATTACK),
    "poison": ("ASSAULT", None, *ATTACK), "poisoning": ("ASSAULT", None, *ATTACK),
    "flog": ("ASSAULT", None, *ATTACK), "flogging": ("ASSAULT", None, *ATTACK),
    "homicide": ("ASSAULT", None, *ATTACK),
}
# Verbs whose object decides whether (and what) they report: "stormed the building",
# "took control of", "fired tear gas", "downed a helicopter".
OBJECT_SENSES = {"storm", "take", "seize", "gain", "regain", "retake", "restore", "assume", "wrest",
                 "fire", "use", "deploy", "spray", "down", "drop", "liberate", "transfer",
                 "destroy"}
# What is shot down with its crew aboard: an attack, not a weapon stopped.
AIRCRAFT = {"helicopter", "plane", "jet", "aircraft", "airliner", "bomber", "fighter",
            "warplane", "chopper", "gunship"}
# What is pledged as aid: "pledged 500 million euros in military aid", "pledged tanks".
GIFTS = {"aid", "assistance", "weapon", "arm", "ammunition", "tank", "missile", "shell",
         "jet", "fund", "funding", "package", "loan", "grant", "support", "system", "drone"}
# What carries aid, where "aid" in front is the event: "an aid convoy", "aid deliveries".
AID_LOADS = {"convoy", "shipment", "delivery", "package", "flight", "drop", "truck", "lorry",
             "ship", "airlift"}
# Who is summoned to hear a protest: "summoned the Russian envoy".
ENVOYS_SUMMONED = {"ambassador", "envoy", "diplomat", "charge", "attache", "chargé"}
# Who is sent to a front, not given: "sending troops" is no aid.
TROOPS = {"troop", "soldier", "force", "marine", "paratrooper", "peacekeeper", "unit",
          "battalion", "brigade", "reinforcement", "mercenary"}
# What police fire at crowds: no weapon of war.
CROWD_WEAPONS = {"tear gas", "teargas", "gas", "rubber bullets", "water cannon",
                 "water cannons", "stun grenades", "pepper spray", "pellets", "bullet"}
# Who protests: "protesters blocked the highway".
PROTESTERS = {"protester", "protestor", "demonstrator", "activist", "marcher", "striker"}
# Words of a bomb dropped from the air, whose attack is an air strike.
AIR_BOMBS = {"glide", "aerial", "guided", "cluster", "barrel", "air", "incendiary", "gravity",
             "bunker", "fab"}
# Weapon words that set an assault's mode and ACLED sub-event.
WEAPONS = {
    "drone": ("drone", "Air/drone strike"), "uav": ("drone", "Air/drone strike"),
    "missile": ("missile", "Shelling/artillery/missile attack"),
    "rocket": ("missile", "Shelling/artillery/missile attack"),
    "airstrike": ("air-strike", "Air/drone strike"), "bomb": ("explosives", IED),
    "artillery": ("artillery", "Shelling/artillery/missile attack"),
    "shell": ("artillery", "Shelling/artillery/missile attack"),
    "mortar": ("artillery", "Shelling/artillery/missile attack"),
    "grenade": ("explosives", "Grenade"), "ied": ("explosives", IED),
    "landmine": ("explosives", IED), "mine": ("explosives", IED),
    "gun": ("firearms", "Attack"), "rifle": ("firearms", "Attack"),
}
# (not "plant": a planted bomb is an attack once it goes off, which the text then tells)
LAUNCH_VERBS = {"launch", "fire", "drop", "deploy", "send", "throw", "hurl", "lob"}
# Verbs that keep what they govern from happening: "refused to sign", "denied supplying",
# "vetoed the sanctions", "barred the firm from supplying fuel" ("foiled a bomb attack" is
# ACLED's disrupted weapons use, an event that took place).
NEGATING_VERBS = {"refuse", "refusal", "deny", "veto", "block", "bar", "prevent", "prohibit",
                  "forbid"}
NEGATIVE_SUBJECTS = {"nobody", "none", "nothing", "no-one"}  # "Nobody was reported killed"
FIGURATIVE = {"tone", "deal", "balance", "note", "chord", "agreement", "blow", "pose", "bargain"}
HYPOTHETICAL = {"if", "could", "can", "may", "might", "would", "unless", "should"}
FUTURE = {"will", "'ll", "shall", "wo"}
# Words of readiness, whose act is not yet done: "we are ready to sign".
READINESS = {"ready", "willing", "prepared", "eager", "unwilling", "reluctant"}
SCHEDULE_VERBS = {"expect", "plan", "schedule", "due", "set", "prepare", "intend", "aim"}
ACCUSE_VERBS = {"accuse", "blame", "charge"}
# Who accuses before a court: "prosecutors accused him of lying".
LEGAL_ACCUSERS = {"prosecutor", "prosecution", "attorney", "court", "judge", "jury",
                  "investigator", "magistrate", "indictment", "complaint", "lawsuit"}
# Verbs that ask for an act, not report one: "urged allies to send", "called for talks".
REQUEST_VERBS = {"urge", "ask", "demand", "want", "hope", "seek", "propose", "offer", "push",
                 "press", "request", "appeal", "wish", "encourage", "call", "plead",
                 # commands: "ordered the troops to withdraw"
                 "order", "instruct", "direct", "command"}
# Types whose plain object is the one it is done to ("attacked a hospital").
OBJECT_TARGETS = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "CONSULT", "SUPPORT",
                  "REQUEST", "CONCEDE"}  # CONCEDE: "freed three hostages"
TARGET_NOT_PLACE = {"SANCTION", "ACCUSE", "AID", "SUPPORT", "REQUEST", "THREATEN", "REJECT"}
NOT_TARGETS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
NOUN_TRIGGERS = {"attack", "strike", "talk", "meeting", "summit", "visit", "call", "deal",
                 "ceasefire", "refusal", "negotiation", "barrage", "fighting", "clash",
                 "partnership", "bombardment", "protest", "sanction", "explosion", "blast",
                 "bombing", "airstrike", "raid", "shelling", "shooting", "gunfire",
                 "assassination", "massacre", "murder", "killing", "injury", "ambush",
                 "battle", "firefight", "gunfight", "abduction", "kidnapping", "rape", "riot",
                 "demonstration", "rally", "march", "truce", "agreement", "accord", "treaty",
                 "arrest", "warning", "threat", "ultimatum", "capture", "looting", "death",
                 "slaying", "slaughter", "indictment", "release", "charge", "maiming",
                 "demand", "aid", "assault", "wound", "request", "detonation", "invasion",
                 "shootout", "execution", "beheading", "stabbing", "beating", "detention",
                 "imprisonment", "incarceration", "intimidation", "coercion", "accusation",
                 "hijacking", "arson", "firebomb", "extortion", "torture", "poisoning",
                 "flogging", "homicide"}
# Who can be set free: "released two hostages", "freed the journalist" (not "released a
# statement").
CUSTODY = {"custody", "prison", "jail", "detention", "captivity", "house arrest"}
CAPTIVES = {"hostage", "prisoner", "detainee", "captive", "activist", "journalist", "suspect",
            "man", "woman", "people", "person", "soldier", "civilian", "national", "citizen",
            "child", "member", "leader", "dissident", "protester", "opponent", "sailor",
            "crew", "worker", "student", "captain", "pilot", "fighter", "militant", "teenager"}
# Verbs that need an object: with none, a headline has dropped its "is".
OBJECT_VERBS = {"invite", "summon", "expel", "sanction", "accuse", "indict", "arrest",
                "detain", "jail", "imprison", "sentence"}
# Who acts for a state: "Russian officials", "the Ukrainian military".
STATE_AGENTS = {"official", "diplomat", "delegation", "force", "military", "army", "navy",
                "troop", "soldier", "government", "authority", "ministry", "side", "negotiator",
                "envoy", "leader", "leadership", "administration", "air", "defence", "defense",
                "command", "staff", "unit", "embassy", "warship", "jet", "aircraft"}
# Office holders who act for their state: "his Turkish counterpart", "the Polish president".
OFFICE_HOLDERS = {"counterpart", "minister", "president", "premier", "chancellor",
                  "secretary", "ambassador", "king", "queen", "monarch", "emir", "prime"}
# Nouns for those one can ask, order or back, besides named parties: "urged allies".
PARTY_NOUNS = {"ally", "partner", "country", "nation", "state", "people", "public", "citizen",
               "resident", "community", "member", "union", "bloc", "council", "court",
               "police", "everyone", "colleague", "neighbour", "neighbor", "rebel", "group",
               "militant", "protester", "party", "company", "firm", "agency", "west",
               "international", "world", "supporter", "follower", "voter", "worker",
               "guard", "officer", "commander", "villager", "employee", "inhabitant",
               "population", "farmer", "teacher", "doctor", "parent", "family", "crowd"}
# Entity types that can take part in an event.
PARTY_TYPES = ("ORG", "NORP", "GPE", "PERSON")
# Meeting nouns, whose name in front is the one met or the topic ("a Trump meeting",
# "Ukraine talks"), not the one who meets; a "Trump visit" is his own.
MEETINGS = {"talk", "meeting", "negotiation", "call"}
# Gatherings named after where they meet: "the London summit", "the Munich conference".
VENUE_MEETINGS = {"summit", "conference", "forum"}
# Verbs whose object is a topic, not a side: "discussed support for Kyiv".
TOPIC_VERBS = {"discuss", "negotiate"}
# Verbs that order two events: "the meeting follows talks last week".
RELATION_VERBS = {"follow", "precede", "succeed", "come"}
# Prepositions that place an event in time against another: "following his visit".
TEMPORAL_PREPS = {"after", "before", "following", "since", "ahead", "prior", "until"}
# Means, not actors: "an improvised explosive device killed a general".
INSTRUMENTS = {*WEAPONS, "device", "explosive", "bomb", "car", "vehicle", "blast", "explosion",
               "fire", "shrapnel", "bullet"}
# Casualty words: an assault only if no disaster or accident is what killed.
CASUALTY = {"kill", "killing", "injure", "wound", "injury", "die", "death", "hurt", "perish",
            "lose"}
# Blasts that may be no attack: "two accidental explosions", "a blast at a fireworks plant".
BLASTS = {"explode", "explosion", "blast", "detonate", "detonation"}
# Words that make what happened an accident.
ACCIDENT_WORDS = {"accidental", "accidentally", "accident", "mishap", "inadvertently",
                  "prematurely"}
# Casualty words whose subject or owner is the victim: "two soldiers died", "his death".
VICTIM_SUBJECT = {"die", "death", "perish", "lose"}
# Verbs done to people, whose plain object or passive subject is the victim, counted or not.
PATIENT_VERBS = {"kill", "injure", "wound", "hurt", "arrest", "detain", "abduct", "kidnap",
                 "handcuff", "jail", "imprison", "behead", "execute", "murder", "assassinate",
                 "maim", "mutilate", "slay", "slaughter", "massacre", "stab", "torture", "round"}
# Words that count or pick out some of a group: "six of the members killed", "all of
# those injured", "two of the 12" (WikiEvents marks the count, the phrase holds both).
PARTITIVES = {"all", "some", "many", "most", "several", "both", "each", "none", "few",
              "dozens", "hundreds", "thousands", "scores", "one", "more"}
# Event nouns whose owner is the one it was done to ("his arrest", "the general's
# killing"), unless an "of" names that one ("Russia's capture of the town").
PATIENT_NOUNS = {"arrest", "detention", "capture", "killing", "murder", "assassination",
                 "abduction", "kidnapping", "death", "injury", "execution", "release",
                 "imprisonment", "incarceration", "beheading", "stabbing", "beating"}
# Verbs whose subject does an event noun they govern: "held talks", "launched an attack",
# "took part in the protest". Another verb's subject is no actor of it ("five died in the
# attack", "police are investigating the bombing").
SUPPORT_VERBS = {"hold", "have", "conduct", "carry", "launch", "stage", "mount", "commit",
                 "make", "attend", "lead", "join", "take", "participate", "engage", "begin",
                 "start", "continue", "resume", "wage", "perpetrate", "organise", "organize",
                 "plan", "order", "host", "give", "issue", "deliver", "open", "seal", "reach",
                 "sign", "agree", "announce", "call", "declare", "enter", "intensify", "step",
                 "escalate", "unleash", "claim", "orchestrate", "mastermind", "plot",
                 "attempt", "try", "propose", "seek", "request", "demand", "offer", "lodge",
                 "file", "bring", "press", "level", "impose", "pay", "conclude", "finalise",
                 "finalize", "broker", "negotiate", "arrange", "schedule", "postpone",
                 "cancel", "break", "violate", "honour", "honor", "respect", "accept",
                 "reject", "refuse", "end", "stop", "halt", "suspend", "repeat", "renew",
                 "want", "need", "prepare", "use", "fire", "signal", "express", "voice",
                 "reiterate", "confirm", "show", "indicate"}
# Nouns that count or group events, through which a verb governs them: "launched a series
# of attacks", "a wave of strikes".
GROUP_NOUNS = {"series", "wave", "spate", "string", "round", "number", "flurry", "volley",
               "campaign"}
# Nouns an event noun names the kind of, that stand for it in the clause: "the failed
# assassination attempt", "a bombing plot".
ATTEMPT_NOUNS = {"attempt", "plot", "bid", "operation"}
# Verbs that own up to an event noun: "claimed responsibility for the bombing".
CLAIM_VERBS = {"claim", "accept", "admit", "take", "bear", "assume"}
# Verbs through which an event noun is handed to someone: "were given an ultimatum",
# "warnings were given to the police".
GIVE_VERBS = {"give", "issue", "deliver", "send", "hand", "serve", "pass"}
# What explodes or is detonated is the device: no actor when it goes off on its own
# ("the bomb exploded"), never a target ("detonated the charges", "the detonation of a
# mine").
DEVICE_VERBS = {"explode", "detonate", "detonation"}
# Verbs whose subject suffers an event noun they govern: "suffered injuries", "survived an
# attack", "came under fire".
VICTIM_VERBS = {"suffer", "sustain", "survive", "escape", "endure", "receive", "incur",
                "face"}
# Heads that make an event word a name for something else: "arrest warrant", "protest
# movement", "death penalty" (but "death toll", "bombing suspect" stay events).
NON_EVENT_HEADS = {"warrant", "movement", "spiral", "penalty", "sentence", "row", "certificate",
                   "song", "slogan", "sign", "banner", "permit", "law", "bill", "squad",
                   "threat", "warning", "drill", "exercise", "simulation", "game", "film",
                   "movie", "museum", "memorial", "anniversary", "police", "gear", "shield",
                   "helicopter", "control", "talk", "negotiation", "negotiator", "proposal",
                   "plan", "envoy", "mediator", "bid", "push", "effort", "framework",
                   # weapons named for their use: "attack drones", "an attack submarine"
                   "drone", "aircraft", "jet", "plane", "submarine", "boat", "craft", "dog",
                   "ad", "advert", "advertisement",
                   # "an assault rifle", "a detention centre", "an execution chamber"
                   "rifle", "weapon", "centre", "center", "facility", "camp", "chamber",
                   "hearing", "order"}
# Who attacks by trade: "militants targeted a hotel".
ATTACKERS = {"militant", "terrorist", "gunman", "insurgent", "rebel", "attacker", "bomber",
             "jihadist", "assailant", "fighter", "extremist", "sniper", "raider"}
# Others who bear arms: "police fired on the crowd", "a tank fired at the house".
ARMED = {"police", "officer", "guard", "army", "military", "tank", "warship", "gunboat",
         "helicopter", "jet", "aircraft", "policeman", "policemen", "gunner"}
# Words that make "fire" shooting: "mortar fire", "heavy machine-gun fire".
FIRE_KINDS = {"mortar", "machine", "machinegun", "sniper", "artillery", "rocket", "tank",
              "gun", "small", "enemy", "automatic", "hostile", "live", "cannon", "anti",
              "friendly", "naval", "shell", "rifle"}
# What is shot at, beside troops: "the convoy came under fire from the ridge".
FIRED_ON = {"convoy", "patrol", "vehicle", "base", "position", "checkpoint", "ship", "vessel",
            "post", "village", "town", "city", "outpost", "helicopter", "plane"}
# What is sent or issued as a command: "sent instructions for police to …".
ORDERS = {"instruction", "order", "directive", "command", "summons"}
# What is sent or written to someone as a message: correspondence, not aid.
LETTERS = {"letter", "message", "note", "email", "e-mail", "telegram", "cable"}
# What is met when it is fulfilled, not people met: "its demands were met".
MET_AIMS = {"demand", "need", "requirement", "target", "deadline", "condition", "criterion",
            "criteria", "expectation", "goal", "standard", "obligation", "cost", "challenge",
            "threshold", "quota", "request", "fate", "end", "death", "resistance",
            "opposition"}
# What one threatens to answer with: "warned of retaliation".
REPRISALS = {"retaliation", "reprisal", "consequence", "revenge", "retribution",
             "punishment", "response"}
# Pronouns by which a warner may name its own move: "warned that it would respond".
OWN_PRONOUNS = {"it", "he", "she", "they", "we", "i", "you"}
# Whom a host receives: "hosted his counterpart", "will host European leaders".
GUESTS = {"leader", "minister", "president", "delegation", "counterpart", "envoy", "official",
          "head", "chancellor", "king", "queen", "prince", "premier", "diplomat", "ambassador",
          "representative", "talks", "summit", "meeting", "conference", "negotiation"}
ILLNESS_ATTACKS = {"heart", "panic", "asthma", "anxiety"}
# Illness: a death from it is no assault, and fighting it is no fight.
ILLNESS = {"disease", "illness", "virus", "epidemic", "pandemic", "outbreak", "cancer",
           "infection", "bacteria", "bacterium", "malaria", "cholera", "ebola", "covid",
           "covid-19", "coronavirus", "dengue", "chikungunya", "meningitis", "flu",
           "influenza", "measles", "tuberculosis", "hiv", "aids", "stroke", "overdose",
           "diabetes", "leukemia", "leukaemia", "pneumonia", "sepsis", "dementia", "tumour",
           "tumor"}
ABSTRACT_FOES = ILLNESS | {"corruption", "inflation", "poverty", "crime", "fire", "blaze",
                           "wildfire", "flood", "climate", "hunger", "unemployment", "fraud",
                           "misinformation", "disinformation", "drug", "addiction", "pollution",
                           "obesity", "deficit", "cost", "price", "odds",
                           # a fight over words and plans: "killed the bill", "attacked
                           # the decision"
                           "bill", "proposal", "plan", "policy", "decision", "remark",
                           "comment", "statement", "ruling", "legislation", "motion",
                           "amendment", "idea", "strategy", "budget", "reform", "verdict"}
DAY_WORDS = {*WEEKDAYS, "today", "tonight", "yesterday", "tomorrow"}
# Words that make a strike a walkout: "a 48-hour strike", "a general strike".
STRIKE_WORDS = {"hour", "day", "week", "month", "long", "general", "hunger", "labour", "labor",
                "national",
                "nationwide", "workers", "worker", "teachers", "doctors", "nurses", "union",
                "rail", "transport", "wildcat", "sit", "indefinite", "opposition"}
# What can be handed over as a retreat.
TERRITORY = {"territory", "land", "city", "town", "village", "region", "area", "position",
             "control", "base", "oblast", "province", "district", "settlement", "bridgehead"}
# Military sites, which are taken over like ground: "took over two army posts".
OUTPOSTS = {"post", "outpost", "headquarters", "checkpoint", "camp", "barrack", "garrison",
            "airbase", "airport", "airfield", "port", "border", "crossing"}
# People by what they do, who may be taken, held or killed: "the chairman was picked up".
CIVILIAN_ROLES = {"chairman", "chairwoman", "trader", "engineer", "official", "businessman",
                  "businesswoman", "farmer", "teacher", "doctor", "nurse", "priest", "pastor",
                  "imam", "chief", "headman", "lawyer", "editor", "reporter", "mayor",
                  "councillor", "councilor", "driver", "villager", "resident", "tourist",
                  "employee", "shopkeeper", "politician", "candidate", "governor", "judge",
                  "cleric", "monk", "nun", "girl", "boy", "passenger", "contractor", "aide"}
# Nouns that count what follows "of": "a string of checkpoints", "a series of villages".
SERIES = {"string", "series", "number", "handful", "couple", "row", "chain", "cluster"}
# Who takes a person away as an arrest, not an abduction: "picked up by detectives".
STATE_TAKERS = {"police", "policeman", "officer", "detective", "agent", "security", "soldier",
                "army", "troop", "force", "authority", "intelligence", "gendarme", "customs"}
# What is thrown at police in a riot: "threw stones at officers".
MISSILES_THROWN = {"stone", "rock", "brick", "bottle", "petrol", "molotov", "firebomb",
                   "projectile"}
# Pronouns a reporter may use of itself, and the entity types each can stand for.
SELF_PRONOUNS = {"it": ("ORG", "GPE", "NORP"), "they": ("ORG", "GPE", "NORP"),
                 "we": ("ORG", "GPE", "NORP", "PERSON"), "he": ("PERSON",),
                 "she": ("PERSON",), "its": ("ORG", "GPE", "NORP"),
                 "their": ("ORG", "GPE", "NORP")}  # one person is no "they"
# What talks do in a headline: "talks resume", "talks stall".
TALKS_GO_ON = {"resume", "stall", "collapse", "begin", "end", "continue", "open", "fail",
               "break", "restart", "falter", "drag", "progress", "conclude", "start"}
# Those one beats up, not beats in a match: "beat the protesters" (not "beat Spain").
BEATEN = CAPTIVES | PROTESTERS | {"politician", "villager", "resident", "inmate", "voter",
                                  "refugee", "migrant", "reporter", "priest", "monk",
                                  "defector", "spy", "critic", "officer", "official"}
# Verbs that take people into custody when people are what they take ("captured the
# suspect"; "captured the town" is ground taken).
TAKING_VERBS = {"capture", "catch", "nab"}
# Verbs that command when they tell someone to do something: "told the jurors to leave".
COMMAND_VERBS = {"tell", "direct", "command"}
# Verbs of correspondence: "wrote to the minister", "emailed his counterpart".
WRITING_VERBS = {"write", "email", "e-mail", "contact", "text", "mail"}
# What one corresponds by: "contacted him by email".
MEDIA = {"phone", "telephone", "email", "e-mail", "letter", "mail", "text", "message"}
# Words for attackers that, in front of an attack, say its kind, not who did it.
KINDS_OF_ATTACK = {"terrorist", "extremist", "jihadist", "sniper", "bomber", "fighter"}
# Verbs whose object is always someone told: "instructed the prefects to act".
INSTRUCT_VERBS = {"instruct", "tell", "direct", "command"}
# Types whose verb is done to someone it must name: "shot and killed two suspects".
DONE_TO = {"ASSAULT", "COERCE", "ACCUSE", "CONCEDE", "SANCTION"}
# Armed bodies named in front of an attack they carry out: "a police raid", "army shelling".
ARMED_GROUPS = {"police", "army", "military", "militia", "troop", "soldier", "navy",
                "guerrilla", "paramilitary", "mob", "gang"}
# Pictures and reports of an event, which show it and do not do it.
PICTURES = {"video", "footage", "photo", "photograph", "picture", "image", "clip", "film",
            "report", "map", "graphic"}
# Place nouns that name a body that can act: "the embassy said", "the city sued".
ACTING_PLACES = {"embassy", "consulate", "ministry", "court", "parliament", "office",
                 "headquarters", "state", "country", "capital", "palace", "city", "town",
                 "village", "region", "province", "district", "municipality", "county",
                 "republic", "territory", "bank", "university", "college", "school", "club",
                 "front", "base", "camp", "post", "position", "compound", "complex"}
# Groups named in front of a protest who hold it: "student protests", "opposition rallies".
PROTEST_GROUPS = {"student", "opposition", "pensioner", "miner", "trucker", "nurse", "veteran",
                  "youth", "woman", "labour", "labor", "union", "worker", "farmer", "teacher"}
# What is used only to blow up or poison: "explosives had been used".
EXPLOSIVES = {"explosive", "bomb", "grenade", "ied", "landmine", "dynamite", "tnt"}
