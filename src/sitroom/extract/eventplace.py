"""Where an event happened, in the report's own words (events.py asks here).

The gazetteer puts an event in a town or a region; a report often says more precisely
where, in words no gazetteer holds: "at the busy bus station", "in a house in the city",
"on a busy pedestrian street", "near the border post". The locative phrase is the
trigger's own ("killed in the same province", "the explosion at the station"), else one
of a clause it governs that shares its setting ("exploded, wounding 13 people on a
street"), else its verb's when the trigger is a noun ("the worst explosion was at the
station"), else one on whom it was done to ("killed a police officer in the city"), else
a place noun before an event noun ("under house arrest"; not "a car bombing"); a
relative "where" names the noun it hangs on ("the bus station, where six
people were killed"). Only a phrase that names a place counts: a place name, or a noun
for a place or a building ("street", "market", "province", "posts"); not a time ("on
Friday"), an event ("in the attack") or a state ("in custody").
"""

from __future__ import annotations

from spacy.tokens import Token

from ._text import conjoined

# Prepositions that say where: "at", "in", "near the border" (not "to", "from": where it
# went or came from; "on" a place word only, as an attack "on" someone is its target).
LOCATIVE = {"in", "at", "on", "near", "outside", "inside", "across", "throughout", "around",
            "along", "within", "beside", "behind", "opposite", "underneath", "beneath",
            "amid", "among", "into", "onto", "off", "past"}
# Nouns for places and buildings, which a gazetteer does not hold.
PLACE_NOUNS = {
    # areas
    "area", "city", "town", "village", "district", "province", "region", "republic",
    "state", "county", "country", "capital", "territory", "neighbourhood", "neighborhood",
    "suburb", "quarter", "centre", "center", "outskirts", "zone", "border", "frontier",
    "countryside", "desert", "mountain", "mountains", "valley", "forest", "coast", "island",
    "sea", "river", "lake", "port", "harbour", "harbor", "camp", "base", "post", "outpost",
    "checkpoint", "barracks", "compound", "governorate", "oblast", "municipality",
    "settlement", "enclave", "parish", "borough", "precinct", "estate", "soil", "place",
    "scene", "spot", "site", "location", "front", "frontline", "line", "position",
    # ways and open places
    "street", "road", "avenue", "boulevard", "lane", "highway", "motorway", "square",
    "plaza", "park", "bridge", "junction", "intersection", "roundabout", "crossing",
    "market", "marketplace", "bazaar", "field", "farm", "beach", "tunnel", "corner",
    "pavement", "sidewalk",
    # buildings and rooms
    "building", "house", "home", "apartment", "flat", "hotel", "restaurant", "cafe", "café",
    "bar", "pub", "club", "shop", "store", "mall", "bakery", "supermarket", "office",
    "headquarters", "station", "terminal", "terminus", "termini", "airport", "airfield",
    "hospital", "clinic", "school", "university", "college", "campus", "church",
    "cathedral", "mosque", "synagogue", "temple", "shrine", "embassy", "consulate",
    "palace", "castle", "parliament", "court", "courthouse", "prison", "jail", "gaol",
    "cell", "factory", "plant", "warehouse", "depot", "garage", "stadium", "arena",
    "hall", "theatre", "theater", "cinema", "museum", "library", "bank", "entrance",
    "gate", "room", "lobby", "courtyard", "yard", "ward", "bus", "train", "car", "vehicle",
    "concert", "festival", "wedding", "funeral", "venue", "complex", "facility",
    "installation", "ministry", "residence", "dormitory",
}
# Place nouns that are the means of an attack when they modify it: "a car bombing".
VEHICLES = {"bus", "train", "car", "vehicle"}
# Places one is "on", or attacks as a whole: "on a busy street", "the bombing of the city".
AREAS = {"street", "road", "avenue", "boulevard", "lane", "highway", "motorway", "square",
         "bridge", "soil", "border", "frontier", "front", "frontline", "outskirts", "coast",
         "island", "territory", "pavement", "sidewalk", "city", "town", "village", "area",
         "district", "province", "region", "neighbourhood", "neighborhood"}
# Prepositions through which a verb tells the event it came of: "killed in attacks",
# "wounded during the raid" (not "seen on the streets after the bombing").
CAUSES = {"in", "during", "by", "from", "under"}
# Abbreviated street names: "Oxford St", "Deerpark Rd".
STREETS = {"st", "rd", "ave", "blvd", "sq"}
# Nouns that group events, which stand for them in the clause: "a wave of shooting".
GROUP_NOUNS = {"series", "wave", "spate", "string", "round", "flurry", "volley", "campaign"}
# Place-name entity types.
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Dependents that leave the phrase: what happened there, told after it.
CLAUSES = {"relcl", "acl", "advcl"}


def location(tok: Token, target: Token | None = None) -> tuple[int, int] | None:
    """Character span of the phrase that says where the event of ``tok`` happened, with
    its preposition ("at the busy bus station", "in the same province"), or None.
    ``target`` is whom it was done to: a phrase "on" it is the target, not a place, but a
    town or a street attacked is where it happened ("the bombing of the city")."""
    for source in _sources(tok):
        for prep in sorted((c for c in source.children if c.dep_ == "prep"),
                           key=lambda c: (c.i < tok.i, abs(c.i - tok.i))):
            span = _place_phrase(prep, target)
            if span is not None:
                return span
    if target is not None and target.dep_ in ("dobj", "nsubjpass") and (
            target.head.i == tok.i or tok.dep_ == "nsubj" and target.head.i == tok.head.i):
        # "killed a police officer in Iraq", "the blast hit a shop on Main Street": the
        # place hangs on whom it was done to
        for prep in (c for c in target.children if c.dep_ == "prep"):
            span = _place_phrase(prep, target, 1)
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if span is not None and obj is not None and _names_place(obj):
                return span
    if tok.pos_ == "NOUN":
        # "under house arrest", "the checkpoint attack": a place noun that names where
        # (not the vehicle of a "car bombing")
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in PLACE_NOUNS \
                    and c.lemma_.lower() not in VEHICLES:
                return c.left_edge.idx, c.idx + len(c)
    noun = _where_of(tok)
    if noun is not None:
        return noun.left_edge.idx, noun.idx + len(noun)
    if target is not None and target.dep_ in ("dobj", "pobj") and (
            target.lemma_.lower() in AREAS):
        return target.left_edge.idx, _end(target)  # "the bombing of the city"
    return None


def _sources(tok: Token) -> list[Token]:
    """The trigger, the non-finite clauses it governs ("exploded, wounding 13 people on a
    street"), and for a noun the verb it is subject or object of."""
    out = [tok]
    out += [c for c in tok.children if c.dep_ in ("advcl", "xcomp", "conj") and (
        c.tag_ == "VBG") and not any(g.dep_.startswith("nsubj") for g in c.children)]
    if tok.dep_ == "oprd":
        out.append(tok.head)  # "shot dead outside his shop": the shooting's setting
    noun = tok
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_.lower() in GROUP_NOUNS):
        noun = noun.head.head  # "a wave of shooting began in the eastern districts"
    if noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            noun.head.pos_ in ("VERB", "AUX")):
        out.append(noun.head)  # "the worst explosion was at the station"
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in CAUSES and (
            noun.head.head.pos_ == "VERB"):
        out.append(noun.head.head)  # "were killed in attacks in the province"
    return out


def _place_phrase(prep: Token, target: Token | None, depth: int = 0) -> tuple[int, int] | None:
    if prep.lower_ not in LOCATIVE and prep.lower_ != "between":
        return None
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    if prep.lower_ == "behind" and obj.lower_ == "bars":
        return None  # "put behind bars": in custody, not at a bar
    if prep.lower_ in LOCATIVE and is_place(obj) and not (
            prep.lower_ == "on" and not _names_place(obj)) and not (
            target is not None and obj.i == target.i and not _names_place(obj)):
        return prep.idx, _end(obj)
    if depth == 0:
        # "behind closed doors in a school": the place further in, also on the last of
        # the sides ("a battle between troops and rebels in the market area")
        for inner in (c for w in conjoined(obj) for c in w.children):
            if inner.dep_ == "prep":
                span = _place_phrase(inner, target, 1)
                if span is not None:
                    return span
    return None


def is_place(tok: Token) -> bool:
    """A place name, or a noun for a place or a building ("street", "cafe")."""
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    return tok.ent_type_ in PLACE_TYPES or tok.lemma_.lower() in PLACE_NOUNS or (
        tok.lower_ in PLACE_NOUNS) or tok.lower_.rstrip(".") in STREETS or any(
        c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in tok.children)


def _names_place(tok: Token) -> bool:
    """A name or a noun of a place one can be "on" or attack as an area: "on a busy
    street", "on Oxford Street" (not "an attack on the market": the market is hit)."""
    return tok.ent_type_ in PLACE_TYPES or tok.lemma_.lower() in AREAS


def _end(obj: Token) -> int:
    """Where the place phrase ends: before a clause that tells what happened there
    ("the bus station, where six were killed")."""
    last = obj.right_edge
    for c in obj.children:
        if c.dep_ in CLAUSES and c.i > obj.i:
            last = obj.doc[c.left_edge.i - 1] if c.left_edge.i > obj.i else obj
            break
    while last.i > obj.i and (last.is_punct or last.is_space  # a headline's line break
                              or last.lower_ in ("where", "which", "that")):
        last = last.nbor(-1)
    return last.idx + len(last)


def _where_of(tok: Token) -> Token | None:
    """The place a relative "where" clause hangs on: "the station, where six were killed"."""
    v = tok
    for _ in range(3):
        if v.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod"
                                     for c in v.children):
            return v.head if is_place(v.head) else None
        if v.head.i == v.i:
            return None
        v = v.head
    return None
