"""Times: temporal expressions of the text as TIMEX3, anchored to their post.

Candidates are the spans of the rule finder (:func:`sitroom.extract.timex.find`, TimeML
extents: "the third quarter", "early December", "9 a.m. Tuesday") and the model's DATE and
TIME entities where no rule span overlaps them (a model entity holding two rule spans gives
way to them). The value comes from :func:`sitroom.extract.timex.normalize`, anchored to the
publication date of the post the expression sits in (else the document's), with the tense
of the verb it hangs on deciding the direction of bare weekdays and dates; expressions told
relative to a date named earlier ("later that year", "the following day") take that date;
in a results report, "the quarter", "the 1988 period" and "a year earlier" take the quarter
the report is about (the first one named within the year before the post), when a quarter
was named shortly before.
Without any publication date relative expressions keep no value (never a guess from the
clock). A relative day inside quoted speech is anchored to the day the text says the words
were spoken ("… tomorrow," he said on Tuesday); without one it keeps the post's date at a
lower ``confidence`` (said maybe a day before the post), as does a weekday no tense pointed.

Limits: a date entity of the model that names no time at all ("Between 30 and 40" tanks,
an age) is dropped, not kept valueless; apart from the anaphoric phrases above, times are
anchored to the publication date, not to a date named earlier ("on 12 February … two
days later"); words that are only sometimes times ("recent"; "the year" but after "for",
"of", "in") are left out; annotators' mixed conventions ("last week" as a week, a span
or a day) are not learned.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, datetime

from spacy.tokens import Doc, Span, Token

from ..model import Analysis, Time
from . import extractor
from ._text import doc_text, post_at
from .timex import find, in_a_name, is_temporal, normalize, relative_to

# In a results report, what a year before and "the quarter" compare are quarters: "profit
# rose in the third quarter from a year earlier", "the year-ago period", "in the quarter".
YEAR_BACK = re.compile(r"(?:a|one) year (?:ago|earlier|before)|(?:the )?(?:comparable )?"
                       r"year-(?:ago|earlier)(?: (?:quarter|period))?|last year's (?:fiscal )?"
                       r"(?:quarter|period)|the (?:(?:same|corresponding|comparable) )?(?:period|"
                       r"quarter) (?:of )?(?:last year|a year (?:ago|earlier))")
# ... when the quarter was named close before it: far off (another story, a background
# paragraph) "a year ago" is the year, as in any news
YEAR_BACK_REACH = 1000
SAME_QUARTER = re.compile(r"(?:the )?(?:latest |same |comparable )?(?:quarter|period)")
# "the 1988 quarter": the quarter just named, in another year
QUARTER_OF_YEAR = re.compile(r"(?:the )?((?:19|20)\d\d) (?:quarter|period)")
FUTURE_AUX = {"will", "'ll", "shall", "wo", "gonna"}
INTENT_VERBS = {"agree", "plan", "expect", "decide", "promise", "vow", "pledge", "hope",
                "want", "aim", "prepare", "schedule", "set", "intend", "due", "invite", "urge",
                "ask", "offer", "threaten", "propose", "seek", "try", "going", "go", "be"}
FUTURE_VERBS = {"expect", "plan", "schedule", "set", "due", "intend", "prepare", "aim"}
# A modal says nothing of past or future ("decided he should leave by Friday").
MODALS = {"should", "would", "could", "must", "may", "might", "can", "ought"}
# Words that open a deadline or a start: their date lies wherever it is nearest, whatever
# the tense of the telling ("gave them until 6 March", "a pact effective 1 June").
DEADLINE = {"by", "until", "till", "til", "through", "effective", "payable", "starting"}


def tense_of(span: Span) -> str | None:
    """"future", "past", "present" or None, from the verb the expression belongs to."""
    verb = span.root
    if _after_ahead_of(span):
        return "future"  # "ahead of the vote on Sunday", the parser's attachment aside
    if verb.head.lower_ in DEADLINE and verb.head.i != verb.i:
        # a deadline set in the past may lie either way; one told ahead lies ahead
        head = verb.head.head
        told = tense_of(span.doc[head.i:head.i + 1]) if head.i != verb.head.i else None
        return "future" if told == "future" else None
    if verb.head.lower_ == "since" and verb.head.i != verb.i:
        return "past"  # "thousands since January 1": whatever the verb, a day gone by
    while not _verb_like(verb) and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ == "NOUN" and not _verb_like(verb):
            if _ahead_of(verb):
                return "future"  # "tight security ahead of Friday's funeral"
            if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
                # "Friday's ruling angered them": an event told in the past is past
                return "past" if tense_of(span.doc[verb.i:verb.i + 1]) == "past" else None
            if WEEKDAY.fullmatch(span.text) and tense_of(span.sent.root.doc[
                    span.sent.root.i:span.sent.root.i + 1]) == "past":
                return "past"  # "shares traded Thursday" in a report told in the past
            return None  # "the summit on 6 March": the noun's time, not the verb's tense
    if not _verb_like(verb):
        return None
    chain = [verb, *verb.ancestors][:3]
    for v in chain:
        kids = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if "to" in kids and (v.tag_ == "VB" or v.dep_ == "xcomp"):
            # "agreed to hold a summit on 6 March" looks ahead of the agreeing; "went to
            # Kyiv to meet him on Monday" says nothing: the nearest Monday; a plan told in
            # the pluperfect is over ("had been due to expire Friday")
            if v.head.lemma_ not in INTENT_VERBS:
                return None
            plan = [v.head, v.head.head] if v.head.dep_ in ("acomp", "xcomp") else [v.head]
            head_aux = {c.lower_ for h in plan for c in h.children
                        if c.dep_ in ("aux", "auxpass")}
            return "past" if "had" in head_aux else "future"
        if kids & FUTURE_AUX or _plans(v):
            return "future"
        if kids & MODALS:
            return None
        if v.tag_ == "VBN" and v.dep_ == "acl" and not kids:
            return "past"  # a participle after its noun: "the record set on 6 August"
        if v.tag_ == "VBD" or kids & {"did", "had", "has", "have", "was", "were"} \
                and v.tag_ == "VBN":
            return "past"  # "was thrown out on 9 February", the passive too
        if kids & {"is", "are", "am", "'s", "'re", "'m"} and v.tag_ == "VBG":
            # "is hosting a summit on Sunday": a weekday in the present progressive is a
            # plan (a bare participle is not: "closing unchanged Friday")
            return "present"
        if v.tag_ in ("VBZ", "VBP") and v.dep_ == "advcl" and v.head.i != v.i:
            # "will report after the market closes on Tuesday": a clause of time tells the
            # future in the present; the verb it hangs on says which way
            return tense_of(v.doc[v.head.i:v.head.i + 1])
        if v.tag_ in ("VBZ", "VBP", "VBG") or kids & {"is", "are", "am"}:
            return None
    return None


def _verb_like(token: Token) -> bool:
    """A verb, or an infinitive the tagger took for a noun ("due to end on Friday")."""
    return token.pos_ in ("VERB", "AUX") or token.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _after_ahead_of(span: Span) -> bool:
    """Whether a time closes a short noun phrase after "ahead of" ("ahead of the funeral
    on Friday"), with no verb or comma between."""
    first = span.sent.start if span.doc.has_annotation("SENT_START") else 0
    window = span.doc[max(first, span.start - 7):span.start]
    for k in range(len(window) - 1, 0, -1):
        if window[k].pos_ in ("VERB", "AUX") or window[k].is_punct:
            return False
        if window[k].lower_ == "of" and window[k - 1].lower_ == "ahead":
            return True
    return False


def _ahead_of(noun: Token) -> bool:
    """Whether a noun is what something comes "ahead of" or "in the run-up to": news
    says so of an event still to come ("campaigning ended ahead of Sunday's vote")."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return True
    before = prep.doc[max(0, prep.i - 3):prep.i].text.lower().replace(" ", "")
    return prep.lower_ == "to" and before.endswith(("run-up", "lead-up", "build-up"))


def _plans(verb: Token) -> bool:
    """A verb of planning: "expects", "is scheduled for"; "set" only with what it sets
    ("set for Sunday", "set to expire"), not "a record set on Monday"."""
    if verb.lemma_ not in FUTURE_VERBS or verb.tag_ == "VBD":
        return False
    if verb.lemma_ != "set":
        return True
    return any(c.lower_ == "for" or c.dep_ == "xcomp" for c in verb.children)


def anchor_of(analysis: Analysis, offset: int) -> date | None:
    post = post_at(analysis, offset)
    stamps = [p.published for p in analysis.posts if p.id == post]
    for value in [*stamps, analysis.document.published]:
        if value and re.match(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value[:10])
    return None


def clock_of(analysis: Analysis, offset: int) -> datetime | None:
    """The date and time of day of the post holding ``offset`` (a live blog's "10:15"
    stamp), else of the document; None when neither has a time of day."""
    post = post_at(analysis, offset)
    stamps = [p.published for p in analysis.posts if p.id == post]
    for value in [*stamps, analysis.document.published]:
        if value and re.match(r"\d{4}-\d{2}-\d{2}", value):
            if re.match(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", value):
                return datetime.fromisoformat(value[:16])
            return None
    return None


# "three hours ago", "20 minutes from now": a point counted from the post's time of day
CLOCK_AGO = re.compile(r"(?i)\b(?:hours?|minutes?)\s+(?:ago|from\s+now)$")
# The confidence of a relative day inside quoted words: said maybe a day before the post.
QUOTED = 0.5
# Words the model tags as dates that news annotators (TimeML) rarely take as times.
VAGUE = {"previously", "soon", "recent", "future", "already", "years", "months", "days",
         "weeks", "decades", "hours", "minutes", "the day", "that day", "the time", "annually",
         "once", "then", "the year", "that year"}


FRACTION = re.compile(r"(?i)\b(?:an?|one|three) quarters?$")


def candidates(doc: Doc) -> list[Span]:
    """The rule finder's spans, and the model's DATE and TIME entities where no rule span
    overlaps them. A model entity that holds two rule spans ("the third quarter ended
    Sept. 30", "between 1994 and 1997") gives way to them."""
    text = doc_text(doc)
    rules = []
    for start, end in find(text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and (not rules or span.start >= rules[-1].end):
            rules.append(span)
    starts = [r.start for r in rules]
    out = list(rules)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.text.lower() in VAGUE or in_a_name(
                text, ent.start_char, ent.end_char):
            continue
        if ent.text.lower() == "quarterly" and ent.end < len(doc) and doc[ent.end].pos_ in (
                "NOUN", "ADJ"):
            continue  # "its quarterly dividend": the kind of payment, not a time
        if FRACTION.search(ent.text) and doc[ent.end:ent.end + 1].text == "of" and \
                not re.match(r"(?:a|the) century", doc[ent.end + 1:ent.end + 3].text.lower()):
            continue  # "more than a quarter of the market": a share, not three months
        if ent.start > 0 and doc[ent.start - 1].lower_ == "good" and ent.text.lower() in (
                "morning", "afternoon", "evening", "night", "day"):
            continue  # "Good evening from Kyiv": a greeting
        k = bisect.bisect_left(starts, ent.end)
        inside = [r for r in rules[max(0, k - 4):k] if r.end > ent.start]
        if not inside:
            out.append(ent)
        elif len(inside) == 1 and inside[0].start >= ent.start and inside[0].end <= ent.end \
                and len(ent) > len(inside[0]) and normalize(ent.text, None) is not None \
                and normalize(inside[0].text, None) is None:
            out[out.index(inside[0])] = ent  # the model read more of it than the rules
    return sorted(out, key=lambda s: s.start)


def _trim(span: Span) -> Span:
    """Drop a trailing possessive ("Thursday’s talks") and a leading verb the model took
    into a duration ("could last five weeks"), but not a participle that is part of the
    time ("coming years", "following day")."""
    start, end = span.start, span.end
    while end > start + 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    while end > start + 1 and span.doc[start].pos_ in ("VERB", "AUX") \
            and span.doc[start].lower_ not in ("coming", "following"):
        start += 1
    return span.doc[start:end]


WEEKDAY = re.compile(r"(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday")
# Values that depend on the anchor; explicit dates ("6 March 2025") and durations do not.
_ABSOLUTE = re.compile(r"(?:1[89]|20)\d\d|'\d0s")


# Verbs whose "one day" is how long: "will last one day", "could take one day".
LASTING = {"last", "take", "run", "spend", "need", "require", "wait", "stay", "remain", "give",
           "extend", "delay", "postpone", "suspend"}


def _day_to_come(span: Span, tense: str | None) -> bool:
    """Whether "one day" is some day ahead ("could one day lead", "the war will end one
    day", "hopes to return one day"), not a day long ("will last one day")."""
    if span.root.head.lemma_ in LASTING:
        return False
    if tense == "future" or span.start > 0 and span.doc[span.start - 1].lower_ in \
            MODALS | FUTURE_AUX:
        return True
    verb = span.root.head
    return any(c.lower_ in MODALS | FUTURE_AUX for c in verb.children if c.dep_ == "aux")


def _relative(value: str, text: str) -> bool:
    return not value.startswith("P") and not _ABSOLUTE.search(text)


def _in_quote(text: str, offset: int) -> bool:
    """Whether an offset sits inside quoted words of its paragraph: after an opening mark
    that no closing mark has answered."""
    start = text.rfind("\n", 0, offset) + 1
    before = text[start:offset]
    if before.rfind("\u201c") > before.rfind("\u201d"):
        return True
    return before.count('"') % 2 == 1


@extractor("times")
def extract_times(doc: Doc, analysis: Analysis) -> Analysis:
    times = []
    text = doc_text(doc)
    spans: list[Span] = []
    quarter = None  # the last quarter named, for "a year ago" in results reports
    report = None  # the first: the one a results report is about
    quarter_end = None  # where the last quarter was named
    last = None  # the last date named, for "later that year"
    for span in candidates(doc):
        span = _trim(span)
        anchor = anchor_of(analysis, span.start_char)
        tense = tense_of(span)
        found = relative_to(span.text, last) or normalize(span.text, anchor, tense)
        clock = CLOCK_AGO.search(span.text) and clock_of(analysis, span.start_char)
        if clock:
            found = normalize(span.text, clock, tense) or found
        if found and found[1] is None and last is None and anchor:
            # "the previous week" before any date is named: told from the post's day
            found = relative_to(span.text, anchor.isoformat()) or found
        if found is None:
            if span.label_ not in ("DATE", "TIME") or not is_temporal(span.text):
                continue  # "Between 30 and 40" tanks, an age: figures, not times
            kind, value = span.label_, None
        else:
            kind, value = found
        if value and kind in ("DATE", "TIME") and re.match(r"\d{4}(?:-\d\d){0,2}(?:T|$)", value):
            last = value
        lower = re.sub(r"\s+", " ", span.text.lower())
        if (report or quarter) and value and YEAR_BACK.fullmatch(lower) \
                and span.start_char - quarter_end <= YEAR_BACK_REACH:
            # results "a year earlier": the same quarter of the year before
            back = report or quarter
            value = f"{int(back[:4]) - 1}{back[4:]}"
        elif report and value and SAME_QUARTER.fullmatch(lower):
            value = report  # "the quarter": the one the report is about, fiscal or not
        elif report and (m := QUARTER_OF_YEAR.fullmatch(lower)):
            value = f"{m[1]}{report[4:]}"
        elif value and kind == "DATE" and re.fullmatch(r"\d{4}-Q\d", value) \
                and "year-" not in lower:
            quarter, quarter_end = value, span.end_char
            if report is None and _just_reported(value, anchor):
                report = value
        if span.text.lower() in ("one day", "some day") and _day_to_come(span, tense):
            kind, value = "DATE", "FUTURE_REF"  # "could one day lead": some day to come
        if span.text.lower() == "today" and _generic_today(span):
            kind, value = "DATE", "PRESENT_REF"  # "today's youth": these days, not the day
        if _PERIOD_ENDED.match(span.text) and span.end < len(doc) \
                and doc[span.end].lower_ in ("ended", "ending"):
            # "for the year ended June 30": a stretch of time, told by its last day; "the
            # quarter ended Sept. 30" is the quarter reported, a date as "the third quarter"
            if "quarter" not in span.text.lower():
                kind, value = "DURATION", "P1Y"
            elif end := _quarter_ending(text[span.end_char:], anchor):
                kind, value = "DATE", end
        confidence = 1.0
        if anchor and value and _relative(value, span.text):
            if _in_quote(text, span.start_char):
                confidence = QUOTED  # "tomorrow" as spoken, maybe a day before the post
            elif tense is None and kind != "SET" and WEEKDAY.search(span.text) or \
                    CLOCK_AGO.search(span.text) and not clock:
                confidence = 0.8  # no tense to point the weekday; hours told from a day
        times.append(Time(
            id=f"t{len(times) + 1}", text=span.text, start=span.start_char,
            end=span.end_char, type=kind, value=value,
            anchor=anchor.isoformat() if anchor else None, confidence=confidence,
        ))
        spans.append(span)
    times = _on_the_day_named(text, spans, _as_spoken(text, spans, times))
    return analysis.model_copy(update={"times": times})


_ENDED_ON = re.compile(r"\s+(end(?:ed|ing))\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
                       r"Dec)[a-z]*\.?\s+\d{1,2})\b")


def _quarter_ending(after: str, anchor: date | None) -> str | None:
    """The quarter that ends on the day after it ("the quarter ended July 31"): the one
    holding most of its three months (May to July: the second)."""
    m = _ENDED_ON.match(after)
    if m is None or anchor is None:
        return None
    found = normalize(m[2], anchor, "past" if m[1] == "ended" else None)
    if not found or not found[1] or not _DAY_VALUE.match(found[1]):
        return None
    months = int(found[1][:4]) * 12 + int(found[1][5:7]) - 1 - 2  # the quarter's first month
    return f"{months // 12}-Q{months % 12 // 3 + 1}"


def _just_reported(quarter: str, anchor: date | None) -> bool:
    """Whether a quarter ("1989-Q3") is the one a results report out on ``anchor`` is
    about: not ahead of the anchor's quarter, and not more than a year behind it."""
    if anchor is None:
        return False
    now = anchor.year * 4 + (anchor.month - 1) // 3
    ago = now - (int(quarter[:4]) * 4 + int(quarter[-1]) - 1)
    return 0 <= ago <= 4


_CLOCK_ONLY = re.compile(r"(?i)^(?:(?:about|around|at)\s+)?(?:\d{1,2}(?::\d\d)?\s*"
                         r"(?:a\.m\.?|p\.m\.?|am|pm|o'clock)|\d{1,2}:\d\d|noon|midday|midnight|"
                         r"\d{1,2}(?::\d\d)?\s+in\s+the\s+(?:morning|afternoon|evening)|"
                         r"\d{4}(?=\s*(?:GMT|UTC|local)))"
                         r"(?:\s*\(?[A-Z]{2,4}\)?|\s+local\s+time)?$")


def _days_beside(k: int, spans: list[Span], times: list[Time]):
    """(span, day value) of the other times in the k-th time's sentence that name a day: a
    date, or a time told with its day ("Thursday night", "4 a.m. Thursday")."""
    sent = spans[k].sent
    return [(other, u.value[:10]) for j, (other, u) in enumerate(zip(spans, times))
            if j != k and u.value and other.sent == sent and (
                _DAY_VALUE.match(u.value)
                or _DAY_TIME.match(u.value) and not _CLOCK_ONLY.match(other.text))]


def _on_the_day_named(text: str, spans: list[Span], times: list[Time]) -> list[Time]:
    """A bare clock time takes the day its sentence names ("at 10:35 a.m. on Friday", "the
    blast on 7 August … at 10:35 a.m."), not the post's."""
    out = list(times)
    for k, t in enumerate(times):
        if t.type != "TIME" or not t.value or not _CLOCK_ONLY.match(t.text):
            continue
        days = {day for _, day in _days_beside(k, spans, times)}
        if len(days) == 1:
            out[k] = t.model_copy(update={"value": days.pop() + t.value[10:]})
    return out


GENERIC_NOUNS = {"world", "youth", "society", "generation", "generations", "young", "children",
                 "kids", "teenagers", "economy", "technology", "standards", "culture", "politics",
                 "computers", "consumers", "families", "parents", "students", "workers", "women",
                 "men", "media", "science", "medicine", "music", "art", "warfare", "life"}


def _generic_today(span: Span) -> bool:
    """ "today's world", "today's youth": the present in general (TimeML's PRESENT_REF)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].tag_ != "POS":
        return False
    rest = doc[span.end + 1:span.end + 3]
    noun = next((t for t in rest if t.pos_ in ("NOUN", "PROPN")), None)
    return noun is not None and noun.lower_ in GENERIC_NOUNS


_PERIOD_ENDED = re.compile(r"(?i)^(?:the\s+)?(?:fiscal\s+)?(?:year|quarter)$")
SPEECH_VERBS = {"say", "tell", "speak", "add", "insist", "warn", "write", "declare",
                "announce", "post", "tweet"}
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")
_DAY_TIME = re.compile(r"\d{4}-\d\d-\d\dT")


def _as_spoken(text: str, spans: list[Span], times: list[Time]) -> list[Time]:
    """A relative day inside quoted words, re-anchored to the day the text says they were
    spoken: in '“We sign tomorrow,” he said on Wednesday' tomorrow is Thursday, whatever
    the post's date."""
    out = list(times)
    for k, t in enumerate(times):
        if t.confidence != QUOTED or not t.value:
            continue
        for other, day in _days_beside(k, spans, times):
            heads = (other.root, *other.root.ancestors)
            if _in_quote(text, other.start_char) or not any(
                    v.lemma_ in SPEECH_VERBS for v in heads):
                continue
            found = normalize(t.text, date.fromisoformat(day))
            if found and found[1]:
                out[k] = t.model_copy(update={"value": found[1], "anchor": day,
                                              "confidence": 0.9})
            break
    return out
