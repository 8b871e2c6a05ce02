"""Quotations that are a verb's whole object, adjuncts before "that", participles after
prepositions and second participles, and second attributions after a closing mark.

Each row is an invented news sentence with every quotation that must come out: content,
speaker mention, cue and kind.
"""

from __future__ import annotations

import pytest

import newsquote

from .quote_rows import quote_rows

# (text, [(content, speaker mention, cue, kind)])
ROWS: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    # A quotation that is the whole object of a reporting verb and ends its sentence is a
    # direct quotation: its content is inside the marks.
    (
        'The crowd chanted "Lock the gates!"',
        [("Lock the gates!", "The crowd", "chanted", "direct")],
    ),
    (
        "The governor told reporters “we will rebuild every school.”",
        [("we will rebuild every school.", "The governor", "told", "direct")],
    ),
    # ... but one inside the writer's clause stays a partial quotation.
    (
        'The senator said "no" to the offer.',
        [('"no"', "The senator", "said", "mixed")],
    ),
    # A name given to someone is a partial quotation even when it ends the sentence.
    (
        "The coach called the referee a “disgrace.”",
        [("disgrace", "The coach", "called", "mixed")],
    ),
    # ... also after a role noun that opens the sentence (its subject, not a noun that
    # a participle names: "a website called “…”").
    (
        "The minister described the plan as “reckless and cruel.”",
        [("reckless and cruel", "The minister", "described", "mixed")],
    ),
    # Chanted slogans are words said even in title case (a title of a work is not).
    (
        "Outside the hall, dozens of students gathered, waving flags and chanting "
        '"Save Our Schools."',
        [("Save Our Schools.", "students", "chanting", "direct")],
    ),
    # A stop inside a chanted slogan does not cut it from its verb.
    (
        "The crowd chanted “Four more years! Four more years!” as she spoke.",
        [("Four more years! Four more years!", "The crowd", "chanted", "direct")],
    ),
    # A quotation after "CUE HEARER," is direct even in lower case.
    (
        "The mayor called the coach, telling him, “you have done the city proud.”",
        [("you have done the city proud.", "The mayor", "telling", "direct")],
    ),
    # The second half of a quotation a tail interrupts continues its speaker.
    (
        "“The plan is late,” said a county official, “and nobody has paid for it.”",
        [
            ("The plan is late", "a county official", "said", "direct"),
            ("and nobody has paid for it.", "a county official", "said", "direct"),
        ],
    ),
    # "so called" is the writer's distance, not a speaker's words.
    ("The so called “reform package” stalled in committee.", []),
    # A sentence that opens with "Amid ..." has its subject after the comma.
    (
        "Amid calls for groups that would track donors, the senator gave a speech, saying "
        "the lists were “dangerous.”",
        [("the lists were “dangerous.”", "the senator", "saying", "mixed")],
    ),
    # An adjunct with commas of its own (a place and its state) between a cue and "that".
    (
        "Ms. Ortiz said Tuesday at a forum in Tulsa, Oklahoma, that the plan would fail.",
        [("the plan would fail", "Ms. Ortiz", "said", "indirect")],
    ),
    (
        "The minister said on Monday, May 4, that talks had resumed.",
        [("talks had resumed", "The minister", "said", "indirect")],
    ),
    # A participle after "in" or "while" reports the sentence's subject ...
    (
        "The mayor erred in saying that the bridge was safe.",
        [("the bridge was safe", "The mayor", "saying", "indirect")],
    ),
    (
        "The senator drew applause while insisting that the deal was dead.",
        [("the deal was dead", "The senator", "insisting", "indirect")],
    ),
    # ... but not when the phrase opens the sentence (its subject comes later) or in the
    # idiom "goes without saying".
    ("While insisting that the deal was dead, the senator left the room.", []),
    ("It goes without saying that the deal was dead.", []),
    # A second participle after "and" shares the first one's subject.
    (
        "The chairman stepped down, thanking his staff and admitting that the merger had failed.",
        [("the merger had failed", "The chairman", "admitting", "indirect")],
    ),
    # An -ed word after a preposition is an adjective, not the verb before a quotation.
    (
        "Mr. Kline pledged to protect benefits for unemployed workers “now and forever.”",
        [
            (
                "to protect benefits for unemployed workers “now and forever.”",
                "Mr. Kline",
                "pledged",
                "mixed",
            )
        ],
    ),
    # A comparison with another group's answer is the writer's; the other group's
    # answer is an attribution of its own.
    (
        "Sixty percent said they trusted the mayor, compared with 30 percent who said they "
        "trusted her rival.",
        [
            ("they trusted the mayor", "Sixty percent", "said", "indirect"),
            ("they trusted her rival", "who", "said", "indirect"),
        ],
    ),
    # The clause that ends in a colon introduces the quotation: the second of two main
    # clauses, the main clause after a fronted one, a subject with an appositive.
    (
        "Ortiz said the plan was weak, but she gave the council a warning: "
        "“You will regret this vote.”",
        [
            ("the plan was weak", "Ortiz", "said", "indirect"),
            ("You will regret this vote.", "she", "gave", "direct"),
        ],
    ),
    (
        "When the mayor suggested that the city would appeal, Judge Ross shot back "
        "sharply: “The city will lose.”",
        [
            ("the city would appeal", "the mayor", "suggested", "indirect"),
            ("The city will lose.", "Judge Ross", "shot", "direct"),
        ],
    ),
    (
        "Senate Majority Leader Ann Kerr, D-Ore., delivered a blunt message to the "
        "governor: “Sign the bill.”",
        [("Sign the bill.", "Senate Majority Leader Ann Kerr", "delivered", "direct")],
    ),
    (
        "Senator Ann Kerr, D-Ore., sent a warning to the mayor: “Sign the bill.”",
        [("Sign the bill.", "Senator Ann Kerr", "sent", "direct")],
    ),
    (
        "Lena Brandt, the agency's director, reacted coolly to the report, “We have seen "
        "nothing new.”",
        [("We have seen nothing new.", "Lena Brandt", "reacted", "direct")],
    ),
    # A sentence adverb in capitals is no name: the quotation after the tail
    # attribution is the pronoun's.
    (
        'Also, the tax plan is dead, he said. "It never had the votes."',
        [
            ("the tax plan is dead", "he", "said", "indirect"),
            ("It never had the votes.", "he", "said", "direct"),
        ],
    ),
    # A relative clause with its own subject pronoun is no adjunct before the verb.
    (
        "She gave a speech in Denver in which she pledged that the plant would stay open.",
        [("the plant would stay open", "she", "pledged", "indirect")],
    ),
    # The subject of a sentence whose first verb is a relative clause's between commas.
    (
        "Ms. Cole herself, who was not at the meeting, has softened her tone, thanking "
        "the board and conceding that the vote was fair.",
        [("the vote was fair", "Ms. Cole", "conceding", "indirect")],
    ),
    # The object of a causative verb speaks the infinitive after it.
    (
        "The ruling angered the mayor, prompting her to say that the city would appeal.",
        [("the city would appeal", "her", "say", "indirect")],
    ),
    (
        "The post spread fast, leading rivals like Tom Ames to counter that the figures "
        "were “simply invented.”",
        [("the figures were “simply invented.”", "Tom Ames", "counter", "mixed")],
    ),
    # "As SOURCE CUE, CONTENT." and "CONTENT, as SOURCE CUE.": the writer credits the
    # content to the source.
    (
        "As The Ledger reported last week, the county had run out of money.",
        [("the county had run out of money", "The Ledger", "reported", "indirect")],
    ),
    (
        "But as the regional daily noted in an editorial, the mayor “has earned a rest.”",
        [("the mayor “has earned a rest.”", "the regional daily", "noted", "mixed")],
    ),
    (
        "Turnout will rise in the suburbs, as Ms. Vance pointed out.",
        [("Turnout will rise in the suburbs", "Ms. Vance", "pointed", "indirect")],
    ),
    # ... not "As you know" nor "as of".
    ("As you know, the county had run out of money.", []),
    ("As of the last report, the county had run out of money.", []),
    # A comma lead-in after a fronted clause with a cue of its own.
    (
        "As the governor criticized the plan during a debate, Ms. Ruiz shot back, "
        "“It was your plan.”",
        [("It was your plan.", "Ms. Ruiz", "shot", "direct")],
    ),
    # "what he calls", "whom she described as": the named subject of the sentence speaks
    # (after "what", with the subject's own verb as the cue).
    (
        "Mayor Ortiz has railed against what she calls the “parking cartel” for years.",
        [("parking cartel", "Mayor Ortiz", "railed", "mixed")],
    ),
    (
        "Senator Hale contrasted the nominee, whom he described as “erratic,” with his rival.",
        [("erratic", "Senator Hale", "described", "mixed")],
    ),
    # A belief of "he"/"she" inside a named subject's clause is that subject's.
    (
        "Senator Hale made clear that he thinks the mine will reopen.",
        [("the mine will reopen", "Senator Hale", "thinks", "indirect")],
    ),
    # "that" before a verb in the past opens a relative clause; the next "that" opens
    # what was reported.
    (
        "Senator Hale told the station in an interview that aired Sunday that he believes "
        "the mine will reopen.",
        [("he believes the mine will reopen", "Senator Hale", "told", "indirect")],
    ),
    # Plural times are no verbs between a cue and "that".
    (
        "The mayor tweeted in the early morning hours that the vote was “rigged.”",
        [("the vote was “rigged.”", "The mayor", "tweeted", "mixed")],
    ),
    # A contracted "be" makes a participle a finite verb.
    (
        "She’s claiming that the audit was “a sham.”",
        [("the audit was “a sham.”", "She", "claiming", "mixed")],
    ),
    # A year between a relative pronoun and its verb is an adjunct.
    (
        "He met Ms. Park, who in 2010 said the merger was “a mistake.”",
        [("the merger was “a mistake.”", "who", "said", "mixed")],
    ),
    # "VERB OBJECT as “…”" with an -s form or a participle: the description ends with
    # its quotation.
    (
        "Mr. Dunn openly admires Governor Hale as a “true reformer,” praising his budget.",
        [("Governor Hale as a “true reformer,”", "Mr. Dunn", "admires", "mixed")],
    ),
    (
        "Senator Reyes has been steadily pounding the mayor as a “fraud” for weeks.",
        [("the mayor as a “fraud”", "Senator Reyes", "pounding", "mixed")],
    ),
    # "and SUBJECT said" with no comma is a second attribution too.
    (
        "Voters said the plan was fine and their leaders said it was doomed.",
        [
            ("the plan was fine", "Voters", "said", "indirect"),
            ("it was doomed", "their leaders", "said", "indirect"),
        ],
    ),
    # ... but not "and said" or "and that".
    (
        "He said the economy was strong and that voters knew it.",
        [("the economy was strong and that voters knew it", "He", "said", "indirect")],
    ),
    # A short sentence of a named person's action before a quotation names its speaker
    # (no cue); the tail of the quotation before it does not.
    (
        "“We are ready,” Tom Reyes said. Ana Reyes shook her head. “We are not.”",
        [
            ("We are ready", "Tom Reyes", "said", "direct"),
            ("We are not.", "Ana Reyes", "", "direct"),
        ],
    ),
    (
        "“Would you sign it?” Hannity pressed. “Maybe in a week?”",
        [
            ("Would you sign it?", "Hannity", "pressed", "direct"),
            ("Maybe in a week?", "Hannity", "pressed", "direct"),
        ],
    ),
    # A naming verb in a list of the subject's verbs takes the sentence's subject.
    (
        "Mr. Dunn later mocked her tone, called her “third-rate” and skipped the debate.",
        [("third-rate", "Mr. Dunn", "called", "mixed")],
    ),
    # An adverb between a subject and its verb is no part of the mention.
    (
        "Fact-checkers soon noted that the figure was wrong.",
        [("the figure was wrong", "Fact-checkers", "noted", "indirect")],
    ),
    # A fronted clause after a leading adjunct: the main clause's subject speaks the
    # participle, and the fronted frame ends at its comma.
    (
        "In a debate, while his rivals called for more troops, Mr. Dunn stayed calm, "
        "noting that the war was unpopular.",
        [
            ("more troops", "his rivals", "called", "indirect"),
            ("the war was unpopular", "Mr. Dunn", "noting", "indirect"),
        ],
    ),
    # The source of a participle after an inverted cue follows that cue, not a word of
    # the quotation before it.
    (
        "''I remember that day,'' said Tom Ames, a former aide, recalling that the vote was close.",
        [
            ("I remember that day", "Tom Ames", "said", "direct"),
            ("the vote was close", "Tom Ames", "recalling", "indirect"),
        ],
    ),
    # The words on a sign are its carrier's.
    (
        "Ms. Bell held up a sign saying “Hands off our schools, we will vote.”",
        [("Hands off our schools, we will vote.", "Ms. Bell", "saying", "direct")],
    ),
    # A group noun with a prepositional modifier is the whole subject.
    (
        "Several local leaders on the ground told reporters that turnout was high.",
        [("turnout was high", "Several local leaders on the ground", "told", "indirect")],
    ),
    (
        "Residents of the town said the plant should close.",
        [("the plant should close", "Residents of the town", "said", "indirect")],
    ),
    # Words inside quote marks are quoted even when the content leaves the marks out.
    (
        "The mayor cautioned “let’s not get ahead of ourselves,” before predicting a win.",
        [("let’s not get ahead of ourselves", "The mayor", "cautioned", "mixed")],
    ),
    # A quotation that goes on after ", and" is no second attribution.
    (
        "Ms. Ruiz noted that the count was slow, and “in this case I think it was fair.”",
        [
            (
                "the count was slow, and “in this case I think it was fair.”",
                "Ms. Ruiz",
                "noted",
                "mixed",
            )
        ],
    ),
    # "Ever since …," is a fronted clause before a colon lead-in's main clause.
    (
        "Ever since the mayor announced her run, she has said the same thing at every "
        "meeting: “The budget comes first.”",
        [("The budget comes first.", "she", "said", "direct")],
    ),
    # A cue word after an article in a tail is a noun, not the quotation's cue ...
    (
        "According to Dr. Hale, “The reform is more complex than it looks,” presumably "
        "meaning this will be a focal point.",
        [
            (
                "The reform is more complex than it looks",
                "Dr. Hale",
                "According to",
                "direct",
            )
        ],
    ),
    # ... but a verb whose past is its base form still reports.
    (
        "“Welcome home,” the banner read.",
        [("Welcome home", "the banner", "read", "direct")],
    ),
    # A crowd in a trailing clause speaks the participle after it; a person there is
    # left to the main subject.
    (
        "The rally ended early, when protesters stormed the stage, chanting “Shut it down!”",
        [("Shut it down!", "protesters", "chanting", "direct")],
    ),
    (
        "Mr. Dunn attacked Ms. Lee when Mr. Ruiz spoke, saying she was weak.",
        [("she was weak", "Mr. Dunn", "saying", "indirect")],
    ),
    # A group with a participle and a place is the whole subject; a content that starts
    # inside an opening mark keeps the mark.
    (
        "Protesters marching through the campus chanted “No cuts!” and kept going.",
        [
            (
                "“No cuts!” and kept going",
                "Protesters marching through the campus",
                "chanted",
                "mixed",
            )
        ],
    ),
    # A second attribution after a comma that closes a quotation.
    (
        'Durand said the agency "acted too late," and he said he hoped for an inquiry.',
        [
            ('the agency "acted too late,"', "Durand", "said", "mixed"),
            ("he hoped for an inquiry", "he", "said", "indirect"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[t[:40] for t, _ in ROWS])
def test_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert quote_rows(text) == expected


def test_adjunct_before_that_is_linear() -> None:
    # Many commas and no "that": the adjunct scan stays bounded.
    text = "He said on Monday" + ", in Tulsa" * 20000 + "."
    assert newsquote.find_quotes(text) == ()
