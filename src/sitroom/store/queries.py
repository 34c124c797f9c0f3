"""Reading the store back: plain JSON-ready dicts, in the contract's vocabulary."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Text, cast, func, or_, select, text

from .schema import (
    FACT_TABLES,
    claims,
    documents,
    entities,
    events,
    mentions,
    places,
    posts,
    quotes,
    times,
)

Row = dict[str, Any]

_COUNTED = {
    "posts": posts, "entities": entities, "places": places, "times": times,
    "quotes": quotes, "claims": claims, "events": events,
}


def list_documents(conn: Connection, *, limit: int | None = None) -> list[Row]:
    """Every stored document (without its text), with the number of facts of each kind."""
    counts = [
        select(func.count()).select_from(table)
        .where(table.c.document_id == documents.c.id).scalar_subquery().label(name)
        for name, table in _COUNTED.items()
    ]
    query = (
        select(
            documents.c.id, documents.c.title, documents.c.source, documents.c.url,
            documents.c.published, documents.c.language, documents.c.contract,
            documents.c.analyzed_at, func.length(documents.c.text).label("chars"), *counts,
        )
        .order_by(documents.c.published.asc().nulls_last(), documents.c.id)
        .limit(limit)
    )
    out = []
    for row in conn.execute(query).mappings():
        item = {k: row[k] for k in ("id", "title", "source", "url", "published", "language",
                                    "contract")}
        item["analyzed_at"] = _iso(row["analyzed_at"])
        item["chars"] = row["chars"]
        item["counts"] = {name: row[name] for name in _COUNTED}
        out.append(item)
    return out


def _entity_filter(query, *, type: str | None, name: str | None, document: str | None):
    if type:
        query = query.where(entities.c.type == type.upper())
    if name:
        query = query.where(or_(
            entities.c.name.icontains(name, autoescape=True),
            cast(entities.c.aliases, Text).icontains(name, autoescape=True),
        ))
    if document:
        query = query.where(entities.c.document_id == document)
    return query


def list_entities(
    conn: Connection,
    *,
    type: str | None = None,
    name: str | None = None,
    document: str | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Entities (one per actor per document) with their mentions.

    ``name`` matches a substring of the name or of an alias, ignoring case.
    """
    query = _entity_filter(select(entities), type=type, name=name, document=document)
    query = query.order_by(entities.c.document_id, entities.c.seq).limit(limit)
    found: dict[tuple[str, str], Row] = {}
    for row in conn.execute(query).mappings():
        found[(row["document_id"], row["local_id"])] = {
            "document_id": row["document_id"], "id": row["local_id"], "type": row["type"],
            "name": row["name"], "kb_id": row["kb_id"], "aliases": row["aliases"],
            "roles": row["roles"], "mentions": [],
        }
    if not found:
        return []
    docs = sorted({doc for doc, _ in found})
    mention_query = (
        select(mentions)
        .where(mentions.c.document_id.in_(docs))
        .order_by(mentions.c.document_id, mentions.c.entity_id, mentions.c.seq)
    )
    for row in conn.execute(mention_query).mappings():
        entity = found.get((row["document_id"], row["entity_id"]))
        if entity is not None:
            entity["mentions"].append({"start": row["start"], "end": row["end"],
                                       "text": row["text"]})
    return list(found.values())


def list_mentions(
    conn: Connection,
    *,
    entity: str | None = None,
    type: str | None = None,
    document: str | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Mentions in document order, each with its entity; ``entity`` is as ``name`` above."""
    query = select(
        mentions.c.document_id, mentions.c.entity_id, entities.c.name, entities.c.type,
        mentions.c.start, mentions.c.end, mentions.c.text,
    ).join(entities, (entities.c.document_id == mentions.c.document_id)
           & (entities.c.local_id == mentions.c.entity_id))
    query = _entity_filter(query, type=type, name=entity, document=document)
    query = query.order_by(mentions.c.document_id, mentions.c.start, mentions.c.end).limit(limit)
    return [
        {"document_id": row["document_id"], "entity_id": row["entity_id"],
         "entity": row["name"], "type": row["type"], "start": row["start"], "end": row["end"],
         "text": row["text"]}
        for row in conn.execute(query).mappings()
    ]


def get_analysis(conn: Connection, doc_id: str) -> dict | None:
    """The stored ``sitroom.analysis/1`` object of one document, exactly as written."""
    return conn.execute(select(documents.c.analysis).where(documents.c.id == doc_id)).scalar()


def count_rows(conn: Connection) -> dict[str, int]:
    """Rows per table: a quick look at what the store holds."""
    tables = (documents, *FACT_TABLES)
    return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in tables}


def _iso(value: datetime | str | None) -> str | None:
    if isinstance(value, datetime):
        # SQLite gives back naive datetimes; the writer stores UTC.
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    return value


def _fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must occur (prefix match on the last)."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"' for w in words[:-1]) + (f' "{words[-1]}"*' if words else "")


def search(conn: Connection, q: str, *, limit: int = 20, offset: int = 0) -> list[Row]:
    """Posts, documents and quotes matching all the words of ``q``, best first.

    SQLite ranks with FTS5's bm25, PostgreSQL with ts_rank over an English tsvector. Each hit
    has its span into its document and a snippet.
    """
    if not re.search(r"\w", q):
        return []
    if conn.dialect.name == "sqlite":
        sql = text(
            "SELECT s.id, s.document_id, s.kind, s.local_id, s.start, s.\"end\", "
            "snippet(search_fts, 0, '[', ']', '…', 12) AS snippet, bm25(search_fts) AS score "
            "FROM search_fts JOIN search_text s ON s.id = search_fts.rowid "
            "WHERE search_fts MATCH :q ORDER BY score, s.id LIMIT :limit OFFSET :offset")
        params = {"q": _fts_query(q), "limit": limit, "offset": offset}
    else:
        sql = text(
            "SELECT s.id, s.document_id, s.kind, s.local_id, s.start, s.\"end\", "
            "ts_headline('english', s.text, query, 'StartSel=[,StopSel=],MaxWords=20') "
            "AS snippet, -ts_rank(s.tsv, query) AS score "
            "FROM search_text s, plainto_tsquery('english', :q) query "
            "WHERE s.tsv @@ query ORDER BY score, s.id LIMIT :limit OFFSET :offset")
        params = {"q": q, "limit": limit, "offset": offset}
    return [{"document_id": r["document_id"], "kind": r["kind"], "id": r["local_id"],
             "start": r["start"], "end": r["end"], "snippet": r["snippet"],
             "score": round(-float(r["score"]), 6)}
            for r in conn.execute(sql, params).mappings()]
