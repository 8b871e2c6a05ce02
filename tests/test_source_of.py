"""The source of a cue in its sentence (``_source_of.source_of``)."""

from __future__ import annotations

import pytest

from newsquote._source_of import source_of


def source(sentence: str, cue: str) -> str | None:
    """The source ``source_of`` finds for the first ``cue`` in ``sentence``."""
    at = sentence.index(cue)
    found = source_of(sentence, 0, at, at + len(cue))
    if found is not None:
        assert sentence[found.start : found.end] == found.text
    return found.text if found is not None else None


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        # A plural noun that looks like a cue ("comments", "fears") is no verb for a
        # participle to continue when it ends an object.
        (
            "She has repeated her budget comments at every stop, arguing that cuts hurt.",
            "arguing",
            "She",
        ),
        (
            "The envoy has tried hard to ease European fears, assuring his hosts that "
            "the plant is safe.",
            "assuring",
            "The envoy",
        ),
        (
            "The minister spoke about union claims, insisting that wages will rise.",
            "insisting",
            "The minister",
        ),
        (
            "The governor is defending his late-night tweets, saying they were jokes.",
            "saying",
            "The governor",
        ),
        # ... but an -s verb after its subject still takes the participle.
        (
            "The senator says, arguing that the bill is bad, that he will vote no.",
            "arguing",
            "The senator",
        ),
        # A participle between a subject and its verb.
        (
            "Ms. Rivera, recalling her first campaign, described it as chaotic.",
            "recalling",
            "Ms. Rivera",
        ),
        (
            "For years, Democrats in the House, fearing a backlash, stayed silent.",
            "fearing",
            "Democrats",
        ),
        # ... not an object before the comma.
        (
            "Officials criticized the mayor's plan, arguing it costs too much.",
            "arguing",
            "Officials",
        ),
        # An infinitive reports the subject of the verb that takes it.
        (
            "Even after the report was released, the governor continued to say he knew nothing.",
            "say",
            "the governor",
        ),
        (
            "When the vote was held, the chairman went on to say that it was fair.",
            "say",
            "the chairman",
        ),
        ("The council urged residents to say what they think.", "say", "The council"),
        # ... and "that" after a verb is a determiner of a noun cue form.
        (
            "The mayor repeated that promise on Friday, saying the park will open.",
            "saying",
            "The mayor",
        ),
        # "going on to say": the source of the participle "going".
        (
            '"We will win," the mayor said, going on to say that the count was fair.',
            "say",
            "the mayor",
        ),
        # A participle after a restrictive relative clause goes with the main verb ...
        (
            "The senator defended firing an aide who said the budget was wrong, saying "
            "the aide had leaked it.",
            "saying",
            "The senator",
        ),
        # ... and after a clause between commas, the noun it describes speaks.
        (
            "The senator, who said the budget was wrong, issued a statement saying so.",
            "saying",
            "The senator",
        ),
        # A cue in a fronted adverbial clause is not the verb a participle continues.
        (
            "When the unions complained about the cost, the mayor held firm, repeating that "
            "the plan was sound.",
            "repeating",
            "the mayor",
        ),
        # The object of a causative verb speaks the infinitive.
        (
            "The ruling prompted Senator Lee to say that he would appeal.",
            "say",
            "Senator Lee",
        ),
        (
            "The leak forced the agency, which had denied it, to admit that files were lost.",
            "admit",
            "the agency",
        ),
        ("The ruling prompted calls for him to say more.", "say", "The ruling"),
        # A fronted clause that an adverb opens is no place for the subject.
        (
            "Shortly after the polls closed, the candidate took the stage, thanking "
            "her volunteers.",
            "thanking",
            "the candidate",
        ),
        # An absolute clause after "with": its noun phrase speaks.
        (
            "The group ran ads all month, with one of the ads asking why taxes rose.",
            "asking",
            "the ads",
        ),
        ("The group ran ads all month, with the chairman saying so.", "saying", "the chairman"),
        # The subject of a clause that "and" continues, when a conjunction or a comma
        # opens that clause ...
        (
            "A group of pastors called for a boycott, and the league denounced the remarks "
            "and said it would return the money.",
            "said",
            "the league",
        ),
        (
            "The plan was criticized when the speaker lamented the cost and warned that it "
            "would fail.",
            "warned",
            "the speaker",
        ),
        # ... not a subject inside a reported clause.
        (
            "The senator said he was tired and added that he would run again.",
            "added",
            "The senator",
        ),
        # When the first verb has no subject (an adjective in -ed), a later one does.
        (
            "The retired surgeon has given no details about his plans, saying only that he "
            "was busy.",
            "saying",
            "The retired surgeon",
        ),
        # ... not after a comma ends the phrase after "with".
        ("The senator agreed with the plan, saying it was fair.", "saying", "The senator"),
    ],
)
def test_source_of(sentence: str, cue: str, expected: str | None) -> None:
    assert source(sentence, cue) == expected
