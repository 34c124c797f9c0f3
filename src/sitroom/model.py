"""The output contract ``sitroom.analysis/1`` as pydantic models.

Everything sitroom produces for one document is an :class:`Analysis`. Offsets are Python
string indices into ``document.text`` (end exclusive); ids are local to one analysis
("e1", "pl1", ...). Fields may be added; none may be dropped or renamed without a new
schema version. The JSON Schema shipped in ``sitroom/schema/`` is generated from these
models (``sitroom schema``) and a test keeps the two in step.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "sitroom.analysis/1"

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"]
QuoteKind = Literal["direct", "partial", "indirect"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
Hedge = Literal["claimed", "reported", "confirmed", "estimated"]
Status = Literal["occurred", "ongoing", "scheduled", "hypothetical", "negated"]
Precision = Literal["point", "city", "admin1", "country", "region"]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(Span):
    text: str


class Document(_Model):
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = Field(None, description="ISO 8601 date or date-time")
    language: str = "en"
    text: str

    @staticmethod
    def make_id(text: str, url: str | None = None) -> str:
        """A stable id: the URL names a document across edits; otherwise its text does."""
        key = f"url:{url}" if url else f"text:{text}"
        return "doc-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class Post(Span):
    id: str
    headline: str | None = None
    published: str | None = None


class Entity(_Model):
    id: str
    type: EntityType
    name: str
    aliases: list[str] = []
    roles: list[str] = []
    kb_id: str | None = Field(None, description="e.g. geonames:703448 for places")
    mentions: list[Mention] = []


class Place(_Model):
    id: str
    entity: str | None = None
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    admin1: str | None = Field(None, description="first-order subdivision name")
    feature: str | None = Field(None, description="GeoNames feature class.code, e.g. P.PPLA")
    precision: Precision | None = None
    within: str | None = Field(
        None, description="for a name the gazetteer lacks (a street, a building, an "
                          "institution): the place it was put in, whose point it takes")
    mentions: list[Mention] = []
    in_names: list[Mention] = Field(
        [], description="the place named inside an organisation's name ('Kharkiv' in 'the "
                        "Kharkiv Regional Military Administration'): where the body sits, not "
                        "where anything happened; kept apart from mentions")


class Time(Span):
    id: str
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = Field(None, description="TIMEX3 value")
    anchor: str | None = Field(None, description="the reference date the value was resolved from")
    confidence: float = Field(
        1.0, ge=0, le=1,
        description="how sure the value is: lower for a relative expression inside quoted "
                    "speech (the words may be older than the post) or a weekday no tense "
                    "pointed")


class Quote(Span):
    id: str
    kind: QuoteKind
    text: str
    speaker: str | None = Field(None, description="entity id")
    speaker_text: str | None = None
    speaker_for: str | None = Field(
        None, description="for a pronoun speaker, the words it stands for when no name does "
                          "(\"He added\" after \"Qatar's prime minister told reporters\")")
    cue: str | None = None
    post: str | None = None


class ClaimCheck(_Model):
    """A claim compared with a reference series (``sitroom check --series``)."""

    status: Literal["consistent", "inconsistent", "unmatched"]
    series: str | None = Field(None, description="the series key, e.g. personnel, tank")
    date: str | None = Field(None, description="the day of the report compared")
    reference: float | None = Field(None, description="the series' figure for that day")
    basis: Literal["daily", "total"] | None = Field(
        None, description="the day's increase, or the running total")
    source: str | None = Field(None, description="where the series was read from")


class Claim(Span):
    id: str
    value: float
    value_max: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    measure: str | None = None
    claimant: str | None = Field(None, description="entity id")
    claimant_text: str | None = None
    hedge: Hedge | None = None
    period: str | None = None
    time: str | None = Field(None, description="time id")
    place: str | None = Field(None, description="place id")
    text: str
    post: str | None = None
    part_of: str | None = Field(None, description="the claim of the whole: 90 out of 166")
    check: ClaimCheck | None = Field(
        None, description="against a reference series, when one was given")


class Acled(_Model):
    event_type: str | None = None
    sub_event_type: str | None = None


class EventMention(_Model):
    """One place the text reports an event: its trigger word, sentence and post, and the
    roles as that report names them ("Russia's attack", "the attack on Odesa")."""

    trigger: Mention
    sentence: Span
    post: str | None = None
    actor_text: str | None = None
    target_text: str | None = None
    place: str | None = None
    location_text: str | None = Field(
        None, description="where it happened in the report's words, with the preposition "
                          "(\"at the bus station\", \"on a busy street\")")


class Event(_Model):
    id: str
    type: PloverType
    mode: str | None = None
    acled: Acled = Acled()
    actor: str | None = None
    actor_text: str | None = None
    target: str | None = None
    target_text: str | None = None
    place: str | None = None
    location_text: str | None = Field(
        None, description="where it happened in the report's words, with the preposition "
                          "(\"at the bus station\", \"in a house in the city\"): a "
                          "place finer than the gazetteer's, or one it lacks")
    date: str | None = None
    time: str | None = None
    status: Status = "occurred"
    trigger: Mention
    sentence: Span
    post: str | None = None
    claims: list[str] = []
    places: list[str] = Field(
        [], description="every place id of the event: one attack across several cities")
    mentions: list[EventMention] = Field(
        [], description="every report of the event in the document, the first one also in "
                        "trigger and sentence")


class Analysis(_Model):
    schema_: Literal["sitroom.analysis/1"] = Field(SCHEMA, alias="schema")
    document: Document
    posts: list[Post] = []
    entities: list[Entity] = []
    places: list[Place] = []
    times: list[Time] = []
    quotes: list[Quote] = []
    claims: list[Claim] = []
    events: list[Event] = []

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    def problems(self) -> list[str]:
        """What makes this analysis contradict itself, one line each: a span outside the
        text or ending before it starts, a mention whose words are not the text's at its
        offsets, an id given twice, or a reference to an id the analysis does not hold.
        Empty for every analysis sitroom makes; the store refuses one that has any (an
        analysis posted from elsewhere may)."""
        out: list[str] = []
        size = len(self.document.text)

        def span(where: str, s: Span) -> None:
            if s.end < s.start:
                out.append(f"{where}: end {s.end} is before start {s.start}")
            elif s.end > size:
                out.append(f"{where}: end {s.end} is past the text's {size} characters")
            elif isinstance(s, Mention) and self.document.text[s.start:s.end] != s.text:
                out.append(f"{where}: {s.text!r} is not the text at {s.start}:{s.end}")

        ids: dict[str, set[str]] = {}
        for name in ("posts", "entities", "places", "times", "quotes", "claims", "events"):
            seen: set[str] = set()
            for i, item in enumerate(getattr(self, name)):
                if item.id in seen:
                    out.append(f"{name}[{i}]: id {item.id!r} is given twice")
                seen.add(item.id)
            ids[name] = seen

        def ref(where: str, value: str | None, name: str) -> None:
            if value is not None and value not in ids[name]:
                out.append(f"{where}: no {'entity' if name == 'entities' else name[:-1]} "
                           f"{value!r}")

        for i, post in enumerate(self.posts):
            span(f"posts[{i}]", post)
        for i, entity in enumerate(self.entities):
            for j, m in enumerate(entity.mentions):
                span(f"entities[{i}].mentions[{j}]", m)
        for i, place in enumerate(self.places):
            ref(f"places[{i}].entity", place.entity, "entities")
            for key in ("mentions", "in_names"):
                for j, m in enumerate(getattr(place, key)):
                    span(f"places[{i}].{key}[{j}]", m)
        for i, time in enumerate(self.times):
            span(f"times[{i}]", time)
        for i, quote in enumerate(self.quotes):
            span(f"quotes[{i}]", quote)
            ref(f"quotes[{i}].speaker", quote.speaker, "entities")
            ref(f"quotes[{i}].post", quote.post, "posts")
        for i, claim in enumerate(self.claims):
            span(f"claims[{i}]", claim)
            ref(f"claims[{i}].claimant", claim.claimant, "entities")
            ref(f"claims[{i}].time", claim.time, "times")
            ref(f"claims[{i}].place", claim.place, "places")
            ref(f"claims[{i}].post", claim.post, "posts")
            ref(f"claims[{i}].part_of", claim.part_of, "claims")
        for i, event in enumerate(self.events):
            where = f"events[{i}]"
            for key in ("actor", "target"):
                ref(f"{where}.{key}", getattr(event, key), "entities")
            ref(f"{where}.place", event.place, "places")
            ref(f"{where}.time", event.time, "times")
            ref(f"{where}.post", event.post, "posts")
            for j, place in enumerate(event.places):
                ref(f"{where}.places[{j}]", place, "places")
            for j, claim in enumerate(event.claims):
                ref(f"{where}.claims[{j}]", claim, "claims")
            span(f"{where}.trigger", event.trigger)
            span(f"{where}.sentence", event.sentence)
            for j, m in enumerate(event.mentions):
                span(f"{where}.mentions[{j}].trigger", m.trigger)
                span(f"{where}.mentions[{j}].sentence", m.sentence)
                ref(f"{where}.mentions[{j}].post", m.post, "posts")
                ref(f"{where}.mentions[{j}].place", m.place, "places")
        return out


def json_schema() -> dict:
    """The JSON Schema of one analysis, as shipped in ``sitroom/schema/analysis-1.json``."""
    schema = Analysis.model_json_schema(by_alias=True, mode="serialization")
    schema["$id"] = "https://sitroom.invalid/schema/analysis-1.json"
    schema["title"] = SCHEMA
    return schema
