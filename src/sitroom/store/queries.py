"""Reading the store back: plain JSON-ready dicts, in the contract's vocabulary."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Text, cast, func, or_, select, text

from .schema import (
    FACT_TABLES,
    actor_keys,
    actors,
    claims,
    documents,
    entities,
    events,
    incident_actors,
    incidents,
    mentions,
    places,
    posts,
    quotes,
    times,
)
from .schema import (
    post_history as post_history_table,
)

Row = dict[str, Any]

_COUNTED = {
    "posts": posts, "entities": entities, "places": places, "times": times,
    "quotes": quotes, "claims": claims, "events": events,
}


def list_documents(conn: Connection, *, limit: int | None = None, offset: int = 0
                   ) -> list[Row]:
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
        .limit(limit).offset(offset)
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
    tables = (documents, *FACT_TABLES, actors, actor_keys, incidents, incident_actors,
              post_history_table)
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


# Ranking reads at most this many of the newest matches: a common word then costs what a
# rare one does, and on a big store the best of the recent matches is what a desk wants.
SEARCH_WINDOW = 2000


def search(conn: Connection, q: str, *, limit: int = 20, offset: int = 0) -> list[Row]:
    """Posts, documents and quotes matching all the words of ``q``, best first.

    SQLite ranks with FTS5's bm25, PostgreSQL with ts_rank over an English tsvector, among
    the ``SEARCH_WINDOW`` newest matches. Each hit has its span into its document and a
    snippet with the matched words in [brackets].
    """
    if not re.search(r"\w", q):
        return []
    if conn.dialect.name == "sqlite":
        sql = text(
            "SELECT s.id, s.document_id, s.kind, s.local_id, s.start, s.\"end\", s.text, "
            "m.score FROM (SELECT rowid, bm25(search_fts) AS score FROM search_fts "
            "  WHERE search_fts MATCH :q ORDER BY rowid DESC LIMIT :window) m "
            "JOIN search_text s ON s.id = m.rowid "
            "ORDER BY m.score, s.id LIMIT :limit OFFSET :offset")
        params = {"q": _fts_query(q)}
    else:
        sql = text(
            "SELECT s.id, s.document_id, s.kind, s.local_id, s.start, s.\"end\", s.text, "
            "-ts_rank(s.tsv, query) AS score "
            "FROM (SELECT id FROM search_text, plainto_tsquery('english', :q) query "
            "      WHERE tsv @@ query ORDER BY id DESC LIMIT :window) m "
            "JOIN search_text s ON s.id = m.id, plainto_tsquery('english', :q) query "
            "ORDER BY score, s.id LIMIT :limit OFFSET :offset")
        params = {"q": q}
    params.update(limit=limit, offset=offset, window=SEARCH_WINDOW)
    words = [w.lower() for w in re.findall(r"\w+", q)]
    return [{"document_id": r["document_id"], "kind": r["kind"], "id": r["local_id"],
             "start": r["start"], "end": r["end"], "snippet": snippet(r["text"], words),
             "score": round(-float(r["score"]), 6)}
            for r in conn.execute(sql, params).mappings()]


def snippet(text_: str, words: list[str], width: int = 160) -> str:
    """The part of ``text_`` around the first word that starts like one of ``words``, with
    such words in [brackets] (stems: "drone" marks "drones")."""
    stems = [w[:max(4, len(w) - 2)] for w in words]
    hits = [m for m in re.finditer(r"\w+", text_)
            if any(m.group().lower().startswith(s) for s in stems)]
    start = max(0, hits[0].start() - width // 3) if hits else 0
    end = min(len(text_), start + width)
    out, last = [], start
    for m in hits:
        if start <= m.start() and m.end() <= end:
            out += [text_[last:m.start()], "[", m.group(), "]"]
            last = m.end()
    out.append(text_[last:end])
    body = " ".join("".join(out).split())
    return ("…" if start else "") + body + ("…" if end < len(text_) else "")


# -- Across documents ---------------------------------------------------------------------

def actor_ids(conn: Connection, actor: str) -> list[str]:
    """Actor ids for an id ("a-…") or a name or alias fragment (any case)."""
    if actor.startswith("a-"):
        return [actor]
    query = select(actors.c.id).where(or_(
        actors.c.name.icontains(actor, autoescape=True),
        cast(actors.c.aliases, Text).icontains(actor, autoescape=True)))
    return list(conn.execute(query).scalars())


def list_actors(conn: Connection, *, type: str | None = None, name: str | None = None,
                limit: int = 50, offset: int = 0) -> list[Row]:
    """Actors across documents, with how many documents mention each."""
    docs = (select(func.count(func.distinct(entities.c.document_id)))
            .where(entities.c.actor_id == actors.c.id).scalar_subquery())
    query = select(actors, docs.label("documents"))
    if type:
        query = query.where(actors.c.type == type.upper())
    if name:
        query = query.where(actors.c.id.in_(actor_ids(conn, name)))
    query = query.order_by(actors.c.name, actors.c.id).limit(limit).offset(offset)
    return [dict(r) for r in conn.execute(query).mappings()]


def get_actor(conn: Connection, actor_id: str) -> Row | None:
    row = conn.execute(select(actors).where(actors.c.id == actor_id)).mappings().first()
    return dict(row) if row else None


def _event_filters(query, conn, *, type=None, actor=None, place=None, since=None, until=None,
                   text=None, incident=None, document=None, source=None):
    if type:
        query = query.where(events.c.type == type.upper())
    if actor:
        ids = actor_ids(conn, actor)
        query = query.where(or_(events.c.actor_actor_id.in_(ids),
                                events.c.target_actor_id.in_(ids)))
    if place:
        if place.isascii() and place.isdigit():
            query = query.where(events.c.geonameid == int(place))
        else:
            query = query.where(events.c.geonameid.in_(
                select(places.c.geonameid).where(places.c.name.icontains(place,
                                                                         autoescape=True))))
    if since:
        query = query.where(events.c.day >= since)
    if until:
        query = query.where(events.c.day <= until[:10] + "~")  # a day includes its hours
    if text:
        query = query.where(or_(
            events.c.trigger_text.icontains(text, autoescape=True),
            events.c.actor_text.icontains(text, autoescape=True),
            events.c.target_text.icontains(text, autoescape=True)))
    if incident:
        query = query.where(events.c.incident_id == incident)
    if document:
        query = query.where(events.c.document_id == document)
    if source:
        query = query.where(documents.c.source == source)
    return query


def list_events(conn: Connection, *, limit: int = 50, offset: int = 0, **filters) -> list[Row]:
    """Event reports (one per sentence that tells of an event), by day, each with its
    sentence, source, actor and place; filters as in :func:`_event_filters`."""
    sentence = func.substr(documents.c.text, events.c.sentence_start + 1,
                           events.c.sentence_end - events.c.sentence_start)
    query = (
        select(events, documents.c.source, documents.c.title, documents.c.url,
               sentence.label("sentence"), places.c.name.label("place_name"),
               places.c.lat, places.c.lon, places.c.country)
        .join(documents, documents.c.id == events.c.document_id)
        .outerjoin(places, (places.c.document_id == events.c.document_id)
                   & (places.c.local_id == events.c.place_id))
    )
    query = _event_filters(query, conn, **filters)
    query = query.order_by(events.c.day.asc().nulls_last(), events.c.document_id,
                           events.c.seq).limit(limit).offset(offset)
    return [_event_row(r) for r in conn.execute(query).mappings()]


def _event_row(r) -> Row:
    return {
        "document_id": r["document_id"], "id": r["local_id"], "incident_id": r["incident_id"],
        "type": r["type"], "mode": r["mode"], "status": r["status"], "day": r["day"],
        "date": r["date"],
        "acled": {"event_type": r["acled_event_type"],
                  "sub_event_type": r["acled_sub_event_type"]},
        "actor": {"id": r["actor_actor_id"], "text": r["actor_text"]},
        "target": {"id": r["target_actor_id"], "text": r["target_text"]},
        "place": {"name": r["place_name"], "geonameid": r["geonameid"], "lat": r["lat"],
                  "lon": r["lon"], "country": r["country"]},
        "trigger": r["trigger_text"], "sentence": r["sentence"],
        "span": {"start": r["sentence_start"], "end": r["sentence_end"]},
        "post_id": r["post_id"], "source": r["source"], "title": r["title"], "url": r["url"],
    }


def list_incidents(conn: Connection, *, limit: int = 50, offset: int = 0,
                   **filters) -> list[Row]:
    """The timeline: one row per real event, by day, with its reports counted.

    Filters apply to the reports: an incident is listed when one of its reports matches.
    """
    reports = (select(func.count()).select_from(events)
               .where(events.c.incident_id == incidents.c.id).scalar_subquery())
    sources = (select(func.count(func.distinct(documents.c.source)))
               .select_from(events.join(documents, documents.c.id == events.c.document_id))
               .where(events.c.incident_id == incidents.c.id).scalar_subquery())
    query = select(incidents, reports.label("reports"), sources.label("sources"))
    order = (incidents.c.day.asc().nulls_last(), incidents.c.id)
    # Type and days are the incident's own (indexed); the rest are asked of its reports.
    own = {k: filters.pop(k, None) for k in ("type", "since", "until")}
    if own["type"]:
        query = query.where(incidents.c.type == own["type"].upper())
    if own["since"]:
        query = query.where(incidents.c.day >= own["since"])
    if own["until"]:
        query = query.where(incidents.c.day <= own["until"][:10] + "~")
    actor = filters.pop("actor", None)
    if actor:
        ids = actor_ids(conn, actor)
        if len(ids) == 1:  # one actor: its incidents in index order, no sort
            query = query.join(incident_actors, (incident_actors.c.incident_id == incidents.c.id)
                               & (incident_actors.c.actor_id == ids[0]))
            order = (incident_actors.c.day.asc().nulls_last(), incident_actors.c.incident_id)
        else:
            query = query.where(incidents.c.id.in_(select(incident_actors.c.incident_id)
                                                   .where(incident_actors.c.actor_id.in_(ids))))
    if any(v for v in filters.values()):
        reports_query = select(events.c.incident_id)
        if filters.get("source"):
            reports_query = reports_query.join(documents,
                                               documents.c.id == events.c.document_id)
        query = query.where(incidents.c.id.in_(_event_filters(reports_query, conn,
                                                              **filters)))
    query = query.order_by(*order).limit(limit).offset(offset)
    rows = list(conn.execute(query).mappings())
    ids = sorted({a for r in rows for a in r["participants"]})
    names = dict(conn.execute(select(actors.c.id, actors.c.name)
                              .where(actors.c.id.in_(ids))).all()) if ids else {}
    # Each incident told in the words of its first report (by document, then position).
    first: dict[str, str] = {}
    if rows:
        sentence = func.substr(documents.c.text, events.c.sentence_start + 1,
                               events.c.sentence_end - events.c.sentence_start)
        told = (select(events.c.incident_id, sentence)
                .join(documents, documents.c.id == events.c.document_id)
                .where(events.c.incident_id.in_([r["id"] for r in rows]))
                .order_by(events.c.incident_id, events.c.document_id.desc(),
                          events.c.seq.desc()))
        first = dict(conn.execute(told).all())  # the last pair per incident wins
    return [{"id": r["id"], "type": r["type"], "day": r["day"], "geonameid": r["geonameid"],
             "participants": [{"id": a, "name": names.get(a)} for a in r["participants"]],
             "reports": r["reports"], "sources": r["sources"], "summary": first.get(r["id"])}
            for r in rows]


def list_claims(conn: Connection, *, measure: str | None = None, claimant: str | None = None,
                since: str | None = None, until: str | None = None, text: str | None = None,
                document: str | None = None, limit: int = 50, offset: int = 0) -> list[Row]:
    """Figures, each with its claimant (as an actor), period, sentence and source."""
    query = (select(claims, documents.c.source)
             .join(documents, documents.c.id == claims.c.document_id))
    if measure:
        query = query.where(_measure_is(measure))
    if claimant:
        ids = actor_ids(conn, claimant)
        query = query.where(or_(claims.c.claimant_actor_id.in_(ids),
                                claims.c.claimant_text.icontains(claimant, autoescape=True)))
    if since:
        query = query.where(claims.c.period_key >= since)
    if until:
        query = query.where(claims.c.period_key <= until[:10] + "~")
    if text:
        query = query.where(claims.c.text.icontains(text, autoescape=True))
    if document:
        query = query.where(claims.c.document_id == document)
    query = query.order_by(claims.c.period_key.asc().nulls_last(), claims.c.document_id,
                           claims.c.seq).limit(limit).offset(offset)
    return [_claim_row(r) for r in conn.execute(query).mappings()]


def _measure_is(measure: str):
    """Claims whose measure ("drones launched") or unit ("drone") contains the words."""
    return or_(claims.c.measure.icontains(measure, autoescape=True),
               claims.c.unit.icontains(measure, autoescape=True))


def _claim_row(r) -> Row:
    return {"document_id": r["document_id"], "id": r["local_id"], "value": r["value"],
            "value_max": r["value_max"], "qualifier": r["qualifier"], "unit": r["unit"],
            "measure": r["measure"], "claimant": {"id": r["claimant_actor_id"],
                                                 "text": r["claimant_text"]},
            "hedge": r["hedge"], "period": r["period_key"], "text": r["text"],
            "span": {"start": r["start"], "end": r["end"]}, "post_id": r["post_id"],
            "source": r["source"]}


def _interval(claim: Row) -> tuple[float, float]:
    """The values a figure allows: "about 100" allows 90..110, "at least 5" 5 upwards."""
    v, q = claim["value"], claim["qualifier"]
    if q == "range" and claim["value_max"] is not None:
        return v, claim["value_max"]
    return {"approx": (v * 0.9, v * 1.1), "at_least": (v, float("inf")),
            "at_most": (float("-inf"), v)}.get(q, (v, v))


def _clash(a: Row, b: Row) -> bool:
    (lo1, hi1), (lo2, hi2) = _interval(a), _interval(b)
    return hi1 < lo2 or hi2 < lo1


def ledger(conn: Connection, *, measure: str | None = None, claimant: str | None = None,
           since: str | None = None, until: str | None = None,
           contradicted: bool = False, limit: int = 50, offset: int = 0) -> list[Row]:
    """The claims ledger: figures grouped by (measure, unit, period), contradictions flagged.

    ``sources_differ``: two documents give figures that cannot both be true; ``revised``:
    one claimant (an actor across documents) gave figures that cannot both be true.
    ``contradicted`` keeps the groups whose figures differ at all (paged in SQL); their flags
    stay empty when the figures differ but may both hold ("about 100" and "95").
    """
    keys = (select(claims.c.measure, claims.c.unit, claims.c.period_key)
            .where(claims.c.measure.is_not(None)).group_by(
                claims.c.measure, claims.c.unit, claims.c.period_key))
    if contradicted:
        keys = keys.having(func.count(func.distinct(claims.c.value)) > 1)
    if measure:
        keys = keys.where(_measure_is(measure))
    if claimant:
        keys = keys.where(claims.c.claimant_actor_id.in_(actor_ids(conn, claimant)))
    if since:
        keys = keys.where(claims.c.period_key >= since)
    if until:
        keys = keys.where(claims.c.period_key <= until[:10] + "~")
    keys = keys.order_by(claims.c.period_key.asc().nulls_last(), claims.c.measure,
                         claims.c.unit).limit(limit).offset(offset)
    page = [tuple(k) for k in conn.execute(keys).all()]
    if not page:
        return []
    # The claims of the whole page in one query, grouped here by their exact key.
    grouped: dict[tuple, list[Row]] = {k: [] for k in page}
    query = (select(claims, documents.c.source)
             .join(documents, documents.c.id == claims.c.document_id)
             .where(claims.c.measure.in_(sorted({m for m, _, _ in page})))
             .order_by(claims.c.document_id, claims.c.seq))
    periods = sorted({p for _, _, p in page if p is not None})
    query = query.where(or_(claims.c.period_key.in_(periods), claims.c.period_key.is_(None))
                        if any(p is None for _, _, p in page)
                        else claims.c.period_key.in_(periods))
    for r in conn.execute(query).mappings():
        key = (r["measure"], r["unit"], r["period_key"])
        if key in grouped:
            grouped[key].append(_claim_row(r))
    out = []
    for (m, unit, period), rows in grouped.items():
        pairs = [(a, b) for i, a in enumerate(rows) for b in rows[i + 1:] if _clash(a, b)]
        flags = []
        if any(a["source"] != b["source"] or a["document_id"] != b["document_id"]
               for a, b in pairs):
            flags.append("sources_differ")
        if any(a["claimant"]["id"] and a["claimant"]["id"] == b["claimant"]["id"]
               for a, b in pairs):
            flags.append("revised")
        out.append({"measure": m, "unit": unit, "period": period, "claims": rows,
                    "contradictions": flags})
    return out


def actor_detail(conn: Connection, actor_id: str, *, limit: int = 50) -> Row | None:
    """One actor with its mentions' documents, its quotes, the events it took part in and
    the figures it gave."""
    actor = get_actor(conn, actor_id)
    if actor is None:
        return None
    speaker = entities.alias("speaker")
    quote_rows = conn.execute(
        select(quotes, documents.c.source)
        .join(documents, documents.c.id == quotes.c.document_id)
        .join(speaker, (speaker.c.document_id == quotes.c.document_id)
              & (speaker.c.local_id == quotes.c.speaker_id))
        .where(speaker.c.actor_id == actor_id)
        .order_by(quotes.c.document_id, quotes.c.seq).limit(limit)).mappings()
    actor["quotes"] = [{"document_id": q["document_id"], "id": q["local_id"],
                        "kind": q["kind"], "text": q["text"], "cue": q["cue"],
                        "span": {"start": q["start"], "end": q["end"]},
                        "source": q["source"]} for q in quote_rows]
    actor["events"] = list_events(conn, actor=actor_id, limit=limit)
    actor["claims"] = list_claims(conn, claimant=actor_id, limit=limit)
    actor["document_ids"] = list(conn.execute(
        select(entities.c.document_id).where(entities.c.actor_id == actor_id)
        .distinct().order_by(entities.c.document_id)).scalars())
    actor["documents"] = len(actor["document_ids"])
    return actor


def post_history(conn: Connection, doc_id: str) -> list[Row]:
    query = (select(post_history_table).where(post_history_table.c.document_id == doc_id)
             .order_by(post_history_table.c.post_key, post_history_table.c.version))
    return [{k: _iso(v) if k == "seen_at" else v for k, v in r.items()}
            for r in conn.execute(query).mappings()]
