"""events: event coding on CASE 2021 task 2 and event extraction on WikiEvents.

**CASE 2021 task 2** (PATH a ``.tsv`` of ``id, EventSnippet, SubType``): each snippet is
analyzed and its events' coding gives one of the 30 labels: the ACLED sub-event of its
events (the most specific, in :data:`PRECEDENCE`) mapped to CASE's names, else what the
coder says of the snippet: an accusation of who was behind it (ATTRIB), talks and visits
(DIPLO), a disaster or organised crime (:func:`sitroom.extract.acled.incident`), else
OTHER. Scores: accuracy, weighted and macro F1 over all 30 labels, F1 per label. The
keyword baseline counts a few obvious words per label; the majority baseline says the
most frequent gold label.

**WikiEvents** (PATH the folder, ``--split dev`` by default, or a ``.jsonl``): the KAIROS
types of :data:`KAIROS` are mapped to PLOVER and only those are scored (ACCUSE and CONCEDE
only in the modes of :data:`MODES`: a legal charge, a release; ASSAULT not in the modes of
:data:`UNMAPPED_MODES`: seizing ground). A trigger is
identified when sitroom's trigger word lies inside a gold trigger of a mapped type, and
classified when the types agree too; every sitroom event of a PLOVER type in the mapping
counts. Arguments (actor, target, place) are scored on classified triggers by **head
match**: a predicted argument is right when its text contains the head word WikiEvents
marks for a gold argument of a role that maps to it (:data:`ROLES`); a coordinated phrase
("four workers and two soldiers") counts as one argument per conjunct whose head it
contains, as WikiEvents marks each conjunct; the place is the gazetteer's place or the
phrase that says where in the report's words (``location_text``: "at the bus station"),
one argument, right when either holds the head (WikiEvents marks common nouns, "station",
"street", that no gazetteer holds); arguments of unmatched events count as missed
or wrong. ``arg_coref_f1`` is WikiEvents' second measure, **coreference match**: a
predicted argument is also right when it holds the head of a mention the data set's
``coref/`` file puts in the gold argument's cluster ("who" in "the mayor, who died" and
"the mayor"; "the general" and "he"). ``arg_head_strict_f1`` is the literature's head
match (Li et al. 2021), stricter than ``arg_f1``: a phrase is right only when its own
syntactic head is the gold head, one argument per phrase; it is the figure to set beside
published ones. ``--errors FILE`` lists each false or missed trigger and argument. The
keyword baseline tags the trigger words of a fixed list and finds no arguments.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

from ..extract import acled
from ..model import Analysis, Document
from ..nlp.model import load_model
from ..pipeline import analyze
from . import task
from .report import EvalResult
from .scoring import PRF

# --- CASE 2021 task 2 -------------------------------------------------------------------

CASE_OF_SUB = {
    "Abduction/forced disappearance": "ABDUCT_DISSAP", "Agreement": "AGREEMENT",
    "Air/drone strike": "AIR_STRIKE", "Armed clash": "ARMED_CLASH", "Arrests": "ARREST",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK", "Attack": "ATTACK",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT", "Chemical weapon": "CHEM_WEAP",
    "Disrupted weapons use": "DISR_WEAP",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Government regains territory": "GOV_REGAINS_TERIT", "Grenade": "GRENADE",
    "Headquarters or base established": "HQ_ESTABLISHED", "Mob violence": "MOB_VIOL",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER", "Other": "OTHER",
    "Peaceful protest": "PEACE_PROTEST", "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Remote explosive/landmine/IED": "REM_EXPLOS", "Sexual violence": "SEX_VIOL",
    "Suicide bomb": "SUIC_BOMB", "Violent demonstration": "VIOL_DEMONSTR",
}
INCIDENTS = {"natural disaster": "NATURAL_DISASTER", "man-made disaster": "MAN_MADE_DISASTER",
             "organised crime": "ORG_CRIME"}
CASE_LABELS = tuple(sorted([*CASE_OF_SUB.values(), *INCIDENTS.values(), "DIPLO", "ATTRIB"]))
# When a snippet has several events, the most specific coding wins: how it was done
# (the weapon) before what happened (a clash, an attack), a protest's outcome before the
# protest.
PRECEDENCE = ["SUIC_BOMB", "CHEM_WEAP", "GRENADE", "DISR_WEAP", "AIR_STRIKE", "ART_MISS_ATTACK",
              "REM_EXPLOS", "SEX_VIOL", "ABDUCT_DISSAP", "FORCE_AGAINST_PROTEST", "MOB_VIOL",
              "VIOL_DEMONSTR", "PROTEST_WITH_INTER", "PEACE_PROTEST",
              "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER",
              "ARMED_CLASH", "PROPERTY_DISTRUCT", "ATTACK", "HQ_ESTABLISHED", "AGREEMENT",
              "ARREST", "CHANGE_TO_GROUP_ACT", "OTHER"]
# Codings an incident outside ACLED overrides: a casualty, a fire, an explosion at a
# plant, an arrest of smugglers say less than "flood" or "cartel".
WEAK = {None, "ATTACK", "PROPERTY_DISTRUCT", "CHANGE_TO_GROUP_ACT", "ARREST", "REM_EXPLOS",
        "DISR_WEAP", "OTHER", "AGREEMENT", "ARMED_CLASH"}
DIPLOMATIC = {"CONSULT", "SANCTION", "REQUEST", "SUPPORT", "COOPERATE", "AID", "REJECT",
              "CONCEDE", "THREATEN", "AGREE"}

# The keyword baseline: a few obvious words per label.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "ABDUCT_DISSAP": ("abducted", "kidnapped"), "AGREEMENT": ("agreement", "ceasefire"),
    "AIR_STRIKE": ("airstrike", "air strike", "warplanes"), "ARMED_CLASH": ("clashes", "clashed"),
    "ARREST": ("arrested",), "ART_MISS_ATTACK": ("shelling", "artillery", "rockets"),
    "ATTACK": ("attacked", "killed"), "CHANGE_TO_GROUP_ACT": ("joined", "deployed"),
    "CHEM_WEAP": ("chemical",), "DISR_WEAP": ("defused", "intercepted"),
    "FORCE_AGAINST_PROTEST": ("protesters were killed",), "GOV_REGAINS_TERIT": ("recaptured",),
    "GRENADE": ("grenade",), "HQ_ESTABLISHED": ("headquarters", "base"),
    "MOB_VIOL": ("mob",), "NON_STATE_ACTOR_OVERTAKES_TER": ("captured", "seized"),
    "NON_VIOL_TERRIT_TRANSFER": ("handed over", "withdrew"), "OTHER": (),
    "PEACE_PROTEST": ("protest", "protested"), "PROPERTY_DISTRUCT": ("looted", "burned"),
    "PROTEST_WITH_INTER": ("tear gas", "dispersed"), "REM_EXPLOS": ("ied", "landmine"),
    "SEX_VIOL": ("raped",), "SUIC_BOMB": ("suicide",), "VIOL_DEMONSTR": ("riot", "rioters"),
    "ORG_CRIME": ("drugs", "gang"), "NATURAL_DISASTER": ("flood", "earthquake"),
    "MAN_MADE_DISASTER": ("fire", "accident"), "DIPLO": ("talks", "minister"),
    "ATTRIB": ("blamed", "responsibility"),
}


def read_case(path: str | Path) -> list[tuple[str, str, str]]:
    """(id, snippet, label) rows of a CASE 2021 task 2 TSV (``id``, ``EventSnippet``,
    ``SubType``)."""
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or len(header) < 3 or header[1] != "EventSnippet":
            raise ValueError(f"{path}: not a CASE 2021 task 2 TSV (id, EventSnippet, SubType)")
        for row in reader:
            if len(row) >= 3 and row[2]:
                rows.append((row[0], row[1], row[2]))
    return rows


def case_label(analysis: Analysis) -> str:
    """The CASE 2021 label sitroom's event coding gives a snippet."""
    text = analysis.document.text
    coded = [CASE_OF_SUB[e.acled.sub_event_type] for e in analysis.events
             if e.acled.sub_event_type in CASE_OF_SUB and e.status in ("occurred", "ongoing")]
    if not coded:  # what is planned, feared or threatened, when nothing took place
        coded = [CASE_OF_SUB[e.acled.sub_event_type] for e in analysis.events
                 if e.acled.sub_event_type in CASE_OF_SUB and e.status != "negated"]
    best = min(coded, key=PRECEDENCE.index, default=None)
    types = {e.type for e in analysis.events}
    if ("ACCUSE" in types and acled.ATTRIBUTION.search(text) or acled.RESPONSIBILITY.search(
            text)) and best in WEAK:
        return "ATTRIB"  # who was behind it, not the attack itself
    kind = acled.incident(text)
    if kind and best in WEAK:
        return INCIDENTS[kind]
    if best is not None:
        return best
    if types & DIPLOMATIC or acled.DIPLOMACY.search(text):
        return "DIPLO"
    if acled.ATTRIBUTION.search(text):
        return "ATTRIB"
    return "OTHER"


def keyword_label(text: str, fallback: str) -> str:
    low = text.lower()
    hits = {label: sum(low.count(w) for w in words) for label, words in KEYWORDS.items()}
    label, n = max(hits.items(), key=lambda kv: kv[1])
    return label if n else fallback


def classification_metrics(gold: list[str], predicted: list[str],
                           labels: tuple[str, ...]) -> tuple[dict[str, float], dict]:
    """Accuracy, weighted and macro F1 over ``labels``, and F1 per label with its counts."""
    counts = {label: {"tp": 0, "fp": 0, "fn": 0, "support": 0} for label in labels}
    for g, p in zip(gold, predicted, strict=True):
        counts[g]["support"] += 1
        if g == p:
            counts[g]["tp"] += 1
        else:
            counts[g]["fn"] += 1
            counts.setdefault(p, {"tp": 0, "fp": 0, "fn": 0, "support": 0})["fp"] += 1
    f1 = {label: PRF(c["tp"], c["fp"], c["fn"]).f1 for label, c in counts.items()}
    n = len(gold) or 1
    out = {"accuracy": sum(g == p for g, p in zip(gold, predicted, strict=True)) / n,
           "weighted_f1": sum(f1[label] * counts[label]["support"] for label in labels) / n,
           "macro_f1": sum(f1[label] for label in labels) / len(labels)}
    for label in labels:
        out[f"{label}.f1"] = f1[label]
    return out, counts


def evaluate_case(path: str, limit: int | None, progress) -> EvalResult:
    rows = read_case(path)
    if limit:
        rows = rows[:limit]
    if not rows:
        raise ValueError(f"{path}: no snippets")
    gold = [label for _, _, label in rows]
    unknown = set(gold) - set(CASE_LABELS)
    if unknown:
        raise ValueError(f"{path}: labels outside CASE 2021's 30: {', '.join(sorted(unknown))}")
    docs = (Document(id=f"case-{i}", text=text) for i, text, _ in rows)
    if progress:
        docs = progress(list(docs), "CASE 2021 snippets")
    predicted = [case_label(a) for a in analyze(docs)]
    majority = Counter(gold).most_common(1)[0][0]
    metrics, counts = classification_metrics(gold, predicted, CASE_LABELS)
    keyword, kcounts = classification_metrics(
        gold, [keyword_label(text, majority) for _, text, _ in rows], CASE_LABELS)
    major, _ = classification_metrics(gold, [majority] * len(gold), CASE_LABELS)
    confused = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    notes = ["most confused (gold -> sitroom): " + ", ".join(
        f"{g}->{p} {n}" for (g, p), n in confused.most_common(8))]
    return EvalResult("events (CASE 2021 task 2)", path, len(rows), metrics,
                      baselines={"keywords": keyword, f"majority ({majority})": major},
                      counts={"sitroom": counts, "keywords": kcounts}, notes=notes)


# --- WikiEvents ---------------------------------------------------------------------------

# KAIROS event types (by prefix) that PLOVER codes, and the PLOVER type each maps to.
KAIROS = {
    "Conflict.Attack": "ASSAULT",  # attacks, bombings, explosions, shootings
    "Life.Die": "ASSAULT",  # PLOVER's ASSAULT covers killing: "killed", "killing"
    "Life.Injure": "ASSAULT",  # ... and maiming: "injured", "wounded"
    "Contact.Contact.Meet": "CONSULT", "Contact.RequestCommand.Meet": "CONSULT",
    "Contact.Contact.Correspondence": "CONSULT",  # phone calls, letters
    "Contact.RequestCommand": "REQUEST",  # urged, called for, ordered, demanded
    "Contact.ThreatenCoerce": "THREATEN",
    "Justice.ArrestJailDetain": "COERCE",
    "Justice.ChargeIndict": "ACCUSE",
    "Justice.ReleaseParole": "CONCEDE",
    "Conflict.Demonstrate": "PROTEST",
}
# PLOVER types wider than the KAIROS type mapped to them count only in these modes: a
# ChargeIndict is a charge before a court, not a blame; a ReleaseParole frees a captive.
MODES = {"ACCUSE": {"legal"}, "CONCEDE": {"release"}}
# sitroom's ASSAULT also takes in seizing ground (mode "occupy", PLOVER's "occupy
# territory"), which no KAIROS type it is mapped to covers: such events are not scored.
UNMAPPED_MODES = {"ASSAULT": {"occupy"}}
# KAIROS roles and the sitroom argument(s) each is read as.
ROLES = {"Attacker": {"actor"}, "Killer": {"actor"}, "Injurer": {"actor"},
         "Jailer": {"actor"}, "Communicator": {"actor"}, "Demonstrator": {"actor"},
         "Prosecutor": {"actor"}, "Releaser": {"actor"},
         "Target": {"target"}, "Victim": {"target"}, "Detainee": {"target"},
         "Recipient": {"target"}, "Defendant": {"target"},
         "Participant": {"actor", "target"}, "Place": {"place"}}
TRIGGER_WORDS = {
    "ASSAULT": {"attack", "attacks", "attacked", "bombing", "bombings", "explosion",
                "explosions", "blast", "exploded", "killed", "killing", "injured", "wounded",
                "shooting", "shot", "died", "dead"},
    "CONSULT": {"meeting", "met", "talks", "visit", "visited"},
    "REQUEST": {"urged", "called", "demanded", "asked", "ordered"},
    "THREATEN": {"threatened", "warned", "warning", "warnings"},
    "COERCE": {"arrested", "detained", "arrest"},
    "ACCUSE": {"charged", "accused", "indicted"},
    "CONCEDE": {"released"},
    "PROTEST": {"protest", "protests", "protested", "demonstration", "demonstrations"},
}


def kairos_to_plover(kairos_type: str) -> str | None:
    for prefix, plover in KAIROS.items():
        if kairos_type == prefix or kairos_type.startswith(prefix + "."):
            return plover
    return None


class WikiDoc:
    """One WikiEvents document: a text of its sentences (one a line), each token's
    character span in it, and its gold events as (type, token span, [(role, token span)])."""

    def __init__(self, record: dict, clusters: list[list[str]] | None = None):
        self.id = record["doc_id"]
        self.tokens: list[tuple[int, int]] = []
        lines, offset = [], 0
        for sentence in record["sentences"]:
            toks, text = sentence[0], sentence[1]
            base, pos = toks[0][1] if toks else 0, 0
            for word, start, _ in toks:
                at = start - base
                if text[at:at + len(word)] != word:  # offsets that drifted: find the word
                    at = text.find(word, pos)
                    at = pos if at < 0 else at
                self.tokens.append((offset + at, offset + at + len(word)))
                pos = at + len(word)
            lines.append(text)
            offset += len(text) + 1
        self.text = "\n".join(lines)
        entities = {m["id"]: (m["start"], m["end"]) for m in record["entity_mentions"]}
        # each mention's coreferent mentions, from the data set's coref file (if read)
        self.coref: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for cluster in clusters or []:
            spans = [entities[m] for m in cluster if m in entities]
            for span in spans:
                self.coref[span] = spans
        self.events = []
        for e in record["event_mentions"]:
            args = [(a["role"], entities[a["entity_id"]]) for a in e["arguments"]
                    if a["entity_id"] in entities]
            self.events.append((e["event_type"], (e["trigger"]["start"], e["trigger"]["end"]),
                                args))

    def token_at(self, char: int) -> int | None:
        for i, (s, e) in enumerate(self.tokens):
            if s <= char < e:
                return i
        return None

    def span_chars(self, span: tuple[int, int]) -> tuple[int, int]:
        return self.tokens[span[0]][0], self.tokens[span[1] - 1][1]


def read_coref(path: str | Path) -> dict[str, list[list[str]]]:
    """The coreference clusters beside a split (``coref/dev.jsonlines`` for ``dev.jsonl``),
    by document; none when the file is missing."""
    path = Path(path)
    found = path.parent / "coref" / f"{path.stem}.jsonlines"
    if not found.exists():
        return {}
    clusters = {}
    with open(found, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    record = json.loads(line)
                    clusters[record["doc_key"]] = record["clusters"]
                except (ValueError, KeyError, TypeError) as err:
                    raise ValueError(f"{found}: line {n} is not a coreference record ({err})"
                                     ) from None
    return clusters


def read_wikievents(path: str | Path) -> list[WikiDoc]:
    docs = []
    coref = read_coref(path)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                docs.append(WikiDoc(record, coref.get(record.get("doc_id"))))
            except (ValueError, KeyError, IndexError, TypeError) as err:
                raise ValueError(f"{path}: line {n} is not a WikiEvents document ({err})") from None
    return docs


def _place_span(analysis: Analysis, place_id: str | None, near: int) -> tuple[int, int] | None:
    if place_id is None:
        return None
    mentions = [m for p in analysis.places if p.id == place_id for m in p.mentions]
    if not mentions:
        return None
    m = min(mentions, key=lambda m: abs(m.start - near))
    return m.start, m.end


def _predictions(doc: WikiDoc, analysis: Analysis) -> list[tuple[int, str, dict]]:
    """(trigger token, PLOVER type, {role: (start, end) chars}) of sitroom's event mentions
    of the mapped types: every report of a merged event is a mention, as WikiEvents
    annotates each, with the roles that report names."""
    wanted = set(KAIROS.values())
    text = analysis.document.text
    out = []
    for e in analysis.events:
        if e.type not in wanted or e.type in MODES and e.mode not in MODES[e.type]:
            continue
        if e.mode in UNMAPPED_MODES.get(e.type, ()):
            continue
        for mention in e.mentions or [None]:
            trigger = mention.trigger if mention else e.trigger
            sentence = mention.sentence if mention else e.sentence
            i = doc.token_at(trigger.start)
            if i is None:
                continue
            # the roles as this report names them (a merged event keeps its first ones)
            own = mention if mention is not None else e
            roles: dict[str, list[tuple[int, int]]] = {}
            for role, snippet in (("actor", own.actor_text), ("target", own.target_text),
                                  ("place", own.location_text)):
                at = _word_at(text, snippet, sentence.start, sentence.end) if snippet else -1
                if at >= 0:
                    roles[role] = [(at, at + len(snippet))]
            place = _place_span(analysis, own.place, trigger.start)
            if place and sentence.start <= place[0] < sentence.end and not any(
                    s <= place[0] and place[1] <= e for s, e in roles.get("place", [])):
                # the gazetteer's place or the phrase that says where: one argument
                roles.setdefault("place", []).insert(0, place)
            out.append((i, e.type, roles))
    return out


def _word_at(text: str, words: str, start: int, end: int) -> int:
    """Where ``words`` stand as whole words in ``text[start:end]`` ("he" not in "the"), or -1."""
    found = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)").search(text, start, end)
    return found.start() if found else -1


def _keyword_predictions(doc: WikiDoc) -> list[tuple[int, str, dict]]:
    out = []
    for i, (s, e) in enumerate(doc.tokens):
        word = doc.text[s:e].lower()
        for plover, words in TRIGGER_WORDS.items():
            if word in words:
                out.append((i, plover, {}))
                break
    return out


def _line(doc: WikiDoc, char: int) -> str:
    start = doc.text.rfind("\n", 0, char) + 1
    end = doc.text.find("\n", char)
    return doc.text[start:end if end >= 0 else None]


def _word(doc: WikiDoc, span: tuple[int, int]) -> str:
    s, e = doc.span_chars(span)
    return doc.text[s:e]


COORDINATORS = re.compile(r",|;|\band\b|\bor\b|\bincluding\b|\bas well as\b")


def _conjuncts(text: str, spans: list[tuple[int, int]], ids: list[int]) -> list[int]:
    """Of the gold heads one predicted phrase contains (``spans``, in the gold order), the
    first and those coordinated with the head before it ("four workers and two soldiers":
    both; "the commander of the militia": the first only)."""
    if not ids:
        return []
    order = sorted(range(len(ids)), key=lambda j: spans[j][0])
    keep = [order[0]]
    for j in order[1:]:
        if COORDINATORS.search(text[spans[keep[-1]][1]:spans[j][0]]):
            keep.append(j)
    return [ids[j] for j in keep]


def _phrase_head(parsed, start: int, end: int) -> int | None:
    """The character offset of a phrase's syntactic head in ``parsed`` (the object of a
    leading preposition: "at the station" is headed by "station")."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.pos_ == "ADP":
        root = next((c for c in root.children if c.dep_ == "pobj"), root)
    return root.idx


def _strict_hits(parsed, roles: dict, args: list) -> int:
    """Arguments named under the literature's head match (Li et al. 2021): a predicted
    phrase is right when its own head word is a gold argument's head of a role that maps
    to it; one argument per phrase, whatever else it holds."""
    taken: set[int] = set()
    for role, spans in roles.items():
        for s, e in spans:
            head = _phrase_head(parsed, s, e)
            hit = next((a for a, (want, (hs, he)) in enumerate(args) if a not in taken
                        and role in want and head is not None and hs <= head < he), None)
            if hit is not None:
                taken.add(hit)
                break
    return len(taken)


def _score_doc(doc: WikiDoc, predicted, tallies: Counter, errors: list | None = None,
               parsed=None) -> None:
    """Count one document into ``tallies``; with ``errors``, append a record of each
    false or missed trigger and argument (for ``sitroom eval --errors``); with ``parsed``
    (the text parsed), the strict head match too."""
    gold = [(kairos_to_plover(t), span, args, t) for t, span, args in doc.events]
    gold = [g for g in gold if g[0] is not None]
    all_triggers = {(s, e) for _, (s, e), _ in doc.events}
    tallies["gold"] += len(gold)
    tallies["predicted"] += len(predicted)
    tallies["gold_args"] += sum(1 for _, _, args, _ in gold for r, _ in args if r in ROLES)
    tallies["predicted_args"] += sum(len(roles) for _, _, roles in predicted)
    tallies["predicted_args_coref"] += sum(len(roles) for _, _, roles in predicted)
    tallies["predicted_roles"] += sum(len(roles) for _, _, roles in predicted)
    used_id, used_cls = set(), set()
    for i, plover, roles in predicted:
        inside = [k for k, (_, (s, e), _, _) in enumerate(gold) if s <= i < e]
        free = [k for k in inside if k not in used_id]
        if free:
            used_id.add(free[0])
            tallies["identified"] += 1
        same = [k for k in inside if k not in used_cls and gold[k][0] == plover]
        if not same:
            if not inside and any(s <= i < e for s, e in all_triggers):
                tallies["on_unmapped"] += 1  # a trigger of a type we do not map
            if errors is not None:
                at = doc.tokens[i][0]
                errors.append({"kind": "trigger_fp", "doc": doc.id, "type": plover,
                               "word": _word(doc, (i, i + 1)),
                               "gold_here": [t for t, (s, e), _ in doc.events if s <= i < e],
                               "args": {r: " | ".join(doc.text[s:e] for s, e in spans)
                                        for r, spans in roles.items()},
                               "sentence": _line(doc, at)})
            continue
        k = same[0]
        used_cls.add(k)
        tallies["classified"] += 1
        named = [(r, span) for r, span in gold[k][2] if r in ROLES]
        args = [(ROLES[r], doc.span_chars(span)) for r, span in named]
        # the same, each with its coreferent mentions
        alike = [[doc.span_chars(m) for m in doc.coref.get(span, [span])] for _, span in named]
        by_coref = _arg_hits(doc.text, roles, args, alike)
        tallies["args_right_coref"] += sum(len(h) for h in by_coref.values())
        tallies["predicted_args_coref"] += sum(max(0, len(h) - 1) for h in by_coref.values())
        if parsed is not None:
            tallies["args_right_strict"] += _strict_hits(parsed, roles, args)
        by_head = _arg_hits(doc.text, roles, args, [[span] for _, span in args])
        taken = {a for hits in by_head.values() for a in hits}
        for role, spans in roles.items():
            hits = by_head[role]
            if hits:
                # a coordinated phrase names each of its conjuncts: as many arguments
                tallies["args_right"] += len(hits)
                tallies["predicted_args"] += len(hits) - 1
            elif errors is not None:
                errors.append({"kind": "arg_fp", "doc": doc.id, "type": plover,
                               "trigger": _word(doc, gold[k][1]), "role": role,
                               "text": " | ".join(doc.text[s:e] for s, e in spans),
                               "gold": [(r, _word(doc, span)) for r, span in gold[k][2]],
                               "sentence": _line(doc, doc.tokens[i][0])})
        if errors is not None:
            for a, (r, span) in enumerate(named):
                if a not in taken:
                    errors.append({"kind": "arg_fn", "doc": doc.id, "type": plover,
                                   "trigger": _word(doc, gold[k][1]), "role": r,
                                   "head": _word(doc, span),
                                   "ours": {r: " | ".join(doc.text[s:e] for s, e in spans)
                                            for r, spans in roles.items()},
                                   "sentence": _line(doc, doc.tokens[i][0])})
    if errors is not None:
        for k, (plover, span, args, kairos) in enumerate(gold):
            if k not in used_cls:
                errors.append({"kind": "trigger_fn", "doc": doc.id, "type": plover,
                               "kairos": kairos, "word": _word(doc, span),
                               "predicted_here": [p for j, p, _ in predicted
                                                  if span[0] <= j < span[1]],
                               "args": [(r, _word(doc, a)) for r, a in args if r in ROLES],
                               "sentence": _line(doc, doc.span_chars(span)[0])})


def _arg_hits(text: str, roles: dict, args: list, alike: list) -> dict[str, list[int]]:
    """The gold arguments (indexes into ``args``) each predicted role names: a phrase
    names an argument when it holds one of the argument's spans in ``alike`` (its head, or
    any mention of its coreference cluster); of a role's alternative phrases, the one that
    names most; one argument per phrase, or one per conjunct when it holds several of them
    coordinated; no argument twice."""
    taken: set[int] = set()
    out: dict[str, list[int]] = {}
    for role, spans in roles.items():
        hits: list[int] = []
        for s, e in spans:
            found = [a for a, (want, _) in enumerate(args) if a not in taken and role in want
                     and any(s <= ms and me <= e for ms, me in alike[a])]
            found = _conjuncts(text, [args[a][1] for a in found], found)
            hits = found if len(found) > len(hits) else hits
        taken.update(hits)
        out[role] = hits
    return out


def _wiki_metrics(t: Counter) -> dict[str, float]:
    ident = PRF(t["identified"], t["predicted"] - t["identified"], t["gold"] - t["identified"])
    cls = PRF(t["classified"], t["predicted"] - t["classified"], t["gold"] - t["classified"])
    arg = PRF(t["args_right"], t["predicted_args"] - t["args_right"],
              t["gold_args"] - t["args_right"])
    coref = PRF(t["args_right_coref"], t["predicted_args_coref"] - t["args_right_coref"],
                t["gold_args"] - t["args_right_coref"])
    strict = PRF(t["args_right_strict"], t["predicted_roles"] - t["args_right_strict"],
                 t["gold_args"] - t["args_right_strict"])
    return {"trigger_id_f1": ident.f1, "trigger_id_precision": ident.precision,
            "trigger_id_recall": ident.recall,
            "trigger_cls_f1": cls.f1, "trigger_cls_precision": cls.precision,
            "trigger_cls_recall": cls.recall,
            "arg_f1": arg.f1, "arg_precision": arg.precision, "arg_recall": arg.recall,
            "arg_coref_f1": coref.f1, "arg_head_strict_f1": strict.f1}


def evaluate_wikievents(path: str, split: str | None, limit: int | None,
                        progress) -> EvalResult:
    if Path(path).is_dir():  # the data set's folder: --split names the file (dev by default)
        path = str(Path(path) / f"{split or 'dev'}.jsonl")
    docs = read_wikievents(path)
    if limit:
        docs = docs[:limit]
    if not docs:
        raise ValueError(f"{path}: no WikiEvents documents")
    items = [Document(id=d.id, text=d.text) for d in docs]
    if progress:
        items = progress(items, "WikiEvents documents")
    ours, keywords = Counter(), Counter()
    errors: list[dict] = []
    per_type: dict[str, Counter] = {}
    nlp = load_model()
    for doc, analysis in zip(docs, analyze(items), strict=True):
        predicted = _predictions(doc, analysis)
        _score_doc(doc, predicted, ours, errors, parsed=nlp(doc.text))
        _score_doc(doc, _keyword_predictions(doc), keywords)
        for plover in set(KAIROS.values()):
            one = per_type.setdefault(plover, Counter())
            one_doc = WikiDoc.__new__(WikiDoc)
            one_doc.__dict__.update(doc.__dict__)
            one_doc.events = [ev for ev in doc.events if kairos_to_plover(ev[0]) == plover]
            _score_doc(one_doc, [p for p in predicted if p[1] == plover], one)
    metrics = _wiki_metrics(ours)
    for plover, t in sorted(per_type.items()):
        if t["gold"] or t["predicted"]:
            cls = PRF(t["classified"], t["predicted"] - t["classified"],
                      t["gold"] - t["classified"])
            metrics[f"{plover}.trigger_cls_f1"] = cls.f1
    notes = [f"gold triggers of mapped types: {ours['gold']}; sitroom events on triggers of "
             f"unmapped types: {ours['on_unmapped']}; arguments scored by head match "
             "(arg_f1) and by coreference match (arg_coref_f1); arg_head_strict_f1 is the "
             "literature's stricter head match (the phrase's own head), to compare with "
             "published figures"]
    return EvalResult("events (WikiEvents)", path, len(docs), metrics,
                      baselines={"keywords": _wiki_metrics(keywords)}, notes=notes,
                      errors=errors)


@task("events")
def evaluate(path: str, split: str | None = None, limit: int | None = None,
             progress=None) -> EvalResult:
    """CASE 2021 task 2 for a ``.tsv``; WikiEvents for a ``.jsonl`` or its folder."""
    p = Path(path)
    if p.suffix == ".tsv":
        return evaluate_case(path, limit, progress)
    if p.suffix == ".jsonl" or p.is_dir():
        return evaluate_wikievents(path, split, limit, progress)
    raise ValueError(f"{path}: neither a CASE 2021 .tsv nor WikiEvents .jsonl or folder")


