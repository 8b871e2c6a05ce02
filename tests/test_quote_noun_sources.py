"""Sources that are noun phrases around a reporting noun: "a New York Times report that",
"A GAO report released last year found", and the nouns that only look like verbs ("22%
of Democratic claims", "A: I think").

Each row is an invented news sentence with every quotation that must come out: content,
speaker mention, cue and kind.
"""

from __future__ import annotations

import pytest

from .quote_rows import quote_rows

# (text, [(content, speaker mention, cue, kind)])
ROWS: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # After "a"/"an" and a name, a base form is a noun, and the name its source.
    (
        "Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net "
        "loss in 1995.",
        [("Donald Trump had a net loss in 1995", "New York Times", "report", "indirect")],
    ),
    (
        "The spot features a New York Times report from over the weekend that the losses "
        "may have let him pay nothing.",
        [("the losses may have let him pay nothing", "New York Times", "report", "indirect")],
    ),
    # ... and with a verb of its own, the noun phrase is that verb's subject (a participle
    # and a time phrase between them are a reduced relative clause).
    (
        "A Government Accountability Office report released last year found that the agency "
        "could not be sure.",
        [
            (
                "the agency could not be sure",
                "A Government Accountability Office report released last year",
                "found",
                "indirect",
            )
        ],
    ),
    # A speaker's label in an interview is no article.
    ("A: I think he is right.", [("he is right", "I", "think", "indirect")]),
    # A name and its verb are no reduced relative.
    ("Mr. Obama scrutinized reports like the 2014 National Climate Assessment.", []),
    # After a preposition and a party adjective, an -s word is a plural noun.
    (
        "PolitiFact rated 22% of Democratic claims as “entirely true.”",
        [("22% of Democratic claims as “entirely true.”", "PolitiFact", "rated", "mixed")],
    ),
    # "what it calls" after the same pronoun as subject: the subject and its verb.
    (
        "It is denouncing what it calls “the biggest media attack in history.”",
        [("the biggest media attack in history", "It", "is denouncing", "mixed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_noun_sources(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert quote_rows(text) == expected


@pytest.mark.parametrize("n", [1, 300, 3000])
def test_long_name_runs_stay_bounded(n: int) -> None:
    # Long capitalised runs and participles before a cue: bounded windows, no hang.
    text = "A " + "Big " * n + "report released " + "last " * n + "year found that it worked."
    quotes = quote_rows(text)
    assert all(isinstance(q, tuple) for q in quotes)
