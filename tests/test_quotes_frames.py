"""Indirect attributions: where a content stops before a second attribution, and cue
words that frame nothing.

Each row is an invented news sentence with every quotation that must come out: the
content, the speaker mention and the cue (all indirect).
"""

from __future__ import annotations

import pytest

import newsquote
from newsquote._bare import bare_after, bare_subject
from newsquote._bounds import fronted_clause_end, tail_start

from .quote_rows import quote_rows

# (text, [(content, speaker mention, cue)])
FRAMES: list[tuple[str, list[tuple[str, str, str]]]] = [
    # A fronted subordinate clause holds a frame: its content ends at the comma that
    # opens the main clause, and the main clause's frame is found.
    (
        "Although the mayor acknowledged that the storm was severe, she maintained that "
        "the city was ready.",
        [
            ("the storm was severe", "the mayor", "acknowledged"),
            ("the city was ready", "she", "maintained"),
        ],
    ),
    (
        "While Senator Reyes claimed that the records exist, auditors insist that they "
        "were destroyed.",
        [
            ("the records exist", "Senator Reyes", "claimed"),
            ("they were destroyed", "auditors", "insist"),
        ],
    ),
    (
        "Even as he accused the agency of negligence, Mayor Dunn would not say whether he "
        "would sue.",
        [
            ("the agency of negligence", "he", "accused"),
            ("whether he would sue", "Mayor Dunn", "say"),
        ],
    ),
    (
        "Asked whether she believed the rival would quit, Ms. Park said she would not guess.",
        [
            ("the rival would quit", "she", "believed"),
            ("she would not guess", "Ms. Park", "said"),
        ],
    ),
    (
        "But if the mayor implied that she would not run, she did not rule it out.",
        [("she would not run", "the mayor", "implied")],
    ),
    (
        "Having announced that he would not appeal, Judge Ross then adjourned the hearing.",
        [("he would not appeal", "Judge Ross", "announced")],
    ),
    # A second attribution after a comma and a conjunction.
    (
        "The governor said the budget would balance next year, though analysts said they "
        "doubted it.",
        [
            ("the budget would balance next year", "The governor", "said"),
            ("they doubted it", "analysts", "said"),
        ],
    ),
    (
        "The senator said the bill would pass, even as analysts warned that the votes "
        "were not there.",
        [
            ("the bill would pass", "The senator", "said"),
            ("the votes were not there", "analysts", "warned"),
        ],
    ),
    (
        "The nominee explained that the director meant only the interviews - but she also "
        "insisted that her other statements were accurate.",
        [
            ("the director meant only the interviews", "The nominee", "explained"),
            ("her other statements were accurate", "she", "insisted"),
        ],
    ),
    # A tail attribution closes the sentence: it is the outer frame.
    (
        "The council approved the plan on Monday, suggesting that work could start in May, "
        "the newspaper reported.",
        [
            (
                "The council approved the plan on Monday, suggesting that work could start in May",
                "the newspaper",
                "reported",
            )
        ],
    ),
    (
        "Ms. Ortiz told aides that she would run again, according to two people in the room.",
        [("Ms. Ortiz told aides that she would run again", "two people", "according to")],
    ),
    # ... but one who "said" it keeps it too: the secondary source reports the whole
    # clause, and the speaker's own frame stays inside it.
    (
        "The governor said on Friday that he is ready to talk, according to a statement "
        "from his office.",
        [
            (
                "The governor said on Friday that he is ready to talk",
                "a statement",
                "according to",
            ),
            ("he is ready to talk", "The governor", "said"),
        ],
    ),
    # "according to" inside a that-clause: the reporter keeps its clause.
    (
        "The agency reported that, according to an analysis of her calendar, most "
        "meetings were with donors.",
        [
            (
                "according to an analysis of her calendar, most meetings were with donors",
                "The agency",
                "reported",
            )
        ],
    ),
    # "Having said that" is a discourse marker.
    (
        "Having said that, there are some economists who argue that taxes should be low.",
        [("taxes should be low", "who", "argue")],
    ),
    # A subject after a fronted clause: the clause's noun is not the speaker.
    (
        "Although Mayor Ruiz is not a candidate, the governor praised her by suggesting "
        "that she had done well.",
        [("she had done well", "the governor", "praised")],
    ),
    # Sources the mention finder does not take, read off the frame's shape.
    (
        "The deal was never in doubt, said several observers.",
        [("The deal was never in doubt", "several observers", "said")],
    ),
    (
        "The senator will change his approach to the committee, a source close to him said.",
        [
            (
                "The senator will change his approach to the committee",
                "a source close to him",
                "said",
            )
        ],
    ),
    (
        "Only 24 percent said the governor did nothing wrong.",
        [("the governor did nothing wrong", "Only 24 percent", "said")],
    ),
    (
        "Nearly half said they wanted a nominee from outside politics.",
        [("they wanted a nominee from outside politics", "Nearly half", "said")],
    ),
    # A share of those polled speaks for the poll.
    (
        "In a Gallup survey released Monday, 61 percent of voters said they wanted change.",
        [("they wanted change", "a Gallup survey released Monday", "said")],
    ),
    (
        "Some 40 percent of voters said they were undecided, according to a new poll.",
        [
            (
                "Some 40 percent of voters said they were undecided",
                "a new poll",
                "according to",
            )
        ],
    ),
    # A name before its epithet: "Lincoln the lawyer" is Lincoln.
    (
        "Lincoln the lawyer knows that the case is weak.",
        [("the case is weak", "Lincoln the lawyer", "knows")],
    ),
    (
        "By wide margins, those surveyed say the economy should come first.",
        [("the economy should come first", "those surveyed", "say")],
    ),
    # A pronoun and a verb in the base form make a clause.
    (
        "Organizers say they want to avoid violence.",
        [("they want to avoid violence", "Organizers", "say")],
    ),
    (
        "The senator says tonight he’s a step closer to the nomination.",
        [("tonight he’s a step closer to the nomination", "The senator", "says")],
    ),
    # "say" is never a noun: an article and a noun before it make a subject.
    (
        "The police say the suspect fled on foot.",
        [("the suspect fled on foot", "The police", "say")],
    ),
    (
        "The local officials say the road will reopen in June.",
        [("the road will reopen in June", "The local officials", "say")],
    ),
    # "states that" still reports.
    (
        "The report states that the agency lost track of the funds.",
        [("the agency lost track of the funds", "The report", "states")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_frames(text: str, expected: list[tuple[str, str, str]]) -> None:
    rows = quote_rows(text)
    assert [row[:3] for row in rows] == expected
    assert all(row[3] == "indirect" for row in rows)


# Sentences whose cue words are nouns, participles that name, or a quotation's own cue:
# no indirect attribution comes out.
NO_INDIRECT: list[str] = [
    "The Senate contests drew record spending this year.",
    "His opening remarks were brief and nobody listened.",
    "The momentous challenges posed by the flood will take years to meet.",
    "Ms. Lee's comments to reporters were brief and polite.",
    "The firm is best known for its index funds.",
    "The man accused of purchasing the guns will appear in court on Monday.",
    "“We lost,” he told reporters at a breakfast hosted by the club.",
    "The chairman told the news agency simply, “We lost.”",
    "The vote moves next to western states that the campaign is counting on.",
    # No bare source: a clause trails off before the noun, or a noun is the cue.
    "The mayor spent the hour insulting reporters while taking questions.",
    "One protest organizer's plan drew the biggest crowd.",
    "The town hall ended early, leaving many voters with unanswered questions.",
    "The study came from a libertarian think tank in Ohio.",
    "Employees protested outside the company's stores on Friday.",
    # The cue of a quotation before it: what follows is its hearer, not speech.
    "“We will win,” she told an audience of donors in Ohio.",
    "''It is a shame,'' the senator told the hosts on a radio show.",
]


@pytest.mark.parametrize("text", NO_INDIRECT)
def test_no_indirect(text: str) -> None:
    assert [q.text for q in newsquote.find_quotes(text) if q.kind != "direct"] == []


# (content, the tail it ends with or None, whether the tail is "according to")
TAILS: list[tuple[str, str | None, bool]] = [
    ("the plan will work, CNN reported", ", CNN reported", False),
    ("they left early, officials said on Tuesday", ", officials said on Tuesday", False),
    ("the fund raised the most, according to the watchdog", ", according to the watchdog", True),
    ("he was tired, he added", ", he added", False),
    ("the judge will do well, Blackwell maintains", ", Blackwell maintains", False),
    # Not a tail: a clause after "and", a second clause after the cue, an evidence verb.
    ("she was tired, and voters said so", None, False),
    ("the work, the paper reported, was done and gone forever now", None, False),
    ("his hands were at his side, the footage showed", None, False),
]


@pytest.mark.parametrize(("content", "tail", "according"), TAILS)
def test_tail_start(content: str, tail: str | None, according: bool) -> None:
    found = tail_start(content, 0, len(content))
    if tail is None:
        assert found is None
    else:
        assert found == (content.index(tail), according)


# (sentence, cue, content start word, content end)
FRONTED: list[tuple[str, str, str, str]] = [
    (
        "If she wins, he said the party would split, aides warned.",
        "said",
        "the",
        "split, aides warned",
    ),
    ("Although he said the plan failed, the mayor kept it.", "said", "the", "failed"),
    # A relative clause after the comma goes on inside the fronted clause.
    ("While he said the plan, which failed, was sound, she disagreed.", "said", "the", "was sound"),
]


@pytest.mark.parametrize(("text", "cue", "first", "last"), FRONTED)
def test_fronted_clause_end(text: str, cue: str, first: str, last: str) -> None:
    cs = text.index(f" {cue} ") + 1
    start = text.index(f" {first} ", cs) + 1
    end = fronted_clause_end(text, 0, cs, start, len(text) - 1)
    assert text[start:end].endswith(last)


# (text before a cue, the bare source the frame's shape gives, or None)
BARE_SUBJECTS: list[tuple[str, str | None]] = [
    ("Only 24 percent ", "Only 24 percent"),
    ("Several supporters of reform ", "Several supporters of reform"),
    ("By wide margins, those surveyed ", "those surveyed"),
    # A clause, an adverb or a conjunction is no source.
    ("The vote was close and ", None),
    ("Very ", None),
    ("What ", None),
    ("The plan, officials ", None),
]


@pytest.mark.parametrize(("head", "want"), BARE_SUBJECTS)
def test_bare_subject(head: str, want: str | None) -> None:
    text = head + "said it."
    found = bare_subject(text, 0, len(head))
    assert (found.text if found else None) == want


# (text, the cue's end, the bare source after an inverted cue, or None)
BARE_AFTER: list[tuple[str, str | None]] = [
    ("It was over, said several observers.", "several observers"),
    ("It was over, said the two longtime aides.", "the two longtime aides"),
    ("It was over, said quickly and then left.", None),
]


@pytest.mark.parametrize(("text", "want"), BARE_AFTER)
def test_bare_after(text: str, want: str | None) -> None:
    ce = text.index(" said") + len(" said")
    found = bare_after(text, ce, len(text))
    assert (found.text if found else None) == want


# Round 2: (text, [(content, speaker mention, cue, kind)]).
ROUND2: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # A tail attribution over a frame whose content is quoted: the quoted words keep
    # their speaker; without quote marks the tail is the outer frame (and a "say"
    # frame inside it stays: Petrov said it, the agency reports that he did).
    (
        "Petrov described the report as “baseless,” the agency reports.",
        [("baseless", "Petrov", "described", "mixed")],
    ),
    (
        "Petrov said the plan was a fantasy, the agency reports.",
        [
            ("Petrov said the plan was a fantasy", "the agency", "reports", "indirect"),
            ("the plan was a fantasy", "Petrov", "said", "indirect"),
        ],
    ),
    (
        "Petrov called the plan a fantasy, the agency reports.",
        [("Petrov called the plan a fantasy", "the agency", "reports", "indirect")],
    ),
    # A short regular past is a finite verb: the participle takes the subject.
    (
        "The driver later sued, claiming the city had ignored the warnings.",
        [("the city had ignored the warnings", "The driver", "claiming", "indirect")],
    ),
    # Two apostrophes are quote marks: the content is mixed.
    (
        "He said the plan was ''a disaster'' for farmers.",
        [("the plan was ''a disaster'' for farmers", "He", "said", "mixed")],
    ),
    # After "tell" the first noun phrase is the hearer.
    (
        "An aide told Bloomberg the merger was dead.",
        [("the merger was dead", "An aide", "told", "indirect")],
    ),
    (
        "She told reporters the count would finish Friday.",
        [("the count would finish Friday", "She", "told", "indirect")],
    ),
    (
        "He told him the vote was rigged.",
        [("the vote was rigged", "He", "told", "indirect")],
    ),
    (
        "She told the crowd she would win.",
        [("she would win", "She", "told", "indirect")],
    ),
    # A noun cue in the subject: the content ends before the main verb; an owner may be
    # a common noun after "the".
    (
        "The governor's pledge to cut taxes by half was dropped in March.",
        [("to cut taxes by half", "The governor", "pledge", "indirect")],
    ),
    (
        "The agency's warning that rents would rise went unheeded.",
        [("rents would rise", "The agency", "warning", "indirect")],
    ),
    (
        "The agency's warning that rents would have risen was ignored.",
        [("rents would have risen", "The agency", "warning", "indirect")],
    ),
    (
        "Voters rejected the mayor's claim that the budget was balanced.",
        [("the budget was balanced", "the mayor", "claim", "indirect")],
    ),
    # A cue word that is a noun of the subject, or a verb before "to say": the verb
    # after it is the cue.
    (
        "Local farm advocates say they have heard nothing from the ministry.",
        [
            (
                "they have heard nothing from the ministry",
                "Local farm advocates",
                "say",
                "indirect",
            )
        ],
    ),
    (
        "Several protest leaders said they would strike.",
        [("they would strike", "Several protest leaders", "said", "indirect")],
    ),
    (
        "After the ruling, Mayor Dunn continued to say the fees were legal.",
        [("the fees were legal", "Mayor Dunn", "say", "indirect")],
    ),
    # A coordinated cue after an auxiliary and "not" starts a frame of its own.
    (
        "The mayor said the budget was balanced but did not suggest taxes would fall.",
        [("the budget was balanced", "The mayor", "said", "indirect")],
    ),
    # A share that ends in a number, or after a fronted adjunct, is a bare source.
    (
        "More than 4 in 10 said the mayor would be best at handling the budget.",
        [
            (
                "the mayor would be best at handling the budget",
                "More than 4 in 10",
                "said",
                "indirect",
            )
        ],
    ),
    (
        "Around that time, 47 percent said they would vote for the incumbent.",
        [("they would vote for the incumbent", "47 percent", "said", "indirect")],
    ),
    # A subject pronoun opens the clause; "that" may come a dozen words after the cue.
    (
        "The governor said he and the mayor differ on taxes.",
        [("he and the mayor differ on taxes", "The governor", "said", "indirect")],
    ),
    (
        "Ms. Ortiz said in an interview with The Boston Globe last week that she would run.",
        [("she would run", "Ms. Ortiz", "said", "indirect")],
    ),
    # An adjunct after the cue opens no clause: the clause after it is the content.
    (
        "He said during the debate he would cut taxes.",
        [("he would cut taxes", "He", "said", "indirect")],
    ),
    # "According to a poll, SHARE said ...": the poll is the source and "according to"
    # the cue of the whole clause.
    (
        "According to a new survey, 41 percent of renters said they would move.",
        [
            (
                "41 percent of renters said they would move",
                "a new survey",
                "According to",
                "indirect",
            )
        ],
    ),
    # Two apostrophes close a quotation before ", according to".
    (
        "Some 60 percent said the mayor ''cares about them,'' according to a city poll.",
        [
            (
                "Some 60 percent said the mayor ''cares about them,''",
                "a city poll",
                "according to",
                "mixed",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2)
def test_round2(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert quote_rows(text) == expected
