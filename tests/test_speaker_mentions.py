"""Speaker mentions: which phrase names the speaker, and how it resolves."""

from __future__ import annotations

import re

import pytest

import newsquote
from newsquote._mention_shapes import _TOKEN
from newsquote._mention_tokens import window_tokens
from newsquote._speakers import mention_after, mention_before


def first_speaker(text: str) -> tuple[str | None, str | None, str | None]:
    quotes = newsquote.find_quotes(text)
    assert quotes, text
    q = quotes[-1]
    return (
        q.speaker_mention.text if q.speaker_mention else None,
        q.speaker.name if q.speaker else None,
        q.speaker.kind if q.speaker else None,
    )


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A floating quantifier stands for the subject before it.
        ("Smith and Jones both said that the bridge was unsafe.", "Smith and Jones"),
        ("Aides to the governor all agree that the budget is late.", "Aides to the governor"),
        (
            "The two senators have both urged the agency to release the files.",
            "The two senators",
        ),
        # ... and is the subject itself when nothing comes before it.
        ("Most said they were worried about the harvest.", "Most"),
        # A time phrase without a preposition sits between a subject and its verb.
        ("The city council this week announced that fares would rise.", "The city council"),
        (
            "Ann Lee, the council chair, this past week said that fares would rise.",
            "Ann Lee",
        ),
        ("Lee Wednesday said that fares would rise.", "Lee"),
        # ... but a participle before a weekday keeps its noun: a subject.
        (
            "A poll released Monday showed that the mayor was popular.",
            "A poll released Monday",
        ),
        # A name after an appositive's common noun names that noun, not the speaker.
        (
            "Marco Bellini, the editor of the city's oldest newspaper, La Voce, said that "
            "the strike was over.",
            "Marco Bellini",
        ),
        (
            "Marco Bellini, 61, the editor of the paper, La Voce, said that the strike was over.",
            "Marco Bellini",
        ),
        # A town and its state close a place inside the parenthetical.
        (
            "Ana Ruiz, who lost her home in Dayton, Ohio, in May 2019, said that the aid "
            "came late.",
            "Ana Ruiz",
        ),
        # "X is among those who say": X speaks.
        (
            "Tom Reed, a retired teacher from Akron, is among those who say that the tax "
            "is unfair.",
            "Tom Reed",
        ),
        ("Nora Finch was one of those who argued that the tax was unfair.", "Nora Finch"),
        # A restrictive relative clause inside the subject.
        ("Farmers who grow soybeans say that prices have collapsed.", "Farmers"),
        ("Bankers who lend to farmers say that prices have collapsed.", "Bankers"),
        (
            "The analysts who reviewed the figures on Monday said that the deficit had grown.",
            "The analysts",
        ),
        # A group pronoun before "who" is the subject.
        ("Those who voted early said the lines were short.", "Those"),
        # A verb coordinated inside a subordinate clause takes that clause's subject.
        (
            "The crowd cheered when Rivera took the stage and promised that taxes would fall.",
            "Rivera",
        ),
        # A quantity of a group is one mention with the group.
        (
            "Sixty-seven percent of Americans said the country was on the wrong track.",
            "Sixty-seven percent of Americans",
        ),
        (
            "Only 52 percent of registered voters agreed that the plan was fair.",
            "Only 52 percent of registered voters",
        ),
        ("A majority of Democrats said the plan was fair.", "A majority of Democrats"),
        # ... but a head noun and its prepositional phrase are not a quantity.
        ("A spokesman for the mayor said the plan was fair.", "A spokesman for the mayor"),
        # An epithet after a name: the name speaks ...
        ("Obama the realist knows that the pledges will fall short.", "Obama"),
        # ... but not after a sentence adverb or a place.
        ("Now the government hopes that its envoys can do better.", "the government"),
        ("In Iowa the senator said that the pledges will fall short.", "the senator"),
        # A connective that opens the sentence is no part of the subject.
        ("So even bankers agree that rates will rise.", "bankers"),
    ],
)
def test_mention_before(text: str, mention: str) -> None:
    # The subject of the sentence's reporting verb, found from the verb back.
    verb = _CUE.search(text)
    assert verb is not None
    found = mention_before(text, verb.start(), 0)
    assert found is not None
    assert (found.text, text[found.start : found.end]) == (mention, mention)


_CUE = re.compile(
    r"\b(?:said|says|say|agree|agreed|urged|announced|showed|argued|promised|knows|hopes)\b"
)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A time after the verb is not a speaker; the subject before it is.
        (
            "A city official who spoke on condition of anonymity said Tuesday, "
            "“The budget is gone.”",
            "A city official",
        ),
        # Prepositional phrases after the cue are not the speaker either.
        ("“It is over,” Smith said by telephone on Radio Free Town.", "Smith"),
        # Nor is a question word: "asked which Iowa county" names no one.
        ("Asked which Iowa county he liked best, he laughed: “All of them.”", "he"),
        # Role words between two runs of capitals join them into one mention.
        ("“We will win,” said Kremlin spokesman Dmitry Peskov.", "Kremlin spokesman Dmitry Peskov"),
        (
            "“We will win,” said White House press secretary Josh Earnest.",
            "White House press secretary Josh Earnest",
        ),
        # ... and "for" still links a role to its body.
        (
            "“We will win,” said a spokesman for the State Department.",
            "a spokesman for the State Department",
        ),
    ],
)
def test_mention_after(text: str, mention: str) -> None:
    assert first_speaker(text)[0] == mention


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Role words before a name are not part of the speaker's name.
        ("“We will win,” said Kremlin spokesman Dmitry Peskov.", "Dmitry Peskov", "person"),
        # Of two people with one surname, the one named more often takes it.
        (
            "John Osei and Mary Osei arrived. John Osei spoke first. John Osei waved. "
            "Osei said that the deal was fair.",
            "John Osei",
            "person",
        ),
        # A headline's capitalised adjective does not make a fuller name.
        (
            "Rival Hillary Clinton spoke. Hillary Clinton waved. Hillary Clinton smiled. "
            "Clinton said that the deal was fair.",
            "Hillary Clinton",
            "person",
        ),
        # A middle name does.
        (
            "Hillary Rodham Clinton spoke. Hillary Clinton waved. "
            "Clinton said that the deal was fair.",
            "Hillary Rodham Clinton",
            "person",
        ),
        # Surnames with a hyphen or an apostrophe are whole words.
        (
            "Jennifer Shanklin-Hawkins spoke. Shanklin-Hawkins said that the deal was fair.",
            "Jennifer Shanklin-Hawkins",
            "person",
        ),
        (
            "Martin O'Malley spoke. O'Malley said that the deal was fair.",
            "Martin O'Malley",
            "person",
        ),
        # A possessive is no part of a name.
        (
            "Ana Lopez's aides were busy. Lopez said that the count was wrong.",
            "Ana Lopez",
            "person",
        ),
        # "he" skips a person the article shows to be a woman ...
        (
            "Peter Walsh said he would not run. Maria Santos said she would. "
            "Santos praised Walsh on Monday. He said that the race was close.",
            "Peter Walsh",
            "person",
        ),
        # ... and "she" a man.
        (
            "Maria Santos said she would run. Peter Walsh said he would not. "
            "Walsh praised Santos on Monday. She said that the race was close.",
            "Maria Santos",
            "person",
        ),
        # An irregular past makes a subject a pronoun can take ("Lee spoke").
        (
            "Ann Lee arrived late. Tom Berg praised the plan. Lee spoke next. "
            "She said that the plan was weak.",
            "Ann Lee",
            "person",
        ),
        # An honorific tells the gender too.
        (
            "Mrs. Santos campaigned in Lyon. Mr. Walsh stayed home. Peter Walsh praised "
            "Maria Santos. She said that the race was close.",
            "Maria Santos",
            "person",
        ),
        # A capitalised common noun at a sentence start is no one's name.
        ("Polls show that the race is close.", "Polls", "source"),
        ("Republican donors said that the race was close.", "Republican donors", "group"),
        (
            "Superdelegates say that the race is close. Many superdelegates are wary.",
            "Superdelegates",
            "group",
        ),
        # A quantity of a group is a group, even of a capitalised one.
        (
            "Sixty-seven percent of Americans said the country was “on the wrong track.”",
            "Sixty-seven percent of Americans",
            "group",
        ),
        # A place is not a person a pronoun can take.
        (
            "The United States is worried. Carl Berg spoke later. He said that the talks "
            "had stalled.",
            "Carl Berg",
            "person",
        ),
        # "those who": the group the relative clause describes.
        ("Those who voted early said the lines were short.", "Those", "group"),
    ],
)
def test_resolution(text: str, name: str, kind: str) -> None:
    _, speaker, speaker_kind = first_speaker(text)
    assert (speaker, speaker_kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "verb", "mention"),
    [
        # The subject of a relative clause speaks for the verb inside it.
        ("Voters rejected the plan that the mayor said was fair.", "said", "the mayor"),
        ("It ended a strike that union leaders said had cost millions.", "said", "leaders"),
        # A restrictive relative clause before the verb: the noun before "who".
        ("An aide who spoke anonymously said the talks had failed.", "said", "An aide"),
        # Only adverbs after "who": the verb is the relative clause's own.
        ("The hacker who first revealed the leak was jailed.", "revealed", "who"),
        # A named possessor before an ordinal speaks through the noun after it.
        ("Trump's first response came quickly.", "response", "Trump's"),
        # A comma before "who" makes a parenthetical, handled elsewhere.
        ("The mayor, who spoke Monday, said the talks had failed.", "said", "The mayor"),
    ],
)
def test_relative_clauses(text: str, verb: str, mention: str) -> None:
    found = mention_before(text, text.index(f" {verb} ") + 1, 0)
    assert found is not None
    assert found.text == mention
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # An ordinal or superlative after a definite determiner needs the noun after it:
        # the phrase before a noun cue names no speaker.
        ("He made the port a priority in his first term, but it stalled.", "term"),
        ("The latest reports show that the port is busy.", "reports"),
        ("The mayor gave her strongest warning yet.", "warning"),
    ],
)
def test_modifier_is_no_subject(text: str, noun: str) -> None:
    assert mention_before(text, text.index(f" {noun}") + 1, 0) is None


@pytest.mark.parametrize(
    ("text", "verb", "mention"),
    [
        # A pronoun "another" and a fraction "a third" do speak.
        ("One voter cheered. Another said the plan was fair.", "said", "Another"),
        ("A third said the plan was fair.", "said", "A third"),
        # A noun in -est is a noun: "the protest" is a subject.
        ("The protest showed that the plan was unpopular.", "showed", "The protest"),
    ],
)
def test_modifier_guard_keeps_subjects(text: str, verb: str, mention: str) -> None:
    found = mention_before(text, text.index(f" {verb}") + 1, 0)
    assert found is not None
    assert found.text == mention


@pytest.mark.parametrize(
    ("text", "verb", "mention"),
    [
        # A lower-case possessor inside a noun phrase belongs to it.
        (
            "In a statement, the paper's editorial board said the mayor should resign.",
            "said",
            "the paper's editorial board",
        ),
        ("The mayor's spokesman said the talks had failed.", "said", "The mayor's spokesman"),
        # A hyphenated compound with a number is a noun.
        ("The 43-year-old said he had never voted before.", "said", "The 43-year-old"),
        # "first" and "now" between a subject and its verb are adverbs ...
        ("Ms. Ray first said that the plan was sound.", "said", "Ms. Ray"),
        ("The company denied it for years, but it now says the leak was real.", "says", "it"),
        ("Her advisers have long said that the race is close.", "said", "Her advisers"),
        # A preposition or subordinator bounds the phrase ("amid", "unless").
        ("Unless Ohio voters quit the party, the field stays large.", "quit", "Ohio voters"),
        ("The talks stalled amid fresh reports of a leak.", "reports", None),
        # ... but "first" after a determiner is an ordinal.
        ("He made the port a priority in his first term.", "term", None),
        # The verbs coordinated with the main verb after a relative clause between commas
        # take the noun before the relative pronoun.
        (
            "Reid, who backed the bill in May, repeated his view and stressed that it would pass.",
            "stressed",
            "Reid",
        ),
        (
            "Ann Lee, who ran the agency, did not name the mayor, but told reporters it failed.",
            "told",
            "Ann Lee",
        ),
        # ... while a verb coordinated inside the relative clause has no such subject here.
        ("Ann Lee, who ran the agency and said it failed, left.", "said", None),
    ],
)
def test_mention_before_round_two(text: str, verb: str, mention: str | None) -> None:
    found = mention_before(text, text.index(f" {verb}") + 1, 0)
    assert (found.text if found is not None else None) == mention
    if found is not None:
        assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("text", "cue", "mention"),
    [
        # A name after a determiner modifies the common noun after it, the head.
        (
            "Turnout will be high, according to a Marist poll released Monday.",
            "to",
            "a Marist poll",
        ),
        ("“We are ready,” said a Pentagon spokesman.", "said", "a Pentagon spokesman"),
        (
            "The plan is dead, according to the White House press office.",
            "to",
            "the White House press office",
        ),
        # ... while a name without a determiner stays as it is.
        (
            "“We are ready,” said Pentagon spokesman John Kirby.",
            "said",
            "Pentagon spokesman John Kirby",
        ),
    ],
)
def test_mention_after_head_noun(text: str, cue: str, mention: str) -> None:
    start = text.index(f" {cue} ") + len(cue) + 1
    found = mention_after(text, start, len(text))
    assert found is not None
    assert (found.text, text[found.start : found.end]) == (mention, mention)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # One capitalised word that reports or publishes, with no first name, is an outlet.
        ("Verstka reported that the factory had closed.", "Verstka", "organization"),
        (
            "Vela Daily publishes the list each year. Vela reports that the list grew.",
            "Vela",
            "organization",
        ),
        # ... unless the article shows a person: a title, or a verb of speech.
        (
            "Mr. Okafor spoke first. Okafor reported that the factory had closed.",
            "Okafor",
            "person",
        ),
        (
            "Okafor said the list was long. Okafor reported that the factory had closed.",
            "Okafor",
            "person",
        ),
        # A common noun for a news organisation names one.
        ("The outlet said that the factory had closed.", "outlet", "organization"),
        # Bodies named with "the" are organisations.
        ("The Kremlin said that the factory had closed.", "Kremlin", "organization"),
        ("The White House said that the factory had closed.", "White House", "organization"),
        # The speaker of other verbs stays a person named by surname.
        ("Okafor argued that the factory had closed.", "Okafor", "person"),
    ],
)
def test_one_word_outlet(text: str, name: str, kind: str) -> None:
    last = newsquote.find_quotes(text)[-1]
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.kind) == (name, kind)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A subject followed by an appositive or an age is still the subject in focus.
        (
            "Maria Lopez met the governor. Tom Fitton, the president of the group, charged "
            "that the files were hidden. He said that the inquiry would go on.",
            "Tom Fitton",
        ),
        (
            "Maria Lopez met the governor. Tom Fitton, 54, charged that the files were "
            "hidden. He said that the inquiry would go on.",
            "Tom Fitton",
        ),
        # A name in a list between commas is no subject.
        (
            "Maria Lopez called. She met Tom Fitton, Ann Wu and others. She said that the "
            "inquiry would go on.",
            "Maria Lopez",
        ),
    ],
)
def test_focus_past_appositive(text: str, person: str) -> None:
    last = newsquote.find_quotes(text)[-1]
    assert last.speaker is not None
    assert last.speaker.name == person


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Kremlin spokesman Dmitry Peskov, 57, said (on Monday) that U.S. talks—", 0, 72),
        ("Kremlin spokesman Dmitry Peskov said", 3, 21),  # both edges cut a word
        ("O'Brien's aide—J.D. Vance’s friend—said", 1, 38),
        ("x_y z", 0, 5),
        ("", 0, 0),
    ],
)
def test_window_tokens_match_a_scan_of_the_window(text: str, start: int, end: int) -> None:
    scanned = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    assert window_tokens(text, start, end) == scanned


def test_possessor_needs_a_determiner() -> None:
    # "that" before a lower-case possessor is a relative pronoun, not its determiner.
    text = "The owner of a shop that sells women's shoes who declined to be named for fear of it."
    found = mention_before(text, text.index(" fear") + 1, 0)
    assert found is None or "women's" not in found.text
    text = "She said that the town's mayor agreed."
    found = mention_before(text, text.index(" agreed") + 1, 0)
    assert found is not None
    assert found.text == "the town's mayor"
