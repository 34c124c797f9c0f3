"""Events: who did what to whom, coded in PLOVER (and ACLED for violence), with a status.

A first, lexicon-driven coder: a trigger is a verb or event noun whose lemma the lexicon
knows ("attack", "launch" with drones, "shoot down", "meet", "talks", "sign", "sanction",
…); which word reports which event is decided in :mod:`sitroom.extract.events_coding`, from
the word lists of :mod:`sitroom.extract.events_lexicon`; this module finds the roles and
the status and assembles the events. Its mode comes from the weapon or meeting words
around it; the actor is the subject of the trigger (a state's forces count as the state:
"Russia's forces"), the target its
object or the thing after "on", "against" or "targeting"; place, date and figures come
from the layers before. The status reads the modality of the clause: "will meet",
"is expected to" (scheduled), "if", "may" (hypothetical), "not", "refusal to" (negated),
"is continuing" (ongoing); else occurred. An event dated after its anchor ("the summit
on 6 March", reported on 27 February) is scheduled; one that is asked for ("urged allies
to send", "calls for a ceasefire"), threatened or conditional is hypothetical.

Roles follow the parse: a subject shared down a control or purpose clause ("is scheduled
to meet", "visit Washington to sign"), the accused of "accused Russia of shelling", the
one urged in "urged allies to send"; an event noun that is itself the subject ("An
artillery strike hit a school") has no actor, and its target is the verb's object. An
event noun's actor is the subject of a support verb only ("held talks", "launched an
attack"; not "five died in the attack"), and who "survived" or "suffered" it is its
target; so are the owner of an arrest or a killing ("his arrest"), the dead counted
("killed 13") and those a participle names ("soldiers wounded in the raid"). Who claims
an attack ("claimed responsibility for the bombing"), is involved in it, or carries it out
("attacks carried out by the militia", "launched a series of attacks"), or whose decision
it was ("the militia's decision to carry out the bombings"), is its actor; a coordinated
passive shares its subject ("was detained and charged"), coordinated event nouns their
"of" ("the torture and maiming of prisoners"); whom a warning is given to, or an attack
aimed at ("bombings targeted at the police"), is its target, as are the count of the
wounded ("three of the wounded") and a death toll's number; "shot dead" is a shooting and
a death, and a count of the dead ("six people were dead") a killing. What explodes is
the device, neither actor nor target; no place acts ("a hotel, which killed"), nor does a
phrase with "no" ("no group") name anyone, nor a bomber who "blew himself up" a victim;
whom an attack is blamed on is not its target. Who carried out an attack killed, wounded
or took those it cost ("killed in an attack by rebels", "arrested in a police raid"); an
armed body in front of an attack carried it out ("a rebel attack"), a kind of attacker
does not ("terrorist attacks"); a picture or a place attacks no one ("footage showed the
attack"). People an "including" list names are whom it was done to ("activists were
arrested, including X"); an office-holder of a state the text does not name is no side.

A lexicon word counts only in its event sense: not as a name for something else ("arrest
warrant", "heart attack"), a fight against illness or vice, a death from illness or
natural causes, an accidental or industrial blast ("an accidental explosion"), a title
(a wiki heading, a verbless list item: "* 2016 Kabul bombing"), a call
that names ("called the blast an attack"), a question asked, a warning of danger, a
campaign rally; a walkout is a PROTEST (strike). ACCUSE is legal (a charge before a
court), allege or disapprove; CONCEDE (release) frees a captive, not a statement. The
place is a town or region (never a whole country) named where the event happened in the
trigger's clause, and the report's own words for where say it finer ("at the bus
station", :mod:`sitroom.extract.eventplace`); a toll told after an event ("…, killing 30
people"), a casualty of an event ("wounded in a raid near the airport") and an event
that dates its clause ("hours after the bombing, patrols were seen in Derry") leave the
clause's place to the other event; the date is the time nearest the trigger,
not the time of the report ("…, the air force said on Monday").

A death or wound an event noun caused is a report of its own, as KAIROS splits an attack
from its deaths ("the blast killed three": the blast, and the deaths whose victims the
three are), merged into the noun's event; so is the toll of a relative clause ("the
attack, which killed nine").

Limits: one event per trigger word (a noun trigger under a verb of the same type, "signed
a deal", is folded into it), with no coreference of events across sentences; the lexicon
is English and small, so paraphrases without a weapon word ("forces pounded the town")
are missed; modality reads only the few words the lexicon knows; a past-tense event
never takes a date later than its anchor (it takes none rather than a wrong one).
"""

from __future__ import annotations

import datetime
import re

from spacy.tokens import Doc, Span, Token

from ..model import Acled, Analysis, Event, Mention
from ..model import Span as CharSpan
from . import acled, extractor
from ._text import conjoined, doc_text, post_at
from .claims import ATTRIBUTION, PlaceIndex, Spans
from .entities import country_code, country_entities, nationality_states
from .eventmerge import merge_events
from .eventplace import AREAS, CAUSES, LOCATIVE, PLACE_NOUNS, is_place, location
from .events_coding import (
    code_of,
    counted_dead,
    crowd_weapon,
    headline_talks,
    title_line,
    told_by_verb,
)
from .events_lexicon import (
    ACCUSE_VERBS,
    ACTING_PLACES,
    ARMED_GROUPS,
    ATTACKERS,
    ATTEMPT_NOUNS,
    CAPTIVES,
    CASUALTY,
    CLAIM_VERBS,
    DEVICE_VERBS,
    DONE_TO,
    FUTURE,
    GIVE_VERBS,
    GROUP_NOUNS,
    GUESTS,
    HYPOTHETICAL,
    INSTRUCT_VERBS,
    INSTRUMENTS,
    KINDS_OF_ATTACK,
    LAUNCH_VERBS,
    LETTERS,
    LEXICON,
    MEETINGS,
    NEGATING_VERBS,
    NEGATIVE_SUBJECTS,
    NOT_TARGETS,
    NOUN_TRIGGERS,
    OBJECT_TARGETS,
    OBJECT_VERBS,
    OFFICE_HOLDERS,
    ORDERS,
    PARTITIVES,
    PARTY_NOUNS,
    PARTY_TYPES,
    PATIENT_NOUNS,
    PATIENT_VERBS,
    PICTURES,
    PROTEST_GROUPS,
    PROTESTERS,
    READINESS,
    RELATION_VERBS,
    REPRISALS,
    REQUEST_VERBS,
    SCHEDULE_VERBS,
    SELF_PRONOUNS,
    STATE_AGENTS,
    SUPPORT_VERBS,
    TARGET_NOT_PLACE,
    TEMPORAL_PREPS,
    TOPIC_VERBS,
    VENUE_MEETINGS,
    VICTIM_SUBJECT,
    VICTIM_VERBS,
    WEAPONS,
)


def _asks_for(v: Token) -> bool:
    """A verb or noun that asks for what it governs: "urged allies to send", "calls for a
    ceasefire", "a push for a deal" (but not "a phone call", "called a summit")."""
    if v.lemma_ not in REQUEST_VERBS:
        return False
    asks_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children)
    if v.pos_ != "VERB" or v.lemma_ in ("call", "push", "press", "appeal"):
        return asks_for or v.pos_ == "VERB" and v.lemma_ != "call" and any(
            c.dep_ in ("xcomp", "ccomp") for c in v.children)
    return True



def _asked(v: Token, tok: Token) -> bool:
    """Whether ``tok`` is what ``v`` asks for, threatens or promises ("urged allies to
    send", "called for talks"), not a setting of it ("in a phone call with Putin, Erdogan
    urged …": the call took place) nor who asks."""
    step = next((c for c in v.children if _contains(c, tok)), None)
    if step is None:
        return True
    if step.dep_ == "prep":
        return step.lower_ in ("for", "on", "to", "against", "of", "about")
    return step.dep_ not in ("nsubj", "nsubjpass", "advcl", "npadvmod", "advmod", "acomp")


def _undergoes(v: Token, tok: Token) -> bool:
    """Whether ``tok`` is what ``v`` is done to (its object or passive subject: "the
    summit was cancelled"), not a setting of it ("cancelled after the attack")."""
    return any(c.dep_ in ("dobj", "nsubjpass") and _contains(c, tok) for c in v.children)


def _told_ahead(v: Token) -> bool:
    """A clause reported in the past ("X said …"), where "would" is the reported "will",
    not a condition: no "if", "unless" or "otherwise" in the sentence."""
    return v.dep_ == "ccomp" and v.head.lemma_ in ATTRIBUTION and v.head.tag_ == "VBD" and not any(
        t.lower_ in ("if", "unless", "otherwise") for t in v.sent)


def _governed_by(tok: Token, v: Token) -> bool:
    """Whether ``v`` (an ancestor) has ``tok`` in what it keeps from happening: its object
    or complement ("refused to sign", "barred the firm from supplying"), not its subject
    ("protests blocked the road": the protests block) nor an act beside it ("blocked the
    road and pelted cars", "were blocking the road, killing one")."""
    while tok.i != v.i:
        if tok.dep_ in ("conj", "advcl", "relcl", "parataxis", "nsubj", "nsubjpass", "csubj"):
            return False
        tok = tok.head
    return True


def status_of(tok: Token) -> str:
    chain = [tok, *list(tok.ancestors)[:3]]
    for v in chain:
        if v.i != tok.i and v.lemma_ in ATTRIBUTION and _undergoes(v, tok):
            break  # "has not confirmed the meeting": the report's mood, not the meeting's
        kids = {c.lower_ for c in v.children}
        # "the injuries were not serious": said of the event, which happened
        predicated = v.lemma_ == "be" and tok.dep_ == "nsubj" and tok.head.i == v.i and any(
            c.dep_ in ("acomp", "attr") for c in v.children)
        # "no one was hurt", "no talks were held" (but the raid in "no one was killed in
        # the raid" took place)
        negative_subject = any(c.dep_.startswith("nsubj") and (
            c.lower_ in NEGATIVE_SUBJECTS or any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children)) and (
            tok.pos_ != "NOUN" or c.i == tok.i) for c in v.children)
        # "pleaded not guilty to the charges": the charges stand
        negation = not predicated and any(c.dep_ == "neg" and not (
            c.i + 1 < len(c.doc) and c.nbor().lower_ == "guilty") for c in v.children)
        if negation or negative_subject or v.lemma_ in NEGATING_VERBS and v.i != tok.i and (
                _governed_by(tok, v)):  # (not "protests blocked the road", "blocked the
            # road and pelted cars")
            return "negated"  # "did not attack", "denied supplying", "vetoed the sanctions"
        if v.i != tok.i and _undergoes(v, tok) and (
                v.lemma_ in CANCEL_VERBS or v.lemma_ == "call" and "off" in kids):
            return "negated"  # "the summit was cancelled", "called off the talks"
        if v.i != tok.i and _undergoes(v, tok) and v.lemma_ in POSTPONE_VERBS:
            return "scheduled"  # "the meeting was postponed": it is yet to happen
        if "would" in kids and not kids & (HYPOTHETICAL - {"would"}) and _told_ahead(v):
            return "scheduled"  # "said the delegations would meet on Tuesday"
        if kids & HYPOTHETICAL or any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                      for c in v.children):
            return "hypothetical"
        if kids & FUTURE or v.lemma_ in SCHEDULE_VERBS and v.i != tok.i:
            return "scheduled"
        if v.i != tok.i and v.lemma_ in READINESS and any(
                c.dep_ == "xcomp" and _contains(c, tok) for c in v.children):
            return "hypothetical"  # "ready to sign", "willing to meet": not yet done
        if v.i != tok.i and (_asks_for(v) or v.lemma_ in ("threaten", "warn", "vow", "pledge",
                                                          "promise", "swear")
                             or v.lemma_ == "rule" and "out" in kids) and _asked(v, tok):
            return "hypothetical"  # "urged allies to send", "vowed to strike back"
        if v.lemma_ == "be" and v.i != tok.i and any(
                c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
                for c in v.children):
            return "scheduled"  # "the summit is to be held", "leaders are to meet"
        if v.lemma_ == "continue" or (v.tag_ == "VBG" and kids & {"is", "are"}):
            return "ongoing"
    sent = tok.sent
    if any(t.lower_ == "if" for t in tok.doc[sent.start:tok.i]):
        return "hypothetical"  # "If talks fail, …": a condition the parse did not attach
    return "occurred"



class _Roles:
    """Entities by character offset, for actors and targets."""

    def __init__(self, analysis: Analysis):
        self.mentions = Spans((m.start, m.end, e.id, e.type) for e in analysis.entities
                              for m in e.mentions
                              if e.type in ("PERSON", "ORG", "GPE", "NORP", "LOC"))
        # a nationality's state, where the document names it: "Russian" -> Russia
        self.states = nationality_states(analysis)
        # nationalities of a state, which stand for it only where the document names it
        self.nations = {e.id for e in analysis.entities
                        if e.type == "NORP" and country_code(e.name) is not None}
        countries = country_entities(analysis)
        # a capital that acts is its government: "Moscow and Washington agreed"
        self.capitals = {p.entity: countries.get(p.country) for p in analysis.places
                         if p.entity and (p.feature or "").endswith("PPLC")}
        self.towns = {p.entity for p in analysis.places
                      if p.entity and p.precision in ("city", "point")}

    def antecedent(self, tok: Token) -> str | None:
        """The entity "he" or "it" stands for: the last person (for "it", state or
        organisation) named as a clause's subject in the sentences just before, else the
        last one named there at all ("Russia contradicted Mr Trump by saying it opposed")."""
        personal = tok.lower_ in _PERSONAL
        kinds = ("PERSON",) if personal else ("GPE", "ORG")
        near = [r for r in self.mentions.starting_in(max(0, tok.idx - _REACH), tok.idx)
                if r[3] in kinds and r[1] <= tok.idx]
        if not near:
            return None
        doc = tok.doc
        subjects = [r for r in near if (span := doc.char_span(r[0], r[1], "expand")) is not None
                    and span.root.dep_ in ("nsubj", "nsubjpass")]
        return (subjects or near)[-1][2]

    def is_town(self, tok: Token, capitals: bool = False) -> bool:
        """Whether a word names a town or a site (not a state, nor a capital acting for
        it, unless ``capitals``: a capital in front of an event noun is where)."""
        return any(row[2] in self.towns and (capitals or row[2] not in self.capitals)
                   for row in self.mentions.overlapping(tok.idx, tok.idx + len(tok)))

    def _state(self, row: tuple, tok: Token, acting: bool = False) -> str:
        """The state for a nationality that stands for it: "Russian officials", "the
        Ukrainian military", "the Russians" (not "Russian journalists")."""
        if row[3] == "NORP" and self.states.get(row[2]) and (
                tok.lemma_.lower() in STATE_AGENTS or tok.lemma_.lower() in OFFICE_HOLDERS
                or tok.ent_type_ == "NORP"):
            return self.states[row[2]]
        if acting and self.capitals.get(row[2]) and tok.dep_ in ("nsubj", "conj", "pobj") and (
                tok.ent_type_ == "GPE"):
            return self.capitals[row[2]]
        return row[2]

    def parties(self, tok: Token | None, acting: bool = False) -> list[str]:
        """The distinct sides a phrase names at its head: "Russian and US officials",
        "diplomats from Russia and the United States", "Moscow and Washington", "the
        leaders of Italy, Germany and Poland"."""
        if tok is None:
            return []
        words = conjoined(tok)
        for w in list(words):
            for c in w.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in PARTY_TYPES:
                    words += conjoined(c)
                elif c.dep_ == "prep" and c.lower_ in ("of", "from"):
                    words += [x for g in c.children if g.dep_ == "pobj" for x in conjoined(g)]
        found: list[str] = []
        for w in words:
            for row in self.mentions.overlapping(w.idx, w.idx + len(w)):
                eid = self._state(row, w, acting)
                if eid not in found:
                    found.append(eid)
        return found

    def of(self, tok: Token | None, trigger: Token | None = None, acting: bool = False,
           unplaced: bool = False, upto: Token | None = None) -> tuple[str | None, str | None]:
        """The entity a phrase names and its words (without a closing "in" a named
        place when ``unplaced``; ending before the conjunct ``upto``, the other side)."""
        if tok is None or tok.lower_ in _NO_ONE or any(
                c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            # "nobody was killed": no one to name, the status says it; "no group has
            # claimed the attack": none named
            return None, None
        left, right = _edges_of(tok)
        if trigger is not None and tok.i < trigger.i and _contains(tok, trigger):
            if any(a.i == tok.i for a in trigger.ancestors):
                # "soldiers wounded in the raid", "militants arming drones to launch
                # attacks": not the participle that holds the event (but "civilians who
                # took part in protests" keeps the "who" that stands for them)
                holder = next(c for c in tok.children if _contains(c, trigger))
                # (nor the participle that tells what was done to them: "the killer, X –
                # shot dead by police")
                right = _before(holder.left_edge if holder.i > tok.i and (
                    holder.dep_ == "acl" or _object_gap(holder)) else trigger.left_edge)
                # (nor a clause whose object they are: "officials it accused of …")
            else:  # a crossing parse ("300 had been killed, 100 of them police"): its own words
                right = _own_run(tok)
        if tok.dep_ == "poss" and tok.right_edge.dep_ == "case":
            right = tok.right_edge.idx  # "Zelensky's visit": the visitor is Zelensky
        if unplaced:
            right = _unplaced(tok, right)  # "his counterpart in Ankara": where they met
        if upto is not None:
            right = min(right, _before(upto))  # "between Israel and Hamas": Israel
        if trigger is not None and not acting and trigger.pos_ == "NOUN" and (
                _hung_agent(trigger) is not None and _contains(tok, _hung_agent(trigger))):
            right = _before(_hung_agent(trigger).head)  # "the base by rebels": the base
        if acting and tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            right = _own_list(tok, right)  # "killed by soldiers, including women": whose
        clause = next((c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i and (
            trigger is None or not _contains(c, trigger))), None)
        if clause is not None and clause.left_edge.idx < right:
            # "the attacker, who wore a vest,": the clause tells of them, it does not name
            right = _before(clause.left_edge)
        inside = self.mentions.overlapping(left, max(right, tok.idx + len(tok)))
        text = doc_text(tok.doc)[left:right].strip()
        if not inside:
            # "it" is a state or body only as who acts: what is signed or sent is a thing
            pronoun = tok.lower_ in _PERSONAL or acting and tok.lower_ in _IMPERSONAL
            return self.antecedent(tok) if pronoun else None, text
        head = [m for m in inside if m[0] <= tok.idx < m[1]]
        # "Russia's forces": the state that owns them; "comments from Putin's minister
        # Lavrov": the one nearest the head in the parse, not the owner of his title
        row = head[0] if head else min(inside, key=lambda m: (_depth(tok.doc, m, tok), m[0]))
        found = self._state(row, tok, acting)
        if not head and found == row[2] and row[2] in self.nations and (
                tok.lemma_.lower() in STATE_AGENTS or tok.lemma_.lower() in OFFICE_HOLDERS):
            # "his Turkish counterpart" where Turkey goes unnamed: he acts for a state
            # the document does not name, not for a nationality (the words say who)
            return None, text
        return found, text



def _own_list(agent: Token, right: int) -> int:
    """Where a passive's agent ends when the parse hung on it an "including" list of the
    ones it was done to: "civilians were killed by soldiers, including women and
    children" (but "signed by 20 states, including Turkey" lists the agents)."""
    listed = next((c for c in agent.children if c.dep_ == "prep" and c.lower_ == "including"
                   and c.i > agent.i), None)
    if listed is None:
        return right
    items = [w for g in listed.children if g.dep_ == "pobj" for w in conjoined(g)]
    if any(w.ent_type_ in PARTY_TYPES or w.lemma_.lower() in ATTACKERS for w in items):
        return right
    return _before(listed)


def _cause_actor(tok: Token, coded_at: dict) -> Token | None:
    """Who carried out the attack a death, a wound or an arrest came of: "killed in an
    attack by rebels", "wounded in Taliban raids", "arrested in a police raid"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            for g in c.children:
                code = coded_at.get(g.i)
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and code and code[0] == "ASSAULT" and (
                        g.lemma_ not in CASUALTY) and _between(g) is None:
                    return _actor(g)  # (of a fight between two sides, either may have)
    return None


def _protested(tok: Token) -> Token | None:
    """What an "anti-" protest is against: "anti-government protests" (the government),
    "anti-war rallies" (the war)."""
    for c in tok.children:
        if c.lower_ == "anti" and c.i + 2 < tok.i and c.nbor().text in ("-", "–"):
            against = c.nbor(2)
            if against.dep_ in ("amod", "compound") and against.head.i == tok.i:
                return against
    return None


def _no_agent(tok: Token) -> bool:
    """A place, a vehicle or a picture, which attacks no one unless it names a body that
    acts ("the embassy", "the ministry")."""
    lemma = tok.lemma_.lower()
    if tok.ent_type_ in PARTY_TYPES or tok.pos_ == "PRON":
        return False
    return lemma in PICTURES or lemma in PLACE_NOUNS and lemma not in ACTING_PLACES


def _named_among(verb: Token) -> Token | None:
    """The people an "including" list on a verb done to people names among those it was
    done to: "activists were arrested, including Maria Petrova and Ivan Sokolov" (not
    "shelled towns, including Sumy": places, not people)."""
    if verb.pos_ != "VERB" or verb.lemma_ not in PATIENT_VERBS:
        return None
    listed = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "including"
                   and c.i > verb.i), None)
    head = next((g for g in listed.children if g.dep_ == "pobj"), None) if listed else None
    if head is None or head.ent_type_ in ("GPE", "LOC", "FAC") or not any(
            w.ent_type_ == "PERSON" for w in head.subtree):
        return None  # (the parse may chain a long list by appositions, or miss a name)
    return head


def _unplaced(tok: Token, right: int) -> int:
    """Where a party's phrase ends without a closing "in" or "at" a named place, which
    says where the event was, not who ("his Turkish counterpart in Ankara")."""
    last = [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
    if not last or last[-1].lower_ not in ("in", "at") or (
            last[-1].right_edge.idx + len(last[-1].right_edge) != right):
        return right
    named = any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in last[-1].children)
    return _before(last[-1]) if named else right


_NO_ONE = {"nobody", "none", "nothing", "noone"}
# Verbs that undo an event planned ("the summit was cancelled") or put it off.
CANCEL_VERBS = {"cancel", "scrap", "abandon", "scuttle"}
POSTPONE_VERBS = {"postpone", "delay", "reschedule", "defer"}
# Verbs of going somewhere, whose "for talks" the traveller takes part in.
TRAVEL_VERBS = {"arrive", "travel", "fly", "head", "come", "go", "return", "land", "leave"}
# Types whose "it" is mostly a thing (a deal signed, a plan backed or rejected), not a side.
THING_OBJECTS = {"AGREE", "AID", "SUPPORT", "REJECT", "REQUEST", "COOPERATE"}
REFLEXIVES = {"himself", "herself", "themselves", "itself"}
# pronouns an actor or target can be, and how far back (in characters) their names are
# looked for: "they" is left as said, as it so often means people no one named
_PERSONAL = {"he", "she", "him", "his", "her"}
_IMPERSONAL = {"it", "its"}
_REACH = 400


def _depth(doc: Doc, mention: tuple, top: Token) -> int:
    """How many steps up the parse a mention's word is from ``top``."""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    w, steps = (span.root if span is not None else top), 0
    while w.i != top.i and w.head.i != w.i and steps < 20:
        w, steps = w.head, steps + 1
    return steps if w.i == top.i else 99



def _before(tok: Token) -> int:
    """Where a phrase ends that runs into ``tok``, without the words that lead to it
    ("four men and those who", "the members,", "three of")."""
    while tok.i > 0 and (tok.nbor(-1).is_punct or tok.nbor(-1).lower_ in (
            "and", "or", "who", "which", "that", "of")):
        tok = tok.nbor(-1)
    return tok.idx



def _own_run(tok: Token) -> int:
    """Where the words of ``tok``'s phrase that run on from it without a break end: a
    crossing parse can hang words after the verb on a subject before it."""
    own = {w.i for w in tok.subtree}
    last = tok
    while last.i + 1 in own:
        last = last.nbor()
    while last.i > tok.i and last.is_punct:
        last = last.nbor(-1)
    return last.idx + len(last)


def _edges_of(tok: Token) -> tuple[int, int]:
    """Character span of the whole phrase ``tok`` heads."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def _contains(outer: Token, tok: Token) -> bool:
    return outer.left_edge.i <= tok.i <= outer.right_edge.i



def _actor(tok: Token) -> Token | None:
    """Who acts: the trigger's subject (or its verb's: "held talks"), the "by" agent, the
    owner of an event noun ("Russia's attack"), the accused ("accused Russia of shelling")
    or the one urged ("urged allies to send")."""
    for anc in list(tok.ancestors)[:3]:
        if anc.lemma_ in ACCUSE_VERBS:
            obj = next((c for c in anc.children if c.dep_ == "dobj"), None)
            if obj is None and _object_gap(anc):
                obj = anc.head  # "officials it accused of supplying drones"
            if obj is not None and obj.i < tok.i:
                return obj
            break
    if tok.dep_ == "xcomp" or tok.dep_ == "pcomp" and tok.head.lower_ in ("against", "from"):
        # "urged allies to send", "warned NATO against sending troops": the one told
        verb = tok.head if tok.dep_ == "xcomp" else tok.head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or next((
            g for c in verb.children if verb.lemma_ == "plead" and c.dep_ == "prep"
            and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.i < tok.i and not (
                obj.lemma_.lower() in INSTRUMENTS or obj.lemma_.lower() in WEAPONS):
            # (or pleaded with: "pleaded with the rebels to free them"; but "used a car
            # bomb to attack" names the means, and whoever used it attacked)
            return obj
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # "Sergei Lavrov ruling out peacekeepers"
    if tok.pos_ == "NOUN":
        between = _between(tok)
        if between is not None:
            return between[0]  # "a phone call between Putin and Trump"
        if any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
            return None  # "hosted talks between …": the sides, not the host, talk
        for c in tok.children:
            if c.dep_ == "poss" and c.ent_type_ not in NOT_TARGETS:  # not "Saturday's"
                return None if _owner_suffers(tok) else c
            if c.dep_ in ("compound", "amod") and c.i < tok.i and (
                    c.lemma_.lower() in PROTEST_GROUPS or c.lemma_.lower() in PARTY_NOUNS) and (
                    LEXICON.get(tok.lemma_, ("",))[0] == "PROTEST" or tok.lemma_ == "strike"):
                return c  # "student protests", "opposition rallies", "worker strikes"
            if c.dep_ in ("compound", "amod") and c.lemma_.lower() in (
                    ATTACKERS | ARMED_GROUPS) - KINDS_OF_ATTACK and (
                    LEXICON.get(tok.lemma_, ("",))[0] == "ASSAULT"):
                return c  # "a rebel attack", "a police raid" (not "terrorist attacks")
            if c.dep_ == "compound" and c.ent_type_ in PARTY_TYPES or c.dep_ == "amod" and (
                    c.ent_type_ == "NORP" and tok.lemma_ not in MEETINGS | VENUE_MEETINGS):
                if tok.lemma_ in MEETINGS or tok.lemma_ in VENUE_MEETINGS and (
                        c.ent_type_ in ("GPE", "LOC")):
                    continue  # "a Trump meeting": the one met; "Ukraine talks": the topic;
                    # "the Paris summit": where it met
                return c  # "Taliban attacks", "Israeli air strikes"
            if c.dep_ == "prep" and c.lower_ == "by":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.dep_ == "acl" and c.lemma_ in SUPPORT_VERBS:
                agent = next((g for g in c.children if g.dep_ == "agent"), None)
                if agent is not None:  # "attacks carried out by the militia"
                    return next((g for g in agent.children if g.dep_ == "pobj"), None)
            if c.dep_ == "relcl" and c.lemma_ in SUPPORT_VERBS and not any(
                    g.dep_ == "dobj" and g.tag_ not in ("WDT", "WP") for g in c.children):
                doer = next((g for g in c.children if g.dep_ == "nsubj"), None)
                if doer is not None and doer.tag_ not in ("WDT", "WP"):
                    return doer  # "an attack that militants launched at dawn"
        owner = _owned_up(tok) or _involved(tok)
        if owner is not None:
            return owner  # "claimed responsibility for the bombing"
        by = _hung_agent(tok)
        if by is not None:
            return by  # "the attack on the base by rebels"
        if tok.lemma_ in MEETINGS | VENUE_MEETINGS and tok.dep_ == "pobj" and (
                tok.head.lower_ == "for") and tok.head.head.lemma_ in TRAVEL_VERBS:
            # "arrived in Moscow for talks with Lavrov": the traveller takes part
            return next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if tok.lemma_ in MEETINGS and tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL_PREPS \
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            # "Lavrov spoke after talks with his Turkish counterpart": his talks
            return next((c for c in tok.head.head.children if c.dep_ == "nsubj"
                         and c.ent_type_ in PARTY_TYPES), None)
        if tok.dep_ in ("nsubj", "nsubjpass", "attr", "appos", "conj", "ROOT"):
            return None  # "An artillery strike hit a school": the strike is the subject
        verb = _governor(tok)
        if verb is None or verb.lemma_ not in SUPPORT_VERBS:
            return None  # "five died in the attack": the dead did not attack
        if verb.lemma_ in ATTRIBUTION and any(c.dep_ == "neg" for c in verb.children):
            return None  # "has not confirmed the meeting": no party to it by saying so
        if any(c.dep_ == "oprd" for c in verb.children):
            return None  # "called the explosion an act of terror": who named it
    passive = _passive(tok)
    v, below, prev = tok, None, tok
    for _ in range(4):
        for c in v.children:
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
            if v.i != tok.i and passive:
                continue  # "a man was killed and five were wounded": no attacker named
            if v.i == tok.i and passive and c.dep_ == "nsubj" and _elided_passive(tok):
                return None  # "two were killed and 15 wounded": the 15 were wounded
            if c.dep_ == "nsubjpass" and below == "xcomp" and prev.tag_ == "VBN" and not any(
                    g.lower_ == "to" for g in prev.children):
                return None  # "nobody was reported killed": who suffered, not who acted
            if (c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and below == "xcomp") and not (
                    _contains(c, tok)):
                if v.lemma_ in DEVICE_VERBS and not any(g.dep_ == "dobj" for g in v.children):
                    return None  # "it exploded, killing two": the device killed
                return c  # "Lammy is scheduled to meet": the subject of the verb above
        if v.i != tok.i and v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in (
                "NOUN", "PROPN"):
            return v.head  # "fears of militants arming drones to launch attacks"
        if v.pos_ == "VERB" and v.dep_ == "acl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            # "the militia's decision to carry out the bombings": whose decision it was
            return next((c for c in v.head.children if c.dep_ == "poss"), None)
        # climb only where the subject is shared: "wants to meet", "launched and shelled",
        # "held talks", "ready to sign", "visit Washington to sign", "said, claiming to
        # have shot down"; never out of a clause of its own ("if troops are deployed"),
        # nor from a noun into the noun above it ("24 hours of fighting")
        if v.head.i == v.i or v.i != tok.i and v.pos_ in ("NOUN", "PROPN") and (
                v.lemma_ not in GROUP_NOUNS):
            break
        if v.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep", "pcomp", "attr", "oprd",
                      "acomp") or v.dep_ == "advcl" and _non_finite(v):
            below, prev, v = v.dep_, v, v.head
        else:
            break
    return None



def _antecedent(tok: Token | None) -> Token | None:
    """A relative pronoun stands for its noun ("protesters, who marched"; "the town which
    Russia shelled"); a question word is no party ("What the summit agreed")."""
    if tok is None or tok.tag_ not in ("WDT", "WP", "WP$"):
        return tok
    if tok.tag_ != "WP$" and tok.head.dep_ == "relcl":
        return tok.head.head
    return None


def _reporter(pronoun: Token, trigger: Token) -> Token | None:
    """Who a pronoun in reported words stands for: the one who reports them, "Hamas said
    it had fired rockets", "the military said it had intercepted two drones" (not "Kyiv
    said Moscow had attacked"). The reporter must be named, and of a kind the pronoun can
    stand for."""
    kinds = SELF_PRONOUNS.get(pronoun.lower_)
    if kinds is None:
        return None
    v = trigger
    for _ in range(4):
        if v.dep_ == "ccomp" and v.head.lemma_ in ATTRIBUTION:
            subject = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                return None
            # the head or its owner or modifier ("Moscow's defence ministry", "the
            # Israeli military"), not a name in an apposition ("José, a Caracas driver")
            plural = pronoun.lower_ in ("they", "their")
            if subject.ent_type_ in kinds or any(
                    w.ent_type_ in kinds for w in subject.children
                    if w.dep_ in ("poss", "compound", "amod")) or (
                    "ORG" in kinds and subject.lemma_.lower() in STATE_AGENTS) or plural and (
                    subject.tag_ in ("NNS", "NNPS") or subject.lower_ == "police"):
                return subject
            return None
        if v.head.i == v.i:
            return None
        v = v.head
    return None



def _object_gap(v: Token) -> bool:
    """A relative clause whose object is the noun it qualifies: "two men [it had
    detained]", "officials [that the EU accused of …]" (its subject a word of its own, not
    "who")."""
    return v.dep_ == "relcl" and v.pos_ == "VERB" and v.lemma_ not in DEVICE_VERBS and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in v.children) and not any(
        c.dep_ in ("dobj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in v.children
    ) and not any(w.tag_ == "WRB" for w in v.doc[v.head.i + 1:v.i])  # (not "the estate
    # where the leaders meet")


def _elided_passive(v: Token) -> bool:
    """A casualty verb that shares the "were" of the one before it: "two were killed and
    15 wounded", whose subject is the wounded."""
    return v.tag_ == "VBN" and v.dep_ == "conj" and v.lemma_ in PATIENT_VERBS and any(
        c.dep_ == "auxpass" for c in v.head.children) and not any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in v.children) and any(
        c.dep_ == "nsubj" for c in v.children)



def _passive(v: Token) -> bool:
    """"was killed", "five more were wounded", "soldiers wounded in the raid", "the
    gunman, shot dead by police" (a participle with a "by" agent, whatever its tag)."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or (
        v.tag_ == "VBN" and v.dep_ in ("acl", "conj") and not any(
            c.dep_ == "aux" for c in v.children) and v.head.tag_ != "VBD") or (
        v.dep_ == "acl" and any(c.dep_ == "agent" for c in v.children))



def _phrase(tok: Token) -> Token:
    """The noun that stands for an event noun in its clause: "attempt" in "the failed
    assassination attempt"."""
    while tok.dep_ == "compound" and tok.head.lemma_ in ATTEMPT_NOUNS:
        tok = tok.head
    return tok



def _owned_up(tok: Token) -> Token | None:
    """Who owns up to an event noun: "the group claimed responsibility for the bombing",
    "those responsible for the attack" (not "denied responsibility")."""
    tok = _phrase(tok)
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    word = tok.head.head
    if word.lower_ == "responsible":
        if word.dep_ == "amod" or word.dep_ == "acl":
            return word.head  # "those responsible for the attack"
        if word.dep_ == "acomp":
            return next((c for c in word.head.children if c.dep_ == "nsubj"), None)
        return None
    if word.lemma_ in ("responsibility", "credit") and word.dep_ == "dobj" and (
            word.head.lemma_ in CLAIM_VERBS):
        verb = word.head
        if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "the group had to admit responsibility for the attacks"
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None



def _involved(tok: Token) -> Token | None:
    """Who is said to be involved in an event noun: "twelve men are involved in the
    plot", "those involved in the attack"."""
    tok = _phrase(tok)
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.head.head.lemma_ != "involve":
        return None
    verb = tok.head.head
    if verb.dep_ == "acl":
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)



def _governor(tok: Token) -> Token | None:
    """The verb an event noun is the object of, directly or through a preposition ("held
    talks", "took part in the protest", "died in the attack"), or through a noun that
    groups events ("launched a series of attacks")."""
    v = _phrase(tok)
    for _ in range(5):
        if v.dep_ not in ("dobj", "pobj", "prep", "pcomp") or v.head.i == v.i:
            return None
        v = v.head
        if v.lower_ in TEMPORAL_PREPS:
            return None  # "launching an assault after any peace deal": a time, not a deed
        if v.pos_ in ("VERB", "AUX"):
            return v
        if v.pos_ in ("NOUN", "PROPN") and v.lemma_ != "part" and v.lemma_ not in GROUP_NOUNS:
            return None
    return None



def _owner_suffers(tok: Token) -> bool:
    """Whether the owner of an event noun is the one it was done to: "his arrest", "the
    general's assassination" (not "Russia's capture of the town")."""
    return tok.lemma_.lower() in PATIENT_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)



def _non_finite(v: Token) -> bool:
    """"to sign", "claiming": a clause that borrows its subject from the one above."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") and c.lower_ not in ("while", "after",
                                                                            "before", "by")
           for c in v.children):
        return False
    return v.tag_ == "VBG" or v.tag_ == "VB" and any(c.lower_ == "to" for c in v.children)



def _counted(tok: Token) -> bool:
    """A thing or a number of them ("killed 13"), not a time or a sum."""
    return tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ") and tok.ent_type_ not in (
        "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")



def _nominal(tok: Token) -> bool:
    """A thing, not a time or an amount."""
    return tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.ent_type_ not in NOT_TARGETS



def _other_side(actor: Token | None, target: Token | None) -> Token | None:
    """The conjunct that starts the other side when actor and target are the two sides
    of "talks between Israel and Hamas" (or "between the Taliban and US officials"), so
    that the first is named without the second."""
    if actor is None or target is None:
        return None
    other = next((c for c in actor.children if c.dep_ == "conj"), None)
    if other is not None and (other.i == target.i or _contains(target, actor)):
        return other
    return None


def _between(tok: Token) -> tuple[Token, Token] | None:
    """The two sides of "a call between Putin and Trump", "talks between Russia and the US",
    "Russia-US talks"."""
    for c in tok.children:
        # "Russia-US talks": the first side hangs on the second across the hyphen
        if c.dep_ == "compound" and c.ent_type_ in PARTY_TYPES and any(
                h.tag_ == "HYPH" for h in c.children):
            one = next((g for g in c.children if g.dep_ == "compound"
                        and g.ent_type_ in PARTY_TYPES), None)
            if one is not None:
                return one, c
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    one = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None \
        else None
    other = next((g for g in one.children if g.dep_ == "conj"), None) if one is not None \
        else None
    if one is not None and other is None:
        # "between the Taliban and US officials", parsed as one phrase: its first name
        # and the phrase
        first = next((g for g in one.children if g.dep_ in ("nmod", "compound", "amod")
                      and any(c.dep_ == "conj" for c in g.children)), None)
        return (first, one) if first is not None else None
    return (one, other) if one is not None and other is not None else None



def _target(tok: Token, plover: str) -> Token | None:
    """Whom it is done to: the object, or the thing after "on", "against", "at", "with",
    "targeting"; aid and support go "to" someone. The dead and wounded may be counted
    ("killed 13", "13 were wounded"), named by a participle ("soldiers wounded in the
    raid"), an owner ("his arrest"), an "of" ("the killing of a judge") or the one who
    suffered it ("survived an attack"), or by "with" before a participle ("killed, with
    two others injured"); a headline drops the passive ("Seven militants killed in
    blast")."""
    if tok.pos_ == "NOUN" and _between(tok) is not None:
        return _between(tok)[1]
    if _object_gap(tok) and plover in OBJECT_TARGETS:
        return tok.head  # "two men it had detained", "officials that the EU accused"
    if tok.lower_ == "dead" and counted_dead(tok) is not None:
        return counted_dead(tok)  # "Five dead after blast"
    if tok.lower_ == "dead" and tok.dep_ in ("acomp", "pobj"):
        # "nine people were dead", "two of them were among the dead": the subject
        verb = tok.head if tok.dep_ == "acomp" else tok.head.head
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if tok.lower_ == "dead" and tok.dep_ == "oprd":
        # "a man was shot dead", "gunmen shot him dead": whom the verb was done to, or
        # the noun its participle hangs on ("the gunman, shot dead by police")
        shot = tok.head
        return next((c for c in shot.children if c.dep_ in ("nsubjpass", "dobj")), None) or (
            shot.head if shot.dep_ in ("acl", "appos") and _nominal(shot.head) else None) or (
            next((c for c in tok.children if c.dep_ == "nummod"), None))  # "left five dead"
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "include" and tok.lower_ in (
            "dead", "wounded", "injured"):
        return next((c for c in tok.head.children if c.dep_ == "dobj"), None)  # "the dead
        # included two children"
    casualty = tok.lemma_ in PATIENT_VERBS
    if (casualty or tok.lower_ == "dead") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and any(c.lower_ == "the" for c in tok.children) and (
            tok.head.head.pos_ == "NUM" or tok.head.head.lower_ in PARTITIVES):
        return tok.head.head  # "three of the wounded", "most of the dead"
    if tok.lemma_ in VICTIM_SUBJECT and tok.dep_ == "compound" and tok.head.lemma_ == "toll":
        # "a death toll of 40", "the death toll rose to 40"
        toll = tok.head
        return next((g for c in [*toll.children, *toll.head.children] if c.dep_ == "prep"
                     and c.lower_ in ("of", "to", "at") for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "NUM"), None)
    if casualty and tok.pos_ == "VERB":
        who = _with_absolute(tok)
        if who is not None:
            return who  # "were killed, with two others and a driver injured"
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and _passive(tok) and (
            _nominal(tok.head) or casualty and _counted(tok.head)) \
            and plover in OBJECT_TARGETS and tok.lemma_ not in LAUNCH_VERBS:
        return tok.head  # "six soldiers killed in the attack", "two of the 12 killed"
    message = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in (
        LETTERS | ORDERS)), None) if tok.pos_ == "VERB" else None
    if message is not None:
        return _addressed(tok, message)  # "sent a letter to the council"
    if tok.pos_ == "NOUN" and tok.lemma_ in MEETINGS:
        met = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                    and c.ent_type_ in ("PERSON", "ORG")), None)
        if met is not None:
            return met  # "Merz in Paris for Macron meeting"
    if tok.pos_ == "NOUN":
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and _owner_suffers(tok):
            return owner  # "his arrest"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None and tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
            # "the torture and maiming of prisoners": the "of" the first conjunct holds
            of = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of"
                       and c.i > tok.i), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if obj is not None and _counted(obj) and plover in OBJECT_TARGETS and (
                plover != "ACCUSE" or _party(obj)) and tok.lemma_ not in DEVICE_VERBS:
            return obj  # "the assassination of the prime minister" (not "charges of fraud")
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and plover in OBJECT_TARGETS:
            hit = next((c for c in tok.head.head.children if c.dep_ == "nsubjpass"), None)
            if hit is not None and _nominal(hit):
                return hit  # "the courthouse was wrecked by an explosion"
        verb = _governor(tok)
        if verb is not None and verb.lemma_ in ("place", "put", "keep", "hold") and (
                tok.dep_ == "pobj" and tok.head.lower_ == "under"):
            held = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
            if held is not None and _nominal(held):
                return held  # "was placed under house arrest", "put them under arrest"
        if verb is not None and (verb.lemma_ in VICTIM_VERBS or verb.lemma_ == "come" and any(
                c.lower_ == "under" for c in verb.children)):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and _counted(subject):
                return subject  # "survived an attack", "came under fire"
    if plover == "PROTEST" and tok.pos_ == "NOUN":
        against = _protested(tok)
        if against is not None:
            return against  # "anti-government protests": the government
    if tok.pos_ == "VERB" and plover in DONE_TO and not any(
            c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in tok.children):
        # "shot and killed two suspects", "arrested and charged a man": the object the
        # next verb names is both verbs' (not "meet and plan operations")
        both = next((g for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"
                     and not any(g.dep_ == "nsubj" for g in c.children)
                     for g in c.children if g.dep_ == "dobj" and _nominal(g)), None)
        if both is not None:
            return both
    if casualty and tok.pos_ == "VERB" and not _passive(tok) and not any(
            c.dep_ in ("dobj", "agent", "ccomp", "xcomp") for c in tok.children):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and _counted(subject) and tok.tag_ in ("VBN", "VBD"):
            return subject  # "Seven militants killed in blast"
    if _elided_passive(tok):
        return next(c for c in tok.children if c.dep_ == "nsubj")  # "and 15 wounded"
    if tok.lemma_ in DEVICE_VERBS:
        return None  # "the bombs were detonated": the device, not whom it hit
    if tok.pos_ == "NOUN":
        given = _given_to(tok)
        if given is not None:
            return given  # "were given an ultimatum", "warnings were given to the police"
    shared = _shared_passive_subject(tok)
    if casualty:
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass") and _counted(c):
                return c  # "killed 13", "496 had been killed"
        if shared is not None and _counted(shared):
            return shared  # "some 40 were beaten and injured"
    preps = {"on", "against", "at", "with", "targeting"}
    if plover in ("AID", "SUPPORT", "REQUEST", "AGREE", "CONCEDE"):
        preps |= {"to"}  # "aid to Kyiv", "surrendered to Ukrainian forces"
    if tok.lemma_ in ("injury", "wound", "set"):
        preps |= {"to"}  # "injuries to two officers", "set fire to a church"
    if tok.lemma_ == "ram":
        preps |= {"into"}  # "rammed a truck into a crowd"
    if plover == "ACCUSE":
        preps -= {"with"}  # "charged with treason": the charge, not the one charged
    if plover == "CONSULT":
        preps = {"with"}  # "met on the sidelines", "talks on Ukraine": when, where, what
        if tok.lemma_ in ("write", "letter"):
            preps = {"to"}  # "wrote to the minister", "a letter to him": whom it went to
    if plover == "REQUEST":
        # "called on Kyiv", "appealed to residents", "requested shells from Germany" (not
        # "requested delivery at the hotel"), "pleaded with the rebels"
        preps = {"on", "to", "from", "with"} if tok.lemma_ == "plead" else {"on", "to", "from"}
    if plover == "THREATEN" and tok.pos_ == "VERB":
        # "extorted money from shopkeepers", "vowed revenge against the police": whom,
        # not what is taken or threatened
        taken = [c for c in tok.children if c.dep_ == "dobj"]
        if tok.lemma_ == "extort" or any(c.lemma_.lower() in REPRISALS for c in taken):
            whom = next((g for w in [tok, *taken] for c in w.children if c.dep_ == "prep"
                         and c.lower_ in ("from", "against", "on") for g in c.children
                         if g.dep_ == "pobj" and _nominal(g)), None)
            if whom is not None:
                return whom
    for c in tok.children:
        if c.dep_ == "dative" and _nominal(c):
            return c  # "gave Ukraine air defences"
        if c.dep_ == "nsubjpass" and _nominal(c) and plover in OBJECT_TARGETS and not (
                tok.lemma_ == "use"):  # (what "was used" is the means)
            return c  # "two soldiers were killed", "she was charged with treason"
    if shared is not None and _nominal(shared) and plover in OBJECT_TARGETS:
        return shared  # "she was arrested and charged with treason"
    # (but "sent him to prison" sends a person)
    launches = tok.lemma_ in LAUNCH_VERBS and plover != "COERCE" or (
        plover == "ASSAULT" and tok.lemma_ == "use")
    for c in tok.children:
        if c.dep_ == "dobj" and tok.lemma_ in TOPIC_VERBS:
            continue  # "to discuss future support for Kyiv": a topic, not a side
        if c.dep_ == "dobj" and (launches or c.lemma_.lower() in WEAPONS or crowd_weapon(c)
                                 or _opens_fire(tok) or tok.lemma_ in ("ram", "set", "return")):
            continue  # "dropped glide bombs on X": the bombs are the means, X the target
        if c.dep_ == "dobj" and plover == "REQUEST" and tok.lemma_ in INSTRUCT_VERBS and (
                c.pos_ in ("NOUN", "PROPN", "PRON")):
            return c  # "instructed all police prefects to …": one instructs people
        if c.dep_ == "dobj" and plover in ("REQUEST", "SUPPORT") and not _party(c) and not any(
                _party(g) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"):
            # "requested delivery of air defences": what is asked for, not whom (but
            # "ordered the departure of the staff" names who is to go)
            continue
        if c.dep_ == "dobj" and _nominal(c) and (
                c.pos_ in ("PROPN", "PRON") or c.ent_type_ or plover in OBJECT_TARGETS):
            return c
        if (c.dep_ == "prep" or c.dep_ == "prt" and plover == "REQUEST") and c.lower_ in preps:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if c.lower_ == "on" and tok.dep_ == "dobj" and tok.head.lemma_ == "blame":
                continue  # "blamed the bombing on the rebels": who is blamed, not the target
            if obj is not None and c.lower_ == "at" and tok.pos_ == "NOUN" and is_place(obj) and (
                    plover == "CONSULT" or obj.lemma_.lower() in AREAS):
                continue  # "the meeting at the castle", "the blast at Main Street": where
            if obj is not None and _nominal(obj):
                return obj
    if plover == "CONSULT":
        # "talks on the border dispute with Sudanese officials": a "with" the parse hung
        # on the topic
        hung = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in (
            "on", "about", "over") for p in c.subtree if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children if g.dep_ == "pobj" and _nominal(g)), None)
        if hung is not None:
            return hung
    if plover in ("AID", "SUPPORT") and tok.pos_ == "VERB":
        given = next((g for w in tok.subtree if w.dep_ == "prep" and w.lower_ == "to"
                      for g in w.children if g.dep_ == "pobj" and g.ent_type_ in PARTY_TYPES),
                     None)
        if given is not None:
            return given  # "pledged 500 million euros in military aid to Ukraine"
    if _disrupts(tok):
        return None  # "shot down drones targeting Kyiv": the drones targeted it
    for c in tok.subtree:
        if c.lower_ == "targeting":
            return next((g for g in c.children if g.dep_ == "dobj"), None)
    aimed = _aimed_at(tok)
    if aimed is not None:
        return aimed  # "bombings targeted at the army", "attacks, which were aimed at civilians"
    if plover == "ASSAULT":
        # "downed 40 of 70 drones launched by Russia overnight targeting Lviv": the
        # participle hangs on the verb above the launch, but names the launch's target
        for c in tok.sent:
            if c.lower_ == "targeting" and c.i > tok.i and _contains(c.head, tok):
                return next((g for g in c.children if g.dep_ == "dobj"), None)
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubjpass" and tok.head.lemma_ in SUPPORT_VERBS:
        # "sanctions were imposed on two banks"
        on = next((g for c in tok.head.children if c.dep_ == "prep" and c.lower_ in (
            "on", "against") for g in c.children if g.dep_ == "pobj" and _nominal(g)), None)
        if on is not None:
            return on
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and plover in OBJECT_TARGETS and (
            tok.head.lemma_ not in CASUALTY):
        # "An artillery strike hit a school" (but "the meeting follows the talks" relates
        # two events, and the dead of "the blast killed three" are the deaths' own)
        return next((c for c in tok.head.children if c.dep_ == "dobj" and _nominal(c)
                     and c.lemma_.lower() not in NOUN_TRIGGERS), None)
    return None



def _addressed(verb: Token, message: Token) -> Token | None:
    """To whom a letter or an order is sent: "sent a letter to the council", "sent
    instructions for the police to act" (not what the letter says)."""
    for holder in (verb, message):
        for c in holder.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for"):
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and _party(obj):
                    return obj
            if c.dep_ in ("acl", "relcl", "advcl"):
                # "for the police to act": who is to act (the parse may hang it on "for")
                doers = [g for g in c.children if g.dep_ == "nsubj"] + [
                    p for g in c.children if g.dep_ == "mark" and g.lower_ == "for"
                    for p in g.children if p.dep_ == "pobj"]
                if doers and _party(doers[0]):
                    return doers[0]
    return None


def _party(tok: Token) -> bool:
    """Whether a phrase names someone who can be asked or backed (a named party, a person
    or a group: "Germany", "allies", "him"), not a thing ("delivery of air defences", "a
    ceasefire", "it")."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "what", "which", "something")
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in PARTY_TYPES or lemma in PARTY_NOUNS or lemma in STATE_AGENTS or (
        lemma in OFFICE_HOLDERS or lemma in CAPTIVES or lemma in GUESTS) or any(
        c.dep_ in ("xcomp", "ccomp") for c in tok.head.children if c.i > tok.i)


def _many_states(tok: Token | None) -> bool:
    """Whether a plural phrase names the people of many states under one name that is no
    country's ("European leaders", "Arab ministers"; not "Indian officials")."""
    if tok is None or tok.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
               and country_code(c.text) is None for c in tok.children) or any(
        g.ent_type_ == "NORP" and country_code(g.text) is None
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj")


def _hung_agent(tok: Token) -> Token | None:
    """The "by" the parse hung on an event noun's target: "the attack on the base by
    rebels" (the rebels attacked)."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in (
        "on", "against") for o in c.children if o.dep_ == "pobj" for p in o.children
        if p.dep_ == "prep" and p.lower_ == "by" for g in p.children
        if g.dep_ == "pobj" and g.ent_type_ not in NOT_TARGETS), None)


def _put_to_death(tok: Token) -> Token | None:
    """The verb that puts someone "to death" ("hacked them to death", "was beaten to death
    by a mob"), whose subject or agent killed and whose object died."""
    if tok.lemma_ == "death" and tok.dep_ == "pobj" and tok.head.lower_ == "to" and (
            tok.head.head.pos_ == "VERB"):
        return tok.head.head
    return None


def _opens_fire(verb: Token) -> bool:
    """"Opened fire on the crowd": the fire is how, the crowd whom."""
    return verb.lemma_ == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire"
                                         for c in verb.children)


def _trigger_word(tok: Token) -> Token:
    """The word that names the event: the "fire" of "opened fire" (the verb only says it
    began)."""
    if _opens_fire(tok):
        return next(c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "fire")
    return tok


def _aimed_at(tok: Token) -> Token | None:
    """Whom a clause on an event noun says it was aimed at: "bombings targeted at the
    army", "the attacks, which seemed to be aimed at civilians"."""
    if tok.pos_ != "NOUN":
        return None
    for clause in (c for c in tok.children if c.dep_ in ("acl", "relcl")):
        for w in clause.subtree:
            if w.lemma_ in ("target", "aim", "direct") and w.tag_ == "VBN":
                return next((g for p in w.children if p.dep_ == "prep" and p.lower_ in (
                    "at", "against") for g in p.children if g.dep_ == "pobj"), None)
    return None



def _with_absolute(tok: Token) -> Token | None:
    """Whom "with" names before a participle that closes it: "were killed, with two others
    and a driver injured" (the participle on the verb, or on the last conjunct)."""
    if tok.dep_ not in ("advcl", "conj", "acl") or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
        return None
    head = tok.head
    while head.dep_ == "conj" and tok.dep_ == "acl":
        head = head.head  # "two others and a driver injured": the first conjunct
    if tok.dep_ == "acl":  # on the last conjunct, closing the "with" phrase
        prep = head.head if head.dep_ == "pobj" and head.head.right_edge.i == tok.i else None
    else:  # on the verb, right after the "with" phrase
        prep = next((c for c in head.children if c.dep_ == "prep"
                     and c.right_edge.i == tok.i - 1), None)
    if prep is None or prep.lower_ != "with":
        return None
    who = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return who if who is not None and _counted(who) else None



def _partitive(tok: Token | None) -> Token | None:
    """The count a group is picked out by: "six" in "six of the members killed", "all" in
    "all of those injured"."""
    if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.pos_ == "NUM" or tok.head.head.lower_ in PARTITIVES):
        return tok.head.head
    return tok



def _shared_passive_subject(tok: Token) -> Token | None:
    """The subject a passive verb shares with the passive verb it is coordinated with:
    "she was arrested and charged", "40 were beaten and injured", or with the reporting
    verb it completes: "two soldiers were reported killed"."""
    if tok.dep_ in ("xcomp", "oprd") and tok.tag_ == "VBN" and not any(
            c.lower_ == "to" or c.dep_.startswith("nsubj") for c in tok.children):
        subject = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return subject
    v = tok
    while v.dep_ == "conj" and v.tag_ == "VBN" and v.head.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in v.children):
        v = v.head
        subject = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return subject
    return None



def _given_to(tok: Token) -> Token | None:
    """Whom an event noun is handed to: "were given an ultimatum" (the subject), "gave
    them a warning", "warnings were given to the police"."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in GIVE_VERBS:
        return None
    for c in verb.children:
        if c.dep_ in ("dative", "prep") and c.lower_ == "to":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.dep_ == "dative" and _nominal(c):
            return c
        if c.dep_ == "nsubjpass" and tok.dep_ == "dobj" and _nominal(c):
            return c
    return None



def _headline_passive(tok: Token, actor: Token | None, target: Token | None) -> bool:
    """A headline's passive without its "is": "Zelensky invited to EU summit", "Ambassador
    expelled" (the verbs need an object; with none, their subject is the one it is done to),
    "Dozens of drones shot down" (weapons shoot nothing down)."""
    weapon = actor
    if actor is not None and (actor.lower_ in PARTITIVES or actor.pos_ == "NUM"):
        weapon = next((g for p in actor.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"), actor)  # "dozens of drones"
    downed = _disrupts(tok) and weapon is not None and (
        weapon.lemma_.lower() in WEAPONS or weapon.lemma_.lower() in INSTRUMENTS)
    return (tok.lemma_ in OBJECT_VERBS or downed) and tok.pos_ == "VERB" and tok.tag_ in (
        "VBD", "VBN") \
        and actor is not None and actor.dep_ == "nsubj" and actor.head.i == tok.i \
        and (target is None or target.dep_ == "pobj" and target.head.lower_ == "to") \
        and not any(
            c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp", "dative")
            for c in tok.children)



def _unrealised(tok: Token, plover: str) -> bool:
    """A deal spoken of as a kind, not as one made: "as part of a truce deal", "after any
    ceasefire" (but "reached a deal", "the deal", "a deal was signed")."""
    if plover != "AGREE" or tok.pos_ != "NOUN":
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):  # "any ceasefire is only a pause"
        return any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children)
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in tok.children):
        return False
    verb = _governor(tok)
    return verb is None or verb.lemma_ not in SUPPORT_VERBS



def _disrupts(tok: Token) -> bool:
    """"shot down", "intercepted": weapons stopped, not an attack on anyone."""
    return tok.lemma_ == "intercept" or tok.lemma_ == "shoot" and any(
        c.lower_ == "down" for c in tok.children)



def _of_report(doc: Doc, t) -> bool:
    """Whether a time hangs on a reporting verb: "said on Monday"."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    v = span.root
    for _ in range(3):
        if v.pos_ == "VERB":
            return v.lemma_ in ATTRIBUTION
        if v.head.i == v.i:
            break
        v = v.head
    return False



def _elsewhere(tok: Token, event_nouns: list[Token]) -> list[tuple[int, int]]:
    """Phrases near a trigger that name places of something else: what is discussed ("to
    discuss the embassies in Moscow") and another event it is timed against ("will come
    after he returns from talks in Washington")."""
    sent = tok.sent
    out = [_edges_of(c) for v in sent
           if v.lemma_ in TOPIC_VERBS for c in v.children if c.dep_ == "dobj"
           and not _contains(c, tok)]
    # "a call on 12 February and a meeting in Saudi Arabia": the meeting's place
    out += [_edges_of(n) for n in event_nouns
            if n.i != tok.i and sent.start <= n.i < sent.end and n.dep_ == "conj"
            and _contains(tok, n)]
    v = tok
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    for c in v.children:
        if c.lower_ in TEMPORAL_PREPS and c.dep_ in ("prep", "advcl", "advmod") and not (
                _contains(c, tok)):
            out.append(_edges_of(c))
        if c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in TEMPORAL_PREPS
                                     for g in c.children) and not _contains(c, tok):
            out.append(_edges_of(c))
    # the setting of the clause above is that clause's own ("leaders gather in London as
    # Kyiv reports a drone barrage"), unless that clause only reports this one ("officials
    # said in Kharkiv that a drone hit a school")
    while v.dep_ in ("advcl", "conj", "ccomp") and v.head.i != v.i:
        v = v.head
        if v.pos_ in ("VERB", "AUX") and v.lemma_ not in ATTRIBUTION:
            out += [_edges_of(c) for c in v.children
                    if c.dep_ == "prep" and c.lower_ in LOCATIVE and not _contains(c, tok)]
    # where the source of a report sits ("the general staff in Kyiv reported clashes near
    # Pokrovsk") is not where it happened
    out += [_edges_of(c) for a in tok.ancestors
            if a.lemma_ in ATTRIBUTION for c in a.children
            if c.dep_ in ("nsubj", "nsubjpass") and not _contains(c, tok)]
    return out



def _time_of(doc: Doc, t, tok: Token, event_nouns: list[Token]) -> bool:
    """Whether a time can date the event of ``tok``: not one inside the phrase of another
    event noun ("the meeting follows a call on 12 February"), nor, for an event named in
    "after …" or "following …", one outside that phrase ("following his visit, he will
    host the leaders on Sunday": Sunday is the hosting)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return True
    when = span.root
    if any(n.i != tok.i and _contains(n, when) and not _contains(n, tok) for n in event_nouns):
        return False
    if tok.dep_ == "nsubj" and tok.head.lemma_ in RELATION_VERBS and any(
            c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in TEMPORAL_PREPS
            for c in tok.head.children):
        return _contains(tok, when)  # "the meeting follows talks last week": the talks'
    v = tok
    for _ in range(4):
        if v.head.i == v.i or v.pos_ == "VERB" and v.lower_ not in TEMPORAL_PREPS:
            break
        v = v.head
        if v.lower_ in TEMPORAL_PREPS and v.dep_ in ("prep", "advcl", "mark", "advmod"):
            return _contains(v, when)
    return True



def _clause(tok: Token) -> tuple[int, int]:
    """Character span of the clause a trigger belongs to: its verb's subtree, taking in
    the clause above for "to sign" and "while firing" (they share its setting)."""
    v = tok
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    while v.dep_ in ("xcomp", "advcl") and _non_finite(v) and v.head.i != v.i:
        v = v.head
    return _edges_of(v)



def _day(t) -> str | None:
    return t.value[:10] if t is not None and t.value and t.value[:4].isdigit() else None



def _past(tok: Token) -> bool:
    """A verb in the past tense ("met", "has signed"), or an event noun one governs ("held
    talks"; not "has invited him to the summit on 6 March": the summit is still to come)."""
    v = tok
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    if tok.pos_ == "NOUN" and _governor(tok) is not None and tok.dep_ == "pobj" and (
            _governor(tok).lemma_ not in SUPPORT_VERBS):
        return False
    if v.tag_ == "VBD":
        return True
    return v.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had", "was", "were")
                                   for c in v.children if c.dep_ in ("aux", "auxpass"))



def _after(day: str | None, anchor: str | None) -> bool:
    """Whether a date (a day, an ISO week, a month or a year) begins after the anchor date
    it was resolved from: "on 6 March" or "next week", told on 27 February."""
    first = _first_day(day)
    return first is not None and bool(anchor) and first > anchor[:10]


def _first_day(value: str | None) -> str | None:
    """The first day of a TIMEX3 date value, ISO-written; None for anything vaguer."""
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        try:
            return datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1).isoformat()
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{value}-01"
    return f"{value}-01-01" if re.fullmatch(r"\d{4}", value) else None



def _timed_by(tok: Token) -> Token | None:
    """The preposition of time an event noun dates its clause by: "after" in "hours after
    the bombing", "within" in "within days of the attacks"."""
    if tok.pos_ != "NOUN":
        return None
    w = tok
    for _ in range(4):
        if w.dep_ != "pobj" or w.head.i == w.i:
            return None
        prep = w.head
        if prep.lower_ in TEMPORAL_PREPS or prep.lower_ == "within":
            return prep
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return None
        w = prep.head  # "within 10 days of the attacks"
    return None


def _edges(tok: Token | None) -> tuple[int, int]:
    """The noun phrase a role word heads, up to the word itself ("Ukraine's air force",
    not "… in Ankara" after it)."""
    if tok is None:
        return 0, 0
    return tok.left_edge.idx, tok.idx + len(tok)



def _told_by_subject(verb: Token, coded: tuple, coded_at: dict) -> bool:
    """Whether a verb only tells what its subject, an event noun of its type, did ("an
    artillery strike hit a school"). A death or a wound it caused is an event of its own
    ("the blast killed three": the blast and the deaths), each with its own roles."""
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and coded_at.get(c.i) is not None
               and coded_at[c.i][0] == coded[0] for c in verb.children)


@extractor("events")
def extract_events(doc: Doc, analysis: Analysis) -> Analysis:
    roles = _Roles(analysis)
    text = doc_text(doc)
    # places for events: towns and regions; a whole country says little of where
    places = PlaceIndex(doc, analysis, {"city", "admin1", "point"})
    where = PlaceIndex(doc, analysis, {"city", "admin1", "point", "country"})
    times = Spans((t.start, t.end, t) for t in analysis.times if t.type in ("DATE", "TIME"))
    claim_rows = Spans((c.start, c.end, c.id) for c in analysis.claims)
    coded_at = {tok.i: code_of(tok) for tok in doc}
    coded_at = {i: None if c is not None and title_line(doc[i], text) else c
                for i, c in coded_at.items()}
    event_nouns = [doc[i] for i, c in coded_at.items() if c is not None and (
        doc[i].pos_ == "NOUN" or headline_talks(doc[i]))]
    events: list[Event] = []
    made: dict[int, Event] = {}  # by trigger token
    caused_by: dict[str, str] = {}  # a death or wound to the event noun that caused it
    for tok in doc:
        coded = coded_at[tok.i]
        if coded is None:
            continue
        if tok.pos_ == "NOUN" and told_by_verb(tok, coded[0], coded_at):
            continue  # "signed a deal", "pledged millions in aid": one event
        told = tok.pos_ == "VERB" and _told_by_subject(tok, coded, coded_at)
        if told and tok.lemma_ not in CASUALTY:
            continue  # "An artillery strike hit a school": the strike is the event
        plover, mode, acled_type, acled_sub = coded
        # the fine ACLED sub-event, from the weapon, the acts and the actors of the sentence
        acled_type, acled_sub = acled.refine(plover, acled_sub, tok.sent.text, tok.text,
                                            mode)
        sent: Span = tok.sent
        s0, s1 = sent.start_char, sent.end_char
        while s1 > s0 and text[s1 - 1].isspace():
            s1 -= 1
        actor_tok, target_tok = _actor(tok), _target(tok, plover)
        if tok.lemma_ in VICTIM_SUBJECT:
            actor_tok, target_tok = None, actor_tok or target_tok  # "two soldiers died"
        if actor_tok is None and (tok.lemma_ in CASUALTY or tok.lemma_ in PATIENT_VERBS):
            # "killed in an attack by rebels", "arrested in a police raid"
            actor_tok = _cause_actor(tok, coded_at)
        killer = _put_to_death(tok)
        if killer is not None:  # "gunmen hacked the villagers to death": who, and whom
            actor_tok, target_tok = _actor(killer), next((
                c for c in killer.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if plover == "PROTEST" and tok.lemma_ == "clash" and target_tok is not None and (
                target_tok.lemma_.lower() in PROTESTERS) and (
                actor_tok is None or actor_tok.lemma_.lower() not in PROTESTERS):
            # "police clashed with demonstrators": the demonstrators protest
            actor_tok, target_tok = target_tok, actor_tok
        if _headline_passive(tok, actor_tok, target_tok):
            actor_tok, target_tok = None, actor_tok  # "Zelensky invited to EU summit"
        if plover == "CONSULT" and target_tok is not None and target_tok.pos_ == "NOUN" and (
                target_tok.lemma_.lower() in MEETINGS | VENUE_MEETINGS):
            target_tok = None  # "offered to host talks": the talks are the meeting, not a side
        target_tok = _partitive(target_tok)
        named = _named_among(tok) if plover in OBJECT_TARGETS else None
        if named is not None and (target_tok is None or target_tok.i < named.i):
            target_tok = named  # "activists were arrested, including Maria Petrova"
        if plover == "ASSAULT" and target_tok is not None and target_tok.lower_ in REFLEXIVES:
            target_tok = None  # "the bomber blew himself up": the attacker, not a victim
        if headline_talks(tok):
            target_tok = None  # "talks resume in Cairo": its "object" is the headline's verb
        if target_tok is not None and actor_tok is not None and (
                target_tok.i == actor_tok.i):
            actor_tok = None  # "Seven militants killed in blast": the dead did not kill
        if actor_tok is not None and actor_tok.tag_ == "WDT" and is_place(
                _antecedent(actor_tok) or actor_tok):
            actor_tok = None  # "the blast at a hotel in Lagos, which killed nine": no place acts
        actor_tok, target_tok = _antecedent(actor_tok), _antecedent(target_tok)
        if actor_tok is not None and actor_tok.pos_ == "PRON":
            actor_tok = _reporter(actor_tok, tok) or actor_tok  # "Hamas said it had fired"
        elif actor_tok is not None and (owner := next((
                c for c in actor_tok.children if c.dep_ == "poss" and c.lower_ in (
                    "its", "their")), None)) is not None:
            # "the ministry said its troops had captured …": the ministry's side acted
            actor_tok = _reporter(owner, tok) or actor_tok
        if actor_tok is not None and actor_tok.lemma_.lower() in GROUP_NOUNS:
            # "a series of attacks killed dozens": the events the group noun gathers act
            actor_tok = next((g for c in actor_tok.children if c.dep_ == "prep"
                              and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
                             actor_tok)
        if actor_tok is not None and (actor_tok.lemma_.lower() in LEXICON
                                      or actor_tok.lemma_.lower() in INSTRUMENTS):
            actor_tok = None  # "the attack, which killed three": an event or a weapon acts
        if actor_tok is not None and actor_tok.lemma_.lower() in WEAPONS:
            actor_tok = None  # "a missile hit …": the weapon is no actor
        if actor_tok is not None and plover == "ASSAULT" and _no_agent(actor_tok):
            actor_tok = None  # "video purporting to show the explosion": no one attacked
        if actor_tok is not None and tok.lemma_ in DEVICE_VERBS and actor_tok.dep_ == "nsubj" \
                and not any(c.dep_ == "dobj" for c in tok.children):
            actor_tok = None  # "it exploded": what goes off is the device
        if actor_tok is not None and actor_tok.dep_ == "compound" and roles.is_town(
                actor_tok, capitals=tok.pos_ == "NOUN"):
            # "the Manchester bombing", "Kabul blast": where it happened, not who did it
            actor_tok = None
        if actor_tok is not None and plover == "PROTEST" and actor_tok.head.i == tok.i and (
                actor_tok.dep_ in ("poss", "compound") and actor_tok.ent_type_ in ("GPE", "LOC")):
            actor_tok = None  # "Chile's protests": where people protested, not a state's acts
        actor, actor_text = roles.of(actor_tok, tok, acting=True,
                                     upto=_other_side(actor_tok, target_tok))
        target, target_text = roles.of(target_tok, tok, unplaced=plover in ("CONSULT", "PROTEST"))
        other = _other_side(actor_tok, target_tok)
        if other is not None and _contains(target_tok, actor_tok) and target_text:
            # "between the Taliban and US officials": the US officials
            target = roles.of(other, tok)[0]
            target_text = target_text[target_text.find(other.text):] if (
                other.text in target_text) else target_text
        if target is None and plover in THING_OBJECTS and target_tok is not None and (
                target_tok.lower_ in _IMPERSONAL):
            target_text = None  # "ready to sign it": the deal, a thing, not a side
        if plover in ("CONSULT", "AGREE", "COOPERATE"):
            sides = roles.parties(actor_tok, acting=True) if actor_tok is not None and (
                actor_tok.i != tok.i) else []
            guests = [g for g in roles.parties(target_tok) if g not in sides]
            if target is None and len(sides) == 2:
                actor, target = sides  # "Russian and US officials held talks"
            if plover == "CONSULT" and (len(sides) > 2 or len(guests) > 1
                                        or _many_states(target_tok)):
                # "will host the premiers of Spain, Greece and Malta", "a meeting of
                # European leaders": no one counterpart
                mode, target = "multilateral", None
            elif plover == "CONSULT" and mode == "multilateral" and tok.pos_ == "NOUN" and (
                    _between(tok) is not None):
                mode = "visit"  # "talks between Israel and Hamas": two sides meet
            elif plover == "CONSULT" and mode == "multilateral" and max(
                    len(sides), actor_tok is not None and actor_tok.i != tok.i) + max(
                    len(guests), target_tok is not None) == 2 and all(
                    len(conjoined(w)) == 1 for w in (actor_tok, target_tok) if w is not None):
                # "talks with his Turkish counterpart": two sides meet (not "Starmer and
                # Macron held talks with Trump", one of them unnamed)
                mode = "visit"
        # a target can be where it happened ("attacked Kharkiv", "visits Washington"), but
        # not for sanctions on, aid to or accusations against a country
        exclude = [_edges(actor_tok), *([_edges(target_tok)] if plover in TARGET_NOT_PLACE
                                        else [])]
        exclude += _elsewhere(tok, event_nouns)
        if plover in TARGET_NOT_PLACE and tok.pos_ == "VERB":
            # "ordered the departure of staff at its embassy in Caracas": where what is
            # asked for would be, not where it was asked
            exclude += [_edges_of(c) for c in tok.children if c.dep_ in (
                "dobj", "xcomp", "ccomp")]
        # "five were killed in an attack on a market in Kano": the attack's place
        cause = [(c.idx, c.right_edge.idx + len(c.right_edge)) for c in tok.children
                 if tok.lemma_ in PATIENT_VERBS and c.dep_ == "prep"
                 and c.lower_ in CAUSES and any(g.dep_ == "pobj" and coded_at.get(g.i)
                                               for g in c.children)]
        exclude += cause
        place = None
        if plover == "CONSULT":
            # where a meeting is said to be held, even a country ("talks in Turkey"), before
            # any town elsewhere in the clause ("to discuss the embassies in Moscow")
            place = next((where.place(sent, tok.idx, within=_edges(g), exclude=exclude)
                          for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                          for g in c.children if g.dep_ == "pobj"), None)
            if tok.pos_ == "NOUN":  # "talks aimed at settling the embassies in Washington"
                exclude += [_edges_of(c) for c in tok.children if c.dep_ in ("acl", "relcl")]
        # "…, killing 130 people": the toll of the event above, whose place it is
        toll = tok.lemma_ in PATIENT_VERBS and tok.tag_ == "VBG" and tok.dep_ in (
            "advcl", "xcomp", "conj") and _non_finite(tok)
        # "four hours after the bombing, patrols were seen in Derry": the clause's setting
        # is of a time after the event, not the event's
        timed = _timed_by(tok)
        own = _edges_of(timed) if timed is not None else _edges_of(tok) if toll else None
        if place is None:
            place = places.place(sent, tok.idx, within=own or _clause(tok), exclude=exclude)
        if place is None and plover == "ASSAULT" and own is None:
            # an attack's place is often named in a clause of its own after it: "…, claiming
            # to have shot down 61 of the drones over Odesa" (one in a clause before it is
            # where someone else is: "Police in Lyon are hunting the man behind the blast")
            place = places.place(sent, tok.idx, exclude=exclude, within=(tok.idx, s1))
        # where it happened in the report's own words ("at the bus station")
        at = location(tok, target_tok)
        if at is not None and any(s <= at[0] and at[1] <= e for s, e in cause):
            at = None
        location_text = text[at[0]:at[1]] if at is not None else None
        # the time nearest the trigger in its sentence, but not the time of the report
        # ("…, the air force said on Monday")
        past = _past(tok)
        reporting = tok.lemma_ in ATTRIBUTION
        t = min((row[2] for row in times.starting_in(s0, s1)
                 if not (past and _after(_day(row[2]), row[2].anchor))  # "met" not on 6 March
                 and (reporting or not _of_report(doc, row[2]))  # nor "said on Monday"
                 and _time_of(doc, row[2], tok, event_nouns)),
                key=lambda t: abs(t.start - tok.idx), default=None)
        day = _day(t)
        word = _trigger_word(tok)
        status = status_of(tok)
        if status == "occurred" and _unrealised(tok, plover):
            status = "hypothetical"  # "troops as part of a truce deal"
        if status == "occurred" and not past and _after(day, t.anchor if t is not None else None):
            status = "scheduled"  # "the summit on 6 March", reported on 27 February
        claims = [row[2] for row in claim_rows.starting_in(s0, s1)]
        # an attack can fall on several towns at once, often named in a clause of their
        # own ("…, targeting regions including Kharkiv, Sumy and Odesa")
        spread = places.all_in((s0, s1), exclude) if plover == "ASSAULT" else []
        spread = [place, *(p for p in spread if p != place)] if place else spread
        event = Event(
            id=f"ev{len(events) + 1}", type=plover, mode=mode,
            acled=Acled(event_type=acled_type, sub_event_type=acled_sub),
            actor=actor, actor_text=actor_text, target=target, target_text=target_text,
            place=place, location_text=location_text, date=day,
            time=t.id if t is not None else None, status=status,
            trigger=Mention(start=word.idx, end=word.idx + len(word), text=word.text),
            sentence=CharSpan(start=s0, end=s1), post=post_at(analysis, tok.idx),
            claims=claims if plover == "ASSAULT" else [], places=spread,
        )
        # the meeting a purpose clause belongs to: "will meet in Istanbul to discuss …",
        # "invited him to the summit on 6 March, to discuss …"
        meeting = next((m for m in [made.get(tok.head.i), *(
            made.get(g.i) for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj")] if m is not None and m.type == "CONSULT"),
            None)
        if tok.lemma_ in TOPIC_VERBS and tok.dep_ in ("advcl", "xcomp") and meeting is not None:
            # the talk is the meeting's own, with its setting and sides
            event = event.model_copy(update={k: getattr(meeting, k) for k in (
                "actor", "actor_text", "target", "target_text", "place", "location_text",
                "places", "date",
                "time", "status")})
        made[tok.i] = event
        events.append(event)
        cause = next((made[c.i] for c in tok.children if c.dep_ == "nsubj" and c.i in made),
                     None) if told else None
        if cause is not None:
            caused_by[event.id] = cause.id  # "the blast killed three": one event, two reports
        elif tok.lemma_ in CASUALTY and tok.dep_ == "relcl" and tok.head.i in made and (
                made[tok.head.i].type == plover) and any(
                c.dep_ == "nsubj" and c.tag_ == "WDT" for c in tok.children):
            caused_by[event.id] = made[tok.head.i].id  # "the attack, which killed nine"
        elif tok.lemma_ in CASUALTY and tok.dep_ == "conj" and tok.head.i in made and (
                made[tok.head.i].id in caused_by):
            caused_by[event.id] = caused_by[made[tok.head.i].id]  # "… and wounded dozens"
    return analysis.model_copy(update={"events": merge_events(events, analysis, caused_by)})

