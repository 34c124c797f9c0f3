"""Entities: one per real-world actor in a document, with every form the text uses.

From the NER spans of the ``Doc`` (after the gazetteer ruler), this layer

- cleans each mention: a possessive clitic is dropped ("Putin’s" -> "Putin"), honorifics are
  kept in the mention but not in the name ("Sir Keir", "Mr Starmer");
- mends labels the small model gets wrong for people: a single word that is the surname of a
  person named in full elsewhere ("Trump" tagged ORG) is that person;
- groups people by full name, surname, or (after Sir/Dame) given name; places by their
  gazetteer entry ("US", "U.S.", "United States" are one); organisations by name and
  acronym ("EU", "the European Union");
- reads roles: a role phrase right before a name ("foreign minister Sergei Lavrov",
  "Ukraine’s president Volodymyr Zelensky") or after it (", the UK prime minister,") goes to
  ``roles[]``, and a role phrase standing alone ("the US president", "the British leader")
  becomes a mention of the one person who holds that role for that country;
- finds the names again where the NER missed them (a surname in a headline).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..model import Analysis, Entity, Mention
from ..nlp.gazetteer import COUNTRY, get_gazetteer, normalize
from ..nlp.lexicon import CALENDAR, HONORIFICS, LOCATIVE, is_name_word
from . import extractor
from ._text import doc_text

TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}
PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "di", "du", "la", "le", "bin",
             "ibn", "al", "el"}
# Honorifics that go with a given name (British knighthoods): "Sir Keir" is Keir Starmer.
GIVEN_NAME_HONORIFICS = {"sir", "dame"}
# Verbs whose subject is a person, not a state or a body: "met", "told", "flew".
PERSON_VERBS = {"meet", "tell", "visit", "travel", "fly", "hand", "phone", "greet", "host",
                "thank", "praise", "arrive", "shake", "hug", "smile", "joke"}
ROLE_NOUNS = {
    "president", "minister", "secretary", "chancellor", "ambassador", "leader", "editor",
    "correspondent", "spokesman", "spokeswoman", "spokesperson", "envoy", "ally", "predecessor",
    "successor", "commander", "chief", "general", "king", "queen", "premier", "governor",
    "mayor", "senator", "official", "head", "chair", "chairman", "chairwoman", "director",
    "adviser", "advisor", "negotiator", "counterpart", "diplomat", "emperor", "monarch",
    "prince", "princess", "pope", "founder", "ceo", "reporter", "analyst", "colonel",
    "lieutenant", "captain", "admiral", "marshal", "sergeant", "representative", "lawmaker",
    "mp", "congressman", "congresswoman", "speaker", "commissioner", "rapporteur", "deputy",
}
ROLE_MODIFIERS = {
    "prime", "foreign", "defence", "defense", "political", "deputy", "former", "interior",
    "finance", "vice", "special", "senior", "top", "military", "security", "national", "home",
    "economy", "justice", "health", "energy", "state", "chief", "supreme", "first", "acting",
    "executive", "general", "international", "diplomatic", "presidential", "economic",
    "culture", "trade", "treasury", "opposition", "armed", "forces", "staff", "press",
    "communications", "intelligence", "army", "navy", "air", "force", "european", "affairs",
    "world", "of",
}
# "the British leader" may mean its president, prime minister or chancellor.
LEADER_ROLES = {"leader", "president", "prime minister", "chancellor", "premier", "king",
                "queen", "head of state", "head of government"}
# Demonyms whose form cannot be derived from the country's name.
DEMONYMS = {
    "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "american": "US",
    "french": "FR", "dutch": "NL", "swiss": "CH", "danish": "DK", "swedish": "SE",
    "finnish": "FI", "polish": "PL", "turkish": "TR", "greek": "GR", "irish": "IE",
    "spanish": "ES", "portuguese": "PT", "chinese": "CN", "japanese": "JP", "israeli": "IL",
    "iranian": "IR", "iraqi": "IQ", "saudi": "SA", "emirati": "AE", "qatari": "QA",
    "belarusian": "BY", "belarussian": "BY", "georgian": "GE", "hungarian": "HU",
    "czech": "CZ", "slovak": "SK", "norwegian": "NO", "lithuanian": "LT", "latvian": "LV",
    "estonian": "EE", "romanian": "RO", "moldovan": "MD", "bulgarian": "BG", "serbian": "RS",
    "croatian": "HR", "korean": "KR", "north korean": "KP", "south korean": "KR",
    "german": "DE", "russian": "RU", "ukrainian": "UA", "italian": "IT", "canadian": "CA",
    "australian": "AU", "indian": "IN", "pakistani": "PK", "syrian": "SY", "lebanese": "LB",
    "palestinian": "PS", "egyptian": "EG", "kazakh": "KZ", "armenian": "AM", "azerbaijani": "AZ",
    "belgian": "BE", "austrian": "AT", "brazilian": "BR", "mexican": "MX",
}


@dataclass
class _Cluster:
    type: str
    key: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # name forms without honorifics
    roles: list[str] = field(default_factory=list)
    role_keys: set[tuple[str | None, str]] = field(default_factory=set)
    kb_id: str | None = None
    canonical: str | None = None


def _strip_span(span: Span) -> Span | None:
    """Drop determiners at the start and possessive clitics / punctuation at the end."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
        end -= 1
    return doc[start:end] if end > start else None


def _honorific(tok) -> bool:
    return tok.lower_.rstrip(".") in HONORIFICS and tok.text[0].isupper()


def _name_words(span: Span) -> list[str]:
    words = [t.text for t in span if not t.is_punct or t.text == "-"]
    while words and words[0].lower().rstrip(".") in HONORIFICS and len(words) > 1:
        words = words[1:]
    return words


def _name(span: Span) -> str:
    """The name as written, honorifics left out: "Mr Lavrov" -> "Lavrov"."""
    k = span.start
    while k < span.end - 1 and _honorific(span.doc[k]):
        k += 1
    return span.doc[k:span.end].text


def nationality_states(analysis: Analysis) -> dict[str, str | None]:
    """Each nationality's state entity, where the document names the country: "Russian"
    -> Russia (None where it does not)."""
    countries = country_entities(analysis)
    return {e.id: countries.get(country_code(e.name)) for e in analysis.entities
            if e.type == "NORP"}


def country_entities(analysis: Analysis) -> dict[str, str]:
    """The entity of each country the document names, by ISO code."""
    return {p.country: p.entity for p in analysis.places
            if p.precision == "country" and p.country and p.entity}


def country_code(text: str) -> str | None:
    """ISO code for a country name or demonym ("UK", "Ukraine’s", "British")."""
    key = normalize(re.sub(r"['’]s$", "", text))
    if key in DEMONYMS:
        return DEMONYMS[key]
    gaz = get_gazetteer()
    code = gaz.country_of(key)
    if code:
        return code
    for suffix in ("ians", "ans", "ian", "an", "n", "ese", "i", "s"):
        if key.endswith(suffix):
            stem = key[: -len(suffix)]
            for cand in (stem, stem + "a", stem + "e", stem + "ia", stem + "y"):
                code = gaz.country_of(cand)
                if code:
                    return code
    return None


class _Builder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.gaz = get_gazetteer()
        self.clusters: list[_Cluster] = []
        self.by_key: dict[tuple[str, str], _Cluster] = {}
        self.taken: dict[tuple[int, int], _Cluster] = {}  # token span -> cluster
        self.by_start: dict[int, tuple[int, _Cluster]] = {}
        self.by_end: dict[int, tuple[int, _Cluster]] = {}

    # -- grouping ---------------------------------------------------------------------
    def cluster(self, type_: str, key: str) -> _Cluster:
        c = self.by_key.get((type_, key))
        if c is None:
            c = self.by_key[(type_, key)] = _Cluster(type_, key)
            self.clusters.append(c)
        return c

    def add(self, c: _Cluster, span: Span, name: str | None = None) -> None:
        if (span.start, span.end) in self.taken:
            return
        self.taken[(span.start, span.end)] = c
        self.by_start[span.start] = (span.end, c)
        self.by_end[span.end] = (span.start, c)
        c.mentions.append((span.start_char, span.end_char))
        if name:
            c.names.append(name)

    def key_for(self, type_: str, span: Span) -> tuple[str, str | None, str | None]:
        """(cluster key, kb_id, canonical name) for a non-person mention."""
        text = _name(span)
        if type_ in ("GPE", "LOC", "FAC"):
            cands = [] if self.gaz.is_facility(text) else self.gaz.lookup(text)
            if cands and (cands[0].feature == COUNTRY or type_ == "GPE"):
                # grouped by their likeliest gazetteer entry; the places layer, which weighs
                # the whole document, sets kb_id
                best = cands[0]
                return f"geonames:{best.geonameid}", None, best.name
        if type_ == "NORP":
            code = country_code(text)
            if code:
                return f"norp:{code}:{normalize(text).rstrip('s')}", None, None
        return normalize(text), None, None

    # -- people -----------------------------------------------------------------------
    def people(self, spans: list[Span]) -> None:
        full = [s for s in spans if len(_name_words(s)) >= 2]
        single = [s for s in spans if len(_name_words(s)) < 2]
        by_last: dict[str, list[_Cluster]] = {}
        for span in sorted(full, key=lambda s: -len(_name_words(s))):
            words = _name_words(span)
            first, last = words[0].lower(), words[-1].lower()
            match = None
            for c in by_last.get(last, []):
                firsts = {n.split()[0].lower() for n in c.names if " " in n}
                if first in firsts or len(firsts) == 0:
                    match = c
                    break
            if match is None:
                match = self.cluster("PERSON", " ".join(w.lower() for w in words))
                by_last.setdefault(last, []).append(match)
            self.add(match, span, " ".join(words))
        for span in single:
            word = _name_words(span)[0] if _name_words(span) else span.text
            target = self.person_for_word(word, span, by_last)
            if target is None:
                target = self.cluster("PERSON", word.lower())
                by_last.setdefault(word.lower(), []).append(target)
            self.add(target, span, word)
        self.by_last = by_last

    def person_for_word(self, word: str, span: Span, by_last) -> _Cluster | None:
        lw = word.lower()
        cands = by_last.get(lw, [])
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1:  # the most recently mentioned namesake
            def last_before(c: _Cluster) -> int:
                return max((m[0] for m in c.mentions if m[0] < span.start_char), default=-1)

            return max(cands, key=last_before)
        prev = self.doc[span.start - 1] if span.start > 0 else None
        if span[0].lower_ in GIVEN_NAME_HONORIFICS or (
                prev is not None and prev.lower_ in GIVEN_NAME_HONORIFICS):
            for c in self.clusters:
                if c.type == "PERSON" and any(n.split()[0].lower() == lw for n in c.names
                                              if " " in n):
                    return c
        return None

    # -- roles ------------------------------------------------------------------------
    def qualifier(self, start: int) -> tuple[int, str | None, str | None]:
        """The qualifier ending right before token ``start``: (start token, text, key)."""
        doc = self.doc
        k = start
        if k > 0 and doc[k - 1].tag_ == "POS":
            k -= 1
        if k > 0 and doc[k - 1].lower_ in ("his", "her", "their", "its", "our", "my"):
            return k - 1, doc[k - 1].text, None
        if k in self.by_end:
            s, c = self.by_end[k]
            text = doc[s:start].text  # with its possessive: "Ukraine’s"
            if c.type in ("GPE", "NORP"):
                return s, text, country_code(doc[s:k].text)
            return s, text, f"{c.type}:{c.key}"
        # a name the NER left out: "EU Council president", "Kremlin spokesman"
        s = k
        while s > 0 and k - s < 4 and doc[s - 1].tag_ in ("NNP", "NNPS"):
            s -= 1
        if s < k:
            name = doc[s:k].text
            return s, doc[s:start].text, country_code(name) or f"NAME:{name.lower()}"
        return start, None, None

    def role_before(self, span: Span) -> tuple[int, list[str]] | None:
        """Role words right before a name, titles in the mention included:
        "foreign minister Sergei Lavrov", "Finnish President Alexander Stubb".
        Returns (first token of the role, its words)."""
        doc = self.doc
        k = span.start
        while k < span.end - 1 and _honorific(doc[k]):
            k += 1  # first token of the name proper
        words = [t.lower_ for t in doc[span.start:k] if t.lower_ in ROLE_NOUNS]
        j = span.start
        while j > 0 and doc[j - 1].lower_ in ROLE_NOUNS | ROLE_MODIFIERS and (
                doc[j - 1].is_lower or doc[j - 1].is_title):
            words.insert(0, doc[j - 1].lower_)
            j -= 1
        while words and words[0] == "of":
            words.pop(0)
            j += 1
        if not words or words[-1] not in ROLE_NOUNS:
            return None
        # "president Donald Trump" and "President Trump" both give the role "president"
        return j, words

    def roles(self) -> None:
        doc = self.doc
        for (s, e), c in list(self.taken.items()):
            if c.type != "PERSON":
                continue
            found = self.role_before(doc[s:e])
            if found:
                j, words = found
                _, qtext, qkey = self.qualifier(j)
                self.add_role(c, words, qtext, qkey)
            # Appositive after the name: "Keir Starmer, the UK prime minister,"
            if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in ("the", "a"):
                phrase = self.role_phrase(e + 2)
                if phrase:
                    _, words, qtext, qkey = phrase
                    self.add_role(c, words, qtext, qkey)

    def role_phrase(self, k: int) -> tuple[int, list[str], str | None, str | None] | None:
        """A role phrase from token ``k``: an optional country ("UK", "Ukraine’s",
        "British") then lower-case role words ending in a role noun.
        Returns (end token, role words, country text, country code)."""
        doc = self.doc
        qtext = qkey = None
        e, c = self.by_start.get(k, (None, None))
        if c is not None and c.type in ("GPE", "NORP"):
            qtext, qkey = doc[k:e].text, country_code(doc[k:e].text)
            if qkey is None:
                return None
            k = e + 1 if e < len(doc) and doc[e].tag_ == "POS" else e
        words = []
        while k < len(doc) and doc[k].is_lower and doc[k].lower_ in ROLE_NOUNS | ROLE_MODIFIERS:
            words.append(doc[k].lower_)
            k += 1
        if not words or words[-1] not in ROLE_NOUNS:
            return None
        return k, words, qtext, qkey

    def add_role(self, c: _Cluster, words: list[str], qtext: str | None, qkey: str | None):
        role = " ".join(words)
        label = f"{qtext} {role}" if qtext and qkey is not None else role
        if label not in c.roles:
            c.roles.append(label)
        c.role_keys.add((qkey, role))

    def role_mentions(self) -> None:
        """"the US president" standing alone: a mention of whoever holds that role."""
        doc = self.doc
        for tok in doc:
            if tok.lower_ != "the":
                continue
            phrase = self.role_phrase(tok.i + 1)
            if phrase is None:
                continue
            k, words, _, qkey = phrase
            nxt = doc[k] if k < len(doc) else None
            if nxt is not None and (nxt.ent_type_ == "PERSON" or _honorific(nxt)):
                continue  # an appositive before a name, handled by roles()
            if any(s <= tok.i < e or s < k <= e for (s, e) in self.taken):
                continue
            role = " ".join(words)
            holder = self.holder(role, qkey, doc[tok.i:k])
            if holder is None and qkey is not None:
                # "Sir Keir Starmer opened the meeting. The British prime minister said…":
                # a country's role-holder nobody else holds is the person just named.
                holder = self.recent_person(tok.i, qkey)
                if holder is not None:
                    self.add_role(holder, words, doc[tok.i + 1:k - len(words)].text, qkey)
            if holder is not None:
                self.add(holder, doc[tok.i:k])

    def recent_person(self, i: int, qkey: str) -> _Cluster | None:
        """The person last named within the two sentences before token ``i``, if no role of
        theirs ties them to another country."""
        sent_start = self.doc[i].sent.start
        prev = self.doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
        best = None
        for (s, e), c in self.taken.items():
            # the person the text is about: a subject, not one named in passing ("…
            # Putin's forces. The US president said": not Putin)
            about = any(t.dep_ in ("nsubj", "nsubjpass") for t in self.doc[s:e])
            if c.type == "PERSON" and about and prev <= s and e <= i and (
                    best is None or s > best[0]):
                best = (s, c)
        if best is None:
            return None
        c = best[1]
        if any(k is not None and k != qkey for k, _ in c.role_keys):
            return None
        return c

    def holder(self, role: str, qkey: str | None, span: Span) -> _Cluster | None:
        def fits(c: _Cluster) -> bool:
            for key, r in c.role_keys:
                same = r == role or r.endswith(" " + role) or (
                    role == "leader" and (r in LEADER_ROLES or r.split()[-1] in LEADER_ROLES))
                if same and (qkey is None or key is None or key == qkey):
                    if qkey is not None and key is not None and key != qkey:
                        continue
                    return True
            return False

        cands = [c for c in self.clusters if c.type == "PERSON" and fits(c)]
        if qkey is None:  # "the prime minister": only someone already named
            cands = [c for c in cands if min(c.mentions)[0] < span.start_char]
        if qkey is not None:
            exact = [c for c in cands if any(k == qkey for k, _ in c.role_keys)]
            if exact:
                cands = exact
            else:
                # without a stated country, a role-holder qualified by an organisation or
                # another person ("EU Council president") is not this country's
                cands = [c for c in cands if any(k is None for k, _ in c.role_keys)]
        if len(cands) == 1:
            return cands[0]
        return None

    # -- recall -----------------------------------------------------------------------
    def propagate(self) -> None:
        """Find again, as whole words, the names the NER found elsewhere in the document."""
        forms: dict[str, _Cluster] = {}
        for c in self.clusters:
            if c.type == "PERSON":
                for n in c.names:
                    forms.setdefault(n, c)
                    last = n.split()[-1]
                    if len(last) > 2 and len(self.by_last.get(last.lower(), [])) == 1:
                        forms.setdefault(last, c)
            elif c.type in ("ORG", "GPE"):
                for n in c.names:
                    if len(n) > 2 and n[0].isupper():
                        forms.setdefault(n, c)
        if not forms:
            return
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        covered = [False] * (len(self.text) + 1)
        for c in self.clusters:
            for s, e in c.mentions:
                for i in range(s, e):
                    covered[i] = True
        for m in pattern.finditer(self.text):
            if any(covered[m.start():m.end()]):
                continue
            span = self.doc.char_span(m.start(), m.end())
            if span is None or span[0].ent_type_ not in ("", "PERSON", "ORG", "GPE", "NORP"):
                continue
            if span[0].ent_type_ and span[0].ent_iob_ == "I":
                continue
            c = forms[m.group()]
            start = span.start
            while start > 0 and _honorific(self.doc[start - 1]):
                start -= 1
            self.add(c, self.doc[start:span.end], m.group())

    # -- output -----------------------------------------------------------------------
    def entities(self) -> list[Entity]:
        out = []
        ordered = sorted((c for c in self.clusters if c.mentions), key=lambda c: min(c.mentions))
        for i, c in enumerate(ordered, 1):
            mentions = sorted(set(c.mentions))
            texts = [self.text[s:e] for s, e in mentions]
            if c.canonical:
                name = c.canonical
            elif c.names:
                longest = max(len(n.split()) for n in c.names)
                name = next(n for n in c.names if len(n.split()) == longest)
            else:
                name = texts[0]
            aliases = sorted({t for t in texts if t != name})
            out.append(Entity(
                id=f"e{i}", type=c.type, name=name, aliases=aliases, roles=c.roles,
                kb_id=c.kb_id,
                mentions=[Mention(start=s, end=e, text=t) for (s, e), t in zip(mentions, texts)],
            ))
        return out


def _person_surnames(spans: list[tuple[str, Span]]) -> set[str]:
    out = set()
    for label, span in spans:
        words = _name_words(span)
        if label == "PERSON" and len(words) >= 2:
            out.add(words[-1].lower())
    return out


def _unlabelled_people(doc: Doc, found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Names the small model leaves out where only a person fits: the proper-noun subject
    of "met", "told", "visited", "flew" ("Starmer met Trump at the White House"), unless the
    word names a place of its own or a big one ("Kyiv told …" is a government; "Yermak", an
    old name of a Kazakh town, is still the man)."""
    taken = {i for _, span in found for i in range(span.start, span.end)}
    gaz = get_gazetteer()
    out = []
    for tok in doc:
        if (tok.dep_ != "nsubj" or tok.tag_ != "NNP" or tok.i in taken or not tok.is_title
                or len(tok) < 3 or tok.head.lemma_ not in PERSON_VERBS
                or tok.head.pos_ != "VERB"):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title \
                and doc[start - 1].tag_ == "NNP" and start - 1 not in taken:
            start -= 1
        span = doc[start:tok.i + 1]
        key = normalize(tok.text)
        if span.text.lower() in CALENDAR or any(
                normalize(p.name) == key or p.population >= 100_000 for p in gaz.lookup(key)):
            continue
        while span.start > 0 and _honorific(doc[span.start - 1]):
            span = doc[span.start - 1:span.end]
        out.append(("PERSON", span))
    return out


def _with_particles(doc: Doc, span: Span) -> Span:
    """"Ursula von" + "der Leyen": a person's name runs on over nobiliary particles."""
    end = span.end
    k = end
    while k < len(doc) and doc[k].lower_ in PARTICLES:
        k += 1
    if k > end and k < len(doc) and is_name_word(doc[k]):
        while k < len(doc) and is_name_word(doc[k]):
            k += 1
        end = k
    return doc[span.start:end]


def mentions_of(doc: Doc) -> list[tuple[str, Span]]:
    """Cleaned (label, span) pairs from the NER, people's honorifics included."""
    out = []
    consumed = -1
    for ent in doc.ents:
        label = ent.label_
        if label not in TYPES or ent.start < consumed:
            continue
        if label == "PERSON":
            ent = _with_particles(doc, ent)
            consumed = ent.end
        span = _strip_span(ent)
        if span is None or not any(c.isalpha() for c in span.text):
            continue
        start = span.start
        while start > 0 and _honorific(doc[start - 1]) and label in ("PERSON", "ORG"):
            start -= 1
        out.append((label, doc[start:span.end]))
    out += _unlabelled_people(doc, out)
    # A single word that is a person's surname, or that follows Mr/Sir, is that person;
    # otherwise a name takes the label the document gives it most ("Kyiv" is a place even
    # where the model once calls it a person).
    surnames = _person_surnames(out)
    votes: dict[str, Counter] = {}
    for label, span in out:
        votes.setdefault(span.text, Counter())[label] += 1
    fixed = []
    for label, span in out:
        words = _name_words(span)
        # (but "in Gainesville" is the town, whoever else is called Gainesville)
        placed = label == "GPE" and span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE
        if len(words) == 1 and (words[0].lower() in surnames and not placed or (
                len(span) > 1 and _honorific(span[0]))):
            label = "PERSON" if label in ("PERSON", "ORG", "GPE", "NORP") else label
        else:
            top, n = votes[span.text].most_common(1)[0]
            if n > votes[span.text][label]:
                label = top
        if label == "GPE" and span.text.lower() in CALENDAR:
            continue  # "March" is a month before it is a town in Cambridgeshire
        fixed.append((label, span))
    return fixed


@extractor("entities")
def extract_entities(doc: Doc, analysis: Analysis) -> Analysis:
    b = _Builder(doc)
    found = mentions_of(doc)
    b.people([s for label, s in found if label == "PERSON"])
    for label, span in found:
        if label == "PERSON":
            continue
        key, kb_id, canonical = b.key_for(label, span)
        c = b.cluster(label, key)
        c.kb_id = c.kb_id or kb_id
        c.canonical = c.canonical or canonical
        b.add(c, span, _name(span))
    _merge_acronyms(b)
    b.roles()
    b.role_mentions()
    b.propagate()
    return analysis.model_copy(update={"entities": b.entities()})


def _merge_acronyms(b: _Builder) -> None:
    """"EU" and "European Union" are one organisation."""
    orgs = [c for c in b.clusters if c.type in ("ORG", "GPE") and c.names]
    longs = {}
    for c in orgs:
        for n in c.names:
            words = [w for w in n.split() if w[0].isupper()]
            if len(words) >= 2:
                longs.setdefault("".join(w[0] for w in words).upper(), c)
    for c in orgs:
        for n in c.names:
            acr = n.replace(".", "")
            target = longs.get(acr) if acr.isupper() and 2 <= len(acr) <= 6 else None
            if target is not None and target is not c and c.mentions:
                target.mentions.extend(c.mentions)
                target.names.extend(c.names)
                for (s, e), owner in b.taken.items():
                    if owner is c:
                        b.taken[(s, e)] = target
                        b.by_start[s], b.by_end[e] = (e, target), (s, target)
                c.mentions = []
                break
