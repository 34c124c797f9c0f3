"""Keeping the posts a live blog's page no longer shows.

Pages of live blogs show their newest posts; older ones drop off (or move to a second page).
When an update of a stored document lacks posts the stored version had, :func:`carry_over`
appends those posts' text after the new text and moves their facts along (offsets shifted,
ids prefixed ``k-``), so that the store keeps everything that was ever reported. Posts are
matched across versions by :func:`post_key` (headline and time, else opening words); only
posts with a headline or a time are carried over.
"""

from __future__ import annotations

from ..model import Analysis

SEPARATOR = "\n\n"


def post_key(headline: str | None, published: str | None, text: str) -> str:
    """What names a post across versions of its live blog: headline and time, else its
    opening words (an edit further down keeps the key; a new headline makes a new post)."""
    if headline or published:
        return f"{published or ''}|{' '.join((headline or '').split())}"
    return "|" + " ".join(text.split()[:12])


def _keys(data: dict) -> list[str]:
    text = data["document"]["text"]
    return [post_key(p.get("headline"), p.get("published"),
                     text[p["start"]:p["end"]][len(p.get("headline") or ""):])
            for p in data.get("posts", [])]


def _kid(local_id: str | None) -> str | None:
    if local_id is None:
        return None
    return local_id if local_id.startswith("k-") else f"k-{local_id}"


def carry_over(old: dict, new: Analysis) -> Analysis:
    """``new`` with the posts of ``old`` (a stored analysis, as JSON) that it lacks.

    Returns ``new`` itself when it lacks none (or when ``old`` has no posts).
    """
    new_keys = set(_keys(new.to_json_dict())) if new.posts else set()
    # Only posts with a headline or a time are told apart from edits: a post known by its
    # opening words alone, and changed there, is an edit, not a post that dropped off.
    dropped = [p for p, key in zip(old.get("posts", []), _keys(old))
               if key not in new_keys and (p.get("headline") or p.get("published"))]
    if not dropped or not new.posts:
        return new
    old_text = old["document"]["text"]
    text = new.document.text
    shifts: list[tuple[int, int, int]] = []  # (old start, old end, shift)
    for post in dropped:
        text += SEPARATOR
        shifts.append((post["start"], post["end"], len(text) - post["start"]))
        text += old_text[post["start"]:post["end"]]

    def shift_of(start: int, end: int) -> int | None:
        for s, e, d in shifts:
            if s <= start and end <= e:
                return d
        return None

    def moved(item: dict, d: int) -> dict:
        return {**item, "start": item["start"] + d, "end": item["end"] + d}

    data = new.to_json_dict()
    data["document"]["text"] = text
    posts = {p["id"] for p in dropped}
    data["posts"] += [{**moved(p, shift_of(p["start"], p["end"])), "id": _kid(p["id"])}
                      for p in dropped]

    entities: set[str] = set()
    for entity in old.get("entities", []):
        mentions = [moved(m, d) for m in entity["mentions"]
                    if (d := shift_of(m["start"], m["end"])) is not None]
        if mentions:
            entities.add(entity["id"])
            data["entities"].append({**entity, "id": _kid(entity["id"]), "mentions": mentions})
    places: set[str] = set()
    for place in old.get("places", []):
        mentions = [moved(m, d) for m in place["mentions"]
                    if (d := shift_of(m["start"], m["end"])) is not None]
        if mentions:
            places.add(place["id"])
            data["places"].append({**place, "id": _kid(place["id"]), "mentions": mentions,
                                   "entity": _kid(place["entity"]) if place.get("entity")
                                   in entities else None})

    def ref(value: str | None, kept: set[str]) -> str | None:
        return _kid(value) if value in kept else None

    times: set[str] = set()
    for t in old.get("times", []):
        if (d := shift_of(t["start"], t["end"])) is not None:
            times.add(t["id"])
            data["times"].append({**moved(t, d), "id": _kid(t["id"])})
    for q in old.get("quotes", []):
        if (d := shift_of(q["start"], q["end"])) is not None:
            data["quotes"].append({**moved(q, d), "id": _kid(q["id"]),
                                   "speaker": ref(q.get("speaker"), entities),
                                   "post": ref(q.get("post"), posts)})
    claims: set[str] = {c["id"] for c in old.get("claims", [])
                        if shift_of(c["start"], c["end"]) is not None}
    for c in old.get("claims", []):
        if c["id"] in claims:
            d = shift_of(c["start"], c["end"])
            data["claims"].append({**moved(c, d), "id": _kid(c["id"]),
                                   "claimant": ref(c.get("claimant"), entities),
                                   "time": ref(c.get("time"), times),
                                   "place": ref(c.get("place"), places),
                                   "post": ref(c.get("post"), posts),
                                   "part_of": ref(c.get("part_of"), claims)})
    for v in old.get("events", []):
        s = v["sentence"]
        if (d := shift_of(s["start"], s["end"])) is not None:
            data["events"].append({
                **v, "id": _kid(v["id"]), "sentence": moved(s, d),
                "trigger": moved(v["trigger"], d), "actor": ref(v.get("actor"), entities),
                "target": ref(v.get("target"), entities), "place": ref(v.get("place"), places),
                "time": ref(v.get("time"), times), "post": ref(v.get("post"), posts),
                "claims": [_kid(c) for c in v.get("claims", []) if c in claims]})
    return Analysis.model_validate(data)
