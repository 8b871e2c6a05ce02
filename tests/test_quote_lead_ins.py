"""Where a reported clause stops before a contrasting clause, names in -ing, documents
as sources, colon lead-ins that end on a name, tails after the writer's words, and
labels that name no one.

Each row is an invented news sentence with every quotation that must come out: content,
speaker mention, cue and kind.
"""

from __future__ import annotations

import pytest

import newsquote

from .quote_rows import quote_rows

# (text, [(content, speaker mention, cue, kind)])
ROWS: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # A contrasting clause with a subject and a verb of its own is the writer's: the
    # reported clause stops before it.
    (
        "The council said it backed the plan, but the mayor vetoed it the next day.",
        [("it backed the plan", "The council", "said", "indirect")],
    ),
    (
        "The union said the strike would go on, while the company hired replacement workers.",
        [("the strike would go on", "The union", "said", "indirect")],
    ),
    (
        "Half of the voters say they prefer an outsider, while about four in 10 want a veteran.",
        [("they prefer an outsider", "Half of the voters", "say", "indirect")],
    ),
    # ... not one with no subject of its own, nor one that carries the speaker's words.
    (
        "He said he was once part of the establishment, but is now its enemy.",
        [("he was once part of the establishment, but is now its enemy", "He", "said", "indirect")],
    ),
    (
        "The mayor said taxes will rise, but the cuts are “worth every penny.”",
        [("taxes will rise, but the cuts are “worth every penny.”", "The mayor", "said", "mixed")],
    ),
    # A name in -ing or -ed that a verb follows is a subject, not a participle.
    (
        "King says the talks, which began in May, had stalled.",
        [("the talks, which began in May, had stalled", "King", "says", "indirect")],
    ),
    (
        "Boreing said the club will still meet, but said, “It’s time we change.”",
        [
            ("the club will still meet", "Boreing", "said", "indirect"),
            ("It’s time we change.", "Boreing", "said", "direct"),
        ],
    ),
    ("Having said that, the minister left the room.", []),
    # A document is a source, with its author when the sentence names one.
    (
        "The company lost $3 million last year, according to court documents.",
        [("The company lost $3 million last year", "court documents", "according to", "indirect")],
    ),
    (
        "The firm hid its losses, according to a complaint filed by the state attorney general.",
        [
            (
                "The firm hid its losses",
                "a complaint filed by the state attorney general",
                "according to",
                "indirect",
            )
        ],
    ),
    (
        "The figures were revised, according to a report by the Times.",
        [("The figures were revised", "a report by the Times", "according to", "indirect")],
    ),
    # "when asked" has no subject: it is an adjunct of the cue before it.
    (
        "It was Attorney General Maria Lund, who told senators when asked about the inquiry: "
        "“That matter is with career prosecutors.”",
        [("That matter is with career prosecutors.", "who", "told", "direct")],
    ),
    # A colon after a person's full name hands the quotation to that person.
    (
        "The surge does not surprise Republican pollster Dana Shaw: “Lesser-known "
        "candidates gain the most.”",
        [
            (
                "Lesser-known candidates gain the most.",
                "Republican pollster Dana Shaw",
                ":",
                "direct",
            )
        ],
    ),
    # A tail after the writer's words may describe its speaker in a relative clause.
    (
        "“The ruling is stunning,” since so many cases were decided by one vote, said "
        "Lee Epstein, who teaches law.",
        [("The ruling is stunning", "Lee Epstein", "said", "direct")],
    ),
    # A statement another source reports is two attributions: the speaker's own, and
    # the source's around the whole clause (text order: the outer one first).
    (
        "Putin said that he is ready to talk, according to a Kremlin statement.",
        [
            (
                "Putin said that he is ready to talk",
                "a Kremlin statement",
                "according to",
                "indirect",
            ),
            ("he is ready to talk", "Putin", "said", "indirect"),
        ],
    ),
    (
        "Lee said the talks stalled, people familiar with the matter said.",
        [
            ("Lee said the talks stalled", "people familiar with the matter", "said", "indirect"),
            ("the talks stalled", "Lee", "said", "indirect"),
        ],
    ),
    (
        "The talks stalled, people familiar with the matter said.",
        [("The talks stalled", "people familiar with the matter", "said", "indirect")],
    ),
    # ... but quoted words keep the person quoted.
    (
        "Peskov called the report “inaccurate,” the agency reported.",
        [("inaccurate", "Peskov", "called", "mixed")],
    ),
    # Messages carry their sender's words, also past a time ("early Friday") and an
    # "of" ("a series of tweets").
    (
        "The senator posted a series of tweets early Friday saying that the deal was dead.",
        [("the deal was dead", "The senator", "saying", "indirect")],
    ),
    (
        "The campaign issued a statement on Friday saying that the rally was canceled.",
        [("the rally was canceled", "The campaign", "saying", "indirect")],
    ),
    # A time between "but" and its verb: the verb still shares the sentence's subject.
    (
        "The columnist has been critical of the mayor but on Tuesday wrote that the plan "
        "was sound.",
        [("the plan was sound", "The columnist", "wrote", "indirect")],
    ),
    # A partial quotation after a cue's comma: a participle there frames it ("meaning
    # that …"); without one the cue does, and the content leaves the comma out.
    (
        '"Savage," she said, meaning that he is "radical enough" and says what he believes.',
        [
            ("Savage", "she", "said", "direct"),
            ('he is "radical enough"', "she", "meaning", "mixed"),
            ("what he believes", "she", "says", "indirect"),
        ],
    ),
    (
        'The outlets stand in the way, he said, by creating a "false reality bubble" for voters.',
        [
            ("The outlets stand in the way", "he", "said", "indirect"),
            ('by creating a "false reality bubble" for voters', "he", "said", "mixed"),
        ],
    ),
    # "the following" is a determiner of the noun cue, not a speaker.
    (
        'On Monday, Senator Lee made the following comment: "The rate is 33 percent."',
        [("The rate is 33 percent.", "Senator Lee", "comment", "direct")],
    ),
    # A subordinate clause after a quotation is the writer's; the lead-in attributes it.
    (
        'The ad ends with footage of Mr. Dunn saying, "That makes me smart," when his rival '
        "blasted him.",
        [("That makes me smart", "Mr. Dunn", "saying", "direct")],
    ),
    (
        'She stays in the car and repeatedly says, "Do not do it," until sirens are heard.',
        [("Do not do it", "She", "says", "direct")],
    ),
    # Labels that head a paragraph name no speaker.
    ("Bombshell: The Agency Just Gave Officials A New Reason To Worry.", []),
    ("Revealed: What The Senator Said Behind Closed Doors About The Budget.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert quote_rows(text) == expected


def test_contrast_scan_is_bounded() -> None:
    # Many contrasting clauses in one run-on sentence: each scan reads a bounded window.
    text = "He said the plan works" + ", but the board objects" * 5000 + "."
    quotes = newsquote.find_quotes(text)
    assert quotes[0].text == "the plan works"
