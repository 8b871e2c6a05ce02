"""Exceptions raised by newsquote.

Every exception newsquote raises on purpose derives from :class:`NewsquoteError`, so one
``except newsquote.exceptions.NewsquoteError`` catches them all::

    NewsquoteError
    ├── InputTypeError(NewsquoteError, TypeError)    input is not a str (or bytes where allowed)
    ├── InputValueError(NewsquoteError, ValueError)  a well-typed argument with an unusable value
    │   └── DocumentTooLargeError                    input longer than the configured limit
    └── SourceError(NewsquoteError, OSError)         the command line cannot read a path

Any ``str`` is valid text input: odd text gives an empty or partial result, never an
exception.
"""

from __future__ import annotations

__all__ = [
    "DocumentTooLargeError",
    "InputTypeError",
    "InputValueError",
    "NewsquoteError",
    "SourceError",
]


class NewsquoteError(Exception):
    """Base class of every error newsquote raises on purpose."""


class InputTypeError(NewsquoteError, TypeError):
    """An argument has the wrong type, e.g. ``process(b"...")`` or ``segment(None)``."""


class InputValueError(NewsquoteError, ValueError):
    """An argument has the right type but a value newsquote cannot use."""


class DocumentTooLargeError(InputValueError):
    """A document is longer than the limit it was processed with."""


class SourceError(NewsquoteError, OSError):
    """A path given to the command line cannot be read."""
