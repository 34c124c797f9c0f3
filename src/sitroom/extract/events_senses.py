"""More senses of event words that report no event of their type (events.py asks here).

An event that is forbidden did not happen ("a ban on protests", "police banned the
march"); a noun that names an event told already is no new one ("called the explosion an
attack", "condemned it as an attack"). A threat or a warning is no one threatening when it
is a danger ("drones pose a threat to airliners", "the terrorist threat", "the threat
level"), an advisory ("a travel warning") or one only heeded or ignored ("ignored the
warnings", "in defiance of warnings"). To demonstrate something is to show it ("the test
demonstrated that…", "a demonstration of the radar"); troops march, and a party rallies
behind its leader, without protesting; one protests one's innocence. A question asked about
something ("when asked about the attack") or a source's wish to stay unnamed ("asked not to
be named") is no request, nor is a legal appeal ("appealed the verdict"). One shoots a film
as well as a man. A crime named in a charge or a verdict ("charges of murder", "charged
with murder", "crimes of treason and homicide") is no event, nor are the charges a trial
is held on ("on trial on charges of fraud"). To send a delegation or a message is no aid.
An execution of a plan, or one faced or threatened ("the threat of execution"), kills no
one; a prison term a court gives ("sentenced to life imprisonment") is no arrest, nor "to
death" a death, nor is "condemned to" a disapproval; what is done "at the request of"
someone is no request.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs and nouns that forbid what they govern: "banned the march", "a ban on protests".
BAN_VERBS = {"ban", "prohibit", "forbid", "outlaw", "disallow"}
BAN_NOUNS = {"ban", "prohibition", "moratorium"}
# Verbs that name what their object is: "called the blast an attack", "described it as".
NAMING_VERBS = {"call", "describe", "label", "brand", "term", "dub", "condemn", "denounce",
                "characterise", "characterize", "classify", "class", "treat", "regard", "see",
                "view", "consider", "decry", "deem", "qualify"}
# A threat as a danger: what poses it, is it or counters it.
DANGER_VERBS = {"pose", "represent", "constitute", "present", "become", "remain", "counter",
                "assess", "mitigate", "neutralise", "neutralize", "combat", "tackle"}
DANGER_KINDS = {"terror", "terrorist", "terrorism", "security", "nuclear", "potential",
                "growing", "existential", "perceived", "emerging", "increasing", "cyber",
                "global", "public"}
# Things a threat or warning word names: "the threat level", "an early-warning system".
DANGER_HEADS = {"level", "assessment", "system", "sign", "label", "light", "environment"}
# Advisories: "a travel warning", "a storm warning".
ADVISORIES = {"travel", "weather", "storm", "flood", "health", "tsunami", "heat", "gale",
              "frost", "safety", "early", "hurricane", "typhoon", "avalanche", "smog"}
# Verbs through which a warning is only heeded or ignored.
HEED_VERBS = {"ignore", "disregard", "heed", "defy", "flout"}
# What a protest can be a demonstration of ("a demonstration of solidarity").
PROTEST_CAUSES = {"support", "solidarity", "anger", "outrage", "opposition", "defiance",
                  "protest", "unity", "dissent", "discontent", "grief", "dissatisfaction"}
SHOWCASES = {"live", "practical", "technical", "product", "flight", "technology", "capability"}
MILITARY = {"troop", "soldier", "army", "force", "rebel", "fighter", "militant", "column",
            "unit", "convoy", "battalion", "brigade", "division", "regiment", "militia",
            "insurgent", "jihadist", "marine", "infantry", "tank"}
# Who is sent to talk, not given: "will send a delegation to the talks".
ENVOYS = {"delegation", "envoy", "representative", "negotiator", "team", "emissary",
          "ambassador", "minister", "official", "observer", "mission", "message", "letter",
          "signal", "invitation", "condolence"}
# Nouns for people, whom an execution can be of: "the execution of three prisoners".
PEOPLE = {"prisoner", "man", "woman", "people", "person", "hostage", "captive", "civilian",
          "soldier", "child", "activist", "dissident", "member", "leader", "opponent",
          "suspect", "detainee", "fighter", "militant", "journalist", "worker", "citizen",
          "national", "inmate", "officer", "protester", "student", "teenager", "boy", "girl"}
# Prison words that may name a term a court gives rather than an arrest.
TERMS = {"imprisonment", "incarceration", "detention"}
SENTENCING = {"sentence", "condemn", "commute", "reduce"}
PROSPECTS = {"threat", "risk", "fear", "prospect", "penalty", "possibility", "danger"}
# Words whose "of" names a crime as a kind: "charges of murder", "convicted of manslaughter".
CRIME_OF = {"charge", "count", "conviction", "convict", "guilty", "accuse", "suspect",
            "suspicion", "indict", "indictment", "acquit", "allegation", "allege", "innocent",
            "crime", "offence", "offense"}
# Verbs whose "with" names a crime as a kind: "charged with murder".
CHARGED_WITH = {"charge", "indict", "accuse", "tax"}
FILMING = {"film", "video", "footage", "photo", "photograph", "picture", "scene", "movie",
           "documentary", "image", "episode", "advert", "commercial", "clip", "portrait"}


def other_sense(tok: Token, lemma: str, plover: str) -> bool:
    """True when ``tok`` reports no event of ``plover`` (see the module's text)."""
    if _forbidden(tok) or tok.pos_ == "NOUN" and _named(tok):
        return True
    if plover == "THREATEN" and lemma in ("threat", "warning") and tok.pos_ == "NOUN":
        return _danger(tok) or _heeded(tok)
    if plover == "PROTEST":
        return _no_protest(tok, lemma)
    if plover == "REQUEST":
        return _no_request(tok, lemma)
    if plover == "ACCUSE" and lemma == "charge" and tok.pos_ == "NOUN":
        return tok.dep_ == "pobj" and tok.head.lower_ == "on"  # "on trial on charges of"
    if plover in ("ASSAULT", "THREATEN") and tok.pos_ == "NOUN" and _crime_named(tok):
        return True
    if lemma == "condemn" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return True  # "condemned to death": sentenced, not disapproved of
    if lemma == "execution" and tok.pos_ == "NOUN" and (_carried_out(tok) or _prospect(tok)):
        return True
    if (plover == "COERCE" and lemma in TERMS or lemma == "death") and tok.pos_ == "NOUN" and (
            _sentence(tok)):
        return True  # "sentenced to life imprisonment", "condemned to death"
    if plover == "AID" and lemma == "send" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ENVOYS for c in tok.children):
        return True  # "send a delegation to Cairo": a visit, not aid
    if plover == "ASSAULT":
        return lemma == "shoot" and any(c.dep_ == "dobj" and c.lemma_.lower() in FILMING
                                        for c in tok.children)  # "shot a documentary"
    return False


def _crime_named(tok: Token) -> bool:
    """A crime named as a kind, in a charge or a verdict: "charges of murder and
    conspiracy", "convicted of manslaughter" (not "accused of the murder of a guard")."""
    w = _first_conjunct(tok)
    if w.i != tok.i and w.lemma_.lower() in ("crime", "offence", "offense"):
        return True  # "to commit a crime and homicide": a list of crimes
    if any(c.dep_ in ("det", "poss", "nummod") for c in w.children):
        return False
    return w.dep_ == "pobj" and (w.head.lower_ == "of" and (
        w.head.head.lemma_.lower() in CRIME_OF) or w.head.lower_ == "with" and (
        w.head.head.lemma_.lower() in CHARGED_WITH))


def _carried_out(tok: Token) -> bool:
    """An execution of a thing, not of people: "the execution of the plan"."""
    done = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
    return any(g.ent_type_ not in ("PERSON", "NORP") and g.pos_ != "PRON"
               and g.lemma_.lower() not in PEOPLE for g in done)


def _prospect(tok: Token) -> bool:
    """A penalty one may face, not one carried out: "the threat of execution", "faces
    execution"."""
    w = _first_conjunct(tok)
    return w.dep_ == "pobj" and w.head.lower_ == "of" and w.head.head.lemma_.lower() in (
        PROSPECTS) or w.dep_ == "dobj" and w.head.lemma_.lower() in ("face", "risk")


def _sentence(tok: Token) -> bool:
    """A prison term a court gives, not an arrest: "sentenced to life imprisonment", "ten
    years of imprisonment", "a term of imprisonment"."""
    w = _first_conjunct(tok)
    if w.dep_ != "pobj":
        return False
    above = w.head.head
    return w.head.lower_ == "to" and above.lemma_.lower() in SENTENCING or (
        w.head.lower_ == "of" and (above.lemma_.lower() in ("term", "sentence", "penalty")
                                   or above.ent_type_ == "DATE"))


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _forbidden(tok: Token) -> bool:
    """"banned the protest", "a ban on gatherings and protests"."""
    w = _first_conjunct(tok)
    if w.dep_ in ("dobj", "nsubjpass") and w.head.lemma_.lower() in BAN_VERBS:
        return True
    return w.dep_ == "pobj" and w.head.lower_ in ("on", "of", "against") and (
        w.head.head.lemma_.lower() in BAN_NOUNS)


def _named(tok: Token) -> bool:
    """"called the explosion an attack", "condemned the bombing as a terrorist attack"."""
    if tok.dep_ == "oprd":
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "as" and prep.head.pos_ == "VERB" and (
        prep.head.lemma_.lower() in NAMING_VERBS) and any(
        c.dep_ in ("dobj", "nsubjpass") for c in prep.head.children)


def _danger(tok: Token) -> bool:
    """"drones pose a threat", "the terrorist threat", "the threat level", "a travel
    warning"."""
    kids = list(tok.children)
    if any(c.dep_ == "poss" for c in kids):
        return False  # "the EU's threat"
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in DANGER_HEADS:
        return True
    if tok.lemma_ == "threat" and (tok.dep_ == "attr" or tok.dep_ == "dobj" and (
            tok.head.lemma_.lower() in DANGER_VERBS)):
        return True  # "drones pose a threat", "they are a threat"
    words = {c.lower_ for c in kids if c.dep_ in ("amod", "compound")}
    kinds = ADVISORIES if tok.lemma_ == "warning" else DANGER_KINDS
    return bool(words & kinds)


def _heeded(tok: Token) -> bool:
    """A warning only heeded or ignored: "ignored the warnings", "failing to act on
    warnings", "in defiance of international warnings", "despite warnings"."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in HEED_VERBS:
        return True
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ == "despite" or prep.lower_ == "on" and prep.head.lemma_ == "act" or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in ("defiance", "disregard"))


def _no_protest(tok: Token, lemma: str) -> bool:
    kids = list(tok.children)
    if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass")
                                      for c in kids):
        return True  # "demonstrated that the drone can", "demonstrated its new jammer"
    if lemma == "demonstration":
        shown = [g for c in kids if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
        if shown and not any(g.lemma_.lower() in PROTEST_CAUSES for g in shown):
            return True  # "a demonstration of the new radar" (not "of solidarity")
        if any(c.dep_ in ("amod", "compound") and c.lower_ in SHOWCASES for c in kids):
            return True  # "a live demonstration"
    if lemma == "march" and tok.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in MILITARY for c in kids):
        return True  # "troops marched into the town"
    if lemma == "rally" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("behind", "around", "to")
            for c in kids):
        return True  # "rallied support", "rallied behind its leader"
    return lemma == "protest" and any(c.dep_ == "dobj" and c.lemma_ == "innocence"
                                      for c in kids)


def _no_request(tok: Token, lemma: str) -> bool:
    kids = list(tok.children)
    if lemma == "request" and tok.pos_ == "NOUN" and (
            tok.dep_ == "pobj" and tok.head.lower_ in ("at", "on", "upon", "by")):
        return True  # "at the request of the family", "available on request"
    if lemma in ("ask", "request"):
        if any(c.dep_ == "prep" and c.lower_ == "about" for c in kids):
            return True  # "when asked about the attack"
        if any(c.dep_ == "dobj" and c.lemma_ == "anonymity" for c in kids) or any(
                c.dep_ == "xcomp" and c.lemma_ in ("name", "identify", "quote")
                and any(g.dep_ == "auxpass" for g in c.children) for c in kids):
            return True  # "asked not to be named", "requested anonymity"
        if tok.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in kids) \
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in kids):
            return True  # "…, he said when asked."
    return lemma == "appeal" and tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "against" for c in kids)
