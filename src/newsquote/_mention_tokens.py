"""The tokens of a window of text, for reading the phrase before a cue.

Speaker mentions are read backwards over the tokens of a short window before each cue.
The window is split in C (the standard library's engine splitting on the tokens, their
offsets the running lengths of the parts) rather than by a loop over match objects: the
same tokens as ``_TOKEN.finditer(text, start, end)`` (the pattern looks at no character
outside its match), in a fraction of the time.
"""

from __future__ import annotations

import itertools
import re

from ._mention_shapes import _TOKEN
from ._tokens import _ascii_words

__all__: list[str] = []

Token = tuple[int, int, str]

_SPLIT = re.compile(f"({_TOKEN.pattern})")
# The same tokens in a text with no letter or digit outside ASCII: a word is an
# alphanumeric, then any run of alphanumerics and inner marks (one class, no alternation
# per character: the maximal runs the form above matches).
_ASCII_SPLIT = re.compile(r"([A-Za-z0-9][A-Za-z0-9'’.-]*+|[,;:()\"“”—–])")


def window_tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``: (start, end, token)."""
    # Gaps and tokens come in turn; the running lengths, from ``start``, are the offsets.
    split = _ASCII_SPLIT if _ascii_words(text) else _SPLIT
    parts = split.split(text[start:end])
    ends = list(itertools.accumulate(map(len, parts), initial=start))
    return list(zip(ends[1:-1:2], ends[2::2], parts[1::2], strict=True))
