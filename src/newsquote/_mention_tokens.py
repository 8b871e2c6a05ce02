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

__all__: list[str] = []

Token = tuple[int, int, str]

_SPLIT = re.compile(f"({_TOKEN.pattern})")


def window_tokens(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``: (start, end, token)."""
    # Gaps and tokens come in turn; the running lengths, from ``start``, are the offsets.
    parts = _SPLIT.split(text[start:end])
    ends = list(itertools.accumulate(map(len, parts), initial=start))
    return list(zip(ends[1:-1:2], ends[2::2], parts[1::2], strict=True))
