"""The API's response bodies: what each endpoint promises, published in its OpenAPI."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of rows; ask again with ``offset=next_offset`` while it is not null."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page; null on the last.")


class Error(BaseModel):
    detail: Any = Field(description="What went wrong: a message, or the invalid fields.")


class Span(BaseModel):
    start: int
    end: int


class Info(BaseModel):
    name: str = "sitroom"
    version: str
    contract: str = "sitroom.analysis/1"
    documents: int
    writable: bool = Field(description="Whether ingest over HTTP is enabled (with a token).")


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    language: str
    contract: str
    analyzed_at: str | None
    chars: int
    counts: dict[str, int]


class Actor(BaseModel):
    """One real-world actor, however many documents name it."""

    id: str
    type: str
    name: str
    kb_id: str | None
    aliases: list[str]
    roles: list[str]
    documents: int = Field(description="How many documents mention it.")


class Who(BaseModel):
    id: str | None = Field(description="The actor's id, when the text names a known actor.")
    text: str | None


class Where(BaseModel):
    name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None


class Acled(BaseModel):
    event_type: str | None
    sub_event_type: str | None


class EventReport(BaseModel):
    """One report of an event: a sentence of one document."""

    document_id: str
    id: str
    incident_id: str | None = Field(description="The real event this report is of.")
    type: str
    mode: str | None
    status: str
    day: str | None
    date: str | None
    acled: Acled
    actor: Who
    target: Who
    place: Where
    trigger: str
    sentence: str
    span: Span
    post_id: str | None
    source: str | None
    title: str | None
    url: str | None


class Named(BaseModel):
    id: str
    name: str | None


class Incident(BaseModel):
    """One real event, told by one or more reports."""

    id: str
    type: str
    day: str | None
    geonameid: int | None
    participants: list[Named]
    reports: int
    sources: int
    summary: str | None = Field(description="The sentence of its first report.")


class Claim(BaseModel):
    document_id: str
    id: str
    value: float
    value_max: float | None
    qualifier: str
    unit: str | None
    measure: str | None
    claimant: Who
    hedge: str | None
    period: str | None
    text: str
    span: Span
    post_id: str | None
    source: str | None


class LedgerEntry(BaseModel):
    """The figures given for one measure and period, with the contradictions among them."""

    measure: str
    unit: str | None
    period: str | None
    claims: list[Claim]
    contradictions: list[str] = Field(description="sources_differ, revised")


class Quote(BaseModel):
    document_id: str
    id: str
    kind: str
    text: str
    cue: str | None
    span: Span
    source: str | None


class ActorDetail(Actor):
    quotes: list[Quote]
    events: list[EventReport]
    claims: list[Claim]
    document_ids: list[str]


class SearchHit(BaseModel):
    document_id: str
    kind: str = Field(description="post, document or quote")
    id: str | None
    start: int
    end: int
    snippet: str
    score: float


class IngestRequest(BaseModel):
    """A document to analyze and store."""

    text: str = Field(min_length=1)
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = Field(None, description="ISO 8601 date or date-time")


class IngestResult(BaseModel):
    id: str
    outcome: str = Field(description="inserted, unchanged or replaced")
