"""spaCy components that put gazetteer places into ``doc.ents``.

``sitroom_places`` runs *before* the statistical NER: the small English model calls Sumy,
Odesa or Kharkiv a PERSON or a WORK_OF_ART, so prominent GeoNames places are fixed as GPE
first and the NER labels the rest of the sentence around them. It holds back where a name is
likely part of something else: after an honorific ("Mr Jackson"), inside a longer proper
name ("George Washington", "Kyiv Independent"), or when the document uses the word as a
surname elsewhere.

``sitroom_place_lists`` runs *after* the NER: a name in a list of places ("Khiv, Kharkiv,
Sumy and Odesa") that the NER labelled otherwise becomes GPE when the gazetteer knows it.
"""

# No `from __future__ import annotations`: spaCy reads the factories' type hints.
import difflib
import re
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer import ADMIN1, CONTINENT, COUNTRY, Gazetteer, get_gazetteer, normalize
from .lexicon import CALENDAR, HONORIFICS, LOCATIVE, is_name_word

# Words that may stand before a place without making it part of a longer name.
PLACE_PREFIXES = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "greater", "occupied", "free", "independent", "mainland", "downtown", "rural", "in", "from",
    "to", "of", "at", "near", "outside", "across", "and", "or", "both",
}
# A dateline: a name in capitals opening a line or sentence, maybe its state or country,
# maybe the agency, then a dash.
DATELINE = re.compile(
    r"(?:^|\n|[.!?]\s+)([A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,3})(?:,\s+[A-Z][A-Za-z. ]{1,20})?"
    r"(?:\s+\([A-Za-z ]{2,20}\))?\s*(?:-{1,3}|—|–)\s")
PLACE_SUFFIXES = {"oblast", "region", "province", "city", "county", "district", "state"}
REGION_SUFFIXES = {"oblast", "region", "province"}
REGION_WORDS_ANY_CASE = REGION_SUFFIXES | {w.capitalize() for w in REGION_SUFFIXES} | {
    w.upper() for w in REGION_SUFFIXES}
# Heads of organisation names that end in a place: "Security Service of Ukraine", "Bank of
# Russia", "US Embassy in Kyiv"; the place inside is left to the NER, which labels the whole.
ORG_HEADS = {
    "service", "services", "bank", "ministry", "department", "office", "agency", "council",
    "committee", "commission", "university", "institute", "academy", "court", "parliament",
    "assembly", "church", "museum", "embassy", "consulate", "government", "union", "party",
    "army", "forces", "force", "navy", "guard", "police", "college", "school", "hospital",
    "chamber", "association", "foundation", "fund", "authority", "board", "corporation",
    "company", "bureau", "directorate", "command", "staff", "headquarters", "rada", "duma",
    "senate", "congress", "cabinet", "administration", "mission", "federation", "league",
    "society", "prosecutor", "prosecutors", "procuracy", "centre", "center", "group",
}
ORG_LINKS = {"of", "for", "in"}
# the parts of a town a report names by the town: "the Quenbyskyi district of Kharkiv"
CITY_PARTS = {"district", "raion", "neighbourhood", "neighborhood", "suburb", "quarter",
              "borough", "microdistrict"}
INITIAL = re.compile(r"^[A-Z]\.$")
# "St. Petersburg", "Mt. Pleasant": abbreviations that begin place names
ABBREVIATED_WORDS = {"St.", "Ste.", "Mt.", "Ft."}
MAX_TOKENS = 4
STRONG_CITY = 15_000  # a town this size is a place name before it is anything else
STRONG_SPELLING = 50_000  # another spelling of a town's name must be a bigger town's
STRONG_ALT = 300_000  # an alternate name must belong to a city to be trusted
STRONG_CAPS = 100_000  # ALL-CAPS datelines: "KYIV", "LONDON"
# areas a name alone makes a place; seas and regions ("Atlantic", "Gulf", "Baltic") are
# as often words of other names, and are left to the NER
STRONG_AREAS = (COUNTRY, CONTINENT, ADMIN1)


def strength(gaz: Gazetteer, key: str) -> int:
    """How sure a name alone makes us that it is a place: 0 (not), 1 (weak), 2 (strong)."""
    ids = gaz.names.get(key)
    if not ids or len(key) < 2:
        return 0  # a letter alone ("D-Ohio") is no place, whatever it abbreviates
    best = gaz.places[ids[0]]
    if best.feature in STRONG_AREAS:
        return 2
    # its own name with its own accents ("God" is not Göd, "Police" is Police only in Poland)
    plain = _as_news_writes(best.name)
    if normalize(best.name) == key and _ascii(plain) == plain:
        return 2 if best.population >= STRONG_CITY else 1
    # another transliteration of it (Kostiantynivka, Kostyantynivka)
    if _ascii(best.name) == best.name and _transliteration(normalize(best.name), key):
        return 2 if best.population >= STRONG_SPELLING else 1
    # a former or foreign name (Kiev, Nikolaev): only a big city's ("Hamas" is not Hamm)
    return 2 if best.population >= STRONG_ALT else 1


def _transliteration(a: str, b: str) -> bool:
    """Two spellings of one name: same start, nearly the same letters."""
    return (a[:2] == b[:2] and abs(len(a) - len(b)) <= 2 and len(a) >= 6
            and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85)


def _ascii(name: str) -> str:
    return name.encode("ascii", "ignore").decode()


# the consonant marks of a scholarly romanisation (dot or line below, cedilla on h, ayn
# and hamza) that news English drops: "Rafaḩ" is written Rafah. Vowel marks stay, as do
# umlauts and acutes: without them a name may be an English word ("Būsh", "Göd").
_ROMANISATION = {"\u0323", "\u0327", "\u0331", "\u032e", "\u02bf", "\u02be"}


def _as_news_writes(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if c not in _ROMANISATION)


def _lowercase_words(words: list[str]) -> set[str]:
    """Words the document also writes in lower case: common words ("police", "gulf",
    "university"), not names, when they stand alone capitalised."""
    return {w for w in words if w.islower() and w.isalpha()}


def _surname_like(doc: Doc) -> set[str]:
    """Words the document uses as the last part of a longer proper name ("Michael Jackson")."""
    seen = set()
    tokens = list(doc)  # one pass of Token objects, not an index lookup per word
    for prev, tok in zip(tokens, tokens[1:]):
        if not (tok.tag_ in ("NNP", "NNPS") and is_name_word(tok)):
            continue
        if (is_name_word(prev) and not prev.is_sent_start
                and prev.lower_ not in PLACE_PREFIXES | CALENDAR):
            seen.add(tok.text)
        elif INITIAL.match(prev.text) and prev.i > 0 and is_name_word(tokens[prev.i - 1]):
            seen.add(tok.text)  # "Ann K. Bell": a middle initial before a surname
    return seen


def _org_head(tok) -> bool:
    """"Service" in "the Security Service of", "Bank" in "the Bank of"."""
    return is_name_word(tok) and tok.lower_ in ORG_HEADS and (
        tok.tag_ in ("NNP", "NNPS") or not tok.is_sent_start)


class PlaceRuler:
    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gaz = gazetteer or get_gazetteer()
        self._strength: dict[str, int] = {}

    def strength(self, key: str) -> int:
        s = self._strength.get(key)
        if s is None:
            s = self._strength[key] = strength(self.gaz, key)
        return s

    def candidates(self, doc: Doc) -> list[Span]:
        # lower-case region words may end a name: "the Kursk region", "Sumy oblast"
        # (one attribute read per word: this runs on every token of every document)
        words = [t.text for t in doc]
        norms = [normalize(w) if w[:1].isupper() and w.isalpha() or w == "-"
                 or w in ABBREVIATED_WORDS or w in REGION_WORDS_ANY_CASE else ""
                 for w in words]
        surnames = lowercase = None
        spans, i, n = [], 0, len(doc)
        while i < n:
            if not norms[i] or words[i] == "-" or words[i].islower():
                i += 1
                continue
            found = None
            for j in range(min(n, i + MAX_TOKENS), i, -1):
                if not norms[j - 1] or words[j - 1] == "-":
                    continue
                key = " ".join(x for x in norms[i:j] if x)
                if key not in CALENDAR and self.strength(key) == 2:
                    found = doc[i:j]
                    break
            if found is None:
                i += 1
                continue
            if self._fits(doc, found):
                if lowercase is None and len(found) == 1:
                    lowercase = _lowercase_words(words)
                if (len(found) == 1 and found[0].lower_ in lowercase and self.gaz.places[
                        self.gaz.names[norms[i]][0]].feature not in STRONG_AREAS):
                    i = found.end
                    continue
                if len(found) == 1 and not found.text.isupper():
                    if surnames is None:
                        surnames = _surname_like(doc)
                    ids = self.gaz.names[normalize(found.text)]
                    if found.text in surnames and self.gaz.places[ids[0]].feature != COUNTRY \
                            and not (found.start > 0 and doc[found.start - 1].lower_ in LOCATIVE):
                        i = found.end  # a surname here too ("in Washington" is the city)
                        continue
                spans.append(found)
            i = found.end
        return spans

    def _fits(self, doc: Doc, span: Span) -> bool:
        last = span[-2] if len(span) > 1 and span[-1].is_lower else span[-1]
        if span.text.isupper() and len(span.text) > 2:
            # Capitals: datelines ("KYIV", "LONDON") yes; codes, table headings and teams
            # in sports results ("CUP", "NLD") only when a country or a big city's own name.
            key = normalize(span.text)
            best = self.gaz.places[self.gaz.names[key][0]]
            if best.feature != COUNTRY and (len(key) < 4 or best.population < STRONG_CAPS
                                            or normalize(best.name) != key):
                return False
        elif span.text.isupper() and len(span.text) == 2 and not (
                self.gaz.places[self.gaz.names[normalize(span.text)][0]].feature == COUNTRY
                or self.gaz.is_abbreviation(span.text)):
            return False  # "UN", "EU" are bodies, not the hamlet "Un"; "US", "UK" countries
        elif last.tag_ not in ("NNP", "NNPS") and span.text.lower() != "us":
            return False
        if span.start > 0:
            prev = doc[span.start - 1]
            if prev.lower_.rstrip(".") in HONORIFICS:
                return False
            if (prev.lower_ in ORG_LINKS and span.start > 1
                    and _org_head(doc[span.start - 2])):
                return False
            # "George Washington": a proper noun before it, even at the start of a sentence
            if (is_name_word(prev) and prev.lower_ not in PLACE_PREFIXES
                    and not prev.text.isupper()
                    and (not prev.is_sent_start or prev.tag_ in ("NNP", "NNPS"))):
                return False
        if span.end < len(doc):
            nxt = doc[span.end]
            if (is_name_word(nxt) and nxt.tag_ in ("NNP", "NNPS") and not nxt.text.isupper()
                    and nxt.lower_ not in PLACE_SUFFIXES | CALENDAR):
                return False
        return True

    def datelines(self, doc: Doc) -> list[Span]:
        """The town of a wire dateline, however small: "HARWINTON — ", "KYIV, Ukraine
        (Reuters) - ", in capitals at the start of a line or sentence."""
        spans = []
        for m in DATELINE.finditer(doc.text):
            span = doc.char_span(m.start(1), m.end(1))
            # an acronym in capitals is a body's ("NATO - the alliance - met"), not a town's
            if span is not None and (len(span.text) > 4 or " " in span.text) and (
                    self.strength(normalize(span.text)) >= 1):
                spans.append(span)
        return spans

    def __call__(self, doc: Doc) -> Doc:
        found = self.candidates(doc)
        taken = {i for s in found for i in range(s.start, s.end)}
        found += [s for s in self.datelines(doc) if not taken & set(range(s.start, s.end))]
        spans = [Span(doc, s.start, s.end, label="GPE") for s in found]
        if spans:
            doc.set_ents(spans, default="unmodified")
        return doc


class PlaceLists:
    """Relabel as GPE the known places that stand in a list with other places, and as NORP
    the demonyms labelled as places."""

    RELABEL = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP", "FAC", "LAW", "EVENT"}
    # labels of what is not a name: a place's name the NER gives one of them is a slip
    NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gaz = gazetteer or get_gazetteer()

    def demonym(self, text: str) -> bool:
        key = normalize(text)
        return ((key in self.gaz.adjectives or key.removesuffix("s") in self.gaz.adjectives)
                and key not in self.gaz.names and text[:1].isupper() and not text.isupper()
                and " " not in key)  # not "EU", "European Union": bodies, left as they are

    def place_word(self, text: str) -> bool:
        """A strong place's name, capitalised, with no digit and no calendar word."""
        key = normalize(text)
        return (text[:1].isupper() and not any(c.isdigit() for c in text)
                and not set(key.split()) & CALENDAR and strength(self.gaz, key) == 2)

    def country(self, text: str) -> bool:
        """A country's name or short form, all of ``text``: "Zimbabwe", "T&T", "U.S."."""
        ids = self.gaz.names.get(normalize(text))
        return bool(ids) and self.gaz.places[ids[0]].feature == COUNTRY and (
            not text.isupper() or len(text) <= 4)

    def districts(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"the Quenbyskyi district of Kharkiv": the named part of a place as a LOC, "district"
        included, in place of whatever the NER made of its name (a village elsewhere)."""
        out = []
        for host in ents:
            if host.label_ not in ("GPE", "LOC") or host.start < 3:
                continue
            of, kind = doc[host.start - 1], doc[host.start - 2]
            if of.lower_ != "of" or kind.lower_ not in CITY_PARTS:
                continue
            start = kind.i
            while start > 0 and start > kind.i - 3 and is_name_word(doc[start - 1]):
                start -= 1
            if start < kind.i:
                out.append(Span(doc, start, kind.i + 1, label="LOC"))
        return out

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        changed = False
        parts = self.districts(doc, ents)
        if parts:
            taken = {i for p in parts for i in range(p.start, p.end)}
            ents = sorted([e for e in ents if not taken & set(range(e.start, e.end))] + parts,
                          key=lambda e: e.start)
            changed = True
        for k, ent in enumerate(ents):
            if ent.label_ in ("GPE", "LOC", "PERSON") and self.demonym(ent.text):
                # "Ukrainian drones", "the Moldovan border police": a nationality,
                # whatever the NER made of it (a place, or a one-word person)
                ents[k] = Span(doc, ent.start, ent.end, label="NORP")
                changed = True
                continue
            if ent.label_ in self.NOT_NAMES and ent.start > 0 and doc[
                    ent.start - 1].lower_ in LOCATIVE and self.place_word(ent.text):
                # "in Manbij" read as a DATE: a strong place's name after a locative word
                ents[k] = Span(doc, ent.start, ent.end, label="GPE")
                changed = True
                continue
            if ent.label_ not in self.RELABEL or normalize(ent.text) not in self.gaz.names:
                continue
            if ent.label_ in ("ORG", "PERSON") and self.country(ent.text):
                # "Zimbabwe said", "T&T had done": a country's name alone is no firm's
                # or person's, whatever the NER made of it (a government is its country)
                ents[k] = Span(doc, ent.start, ent.end, label="GPE")
                changed = True
                continue
            neighbours = [ents[m] for m in (k - 1, k + 1) if 0 <= m < len(ents)]
            for other in neighbours:
                lo, hi = sorted((ent, other), key=lambda e: e.start)
                between = doc[lo.end:hi.start].text.strip().lower()
                if other.label_ in ("GPE", "LOC") and between in (",", "and", ", and", "or"):
                    ents[k] = Span(doc, ent.start, ent.end, label="GPE")
                    changed = True
                    break
        if changed:
            doc.ents = ents
        return doc


@Language.factory("sitroom_places")
def make_place_ruler(nlp: Language, name: str) -> PlaceRuler:
    return PlaceRuler()


@Language.factory("sitroom_place_lists")
def make_place_lists(nlp: Language, name: str) -> PlaceLists:
    return PlaceLists()
