"""Across documents: one actor per real-world actor, one incident per real event.

Run by the writer inside each document's transaction, before the document's rows go in:

- **actors**: every entity is matched to an actor by its keys (its GeoNames/KB id, its name
  and aliases without titles, per type). A new actor's id is a hash of its first key, and keys
  stay in ``actor_keys`` when documents are replaced, so ids survive re-ingest.
- **incidents**: an event joins an incident of the same type whose day is within one day of
  its own, whose participants (actors and targets) include the event's or are included in
  them, and whose place is compatible (the same GeoNames id, one of the two unknown, or two
  participants in common). Otherwise it founds one, named by a hash of its own document and
  id. Every report keeps its own row (``events``).
- **the claims ledger's key**: the claimant's actor and the period the figure is for.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta

from sqlalchemy import Connection, bindparam, delete, exists, func, select, update

from ..model import Analysis
from .schema import actor_keys, actors, events, incident_actors, incidents

# Words before a name that say who someone is, not which one.
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president", "prime",
    "minister", "chancellor", "king", "queen", "prince", "general", "gen", "col", "colonel",
    "secretary", "foreign", "defence", "defense", "senator", "sen", "rep", "the", "pope",
    "premier", "vice", "deputy", "ambassador", "commander", "admiral", "gov", "governor",
}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def normalize(name: str) -> str:
    """A name as a key: lower case, no possessive, no punctuation, no leading titles."""
    name = re.sub(r"['’]s\b", "", name.lower())
    words = re.findall(r"\w+", name)
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def _hash(prefix: str, key: str) -> str:
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def entity_keys(type: str, name: str, aliases: list[str], kb_id: str | None) -> list[str]:
    """The keys an entity is known by, the strongest first."""
    keys = [f"kb|{kb_id}"] if kb_id else []
    for form in (name, *aliases):
        norm = normalize(form)
        if norm and f"{type}|{norm}" not in keys:
            keys.append(f"{type}|{norm}")
    return keys


def _surname_key(type: str, name: str) -> str | None:
    words = normalize(name).split()
    return f"{type}~{words[-1]}" if type == "PERSON" and len(words) > 1 else None


def resolve_actors(conn: Connection, analysis: Analysis) -> dict[str, str]:
    """Local entity id -> actor id, creating and enriching actors as needed.

    Reads every key of the document in one query, and the actors they name in another;
    entities are then matched in order (an earlier entity's new keys serve later ones).
    """
    keyed = [(e, entity_keys(e.type, e.name, list(e.aliases), e.kb_id))
             for e in analysis.entities]
    wanted = {k for _, keys in keyed for k in keys}
    for entity, _ in keyed:  # surnames: to look up ("Starmer") and to register
        if entity.type == "PERSON":
            wanted.add(f"PERSON~{normalize(entity.name)}")
            wanted.add(_surname_key(entity.type, entity.name) or "")
    known: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for key, actor_id in conn.execute(select(actor_keys.c.key, actor_keys.c.actor_id)
                                      .where(actor_keys.c.key.in_(sorted(wanted)))):
        known[key] = actor_id
        if "~" in key:
            surnames.setdefault(key, set()).add(actor_id)
    # The actors the keys name, and those a new entity would be given (one round trip).
    founders = {_hash("a-", keys[0]) for _, keys in keyed if keys}
    rows = {r["id"]: dict(r) for r in conn.execute(
        select(actors).where(actors.c.id.in_(sorted(set(known.values()) | founders))))
        .mappings()}
    before = {k: (list(r["aliases"]), list(r["roles"]), r["kb_id"]) for k, r in rows.items()}
    created: list[dict] = []
    new_keys: dict[str, str] = {}
    out: dict[str, str] = {}
    for entity, keys in keyed:
        if not keys:
            continue
        actor_id = next((known[k] for k in keys if k in known), None)
        if actor_id is None and entity.type == "PERSON" and len(
                normalize(entity.name).split()) == 1:
            # "Starmer" alone: the one person already known by that surname, if just one.
            ids = surnames.get(f"PERSON~{normalize(entity.name)}", set())
            actor_id = next(iter(ids)) if len(ids) == 1 else None
        if actor_id is None:
            actor_id = _hash("a-", keys[0])
            if actor_id not in rows:
                row = {"id": actor_id, "type": entity.type, "name": entity.name,
                       "kb_id": entity.kb_id, "aliases": [], "roles": []}
                created.append(row)
                rows[actor_id] = row
        row = rows[actor_id]
        row["aliases"] = sorted({*row["aliases"], entity.name, *entity.aliases} - {row["name"]})
        row["roles"] = list(dict.fromkeys([*row["roles"], *entity.roles]))
        row["kb_id"] = row["kb_id"] or entity.kb_id
        surname = _surname_key(entity.type, entity.name)
        for key in (*keys, *([surname] if surname else [])):
            if key not in known:
                known[key] = new_keys[key] = actor_id
                if "~" in key:
                    surnames.setdefault(key, set()).add(actor_id)
        out[entity.id] = actor_id
    if created:
        conn.execute(actors.insert(), created)
    changed = [{"actor": actor_id, "new_aliases": rows[actor_id]["aliases"],
                "new_roles": rows[actor_id]["roles"], "new_kb_id": rows[actor_id]["kb_id"]}
               for actor_id, (aliases, roles, kb_id) in before.items()
               if (rows[actor_id]["aliases"], rows[actor_id]["roles"], rows[actor_id]["kb_id"])
               != (aliases, roles, kb_id)]
    if changed:  # one executemany: a round trip per actor is what made PostgreSQL slow
        conn.execute(update(actors).where(actors.c.id == bindparam("actor")).values(
            aliases=bindparam("new_aliases"), roles=bindparam("new_roles"),
            kb_id=bindparam("new_kb_id")), changed)
    if new_keys:
        conn.execute(actor_keys.insert(),
                     [{"key": k, "actor_id": v} for k, v in new_keys.items()])
    return out


def day_of(*candidates: str | None) -> str | None:
    """The first candidate that starts with a calendar date, as YYYY-MM-DD."""
    for value in candidates:
        if value and _DAY.match(value):
            return value[:10]
    return None


def _near(day: str) -> list[str]:
    d = date.fromisoformat(day)
    return [(d + timedelta(days=k)).isoformat() for k in (-1, 0, 1)]


def assign_incidents(conn: Connection, rows: list[dict],
                     mentioned: list[set[str]] | None = None,
                     sites: list[bool] | None = None) -> None:
    """Set ``incident_id`` on event rows (with ``day``, actor ids and ``geonameid`` set).

    ``mentioned``: per row, the actors its sentence names; among incidents that match
    equally, the one with more of them wins ("X met Y" where only Y was taken as a
    participant joins the X-Y meeting rather than another meeting of Y's).
    ``sites``: per row, whether its target is a site (a city, a building) rather than a
    participant.

    The candidate incidents (same types, days within one of the document's) are read in one
    query and matched in memory; new and changed incidents are written at the end.
    """
    days = sorted({d for row in rows if row["day"] for d in _near(row["day"])})
    types = sorted({row["type"] for row in rows})
    pool: dict[str, dict] = {}
    if days:
        pool = {r["id"]: dict(r) for r in conn.execute(select(incidents).where(
            incidents.c.type.in_(types), incidents.c.day.in_(days))).mappings()}
    # Incidents these reports founded before (a replaced document), wherever their day is.
    founders = [_hash("ev-", f"{row['document_id']}/{row['local_id']}") for row in rows]
    missing = sorted(set(founders) - set(pool))
    if missing:
        pool.update({r["id"]: dict(r) for r in conn.execute(
            select(incidents).where(incidents.c.id.in_(missing))).mappings()})
    original = {k: (list(v["participants"]), v["geonameid"]) for k, v in pool.items()}
    # Reports so far: between equal candidates, the story more sources tell wins.
    told = dict(conn.execute(select(events.c.incident_id, func.count())
                             .where(events.c.incident_id.in_(sorted(pool)))
                             .group_by(events.c.incident_id)).all()) if pool else {}
    by_type_day: dict[tuple[str, str], list[dict]] = {}
    for inc in pool.values():
        by_type_day.setdefault((inc["type"], inc["day"]), []).append(inc)
    created: list[dict] = []
    mentioned = mentioned or [set() for _ in rows]
    sites = sites or [False for _ in rows]
    for row, founder, named, site in zip(rows, founders, mentioned, sites):
        target = None if site else row["target_actor_id"]
        participants = {p for p in (row["actor_actor_id"], target) if p}
        best = None
        if participants and row["day"]:
            for day in _near(row["day"]):
                for inc in by_type_day.get((row["type"], day), ()):
                    theirs = set(inc["participants"])
                    shared = participants & theirs
                    # One side's participants include the other's: "Trump met Starmer" and
                    # "the meeting with Trump" match; "Macron met Trump" does not.
                    nested = shared == participants or shared == theirs
                    # Places agree, or one is unknown; two shared participants outweigh a
                    # place that the text put wrong.
                    place_ok = (row["geonameid"] is None or inc["geonameid"] is None
                                or row["geonameid"] == inc["geonameid"] or len(shared) > 1)
                    if shared and nested and place_ok:
                        rank = (len(shared), len(named & theirs), inc["day"] == row["day"],
                                told.get(inc["id"], 0), inc["id"])
                        if best is None or rank > best[0]:
                            best = (rank, inc)
        if best is None:
            inc = pool.get(founder)
            if inc is None:
                inc = {"id": founder, "type": row["type"], "day": row["day"],
                       "geonameid": row["geonameid"], "participants": sorted(participants)}
                created.append(inc)
                pool[founder] = inc
                if row["day"]:
                    by_type_day.setdefault((row["type"], row["day"]), []).append(inc)
        else:
            inc = best[1]
            told[inc["id"]] = told.get(inc["id"], 0) + 1
            inc["participants"] = sorted(set(inc["participants"]) | participants)
            inc["geonameid"] = inc["geonameid"] or row["geonameid"]
        row["incident_id"] = inc["id"]
    taking_part = []
    if created:
        conn.execute(incidents.insert(), created)
        taking_part += [{"incident_id": inc["id"], "actor_id": a, "day": inc["day"]}
                        for inc in created for a in inc["participants"]]
    changed = []
    for incident_id, (participants, geonameid) in original.items():
        inc = pool[incident_id]
        if (inc["participants"], inc["geonameid"]) != (participants, geonameid):
            changed.append({"incident": incident_id, "new_participants": inc["participants"],
                            "new_geonameid": inc["geonameid"]})
            taking_part += [{"incident_id": incident_id, "actor_id": a, "day": inc["day"]}
                            for a in sorted(set(inc["participants"]) - set(participants))]
    if changed:
        conn.execute(update(incidents).where(incidents.c.id == bindparam("incident")).values(
            participants=bindparam("new_participants"),
            geonameid=bindparam("new_geonameid")), changed)
    if taking_part:
        conn.execute(incident_actors.insert(), taking_part)


def drop_orphan_incidents(conn: Connection, incident_ids: set[str]) -> None:
    """Incidents left without any report (after their document was replaced) go."""
    if incident_ids:
        conn.execute(delete(incidents).where(
            incidents.c.id.in_(sorted(incident_ids)),
            ~exists().where(events.c.incident_id == incidents.c.id)))


def count_reports(conn: Connection, incident_id: str) -> int:
    return conn.execute(select(func.count()).select_from(events)
                        .where(events.c.incident_id == incident_id)).scalar_one()
