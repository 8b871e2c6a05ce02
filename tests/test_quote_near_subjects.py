"""The nearest clause's subject speaks: a participle after ", and she …,", the noun
phrase a "by" agent describes, a contracted pronoun subject, a poll's share, the main
clause after a fronted one; a tail after a partial quotation that the next quotation
continues, and a tail that attributes only the clause after a semicolon.

Each row is an invented news sentence with every quotation that must come out: content,
speaker mention, cue and kind.
"""

from __future__ import annotations

import pytest

from .quote_rows import quote_rows

# (text, [(content, speaker mention, cue, kind)])
ROWS: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # A participle after a clause joined with ", and" goes with that clause's subject.
    (
        "At this point, the camera is facing the ground, and she becomes upset, shouting "
        "profanities as she hurries to the car.",
        [("profanities as she hurries to the car", "she", "shouting", "indirect")],
    ),
    (
        "Trump pivoted to trade, but Wallace brought him back to the attacks, asking him to "
        "share his views.",
        [("him to share his views", "Wallace", "asking", "indirect")],
    ),
    # ... and the sentence's subject when no clause is joined.
    (
        "Trump attacked Bush in the debate, saying the attack was fair.",
        [("the attack was fair", "Trump", "saying", "indirect")],
    ),
    # The agent after "by" in a reduced relative describes the subject; it is not one.
    (
        "Other emails combed through by Vox suggest that the doctor put business first.",
        [
            (
                "the doctor put business first",
                "Other emails combed through by Vox",
                "suggest",
                "indirect",
            )
        ],
    ),
    (
        "A poll commissioned by the party showed that turnout fell.",
        [("turnout fell", "A poll commissioned by the party", "showed", "indirect")],
    ),
    # ... and a passive verb's agent is no reduced relative's.
    (
        "The bill was signed by the governor, who said it would save money.",
        [("it would save money", "who", "said", "indirect")],
    ),
    # A contracted pronoun subject takes a coordinated cue ...
    (
        "She's a Sanders supporter but concedes that most of her peers love the Clintons.",
        [("most of her peers love the Clintons", "She", "concedes", "indirect")],
    ),
    # ... and an "it" only before a participle ("It’s a shame that …" is no one's).
    (
        "It’s denouncing what it calls “the biggest media attack in history.”",
        [("the biggest media attack in history", "It", "denouncing", "mixed")],
    ),
    # A noun phrase right before a base-form cue is its subject when a verb comes between
    # them ("a reader would now ask"; not "delivered a snappy retort:").
    (
        "If we lived in normal times, a reader would now ask: “What? Larry King is on a "
        "Russian outlet?”",
        [("What? Larry King is on a Russian outlet?", "a reader", "ask", "direct")],
    ),
    # After a plural quantifier an -s word is a noun: no cue, no source "few".
    (
        "Sanders listed a few questions, including, “Mr. Trump, do you really think that "
        "billionaires need a tax break?”",
        [
            (
                "Mr. Trump, do you really think that billionaires need a tax break?",
                "Sanders",
                "listed",
                "direct",
            )
        ],
    ),
    # A poll's share speaks with no group after it.
    (
        "Asked who would win, 21 percent said “not too likely” and 14 percent said “not at all.”",
        [
            ("“not too likely”", "21 percent", "said", "mixed"),
            ("not at all.", "14 percent", "said", "direct"),
        ],
    ),
    # ... and so does a ratio, also after "with" in an absolute clause, and a percentage.
    (
        "Many voters shrugged off the pick, with three in 10 saying a running mate would "
        "have no effect on their vote.",
        [
            (
                "a running mate would have no effect on their vote",
                "three in 10",
                "saying",
                "indirect",
            )
        ],
    ),
    (
        "Nine in 10 voters said the economy was their top concern.",
        [("the economy was their top concern", "Nine in 10 voters", "said", "indirect")],
    ),
    (
        "About 21% said they would not vote.",
        [("they would not vote", "About 21%", "said", "indirect")],
    ),
    # A participle with its own subject after "with" (an absolute clause) reports.
    (
        "Obama faced criticism, with Senator John McCain telling reporters on Thursday he "
        "viewed Obama as responsible for the attack.",
        [
            (
                "he viewed Obama as responsible for the attack",
                "Senator John McCain",
                "telling",
                "indirect",
            )
        ],
    ),
    (
        "Mr. Trump has improved his standing, with 30 percent of voters saying they have a "
        "positive view of him.",
        [
            (
                "they have a positive view of him",
                "30 percent of voters",
                "saying",
                "indirect",
            )
        ],
    ),
    # A verb after "and" shares the subject of the clause a comma and "and" open, past a
    # descriptive noun phrase before the name.
    (
        "The rabbis met on Monday, and the prominent Jewish civil rights organization the "
        "Anti-Defamation League denounced the speech and said it would redirect its "
        "donations.",
        [("it would redirect its donations", "the Anti-Defamation League", "said", "indirect")],
    ),
    # A fronted clause after "And" is skipped: the main clause's subject says it.
    (
        "And although he met the pastors on Sunday, Trump sounded a rare note of modesty, "
        "saying, “I am not sure I deserve it.”",
        [("I am not sure I deserve it.", "Trump", "saying", "direct")],
    ),
    # A possessor's reporting noun with an adjective: "repeated emphasis that".
    (
        "Stumpf’s repeated emphasis that only 1 percent of the sales force had been involved "
        "angered senators.",
        [
            (
                "only 1 percent of the sales force had been involved",
                "Stumpf",
                "emphasis",
                "indirect",
            )
        ],
    ),
    # ", contradicting …" compares two statements: the writer's, so the first one ends.
    (
        "Video shows that Crutcher had his hands in the air, contradicting the police’s "
        "earlier claim that Crutcher had refused to keep his hands up.",
        [
            ("Crutcher had his hands in the air", "Video", "shows", "indirect"),
            ("Crutcher had refused to keep his hands up", "the police", "claim", "indirect"),
        ],
    ),
    # An inverted tail may end in a parenthesis.
    (
        "Using the tax “is a misguided approach,” said Mr. Burman (a view echoed by everyone "
        "I interviewed).",
        [("Using the tax “is a misguided approach", "Mr. Burman", "said", "mixed")],
    ),
    # A colon lead-in's first cue word without a source gives way to a later one.
    (
        "Any decision to charge someone would involve Attorney General Loretta Lynch, who "
        "told Congress when asked last month about the inquiry: “That matter is being "
        "handled by career agents.”",
        [("That matter is being handled by career agents.", "who", "told", "direct")],
    ),
    # A time phrase, then a fronted clause: the main clause's subject says it.
    (
        "Last month, when I asked Sanders if he would endorse Clinton, he looked into my "
        "camera, furrowed his brow and said, “I am going to endorse you!”",
        [
            ("Sanders if he would endorse Clinton", "I", "asked", "indirect"),
            ("I am going to endorse you!", "he", "said", "direct"),
        ],
    ),
    (
        "Freddy circled the boat as his friends jeered, “Goodbye!”",
        [("Goodbye!", "his friends", "jeered", "direct")],
    ),
    # "According to X," opening a sentence reports all of it; the attributions inside it
    # are kept too.
    (
        "According to ProPublica, Clinton praised her donors in the audience, and she asked "
        "the bankers to suspend foreclosures.",
        [
            (
                "Clinton praised her donors in the audience, and she asked the bankers to "
                "suspend foreclosures",
                "ProPublica",
                "According to",
                "indirect",
            ),
            ("her donors in the audience", "Clinton", "praised", "indirect"),
            ("the bankers to suspend foreclosures", "she", "asked", "indirect"),
        ],
    ),
    # A verb after "and" shares the subject of a clause that opens with a bracket (and the
    # content leaves the closing bracket out).
    (
        "Economists favor policies that create less revenue now (they want lower tax rates "
        "and suggest that such rates would spur the economy).",
        [("such rates would spur the economy", "they", "suggest", "indirect")],
    ),
    # A quotation with its attribution, then "according to": the quotation keeps its
    # speaker, and the account of it is an attribution too (as for reported speech).
    (
        "“You have been very critical of me,” he told Sen. Jeff Flake, according to officials "
        "with knowledge of the meeting.",
        [
            (
                "“You have been very critical of me,” he told Sen. Jeff Flake",
                "officials",
                "according to",
                "mixed",
            ),
            ("You have been very critical of me", "he", "told", "direct"),
        ],
    ),
    # The source of "according to" ends before a relative clause that describes it.
    (
        "“We will talk,” Peskov said, according to reporters in Moscow who attended the "
        "briefing at the Kremlin.",
        [
            ("“We will talk,” Peskov said", "reporters in Moscow", "according to", "mixed"),
            ("We will talk", "Peskov", "said", "direct"),
        ],
    ),
    # A quotation between two dashes right after a name is that person's ...
    (
        "Many Republicans agreed, including the former candidate Mitt Romney — “It is "
        "disqualifying to refuse to release tax returns” — and Fred Goldberg.",
        [
            (
                "It is disqualifying to refuse to release tax returns",
                "the former candidate Mitt Romney",
                "—",
                "direct",
            )
        ],
    ),
    # ... not a thing's.
    (
        "He treated the question as a compliment — “That makes me smart” — and moved on.",
        [("That makes me smart", "", "", "direct")],
    ),
    # A name signed with a dash at a paragraph's end attributes the paragraph's quotations
    # (a roundup of readers' comments), not the previous paragraph's speaker ...
    (
        "“He is a bully,” said Ann Lee.\n“Nobody wants a man like that as a leader. He is a "
        "power monger.” And that is all he has, “the root of all evil.” ― Christina Lastra.",
        [
            ("He is a bully", "Ann Lee", "said", "direct"),
            (
                "Nobody wants a man like that as a leader. He is a power monger.",
                "Christina Lastra",
                "―",
                "direct",
            ),
        ],
    ),
    # ... and a dash inside the writer's words at the end signs nothing.
    (
        "“He is a bully,” said Ann Lee.\n“Nobody wants a man like that as a leader.” Then "
        "the crowd left — quietly.",
        [
            ("He is a bully", "Ann Lee", "said", "direct"),
            ("Nobody wants a man like that as a leader.", "Ann Lee", "said", "direct"),
        ],
    ),
    # A tail after the partial quotation that ends a reported clause is the attribution
    # the next quotation continues.
    (
        "DuVernay said she felt the amendment was worth examining because “most people "
        "don’t know about that loophole,” she said. “We have no context for this moment.”",
        [
            (
                "she felt the amendment was worth examining because “most people don’t "
                "know about that loophole",
                "DuVernay",
                "said",
                "mixed",
            ),
            ("We have no context for this moment.", "she", "said", "direct"),
        ],
    ),
    # A tail attributes the clause before it, not one before a semicolon: this headline's
    # "vow" has an object, so nothing before it is reported.
    ("World leaders denounce the test; Obama, others vow consequences.", []),
    (
        "The talks were over by noon; the deal is dead, officials said.",
        [("the deal is dead", "officials", "said", "indirect")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_near_subjects(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert quote_rows(text) == expected
