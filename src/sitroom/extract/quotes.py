"""Quotes: who said what, direct, partial or indirect, with the cue and the speaker.

Quote marks are paired by :mod:`.quotemarks` (every style news prints, one linear pass,
never raising); this module decides what each pair is and who said it.

A quoted span is

- *direct* when it holds a clause and stands as its own sentence ("…,” he said; he said:
  “…”) or a paragraph;
- *partial* when a few quoted words sit inside a reporting sentence (calling the plan a
  “trap dressed up as a truce”);
- left out when it is a scare quote: a short term with no verb (a US “backstop”).

Reported speech without quote marks ("Ms Kallas said she hoped for …") is *indirect*: the
clause a cue verb governs, the infinitive of a commitment ("refused [to testify]"), the
object of a speech act ("called for [a ceasefire]", "cited [the losses]", without whom it
was addressed to: "urged Congress [to act]", "accused X [of bias]") or of a stance ("backs
[a truce]", "wants [to run]"), the that-clause of a noun of saying ("X's claim [that …]"),
what a sentence opening with a poll reports ("In a new poll, [X leads]"), or the claim
of an attributive headline ("Jo Doe: Talks Will Resume"); a linking word opening the
clause ("but", "and") is left out, and a partial quote inside such a clause is reported
with it too.
The speaker is the subject of the cue (of a cue in the passive, its agent, else no one:
"it was revealed that …"), mapped to an entity: a pronoun goes to the person
last named before it; a quote with no cue keeps the speaker of the quote just before it
in its paragraph, else of the cue in the sentence before, else, opening a paragraph, of
the direct quote before it; an interrupted quotation ("“My hope,” she said, “is …”") is
one voice, but only when its first part opens the sentence and no sentence ends between
the parts. A quotation right after its cue and a comma or colon that ends the sentence is
direct whatever its length ("Jo Doe said, “Probably.”"), unless the cue is set off inside
the writer's sentence ("Instead, he said, “…”"). A subject the parser found inside a
quotation ("„Wir bleiben hier“, Olaf Scholz told …") is never the speaker; when the
parser gives the cue no subject, the words between the quote and the cue are the speaker
("“…,” Jo Doe, an aide, said"), or those after it up to an aside ("said Jo Doe, asked
about …").

Participle cues ("by saying", "stating:", "surprising allies by telling them") take the
subject of the clause they hang from; a paragraph ending in a colon gives its cue to the
quote paragraph after it; "“…” ― Name" is signed; "according to X, …" is X's (a
direct quote when the rest is one: "According to X, “…”"), and so is "“…,” according to
X"; "Name: “…”" is the name's (with a bracket or a title on its own line: "Sen. Jo Doe
(D-Vt.): “…”"; in a digest, the name after the dash: "Polls missed it - Jo Doe: “…”");
a transcript's turns ("TAPPER: …") are direct quotes of the name in capitals, also when
the whole transcript is printed as one long quotation.

Limits: role nouns as speakers ("the US president told reporters") are only as good as
the entity layer's aliases; pronouns go to the last person named as a subject, with no
gender or number agreement; single-quote ‘…’ quotations are not paired (they collide
with apostrophes); quoted single words after a cue ("dismissed it as a “provocation”")
are left out with the scare quotes.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from ..model import Analysis, Quote
from . import extractor
from ._text import doc_text, post_at, where_of
from .entities import ROLE_NOUNS, nationality_states
from .quotemarks import QuotePair, pair_quotes

# Who speaks for a state: "the Ukrainian general staff said", "Russian officials said".
STATE_VOICES = {"military", "army", "government", "ministry", "official", "force", "staff",
                "command", "spokesman", "spokeswoman", "spokesperson", "authority",
                "administration", "leadership", "embassy", "navy", "diplomat", "delegation",
                "envoy", "side", "president", "presidency", "cabinet"}

__all__ = ["QuotePair", "extract_quotes", "pair_quotes"]

CUES = {
    "say", "tell", "warn", "insist", "claim", "add", "note", "signal", "accuse", "argue",
    "announce", "state", "write", "declare", "stress", "explain", "admit", "acknowledge",
    "confirm", "deny", "suggest", "report", "reply", "respond", "urge", "vow", "pledge",
    "promise", "predict", "complain", "conclude", "emphasise", "emphasize", "maintain",
    "assert", "believe", "think", "ask", "tweet", "post", "remark", "comment", "describe",
    "call", "dismiss", "concede", "reiterate", "recall", "caution", "threaten",
    # how speech goes on or is delivered: "X continued: …", "“…!” they chanted"
    "continue", "shout", "yell", "chant", "exclaim", "cry", "joke", "quip", "interject",
    "retort", "wonder", "boast", "demand", "testify", "repeat", "echo", "confess",
    # what a text says: "“…,” the letter reads"
    "read",
    # the manner of saying it: "“…,” she charged", "he mocked", "beamed a delegate"
    "charge", "mock", "beam", "boom", "snap", "counter", "gush", "muse", "scoff", "proclaim",
    "lament", "plead", "recount", "rail", "thunder", "affirm", "lecture", "whisper",
    "scream", "bellow", "fume", "rant", "marvel", "tease", "sigh", "bark", "laugh", "exhort",
    "surmise", "riff", "answer", "sing", "email", "quote", "gloat", "assure", "recommend",
    "agree", "react", "retaliate",
}
# verbs that are cues only with "back": "Trump shot back", "she fired back"
BACK_CUES = {"shoot", "fire", "hit", "push", "write", "talk"}


def _is_cue(t: Token) -> bool:
    """A verb that reports speech: a cue of :data:`CUES`, or "shot back"."""
    if t.pos_ == "NOUN" and t.dep_ == "ROOT" and t.lemma_ in CUES:
        # the tagger's noun that heads a clause is a verb: "“…,” the email read."
        return any(c.dep_ == "ccomp" for c in t.children)
    if t.pos_ not in ("VERB", "AUX"):
        return False
    if t.lemma_ == "put":  # "as Jo Doe put it: “…”"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children)
    if t.lemma_ == "agree":  # "Jo Doe agreed. “…”", not what one agrees to or on
        return not any(c.dep_ in ("xcomp", "prep") for c in t.children)
    if t.lemma_ == "rail":  # "he railed against it", not "the rail plan"
        return not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in ("NOUN", "PROPN"))
    if t.lemma_ == "go":  # "“…,” she went on"
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in t.children)
    if t.lemma_ == "point":  # "“…,” he points out"
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
    return t.lemma_ in CUES or t.lemma_ in BACK_CUES and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in t.children)
# Cues that introduce reported clauses; "call" and "describe" only frame partial quotes.
INDIRECT_CUES = CUES - {"call", "describe", "dismiss", "ask", "comment", "remark",
                        "continue", "shout", "yell", "chant", "cry", "interject", "read",
                        "echo", "repeat", "wonder"} | {
    # what a source found, showed, knows or expects is attributed as what it said is
    "agree", "find", "show", "indicate", "reveal", "estimate", "hope", "expect", "fear",
    "know", "hint", "joke", "boast", "allege", "contend", "testify", "speculate", "worry",
    "feel", "realize", "suspect", "doubt", "imply", "forecast", "learn", "recommend",
    "demand", "propose", "concede", "guarantee", "assure", "inform", "mention", "point",
    "observe", "charge", "suggest", "decide", "understand"}
# verbs that commit their subject to a course, reported as what it said: "X vowed [to
# fight on]", "X refused [to testify]"
COMMISSIVES = {"vow", "pledge", "promise", "agree", "refuse", "decline", "threaten",
               "intend", "offer"}
INDIRECT_CUES |= COMMISSIVES
# nouns for what was said, with the clause said: "X's claim [that …]"
NOUN_CUES = {"claim", "charge", "allegation", "assertion", "accusation", "warning",
             "argument", "acknowledgment", "acknowledgement", "pronouncement", "declaration",
             "statement", "announcement", "promise", "pledge", "insistence", "message",
             "report", "admission", "contention", "prediction", "suggestion", "vow",
             "complaint", "assurance", "denial", "concern", "conclusion", "reminder"}
# speech acts whose object is what a source said or stands for: "X called for [a
# ceasefire]", "X cited [the losses]", "X denounced [the strike]"; and, as PolNeAR
# attributes them, the stances one takes: what one supports, wants, seeks or plans
# ("X backs [a truce]", "X wants [to run]", see _INTENTS); not what one does
OBJECT_CUES = {
    "call", "cite", "question", "ask", "attack", "mention", "describe", "criticize",
    "criticise", "propose", "endorse", "urge", "promise", "vow", "pledge", "announce",
    "accuse", "blame", "praise", "oppose", "reject", "deny", "defend", "demand",
    "recommend", "welcome", "condemn", "denounce", "dismiss", "slam", "blast", "mock",
    "threaten", "express", "acknowledge", "admit", "predict", "warn", "report",
    "claim", "reveal", "confirm", "suggest", "tout", "highlight", "insist", "argue", "note",
    "support", "back", "favor", "favour", "want", "seek", "plan", "prefer", "consider",
    "view", "show", "refer", "recall", "point", "vote", "talk", "speak", "see",
    # what one voices, repeats or lays out: "tweeted [a chart]", "echoed [the call]",
    # "stressed [the need for …]", "thanked [the voters]", "named [three rivals]"
    "tweet", "echo", "stress", "reiterate", "repeat", "decry", "discuss", "lament",
    "emphasize", "underscore", "explain", "remind", "thank", "portray", "compare", "offer",
    "list", "identify", "name", "hail", "applaud", "congratulate", "challenge", "dispute",
    "deride", "ridicule", "lambaste", "embrace", "apologize", "allude", "brag", "complain",
    "balk", "vouch", "champion", "bemoan", "invoke", "reference", "retweet", "share",
    "promote", "detail", "deem", "accept", "ignore", "nominate",
    "appoint", "convince", "recognize", "expose", "rule", "downplay", "rattle", "paint",
    "project", "display", "document", "boast", "hint", "lash", "aim", "cheer", "mourn",
    "salute", "commend", "laud", "extol", "celebrate", "disavow", "renounce", "repudiate",
    "retract"}
# stances that are a source's only with what it means to do ("X plans [to hold
# talks]"), not with a thing ("the UK plans talks": an event, no one's statement)
_INTENTS = {"plan", "want", "seek"}
# talk that is a source's only with what it is about ("spoke about [the dam]"), not
# with whom or how ("spoke to reporters", "spoke on condition of anonymity")
_TOPICAL = {"talk", "speak"}
_OBJECT_DEPS = {"dobj", "xcomp", "prep", "oprd", "dative", "ccomp", "attr", "pcomp",
                "npadvmod", "acomp", "dep"}
# object cues whose object is whom, and a preposition after it what: "asked X [about Y]"
_OF_WHAT = {"accuse", "ask", "blame", "criticize", "criticise", "praise", "attack", "warn"}
_OBJECT_PREPS = {"for", "on", "of", "about", "as", "against", "to", "that", "at"}
# cues whose reported clause may come first ("The talks failed, officials said.")
FRONTED_CUES = {"say", "tell", "add", "note", "write", "argue", "claim", "insist", "warn",
                "explain", "stress", "report", "confirm", "acknowledge", "suggest"}
PRONOUNS = {"he", "she", "they", "i", "we", "it"}
PERSONAL = {"he", "she", "i"}


class _Index:
    """Sentences and tokens by character offset, so each quote costs what its
    neighbourhood costs, not what the whole document does."""

    WINDOW = 40  # tokens searched for a cue on either side of a quote

    def __init__(self, doc: Doc):
        self.doc = doc
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.tok_starts = [t.idx for t in doc]
        text = doc_text(doc)
        self.newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def sent_at(self, offset: int) -> Span:
        return self.sents[max(0, bisect.bisect_right(self.sent_starts, offset) - 1)]

    def token_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.tok_starts, offset)

    def line_start(self, offset: int) -> int:
        k = bisect.bisect_left(self.newlines, offset) - 1
        return self.newlines[k] + 1 if k >= 0 else 0

    def sentences_over(self, start: int, end: int) -> tuple[Span, Span] | None:
        if not self.sents:
            return None
        return self.sent_at(start), self.sent_at(max(start, end - 1))

    def cue_near(self, first: Span, last: Span, q_start: int, q_end: int) -> Token | None:
        """The cue verb for a quote: after it in its closing sentence ("…,” he said), else
        before it in its opening sentence (he said: “…”)."""
        doc = self.doc
        j = self.token_at(q_start)
        text = doc_text(doc)
        ending = _last_said(text, q_end)
        if j >= 2 and doc[j - 1].text in ",:" and _is_cue(doc[j - 2]) and ending in ".!?…":
            return doc[j - 2]  # he said, “…!” (a whole sentence: the cue before is its own)
        i = self.token_at(q_end)
        stop = min(last.end, i + self.WINDOW)
        split = i < len(doc) and i >= last.end and "\n" not in doc_text(doc)[q_end:doc[i].idx]
        if split:  # “…?” a voice in the ad asks. (the parser ended the sentence at the quote)
            stop = min(doc[i].sent.end, i + 12)
        closed = ending in ".!?…"
        if closed and _new_sentence(doc, i):
            stop = i  # “….” She noted …: the next sentence is no attribution of this one
        for t in doc[i:stop]:
            if _is_cue(t) or _noun_cue(t, i, ending == ","):
                if closed and t.idx > q_end and any(
                        c.dep_ == "ccomp" and c.i > t.i for c in t.children):
                    break  # “….” He said that …: the next sentence reports its own clause
                return t
            if split and t.pos_ in ("VERB", "AUX"):
                break  # the next sentence's own verb: “…” The ad ends with …
        colon = j >= 1 and doc[j - 1].text == ":"
        for k in range(j - 1, max(first.start, j - self.WINDOW) - 1, -1):
            t = doc[k]
            if colon and _spaced_dash(t):
                break  # Polls agree - Jo Doe: “…”  (a digest's topic, then who speaks)
            if t.idx + len(t) <= q_start and _is_cue(t):
                return t
        return None

    def cue_ending(self, offset: int) -> Token | None:
        """The last cue verb of the sentence ending just before ``offset`` (He said:¶“…”)."""
        sent = self.sent_at(max(0, offset - 1))
        return next((t for t in reversed(sent) if _is_cue(t)), None)


def _noun_cue(t: Token, after: int, comma: bool) -> bool:
    """A cue verb the tagger took for a noun after a quote ending in a comma, with only
    its subject's words between ("“…,” the two write.", "“…,” the letter states in
    full."): the word right after a noun, before the sentence ends or a preposition."""
    doc = t.doc
    if not comma or t.pos_ != "NOUN" or not t.is_lower or t.lemma_ not in CUES or (
            t.i - after > 7) or t.i < after + 2:
        return False
    between = [k for k in doc[after:t.i] if k.text not in _EDGE_PUNCT]
    if not between or between[-1].pos_ not in ("NOUN", "PROPN", "NUM") or any(
            k.pos_ in ("VERB", "AUX") or k.is_punct and k.text != "-" for k in between):
        return False
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return nxt is None or nxt.text in ".,;" or nxt.pos_ in ("ADP", "ADV")


def _new_sentence(doc: Doc, i: int) -> bool:
    """Whether the words after a quotation that ended a sentence open a new one: a
    capitalised word that is no name ("“….” He added, …", "“….” The ad ends …"), where
    an attribution would go on in lower case ("“…?” he asked")."""
    while i < len(doc) and (doc[i].text in _QUOTE_TOKENS or doc[i].is_space):
        i += 1
    return i < len(doc) and doc[i].text[:1].isupper() and doc[i].text != "I" and (
        doc[i].pos_ in ("PRON", "DET"))


def _last_said(text: str, q_end: int) -> str:
    """The last character inside a quotation ending at ``q_end``, past its closing
    marks, which may be two wide ('' … '')."""
    return text[:q_end].rstrip().rstrip("”\"'’»").rstrip()[-1:]


# “…” ― Name: a quote signed with a dash after it, as in vox pops
_SIGNED = re.compile(r"[ \t\u00a0]*[―—][ \t\u00a0]*([A-Z](?:[^\n.;:“”\"]|\.(?= [A-Z]))"
                     r"{1,60})")
# or on a line of its own below it: “…”¶- Name.
_SIGNED_BELOW = re.compile(r"[ \t\u00a0]*\n\s*[―—–-][ \t\u00a0]*([A-Z](?:[^\n.;:“”\"]|"
                           r"\.(?= [A-Z])){1,50}?)\.?[ \t\u00a0]*(?=\n|$)")


# JAKE TAPPER: …  a transcript's turn, the speaker's name in capitals opening the line
_TURN = re.compile(r"^[\"“]?(?P<label>(?:[A-Z][A-Z'’.\-]*[ \t]){0,3}[A-Z][A-Z'’.\-]+)[ \t]*:[ \t]+"
                   r"(?P<said>\S[^\n]*)", re.MULTILINE)
# capitals that open a line but name no one
_NOT_SPEAKERS = {"UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "NOTE", "EDITOR'S NOTE",
                 "EDITOR’S NOTE", "WATCH", "READ", "READ MORE", "MORE", "RELATED", "BREAKING",
                 "SOURCE", "SOURCES", "PHOTO", "PHOTOS", "VIDEO", "LISTEN", "ALSO", "ABSTRACT",
                 "DISCLAIMER", "WARNING", "TRANSCRIPT", "FULL TEXT", "BACKGROUND", "ANALYSIS",
                 "OPINION", "LIVE", "LATEST", "UPDATES", "QUESTION", "ANSWER", "URL", "TITLE",
                 "DATE", "TIME", "PUBLISHED", "BY", "TAGS", "FACT CHECK", "FACT"}


def _turns(text: str, analysis: Analysis, speakers: _Speakers) -> list[Quote]:
    """The turns of a transcript ("TAPPER: …", "ZELENSKY: …"): each line a direct quote
    of the capitalised name before its colon. One such line alone is a heading, not a
    transcript, unless its name is a person the text names."""
    found = [m for m in _TURN.finditer(text)
             if m["label"].strip(" .") not in _NOT_SPEAKERS and len(m["label"]) >= 2
             and _words(m["said"]) >= 2]
    people: dict[str, str] = {}  # the last word of a name, in capitals: its entity
    for e in sorted(analysis.entities, key=lambda e: e.type != "PERSON"):
        for m in e.mentions:
            if m.text.split() and e.type in ("PERSON", "ORG", "NORP"):
                people.setdefault(m.text.split()[-1].upper(), e.id)
    labels = {m["label"] for m in found}
    out = []
    for m in found:
        last = m["label"].split()[-1]
        if len(labels) < 2 and last not in people:
            continue
        s, e = m.span("said")
        entity = people.get(last) or speakers.span(*m.span("label"))[0]
        out.append(Quote(id="", kind="direct", text=text[s:e].rstrip(), start=s,
                         end=s + len(text[s:e].rstrip()), speaker=entity,
                         speaker_text=m["label"], cue=":", post=post_at(analysis, s)))
    return out


# Jo Doe: Talks will go on  — a headline giving its claim to the name before the colon
_HEADLINE = re.compile(r"\s*(?P<label>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3})[ \t]*:[ \t]+"
                       r"(?P<said>[^\n“”\"]*[^\s.“”\"])\.?[ \t]*(?:\n|$)")


def _headline(doc: Doc, analysis: Analysis, speakers: _Speakers) -> list[Quote]:
    """The claim of an attributive headline ("Jo Doe: Talks Will Resume"): the text's
    first line when it is a name, a colon and a clause with a verb; a direct quote when
    the claim is all in single quote marks ("Jo Doe: ‘We Will Win.’"). Also a claim the
    headline ends by crediting ("Drones shot down over Kyiv, says air force"), after a
    live page's label."""
    text = doc_text(doc)
    if (said := _SAYS_HEADLINE.match(text)) is not None and not re.search(
            r"[.!?]\s", said["said"]):  # (one headline, not a paragraph of sentences)
        s, e = said.span("said")
        if (label := _LIVE_LABEL.match(text, s)) is not None and label.end() < e:
            s = label.end()
        speaker = speakers.span(*said.span("who"))[0]
        return [Quote(id="", kind="indirect", text=text[s:e], start=s, end=e, speaker=speaker,
                      speaker_text=said["who"], cue=said["cue"], post=post_at(analysis, s))]
    m = _HEADLINE.match(text)
    if m is None or m["label"].upper() in _NOT_SPEAKERS or _words(m["said"]) < 3:
        return []
    s, e = m.span("said")
    said = doc.char_span(s, e, alignment_mode="expand")
    # (a sentence in quote marks is a claim whatever the tagger made of its verb: "Jo
    # Doe: ‘Never underestimate them.’")
    if said is None or not (any(t.pos_ in ("VERB", "AUX") for t in said) or _quoted_claim(
            text[s:e]) and text[s:e].rstrip("'’ ")[-1:] in ".!?"):
        return []
    entity = speakers.span(*m.span("label"))[0]
    kind = "indirect"
    if _quoted_claim(text[s:e]):  # Jo Doe: ‘We Will Win.’  her words, as she said them
        kind, s, e = "direct", s + 1, e - 1
    return [Quote(id="", kind=kind, text=text[s:e], start=s, end=e, speaker=entity,
                  speaker_text=m["label"], cue=":", post=post_at(analysis, s))]


# "Drones shot down over Kyiv, says air force": a first line crediting its claim at the end
# (a name or a short noun phrase: no comma, no quote marks)
_SAYS_HEADLINE = re.compile(r"\s*(?P<said>[^\n“”\"]{12,}?),[ \t]+(?P<cue>says|say|claims|warns|"
                            r"admits|insists)[ \t]+(?P<who>[^\n,“”\"]{2,60}?)[ \t]*(?:\n|$)")


def _quoted_claim(said: str) -> bool:
    """Whether a headline's claim is all one quotation in single marks (‘…’, '…'): an
    apostrophe inside a word is no closing mark, one before a space is ("‘No Place’ To
    Hide" quotes only two words)."""
    return len(said) > 2 and said[0] in "‘'" and said[-1] in "’'" and not re.search(
        r"[’'](?=\s)", said[1:-1])


def _last_before(text: str, start: int, stop: int) -> int:
    """Offset of the last non-space character between ``start`` and ``stop``, or -1."""
    k = stop - 1
    while k >= start and text[k].isspace():
        k -= 1
    return k if k >= start else -1


def _text_before(text: str, start: int, stop: int) -> str:
    """The last non-space character between ``start`` and ``stop``, or ""."""
    k = _last_before(text, start, stop)
    return text[k] if k >= 0 else ""


class _Quoted:
    """Whether an offset lies inside a paired quotation."""

    def __init__(self, pairs: list[QuotePair]):
        self.spans = [(p.start, p.end) for p in pairs]
        self.starts = [p.start for p in pairs]

    def __call__(self, offset: int) -> bool:
        k = bisect.bisect_right(self.starts, offset) - 1
        return k >= 0 and offset < self.spans[k][1]


def _subject(cue: Token, quoted=lambda offset: False) -> Token | None:
    """The speaker's head: the cue's subject, or, for a participle ("by saying",
    "stating:", "surprising allies by telling them"), the subject of the clause it hangs
    from, climbing past reported clauses ("she made plain that Italy would …, stating: …"
    is hers). A subject the parser found inside a quotation (``quoted``) is not the
    speaker."""
    verb = cue
    for _ in range(6):
        # a reported clause's subject is not the speaker, unless what "reports" it is a
        # verb the parser found inside the quotation
        skip = verb.i != cue.i and verb.dep_ == "ccomp" and not quoted(verb.head.idx)
        # (nor is the subject of a relative clause a participle set off after it hangs
        # from: "defending the fee to an architect who said …, saying: …")
        skip = skip or verb.i != cue.i and verb.dep_ == "relcl" and cue.tag_ == "VBG" and (
            cue.i > 0 and cue.doc[cue.i - 1].text == ",")
        for child in verb.children:
            if not skip and child.dep_ in ("nsubj", "nsubjpass") and not quoted(
                    child.idx) and not child.is_punct:  # a dash the parser made a subject
                return child
        if verb.i == cue.i and (aside := _aside_subject(cue, quoted)) is not None:
            return aside
        if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):
            noun = verb.head
            if noun.lemma_.lower() in _OCCASIONS and noun.dep_ == "dobj" and (
                    issuer := next((c for c in noun.head.children if c.dep_ == "nsubj"
                                    and not quoted(c.idx)), None)) is not None:
                return issuer  # "X issued a statement saying …": X's words
            return noun  # "Lavrov claiming that …"
        if verb.head.i == verb.i or verb.i != cue.i and verb.dep_ == "ROOT":
            break
        if verb.i == cue.i and verb.dep_ in ("ccomp", "parataxis") and verb.tag_ != "VBG":
            # a finite cue with no subject: the clause above is someone else's, unless
            # it is a participle set off before the cue
            return _participle_subject(cue, quoted)
        verb = verb.head
    return None


def _participle_subject(cue: Token, quoted=lambda offset: False) -> Token | None:
    """The subject of a participle set off before a cue the parser hung from it ("Jo
    Doe, noting the delay, said …" parsed with "noting" as the head): the speaker."""
    head, doc = cue.head, cue.doc
    if head.tag_ != "VBG" or head.i > cue.i or head.i < 1 or doc[head.i - 1].text != "," \
            or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    return next((c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")
                 and not quoted(c.idx) and not c.is_punct), None)


def _aside_subject(cue: Token, quoted=lambda offset: False) -> Token | None:
    """The subject the parser gave a participle set off before a cue that has none
    ("Jo Doe, noting the delay, said …": "Jo Doe" hangs from "noting")."""
    doc = cue.doc
    for clause in cue.lefts:
        if clause.dep_ in ("ccomp", "advcl") and clause.tag_ in ("VBG", "VBN") and not (
                quoted(clause.idx)) and not any(c.dep_ in ("aux", "auxpass") for c in (
                    clause.children)) and "," in (doc[clause.right_edge.i].text,
                                                doc[clause.right_edge.i + 1].text):
            return next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")
                         and not quoted(c.idx) and not c.is_punct
                         and any(t.text == "," for t in doc[c.i + 1:clause.i])), None)
    return None


class _Speakers:
    """Entity lookup by character offset."""

    def __init__(self, analysis: Analysis, doc: Doc):
        self.text = doc_text(doc)
        # offsets of words that head a clause's subject, or sit inside one
        toks = list(doc)
        self.subject_starts = {toks[k].idx for t in toks if t.dep_ in ("nsubj", "nsubjpass")
                               for k in range(t.left_edge.i, t.i + 1)}  # ("The [European
        # Union] imposed …": a name after the article)
        self.spans = sorted(
            (m.start, m.end, e.id, e.type, m.text)
            for e in analysis.entities if e.type in ("PERSON", "ORG", "GPE", "NORP")
            for m in e.mentions)
        self.starts = [s[0] for s in self.spans]
        self.longest = max((s[1] - s[0] for s in self.spans), default=0)
        # a nationality's state where the document names it: "the Israeli military said"
        # is Israel speaking (not "Israeli voters said")
        self.states = nationality_states(analysis)
        # for pronouns: (person mentions, all mentions), each split by subjecthood
        self.ends: dict[tuple[bool, bool], tuple[list[int], list[str]]] = {}
        for personal in (True, False):
            kinds = ("PERSON",) if personal else ("ORG", "GPE", "PERSON")
            for subject in (True, False):
                rows = sorted((s[1], s[2]) for s in self.spans if s[3] in kinds
                              and (not subject or s[0] in self.subject_starts))
                self.ends[personal, subject] = ([r[0] for r in rows], [r[1] for r in rows])

    def overlapping(self, left: int, right: int) -> list[tuple]:
        lo = bisect.bisect_left(self.starts, left - self.longest)
        hi = bisect.bisect_left(self.starts, right)
        return [s for s in self.spans[lo:hi] if s[0] < right and s[1] > left]

    def at(self, tok: Token) -> tuple[str | None, str]:
        left, right = _edges(tok)
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.head.head.i < tok.i:
            # "Jo Doe, who said …": the relative pronoun stands for the noun it follows
            return self.at(tok.head.head)[0], tok.text
        if tok.lower_ in PRONOUNS:
            return self.before(tok.idx, personal=tok.lower_ in PERSONAL), tok.text
        # (not a place that says where the speakers are: "officials in Odesa")
        inside = [s for s in self.overlapping(left, right)
                  if s[3] != "GPE" or not where_of(tok, s[0])]
        if not inside:
            return None, doc_text(tok.doc)[left:right]
        # the mention holding the subject's head, else a person, else the first one
        head = [s for s in inside if s[0] <= tok.idx < s[1]]
        best = (head or [s for s in inside if s[3] == "PERSON"] or inside)[0]
        if best[3] == "NORP" and tok.lemma_.lower() in STATE_VOICES and self.states.get(best[2]):
            return self.states[best[2]], doc_text(tok.doc)[left:right]
        return best[2], doc_text(tok.doc)[left:right]

    def span(self, left: int, right: int) -> tuple[str | None, str]:
        """The entity of a speaker known only as the words at ``left:right``."""
        words = self.text[left:right]
        if words.lower() in PRONOUNS:
            return self.before(left, personal=words.lower() in PERSONAL), words
        inside = self.overlapping(left, right)
        best = ([s for s in inside if s[3] == "PERSON"] or inside or [(0, 0, None)])[0]
        return best[2], words

    def ending_at(self, offset: int) -> tuple[str, str] | None:
        """(entity, words) of the name ending right at ``offset`` ("Jo Doe: “…”"), with
        the names coordinated before it ("Jo Doe and Al Roe: “…”")."""
        end = _last_before(self.text, 0, offset) + 1
        named = [s for s in self.overlapping(end - 1, end) if s[1] == end]
        if not named:
            return None
        start = named[0][0]
        while (m := re.search(r"(?:,| and| &)\s*$", self.text[:start])) and (
                prior := [s for s in self.overlapping(m.start() - 1, m.start())
                          if s[1] == m.start() and s[3] == named[0][3]]):
            start = prior[0][0]
        return named[0][2], self.text[start:end]

    def before(self, offset: int, personal: bool) -> str | None:
        """The entity a pronoun at ``offset`` refers to: the last one named before it as
        the subject of a clause, else the last one named at all."""
        for subject in (True, False):
            ends, ids = self.ends[personal, subject]
            k = bisect.bisect_right(ends, offset) - 1
            if k >= 0:
                return ids[k]
        return None


# A live page's label opening a headline: the page's name, not anyone's words.
_LIVE_LABEL = re.compile(r"(?:[\w'’-]+ ){0,5}(?:live|LIVE|Live|latest|updates|Updates)"
                         r"(?: [\w'’-]+){0,2}: ")

# The writer's word on what was said, set off after it: "…, a claim Kyiv did not
# confirm", "…, a figure that could not be verified".
WRITER_ASIDES = {"claim", "figure", "number", "toll", "account", "assertion", "allegation",
                 "version", "estimate"}

_QUOTE_TOKENS = set("“”\"«»„") | {"''", "``"}
_EDGE_PUNCT = _QUOTE_TOKENS | set("',;:")


# cues whose object is who was spoken to, not who spoke ("“…,” told reporters")
_ADDRESSED = {"tell", "ask", "inform", "assure", "remind", "urge", "warn", "thank", "answer"}


def _inverted(cue: Token) -> Token | None:
    """The speaker after a cue that follows its quote, when the parser took it for the
    cue's object ("“…,” tweeted a German user")."""
    if cue.lemma_ in _ADDRESSED:
        return None
    return next((c for c in cue.rights if c.dep_ in ("dobj", "npadvmod", "attr", "oprd")
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _beside(cue: Token, after: int, quoted) -> tuple[int, int] | None:
    """The speaker's words beside a cue the parser left without a subject (it often
    breaks a sentence at a closing quote mark): the words between the quote and its cue
    ("…,” Jo Doe, a city official, said), else those right after a cue that opens its
    clause ("…,” said Jo Doe." / "Said Jo Doe: “…”"). Words with a verb are no name."""
    doc = cue.doc
    if after < cue.i:
        words = doc[after:cue.i]
        name = _before_aside(words)
        if len(words) > 20 or any(quoted(t.idx) for t in name) or len(
                name) > 15:
            return None
    else:
        opens = all(t.is_punct or t.is_space for t in doc[cue.sent.start:cue.i])
        if after > cue.i + 1 and not opens:
            return None  # the cue is neither right after the quote nor first in its clause
        end = cue.i + 1
        while end < min(len(doc), cue.i + 16) and not doc[end].is_space and not (
                doc[end].text in ".!?:" or quoted(doc[end].idx)) and doc[end].tag_ != "WP" \
                and not _set_off(doc, end):
            end += 1
        words = doc[cue.i + 1:end]
    lo, hi = 0, len(words)
    while lo < hi and (words[lo].is_punct or words[lo].is_space):
        lo += 1
    while hi > lo and (words[hi - 1].is_punct or words[hi - 1].is_space) and not (
            words[hi - 1].text == ")" and any(t.text == "(" for t in words[lo:hi])):
        hi -= 1  # (a closing bracket stays with its name: "Jo Doe (D-Md.)")
    words = words[lo:hi]
    # (a capitalised word the tagger took for a verb is a name: "Tulsa police Chief …";
    # a participle before a noun is part of a title: "retired surgeon", "ranking member";
    # an aside after the name may hold verbs: "Jo Doe, who runs the shelter,")
    if not words or any(t.pos_ in ("VERB", "AUX") and t.is_lower and not _modifier(t)
                        for t in _before_aside(words)):
        return None
    # a noun, or a name the tagger missed, or a noun it took for an adjective ("the
    # editorial")
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") or t.text[:1].isupper() for t in words
               ) and not (len(words) > 1 and words[0].pos_ == "DET"):
        return None
    return words[0].idx, words[-1].idx + len(words[-1])


def _before_aside(words: Span) -> Span:
    """The words before the first comma that follows a noun ("Jo Doe[, an aide who …]"):
    the name, without the aside that may follow it."""
    for t in words[1:]:
        if t.text == "," and t.i > words.start and t.doc[t.i - 1].pos_ in ("NOUN", "PROPN"):
            return words.doc[words.start:t.i]
    return words


def _name_run(doc: Doc, after: int, subj: Token) -> int | None:
    """Where a speaker's words start when the parser cut them short after a quote
    ("“…,” Acme senior adviser Jo Doe said" parsed with "Acme" as a verb, "KTV
    co-host Jo Doe" with the hyphen as a subject): at the first word after the quote,
    when all words up to the subject's phrase are parts of a name or title."""
    while after < len(doc) and doc[after].text in _EDGE_PUNCT:
        after += 1
    lo = _edges(subj)[0]
    gap = [t for t in doc[after:subj.i] if t.idx < lo]
    if not gap or len(gap) > 6 or any(
            t.ent_type_ in ("DATE", "TIME") or t.is_space or t.is_punct and t.text != "-"
            or t.is_lower and t.pos_ not in ("NOUN", "ADJ", "PROPN") for t in gap):
        return None
    return gap[0].idx


def _set_off(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a comma opening an aside after a name: a participle or an
    adverb and a participle ("said Jo Doe, explaining …", "said Jo Doe, half joking")."""
    if doc[k].text != "," or k + 1 >= len(doc):
        return False
    nxt = [t for t in doc[k + 1:k + 3] if t.is_lower]
    return bool(nxt) and (nxt[0].pos_ == "VERB" or len(nxt) > 1 and nxt[0].pos_ in (
        "ADV", "NOUN") and nxt[1].pos_ == "VERB")


def _modifier(t: Token) -> bool:
    """A participle that modifies the noun after it ("retired surgeon", "ranking
    Democrat"), not a verb of its own."""
    return t.tag_ in ("VBG", "VBN") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ in (
        "NOUN", "PROPN")


def _edges(tok: Token) -> tuple[int, int]:
    """Character span of a subject's phrase, without the punctuation the parser hung at
    its edges (a closing quote mark, a comma before the cue)."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, min(tok.right_edge.i, _aside(tok) - 1)
    # a phrase the parser ran back into the quotation starts after its closing mark
    marks = [k for k in range(lo, tok.i) if doc[k].text in _QUOTE_TOKENS]
    if marks:
        lo = marks[-1] + 1
    while lo < tok.i and (doc[lo].text in _EDGE_PUNCT or doc[lo].is_space or (
            doc[lo].text == "(" and not any(t.text == ")" for t in doc[lo:hi + 1]))):
        lo += 1  # (an opening bracket whose aside closes after the speaker's words)
    if lo < tok.i and doc[lo].lower_ == "even":
        lo += 1  # "[even] her allies said": the writer's stress, not who spoke
    while lo < tok.i and doc[lo].lower_ in _LINKS and doc[lo].dep_ in ("cc", "advmod"):
        lo += 1  # "[But] Jo Doe, noting …, said": a link to the writer's text before
    # (nor a quantifier floated after it: "Jo Doe and Al Roe [both]")
    while hi > tok.i and (doc[hi].text in _EDGE_PUNCT or doc[hi].is_space or (
            doc[hi].lower_ in _FLOATED)):
        hi -= 1
    return tok.doc[lo].idx, tok.doc[hi].idx + len(tok.doc[hi])


_FLOATED = {"both"}


# what a speaker said something in ("Jo Doe in a statement"): the parser often hangs it
# on the name, but it is the occasion, not who spoke
_OCCASIONS = {"statement", "interview", "speech", "email", "tweet", "post", "release",
              "letter", "call", "conference", "briefing", "memo", "appearance", "address",
              "remarks", "rally", "hearing", "op-ed", "video", "message", "podcast"}


# what one does in speaking, besides the cues: "who spoke on condition of anonymity",
# "who requested anonymity", "who asked not to be named"
SAYING = {"speak", "request", "insist", "ask", "talk"}


def _aside(tok: Token) -> int:
    """Index of the first word after a speaker's name (or its apposition) that is no
    longer part of who spoke: the occasion ("Jo Doe in a statement") or a participle
    set off after it ("Jo Doe, explaining …", "Jo Doe, when asked …"), as PolNeAR marks
    sources; else just past the phrase."""
    heads = [tok] + [c for c in tok.rights if c.dep_ == "appos"]
    cut = tok.right_edge.i + 1
    for head in heads:
        for c in head.rights:
            occasion = c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _OCCASIONS for o in c.children)
            first = c.left_edge
            set_off = first.i > 0 and (first.doc[first.i - 1].text == "," or
                                       first.lower_ in ("when", "while", "after"))
            participle = c.dep_ in ("acl", "relcl", "advcl") and c.tag_ in (
                "VBG", "VBN") and set_off and not any(  # not "…, who has served"
                    k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for k in c.children)
            # a relative clause of saying tells how one spoke, not who ("the official,
            # who spoke on condition of anonymity,"; "Jo Doe, who added that …")
            # (a clause not set off by a comma may say which one: "a woman who has
            # accused him", but not when it is only how: "an aide who asked not to be
            # named")
            relative = c.dep_ == "relcl" and c.left_edge.tag_ in ("WP", "WDT") and (
                c.lemma_ in SAYING or set_off and c.lemma_ in CUES and c.lemma_ not in (
                    "believe", "think", "call", "describe", "read")) and not any(
                k.dep_ in ("neg", "auxpass") for k in c.children)
            if occasion or participle or relative or _when(c):
                cut = min(cut, first.i)
    if (hung := _swallowed(tok)) is not None:
        cut = min(cut, hung - 1)  # (at the comma before it)
    return cut


def _when(c: Token) -> bool:
    """Whether a modifier of a speaker says on which day they spoke, not who they are
    ("Jo Doe [on Tuesday]", "the campaign [on Monday]"), or when a named one did ("Jo
    Doe [at the time]"); PolNeAR keeps when a document came out ("a poll released
    Sunday", "a report at the time")."""
    if c.dep_ != "prep" or c.lower_ not in ("on", "at", "in", "during"):
        return False
    when = [k for k in c.children if k.dep_ == "pobj" and (
        k.ent_type_ in ("DATE", "TIME") or k.lower_ == "time")]
    return bool(when) and (c.lower_ == "on" or c.head.pos_ == "PROPN")


def _words(text: str) -> int:
    return len(text.split())


def _interrupted(text: str, index: _Index, pairs: list[QuotePair]) -> set[int]:
    """Indexes k of quotes that go on in pair k+1 after a cue clause set off by commas:
    “My hope,” she said, “is that …” (one quotation, broken by its attribution)."""
    joined = set()
    for k, (a, b) in enumerate(zip(pairs, pairs[1:])):
        between = text[a.end:b.start]
        if "\n" in between or _words(between) > 10 or not between.rstrip().endswith(","):
            continue
        if not (text[a.inner_start:a.inner_end].rstrip().endswith(",")
                or between.lstrip().startswith(",")):
            continue
        # the first part opens its sentence: after a quote inside one (Romney had “a
        # plan,” adding, “…”) the next quotation is a sentence of its own
        if _text_before(text, index.sent_at(a.start).start_char, a.start) not in (
                "", ":") and _text_before(text, index.line_start(a.start), a.start):
            continue
        toks = index.doc[index.token_at(a.end):index.token_at(b.start)]
        if any(t.text in ".!?" for t in toks):
            continue  # “…,” Jo Doe said. Al Roe replied, “…”: two voices
        if any(_is_cue(t) for t in toks):
            joined.add(k)
    return joined


def _fronted(content: str, cue: Token | None, after: int) -> bool:
    """Whether a quotation of a word or two is what its cue reports, set off before it
    ("“Denied,” she answered.", "“Meh,” wrote a fan."): it ends in a comma, "!" or "?",
    and only the speaker's words stand between it and the cue."""
    if cue is None or cue.i < after or content[-1:] not in ",!?" or cue.lemma_ in (
            "call", "describe", "dismiss"):  # (“A quiet victory,” he called it)
        return False
    between = cue.doc[after:cue.i]
    return len(between) <= 6 and not any(
        t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ".-'’" for t in between)


def _leads(text: str, cue: Token, pair: QuotePair, quoted) -> bool:
    """Whether a quotation is all the rest of its cue's sentence, set off by a comma or a
    colon right after the cue ("she said, “as long as we win.”", "Jo Doe said, “Never.”"),
    in a clause of its own: not one set off inside the writer's sentence ("Instead, he
    said, “…”": that sentence reports more than the quotation), unless what comes before
    is a clause of the cue ("Asked about it, he said, “…”")."""
    if cue.idx >= pair.start or text[cue.idx + len(cue):pair.start].strip() not in (",", ":"):
        return False
    rest = text[pair.end:pair.end + 3].lstrip(" \t")
    if not (text[pair.inner_start:pair.inner_end].rstrip()[-1:] in ".!?…" or rest[:1] in (
            "", ".", "\n")):
        return False
    subj = _subject(cue, quoted)
    first = subj.left_edge if subj is not None else cue
    k = first.i - 1
    while k >= cue.sent.start and cue.doc[k].is_space:
        k -= 1
    if k < cue.sent.start or cue.doc[k].text != ",":
        return True
    # (a clause of its own before the comma sets the scene: "Asked about it, Jo Doe
    # said, “…”")
    return any(c.dep_ == "advcl" and c.i < first.i for c in cue.children)


def _name_before(doc: Doc, i: int) -> tuple[None, str] | None:
    """The proper name of one to four words ending just before token ``i`` on its line,
    when the entity layer knows it not."""
    k = i - 1
    while k >= 0 and i - k <= 4 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() \
            and "\n" not in doc[k].whitespace_:
        k -= 1
    if i - k < 2 or doc[k + 1].ent_type_ in ("GPE", "LOC", "DATE"):
        return None
    return None, doc[k + 1:i].text


def _label(text: str, doc: Doc, index: _Index, speakers: _Speakers, colon: int,
           head: Span) -> tuple[str | None, str] | None:
    """Who speaks in "Jo Doe: “…”": the name ending at the colon, or before a bracket
    there ("Sen. Jo Doe (D-Vt.): “…”"); the whole line up to the colon when it is all
    the name and its title ("Former foreign minister Jo Doe: “…”")."""
    end = colon
    bracket = re.search(r"\([^()\n]{1,20}\)\s*$", text[max(0, colon - 25):colon])
    if bracket:
        end = _last_before(text, 0, colon - len(bracket.group(0))) + 1
    named = speakers.ending_at(end) or (_name_before(doc, index.token_at(end)) if (
        end == colon) else None)
    if named is None:
        return _from_label(head)
    entity, words = named
    start = end - len(words)
    if text[start:end] != words:  # (a name the tokens ran past the colon: 'Doe:"We')
        return entity, words.split(":")[0].rstrip()
    if len(head) and head.start_char == index.line_start(colon) and len(head) <= 12 and (
            head[0].pos_ != "ADP") and not any(t.pos_ in ("VERB", "AUX") for t in head):
        start = head.start_char  # (the title before the name on its own line)
    return entity, text[start:colon].rstrip()


def _from_label(head: Span) -> tuple[str | None, str] | None:
    """The source a digest quotes from ("From the report: “…”", "More from the
    statement: “…”"): the noun phrase after "from", when that is all the label."""
    words = [t.lower_ for t in head[:3]]
    k = words.index("from") + 1 if "from" in words[:2] else 0
    if not k or k >= len(head) or any(t.pos_ in ("VERB", "AUX") for t in head):
        return None
    return None, head[k:].text


def _after_dash(head: Span) -> Span:
    """The words after the last dash set off by spaces in what leads to a colon: a
    digest's topic, then who is quoted ("Polls missed the surge - Jo Doe: “…”")."""
    dashes = [t.i for t in head if _spaced_dash(t)]
    return head.doc[dashes[-1] + 1:head.end] if dashes else head


def _spaced_dash(t: Token) -> bool:
    """A dash with a space before it: a break in the sentence, not a hyphen."""
    return t.text in ("-", "–", "—", "―") and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def _title(inner: Span) -> bool:
    """A name in quote marks: no verb, and its words but the small ones capitalised
    (“Fox and Friends”)."""
    long = [t for t in inner if t.is_alpha and not (t.is_stop and t.is_lower)]
    return len(long) >= 2 and all(t.text[:1].isupper() for t in long) and not any(
        t.pos_ in ("VERB", "AUX") and t.is_lower for t in inner)


def _speaker_before(sent: Span, speakers: _Speakers, quoted) -> tuple[str | None, str] | None:
    """The speaker of a cue in the sentence before an uncued quote in the same paragraph
    ("…, Anna Reed said. “We …”")."""
    if "\n" in sent.text.rstrip():
        return None
    for t in reversed(sent):
        if _is_cue(t) and not quoted(t.idx):
            subj = _subject(t, quoted)
            return speakers.at(subj) if subj is not None else None
    return None


@extractor("quotes")
def extract_quotes(doc: Doc, analysis: Analysis) -> Analysis:
    text = doc_text(doc)
    speakers = _Speakers(analysis, doc)
    index = _Index(doc)
    quotes: list[Quote] = []
    quoted: list[tuple[int, int]] = []
    last_direct: Quote | None = None  # for an uncued quote opening the next paragraph
    last_quote: Quote | None = None  # for one later in the same paragraph
    pairs = pair_quotes(text)
    in_quote = _Quoted(pairs)
    joined = _interrupted(text, index, pairs)
    broken: Quote | None = None  # the first part of an interrupted quotation
    for k, pair in enumerate(pairs):
        inner_s, inner_e = pair.inner_start, pair.inner_end
        content = text[inner_s:inner_e].strip()
        sents = index.sentences_over(inner_s, inner_e) if content else None
        if sents is None:
            broken = None
            continue
        if broken is not None:  # the rest of an interrupted quotation: its kind and voice
            q = broken.model_copy(update={"text": text[inner_s:inner_e], "start": inner_s,
                                          "end": inner_e, "post": post_at(analysis, inner_s)})
            quotes.append(q)
            quoted.append((pair.start, pair.end))
            last_quote = q
            if q.kind == "direct":
                last_direct = q
            broken = q if k in joined else None
            continue
        first, last = sents
        cue = index.cue_near(first, last, pair.start, pair.end)
        inner = doc[index.token_at(inner_s):index.token_at(inner_e)]
        if _title(inner) and k not in joined:  # (“In Kyiv,” she said, “…” is no title)
            continue
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in inner)
        before = _text_before(text, first.start_char, pair.start)
        opens_line = not _text_before(text, index.line_start(pair.start), pair.start)
        standalone = before in ("", ":") or opens_line
        whole = content[-1:] in ".!?…" and _words(content) >= 3  # a sentence of its own
        # the first words of a quotation its attribution breaks count as all of it
        sentence_like = has_verb or whole or _words(content) > 6 or k in joined or (
            standalone and _fronted(content, cue, index.token_at(pair.end)))
        # he said, “We …” / Trump declared “I …”: a capitalised clause right after its cue;
        # not after "that" (he said that “…”: the quoted words are part of his clause)
        j = index.token_at(pair.start) - 1
        while j >= 0 and doc[j].is_punct:
            j -= 1
        framed = (cue is not None and cue.idx < pair.start and content[:1].isupper()
                  and has_verb and _words(text[cue.idx:pair.start]) <= 6
                  and not (j >= 0 and doc[j].lower_ == "that"))
        cue_text = None
        # According to Jo Doe, “…”: the quote is the rest of the sentence and Jo Doe's
        source = _according_before(doc, index.token_at(pair.start), first) if (
            cue is None and content[:1].isupper() and sentence_like) else None
        if source is not None:
            framed, cue_text = True, source[1].text
        elif cue is None and (source := _according_after(
                doc, index.token_at(pair.end))) is not None:
            cue_text = source[1].text  # “…,” according to Jo Doe.
        if sentence_like and (standalone or framed) or cue is not None and _leads(
                text, cue, pair, in_quote):
            kind = "direct"
        elif cue is not None and (_words(content) >= (2 if has_verb else 3) or k in joined):
            kind = "partial"
        else:
            continue  # a scare quote or a title
        speaker = speaker_text = None
        signed = (_SIGNED.match(text, pair.end) or _SIGNED_BELOW.match(text, pair.end)
                  ) if cue is None else None
        if cue is None and opens_line and not signed and text[
                :index.line_start(pair.start)].rstrip().endswith(":"):
            cue = index.cue_ending(text[:index.line_start(pair.start)].rstrip().rfind(":"))
        colon = -1  # Jo Doe: “…”, with no verb before the name in its sentence
        framing = None  # else the verb of the sentence the colon ends: "X issued this:"
        if cue is None and (c := _last_before(text, 0, pair.start)) >= 0 and text[c] == ":":
            colon = c
            head = _after_dash(doc[max(index.sent_at(colon).start, index.token_at(
                index.line_start(colon))):index.token_at(colon)])
            if any(t.pos_ in ("VERB", "AUX") and t.text[:1].islower() for t in head):
                colon, framing = -1, head.root if len(head) else None
        if source is not None:
            speaker, speaker_text = speakers.at(source[0])
        elif colon >= 0 and (named := _label(text, doc, index, speakers, colon, head)
                             ) is not None:
            speaker, speaker_text = named  # Jo Doe: “…” (a heading, a digest)
            cue_text = ":"
        elif signed and len(signed.group(1).split()) <= 6:
            s, e = signed.span(1)
            e = s + len(signed.group(1).rstrip())
            speaker_text = text[s:e]
            found = speakers.overlapping(s, e)
            speaker = found[0][2] if found else None
            cue_text = "―"
        elif cue is not None:
            subj = _subject(cue, in_quote)
            if subj is not None:
                speaker, speaker_text = speakers.at(subj)
                if content[-1:] == "," and subj.i < cue.i and (left := _name_run(
                        doc, index.token_at(pair.end), subj)) is not None:
                    speaker = speaker or speakers.span(left, _edges(subj)[1])[0]
                    speaker_text = text[left:_edges(subj)[1]]
            elif (beside := _beside(cue, index.token_at(pair.end), in_quote)) is not None:
                speaker, speaker_text = speakers.span(*beside)
            elif cue.idx >= pair.end and (late := _inverted(cue)) is not None:
                speaker, speaker_text = speakers.at(late)
        elif kind == "direct" and framing is not None and (
                subj := _subject(framing, in_quote)) is not None and framing.pos_ in (
                "VERB", "AUX"):
            # the subject of a sentence that leads into the quote with a colon ("Jo Doe
            # released a statement:", "The report makes it plain:") is its source
            speaker, speaker_text = speakers.at(subj)
            cue_text = framing.text
        elif kind == "direct":
            # a quote with no cue goes on in the voice of the quote before it in the same
            # paragraph, else of the cue in the sentence before it, else, opening a
            # paragraph, of the direct quote that ended the last one
            prev = index.sents.index(first) - 1 if not opens_line else -1
            if last_quote is not None and "\n" not in text[last_quote.end:pair.start]:
                speaker, speaker_text = last_quote.speaker, last_quote.speaker_text
            elif prev >= 0 and (found := _speaker_before(
                    index.sents[prev], speakers, in_quote)) is not None:
                speaker, speaker_text = found
            elif opens_line and last_direct is not None:
                speaker, speaker_text = last_direct.speaker, last_direct.speaker_text
        q = Quote(id=f"q{len(quotes) + 1}", kind=kind, text=text[inner_s:inner_e],
                  start=inner_s, end=inner_e, speaker=speaker, speaker_text=speaker_text,
                  cue=cue.text if cue is not None else cue_text, post=post_at(analysis, inner_s))
        quotes.append(q)
        quoted.append((pair.start, pair.end))
        last_quote = q
        if kind == "direct":
            last_direct = q
        broken = q if k in joined else None
    turns = _turns(text, analysis, speakers)
    # a transcript printed as one long quotation ("WALLACE: …¶"PENCE: …"): its turns
    # are the quotes, not the whole of it
    whole = [k for k, q in enumerate(quotes)
             if sum(q.start <= t.start < q.end for t in turns) >= 2]
    quotes = [q for k, q in enumerate(quotes) if k not in whole]
    quoted = [span for k, span in enumerate(quoted) if k not in whole]  # one per quote
    title = [t for t in _headline(doc, analysis, speakers)
             if not any(s <= t.start < e for s, e in quoted)]
    quotes += [t for t in turns if not any(s <= t.start < e for s, e in quoted)] + title
    # (with their marks, which may be two wide: ''…'')
    marks = _Quoted([QuotePair(a, b) for a, b in sorted(quoted)])
    direct = sorted(_marked_span(marks, q) for q in quotes if q.kind == "direct")
    line_end = text.find("\n") if "\n" in text else len(text)
    quotes += [q for q in _indirect(doc, analysis, speakers, quoted, direct,
                                    start_id=len(quotes) + 1)
               if not (title and q.start < line_end)]  # the headline's claim, read once
    quotes.sort(key=lambda q: q.start)
    quotes = _after_a_role(quotes, analysis)
    quotes = [q.model_copy(update={"id": f"q{i}"}) for i, q in enumerate(quotes, 1)]
    return analysis.model_copy(update={"quotes": quotes})


ROLE_REACH = 600  # characters: "He added" reaches back over a paragraph or so


def _after_a_role(quotes: list[Quote], analysis: Analysis) -> list[Quote]:
    """"Qatar's prime minister told reporters … He added …": a pronoun speaker stands for
    the unnamed office-holder who spoke just before, in the same post, unless a person is
    named between the two; the quote takes that speaker and the words in ``speaker_for``."""
    persons = {e.id: sorted(m.start for m in e.mentions)
               for e in analysis.entities if e.type == "PERSON"}
    bodies = sorted((m.start, e.id) for e in analysis.entities
                    if e.type in ("ORG", "GPE", "NORP") for m in e.mentions)
    states = nationality_states(analysis)  # "the Ukrainian air force" speaks for Ukraine
    out, last, body = [], None, None
    for q in quotes:
        words = (q.speaker_text or "").lower()
        if words in ("he", "she") and last is not None and last.post == q.post and (
                q.start - last.end <= ROLE_REACH) and not any(
                last.start <= m < q.start for starts in persons.values() for m in starts):
            q = q.model_copy(update={"speaker": last.speaker, "speaker_for": last.speaker_text})
        elif words in ("it", "they") and body is not None and body.post == q.post and (
                q.start - body.end <= ROLE_REACH) and not any(
                body.end <= m < q.start and body.speaker not in (e, states.get(e))
                for m, e in bodies):
            # "the Ukrainian air force said Russia launched … It said …": the body that
            # spoke last, not a state its words named
            q = q.model_copy(update={"speaker": body.speaker, "speaker_for": body.speaker_text})
        elif words not in PRONOUNS:
            # an office named without a name of a person in it
            head = words.split()[-1].strip(",.") if words else ""
            last = q if head in ROLE_NOUNS and q.speaker not in persons else None
            body = q if q.speaker not in persons and q.kind == "indirect" and (
                words.split()[0] in ("the", "a", "an") if words else False) else None
        out.append(q)
    return out


def _marked_span(marks: _Quoted, q: Quote) -> tuple[int, int]:
    """A direct quote's span with its quote marks."""
    k = bisect.bisect_right(marks.starts, q.start) - 1
    if k >= 0 and marks.spans[k][0] < q.start and q.end < marks.spans[k][1]:
        return marks.spans[k]
    return q.start - 1, q.end + 1


def _reported(tok: Token) -> tuple[int, int] | None:
    """Character span of the clause a cue verb reports, if it has one: its clausal
    complement ("said [the talks would resume]"), or, for a cue the parser hung inside
    the clause ("[Local officials], he said, [should …]"), that clause without the cue."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        if clause.i < tok.i and tok.lemma_ not in FRONTED_CUES:
            return None
        if clause.i < tok.i and _aside_subject(tok) is not None and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return None  # "Jo Doe, noting the delay, said": who spoke, not what was said
        last = _said_before_next_cue(clause)
        first = clause.left_edge
        gap = [c for c in tok.rights if c.i < first.i]
        if len(gap) == 1 and gap[0].dep_ == "prep" and gap[0].left_edge.i == tok.i + 1 and (
                gap[0].right_edge.i + 1 == first.i) and any(
                w.dep_ == "nummod" for w in gap[0].subtree) and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            first = gap[0].left_edge  # "said [between 5 and 7 people] were injured": the
            # parser hung a counted subject from the cue
        doc = tok.doc
        aside = next((c for c in clause.subtree if c.dep_ in ("npadvmod", "appos")
                      and c.lemma_.lower() in WRITER_ASIDES and c.left_edge.i - 2 >= first.i
                      and doc[c.left_edge.i - 1].text == "," and c.right_edge.i >= last.i - 1),
                     None)
        if aside is not None:
            last = doc[aside.left_edge.i - 2]  # the words end before the writer's comma
        return first.idx, last.idx + len(last)
    if tok.dep_ == "parataxis" and tok.lemma_ in FRONTED_CUES and tok.head.pos_ in (
            "VERB", "AUX"):
        head = tok.head
        left, right = head.left_edge, head.right_edge
        cue_l, cue_r = tok.left_edge, tok.right_edge
        if cue_l.i - left.i >= right.i - cue_r.i:  # the longer side is the reported one
            return left.idx, cue_l.idx
        return cue_r.idx + len(cue_r), right.idx + len(right)
    plan = _infinitive(tok)
    if plan is not None and (tok.lemma_ in COMMISSIVES or tok.lemma_ in _ADDRESSED
                             or tok.lemma_ in _AIMS):
        return plan.left_edge.idx, plan.right_edge.idx + len(plan.right_edge)
    return None


def _left_open(tok: Token) -> bool:
    """Whether a negated cue leaves a question open ("has not said whether …", "did not
    say if …", "would not say when …"): no words are reported, unlike "did not say
    [that …]", which still tells what was not said."""
    if tok.lemma_ not in CUES or not any(c.dep_ == "neg" for c in tok.children):
        return False
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    return clause is not None and clause.left_edge.tag_ in ("IN", "WRB", "WP") and (
        clause.left_edge.lower_ in ("whether", "if", "when", "where", "why", "how", "who",
                                    "what"))


def _anonymity(tok: Token) -> bool:
    """A request not to be named ("asked not to be named", "requested anonymity"): how a
    source spoke, not anything it said."""
    if tok.lemma_ not in ("ask", "request", "demand", "insist"):
        return False
    plan = _infinitive(tok)
    if plan is not None and any(c.dep_ == "neg" for c in plan.children) and (
            plan.lemma_ in ("name", "identify", "quote", "cite")):
        return True
    return any(c.dep_ == "dobj" and c.lemma_ == "anonymity" for c in tok.children)


def _said_before_next_cue(clause: Token) -> Token:
    """The last word of a reported clause, which stops before a cue the parser hung
    from it as a verb coordinated with it ("said [the move was made by X] and said,
    “…”", "says [he respects her] and calls her “…”"): the speaker's next act, reported
    on its own."""
    doc = clause.doc
    nxt = next((c for c in clause.rights if c.dep_ == "conj" and _is_cue(c) and not any(
        k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)
    if nxt is None:
        return clause.right_edge
    k = nxt.left_edge.i - 1
    while k > clause.i and (doc[k].dep_ == "cc" or doc[k].is_punct or doc[k].is_space):
        k -= 1
    return doc[k]


# cues whose infinitive is what the source means to do, as PolNeAR reports
# it: "X hopes [to win]" (not what one decided or is expected to do)
_AIMS = {"hope"}


def _passive(tok: Token) -> bool:
    """A cue in the passive with no agent ("it was revealed that …", "she is accused of
    …"): its subject is what was said of, not who said it."""
    return any(c.dep_ == "auxpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children)


def _agent(tok: Token, passive: bool = True) -> Token | None:
    """The head of the "by" phrase of a cue in the passive (or, unless ``passive``, of a
    participle: "asked by a reporter"), if any."""
    if passive and not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    by = next((c for c in tok.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by else None


def _that_said(tok: Token) -> bool:
    """"That said," opening a sentence: the writer's link, not a report."""
    doc = tok.doc
    if tok.lower_ != "said" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    before = doc[tok.i - 1] if tok.i else None
    return before is not None and before.lower_ == "that" and (
        before.i == before.sent.start or doc[before.i - 1].is_punct)


def _infinitive(tok: Token) -> Token | None:
    """The "to" complement of a verb ("refused [to release …]", "urged X [to stop]")."""
    return next((c for c in tok.rights if c.dep_ == "xcomp" and any(
        k.dep_ == "aux" and k.lower_ == "to" for k in c.children)), None)


def _object(tok: Token) -> tuple[int, int] | None:
    """Character span of what an object cue's subject said or stands for: the words
    after the verb and its particle ("called on [X to stop]", "cited [the losses]"), to
    the end of its last complement; coordinated verbs and side clauses stay out."""
    right = [c for c in tok.rights if c.dep_ in _OBJECT_DEPS and (
        c.dep_ != "prep" or c.lower_ in _OBJECT_PREPS)]  # not "reports [from Kyiv]"
    if not right:
        return None
    start = tok.i + 1
    doc = tok.doc
    while start < len(doc) and doc[start].dep_ in ("prt", "neg", "advmod") and (
            doc[start].head == tok):
        start += 1
    while start < len(doc) and doc[start].dep_ == "prep" and doc[start].head == tok and any(
            c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in doc[start].children):
        start = doc[start].right_edge.i + 1  # "repeated [on Monday] that …": when, not what
    if start < len(doc) and doc[start].dep_ == "prep" and doc[start].head == tok and (
            doc[start].lower_ in ("for", "on", "of", "about", "against", "at")
            or doc[start].lower_ == "to" and tok.lemma_ in ("refer", "point")):
        start += 1  # "called for", "warned of": the preposition is part of the cue
    if start < len(doc) and doc[start].dep_ == "agent" and doc[start].head == tok:
        start = doc[start].right_edge.i + 1  # "criticized [by X] as …": who, not what
    # what one urged, asked or accused someone of, not whom: "urged Congress [to act]",
    # "called on X [to resign]", "accused Holt [of bias]"
    plan = _infinitive(tok)
    whom = next((c for c in right if c.dep_ in ("dobj", "dative")), None)
    if plan is not None and plan.left_edge.i > start and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[start:plan.left_edge.i]):
        start = plan.left_edge.i
    elif whom is not None and tok.lemma_ in _OF_WHAT and (of := next((
            c for c in [*right, *(c for c in whom.rights if any(
                k.dep_ == "pcomp" for k in c.children))]
            if c.dep_ == "prep" and c.lower_ in ("of", "about", "for") and not any(
                t.pos_ in ("VERB", "AUX") for t in doc[whom.i:c.i])), None)) is not None:
        start = of.i + 1  # (the parser hangs "of doing" on the verb or on whom)
    end = max(c.right_edge.i for c in right)
    if end < start:
        return None
    return doc[start].idx, doc[end].idx + len(doc[end])


def _as_said(tok: Token) -> tuple[int, int] | None:
    """"As the paper noted, [the mayor raised $1 million]", "[…], as she said": the
    clause the "as" aside hangs on, without the aside."""
    if tok.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) or any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
        return None
    head, doc = tok.head, tok.doc
    if tok.i < head.i:
        lo = tok.right_edge.i + 1
        while lo < head.i and doc[lo].is_punct:
            lo += 1
        hi = head.right_edge.i
    else:
        lo, hi = head.left_edge.i, tok.left_edge.i - 1
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    if hi <= lo:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _sees_as(tok: Token) -> bool:
    """"X sees [Y as Z]": a view one holds, not what one saw ("X saw the dam")."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for k in (tok, *(
        c for c in tok.children if c.dep_ == "dobj")) for c in k.children)


def _noun_clause(tok: Token) -> tuple[tuple[int, int], Token | None] | None:
    """"X's claim [that …]", "the charge by X [that …]", "X repeated the warning [that
    …]": the clause, and X's head (the owner, the agent, else the subject of the verb
    whose object the noun is), if any."""
    clause = next((c for c in tok.rights if c.dep_ in ("acl", "ccomp", "relcl") and any(
        k.dep_ == "mark" and k.lower_ == "that" for k in c.children)), None)
    if clause is None:
        return None
    span = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None:
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if owner is None and tok.dep_ == "dobj":
        owner = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return span, owner


def _swallowed(source: Token) -> int | None:
    """Where the subject of what was reported starts when the parser hung it on the
    source of "According to X, [Y] did …" (as an apposition or conjunct after a comma),
    leaving the clause after the phrase with no subject of its own; else None."""
    if source.head.lower_ != "to" or source.head.head.lower_ != "according":
        return None
    doc = source.doc
    nxt = source.right_edge.i + 1
    while nxt < len(doc) and doc[nxt].is_punct:
        nxt += 1
    if nxt >= source.sent.end or doc[nxt].pos_ not in ("VERB", "AUX"):
        return None
    hung = [c for c in source.rights if c.dep_ in ("appos", "conj") and
            c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","]
    return hung[-1].left_edge.i if hung else None


def _according_to(tok: Token) -> tuple[tuple[int, int], Token] | None:
    """"According to X, …": the rest of the sentence, and X's head."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if tok.lower_ != "according" or nxt is None or nxt.lower_ != "to":
        return None
    source = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    sent = tok.sent
    phrase_l, phrase_r = tok.i, max(tok.right_edge.i, source.right_edge.i)
    if phrase_l - sent.start >= sent.end - 1 - phrase_r:
        return (sent.start_char, tok.idx), source
    if (cut := _swallowed(source)) is not None:
        return (tok.doc[cut].idx, sent.end_char), source
    after = tok.doc[phrase_r + 1] if phrase_r + 1 < sent.end else None
    if after is None:
        return None
    return (after.idx, sent.end_char), source


# bodies of findings that what a sentence opening "In …," reports is from
_FINDINGS = {"poll", "survey", "study", "report", "analysis", "review", "audit", "census"}


def _in_findings(tok: Token) -> tuple[tuple[int, int], Token] | None:
    """"In a new poll, [the mayor leads by ten points]": the rest of the sentence, and
    the poll's head, when the phrase opens the sentence."""
    sent = tok.sent
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if tok.dep_ != "prep" or source is None or source.lemma_.lower() not in _FINDINGS:
        return None
    if any(not (t.is_punct or t.lower_ in _LINKS) for t in tok.doc[sent.start:tok.i]):
        return _trailing_findings(tok, source)
    after = tok.right_edge.i + 1
    while after < sent.end and tok.doc[after].is_punct:
        after += 1
    if after >= sent.end - 1:
        return None
    return (tok.doc[after].idx, sent.end_char), source


def _trailing_findings(tok: Token, source: Token) -> tuple[tuple[int, int], Token] | None:
    """"[The mayor leads by ten points] in a new poll": the clause before the phrase,
    from its subject, when the phrase hangs on its verb (or on that verb's object: "has
    a lead in the polls") and no cue already reports the clause."""
    head = tok.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj":
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or any(
            t.lemma_ in CUES for t in [head, *head.ancestors]):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")
                 and c.i < tok.i), None)
    if subj is None or subj.tag_ in ("WP", "WDT"):
        return None  # (a relative clause tells about its noun: "Jo, who leads in polls")
    if [t.lower_ for t in source.subtree] == ["the", "polls"]:
        return None  # "in the polls": where one stands, not what some poll found
    lo = subj.left_edge.i
    if any(t.lemma_ in CUES for t in tok.doc[lo:tok.i]):
        return None  # the clause holds a report of its own
    return (tok.doc[lo].idx, tok.idx), source


def _according_before(doc: Doc, i: int, sent: Span) -> tuple[Token, Token] | None:
    """X's head and the word "According" when "According to X," is all that stands
    before the quote opening at token ``i`` in its sentence."""
    j = i - 1
    while j >= sent.start and (doc[j].is_punct or doc[j].is_space):
        j -= 1
    for k in range(max(sent.start, j - 15), j):
        tok = doc[k]
        if tok.lower_ == "according" and (found := _according_to(tok)) is not None:
            source = found[1]
            if source.right_edge.i == j and all(
                    t.is_punct or t.is_space or t.lower_ in ("and", "but", "yet", "so")
                    for t in doc[sent.start:k]):
                return source, tok
    return None


def _according_after(doc: Doc, i: int) -> tuple[Token, Token] | None:
    """X's head and the word "According" when "according to X" follows the quote
    closing just before token ``i`` ("“…,” according to the general staff.")."""
    while i < len(doc) and doc[i].text in _EDGE_PUNCT:
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "according" or doc[i + 1].lower_ != "to":
        return None
    source = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
    return (source, doc[i]) if source is not None else None


# words that link a reported clause to the text before it, not part of what was said
_LINKS = {"and", "but", "so", "yet", "however", "still", "also", "then", "now", "or"}


def _bounds(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """A reported clause without a linking word opening it ("said [but] the talks …",
    "[And], according to X, …"): it ties the clause to the writer's text before it."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return s, e
    lo = 0
    while lo < len(span) - 2 and (span[lo].lower_ in _LINKS and span[lo].dep_ in (
            "cc", "advmod") or span[lo].is_punct and span[lo].text in ",;:—―-"):
        lo += 1
    return span[lo].idx, e


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and text[e - 1] in ",.;: \n\t":
        e -= 1
    while s < e and text[s] in ",;: \n\t":
        s += 1
    return s, e


def _cuts(quoted: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Whether ``s:e`` starts or ends inside a quotation."""
    return any(a < s < b or a < e < b for a, b in _near(quoted, starts, s, e))


def _to_close(text: str, quoted: list[tuple[int, int]], starts: list[int], s: int,
              e: int) -> int:
    """The end of a clause that stops inside a quotation opened within it ("said the
    plan was “a trap, [and] …”", the parser ending the clause early) or short of only
    its closing punctuation (the parser hanging the last marks on the sentence): the
    quotation's end."""
    for a, b in _near(quoted, starts, s, e):
        if a < e < b and (s < a or not text[e:b].strip(".,;:!?…”\"'’» \n")):
            return b
    return e


def _mark_closed(text: str, s: int, e: int) -> int:
    """A clause whose last words were quoted ("signed “within days”") ends after the
    closing mark its punctuation left behind, not on an open quotation."""
    inside = text[s:e]
    straight = inside.count('"') % 2 == 1
    curly = inside.count("“") > inside.count("”")
    rest = text[e:e + 2]
    for mark in ('"' if straight else "", "”" if curly else ""):
        if mark and mark in rest and not rest[:rest.index(mark)].strip(".,;:!? "):
            return e + rest.index(mark) + 1
    return e


def _near(spans: list[tuple[int, int]], starts: list[int], s: int, e: int):
    """The spans (sorted, not overlapping) that may overlap ``s:e``."""
    k = max(0, bisect.bisect_right(starts, s) - 1)
    while k < len(spans) and spans[k][0] < e:
        yield spans[k]
        k += 1


def _indirect(doc: Doc, analysis: Analysis, speakers: _Speakers,
              quoted: list[tuple[int, int]], direct: list[tuple[int, int]],
              start_id: int) -> list[Quote]:
    """Reported clauses; ``direct`` are the spans of direct quotes, marks included,
    which a clause that is all quotation repeats ("According to X, “…”")."""
    out = []
    text = doc_text(doc)
    quoted = sorted(quoted)
    quoted_starts = [q[0] for q in quoted]
    direct_starts = [q[0] for q in direct]
    for tok in doc:
        subj, shortest = None, 8  # a clause needs some words
        if tok.dep_ == "xcomp" and tok.head.lemma_ in COMMISSIVES and tok.head.pos_ == "VERB":
            continue  # "declined to say whether …": the refusal is the report, said once
        if _that_said(tok):
            continue  # "That said, …": a linking phrase of the writer's
        if _left_open(tok):
            continue  # "has not said whether he will attend": nothing was said
        if _anonymity(tok):
            continue  # "who asked not to be named": how one spoke, not what
        if tok.lemma_ in INDIRECT_CUES and tok.pos_ == "VERB" and (
                span := _reported(tok)) is not None:
            subj = _subject(tok)
        elif tok.lemma_ in OBJECT_CUES and tok.pos_ == "VERB" and (
                tok.lemma_ not in _INTENTS or _infinitive(tok) is not None) and (
                tok.lemma_ not in _TOPICAL or any(
                    c.dep_ == "prep" and c.lower_ == "about" for c in tok.children)) and (
                tok.lemma_ != "see" or _sees_as(tok)) and (
                span := _object(tok)) is not None:
            subj, shortest = _subject(tok), 2  # what one backs may be a name: "endorsed [Cruz]"
            if subj is None or _passive(tok) and any(
                    c.dep_ in ("xcomp", "oprd", "acomp") and c.tag_ in ("VBN", "JJ")
                    for c in tok.children) or any(q.start <= tok.idx < q.end for q in out[-3:]):
                continue  # no one to attribute it to, a state told in the passive ("nobody
                # was reported killed"), or part of what someone said
        elif tok.lemma_ in NOUN_CUES and tok.pos_ == "NOUN" and (
                found := _noun_clause(tok)) is not None:
            span, subj = found
        elif tok.lower_ == "according" and (found := _according_to(tok)) is not None:
            span, subj = found
        elif tok.lower_ == "in" and (found := _in_findings(tok)) is not None:
            span, subj = found
        elif tok.lemma_ in INDIRECT_CUES and tok.pos_ == "VERB" and (
                span := _as_said(tok)) is not None:
            subj = _subject(tok)
        else:
            continue
        if span is None:
            continue
        s, e = _strip(text, *_bounds(doc, *span))
        if (label := _LIVE_LABEL.match(text, s)) is not None and label.end() < e:
            s = label.end()  # "Ukraine war live: drones shot down, says air force"
        if _cuts(quoted, quoted_starts, s, e):  # what was cut off held part of a quote
            s, e = _strip(text, *span)
        e = _mark_closed(text, s, _to_close(text, quoted, quoted_starts, s, e))
        if e - s < shortest or _cuts(quoted, quoted_starts, s, e):
            continue  # inside a quotation, or cutting one: a clause holds whole quotes
        if any(a <= s and e <= b for a, b in _near(direct, direct_starts, s, e)):
            continue  # a direct quote already
        if any(a <= tok.idx < b and not (a <= s and e <= b)
               for a, b in _near(quoted, quoted_starts, tok.idx, tok.idx + 1)):
            continue  # a cue inside quote marks reports only words inside them
        if (by := _agent(tok, passive=tok.lemma_ not in CUES)) is not None and (
                tok.tag_ == "VBN"):
            subj = by  # "it was first reported by Acme News", "asked by a reporter whether
            # …": the agent said it
        elif tok.lemma_ == "ask" and tok.tag_ == "VBN" and not any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children) or _passive(tok):
            subj = None  # "Asked about X, Jo Doe said …": who asked goes unnamed (but
            # "Jo Doe has asked X to …" is hers)
        if subj is not None and subj.lower_ == "that" and subj.tag_ == "WDT":
            subj = None  # "a group that backs X": PolNeAR seldom names the relative
        speaker, speaker_text = speakers.at(subj) if subj is not None else (None, None)
        out.append(Quote(id=f"q{start_id + len(out)}", kind="indirect", text=text[s:e],
                         start=s, end=e, speaker=speaker, speaker_text=speaker_text,
                         cue=tok.text, post=post_at(analysis, s)))
    return out
