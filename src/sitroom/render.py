"""A readable Markdown report of one analysis: the situation picture at a glance.

Every line points back to its source: quotes, figures and events carry the post they came
from (``[p3]``, ``[top]`` for the title and what comes before the first post), entities list
the forms the text uses for them, and a place the gazetteer lacks names the place it is in.
"""

from __future__ import annotations

from .model import Analysis


def _cell(value) -> str:
    if value is None or value == "" or value == []:
        return "–"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return out + [""]


def markdown(a: Analysis) -> str:
    d = a.document
    names = {e.id: e.name for e in a.entities}
    kinds = {e.id: e.type for e in a.entities}
    lines = [f"# {d.title or d.id}", ""]
    meta = [f"source: {d.source}" if d.source else None,
            f"published: {d.published}" if d.published else None,
            f"url: {d.url}" if d.url else None, f"id: `{d.id}`"]
    lines += [" · ".join(m for m in meta if m), ""]

    lines += [f"## Posts ({len(a.posts)})", ""]
    lines += [f"- **[{p.id}]** {p.headline or '(no headline)'}" for p in a.posts] + [""]

    people = [e for e in a.entities if e.type == "PERSON"]
    others = [e for e in a.entities if e.type != "PERSON"]
    lines += [f"## People ({len(people)})", ""]
    lines += _table(["name", "roles", "mentions", "also called"],
                    [[e.name, "; ".join(e.roles), len(e.mentions), "; ".join(e.aliases)]
                     for e in people])
    lines += [f"## Organisations, countries and groups ({len(others)})", ""]
    lines += _table(["name", "type", "mentions", "also called"],
                    [[e.name, e.type, len(e.mentions), "; ".join(e.aliases)] for e in others])

    lines += [f"## Places ({len(a.places)})", ""]
    lines += _table(
        ["name", "in", "country", "admin1", "lat, lon", "precision", "geonames"],
        [[p.name, p.within, p.country, p.admin1,
          f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None else None, p.precision,
          p.geonameid] for p in a.places])

    lines += [f"## Times ({len(a.times)})", ""]
    lines += _table(["text", "type", "value"], [[t.text, t.type, t.value] for t in a.times])

    lines += [f"## Quotes ({len(a.quotes)})", ""]
    def who(entity: str | None, words: str | None, stands_for: str | None = None) -> str:
        """A person by name; a body by the text's words ("the Ukrainian air force", not
        all of Ukraine; "Qatar's prime minister", not Qatar); a pronoun by what it stands
        for."""
        if stands_for:
            return stands_for
        if words and kinds.get(entity, "PERSON") != "PERSON" and (
                words.lower() not in ("it", "they", "we", "he", "she", "i")):
            return words
        return names.get(entity) or words or "unknown speaker"

    for q in a.quotes:
        # a quote before the first post is the title's or the introduction's
        lines.append(f"- **{who(q.speaker, q.speaker_text, q.speaker_for)}** ({q.kind}, "
                     f"{q.cue or 'no cue'}) [{q.post or 'top'}]: "
                     f"“{q.text}”")
    lines += [""]

    lines += [f"## Figures ({len(a.claims)})", ""]
    lines += _table(
        ["value", "qualifier", "unit", "measure", "claimant", "hedge", "post"],
        [[f"{c.value:g}" + (f"–{c.value_max:g}" if c.value_max is not None else ""),
          c.qualifier, c.unit, c.measure,
          who(c.claimant, c.claimant_text) if c.claimant or c.claimant_text else None,
          c.hedge, c.post] for c in a.claims])

    lines += [f"## Events ({len(a.events)})", ""]
    lines += _table(
        ["type", "mode", "actor", "target", "status", "date", "trigger", "post"],
        [[e.type, e.mode, names.get(e.actor) or e.actor_text,
          names.get(e.target) or e.target_text, e.status, e.date, e.trigger.text, e.post]
         for e in a.events])
    return "\n".join(lines).rstrip() + "\n"
