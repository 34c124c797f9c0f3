"""Document fields: publication dates normalized to ISO 8601, command-line overrides applied,
ids made. Pure functions shared by every reader."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

from ..model import Document

# Forms people type or pages print, besides ISO 8601 and RFC 822.
_HUMAN_DATES = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%d/%m/%Y")


def parse_published(value: str) -> str:
    """``value`` as an ISO 8601 date ("2025-02-27") or date-time ("2025-02-27T10:00:00+00:00").

    Accepts ISO 8601 (with ``Z``), RFC 822 as feeds write it ("Thu, 27 Feb 2025 10:00:00
    GMT") and "27 February 2025". Raises ValueError with a one-line message otherwise.
    """
    text = " ".join(str(value).split())
    if text:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(text).isoformat()
        except ValueError:
            pass
        try:
            return parsedate_to_datetime(text).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
        for form in _HUMAN_DATES:
            try:
                return datetime.strptime(text, form).date().isoformat()
            except ValueError:
                pass
    raise ValueError(f"not a date: {text[:80]!r} (use YYYY-MM-DD or an ISO 8601 date-time, "
                     "e.g. 2025-02-27T10:00:00Z)")


def published_or_none(value: object) -> str | None:
    """A date found inside a file, normalized; None when absent or unreadable (never fails).

    Also takes the ``time.struct_time`` (UTC) that feedparser gives for entry dates.
    """
    if isinstance(value, time.struct_time):
        try:
            return datetime(*value[:6], tzinfo=UTC).isoformat()
        except (TypeError, ValueError, OverflowError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return parse_published(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class Overrides:
    """Values given on the command line; each one, when given, wins over the file's."""

    published: str | None = None
    source: str | None = None
    title: str | None = None


def make_document(
    text: str,
    overrides: Overrides = Overrides(),
    *,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    published: str | None = None,
) -> Document:
    """A Document from a reader's findings; ``published`` is normalized or dropped."""
    return Document(
        id=Document.make_id(text, url or None),
        text=text,
        title=overrides.title or _clean(title),
        source=overrides.source or _clean(source),
        url=_clean(url),
        published=overrides.published or published_or_none(published),
    )


def _clean(value: object) -> str | None:
    """A one-line metadata string, or None for missing/blank values."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
