"""Events: who did what to whom, coded in PLOVER (and ACLED for violence), with a status.

A first, lexicon-driven coder: a trigger is a verb or event noun whose lemma the lexicon
knows ("attack", "launch" with drones, "shoot down", "meet", "talks", "sign", "sanction",
…). Its mode comes from the weapon or meeting words around it; the actor is the subject
of the trigger (a state's forces count as the state: "Russia's forces"), the target its
object or the thing after "on", "against" or "targeting"; place, date and figures come
from the layers before. The status reads the modality of the clause: "will meet",
"is expected to" (scheduled), "if", "may" (hypothetical), "not", "refusal to" (negated),
"is continuing" (ongoing); else occurred.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..model import Acled, Analysis, Event, Mention
from ..model import Span as CharSpan
from . import extractor
from ._text import doc_text, post_at

# lemma -> (PLOVER type, default mode, ACLED event type, ACLED sub-event type)
VIOLENCE = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
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
    "accuse": ("ACCUSE", None, None, None), "blame": ("ACCUSE", None, None, None),
    "condemn": ("ACCUSE", None, None, None),
    "reject": ("REJECT", None, None, None), "refuse": ("REJECT", None, None, None),
    "refusal": ("REJECT", None, None, None), "dismiss": ("REJECT", None, None, None),
    "oppose": ("REJECT", None, None, None), "contradict": ("REJECT", None, None, None),
    "threaten": ("THREATEN", None, None, None), "warn": ("THREATEN", None, None, None),
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
}
# Weapon words that set an assault's mode and ACLED sub-event.
WEAPONS = {
    "drone": ("drone", "Air/drone strike"), "uav": ("drone", "Air/drone strike"),
    "missile": ("missile", "Shelling/artillery/missile attack"),
    "rocket": ("missile", "Shelling/artillery/missile attack"),
    "airstrike": ("air-strike", "Air/drone strike"), "bomb": ("air-strike", "Air/drone strike"),
    "artillery": ("artillery", "Shelling/artillery/missile attack"),
    "shell": ("artillery", "Shelling/artillery/missile attack"),
    "mortar": ("artillery", "Shelling/artillery/missile attack"),
}
LAUNCH_VERBS = {"launch", "fire", "drop", "deploy", "send"}
NEGATIVE_SUBJECTS = {"nobody", "none", "nothing", "no-one"}  # "Nobody was reported killed"
FIGURATIVE = {"tone", "deal", "balance", "note", "chord", "agreement", "blow", "pose", "bargain"}
HYPOTHETICAL = {"if", "could", "may", "might", "would", "unless", "should"}
FUTURE = {"will", "'ll", "shall", "wo"}
SCHEDULE_VERBS = {"expect", "plan", "schedule", "due", "set", "prepare", "intend", "aim"}
NOUN_TRIGGERS = {"attack", "strike", "talk", "meeting", "summit", "visit", "call", "deal",
                 "ceasefire", "refusal", "negotiation", "barrage", "fighting", "clash",
                 "partnership", "bombardment", "protest", "sanction"}


def _weapon_near(tok: Token) -> tuple[str, str] | None:
    words = [tok, *tok.children, *[g for c in tok.children for g in c.children]]
    for w in words:
        lemma = w.lemma_.lower()
        if lemma in WEAPONS:
            return WEAPONS[lemma]
        if w.lower_ == "air" and w.head.lemma_ == "strike":
            return WEAPONS["airstrike"]
    return None


def _code(tok: Token) -> tuple[str, str | None, str | None, str | None] | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma not in NOUN_TRIGGERS:
        return None
    if tok.pos_ not in ("VERB", "NOUN"):
        return None
    if lemma == "shoot" and any(c.lower_ == "down" for c in tok.children):
        return "ASSAULT", None, "Strategic developments", "Disrupted weapons use"
    if lemma in LAUNCH_VERBS and _weapon_near(tok):
        mode, sub = _weapon_near(tok)
        return "ASSAULT", mode, "Explosions/Remote violence", sub
    if lemma == "call" and tok.pos_ == "VERB" and not any(
            c.lower_ in ("phone",) for c in tok.children):
        return None  # "calling it a deceit" is not a phone call
    coded = LEXICON.get(lemma)
    if coded is None:
        return None
    if lemma in ("strike", "hit") and tok.pos_ == "VERB" and (
            any(c.dep_ == "dobj" and c.lemma_ in FIGURATIVE for c in tok.children)
            or any(c.dep_ == "auxpass" for c in tok.children)):
        return None  # "strike a friendly tone", "I was struck by"
    if coded[0] == "ASSAULT":
        weapon = _weapon_near(tok)
        if weapon:
            return "ASSAULT", weapon[0], "Explosions/Remote violence", weapon[1]
    return coded


def status_of(tok: Token) -> str:
    words = {t.lower_ for t in tok.sent if t.i < tok.i}
    chain = [tok, *list(tok.ancestors)[:3]]
    for v in chain:
        kids = {c.lower_ for c in v.children}
        deps = {c.dep_ for c in v.children}
        negative_subject = any(c.dep_.startswith("nsubj") and c.lower_ in NEGATIVE_SUBJECTS
                               for c in v.children)
        if "neg" in deps or negative_subject or v.lemma_ in ("refuse", "refusal") and v.i != tok.i:
            return "negated"
        if kids & HYPOTHETICAL or any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                      for c in v.children):
            return "hypothetical"
        if kids & FUTURE or v.lemma_ in SCHEDULE_VERBS and v.i != tok.i:
            return "scheduled"
        if v.lemma_ == "continue" or (v.tag_ == "VBG" and kids & {"is", "are"}):
            return "ongoing"
    if "if" in words and tok.sent.text.lower().find("if ") < tok.idx - tok.sent.start_char:
        return "hypothetical"
    return "occurred"


class _Roles:
    """Entities by character offset, for actors and targets."""

    def __init__(self, analysis: Analysis):
        self.mentions = sorted((m.start, m.end, e.id, e.type) for e in analysis.entities
                               for m in e.mentions
                               if e.type in ("PERSON", "ORG", "GPE", "NORP", "LOC"))

    def of(self, tok: Token | None) -> tuple[str | None, str | None]:
        if tok is None:
            return None, None
        left, right = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        inside = [m for m in self.mentions if m[0] < right and m[1] > left]
        if not inside:
            return None, doc_text(tok.doc)[left:right]
        head = [m for m in inside if m[0] <= tok.idx < m[1]]
        # "Russia's forces": the state that owns them
        return (head or inside)[0][2], doc_text(tok.doc)[left:right]


def _actor(tok: Token) -> Token | None:
    for v in (tok, *list(tok.ancestors)[:2]):
        for c in v.children:
            if c.dep_ in ("nsubj", "agent"):
                if c.dep_ == "agent":
                    return next((g for g in c.children if g.dep_ == "pobj"), None)
                return c
        if tok.pos_ == "NOUN":
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None:
                return poss
    return None


def _target(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("dobj",) and c.pos_ in ("PROPN", "PRON") or (
                c.dep_ == "dobj" and c.ent_type_):
            return c
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "with", "targeting"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    for c in tok.subtree:
        if c.lower_ == "targeting":
            return next((g for g in c.children if g.dep_ == "dobj"), None)
    return None


@extractor("events")
def extract_events(doc: Doc, analysis: Analysis) -> Analysis:
    roles = _Roles(analysis)
    events: list[Event] = []
    for tok in doc:
        coded = _code(tok)
        if coded is None:
            continue
        plover, mode, acled_type, acled_sub = coded
        sent: Span = tok.sent
        s0, s1 = sent.start_char, sent.end_char
        actor, actor_text = roles.of(_actor(tok))
        target, target_text = roles.of(_target(tok))
        place = next((p.id for p in analysis.places for m in p.mentions
                      if s0 <= m.start < s1 and m.start != (tok.idx if actor_text else -1)
                      and p.precision in ("city", "admin1", "point")), None)
        t = next((t for t in analysis.times if s0 <= t.start < s1 and t.type in ("DATE", "TIME")),
                 None)
        claims = [c.id for c in analysis.claims if s0 <= c.start < s1]
        events.append(Event(
            id=f"ev{len(events) + 1}", type=plover, mode=mode,
            acled=Acled(event_type=acled_type, sub_event_type=acled_sub),
            actor=actor, actor_text=actor_text, target=target, target_text=target_text,
            place=place, date=(t.value[:10] if t is not None and t.value
                               and t.value[:4].isdigit() else None),
            time=t.id if t is not None else None, status=status_of(tok),
            trigger=Mention(start=tok.idx, end=tok.idx + len(tok), text=tok.text),
            sentence=CharSpan(start=s0, end=s1), post=post_at(analysis, tok.idx),
            claims=claims if plover == "ASSAULT" else [],
        ))
    return analysis.model_copy(update={"events": events})
