"""Small helpers every stage shares: input checks and line offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .exceptions import InputTypeError

__all__ = ["ensure_text", "iter_lines"]


def ensure_text(value: object, name: str = "text") -> str:
    """Return ``value`` if it is a ``str``; raise :class:`InputTypeError` otherwise.

    Any ``str`` is valid, however odd (empty, binary junk, lone surrogates).
    """
    if isinstance(value, str):
        return value
    raise InputTypeError(f"{name} must be str, not {type(value).__name__}")


_BREAK = re.compile(r"\r\n|\r|\n")


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line of ``text``, without its line break.

    Breaks are ``\\n``, ``\\r\\n`` and ``\\r``; an empty text has no lines.  One pass over
    the text (searching for each break kind separately from every line start would be
    quadratic in texts that lack one of them).
    """
    if "\r" not in text:
        # Only "\n" breaks (most texts): the lines are the pieces of one split in C, each
        # starting one past the previous piece's end.
        pieces = text.split("\n")
        if not pieces[-1]:
            pieces.pop()  # nothing after the last break (or an empty text): no line there
        start = 0
        for n in map(len, pieces):
            yield start, start + n
            start += n + 1
        return
    start = 0
    for m in _BREAK.finditer(text):
        yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)
