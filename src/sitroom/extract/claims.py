"""Claims: every figure with what it counts, what happened to it, and who says so.

A figure is a cardinal, money, percent or quantity expression of the model, or a vague
amount ("a dozen", "hundreds of"). Its ``unit`` is the noun it counts with that noun's
modifiers ("precision-guided glide bomb"), its ``measure`` the counted noun with the verb
that happened to it ("drones shot down", "air strikes launched"). The ``claimant`` is the
subject of the attribution verb of the sentence ("…, Ukraine said"; "The Ukrainian military
claims to have …"), else of the sentence just before it in the same paragraph; the verb
gives the ``hedge``. "90 out of 166 drones" gives two claims, the part pointing at its
whole (``part_of``).

Not claims: dates, times, durations, ordinals, ages, years, phone numbers, page or section
numbers, and numbers inside names ("G7", "Covid-19").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..model import Analysis, Claim
from . import extractor
from ._text import doc_text, post_at

NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
               "NORP"}
WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 1e6, "billion": 1e9, "trillion": 1e12, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "a thousand": 1000, "a million": 1e6, "half": 0.5,
}
SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9,
          "billion": 1e9, "tn": 1e12, "trillion": 1e12}
VAGUE = re.compile(r"\b(?P<word>dozens|scores|hundreds|thousands|tens of thousands|"
                   r"hundreds of thousands|millions)\s+of\b", re.IGNORECASE)
VAGUE_VALUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
               "tens of thousands": 20000, "hundreds of thousands": 200000, "millions": 2e6}
QUALIFIERS = [
    (re.compile(r"^(?:some|about|around|approximately|roughly|nearly|almost|an estimated|"
                r"close to|circa|c\.|just under|just over|~)\s+", re.I), "approx"),
    (re.compile(r"^(?:more than|over|at least|in excess of|upwards of|no fewer than|"
                r"no less than)\s+", re.I), "at_least"),
    (re.compile(r"^(?:up to|fewer than|less than|under|at most|no more than|as many as)\s+",
                re.I), "at_most"),
]
ATTRIBUTION = {"say": "reported", "claim": "claimed", "report": "reported",
               "announce": "reported", "state": "reported", "tell": "reported",
               "add": "reported", "confirm": "confirmed", "estimate": "estimated",
               "allege": "claimed", "assert": "claimed", "insist": "claimed", "write": "reported"}
NOT_FIGURE_BEFORE = {"page", "section", "article", "chapter", "paragraph", "resolution", "no",
                     "number", "aged", "age", "room", "flight", "route", "platform", "line",
                     "covid", "phase", "level", "grade", "tier", "category", "class", "g"}
PARTICIPLES = {"shoot": "shot", "hit": "hit", "lose": "lost", "strike": "struck",
               "bring": "brought", "take": "taken", "give": "given", "make": "made",
               "send": "sent", "fight": "fought", "hold": "held", "drive": "driven",
               "fly": "flown", "build": "built", "spend": "spent", "lead": "led",
               "leave": "left", "win": "won", "throw": "thrown", "fall": "fallen",
               "catch": "caught", "buy": "bought", "see": "seen", "find": "found",
               "put": "put", "set": "set", "begin": "begun", "break": "broken"}
PERIOD = re.compile(r"\b(?:overnight|(?:in|over|during) the (?:past|last|previous) "
                    r"(?:\d+|twenty-four|24|48|72|two|three|seven) (?:hours|days|weeks)|"
                    r"(?:in|over|during) the (?:past|last) (?:day|week|month|year)|"
                    r"since (?:the start of|the beginning of)? ?[\w ]{3,30}?(?=[,.;]|$)|"
                    r"(?:on|since) (?:monday|tuesday|wednesday|thursday|friday|saturday|"
                    r"sunday)|today|yesterday|last night|this (?:morning|week|month|year))",
                    re.IGNORECASE)
PARTICLES = {"down", "up", "off", "out", "back", "away"}
# Words between a number and its noun that say nothing of what is counted.
NOT_UNIT = {"further", "another", "additional", "more", "other", "new", "extra", "some",
            "total", "such"}
PHONE = re.compile(r"^\+?[\d ()-]{7,}$")
PLACE_PREPS = ("direction of", "near", "in", "over", "at", "around", "outside", "on")


def parse_value(text: str) -> tuple[float, float | None, str] | None:
    """(value, value_max, qualifier) of a number expression, or None."""
    t = re.sub(r"\s+", " ", text.strip().lower().replace("–", "-").replace("—", "-"))
    qualifier = "exact"
    for rx, q in QUALIFIERS:
        m = rx.match(t)
        if m:
            qualifier, t = q, t[m.end():]
            break
    t = re.sub(r"^(?:the|a total of|total of|all|just|only)\s+", "", t)
    rng = re.match(r"^(?:between\s+)?(.+?)\s*(?:-|to|and)\s*(.+)$", t)
    if rng and not re.match(r"^\d+-\w+$", t) or (rng and re.match(r"^[\d.,]+-[\d.,]+", t)):
        low, high = _number(rng.group(1)), _number(rng.group(2))
        if low is not None and high is not None and high > low:
            return low, high, "range"
    value = _number(t)
    return (value, None, qualifier) if value is not None else None


def _number(t: str) -> float | None:
    t = t.strip().lstrip("£$€").replace("us$", "").strip()
    t = re.sub(r"\s*(?:per ?cent|percent|%)$", "", t)
    m = re.match(r"^(\d+(?:[.,]\d+)*)\s*([a-z]+)?$", t)
    if m:
        digits, scale = m.group(1), m.group(2)
        if re.match(r"^\d{1,3}(,\d{3})+(\.\d+)?$", digits):
            digits = digits.replace(",", "")
        elif "," in digits:
            return None
        try:
            value = float(digits)
        except ValueError:
            return None
        if scale:
            if scale not in SCALES:
                return value
            value *= SCALES[scale]
        return value
    if t in WORDS:
        return float(WORDS[t])
    parts = re.split(r"[\s-]+", t)
    if parts and all(p in WORDS or p == "and" for p in parts):
        total, current = 0.0, 0.0
        for p in parts:
            if p == "and":
                continue
            v = WORDS[p]
            if v >= 1000:
                total += max(current, 1) * v
                current = 0
            elif v == 100:
                current = max(current, 1) * 100
            else:
                current += v
        return total + current
    return None


def _participle(verb: Token) -> str:
    if verb.tag_ in ("VBD", "VBN"):
        return verb.lower_
    lemma = verb.lemma_.lower()
    if lemma in PARTICIPLES:
        return PARTICIPLES[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _verb_phrase(verb: Token | None) -> str | None:
    """"shot down", "launched": what happened to the counted things."""
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ in ("be", "have", *ATTRIBUTION):
        return None
    particle = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i == verb.i + 1))
    return " ".join(x for x in (_participle(verb), particle) if x)


def _counted(num_end: Token, ent: Span) -> tuple[str | None, str | None, str | None, Token | None]:
    """(unit, measure head, verb phrase, counted noun) for the figure ending at ``num_end``:
    "121 precision-guided glide bombs" -> ("precision-guided glide bomb", "glide bombs", …)."""
    tok = num_end
    noun = None
    if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        noun = tok.head
    elif tok.head.pos_ == "NOUN" and 0 < tok.head.i - tok.i <= 4:
        noun = tok.head
    if noun is None or noun.lower_ in ("percent", "per"):
        unit = "percent" if ent.label_ == "PERCENT" or noun is not None else None
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass", "nsubj") else None
        return unit, None, _verb_phrase(verb), None
    mods = [c for c in noun.lefts if c.i >= ent.end and c.dep_ in ("compound", "amod", "nmod")
            and c.ent_type_ != "NORP" and c.lower_ not in NOT_UNIT]
    start = max(min([m.left_edge.i for m in mods], default=noun.i), ent.end)
    words = [t.text for t in noun.doc[start:noun.i]]
    unit = " ".join([*words, noun.lemma_.lower()]).replace(" - ", "-")
    compounds = [c.text.lower() for c in noun.lefts if c.dep_ == "compound" and c.i >= ent.end]
    plural = noun.lower_ if noun.tag_ in ("NNS", "NNPS") else noun.lemma_.lower() + "s"
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:  # "drones and 6,000 shells"
        first = first.head
    verb = first.head if first.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or verb.pos_ != "VERB":
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    return unit, " ".join([*compounds, plural]), _verb_phrase(verb), noun


def _skip(doc: Doc, ent: Span) -> bool:
    if any(t.ent_type_ in NAME_LABELS for t in ent):
        return True
    prev = doc[ent.start - 1] if ent.start > 0 else None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if prev is not None and prev.lower_.rstrip(".") in NOT_FIGURE_BEFORE:
        return True
    if prev is not None and prev.is_upper and prev.is_alpha and prev.whitespace_ == "":
        return True  # "G7"
    if nxt is not None and (nxt.lower_ in ("year", "years") and doc[ent.end + 1:ent.end + 2].text
                            in ("old", "-")):
        return True  # ages
    if PHONE.match(ent.text) and sum(c.isdigit() for c in ent.text) >= 7 and " " in ent.text:
        return True
    if ent.text.lower() == "one" and (nxt is None or nxt.pos_ != "NOUN" or nxt.tag_ == "NN"):
        return True  # "one aggressor", "one of them": a word, not a figure
    return bool(re.match(r"^(?:19|20)\d\d$", ent.text))  # a year the model did not call DATE


def figures(doc: Doc) -> list[Span]:
    spans = [e for e in doc.ents if e.label_ in NUMBER_LABELS and not _skip(doc, e)]
    for m in VAGUE.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not any(s.start < span.end and span.start < s.end
                                        for s in spans):
            spans.append(span)
    return sorted(spans, key=lambda s: s.start)


class _Claimants:
    def __init__(self, analysis: Analysis):
        self.mentions = sorted((m.start, m.end, e.id) for e in analysis.entities
                               for m in e.mentions if e.type in ("PERSON", "ORG", "GPE", "NORP"))

    def of(self, sent: Span) -> tuple[str | None, str | None, str | None]:
        """(entity id, text, hedge) of the attribution in a sentence."""
        cues = [t for t in sent if t.lemma_ in ATTRIBUTION and (t.pos_ == "VERB" or _noun_verb(t))]
        for i, t in enumerate(sent):
            if t.lower_ == "according" and i + 1 < len(sent) and sent[i + 1].lower_ == "to":
                obj = next((c for c in sent[i + 1].children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return (*self._entity(obj), "reported")
        for cue in cues:
            if cue.pos_ != "VERB":  # "The Ukrainian military claims": its modifiers are the subject
                left = cue.left_edge
                return (*self._entity(cue, left.idx, cue.idx), ATTRIBUTION[cue.lemma_])
            subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lower_ not in ("it", "there", "which", "that"):
                return (*self._entity(subj), ATTRIBUTION[cue.lemma_])
        return None, None, None

    def _entity(self, tok: Token, left: int | None = None,
                right: int | None = None) -> tuple[str | None, str]:
        if left is None:
            left, right = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        text = doc_text(tok.doc)[left:right].strip()
        inside = [m for m in self.mentions if m[0] < right and m[1] > left]
        head = [m for m in inside if m[0] <= tok.idx < m[1]]
        pick = (head or inside or [(0, 0, None)])[0]
        return pick[2], text


def _noun_verb(tok: Token) -> bool:
    """A verb the small parser took for a noun: "the military claims to have …"."""
    return tok.tag_ == "NNS" and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)


def _place_in(analysis: Analysis, sent: Span, after: int) -> str | None:
    best = None
    for p in analysis.places:
        for m in p.mentions:
            if sent.start_char <= m.start < sent.end_char:
                key = (m.start < after, abs(m.start - after))
                if best is None or key < best[0]:
                    best = (key, p.id)
    return best[1] if best else None


def _time_in(analysis: Analysis, sent: Span) -> str | None:
    for t in analysis.times:
        if sent.start_char <= t.start < sent.end_char and t.type in ("DATE", "TIME"):
            return t.id
    return None


@extractor("claims")
def extract_claims(doc: Doc, analysis: Analysis) -> Analysis:
    claimants = _Claimants(analysis)
    claims: list[Claim] = []
    counted: list[tuple[str | None, str | None]] = []  # (measure head, verb) per claim
    by_sent: dict[int, tuple] = {}
    for ent in figures(doc):
        parsed = parse_value(ent.text)
        if parsed is None:
            m = VAGUE.match(ent.text)
            if not m:
                continue
            parsed = (VAGUE_VALUE[m["word"].lower()], None, "at_least")
        value, value_max, qualifier = parsed
        sent = ent.sent
        if sent.start not in by_sent:
            found = claimants.of(sent)
            if found[0] is None and found[1] is None:
                found = _previous_claimant(doc, sent, claimants, by_sent)
            by_sent[sent.start] = found
        claimant, claimant_text, hedge = by_sent[sent.start]
        unit, head, verb, noun = _counted(ent[-1], ent)
        end = noun.idx + len(noun) if noun is not None and noun.i >= ent.end else ent.end_char
        period = PERIOD.search(sent.text)
        counted.append((head, verb))
        claims.append(Claim(
            id=f"c{len(claims) + 1}", value=value, value_max=value_max, qualifier=qualifier,
            unit=unit, claimant=claimant, claimant_text=claimant_text,
            hedge=hedge, period=period.group(0) if period else None,
            time=_time_in(analysis, sent), place=_place_in(analysis, sent, ent.start_char),
            text=doc_text(doc)[ent.start_char:end], start=ent.start_char, end=end,
            measure=" ".join(x for x in (head, verb) if x) or None,
            post=post_at(analysis, ent.start_char),
        ))
    return analysis.model_copy(update={"claims": _link_parts(doc, claims, counted)})


def _previous_claimant(doc: Doc, sent: Span, claimants: _Claimants, by_sent: dict):
    """The attribution of the sentence before, when both sit in one paragraph."""
    if sent.start == 0:
        return None, None, None
    prev = doc[sent.start - 1].sent
    between = doc_text(doc)[prev.start_char:sent.start_char]
    if "\n" in between[len(between.rstrip()):]:
        return None, None, None  # a line break: another paragraph, another report
    return by_sent.get(prev.start) or claimants.of(prev)


def _link_parts(doc: Doc, claims: list[Claim], counted: list) -> list[Claim]:
    """"90 out of 166 drones": the part counts what its whole counts, and points at it."""
    out = []
    for i, c in enumerate(claims):
        nxt = claims[i + 1] if i + 1 < len(claims) else None
        if (nxt is not None and c.unit is None
                and re.fullmatch(r"\s*(?:out of|of)\s*", doc_text(doc)[c.end:nxt.start])):
            head, verb = counted[i + 1][0], counted[i][1] or counted[i + 1][1]
            c = c.model_copy(update={"part_of": nxt.id, "unit": nxt.unit,
                                     "measure": " ".join(x for x in (head, verb) if x) or None})
        out.append(c)
    return out
