"""ACLED coding of an event: its event type and fine sub-event type, from the trigger, the
sentence it is in and who acts.

The PLOVER coder (:mod:`.events`) finds the trigger and a coarse ACLED reading ("attack":
shelling, "arrest": arrests); :func:`refine` reads the sentence for what the ACLED codebook
tells the sub-events apart by: the weapon (a suicide bomber, a grenade, an IED or landmine,
chemical agents, aircraft and drones, shells and rockets), whether the weapon was stopped
(intercepted, shot down, defused: "Disrupted weapons use"), who took a town (the state's
forces regain territory, a non-state group overtakes it, a hand-over is non-violent), who
was hit (civilians: "Attack"; armed men on both sides: "Armed clash"), and how a protest
went (peaceful, broken up, met with lethal force, turned violent, a mob).

:func:`incident` names what ACLED leaves out but a reader of the news meets beside it: a
natural disaster (floods, earthquakes, epidemics), a man-made one (fires, collapses,
crashes) and organised crime (drugs, smuggling, gangs). A death in a flood is not an
assault; :mod:`.events` asks before coding one.

Limits: the cues are English words and the sentence is read as a bag of cues in order of
precedence (the codebook's: a suicide bombing is a suicide bomb even when it kills
civilians); who acts is read from the words before the cue, not from the parse.
"""

from __future__ import annotations

import re

EXPLOSIONS = "Explosions/Remote violence"
BATTLES = "Battles"
CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

# The codebook's sub-event types and the event type each belongs to.
SUB_EVENTS: dict[str, str] = {
    "Armed clash": BATTLES, "Government regains territory": BATTLES,
    "Non-state actor overtakes territory": BATTLES,
    "Chemical weapon": EXPLOSIONS, "Air/drone strike": EXPLOSIONS, "Suicide bomb": EXPLOSIONS,
    "Shelling/artillery/missile attack": EXPLOSIONS, "Remote explosive/landmine/IED": EXPLOSIONS,
    "Grenade": EXPLOSIONS,
    "Sexual violence": CIVILIANS, "Attack": CIVILIANS,
    "Abduction/forced disappearance": CIVILIANS,
    "Peaceful protest": PROTESTS, "Protest with intervention": PROTESTS,
    "Excessive force against protesters": PROTESTS,
    "Violent demonstration": RIOTS, "Mob violence": RIOTS,
    "Agreement": STRATEGIC, "Arrests": STRATEGIC, "Change to group/activity": STRATEGIC,
    "Disrupted weapons use": STRATEGIC, "Headquarters or base established": STRATEGIC,
    "Looting/property destruction": STRATEGIC, "Non-violent transfer of territory": STRATEGIC,
    "Other": STRATEGIC,
}


def _cue(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.IGNORECASE)


# Weapons and acts, in the codebook's order of precedence.
SUICIDE = _cue("suicide[- ](?:bomb|attack|blast|car|vest|belt|truck)",
               "bl[eo]w(?:s|ing|n)? (?:him|her|them)sel",
               "self-detonat", "explosive (?:vest|belt)", "suicide")
CHEMICAL = _cue("chemical(?! (?:factory|plant|industry|company|firm|works|warehouse|depot|"
                "leak|spill|engineer|fertili[sz]er))", "chlorine", "sarin", "mustard gas",
                "nerve agent", "toxic gas", "poison(?:ous)? gas", "phosphorus")
GRENADE = _cue("grenade", "rpg")
DISRUPTED = _cue("intercept", "safely (?:detonat|destroy|defus|remov)",
                 "(?:mine|bomb|device|ied|shell|explosives?) (?:\\w+ ){0,3}(?:discovered|found) by",
                 "shot down", "shoot(?:s|ing)? down", "downed", "defus",
                 "dismantl", "foil", "thwart", "disarm", "seized (?:a |an |the )?(?:weapons|arms|"
                 "ammunition|explosives|cache)", "(?:weapons|arms|ammunition) cache",
                 "(?:found|discovered|recovered|uncovered|seized) (?:a |an |the |some )?"
                 "(?:\\w+ )?(?:ied|explosive|bomb|mine|weapons|arms|ammunition)",
                 "bomb disposal", "controlled explosion", "air defen[cs]e")
IED = _cue("ied", "improvised explosive", "roadside (?:bomb|explosive|blast)", "landmine",
           "land mine", "mines?\\b", "car bomb", "vehicle-borne", "vbied", "explosive device",
           "bomb (?:went off|exploded|blast)", "sticky bomb", "magnetic bomb", "booby",
           "planted", "detonat", "explosive", "(?:bomb|bomb blast|blast|explosion) (?:hit|"
           "targeted|struck|ripped)", "bomb")
AIR = _cue("air ?strikes?", "air raids?", "airstrik", "warplane", "war plane", "fighter jet",
           "jets?\\b", "aircraft", "helicopter", "gunship", "drones?\\b", "uav", "aerial",
           "bombers?\\b", "air force", "coalition (?:planes|aircraft)", "planes?\\b",
           "bombard(?:ed|ment)? from the air", "barrel bomb",
           "(?:guided|glide|gliding|aerial|air-dropped|cluster|incendiary) (?:aerial )?bombs?")
SHELLING = _cue("shell(?:s|ed|ing)?\\b", "artillery", "mortar", "rockets?\\b", "missiles?\\b",
                "howitzer", "grad\\b", "katyusha", "bombard", "cannon", "tank (?:fire|shell)",
                "projectile")
SEXUAL = _cue("rap(?:e|ed|es|ing)\\b", "sexual(?:ly)? (?:assault|abus|violen|harass)",
              "molest", "gang-rap")
ABDUCTION = _cue("abduct", "kidnap(?!per)", "hostage", "forcibly disappear", "enforced disappear",
                 "went missing", "taken captive", "held captive", "whereabouts", "seized (?:a |"
                 "two |three |several )?(?:\\w+ )?(?:people|civilians|men|women|villagers)")
# Territory: taken back (the state) or taken (whoever took it), or handed over.
REGAIN = _cue("recaptur", "regain", "retook", "retake", "re-took", "liberat(?:e|es|ed|ing)\\b",
              "reclaim",
              "restored control", "took back", "taken back", "wrest", "cleared .{0,40}of ")
OVERTAKE = _cue("captur", "seiz(?:e|ed|es|ing) control", "(?:took|taken|take|takes|taking|gain"
                "ed|assumed|established) (?:full )?control", "overr?an", "overrun", "fell to",
                "seized (?:the )?(?:town|village|city|district|area|base|territory|"
                "positions?|military)", "took over", "taken over", "occup(?:y|ied)")
HANDOVER = _cue("handed (?:\\w+ ){0,3}over", "hand(?:ed)?over", "handover", "without (?:a )?"
                "(?:fight|resistance|clashes|fighting)", "peacefully", "transferr?(?:ed)? "
                "control", "withdr(?:ew|awn|awal) from", "pulled out", "vacated",
                "evacuated (?:its|their) positions", "left the (?:town|city|area|village)",
                "(?:retreated|withdrew)")
HQ = _cue("headquarters", "(?:establish|set up|sets up|setting up|built|build|open)(?:ed|s|"
          "ing)? (?:a |an |its |their |new )*(?:military |new |permanent )*(?:base|camp|"
          "outpost|checkpoint|position|office|post|hq)", "new (?:base|outpost|camp|position)",
          "stationed", "base (?:was|has been) (?:established|set up)")
GROUP = _cue("merg", "split", "defect", "joined (?:forces|the ranks|the group)",
             "pledg(?:ed|es|ing)? (?:allegiance|loyalty)", "allegiance", "new (?:group|"
             "alliance|coalition|faction|militia|armed group|leader|commander)",
             "formed (?:a |an )", "formation of", "rebrand", "dissolv", "disband", "renamed",
             "recruit", "training camp", "deploy", "reinforcement", "redeploy", "mobili[sz]",
             "convoy", "appointed", "named (?:a |as )?(?:new )?(?:leader|commander|head)",
             "surrender", "laid down (?:their|its) (?:arms|weapons)", "troop movement",
             "patrol", "curfew", "state of emergency", "martial law", "relocat",
             "announced (?:a |the )?(?:new|formation|creation)")
AGREEMENT = _cue("agreement", "agreed", "ceasefire", "cease-fire", "truce", "peace (?:deal|"
                 "accord|pact|treaty|agreement)", "accord\\b", "signed", "memorandum", "pact",
                 "prisoner (?:swap|exchange)", "exchange of prisoners", "release of prisoners",
                 "reconcil", "deal\\b", "treaty")
ARREST = _cue("arrest", "detain", "detention", "custody", "apprehend", "nabbed", "rounded up",
              "held by (?:police|security)", "jailed", "imprison")
PROTEST = _cue("protest", "demonstrat", "rall(?:y|ied|ies|ying)", "march(?:ed|es|ing)?\\b",
               "sit-in", "picket", "(?:went|go|are|were|on) (?:on )?strike", "hunger strike",
               "general strike", "workers'? strike", "boycott", "chant", "placard", "slogan",
               "gathered (?:outside|in front|at)", "dharna", "gherao", "agitat", "rioters?",
               "riot", "mob\\b", "crowd")
LETHAL = _cue("(?:killed|shot dead|shot at|shot and killed|injured|wounded|beat|beaten|baton-"
              "charged|lathi-?charged|brutally|opened fire on|fired (?:\\w+ )?(?:live|at|on)|live "
              "(?:ammunition|rounds|bullets)) .{0,40}(?:protest|demonstrat|march|student|"
              "worker|crowd|farmer|participant|rall(?:y|ies)|sit-in|striking|strikers)",
              "(?:protesters|"
              "demonstrators|students|marchers|workers|farmers|crowd) (?:\\w+ ){0,3}(?:were |"
              "was )?(?:killed|shot|injured|wounded)", "(?:protesters|demonstrators|students|"
              "marchers|workers|farmers|crowd) (?:\\w+ ){0,3}(?:were |was |being |been )"
              "(?:beaten|attacked|assaulted|brutali)", "live (?:ammunition|rounds"
              "|fire|bullets)", "lathi-?charg", "baton-?charg", "brutal", "excessive force",
              "police (?:attacked|beat|assaulted|opened fire|charged)",
              "(?:attacked|assaulted) (?:\\w+ ){0,3}(?:peaceful )?(?:protest|demonstrat|march|"
              "rally|sit-in)")
INTERVENED = _cue("tear ?gas", "water cannon", "dispers", "rubber bullets?", "broke up",
                  "broken up", "taken away in police", "bundled into police",
                  "break up", "arrested", "detained", "police intervened", "prevented",
                  "blocked by", "stopped by (?:the )?police", "cordon", "stun grenade",
                  "pepper spray", "scuffl", "pushed back", "forcibly remov", "evicted")
VIOLENT = _cue("riot(?! police| gear| squad| shield| control| unit)", "pelt",
               "(?:threw|throwing|hurled|hurling) (?:stones|rocks|petrol|molotov"
               "|bricks|bottles|objects)", "stone-?pelt", "torch", "set (?:on )?fire",
               "set ablaze", "vandali",
               "clash(?:ed|es)? with (?:the )?(?:riot )?(?:police|security)",
               "burn(?:ed|t|ing) (?:tyres|tires|vehicles|cars|buses|effigies)", "blocked (?:the )?"
               "(?:road|highway|traffic)", "violent (?:protest|demonstrat)", "turned violent",
               "ransack", "damag(?:ed|ing) (?:vehicles|property|shops)", "attacked (?:the )?"
               "police")
MOB = _cue("mob\\b", "mobs\\b", "lynch", "(?:residents|villagers|locals|youths|a crowd) "
           "(?:\\w+ ){0,2}(?:beat|lynched|stoned|burnt|burned|hacked) (?:\\w+ ){0,5}to death",
           "vigilante", "angry (?:crowd|villagers|residents|mob)",
           "mob justice", "(?:villagers|residents|locals|youths|a crowd|a mob) (?:\\w+ ){0,2}"
           "set upon", "(?:beaten|lynched|killed) (?:to death )?by (?:a |an )?(?:angry )?"
           "(?:group of |gang of |crowd of )?"
           "(?:crowd|villagers|residents|locals)", "jungle justice", "witch")
PROPERTY = _cue("loot", "torch", "burn(?:ed|t) down", "set (?:fire|ablaze)", "set on fire",
                "arson", "vandali", "destroy(?:ed|ing)? (?:\\w+ ){0,2}(?:houses|homes|property|"
                "shops|crops|buildings|school|church|mosque|temple|offices|vehicles)",
                "demolish", "raz(?:ed|ing)\\b", "ransack", "plunder", "burn(?:ed|t|ing) "
                "(?:\\w+ ){0,2}(?:houses|homes|huts|shops|vehicles|buildings|village)",
                "(?:stole|stolen|steal|rustl|seized) (?:\\w+ ){0,2}(?:cattle|livestock|"
                "property|goods)")
CLASH = _cue("clash", "fighting", "fought", "gun ?battle", "gunfight", "exchange(?:d)? (?:of )?"
             "(?:fire|gunfire)", "firefight", "engag(?:ed|ement)", "battl", "ambush",
             "skirmish", "offensive", "repel", "repuls", "counter-?attack", "between (?:the )?"
             "(?:\\w+ ){0,4}(?:forces|militants|rebels|fighters|militia)", "attacked (?:an? |the )?"
             "(?:army|military|police|security|checkpoint|base|post|position|convoy|patrol|"
             "troops|soldiers)", "killed (?:\\w+ ){0,3}(?:soldiers|militants|troops|rebels|"
             "fighters|insurgents|policemen|officers)", "(?:soldiers|militants|troops|rebels|"
             "fighters|insurgents|policemen) (?:were )?killed")
ATTACK = _cue("gunm[ae]n", "shot dead", "opened fire", "stabb", "hack(?:ed)? to death",
              "behead", "execut", "murder", "shot", "assassinat", "massacre", "beat(?:en)?\\b",
              "tortur", "killed", "attack", "kill", "lynch", "hacked", "machete", "gunned down")
# Not in ACLED: what else the news reports as an incident.
NATURAL = _cue("earthquake", "quake", "tremor", "flood", "cyclone", "hurricane", "typhoon",
               "storms?\\b", "tornado", "landslide", "mudslide", "drought", "tsunami", "volcan",
               "eruption", "wildfire", "forest fire", "bushfire", "heat ?wave", "lightning",
               "avalanche", "covid", "coronavirus", "pandemic", "epidemic", "outbreak",
               "cholera", "ebola", "measles", "dengue", "malaria", "virus", "infect",
               "(?:new|positive|confirmed) cases", "locust", "famine", "monsoon", "rainfall",
               "heavy rain", "cold wave", "blizzard", "snowstorm", "inundat", "deluge",
               "magnitude")
MAN_MADE = _cue("fire broke out", "(?:a |the )?fire (?:at|in) (?:a |an |the )?(?:\\w+ ){0,2}"
                "(?:factory|plant|mill|warehouse|market|building|hospital|mine|refinery|depot"
                "|hotel|house|school|slum|shop|store|office|club)", "plunged (?:into|off|down)",
                "fell (?:into|off|down) (?:a |an |the )?(?:\\w+ )?(?:gorge|ravine|river|"
                "cliff|canal|valley)", "blaze", "caught fire", "gutted", "derail",
                "(?:building|roof|bridge|wall|house|mine|shaft|structure|tunnel|dam|stage|"
                "floor|ceiling|stand|tower|block|school|church|mosque|hotel|factory) (?:\\w+ )"
                "{0,2}collaps", "collapsed (?:building|roof|bridge|wall|house|mine|structure)",
                "crash", "capsiz", "sank", "sunk", "accident", "collision", "collided",
                "gas leak", "leak", "cylinder", "boiler", "stampede", "spill", "short circuit",
                "electrocut", "plane crash", "poisoning", "toxic", "hooch", "spurious liquor",
                "illicit liquor", "fire tenders", "firefighters", "fire brigade", "fire "
                "department", "sinkhole", "explosion (?:at|in) (?:a |the )?(?:\\w+ )?(?:factory|"
                "plant|warehouse|mine|refinery|depot|fireworks)", "fireworks", "inferno",
                "tragedy", "mishap", "overturned", "blast (?:at|in) (?:a |the )?(?:\\w+ )?"
                "(?:factory|plant|warehouse|mine|refinery)")
CRIME = _cue("drug", "narcotic", "cocaine", "heroin", "cannabis", "marijuana", "methamphet",
             "meth\\b", "smuggl", "traffick", "cartel", "gangs?\\b", "gangster", "mafia",
             "cybercrime", "fraud", "money laundering", "extortion", "ransom", "robber",
             "robbed", "heist", "counterfeit", "poach", "contraband", "syndicate",
             "illegal (?:arms|weapons|mining|logging|firearms)", "hitm[ae]n",
             "contract killing", "organi[sz]ed crime", "racket", "loan shark", "scam",
             "bootleg", "narco", "criminal (?:group|gang|network|organi)", "kingpin",
             "(?:kg|kilograms?|tonnes|tons|grams) of")
DIPLOMACY = _cue("met with", "meeting", "talks", "summit", "visit", "bilateral", "diplomat",
                 "ambassador", "envoy", "foreign minister", "minister of foreign",
                 "phone call", "telephone", "discussed", "consultation", "delegation",
                 "embassy", "state visit", "conference", "sanction", "expel", "foreign "
                 "affairs", "counterpart", "relations")
# Who says they did it: a claim of responsibility is attribution, whoever speaks.
RESPONSIBILITY = _cue("claim(?:ed|s|ing)? (?:\\w+ ){0,2}responsibility", "took responsibility",
                      "den(?:y|ied|ies) (?:any )?(?:involvement|responsibility)",
                      "claim(?:ed|s)? (?:the |this |that )?(?:attack|bombing|blast|killing|"
                      "assault|ambush|kidnapping|abduction)", "hallmarks? of",
                      "(?:was|were|is|are) behind the")
ATTRIBUTION = _cue("claim(?:ed|s|ing)? (?:\\w+ ){0,2}responsibility", "responsibility for",
                   "blam(?:e|ed|es|ing)", "attribut", "accus", "behind the (?:attack|"
                   "bombing|blast|killing|strike|explosion)", "(?:was|were|is|are) behind",
                   "hackers?", "cyber", "took responsibility", "den(?:y|ied|ies) (?:any )?"
                   "(?:involvement|responsibility)", "held responsible", "perpetrat",
                   "(?:suspected|believed) to be behind")

STATE = _cue("army", "military", "troops", "government", "soldiers", "security forces",
             "police", "armed forces", "saa\\b", "national guard", "defen[cs]e forces",
             "forces loyal to", "pro-government", "regime")
NON_STATE = _cue("isis", "isil", "islamic state", "daesh", "al-qaeda", "al qaeda", "taliban",
                 "al-shabaab", "al shabaab", "shabaab", "boko haram", "militants?", "rebels?",
                 "insurgents?", "jihadists?", "militias?", "fighters", "group", "hts", "sdf",
                 "ypg", "houthis?", "maoists?", "naxal", "separatists?", "opposition",
                 "gunmen", "tribesmen", "armed men", "terrorists?", "hayat", "nusra",
                 "ansar", "jnim", "iswap", "ypg", "pkk", "hezbollah", "hamas", "paramilitar")

# Protesters taken away: ACLED's protest with intervention, not arrests.
PROTESTERS_HELD = _cue("(?:arrest|detain|round)(?:ed|s|ing)? (?:up )?(?:\\w+ ){0,4}(?:protesters|"
                       "demonstrators|marchers|strikers|picketers)")
# Ground that changes hands: a political party's withdrawal is no transfer of territory.
GROUND = _cue("town", "city", "village", "territor", "area", "region", "district", "province",
              "position", "base", "border", "front", "checkpoint", "post\\b", "bridge",
              "airport", "port\\b", "terminal", "hill", "road", "zone", "control")
# Ground taken without a fight, by the codebook a non-violent transfer (not "after the
# troops withdrew", which tells nothing of how it was taken).
PEACEFUL = _cue("without (?:a |any )?(?:meeting )?(?:fight|resistance|clashes|fighting|a shot|"
                "bloodshed)", "peacefully", "handed (?:\\w+ ){0,3}over", "hand(?:ed)?over",
                "handover", "transferr?(?:ed)? control", "under the (?:peace )?(?:deal|"
                "agreement|accord|plan)", "as part of the (?:peace )?(?:deal|agreement|plan)")
# Who fights with weapons of war, whose clash with police is a battle, not a riot.
ARMED_MEN = _cue("militants?", "rebels?", "insurgents?", "gunm[ae]n", "armed (?:men|group)",
                 "fighters", "jihadists?", "terrorists?", "militias?")

VIOLENCE_TYPES = {"ASSAULT", "COERCE", "PROTEST", "AGREE", "MOBILIZE", "RETREAT"}


def _took_territory(text: str) -> str | None:
    """Who took a place: the state's forces regaining it, or someone else taking it."""
    for cue, default in ((REGAIN, "Government regains territory"),
                         (OVERTAKE, "Non-state actor overtakes territory")):
        found = cue.search(text)
        if found is None:
            continue
        before = text[:found.start()]
        non_state, state = NON_STATE.search(before), STATE.search(before)
        if non_state and (not state or non_state.start() > state.start()):
            return "Non-state actor overtakes territory"
        if state:
            return "Government regains territory"
        return default
    return None


def _protest(text: str) -> str:
    if MOB.search(text):
        return "Mob violence"
    if LETHAL.search(text):
        return "Excessive force against protesters"
    if VIOLENT.search(text):
        return "Violent demonstration"
    if INTERVENED.search(text):
        return "Protest with intervention"
    return "Peaceful protest"


ATTACK_WORDS = ("attack", "bomb", "blast", "explo", "shoot", "shell", "strike", "raid")
# Modes that name the weapon at the trigger itself ("launched drones", "fired artillery").
WEAPON_MODES = {"drone", "missile", "air-strike", "artillery"}


def refine(plover: str, sub: str | None, sentence: str, trigger: str = "",
           mode: str | None = None) -> tuple[str | None, str | None]:
    """The ACLED (event type, sub-event type) of an event of PLOVER type ``plover`` whose
    coarse reading was ``sub`` (and whose mode is ``mode``), from the cues of its
    sentence; (None, None) where ACLED does not code the event (talks, aid, accusations).
    A weapon named at the trigger wins over one elsewhere in the sentence."""
    if plover not in VIOLENCE_TYPES and sub is None:
        return None, None
    if mode == "weapons-test":
        return "Strategic developments", "Other"  # a missile test: no one was attacked
    if mode == "shoot-down":
        return SUB_EVENTS[sub], sub  # an aircraft shot down with its crew: a fight, not a
        # weapon stopped, whatever "shot down" says elsewhere
    if plover == "ASSAULT" and mode in WEAPON_MODES and sub in (
            "Air/drone strike", "Shelling/artillery/missile attack") and not (
            CHEMICAL.search(sentence)):  # chemical shells are a chemical weapon
        return SUB_EVENTS[sub], sub
    found = _sub_event(plover, sub, sentence, trigger.lower())
    return (SUB_EVENTS[found], found) if found else (None, None)


def _sub_event(plover: str, sub: str | None, text: str, trigger: str) -> str | None:
    if plover == "PROTEST" or sub in ("Peaceful protest",):
        found = _protest(text)
        # the coder saw it turn violent ("protesters clashed with police"); only force
        # against it or a mob says more
        return sub if sub == "Violent demonstration" and found in (
            "Peaceful protest", "Protest with intervention") else found
    if plover == "AGREE":
        return "Agreement"
    if plover == "COERCE" and sub == "Arrests":
        if PROTESTERS_HELD.search(text):
            return "Protest with intervention"  # "detained 30 protesters"
        return "Arrests" if not ABDUCTION.search(trigger) else "Abduction/forced disappearance"
    if sub == "Change to group/activity":
        return sub
    if plover == "MOBILIZE":
        return "Headquarters or base established" if HQ.search(text) or sub == (
            "Headquarters or base established") else (
            "Change to group/activity")
    if plover == "RETREAT":
        return "Non-violent transfer of territory" if HANDOVER.search(text) and GROUND.search(
            text) else "Change to group/activity"
    if sub in ("Abduction/forced disappearance", "Sexual violence", "Looting/property "
               "destruction", "Arrests", "Mob violence"):
        return sub
    if plover != "ASSAULT":
        return sub
    if trigger.startswith("raid") and ARREST.search(text) and not CLASH.search(text):
        return "Arrests"  # "arrested 14 members in a police raid": the raid made arrests
    # an assault: on protesters, then the weapon, then what was done and to whom
    if PROTEST.search(text) and LETHAL.search(text):
        return "Excessive force against protesters"
    if PROTEST.search(text) and VIOLENT.search(text) and not ARMED_MEN.search(text):
        return "Violent demonstration"  # "demonstrators clashed with police"
    if sub == "Disrupted weapons use" or DISRUPTED.search(text):
        return "Disrupted weapons use"
    if SUICIDE.search(text):
        return "Suicide bomb"
    if CHEMICAL.search(text):
        return "Chemical weapon"
    if GRENADE.search(text):
        return "Grenade"
    if sub in ("Government regains territory", "Non-state actor overtakes territory"):
        if PEACEFUL.search(text) and not CLASH.search(text):
            return "Non-violent transfer of territory"  # the codebook's: ground taken
            # "without engaging in a violent interaction"
        return _took_territory(text) or sub
    if AIR.search(text):
        return "Air/drone strike"
    if SHELLING.search(text):
        return "Shelling/artillery/missile attack"
    if IED.search(text):
        return "Remote explosive/landmine/IED"
    if SEXUAL.search(text):
        return "Sexual violence"
    if ABDUCTION.search(text):
        return "Abduction/forced disappearance"
    # a state invades; an attack named as such is no taking of ground, whatever else the
    # sentence tells ("days after the attacks, the army took control of the city")
    taken = None if "invad" in trigger or trigger.startswith(ATTACK_WORDS) else (
        _took_territory(text))
    if taken:
        return taken
    if MOB.search(text):
        return "Mob violence"
    if CLASH.search(text):
        return "Armed clash"
    if PROPERTY.search(text) and not ATTACK.search(text):
        return "Looting/property destruction"
    if sub in ("Air/drone strike", "Shelling/artillery/missile attack",
               "Remote explosive/landmine/IED", "Armed clash"):
        return sub  # the trigger named the weapon or act ("bombed", "explosion", "invaded")
    return "Attack"


def incident(text: str) -> str | None:
    """What ACLED does not code but the text reports: "natural disaster", "man-made
    disaster" or "organised crime"; None if no such cue."""
    for cue, kind in ((NATURAL, "natural disaster"), (CRIME, "organised crime"),
                      (MAN_MADE, "man-made disaster")):
        if cue.search(text):
            return kind
    return None
