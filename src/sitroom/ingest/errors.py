"""ReadError: one input (a file, a line of a file, a feed entry) that could not be read."""

from __future__ import annotations

STDIN = "-"


def display_name(path: str) -> str:
    """How an input is named in messages: ``-`` is ``<stdin>``; odd characters escaped, so
    that the message stays one printable line."""
    if path == STDIN:
        return "<stdin>"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


class ReadError(Exception):
    """One input that could not be read; ``str(err)`` is ONE line: ``PATH: reason``.

    ``path`` is the input as given (``-`` for stdin); ``where`` narrows it down inside the
    file (a line number of a JSON Lines file, ``entry 3`` of a feed) and is printed as
    ``PATH:LINE: reason``.
    """

    def __init__(self, path: str, reason: str, where: int | str | None = None):
        self.path = str(path)
        self.reason = " ".join(str(reason).split()) or "unreadable"
        self.where = where
        super().__init__(str(self))

    def __str__(self) -> str:
        name = display_name(self.path)
        if self.where is not None:
            name = f"{name}:{self.where}"
        return f"{name}: {self.reason}"
