"""Speakers and cues of direct and mixed quotations (quote marks): table-driven cases.

Every sentence here is invented; each row names the quotation (by a piece of its text),
the speaker mention expected and the cue expected (None: no cue, no speaker).
"""

from __future__ import annotations

import pytest

import newsquote


def _quote(text: str, piece: str) -> newsquote.Quote:
    found = [q for q in newsquote.find_quotes(text) if piece in q.text]
    assert found, f"no quotation holds {piece!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "piece", "mention", "cue"),
    [
        # 1. A quotation opens the sentence, the writer finishes it, the tail attributes it.
        (
            "“We are thrilled” about the ruling, said Jane Roe, director of the council.",
            "We are thrilled",
            "Jane Roe",
            "said",
        ),
        (
            '"These groups set the table," in contrast to past years, says Prof. Al Dorn.',
            "These groups",
            "Prof. Al Dorn",
            "says",
        ),
        (
            "“I held and hugged” the families before the service, he said.",
            "I held",
            "he",
            "said",
        ),
        # 2. Appositives and relative clauses after the tail's source.
        (
            "“It is new,” Nate Doe, the pollster who founded a site, tweeted on Wednesday.",
            "It is new",
            "Nate Doe",
            "tweeted",
        ),
        (
            "“It is new,” said Lee Roe, who teaches law at a university.",
            "It is new",
            "Lee Roe",
            "said",
        ),
        (
            "“We need it,” Ira Poe, an analyst at Gold Research & Trading, wrote to investors.",
            "We need it",
            "Ira Poe",
            "wrote",
        ),
        # The head name, not the appositive; a web address ends no sentence.
        (
            "“She needs a plan,” Nate Doe, the pollster who founded polls.com tweeted on Monday.",
            "She needs",
            "Nate Doe",
            "tweeted",
        ),
        # "said another", "read one": a speaker of a series.
        (
            "“Watch out for fraud,” tweeted another. Then it stopped.",
            "Watch out",
            "another",
            "tweeted",
        ),
        # A noun that looks like a cue opens the tail: the verb after the name is the cue.
        (
            "“We take it seriously,” State spokesman Al Dorn said Friday.",
            "We take",
            "State spokesman Al Dorn",
            "said",
        ),
        # An inverted cue keeps its place when its source is found further on.
        (
            "“There was no order,” said the base chief known as Bob, speaking publicly.",
            "There was no",
            "the base chief",
            "said",
        ),
        # A passive tail: "is quoted as saying".
        (
            "“Our method works,” Mr. Dorn is quoted as saying.",
            "Our method",
            "Mr. Dorn",
            "saying",
        ),
        # A long appositive between the name and the cue.
        (
            "“It is responsible,” Leo Burr, director of the centrist Tax Policy Center and a"
            " professor at the Maxwell School of a large university in the state, said.",
            "It is responsible",
            "Leo Burr",
            "said",
        ),
        # 3. A participle continues the inverted tail before it.
        (
            "“It is new,” said Rep. Bob Doe at the time, adding that “we have elected many.”",
            "we have elected",
            "Rep. Bob Doe",
            "adding",
        ),
        # ... and a sentence that opens with one continues the attribution before it.
        (
            "Maher said the report “was not good.” Adding, “Now, it is never that bad.”",
            "Now, it is",
            "Maher",
            "Adding",
        ),
        # A quotation after a relative clause's frame continues the quotation before it.
        (
            "“They do not understand,” said Capt. Al Dorn, who said he would not vote."
            " “Their policies are far out.”",
            "Their policies",
            "Capt. Al Dorn",
            "said",
        ),
        # A participle after a subject with a relative clause: the subject speaks.
        (
            "Mr. Lund, who said last week that the judge was biased, issued a statement"
            " Tuesday saying, “I do not feel that way.”",
            "I do not feel",
            "Mr. Lund",
            "saying",
        ),
        (
            "Ms. Ray, a supporter of the mayor, drew boos upon saying, “He heard the people.”",
            "He heard",
            "Ms. Ray",
            "saying",
        ),
        # A verb coordinated with the tail's: its subject, not a word of the quotation.
        (
            "“We think it will work,” he said at a news conference, and then predicted:"
            " “Our support is growing.”",
            "Our support",
            "he",
            "predicted",
        ),
        # 4. An inverted cue after a connective.
        ('He was kind. But, said Solovey, "I do not want a fight."', "I do not", "Solovey", "said"),
        # 5. A description as the tail's source, after a question mark.
        (
            "“Will he be the next judge?” a senior staffer in the room wondered.",
            "Will he",
            "a senior staffer",
            "wondered",
        ),
        # A participle right after the quotation takes its object, not its source.
        (
            "Mr. Lund spoke briefly but said, “It is time we change,” promising a vote soon.",
            "It is time",
            "Mr. Lund",
            "said",
        ),
        (
            "“What if he had lessons?” the 43-year-old asked in the video.",
            "What if",
            "the 43-year-old",
            "asked",
        ),
        (
            "“He sells fiction,” the paper's editorial board wrote. The piece goes on.",
            "He sells",
            "the paper's editorial board",
            "wrote",
        ),
        # A cue form right before a verb of saying is a noun: the verb is the cue.
        (
            "“The computer had been hacked,” the congressional report said, referring to her.",
            "The computer",
            "the congressional report",
            "said",
        ),
        # A clause with "but" after the quotation is no tail; the lead-in speaks.
        (
            'Mr. Lund spoke, saying, "We never said that," but he denied it was true.',
            "We never",
            "Mr. Lund",
            "saying",
        ),
        # Adverbs between the subject and the verb of a colon lead-in.
        (
            "Ms. Ray spoke. She then addressed the crowd again: “Here is what I regret.”",
            "Here is",
            "She",
            "addressed",
        ),
        # A name right before the colon labels the quotation (digests).
        (
            "POLLS WERE EARLY - Carl Diaz: “One lesson was simple.”",
            "One lesson",
            "Carl Diaz",
            ":",
        ),
        ("More from the report: “Vendors weight their samples.”", "Vendors", "the report", ":"),
        (
            "He suggested the judge was from Mexico: “The judge is great.”",
            "The judge",
            "He",
            "suggested",
        ),
        # A verb coordinated with "and" right before the comma introduces the quotation.
        (
            "Mrs. Ray drew cheers as she thanked her home state and then boomed, “You did it.”",
            "You did it",
            "she",
            "boomed",
        ),
        # The object of a preposition before the cue does not speak.
        (
            "Her campaign blasted out an email to supporters stating, “We won the state.”",
            "We won",
            "Her campaign",
            "stating",
        ),
        (
            "A second source speaking to Fox News said, “The agents are looking.”",
            "The agents",
            "A second source",
            "said",
        ),
        # A sentence that introduces the quotation: its head name, not the appositive's noun.
        (
            "Results were late. Sam Lee, the director for the state party said in a statement."
            " “There are no paper ballots.”",
            "There are no",
            "Sam Lee",
            "said",
        ),
        # Adjuncts between the cue and the comma of a lead-in.
        (
            "Ms. Ray initially said in the spring, when the story broke, “I sent no secrets.”",
            "I sent no",
            "Ms. Ray",
            "said",
        ),
        # "As X put it": a participle inside the idiom is not the cue.
        (
            "As the chief, Jane Roe, put it in a memo explaining the deal, “Imagine a world.”",
            "Imagine",
            "Jane Roe",
            "put it",
        ),
    ],
)
def test_direct_speakers(text: str, piece: str, mention: str | None, cue: str | None) -> None:
    q = _quote(text, piece)
    assert (q.speaker_mention.text if q.speaker_mention else None) == mention
    assert (q.cue.text if q.cue else None) == cue
