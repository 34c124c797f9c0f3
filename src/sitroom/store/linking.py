"""Across documents: one actor per real-world actor, one incident per real event.

Run by the writer inside each document's transaction, before the document's rows go in:

- **actors**: every entity is matched to an actor by its keys (its GeoNames/KB id, its name
  and aliases without titles, per type). A new actor's id is a hash of its first key, and keys
  stay in ``actor_keys`` when documents are replaced, so ids survive re-ingest.
- **incidents**: an event joins an incident of the same type whose day is within one day of
  its own, that shares at least one participant (actor or target) and whose place is
  compatible (the same GeoNames id, or one of the two unknown). Otherwise it founds one, named
  by a hash of its own document and id. Every report keeps its own row (``events``).
- **the claims ledger's key**: the claimant's actor and the period the figure is for.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta

from sqlalchemy import Connection, delete, exists, func, select, update

from ..model import Analysis
from .schema import actor_keys, actors, events, incidents

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
    """Local entity id -> actor id, creating and enriching actors as needed."""
    out: dict[str, str] = {}
    for entity in analysis.entities:
        keys = entity_keys(entity.type, entity.name, list(entity.aliases), entity.kb_id)
        if not keys:
            continue
        found = dict(conn.execute(
            select(actor_keys.c.key, actor_keys.c.actor_id).where(actor_keys.c.key.in_(keys))
        ).all())
        actor_id = next((found[k] for k in keys if k in found), None)
        single = len(normalize(entity.name).split()) == 1
        if actor_id is None and entity.type == "PERSON" and single:
            # "Starmer" alone: the one person already known by that surname, if just one.
            ids = conn.execute(select(actor_keys.c.actor_id).where(
                actor_keys.c.key == f"PERSON~{normalize(entity.name)}")).scalars().all()
            actor_id = ids[0] if len(set(ids)) == 1 else None
        aliases = sorted({entity.name, *entity.aliases})
        if actor_id is None:
            actor_id = _hash("a-", keys[0])
            row = conn.execute(select(actors.c.id).where(actors.c.id == actor_id)).first()
            if row is None:
                conn.execute(actors.insert(), {
                    "id": actor_id, "type": entity.type, "name": entity.name,
                    "kb_id": entity.kb_id, "aliases": aliases, "roles": list(entity.roles)})
        else:
            _enrich(conn, actor_id, aliases, list(entity.roles), entity.kb_id)
        new_keys = [k for k in keys if k not in found]
        surname = _surname_key(entity.type, entity.name)
        if surname:
            new_keys.append(surname)
        if new_keys:
            taken = set(conn.execute(select(actor_keys.c.key).where(
                actor_keys.c.key.in_(new_keys))).scalars())
            rows = [{"key": k, "actor_id": actor_id} for k in dict.fromkeys(new_keys)
                    if k not in taken]
            if rows:
                conn.execute(actor_keys.insert(), rows)
        out[entity.id] = actor_id
    return out


def _enrich(conn: Connection, actor_id: str, aliases: list[str], roles: list[str],
            kb_id: str | None) -> None:
    row = conn.execute(select(actors).where(actors.c.id == actor_id)).mappings().one()
    merged_aliases = sorted({*row["aliases"], *aliases} - {row["name"]})
    merged_roles = list(dict.fromkeys([*row["roles"], *roles]))
    if merged_aliases != row["aliases"] or merged_roles != row["roles"] or (
            kb_id and not row["kb_id"]):
        conn.execute(update(actors).where(actors.c.id == actor_id).values(
            aliases=merged_aliases, roles=merged_roles, kb_id=row["kb_id"] or kb_id))


def day_of(*candidates: str | None) -> str | None:
    """The first candidate that starts with a calendar date, as YYYY-MM-DD."""
    for value in candidates:
        if value and _DAY.match(value):
            return value[:10]
    return None


def _near(day: str) -> list[str]:
    d = date.fromisoformat(day)
    return [(d + timedelta(days=k)).isoformat() for k in (-1, 0, 1)]


def assign_incidents(conn: Connection, rows: list[dict]) -> None:
    """Set ``incident_id`` on event rows (with ``day``, actor ids and ``geonameid`` set)."""
    for row in rows:
        participants = {p for p in (row["actor_actor_id"], row["target_actor_id"]) if p}
        match = None
        if participants and row["day"]:
            candidates = conn.execute(
                select(incidents).where(incidents.c.type == row["type"],
                                        incidents.c.day.in_(_near(row["day"])))
            ).mappings().all()
            best = None
            for inc in candidates:
                shared = participants & set(inc["participants"])
                place_ok = (row["geonameid"] is None or inc["geonameid"] is None
                            or row["geonameid"] == inc["geonameid"])
                if shared and place_ok:
                    rank = (len(shared), inc["day"] == row["day"], inc["id"])
                    if best is None or rank > best[0]:
                        best = (rank, inc)
            match = best[1] if best else None
        if match is None:
            incident_id = _hash("ev-", f"{row['document_id']}/{row['local_id']}")
            if conn.execute(select(incidents.c.id).where(incidents.c.id == incident_id)).first():
                row["incident_id"] = incident_id  # re-founded by the same report
                continue
            conn.execute(incidents.insert(), {
                "id": incident_id, "type": row["type"], "day": row["day"],
                "geonameid": row["geonameid"], "participants": sorted(participants)})
        else:
            incident_id = match["id"]
            merged = sorted(set(match["participants"]) | participants)
            if merged != match["participants"] or (match["geonameid"] is None
                                                   and row["geonameid"] is not None):
                conn.execute(update(incidents).where(incidents.c.id == incident_id).values(
                    participants=merged, geonameid=match["geonameid"] or row["geonameid"]))
        row["incident_id"] = incident_id


def drop_orphan_incidents(conn: Connection, incident_ids: set[str]) -> None:
    """Incidents left without any report (after their document was replaced) go."""
    if incident_ids:
        conn.execute(delete(incidents).where(
            incidents.c.id.in_(sorted(incident_ids)),
            ~exists().where(events.c.incident_id == incidents.c.id)))


def count_reports(conn: Connection, incident_id: str) -> int:
    return conn.execute(select(func.count()).select_from(events)
                        .where(events.c.incident_id == incident_id)).scalar_one()
