"""A participle after a speaker's cue ("…,” Tester said, referring to …, “…”") reports a
content of its own; the quotation after it goes on with the speaker's cue, except after
"adding" (which goes on adding) and after a "that" clause the quotation completes.

Each row is an invented news passage with every quotation that must come out: content,
speaker mention, cue and kind.
"""

from __future__ import annotations

import pytest

from .quote_rows import quote_rows

# (text, [(content, speaker mention, cue, kind)])
ROWS: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    (
        "“Every time you say that,” Tester said, referring to the 1 percent excuse, “you "
        "give ammunition to the people who want to break up the banks.”",
        [
            ("Every time you say that", "Tester", "said", "direct"),
            ("to the 1 percent excuse", "Tester", "referring", "indirect"),
            (
                "you give ammunition to the people who want to break up the banks.",
                "Tester",
                "said",
                "direct",
            ),
        ],
    ),
    (
        "“You can’t talk about change if you don’t know what we’re changing,” DuVernay said, "
        "emphasizing why the past matters. “What we need to change is our collective "
        "thinking.”",
        [
            (
                "You can’t talk about change if you don’t know what we’re changing",
                "DuVernay",
                "said",
                "direct",
            ),
            ("why the past matters", "DuVernay", "emphasizing", "indirect"),
            ("What we need to change is our collective thinking.", "DuVernay", "said", "direct"),
        ],
    ),
    (
        "“That speaks volumes,” she said, adding that the campaign will work hard. “I think "
        "they are waiting to be courted.”",
        [
            ("That speaks volumes", "she", "said", "direct"),
            ("the campaign will work hard", "she", "adding", "indirect"),
            ("I think they are waiting to be courted.", "she", "adding", "direct"),
        ],
    ),
    (
        "“I regard Donald as an old friend,” Gingrich told O’Reilly, noting that he and his "
        "wife, Callista, “have regularly talked with him.”",
        [
            ("I regard Donald as an old friend", "Gingrich", "told", "direct"),
            ("he and his wife, Callista", "Gingrich", "noting", "indirect"),
            ("have regularly talked with him.", "Gingrich", "noting", "direct"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_participle_asides(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert quote_rows(text) == expected
