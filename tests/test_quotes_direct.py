"""Speakers and cues of direct and mixed quotations (quote marks): table-driven cases.

Every sentence here is invented; each row names the quotation (by a piece of its text),
the speaker mention expected and the cue expected (None: no cue, no speaker).
"""

from __future__ import annotations

import pytest

import newsquote
from newsquote._lead_in import intro_sentence


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


@pytest.mark.parametrize(
    ("text", "piece", "mention", "cue"),
    [
        # A short quotation inside the tail's appositive does not end the tail.
        (
            "“We lost the vote,” Bill Dorn, wearing “Vote Dorn” buttons, said on Monday.",
            "We lost",
            "Bill Dorn",
            "said",
        ),
        # A quotation that ends its sentence belongs to its lead-in, not to the next
        # sentence's subject.
        (
            "Later, Ms. Kay firmly declared at a briefing, “We will not resign.” The mayor"
            " reiterated.",
            "We will not",
            "Ms. Kay",
            "declared",
        ),
        # A long clause before a colon, opened by a name: its last verb after "and".
        (
            "Mayor Tom Hale waved the noisy crowd down at the end of the long evening rally,"
            " then leaned in and boomed: “We will win in November.”",
            "We will win",
            "Mayor Tom Hale",
            "boomed",
        ),
        # A whole short clause before ", “": its subject and verb.
        (
            "Right after the storm, Governor Ann Bell issued a statement, “Our hearts go out to"
            " every family.”",
            "Our hearts",
            "Governor Ann Bell",
            "issued",
        ),
        (
            "Governor Ann Bell smiled when the crowd cheered, “We did it.”",
            "We did it",
            None,
            None,
        ),
        # A reporting sentence right before a quotation with no attribution of its own.
        (
            "Judge Amy Cole announced on Friday the ruling against the county. “The county"
            " broke the law.”",
            "The county broke",
            "Judge Amy Cole",
            "announced",
        ),
        # ... also the last sentence of the paragraph before.
        (
            "The rally ended early.\n\nSenator Raul Diaz was quick to add that the tax stays."
            "\n\n“Cutting it? Not an option.”",
            "Cutting it",
            "Senator Raul Diaz",
            "add",
        ),
        # ... but only when its subject opens the sentence.
        (
            "The rally ended early.\n\nThe crowd cheered when Diaz praised the budget."
            "\n\n“Cutting it? Not an option.”",
            "Cutting it",
            None,
            None,
        ),
        # A verb of manner after a name with its adjective.
        (
            "“Never,” a furious Okafor retaliated. “We will appeal the ruling.”",
            "Never",
            "a furious Okafor",
            "retaliated",
        ),
        # A cue form after "a" and a name is a noun ("a Facebook comment"): the
        # participle reports the sentence's subject.
        (
            "The vote ended early.\n\nMary Doe posted a Facebook comment of her own, saying,"
            " “We are so excited!”",
            "We are so",
            "Mary Doe",
            "saying",
        ),
        # A relative clause that closes before the cue: the noun it describes speaks.
        (
            "Jon Doe, who signed the gun laws as governor, interjected to say: “They are both"
            " inconsistent.”",
            "They are both",
            "Jon Doe",
            "say",
        ),
        # A party and state between the label's name and its colon.
        (
            "The hearing went on.\n\nRep. Jo Dunn (R-S.C.):“Who told you that figure?”",
            "Who told you",
            "Rep. Jo Dunn",
            ":",
        ),
        # A verb inside the quotation before a participle is not the one it follows.
        (
            "On Sunday, she stated, “Which I think was a mistake,” adding, “We must act now.”",
            "We must act",
            "she",
            "adding",
        ),
        # A tail that is the next quotation's lead-in leaves this one to its own lead-in.
        (
            "Jane Doe asked the mayor, “Why now?” The mayor then wrote back, “Because.”",
            "Why now",
            "Jane Doe",
            "asked",
        ),
        # A verb of manner in the present after a quotation that ends in a comma.
        (
            "“Keep your hands in sight,” Mara Lee sings to the crowd before asking, “Where do"
            " we go?”",
            "Keep your hands",
            "Mara Lee",
            "sings",
        ),
        # A reporting sentence whose subject is an appositive after a short noun phrase.
        (
            "The firm grew.\n\nHer former partner, Jo Doe, announced the deal on Friday. “We"
            " are thrilled with the result.”",
            "We are thrilled",
            "Jo Doe",
            "announced",
        ),
        # The next quotation continues that speaker, resolved or not.
        (
            "“Never,” a furious Okafor retaliated. “We will appeal the ruling.”",
            "We will appeal",
            "a furious Okafor",
            "retaliated",
        ),
    ],
)
def test_direct_speakers_round2(
    text: str, piece: str, mention: str | None, cue: str | None
) -> None:
    q = _quote(text, piece)
    assert (q.speaker_mention.text if q.speaker_mention else None) == mention
    assert (q.cue.text if q.cue else None) == cue


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # A sentence that its own tail attributes introduces the quotation after it.
        ("Or maybe the mayor wins, pollster Dana Fry says.", "Dana Fry"),
        ("Dana Fry agreed.", "Dana Fry"),
        # ... but not a noun that a cue form follows ("the jobs report").
        ("Wages rose, the jobs report was released.", None),
    ],
)
def test_intro_sentence(sentence: str, source: str | None) -> None:
    found = intro_sentence(sentence, 0, len(sentence))
    assert (found[1].text if found else None) == source
