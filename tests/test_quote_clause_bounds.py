"""Where a reported clause ends when the sentence holds another clause: a noun cue inside
it, an aside between dashes, a relative clause between commas; who speaks in a tail
whose source is a noun with a prepositional phrase ("a spokesman for the family"); and
the cue of "VERB what he called …".

Each row is an invented news sentence with every quotation that must come out: content,
speaker mention, cue and kind.
"""

from __future__ import annotations

import pytest

import newsquote

from .quote_rows import quote_rows

# (text, [(content, speaker mention, cue, kind)])
ROWS: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # A noun cue inside a reported clause is part of what the source said: both frames
    # are kept, the verb's as the outer one.
    (
        "The economy minister, Ana Ruiz, argues there is little point in responding to "
        "Mr. Trump's threats to raise tariffs on imports.",
        [
            (
                "there is little point in responding to Mr. Trump's threats to raise "
                "tariffs on imports",
                "Ana Ruiz",
                "argues",
                "indirect",
            ),
            ("to raise tariffs on imports", "Mr. Trump", "threats", "indirect"),
        ],
    ),
    # ... and so is one that is the subject of a clause after "that" ...
    (
        "The spokeswoman said that the senator's claim that the bill is dead is "
        '"simply not true."',
        [
            (
                'the senator\'s claim that the bill is dead is "simply not true."',
                "The spokeswoman",
                "said",
                "mixed",
            ),
            ('the bill is dead is "simply not true."', "the senator", "claim", "mixed"),
        ],
    ),
    # ... but a noun cue that is the verb's object is no clause of the verb's subject.
    (
        "Voters rejected the mayor's claim that the budget was balanced.",
        [("the budget was balanced", "the mayor", "claim", "indirect")],
    ),
    # An aside between two dashes does not end the reported clause.
    (
        "But some note that the governor — even as he says his record makes him uniquely "
        "qualified — has proposed little in the way of reform.",
        [
            (
                "the governor — even as he says his record makes him uniquely qualified — "
                "has proposed little in the way of reform",
                "some",
                "note",
                "indirect",
            )
        ],
    ),
    (
        "The poll found that voters — most of them undecided — want a change.",
        [("voters — most of them undecided — want a change", "The poll", "found", "indirect")],
    ),
    # A relative clause between commas after the subject ends where the main verb comes.
    (
        "Sanders, who endorsed Canova in May and said he would campaign with him, "
        "ultimately did not show up.",
        [("he would campaign with him", "who", "said", "indirect")],
    ),
    (
        "Kasich, who brags he has held more than 100 town halls, doesn't pretend that his "
        "campaign will go on.",
        [("he has held more than 100 town halls", "who", "brags", "indirect")],
    ),
    # ... and the main verb with an object is no inverted tail ("..., praised the council"
    # is not "..., said the council").
    (
        "The mayor, who said the plan was sound, praised the council on Friday.",
        [("the plan was sound", "who", "said", "indirect")],
    ),
    # ", and when pressed …, X replied": the second clause's subject and verb come after
    # its subordinate clause; a number after "of" is no speaker ("mother of three").
    (
        "She said fathers would not be eligible, and when pressed on why the plan leaves "
        'out dads, the 34-year-old mother of three replied, "It is meant to benefit '
        'mothers."',
        [
            ("fathers would not be eligible", "She", "said", "indirect"),
            (
                "It is meant to benefit mothers.",
                "the 34-year-old mother of three",
                "replied",
                "direct",
            ),
        ],
    ),
    # A relative clause after an object has no main verb to wait for.
    (
        "Trump was out-brutalizing Cruz, who said he would use waterboarding sparingly, in "
        "emergencies.",
        [("he would use waterboarding sparingly, in emergencies", "who", "said", "indirect")],
    ),
    # A tail's source with a prepositional phrase: the head noun speaks.
    (
        "Scott's relatives, who asked the police to show them the video, watched it on "
        "Thursday, attorneys for the family said.",
        [
            (
                "Scott's relatives, who asked the police to show them the video, watched it "
                "on Thursday",
                "attorneys for the family",
                "said",
                "indirect",
            )
        ],
    ),
    (
        "The relatives watched the video on Thursday, a spokesman for the family said.",
        [
            (
                "The relatives watched the video on Thursday",
                "a spokesman for the family",
                "said",
                "indirect",
            )
        ],
    ),
    (
        "The company will appeal the ruling, lawyers for the company said.",
        [("The company will appeal the ruling", "lawyers for the company", "said", "indirect")],
    ),
    # Nouns in -ly are no adverbs: "the family", "a close ally" speak.
    (
        "The relatives watched the video on Thursday, the family said.",
        [("The relatives watched the video on Thursday", "the family", "said", "indirect")],
    ),
    (
        "A close ally said she would run again.",
        [("she would run again", "A close ally", "said", "indirect")],
    ),
    # A name before a preposition and a common noun phrase is no head of it.
    (
        "President Obama on Thursday nominated Jim Kim for a second term, the bank said.",
        [
            (
                "President Obama on Thursday nominated Jim Kim for a second term",
                "the bank",
                "said",
                "indirect",
            )
        ],
    ),
    # "VERB what he called …": the words are the subject's, and so is the speech act; the
    # subject's verb is the cue ...
    (
        'Secretary General Ban Ki-moon condemned what he called a "brazen breach" of U.N. '
        "resolutions.",
        [("brazen breach", "Secretary General Ban Ki-moon", "condemned", "mixed")],
    ),
    (
        "Clinton's campaign is seeking to contrast her approach with what they call Donald "
        "Trump's “self-centered message.”",
        [("self-centered message", "Clinton's campaign", "is seeking", "mixed")],
    ),
    (
        "Joel Benenson on Monday lashed out at what he characterized as an increasingly "
        "nasty campaign.",
        [("an increasingly nasty campaign", "Joel Benenson", "lashed", "indirect")],
    ),
    # ... but not after "whom" (it describes one noun) nor in a passive or after a noun.
    (
        'Perez contrasted the candidate, whom he described as "volatile," with Clinton.',
        [("volatile", "Perez", "described", "mixed")],
    ),
    (
        'Ronald Reagan was known for his hatred of what he called the "Evil Empire."',
        [("Evil Empire", "Ronald Reagan", "called", "mixed")],
    ),
    # "cite" reports what a source points to as grounds; after a comma it ends the
    # clause before it and opens its own quote.
    (
        "Foreign policy analysts said geopolitical factors have helped, citing the strategic "
        "importance of the country.",
        [
            ("geopolitical factors have helped", "Foreign policy analysts", "said", "indirect"),
            (
                "the strategic importance of the country",
                "Foreign policy analysts",
                "citing",
                "indirect",
            ),
        ],
    ),
    (
        "At the debate, Clinton cited his remarks about the pageant winner as examples of "
        "his disrespect.",
        [
            (
                "his remarks about the pageant winner as examples of his disrespect",
                "Clinton",
                "cited",
                "indirect",
            )
        ],
    ),
    # ... but the people cited are who informed, not what was said.
    (
        "The outlet Verstka cited sources in the Russian parliament, suggesting that Putin "
        "had sent congratulations.",
        [("Putin had sent congratulations", "The outlet Verstka", "suggesting", "indirect")],
    ),
    # "encourage" someone to do something is a plea, like "urge" (not "encouraging the
    # attacks"); "but has said" opens a second frame.
    # "pointed to X" cites X: the object is what is reported.
    (
        "The IMF pointed to weak business investment as the main drag on growth.",
        [
            (
                "weak business investment as the main drag on growth",
                "The IMF",
                "pointed",
                "indirect",
            )
        ],
    ),
    ("She pointed out the window.", []),
    (
        "Trump tweeted that Machado was “a con” and encouraged Americans to “check out” the tape.",
        [
            ("Machado was “a con”", "Trump", "tweeted", "mixed"),
            ("Americans to “check out” the tape", "Trump", "encouraged", "mixed"),
        ],
    ),
    ("Bin Laden judged America a paper tiger, encouraging the attacks.", []),
    (
        "Clinton has encouraged European nations to bolster defense spending but has said "
        "she will hold firm to U.S. commitments.",
        [
            ("European nations to bolster defense spending", "Clinton", "encouraged", "indirect"),
            ("she will hold firm to U.S. commitments", "Clinton", "said", "indirect"),
        ],
    ),
    # A capitalised name with "of" is one organisation.
    (
        "The Association of Flight Attendants said Clinton was a champion of workers.",
        [
            (
                "Clinton was a champion of workers",
                "The Association of Flight Attendants",
                "said",
                "indirect",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_clause_bounds(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert quote_rows(text) == expected


def test_relative_speaker_resolves_to_its_antecedent() -> None:
    text = (
        "Sanders, who endorsed Canova in May and said he would campaign with him, "
        "ultimately did not show up."
    )
    (quote,) = newsquote.find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Sanders"


def test_role_with_preposition_is_a_nominal_speaker() -> None:
    text = "The company will appeal the ruling, a spokesman for the company said."
    (quote,) = newsquote.find_quotes(text)
    assert quote.speaker is not None
    assert quote.speaker.kind != "organization"  # the spokesman speaks, not the company


@pytest.mark.parametrize("n", [1, 200, 5000])
def test_many_commas_and_dashes_stay_bounded(n: int) -> None:
    # Long runs of relative clauses and dashes: each scan is bounded, nothing hangs.
    text = "Smith, who said " + "the plan, which — it seems — " * n + "works, left."
    quotes = newsquote.find_quotes(text)
    assert all(text[q.start : q.end] == q.text for q in quotes)
