"""Small helpers every stage shares: input checks and line offsets."""

from __future__ import annotations

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


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line of ``text``, without its line break.

    Breaks are ``\\n``, ``\\r\\n`` and ``\\r``; an empty text has no lines.
    """
    n = len(text)
    start = 0
    while start < n:
        i = start
        # Find the next break character; str.find twice is faster than a regex here.
        nl = text.find("\n", i)
        cr = text.find("\r", i)
        if nl < 0 and cr < 0:
            yield start, n
            return
        end = nl if cr < 0 else cr if nl < 0 else min(nl, cr)
        yield start, end
        start = end + 2 if text.startswith("\r\n", end) else end + 1
