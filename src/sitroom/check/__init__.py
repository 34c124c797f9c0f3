"""Claims against a reference series: ``check(analysis, series)`` marks each claim.

Pure: no I/O (the series is read by :mod:`sitroom.check.series`). A claim is matched to a
series key by what it counts and what happened to it ("1,150 casualties inflicted",
"eight Russian tanks damaged" -> ``personnel``, ``tank``), and to a day by its time (a
night counts for the report of the morning after, as the General Staff publishes it) or
else by its post's publication date. Then it is ``consistent`` when the day's increase (or,
for a running total, the day's total) agrees with its value and qualifier, ``inconsistent``
(with the published figure) when not, and ``unmatched`` when no series or day fits.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import Analysis, Claim, ClaimCheck
from .series import Series, SeriesError, read_series

__all__ = ["check", "check_claim", "series_key", "Series", "SeriesError", "read_series"]

# counted thing -> General Staff key; first match wins, so the specific come first
UNIT_KEYS = [
    (r"armou?red (?:personnel carrier|combat vehicle|vehicle)|\bapc|infantry fighting",
     "APC"),
    (r"fuel tank|vehicle|truck|lorr(?:y|ies)", "vehicles and fuel tanks"),
    (r"\btank", "tank"),
    (r"multiple(?:-launch)? rocket|\bmlrs|\bmrl|rocket launcher", "MRL"),
    (r"air[- ]defen[cs]e|anti-aircraft", "anti-aircraft warfare"),
    (r"artillery (?:system|piece|gun)|howitzer|\bgun\b", "field artillery"),
    (r"helicopter", "helicopter"),
    (r"aircraft|warplane|\bjet|\bplane", "aircraft"),
    (r"cruise missile", "cruise missiles"),
    (r"submarine", "submarines"),
    (r"warship|naval ship|\bship|\bboat", "naval ship"),
    (r"\buav|operational-tactical", "drone"),
    (r"casualt|soldier|troop|serviceme[nm]|personnel|occupier|invader|fighter", "personnel"),
]
# what happened to it: the series counts the enemy's losses, not launches or sorties
LOSS = re.compile(r"inflict|kill|destroy|damag|eliminat|lost|loss|downed|shot down|neutrali|"
                  r"wound|casualt|hit")
# a running total since the start of the war, not a day's figure
SINCE = re.compile(r"since (?:the (?:start|beginning)|february 2022|24 february|feb\. 24)|"
                   r"in total|so far|to date|overall|altogether", re.IGNORECASE)


def series_key(claim: Claim) -> str | None:
    """The series a claim speaks of, or None."""
    unit = (claim.unit or "").lower()
    measure = (claim.measure or "").lower()
    for pattern, key in UNIT_KEYS:
        if re.search(pattern, unit):
            # casualties are losses by their nature; equipment needs a verb of loss
            if key == "personnel" and "casualt" in unit or LOSS.search(measure):
                return key
            return None
    return None


def claim_day(claim: Claim, analysis: Analysis) -> date | None:
    """The day whose report a claim matches: its time, else its post's or document's date."""
    values = {t.id: t.value for t in analysis.times}
    value = values.get(claim.time or "")
    if value and re.match(r"\d{4}-\d\d-\d\d", value):
        day = date.fromisoformat(value[:10])
        return day + timedelta(days=1) if value.endswith("TNI") else day
    stamps = {p.id: p.published for p in analysis.posts}
    for stamp in (stamps.get(claim.post or ""), analysis.document.published):
        if stamp and re.match(r"\d{4}-\d\d-\d\d", stamp):
            return date.fromisoformat(stamp[:10])
    return None


def _agrees(claim: Claim, figure: float) -> bool:
    value, top = claim.value, claim.value_max
    if claim.qualifier == "approx":
        return abs(figure - value) <= 0.1 * max(value, 1)
    if claim.qualifier == "at_least":
        return figure >= value
    if claim.qualifier == "at_most":
        return figure <= value
    if claim.qualifier == "range" and top is not None:
        return value <= figure <= top
    return figure == value


def check_claim(claim: Claim, analysis: Analysis, series: Series) -> ClaimCheck:
    key = series_key(claim)
    day = claim_day(claim, analysis) if key else None
    if key is None or day is None:
        return ClaimCheck(status="unmatched", series=key, date=day.isoformat() if day else None)
    running = bool(SINCE.search(_sentence_text(claim, analysis)))
    figure = series.total(key, day) if running else series.daily(key, day)
    if figure is None:
        return ClaimCheck(status="unmatched", series=key, date=day.isoformat())
    return ClaimCheck(status="consistent" if _agrees(claim, figure) else "inconsistent",
                      series=key, date=day.isoformat(), reference=figure,
                      basis="total" if running else "daily", source=series.source)


def _sentence_text(claim: Claim, analysis: Analysis) -> str:
    text = analysis.document.text
    start = max(text.rfind(".", 0, claim.start), text.rfind("\n", 0, claim.start)) + 1
    ends = [k for k in (text.find(".", claim.end), text.find("\n", claim.end)) if k >= 0]
    return text[start:min(ends) if ends else len(text)]


def check(analysis: Analysis, series: Series) -> Analysis:
    """The analysis with ``claims[].check`` filled in against the series."""
    claims = [c.model_copy(update={"check": check_claim(c, analysis, series)})
              for c in analysis.claims]
    return analysis.model_copy(update={"claims": claims})
