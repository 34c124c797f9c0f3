"""One event per real event: the mentions of one meeting, attack or deal merged.

A live blog names the same meeting in a headline, in its post, and again in later posts
("Ms Meloni will meet Mr Macron", "the meeting", "her talks with Mr Macron today"). Event
mentions from :mod:`sitroom.extract.events` are merged when they are of one type and
their settings agree: the same day or no day, the same place or none, statuses that can
describe one event (a scheduled meeting may later be reported as under way; a negated or
hypothetical one is another matter), and participants that overlap without two different
actors. A mention without any participant joins an event only through a shared day or
place, or as a definite reference ("the talks") to the latest event of its type in its
post. The merged event keeps its first mention in ``trigger`` and ``sentence``, every
mention in ``mentions``, and the union of places and figures; its date, place and roles
are the first given by any mention.

Pure: events in, events out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..model import Analysis, Event, EventMention
from .entities import country_code
from .events_lexicon import VIOLENCE

# types where who acts and who is acted on can swap between reports: "A met B", "B met A"
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
# statuses that one event can carry across reports
_SAME_STORY = {"occurred", "ongoing", "scheduled"}
# a call is not the meeting it prepared; a visit and the talks held during it are one
_MODES = {"visit": "meet", "multilateral": "meet"}


@dataclass
class _Mention:
    event: Event
    participants: frozenset[str]
    places: frozenset[str]
    headline: bool
    definite: bool
    title: bool = False
    other: bool = False
    actor_keys: frozenset[str] = frozenset()


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)

    def values(self, name: str) -> set:
        return {getattr(m.event, name) for m in self.mentions} - {None}

    @property
    def participants(self) -> set[str]:
        return set().union(*(m.participants for m in self.mentions))

    @property
    def places(self) -> set[str]:
        return set().union(*(m.places for m in self.mentions))

    @property
    def claims(self) -> set[str]:
        return {c for m in self.mentions if not m.headline for c in m.event.claims}


def _score(c: _Cluster, m: _Mention,
           where: dict[str, tuple[str | None, str | None]]) -> int | None:
    """How well a mention fits an event, or None when it cannot be the same event."""
    e, first = m.event, c.mentions[0].event
    if m.other and any(x.event.trigger.start < e.trigger.start for x in c.mentions):
        return None  # "another attack" is not the one told before it
    if e.type != first.type or (e.acled.sub_event_type and first.acled.sub_event_type
                                and e.acled.sub_event_type != first.acled.sub_event_type
                                and not (_unarmed(e) and first.mode)
                                and not (_unarmed(first) and e.mode)):
        return None
    modes = {_MODES.get(x, x) for x in c.values("mode") | {e.mode} if x}
    if len(modes) > 1:
        return None  # drones and artillery, a call and a meeting
    if (e.mode == "occupy") != (first.mode == "occupy"):
        return None  # ground taken is not the attacks it followed
    statuses = c.values("status") | {e.status}
    if len(statuses) > 1 and not statuses <= _SAME_STORY:
        return None  # "did not include Ukraine" is not the talks that will happen
    days = {d[:10] for d in c.values("date")}
    if e.date and days and not all(_same_time(e.date[:10], d) for d in days):
        return None
    if m.places and c.places and not _same_place(m.places, c.places, where):
        return None
    # a title's event meets its first report ("Dozens of drones shot down" … "87 drones
    # had been shot down"), which it sums up
    told_in_title = all(x.title for x in c.mentions) and not m.title
    own_claims, their_claims = set(e.claims), c.claims
    if not m.headline and not told_in_title and own_claims and their_claims and not (
            own_claims & their_claims):
        return None  # each report counts its own figures: two attacks, or two days
    theirs = c.participants
    actors, targets = c.values("actor"), c.values("target")
    same_day = bool(e.date and days)
    same_place = bool(m.places and c.places)
    # "B met A" after "A met B" is the same meeting; "C met B" is another one
    swapped = e.type in SYMMETRIC and e.target in actors and e.actor in targets
    acting = set().union(*(x.actor_keys for x in c.mentions))
    if e.actor and actors and not m.actor_keys & acting and not swapped \
            and not (same_day and same_place):
        return None  # Macron met Trump; Starmer meets Trump: two meetings
    score = 0
    if m.participants and theirs:
        if not m.participants & theirs and not (same_day and same_place):
            return None  # other sides, unless the same day in the same town says otherwise
        score += 2 * len(m.participants & theirs)
    # "three were killed and 17 wounded when a bomb hit a block": one sentence's acts of
    # one attack (two weapons or places were told apart above)
    same_sentence = e.type == "ASSAULT" and e.mode != "occupy" and any(
        x.event.sentence == e.sentence for x in c.mentions)
    score += same_day + same_place + same_sentence
    same_post = bool(e.post) and any(x.event.post == e.post for x in c.mentions)
    if score == 0 and not (same_post and (m.headline or m.definite)) and not m.title and not (
            told_in_title):
        return None  # nothing shared: only a headline, or "the meeting", in the same post
    return score + same_post


def _unarmed(e: Event) -> bool:
    """An attack whose weapon no one named ("overnight attack hits Odesa"): its ACLED
    sub-event is the coder's default guess, which a report of the weapon overrides."""
    return e.mode is None and (e.acled.event_type, e.acled.sub_event_type) == VIOLENCE


def _same_time(a: str, b: str) -> bool:
    """The same day, or a day and the week or month that holds it ("last week", 18 February)."""
    if a == b:
        return True
    day, span = (a, b) if len(a) == 10 and a[4] == "-" and a[5] != "W" else (b, a)
    try:
        when = date.fromisoformat(day)
    except ValueError:
        return False
    if len(span) == 8 and span[5] == "W" and span[6:].isdigit():
        year, week, _ = when.isocalendar()
        return (year, week) == (int(span[:4]), int(span[6:]))
    return len(span) == 7 and day.startswith(span)


def _same_place(ours: frozenset[str], theirs: set[str],
                where: dict[str, tuple[str | None, str | None]]) -> bool:
    """A shared place, or a country and towns inside it ("talks in Turkey", "talks in
    Istanbul"); ``where`` gives each place its precision and country."""
    if ours & theirs:
        return True
    for wide, narrow in ((ours, theirs), (set(theirs), ours)):
        if all(where.get(p, (None, None))[0] == "country" for p in wide):
            codes = {where[p][1] for p in wide} - {None}
            if codes and all(where.get(p, (None, None))[1] in codes for p in narrow):
                return True
    return False


_OTHER = {"another", "second", "third", "further", "separate"}
_DEFINITE = {"the", "this", "that", "his", "her", "their", "its", "thursday's", "today's",
             "sunday's"}


def _mentions(events: list[Event], analysis: Analysis) -> list[_Mention]:
    text = analysis.document.text
    # a town that is a target ("visits Washington") is where it happened, not who took
    # part; a country can be either, and stays a participant
    located = _located(analysis)
    leads = _leaders(analysis)
    headlines = [(p.start, p.start + len(p.headline)) for p in analysis.posts if p.headline]
    title = analysis.document.title or ""
    title_end = len(title) if title and text.startswith(title) else 0
    out = []
    for e in events:
        before = text[max(0, e.trigger.start - 12):e.trigger.start].lower().split()
        sides = [x for x in (e.actor, e.target) if x and x not in located]
        out.append(_Mention(
            event=e,
            participants=frozenset([*sides, *(leads[x] for x in sides if x in leads)]),
            actor_keys=frozenset(x for x in (e.actor, leads.get(e.actor or "")) if x),
            places=frozenset(e.places or ([e.place] if e.place else [])),
            headline=any(a <= e.trigger.start < b for a, b in headlines),
            title=e.trigger.start < title_end,
            definite=bool(before) and before[-1] in _DEFINITE,
            # "another attack", "launched another strike"
            other=bool(_OTHER & {*text[max(0, e.trigger.start - 30):e.trigger.start]
                                 .lower().split()[-2:],
                                 *text[e.trigger.end:e.trigger.end + 12].lower().split()[:1]}),
        ))
    return out


def _leaders(analysis: Analysis) -> dict[str, str]:
    """The state each leader speaks for, from their roles ("British prime minister" ->
    United Kingdom): "UK plans talks on Sunday" and "Starmer will host talks on Sunday"
    report one meeting."""
    states = {p.country: p.entity for p in analysis.places
              if p.precision == "country" and p.country and p.entity}
    out = {}
    for e in analysis.entities:
        if e.type != "PERSON":
            continue
        for role in e.roles:
            words = role.split()
            if len(words) > 1 and " ".join(words[1:]).lower() in _LEADER_ROLES:
                state = states.get(country_code(words[0]))
                if state:
                    out[e.id] = state
                    break
    return out


_LEADER_ROLES = {"prime minister", "president", "chancellor", "premier", "leader"}


def _located(analysis: Analysis) -> set[str]:
    return {p.entity for p in analysis.places
            if p.entity and p.precision not in ("country", "region")}


def merge_events(events: list[Event], analysis: Analysis,
                 caused_by: dict[str, str] | None = None) -> list[Event]:
    """Events of one document with the mentions of each real event merged, renumbered.

    Mentions that name an actor are placed first, so that "his meeting with Mr Trump"
    joins the meeting whose actor is known rather than founding one of its own.
    ``caused_by`` maps an event's id to the id of the event its sentence says caused it
    ("the blast killed three": the deaths to the blast): it joins that one's event."""
    caused_by = caused_by or {}
    mentions = _mentions(events, analysis)
    where = {p.id: (p.precision, p.country) for p in analysis.places}
    clusters: list[_Cluster] = []
    for m in [*[m for m in mentions if m.event.actor], *[m for m in mentions
                                                         if not m.event.actor]]:
        if m.event.id in caused_by:
            continue  # placed with its cause below
        best, best_key = None, None
        fits = [(s, c) for c in clusters if (s := _score(c, m, where)) is not None]
        if m.title and len(fits) > 1 and not any(s for s, _ in fits):
            fits = []  # a title sums up the story: it joins the one event it can be, or none
        for score, c in fits:
            # ties go to the event reported last before this mention ("the meeting" after
            # "diplomats will meet in Istanbul"), then to the one reported most
            before = [x.event.trigger.start for x in c.mentions
                      if x.event.trigger.start < m.event.trigger.start]
            key = (score, max(before, default=-1), len(c.mentions))
            if best_key is None or key > best_key:
                best, best_key = c, key
        if best is None:
            clusters.append(_Cluster([m]))
        else:
            best.mentions.append(m)
    for m in (m for m in mentions if m.event.id in caused_by):
        cause = caused_by[m.event.id]
        home = next((c for c in clusters if any(x.event.id == cause for x in c.mentions)),
                    None)
        if home is None:
            clusters.append(_Cluster([m]))
        else:
            home.mentions.append(m)
    for c in clusters:
        c.mentions.sort(key=lambda m: m.event.trigger.start)
    clusters.sort(key=lambda c: c.mentions[0].event.trigger.start)
    located = _located(analysis)
    countries = {p for p, (precision, _) in where.items() if precision == "country"}
    return [_merged([m.event for m in c.mentions], k + 1, located, countries)
            for k, c in enumerate(clusters)]


def _is_day(value: str) -> bool:
    return len(value) >= 10 and value[4] == "-" and value[5] != "W"


def _merged(events: list[Event], number: int, located: set[str], countries: set[str]
            ) -> Event:
    first = events[0]
    with_actor = next((e for e in events if e.actor), None) or next(
        (e for e in events if e.actor_text), first)  # (a named actor, else one in words)
    # the one it was done to, rather than the town it was done in ("visits Washington")
    targets = [e for e in events if (e.target or e.target_text)
               and not (e.target and e.target == with_actor.actor)]
    with_target = next((e for e in targets if e.target not in located),
                       targets[0] if targets else None)

    def pick(name: str):
        return next((getattr(e, name) for e in events if getattr(e, name) is not None), None)

    # the date with the status it was read with
    dated = next((e for e in events if e.date and _is_day(e.date)), None) or next(
        (e for e in events if e.date), first)  # 18 February rather than "last week"
    places: list[str] = []
    claims: list[str] = []
    for e in events:
        places += [p for p in (e.places or [e.place]) if p and p not in places]
        claims += [x for x in e.claims if x not in claims]
    return first.model_copy(update={
        "id": f"ev{number}",
        "mode": pick("mode"),
        # the sub-event of the report that names the weapon, not the guess of one that does not
        "acled": next((e.acled for e in events if e.mode), first.acled),
        "actor": with_actor.actor, "actor_text": with_actor.actor_text,
        "target": with_target.target if with_target else None,
        "target_text": with_target.target_text if with_target else None,
        # the town rather than the country that holds it ("Istanbul", not "Turkey")
        "place": next((p for p in places if p not in countries), places[0] if places else None),
        "places": places,
        "location_text": pick("location_text"),
        "date": dated.date, "time": dated.time,
        "status": dated.status if dated.date else first.status,
        "claims": claims,
        "mentions": [EventMention(trigger=e.trigger, sentence=e.sentence, post=e.post,
                                  actor_text=e.actor_text, target_text=e.target_text,
                                  place=e.place, location_text=e.location_text)
                     for e in events],
    })
