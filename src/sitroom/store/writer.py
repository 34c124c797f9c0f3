"""Writing analyses: one transaction per document, idempotent by document id.

A document already stored with the same analysis is left alone ("unchanged"); one stored with
a different text or analysis has all its rows deleted and written again in the same
transaction ("replaced"). Any failure rolls the whole document back: the database holds either
the old version, or the new one, never part of one.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import JSON, Connection, Table, delete, select

from ..model import Analysis
from . import linking
from .carry import carry_over, post_key
from .schema import (
    FACT_TABLES,
    claims,
    documents,
    entities,
    events,
    mentions,
    place_mentions,
    places,
    post_history,
    posts,
    quotes,
    search_text,
    times,
)

Outcome = Literal["inserted", "unchanged", "replaced"]
Rows = list[dict[str, Any]]


def digest(data: dict) -> str:
    """A fingerprint of an analysis: equal for equal JSON, whatever the key order."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def write_analysis(conn: Connection, analysis: Analysis, *, force: bool = False) -> Outcome:
    """Store one analysis inside the caller's transaction (which commits or rolls back).

    ``force`` rewrites the rows of an unchanged analysis too (after a migration that added
    derived columns).
    """
    data = analysis.to_json_dict()
    doc_id = analysis.document.id
    fingerprint = digest(data)
    stored = conn.execute(
        select(documents.c.analysis_sha256).where(documents.c.id == doc_id).with_for_update()
    ).first()
    if stored is not None and stored.analysis_sha256 == fingerprint and not force:
        return "unchanged"
    old_incidents: set[str] = set()
    if stored is not None:
        if force:  # the stored analysis again: it keeps the fingerprint of what came in
            fingerprint = stored.analysis_sha256
        else:  # an update: the posts it no longer shows are kept (see carry.py)
            old = conn.execute(
                select(documents.c.analysis).where(documents.c.id == doc_id)).scalar_one()
            merged = carry_over(old, analysis)
            if merged is not analysis:
                analysis, data = merged, merged.to_json_dict()
        old_incidents = set(conn.execute(
            select(events.c.incident_id).where(events.c.document_id == doc_id)).scalars())
        for table in FACT_TABLES:
            conn.execute(delete(table).where(table.c.document_id == doc_id))
        conn.execute(delete(documents).where(documents.c.id == doc_id))
    tables = rows_of(analysis, data, fingerprint)
    link_rows(conn, analysis, dict(tables))
    for table, rows in tables:
        insert_rows(conn, table, rows)
    linking.drop_orphan_incidents(conn, old_incidents - {None})
    record_posts(conn, analysis)
    return "inserted" if stored is None else "replaced"


def link_rows(conn: Connection, analysis: Analysis, rows: dict[Table, Rows]) -> None:
    """Fill the across-document columns: actors, days, places, incidents, ledger keys."""
    actor_of = linking.resolve_actors(conn, analysis)
    for row in rows[entities]:
        row["actor_id"] = actor_of.get(row["local_id"])
    published = analysis.document.published
    post_day = {p.id: p.published for p in analysis.posts}
    place_of = {p.id: p.geonameid for p in analysis.places}
    time_value = {t.id: t.value for t in analysis.times}
    # Targets that are sites (a city, a building), not actors: "struck Odesa", "visited the
    # White House". They place an event; they do not take part in it. Countries stay actors.
    entity_type = {e.id: e.type for e in analysis.entities}
    site_of = {p.entity: p.geonameid for p in analysis.places
               if p.entity and p.precision not in ("country", "region")}
    sites = []
    for row in rows[events]:
        row["day"] = linking.day_of(row["date"], post_day.get(row["post_id"]), published)
        row["actor_actor_id"] = actor_of.get(row["actor_id"])
        row["target_actor_id"] = actor_of.get(row["target_id"])
        row["geonameid"] = place_of.get(row["place_id"])
        site = row["target_id"] in site_of or entity_type.get(row["target_id"]) in ("FAC",
                                                                                   "LOC")
        if site and row["geonameid"] is None:
            row["geonameid"] = site_of.get(row["target_id"])
        sites.append(site)
    # Who else each event's sentence names: evidence to choose between candidate incidents.
    spans = [(m.start, actor_of[e.id]) for e in analysis.entities if e.id in actor_of
             for m in e.mentions]
    mentioned = [{a for start, a in spans if r["sentence_start"] <= start < r["sentence_end"]}
                 for r in rows[events]]
    linking.assign_incidents(conn, rows[events], mentioned, sites)
    for row in rows[claims]:
        row["claimant_actor_id"] = actor_of.get(row["claimant_id"])
        # The time the figure is for, as normalized ("2025-02-26TNI": that night), else the
        # period words with the day they were written, else that day.
        day = linking.day_of(post_day.get(row["post_id"]), published)
        row["period_key"] = (time_value.get(row["time_id"])
                             or (f"{day}|{row['period']}" if row["period"] else day))


def record_posts(conn: Connection, analysis: Analysis) -> None:
    """Add each new post, and a new version of each edited one, to ``post_history``.

    History is never deleted; posts carried over from an earlier version (``k-`` ids) are
    already there.
    """
    doc = analysis.document
    latest: dict[str, tuple[int, str]] = {}
    for key, version, sha in conn.execute(
        select(post_history.c.post_key, post_history.c.version, post_history.c.sha256)
        .where(post_history.c.document_id == doc.id).order_by(post_history.c.version)
    ):
        latest[key] = (version, sha)
    now = datetime.now(UTC)
    rows = []
    for post in analysis.posts:
        body = doc.text[post.start:post.end]
        key = post_key(post.headline, post.published, body[len(post.headline or ""):])
        sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
        version, old_sha = latest.get(key, (0, None))
        if sha != old_sha:
            rows.append({"document_id": doc.id, "post_key": key, "version": version + 1,
                         "headline": post.headline, "published": post.published,
                         "text": body, "sha256": sha, "seen_at": now})
            latest[key] = (version + 1, sha)
    insert_rows(conn, post_history, rows)


# From this many rows a table's rows go to PostgreSQL by COPY: one stream instead of a
# statement per row (the mentions, search texts and entities of a long live blog).
COPY_ROWS = 8


def insert_rows(conn: Connection, table: Table, rows: Rows) -> None:
    if not rows:
        return
    if len(rows) >= COPY_ROWS and conn.dialect.name == "postgresql":
        _copy_rows(conn, table, rows)
    else:
        conn.execute(table.insert(), rows)


def _copy_rows(conn: Connection, table: Table, rows: Rows) -> None:
    """COPY the rows in, with the values an INSERT would write (a JSON column's None is
    JSON null, as SQLAlchemy writes it)."""
    columns = [c for c in table.columns if c.name in rows[0]]
    as_json = [isinstance(c.type, JSON) for c in columns]
    names = ", ".join(f'"{c.name}"' for c in columns)
    cursor = conn.connection.driver_connection.cursor()
    with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([json.dumps(row.get(c.name), ensure_ascii=False) if j
                            else row.get(c.name) for c, j in zip(columns, as_json)])


def rows_of(analysis: Analysis, data: dict, fingerprint: str) -> list[tuple[Table, Rows]]:
    """The rows of every table for one analysis, parents first."""
    doc = analysis.document
    key = doc.id
    document_row = {
        "id": key,
        "contract": data["schema"],
        "title": doc.title,
        "source": doc.source,
        "url": doc.url,
        "published": doc.published,
        "language": doc.language,
        "text": doc.text,
        "analysis": data,
        "analysis_sha256": fingerprint,
        "analyzed_at": datetime.now(UTC),
    }
    return [
        (documents, [document_row]),
        (posts, [
            {"document_id": key, "local_id": p.id, "seq": i, "headline": p.headline,
             "start": p.start, "end": p.end, "published": p.published}
            for i, p in enumerate(analysis.posts)
        ]),
        (entities, [
            {"document_id": key, "local_id": e.id, "seq": i, "type": e.type, "name": e.name,
             "kb_id": e.kb_id, "aliases": list(e.aliases), "roles": list(e.roles)}
            for i, e in enumerate(analysis.entities)
        ]),
        (mentions, _mention_rows(key, "entity_id", analysis.entities)),
        (places, [
            {"document_id": key, "local_id": p.id, "seq": i, "entity_id": p.entity,
             "name": p.name, "geonameid": p.geonameid, "lat": p.lat, "lon": p.lon,
             "country": p.country, "admin1": p.admin1, "feature": p.feature,
             "precision": p.precision}
            for i, p in enumerate(analysis.places)
        ]),
        (place_mentions, _mention_rows(key, "place_id", analysis.places)),
        (times, [
            {"document_id": key, "local_id": t.id, "seq": i, "text": t.text, "start": t.start,
             "end": t.end, "type": t.type, "value": t.value, "anchor": t.anchor}
            for i, t in enumerate(analysis.times)
        ]),
        (quotes, [
            {"document_id": key, "local_id": q.id, "seq": i, "kind": q.kind, "text": q.text,
             "start": q.start, "end": q.end, "speaker_id": q.speaker,
             "speaker_text": q.speaker_text, "cue": q.cue, "post_id": q.post}
            for i, q in enumerate(analysis.quotes)
        ]),
        (claims, [
            {"document_id": key, "local_id": c.id, "seq": i, "value": c.value,
             "value_max": c.value_max, "qualifier": c.qualifier, "unit": c.unit,
             "measure": c.measure, "claimant_id": c.claimant, "claimant_text": c.claimant_text,
             "hedge": c.hedge, "period": c.period, "time_id": c.time, "place_id": c.place,
             "text": c.text, "start": c.start, "end": c.end, "post_id": c.post,
             "part_of_id": c.part_of}
            for i, c in enumerate(analysis.claims)
        ]),
        (events, [
            {"document_id": key, "local_id": e.id, "seq": i, "type": e.type, "mode": e.mode,
             "acled_event_type": e.acled.event_type,
             "acled_sub_event_type": e.acled.sub_event_type,
             "actor_id": e.actor, "actor_text": e.actor_text, "target_id": e.target,
             "target_text": e.target_text, "place_id": e.place, "date": e.date,
             "time_id": e.time, "status": e.status, "trigger_start": e.trigger.start,
             "trigger_end": e.trigger.end, "trigger_text": e.trigger.text,
             "sentence_start": e.sentence.start, "sentence_end": e.sentence.end,
             "post_id": e.post, "claim_ids": list(e.claims)}
            for i, e in enumerate(analysis.events)
        ]),
        (search_text, search_rows(analysis)),
    ]


def search_rows(analysis: Analysis) -> Rows:
    """What full-text search reads: each post (or the whole text, when none) and each quote."""
    doc = analysis.document
    parts = [("post", p.id, p.start, p.end) for p in analysis.posts]
    if not parts:
        parts = [("document", None, 0, len(doc.text))]
    parts += [("quote", q.id, q.start, q.end) for q in analysis.quotes]
    return [{"document_id": doc.id, "kind": kind, "local_id": local_id, "start": start,
             "end": end, "text": doc.text[start:end]}
            for kind, local_id, start, end in parts if doc.text[start:end].strip()]


def _mention_rows(key: str, owner_column: str, owners) -> Rows:
    return [{"document_id": key, owner_column: o.id, "seq": j, "start": m.start, "end": m.end,
             "text": m.text}
            for o in owners for j, m in enumerate(o.mentions)]
