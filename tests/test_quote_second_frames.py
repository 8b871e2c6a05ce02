"""Second attributions inside a reported clause, phrases inside quotation marks, and
which verb of a sentence a participle or a colon goes with.

Each row is an invented news sentence with every quotation that must come out: content,
speaker mention, cue and kind.
"""

from __future__ import annotations

import pytest

import newsquote

from .quote_rows import quote_rows

# (text, [(content, speaker mention, cue, kind)])
ROWS: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # After "and" or "but", a new subject with a speech act of its own is a second
    # attribution: the first reported clause stops before it.
    (
        "Republicans said the agency mishandled the inquiry and Democrats accused the "
        "committee of stoking the issue.",
        [
            ("the agency mishandled the inquiry", "Republicans", "said", "indirect"),
            ("the committee of stoking the issue", "Democrats", "accused", "indirect"),
        ],
    ),
    (
        "The senator said the deal was sound and she accused the governor of playing politics.",
        [
            ("the deal was sound", "The senator", "said", "indirect"),
            ("the governor of playing politics", "she", "accused", "indirect"),
        ],
    ),
    (
        "The group claimed responsibility for the blast but U.S. officials have said they "
        "doubt the claim.",
        [
            ("responsibility for the blast", "The group", "claimed", "indirect"),
            ("they doubt the claim", "U.S. officials", "said", "indirect"),
        ],
    ),
    # ... not a belief, which goes on reporting the speaker, nor a second name that
    # shares the verb with the first.
    (
        "The mayor said the budget was balanced and he feels it will pass.",
        [("the budget was balanced and he feels it will pass", "The mayor", "said", "indirect")],
    ),
    (
        "Aides said Sen. Jane Hale and Rep. Tom Ortiz suggested they would back the bill.",
        [
            (
                "Sen. Jane Hale and Rep. Tom Ortiz suggested they would back the bill",
                "Aides",
                "said",
                "indirect",
            )
        ],
    ),
    # A comma, a new subject and a speech act with a clause of its own: a second
    # statement run on without a conjunction.
    (
        "Most analysts agreed the governor won the debate, Mary Ellis noted that his tone "
        "was decisive.",
        [
            ("the governor won the debate", "Most analysts", "agreed", "indirect"),
            ("his tone was decisive", "Mary Ellis", "noted", "indirect"),
        ],
    ),
    (
        "When the paper asked Ross about the memo, the campaign manager said he needed to "
        "speak to the candidate first.",
        [
            (
                "he needed to speak to the candidate first",
                "the campaign manager",
                "said",
                "indirect",
            )
        ],
    ),
    # A phrase cue inside quotation marks is the quoted speaker's own.
    (
        "The report says the company “holds 987 subsidiaries abroad, according to its own "
        "website.”",
        [
            (
                "the company “holds 987 subsidiaries abroad, according to its own website.”",
                "The report",
                "says",
                "mixed",
            )
        ],
    ),
    # A participle after a reported belief goes with the telling, not the belief.
    (
        "Lee told the audience that she believes the tax is fair, saying that “the rich "
        "must pay their share.”",
        [
            ("she believes the tax is fair", "Lee", "told", "indirect"),
            ("the rich must pay their share.", "Lee", "saying", "direct"),
        ],
    ),
    # "With X worried about ...," is an absolute clause; the main clause introduces the
    # quotation.
    (
        "With party leaders increasingly worried about turnout, the president is rolling "
        "out a new message: “It’s about me.”",
        [("It’s about me.", "the president", "is", "direct")],
    ),
    # A colon after a long lead-in: a second "said" of the same subject introduces it.
    (
        "Ortiz stressed his record on crime during a forum hosted by the station and said "
        "he has the temperament for the job: “Steady hands matter.”",
        [
            (
                "his record on crime during a forum hosted by the station",
                "Ortiz",
                "stressed",
                "indirect",
            ),
            ("Steady hands matter.", "Ortiz", "said", "direct"),
        ],
    ),
    # A word in -ing after a determiner is a noun, not a participle that opens another
    # frame ("the hearing", "the reckoning").
    (
        "The budget office now says the reckoning will arrive sooner.",
        [("the reckoning will arrive sooner", "The budget office", "says", "indirect")],
    ),
    (
        "The office said the hearing would resume on Monday.",
        [("the hearing would resume on Monday", "The office", "said", "indirect")],
    ),
    # A role with the body it serves and a person's name is a person, not the body.
    (
        "House Speaker Paul D. Ryan of Wisconsin lamented that the campaign was toxic.",
        [
            (
                "the campaign was toxic",
                "House Speaker Paul D. Ryan of Wisconsin",
                "lamented",
                "indirect",
            )
        ],
    ),
    # An irregular past opens the clause whose subject a coordinated cue takes.
    (
        "Trump cast the blame on his rivals and emphasized that terrorism poses a threat.",
        [("terrorism poses a threat", "Trump", "emphasized", "indirect")],
    ),
    # "what it calls" / "what they call" inside a named body's sentence is the body's.
    (
        "The United Nations Security Council on Friday pledged to impose sanctions as a "
        "deterrence to what it called “a clear threat to international peace.”",
        [
            (
                "a clear threat to international peace",
                "The United Nations Security Council",
                "called",
                "mixed",
            )
        ],
    ),
    (
        "Clinton's campaign is seeking to contrast her approach with what they call "
        "Trump's “self-centered message.”",
        [("self-centered message", "Clinton's campaign", "is seeking", "mixed")],
    ),
    # "advocate" is a noun after an article and an adjective.
    (
        "The newspaper, long a vocal advocate of reform, writes that the governor has failed.",
        [("the governor has failed", "The newspaper", "writes", "indirect")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert quote_rows(text) == expected


@pytest.mark.parametrize(
    "tail",
    [
        " and Democrats accused the board of bias",
        ", Mary Ellis noted that it was late",
        ", the campaign manager said he was tired",
    ],
)
def test_second_frame_scans_are_bounded(tail: str) -> None:
    # One run-on sentence with thousands of second attributions: each scan reads a
    # bounded window, and the first clause still stops before the first of them.
    text = "He said the plan works" + tail * 3000 + "."
    quotes = newsquote.find_quotes(text)
    assert quotes[0].text == "the plan works"


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("House Speaker Paul Ryan", "name"),
        ("Senate Majority Leader Mitch McConnell", "name"),
        ("White House press secretary Josh Earnest", "name"),
        ("the White House", "organization"),
        ("the House Intelligence Committee", "organization"),
        ("the Justice Department", "organization"),
    ],
)
def test_role_of_a_body_before_a_name_is_a_person(mention: str, kind: str) -> None:
    quotes = newsquote.find_quotes(f"{mention} said the vote would be held on Monday.")
    assert quotes[0].speaker_mention is not None
    assert quotes[0].speaker_mention.text == mention
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.kind == ("person" if kind == "name" else kind)
