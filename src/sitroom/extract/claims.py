"""Claims: every figure with what it counts, what happened to it, and who says so.

A figure is a cardinal, money, percent or quantity expression of the model, or a vague
amount ("a dozen", "hundreds of"). Its ``unit`` is the noun it counts with that noun's
modifiers ("precision-guided glide bomb"), its ``measure`` the counted noun with the verb
that happened to it ("drones shot down", "air strikes launched"). The ``claimant`` is the
subject of the attribution verb of the sentence ("…, Ukraine said"; "The Ukrainian military
claims to have …"), else of the sentence just before it in the same paragraph; the verb
gives the ``hedge``. "90 out of 166 drones" gives two claims, the part pointing at its
whole (``part_of``).

Figures are found token by token (the small model misses "3 ballistic missiles" or calls
"Between 30 and 40" a date): a run of numbers with its qualifier ("more than", "some",
"between … and …", "up to"), currency sign and scale ("£1.6bn", "3.5 per cent"). Money
takes its currency as unit (GBP, USD, EUR …), percentages "percent"; vague amounts
("hundreds of people") count as at least 200 of the noun after "of". The ``place`` is
one named where the counted thing happened ("at Odesa", "in the direction of Pokrovsk",
"over the Kharkiv region"), not an owner or a subject ("Ukraine's air force said").

Not claims: dates, times, durations, ordinals, ages ("Donald Trump, 78,", "45-year-old"),
years, phone numbers, page or section numbers, numbers inside names ("G7", "Covid-19"),
and digit strings too long to be a reported figure.

Limits: "hundreds" and "dozens" are lower bounds, not estimates; fractions ("two-thirds")
and written ranges across words ("thirty to forty") are read only when the model's parse
keeps them together; a claimant two sentences back is not found.
"""

from __future__ import annotations

import bisect
import math
import re

from spacy.tokens import Doc, Span, Token

from ..model import Analysis, Claim
from . import extractor
from ._text import doc_text, post_at, where_of
from .timex import is_temporal

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
               "allege": "claimed", "assert": "claimed", "insist": "claimed", "write": "reported",
               "cite": "claimed", "predict": "estimated", "forecast": "estimated",
               "project": "estimated", "find": "reported", "show": "reported"}
# Nouns whose owner is a source: "Trump's claim that …", "a New York Times report that …".
CLAIM_NOUNS = {"claim": "claimed", "assertion": "claimed", "allegation": "claimed",
               "comment": "reported", "statement": "reported", "report": "reported",
               "emphasis": "claimed", "estimate": "estimated", "forecast": "estimated",
               "projection": "estimated", "prediction": "estimated", "count": "reported",
               "tally": "reported", "finding": "reported", "remark": "reported"}
# Cues that attribute only when a body of evidence is their subject: a poll "found", a fund
# "predicted"; soldiers who "found" bodies or a map that "shows" a town report nothing.
EVIDENCE_CUES = {"find", "show", "predict", "forecast", "project"}
# What can be a source: of "according to …" and of the evidence cues (entities always are).
SOURCE_NOUNS = {
    "poll", "survey", "study", "report", "analysis", "data", "datum", "figure", "statistic",
    "census", "estimate", "count", "tally", "record", "document", "letter", "statement",
    "release",
    "researcher", "analyst", "expert", "economist", "official", "source", "spokesman",
    "spokeswoman", "spokesperson", "ministry", "department", "agency", "office", "police",
    "military", "army", "command", "staff", "government", "authority", "fund", "bank",
    "institute", "commission", "committee", "monitor", "observer", "group", "organization",
    "organisation", "website", "site", "media", "newspaper", "paper", "outlet", "model",
    "projection", "forecast", "review", "audit", "investigation", "assessment", "briefing",
    "bulletin", "update", "tracker", "service", "council", "administration", "governor",
    "mayor", "president", "minister", "secretary", "general", "commander", "chief"}
NOT_FIGURE_BEFORE = {"page", "section", "article", "chapter", "paragraph", "resolution", "no",
                     "number", "aged", "age", "room", "flight", "route", "platform", "line",
                     "covid", "phase", "level", "grade", "tier", "category", "class", "g"}
PARTICIPLES = {"shoot": "shot", "hit": "hit", "lose": "lost", "strike": "struck",
               "bring": "brought", "take": "taken", "give": "given", "make": "made",
               "send": "sent", "fight": "fought", "hold": "held", "drive": "driven",
               "fly": "flown", "build": "built", "spend": "spent", "lead": "led",
               "leave": "left", "win": "won", "throw": "thrown", "fall": "fallen",
               "catch": "caught", "buy": "bought", "see": "seen", "find": "found",
               "put": "put", "set": "set", "begin": "begun", "break": "broken",
               "get": "got", "pay": "paid", "say": "said", "sell": "sold", "keep": "kept",
               "cut": "cut", "raise": "raised", "seize": "seized", "go": "gone",
               "come": "come", "run": "run", "grow": "grown", "rise": "risen",
               "draw": "drawn", "write": "written", "hide": "hidden", "tell": "told"}
# Nouns of time: a figure that counts them is a duration, which belongs to times[].
TIME_NOUNS = {"second", "minute", "hour", "day", "night", "week", "fortnight", "month",
              "year", "decade", "century", "weekend"}
# Nouns that count people or things in the singular: "2,500 personnel", "300 staff".
COLLECTIVE = {"personnel", "staff", "police", "people", "infantry", "artillery", "cattle",
              "livestock", "equipment", "ammunition", "aircraft", "military", "crew",
              "troop", "youth", "clergy", "offspring", "fish", "sheep", "deer", "series",
              "species", "head", "percent", "per", "cent"}
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
# Prepositions that put a place under what happened: "at Odesa", "in the direction of Pokrovsk".
PLACE_PREPS = {"near", "in", "over", "at", "around", "outside", "on", "across", "into",
               "towards", "toward", "inside", "along", "off", "including"}
EVENT_NOUNS = {"summit", "talk", "talks", "meeting", "visit", "conference", "attack", "strike",
               "offensive", "assault", "bombing", "shelling", "raid", "protest", "rally",
               "agreement", "accord", "deal", "ceasefire", "negotiation", "trip"}
AREA_NOUNS = {"direction", "outskirts", "region", "area", "city", "centre", "center", "suburb",
              "village", "town", "oblast", "province", "part", "south", "north", "east", "west",
              "vicinity", "district", "port", "border", "coast"}
DIGITS = re.compile(r"^\d[\d,.]*(?:k|m|mn|bn|tn)?$", re.IGNORECASE)
ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                     r"eighth|ninth|tenth|eleventh|twelfth|\w+(?:ieth|teenth))$", re.IGNORECASE)
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k",
               "tn"}
VAGUE_WORDS = {"dozen", "dozens", "scores", "hundreds", "thousands", "millions", "tens"}
# Words before a figure that qualify it; longest first.
QUALIFIER_WORDS = frozenset({
    "some", "about", "around", "approximately", "roughly", "nearly", "almost", "an estimated",
    "close to", "circa", "just under", "just over", "more than", "over", "at least",
    "in excess of", "upwards of", "no fewer than", "no less than", "up to", "fewer than",
    "less than", "under", "at most", "no more than", "as many as", "between", "a total of",
    "a", "an", "only", "just", "all",
})
CURRENCIES = {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₴": "UAH",
              "₽": "RUB", "dollar": "USD", "euro": "EUR", "pound": "GBP", "rouble": "RUB",
              "ruble": "RUB", "hryvnia": "UAH", "yuan": "CNY", "yen": "JPY"}


_FRACTION = re.compile(r"^(?:a |one )?(quarter|half|third)(?: of)?(?: a| one)? "
                       r"(thousand|million|billion|trillion)$")
_FRACTIONS = {"quarter": 0.25, "half": 0.5, "third": 1 / 3}


def parse_value(text: str) -> tuple[float, float | None, str] | None:
    """(value, value_max, qualifier) of a number expression, or None."""
    t = re.sub(r"\s+", " ", text.strip().lower().replace("–", "-").replace("—", "-"))
    t = re.sub(r"\b(?:a )?couple(?: of)? dozen\b", "24", t)
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
    fraction = _FRACTION.match(t)
    if fraction:  # "a quarter of a million"
        return _FRACTIONS[fraction.group(1)] * SCALES[fraction.group(2)], None, qualifier
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


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


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


def _currency(span: Span, noun: Token | None) -> str | None:
    for t in span:
        if t.lower_ in CURRENCIES:
            return CURRENCIES[t.lower_]
    if noun is not None and noun.lemma_.lower() in CURRENCIES:
        return CURRENCIES[noun.lemma_.lower()]
    return None


# Participles that can only have befallen people: "12 wounded", "at least 30 killed".
HARMED = {"kill", "wound", "injure", "hurt", "maim", "abduct", "kidnap", "arrest", "detain",
          "evacuate", "displace", "rescue", "execute", "behead"}


def _counted(span: Span, label: str) -> tuple[str | None, str | None, str | None, Token | None]:
    """(unit, measure head, verb phrase, counted noun) for a figure:
    "121 precision-guided glide bombs" -> ("precision-guided glide bomb", "glide bombs", …);
    "hundreds of people were evacuated" -> ("person", "people", "evacuated", people)."""
    doc = span.doc
    # the number that counts the noun: "between 30 and 40 tanks" hangs "30" on "tanks"
    tok = next((t for t in reversed(span) if t.dep_ in ("nummod", "quantmod")
                and t.head.i >= span.end), span[-1])
    noun = None
    verb_of = None  # the token whose governing verb says what happened to the counted things
    if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.i >= span.end:
        noun = verb_of = tok.head
    elif tok.head.pos_ == "NOUN" and 0 < tok.head.i - tok.i <= 4:
        noun = verb_of = tok.head
    elif span.end < len(doc) and doc[span.end].lower_ == "of":
        # "hundreds of people", "40 of the drones"
        obj = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not _is_number(obj) \
                and obj.ent_type_ not in NAME_LABELS:
            noun, verb_of = obj, tok
    if label == "PERCENT":
        # "74 percent of likely voters": a share, whose whole is what it measures
        whole = noun if verb_of is tok else None
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass", "nsubj") else None
        head = " ".join(t.lower_ for t in doc[whole.left_edge.i:whole.i + 1]
                        if t.dep_ not in ("det", "poss") and not t.is_punct) \
            if whole is not None else None
        return "percent", head, _verb_phrase(verb), None
    currency = _currency(span, noun) if label == "MONEY" or noun is not None else None
    if noun is not None and currency and noun.lemma_.lower() in CURRENCIES:
        noun = None  # "2 billion euros": the euros are the unit, not a counted thing
    if noun is None and not currency and tok.dep_ in ("nsubj", "nsubjpass") and (
            tok.head.lemma_.lower() in HARMED and tok.head.tag_ == "VBN"):
        # "two were killed and 12 wounded": the wounded are people
        return "people", "people", _verb_phrase(tok.head), None
    if noun is None or noun.lower_ in ("percent", "per"):
        unit = currency or ("percent" if label == "PERCENT" or noun is not None else None)
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass", "nsubj") else None
        return unit, None, _verb_phrase(verb), None
    first_mod = noun.left_edge.i if verb_of is tok else span.end
    mods = [c for c in noun.lefts if c.i >= first_mod and c.dep_ in ("compound", "amod", "nmod")
            and c.ent_type_ != "NORP" and c.lower_ not in NOT_UNIT]
    start = max(min([m.left_edge.i for m in mods], default=noun.i), span.end)
    words = [t.text for t in doc[start:noun.i] if t.dep_ != "det"]
    unit = " ".join([*words, noun.lemma_.lower()]).replace(" - ", "-")
    also = next((c for c in noun.children if c.dep_ == "conj" and c.tag_ == "NNS"
                 and not any(g.dep_ == "nummod" for g in c.children)), None)
    if also is not None and also.i - noun.i <= 4:  # "soldiers and police officers"
        more = [t.text for t in doc[also.left_edge.i:also.i] if t.dep_ == "compound"]
        unit += " and " + " ".join([*more, also.lemma_.lower()])
    compounds = [c.text.lower() for c in noun.lefts if c.dep_ == "compound" and c.i >= span.end]
    plural = noun.lower_ if noun.tag_ in ("NNS", "NNPS") else _plural(noun.lemma_.lower())
    first = verb_of
    while first.dep_ == "conj" and first.head.i != first.i:  # "drones and 6,000 shells"
        first = first.head
    verb = first.head if first.dep_ in ("dobj", "nsubjpass") else None
    if first.dep_ == "pobj" and span.start <= first.head.i < span.end:
        verb = first.head.head  # parsed as "[Between] 30 and 40 tanks" under the verb
    if verb is None or verb.pos_ != "VERB":
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    return currency or unit, " ".join([*compounds, plural]), _verb_phrase(verb), noun


def _skip(doc: Doc, ent: Span) -> bool:  # noqa: C901
    if any(t.ent_type_ in NAME_LABELS for t in ent):
        return True
    prev = doc[ent.start - 1] if ent.start > 0 else None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ == "JJS":
        return True  # "the world's two biggest polluters": the ones meant, not a count
    if nxt is not None and nxt.lemma_.lower() == "figure" and ent.text.lower() in WORDS:
        return True  # "six figures": a size, not a count
    if ent.text.lower() == "zero" and (nxt is None or nxt.tag_ != "NNS"):
        return True  # "from zero", "Zero Hedge"
    if prev is not None and (prev.lower_ in ("aged", "age", "ages") or prev.lower_ == "of"
                             and ent.start >= 2 and doc[ent.start - 2].lower_ == "ages"):
        return True  # "between the ages of 17 and 20"
    if prev is not None and prev.lower_.rstrip(".") in NOT_FIGURE_BEFORE:
        return True
    if prev is not None and prev.is_upper and prev.is_alpha and prev.whitespace_ == "":
        return True  # "G7"
    if nxt is not None and nxt.lower_ in ("year", "years") and after is not None and (
            after.text in ("old", "-")):
        return True  # ages: "45 years old"
    if nxt is not None and nxt.text == "-" and after is not None and after.lower_ in (
            "year", "years", "month", "day", "week", "hour", "minute"):
        return True  # "45-year-old", "a 24-hour truce"
    if (prev is not None and prev.text in (",", "(") and ent.start >= 2
            and (doc[ent.start - 2].ent_type_ in NAME_LABELS or doc[ent.start - 2].pos_ == "PROPN")
            and len(ent) == 1 and ent.text.isdigit() and int(ent.text) < 120
            and (nxt is None or nxt.text in (",", ")", ".", ";"))):
        return True  # "Donald Trump, 78, said": an age
    if PHONE.match(ent.text) and sum(c.isdigit() for c in ent.text) >= 7 and " " in ent.text:
        return True
    if prev is not None and prev.lower_ in ("the", "these", "those", "both") \
            and ent.text.lower() in WORDS and WORDS[ent.text.lower()] <= 12:
        return True  # "the two allies": the ones already named, not a count
    if ent.text.lower() == "one" and (nxt is None or nxt.pos_ != "NOUN" or nxt.tag_ == "NN"
                                      or not nxt.lower_.endswith("s")):
        return True  # "one aggressor", "one of them": a word, not a figure
    return bool(re.match(r"^(?:19|20)\d\d$", ent.text))  # a year the model did not call DATE


def _is_number(tok: Token) -> bool:
    if not (tok.like_num or tok.text[:1].isdigit() or tok.lower_ in VAGUE_WORDS):
        return False
    if tok.ent_type_ == "ORDINAL" or ORDINAL.match(tok.text):
        return False
    return bool(tok.like_num or DIGITS.match(tok.text) or tok.lower_ in VAGUE_WORDS)


class _Blocked:
    """Tokens that are part of a time or a name, so never a figure."""

    def __init__(self, doc: Doc, analysis: Analysis):
        self.spans = sorted((t.start, t.end) for t in analysis.times)
        self.starts = [s for s, _ in self.spans]
        self.doc = doc

    def __call__(self, tok: Token) -> bool:
        if tok.ent_type_ in NAME_LABELS:
            return True
        k = bisect.bisect_right(self.starts, tok.idx) - 1
        if k >= 0 and tok.idx < self.spans[k][1]:
            return True
        if tok.ent_type_ in ("DATE", "TIME"):
            # an entity the model called a date but which names no time ("Between 30 and
            # 40 tanks") is a figure; a real one ("24 hours", "2020") is not
            start = tok.i
            while start > 0 and tok.doc[start].ent_iob_ == "I":
                start -= 1
            end = tok.i + 1
            while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
                end += 1
            return is_temporal(tok.doc[start:end].text)
        return False


def _qualifier_before(doc: Doc, i: int) -> int:
    """Index of the first token of a qualifier phrase ending just before token ``i``."""
    before = [doc[j].lower_ for j in range(max(0, i - 3), i)]
    for k in (3, 2, 1):
        if len(before) >= k and " ".join(before[-k:]) in QUALIFIER_WORDS:
            if k == 1 and before[-1] in ("a", "an") and doc[i].lower_ not in (
                    "dozen", "hundred", "thousand", "million", "billion"):
                return i
            return i - k
    return i


def figures(doc: Doc, analysis: Analysis) -> list[tuple[Span, str]]:
    """Figure spans with a label (CARDINAL, MONEY, PERCENT): a run of number tokens with the
    qualifier and currency before it and the scale, percent sign or range after it."""
    blocked = _Blocked(doc, analysis)
    out: list[tuple[Span, str]] = []
    n, i = len(doc), 0
    while i < n:
        tok = doc[i]
        if not _is_number(tok) or blocked(tok):
            i += 1
            continue
        start, end = i, i + 1
        while start > 0 and (doc[start - 1].is_currency or doc[start - 1].lower_ == "us$"):
            start -= 1
        start = _qualifier_before(doc, start)
        while start > 0 and doc[start - 1].is_currency:  # "some $40m"
            start -= 1
        between = doc[start].lower_ == "between"
        while end < n:
            t = doc[end]
            nxt = doc[end + 1] if end + 1 < n else None
            if (_is_number(t) and not blocked(t)) or t.lower_ in SCALE_WORDS or t.text == "%" \
                    or t.lower_ in ("percent", "per-cent"):
                end += 1
            elif t.lower_ == "per" and nxt is not None and nxt.lower_ == "cent":
                end += 2
            elif nxt is not None and _is_number(nxt) and not blocked(nxt) and (
                    t.text in ("-", "–", "to", "or") or t.lower_ == "and" and between
                    or t.lower_ == "of" and doc[end - 1].lower_ in ("tens", "hundreds")):
                end += 2  # "30-40", "between 30 and 40", "tens of thousands"
            elif t.is_currency and nxt is not None and DIGITS.match(nxt.text) and (
                    doc[end - 1].text in ("-", "–", "to")):
                end += 2  # "$30-$40"
            elif t.text in ("-", "–", "to") and nxt is not None and nxt.is_currency \
                    and end + 2 < n and DIGITS.match(doc[end + 2].text):
                end += 1  # "$500 to $2,000": the currency and digits come next
            else:
                break
        span = doc[start:end]
        i = end
        if _skip(doc, span):
            continue
        words = {t.lower_ for t in span}
        if words & {"%", "percent", "per-cent", "cent"}:
            label = "PERCENT"
        elif any(t.is_currency or t.lower_ == "us$" for t in span) or any(
                t.ent_type_ == "MONEY" for t in span):
            label = "MONEY"
        else:
            label = "CARDINAL"
        out.append((span, label))
    return out


def _parse(text: str) -> tuple[float, float | None, str] | None:
    parsed = parse_value(text)
    if parsed is not None:
        return parsed
    t = re.sub(r"^(?:some|about|around|nearly|almost|more than|over|at least)\s+", "",
               text.strip().lower())
    t = re.sub(r"\s+of$", "", t)
    if t in VAGUE_VALUE:  # "hundreds", "tens of thousands": at least that many
        return VAGUE_VALUE[t], None, "at_least"
    return None


class Spans:
    """Rows ``(start, end, ...)`` sorted by start, found by offset in logarithmic time."""

    def __init__(self, rows):
        self.rows = sorted(rows, key=lambda r: (r[0], r[1]))
        self.starts = [r[0] for r in self.rows]
        self.longest = max((r[1] - r[0] for r in self.rows), default=0)

    def overlapping(self, left: int, right: int) -> list[tuple]:
        lo = bisect.bisect_left(self.starts, left - self.longest)
        hi = bisect.bisect_left(self.starts, right)
        return [r for r in self.rows[lo:hi] if r[0] < right and r[1] > left]

    def starting_in(self, left: int, right: int) -> list[tuple]:
        return self.rows[bisect.bisect_left(self.starts, left):
                         bisect.bisect_left(self.starts, right)]


class _Claimants:
    def __init__(self, analysis: Analysis):
        self.mentions = Spans((m.start, m.end, e.id, e.type) for e in analysis.entities
                              for m in e.mentions if e.type in ("PERSON", "ORG", "GPE", "NORP"))
        self.people = sorted((m.start, m.end, e.id) for e in analysis.entities
                             if e.type == "PERSON" for m in e.mentions)
        self.people_starts = [m[0] for m in self.people]
        self._cache: dict[tuple[int, int], list] = {}

    def _last_subject(self, doc: Doc, before: int) -> str | None:
        """The person last named as the subject of a clause before an offset: the one a
        later "he said" most likely means (not one named in passing: "Putin's forces")."""
        k = bisect.bisect_left(self.people_starts, before) - 1
        while k >= 0:
            start, end, pid = self.people[k]
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in span):
                return pid
            k -= 1
        return None

    def attribution(self, sent: Span) -> tuple[str | None, str | None, str | None, bool]:
        """(entity id, text, hedge, whether it carries on to the next sentence): the
        sentence's first attribution."""
        found = self.candidates(sent)
        return found[0][2] if found else (None, None, None, False)

    def for_figure(self, sent: Span, figure: Span) -> tuple | None:
        """The attribution of one figure: the cue whose clause holds it ("the report says
        … 537 of which …"), else the nearest one in the sentence."""
        found = self.candidates(sent)
        if not found:
            return None
        by_token = {anchor: attr for anchor, _, attr in found}
        child = figure.root
        for tok in figure.root.ancestors:
            # "74 percent of voters said": a figure that is the cue's subject is no report
            if tok.i in by_token and child.dep_ not in ("nsubj", "nsubjpass"):
                return by_token[tok.i]
            child = tok
        return min(found, key=lambda f: min(abs(f[1] - figure.start), abs(f[1] - figure.end)))[2]

    def candidates(self, sent: Span) -> list[tuple[int, int, tuple]]:
        """Every attribution in a sentence as (the token heading its clause, the token of
        its cue, (entity id, text, hedge, carries on)), in the order of the sentence.

        An attribution carries on when it frames its whole sentence ("…, Ukraine said";
        "According to the ministry, …"), not when its cue sits in a clause of its own
        ("Readers may not let editorials tell them how to vote")."""
        key = (sent.start, sent.end)
        if key in self._cache:
            return self._cache[key]
        out: list[tuple[int, int, tuple]] = []
        for i, t in enumerate(sent):
            if t.lower_ == "according" and i + 1 < len(sent) and sent[i + 1].lower_ == "to":
                obj = next((c for c in sent[i + 1].children if c.dep_ == "pobj"), None)
                if obj is not None and self._source(obj):  # not "according to his BMI"
                    # its clause is the verb it modifies
                    out.append((t.head.i if t.head.pos_ in ("VERB", "AUX") else t.i, t.i,
                                (*self._entity(obj), "reported", True)))
        for cue in sent:
            if cue.lemma_ not in ATTRIBUTION or not (cue.pos_ == "VERB" or _noun_verb(cue)):
                continue
            before = cue.doc[cue.left_edge.i - 1] if cue.left_edge.i > sent.start else None
            frames = cue.dep_ in ("ROOT", "parataxis") or (
                cue.dep_ in ("ccomp", "conj", "advcl") and cue.head.dep_ == "ROOT"
                and cue.i > cue.head.i and before is not None and before.is_punct)
            if cue.pos_ != "VERB":  # "The Ukrainian military claims": its modifiers are the subject
                left = cue.left_edge
                out.append((cue.i, cue.i, (*self._entity(cue, left.idx, cue.idx),
                                    ATTRIBUTION[cue.lemma_], True)))
                continue
            subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and cue.lemma_ in EVIDENCE_CUES and not self._source(subj):
                continue
            if subj is not None and subj.lower_ in ("which", "who", "that"):
                # "the police department, which reported …": the noun phrase before it
                head = cue.head if cue.dep_ == "relcl" else _noun_before(subj)
                if head is not None:
                    out.append((cue.i, cue.i, (*self._entity(head, head.left_edge.idx,
                                                      head.idx + len(head)),
                                        ATTRIBUTION[cue.lemma_], False)))
            elif subj is not None and subj.lower_ not in ("it", "there"):
                out.append((cue.i, cue.i,
                            (*self._entity(subj), ATTRIBUTION[cue.lemma_], frames)))
        for noun in sent:
            # "Donald Trump's claim that …", "a New York Times report that …": the noun's
            # owner is the source of what its clause says
            hedge = CLAIM_NOUNS.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
            if hedge is None:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None:
                out.append((noun.i, noun.i, (*self._entity(owner, owner.left_edge.idx,
                                                             owner.idx + len(owner)),
                                             hedge, False)))
                continue
            names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if names:
                left = min(c.left_edge.idx for c in names)
                out.append((noun.i, noun.i, (*self._entity(names[-1], left, noun.idx),
                                             hedge, False)))
        out.sort(key=lambda f: f[1])
        self._cache[key] = out
        return out

    def person_acts(self, sent: Span) -> bool:
        """Whether a named person is the subject of the sentence ("Stumpf tried …"), or
        somebody finds or shows: the writer tells what they did; the last sentence's source
        does not."""
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and sent.root.lemma_ in EVIDENCE_CUES:
            return True  # "Soldiers found 14 bodies": the finders tell it themselves
        return subj is not None and any(
            s <= subj.idx < e for s, e, _ in self.people[
                max(0, bisect.bisect_left(self.people_starts, subj.idx) - 1):
                bisect.bisect_right(self.people_starts, subj.idx)])

    def _source(self, tok: Token) -> bool:
        """Whether a noun can be a source: a name, or a word for a body of evidence."""
        if self.mentions.overlapping(tok.idx, tok.idx + len(tok)) or tok.pos_ == "PROPN":
            return True
        return tok.lemma_.lower() in SOURCE_NOUNS or tok.lower_ in ("he", "she", "they")

    def _entity(self, tok: Token, left: int | None = None,
                right: int | None = None) -> tuple[str | None, str]:
        if left is None:
            left, right = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        text = doc_text(tok.doc)[left:right].strip()
        # (not a place that says where the claimants are: "officials in Odesa", as for
        # the speakers of quotes)
        inside = [m for m in self.mentions.overlapping(left, right)
                  if m[3] != "GPE" or not where_of(tok, m[0])]
        head = [m for m in inside if m[0] <= tok.idx < m[1]]
        pick = (head or inside or [(0, 0, None)])[0]
        if pick[2] is None and tok.lower_ in ("he", "she", "his", "her"):
            # "he said": the person last named as a subject before the pronoun
            found = self._last_subject(tok.doc, tok.idx)
            if found is not None:
                return found, text
        return pick[2], text


def _noun_verb(tok: Token) -> bool:
    """A verb the small parser took for a noun: "the military claims to have …"."""
    return tok.tag_ == "NNS" and any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)


class PlaceIndex:
    """Place mentions by offset, to find the place of what a sentence reports."""

    def __init__(self, doc: Doc, analysis: Analysis, precisions: set[str] | None = None):
        self.doc = doc
        self.mentions = sorted(
            (m.start, m.end, p.id) for p in analysis.places for m in p.mentions
            if precisions is None or p.precision in precisions)
        self.starts = [m[0] for m in self.mentions]

    def place(self, sent: Span, after: int, avoid: tuple[int, int] = (0, 0),
              exclude: list[tuple[int, int]] = (),
              within: tuple[int, int] | None = None) -> str | None:
        """The place where something in ``sent`` happened: one named after a locative
        preposition ("at Odesa", "in the direction of Pokrovsk") or as the object of a
        verb ("attacked Kharkiv"), nearest after ``after``. One inside ``avoid`` (the
        claimant: "local officials in Odesa said") only if there is no other; none inside
        ``exclude`` (an actor, a target that is not a place), and only inside ``within``
        if given (a clause). Owners and subjects ("Ukraine's air force", "Russia fired")
        are not where it happened."""
        best = None
        lo_char, hi_char = within or (sent.start_char, sent.end_char)
        lo = bisect.bisect_left(self.starts, lo_char)
        hi = bisect.bisect_left(self.starts, hi_char)
        for start, end, pid in self.mentions[lo:hi]:
            if any(a <= start < b for a, b in exclude):
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            rank = _locative(span.root) if span is not None else None
            if rank is None:
                continue
            if avoid[0] <= start < avoid[1]:
                rank = 2
            key = (rank, start < after, abs(start - after))
            if best is None or key < best[0]:
                best = (key, pid)
        return best[1] if best else None


    def all_in(self, within: tuple[int, int], exclude: list[tuple[int, int]] = ()
               ) -> list[str]:
        """Every place named where something happened inside a clause, in text order:
        "aimed at towns in the south, among them Kherson, Mykolaiv and Zaporizhzhia"."""
        lo = bisect.bisect_left(self.starts, within[0])
        hi = bisect.bisect_left(self.starts, within[1])
        found: list[str] = []
        for start, end, pid in self.mentions[lo:hi]:
            if any(a <= start < b for a, b in exclude) or pid in found:
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and _locative(span.root) == 0:
                found.append(pid)
        return found


def _locative(tok: Token) -> int | None:
    """0 if a place word stands where something happened ("at Odesa", "in the direction
    of Pokrovsk", "the Kharkiv region", the object of a verb), 1 where it came from or
    went to, None otherwise (a subject, an owner, "support for Kyiv")."""
    for _ in range(4):  # "Odesa, Sumy and Kharkiv regions": up to the phrase's head
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in EVENT_NOUNS:
            return 0  # "the London summit", "his Washington visit"
        if tok.dep_ not in ("conj", "appos", "compound", "nmod") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ in ("dobj", "npadvmod") and tok.head.pos_ == "VERB" \
            and tok.head.lemma_ not in ATTRIBUTION:
        return 0  # "attacked Kharkiv", "visits Washington" (parsed as a modifier)
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in AREA_NOUNS and \
            prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in the direction of Pokrovsk", "on the outskirts of Sumy"
    if prep.lower_ in PLACE_PREPS:
        return 0
    if prep.lower_ in ("from", "to"):
        return 1  # where it came from or went to: "flew to Washington for talks"
    return None


def _time_in(times: Spans, sent: Span) -> str | None:
    """The first date or time named in the sentence."""
    for row in times.starting_in(sent.start_char, sent.end_char):
        return row[2]
    return None


@extractor("claims")
def extract_claims(doc: Doc, analysis: Analysis) -> Analysis:
    claimants = _Claimants(analysis)
    quotes = Spans((q.start, q.end, q.speaker, q.speaker_text) for q in analysis.quotes
                   if q.kind in ("direct", "partial"))
    places = PlaceIndex(doc, analysis)
    times = Spans((t.start, t.end, t.id) for t in analysis.times if t.type in ("DATE", "TIME"))
    claims: list[Claim] = []
    counted: list[tuple[str | None, str | None]] = []  # (measure head, verb) per claim
    by_sent: dict[int, tuple] = {}
    for ent, label in figures(doc, analysis):
        parsed = _parse(ent.text)
        if parsed is None:
            continue
        value, value_max, qualifier = parsed
        if not (math.isfinite(value) and value < 1e15) or value_max is not None and not (
                math.isfinite(value_max) and value_max < 1e15):
            continue  # a digit string, not a figure anyone reported
        sent = ent.sent
        if sent.start not in by_sent:
            found = claimants.attribution(sent)
            if found[0] is None and found[1] is None:
                found = _previous_claimant(doc, sent, claimants, by_sent)
            by_sent[sent.start] = found
        own = claimants.for_figure(sent, ent)
        claimant, claimant_text, hedge, _ = own or by_sent[sent.start]
        quoted = next((q for q in quotes.overlapping(ent.start_char, ent.end_char)
                       if q[0] <= ent.start_char and ent.end_char <= q[1]), None)
        if claimant is None and claimant_text is None and quoted is not None \
                and quoted[2] is not None and quoted[3] not in ("which", "who", "that"):
            # a figure inside quoted words, with no source of its own, is the speaker's
            claimant, claimant_text, hedge = quoted[2], quoted[3], hedge or "reported"
        unit, head, verb, noun = _counted(ent, label)
        if noun is not None and not _counts(noun, ent, label, value):
            continue
        end = noun.idx + len(noun) if noun is not None and noun.i >= ent.end else ent.end_char
        if claimant_text and _overlaps(doc, ent, noun, claimant_text):
            # "74 percent of likely voters said": the figure's own phrase is no source
            claimant, claimant_text, hedge = None, None, None
        period = PERIOD.search(sent.text)
        counted.append((head, verb))
        claims.append(Claim(
            id=f"c{len(claims) + 1}", value=value, value_max=value_max, qualifier=qualifier,
            unit=unit, claimant=claimant, claimant_text=claimant_text,
            hedge=hedge, period=period.group(0) if period else None,
            time=_time_in(times, sent),
            place=places.place(sent, ent.start_char, _within(sent, claimant_text)),
            text=doc_text(doc)[ent.start_char:end], start=ent.start_char, end=end,
            measure=" ".join(x for x in (head, verb) if x) or None,
            post=post_at(analysis, ent.start_char),
        ))
    linked = _link_parts(doc, claims, counted)
    # a bare number whose counted thing cannot be found says nothing anyone can use
    kept = [c for c in linked if c.unit or c.part_of]
    renumber = {c.id: f"c{k + 1}" for k, c in enumerate(kept)}
    kept = [c.model_copy(update={"id": renumber[c.id],
                                 "part_of": renumber.get(c.part_of) if c.part_of else None})
            for c in kept]
    return analysis.model_copy(update={"claims": kept})


def _counts(noun: Token, ent: Span, label: str, value: float) -> bool:
    """Whether a figure counts its noun: not a duration ("90-plus minutes": a time), nor a
    number that names one thing ("a 911 caller", "the 747 jet")."""
    lemma = noun.lemma_.lower()
    if lemma in TIME_NOUNS and label != "MONEY":
        return False
    if label == "CARDINAL" and value > 1 and noun.tag_ == "NN" and noun.i == ent.end \
            and lemma not in COLLECTIVE and not noun.lower_.endswith("s"):
        return False
    return True


def _overlaps(doc: Doc, ent: Span, noun: Token | None, claimant_text: str) -> bool:
    """Whether the claimant's words are the figure's own noun phrase."""
    sent = ent.sent
    k = sent.text.find(claimant_text)
    if k < 0:
        return False
    left = sent.start_char + k
    right = left + len(claimant_text)
    phrase_end = noun.idx + len(noun) if noun is not None else ent.end_char
    return left < phrase_end and ent.start_char < right


def _within(sent: Span, part: str | None) -> tuple[int, int]:
    """Character span of ``part`` inside the sentence, or an empty one."""
    k = sent.text.find(part) if part else -1
    return (sent.start_char + k, sent.start_char + k + len(part)) if k >= 0 else (0, 0)


def _noun_before(tok: Token) -> Token | None:
    """The noun right before a relative pronoun, a comma between allowed."""
    k = tok.i - 1
    if k >= 0 and tok.doc[k].is_punct:
        k -= 1
    if k >= 0 and tok.doc[k].pos_ in ("NOUN", "PROPN"):
        return tok.doc[k]
    return None


def _previous_claimant(doc: Doc, sent: Span, claimants: _Claimants, by_sent: dict):
    """The attribution of the sentence before, when both sit in one paragraph and it frames
    that whole sentence."""
    if sent.start == 0:
        return None, None, None, False
    prev = doc[sent.start - 1].sent
    between = doc_text(doc)[prev.start_char:sent.start_char]
    if "\n" in between[len(between.rstrip()):]:
        return None, None, None, False  # a line break: another paragraph, another report
    found = by_sent.get(prev.start) or claimants.attribution(prev)
    if not found[3] or claimants.person_acts(sent):
        return None, None, None, False
    return found


_OF_WHICH = re.compile(r"\s*of (?:which|them|those|these)\b")
# verbs that say only that the counted things were there: "33 of which came near Pokrovsk"
LIGHT_VERBS = {"come", "came", "be", "was", "were", "take", "took", "taken", "happen",
               "happened", "occur", "occurred"}


def _link_parts(doc: Doc, claims: list[Claim], counted: list) -> list[Claim]:
    """"90 out of 166 drones": the part counts what its whole counts, and points at it;
    so does "110 clashes …, 33 of which …", whose whole comes before it in the sentence."""
    text = doc_text(doc)
    out: list[Claim] = []
    for i, c in enumerate(claims):
        nxt = claims[i + 1] if i + 1 < len(claims) else None
        prev = out[-1] if out else None
        whole, head = None, None
        if c.unit is None and nxt is not None \
                and re.fullmatch(r"\s*(?:out of|of)\s*", text[c.end:nxt.start]):
            whole, head = nxt, counted[i + 1][0]
        elif c.unit is None and prev is not None and prev.unit and _OF_WHICH.match(text, c.end) \
                and "\n" not in text[prev.end:c.start] and _same_sentence(doc, prev.start, c.start):
            whole, head = prev, counted[i - 1][0]
        if whole is not None:
            verb = counted[i][1] or counted[claims.index(whole)][1]
            if verb in LIGHT_VERBS:
                verb = None
            c = c.model_copy(update={"part_of": whole.id, "unit": whole.unit,
                                     "measure": " ".join(x for x in (head, verb) if x) or None})
        out.append(c)
    return out


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    span_a = doc.char_span(a, a + 1, alignment_mode="expand")
    span_b = doc.char_span(b, b + 1, alignment_mode="expand")
    return span_a is not None and span_b is not None and span_a.sent.start == span_b.sent.start
