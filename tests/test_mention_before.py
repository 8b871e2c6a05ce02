"""The subject before a cue: appositive names and finite verbs (``mention_before``)."""

from __future__ import annotations

import pytest

import newsquote
from newsquote._mention_before import mention_before


@pytest.mark.parametrize(
    ("text", "cue", "mention"),
    [
        # A name between commas after a common noun phrase with a prepositional object
        # names that phrase: the name, not the object, is the subject.
        (
            "His longtime partner at Brightwater, Daniel K. Moore, called the sale a mistake.",
            "called",
            "Daniel K. Moore",
        ),
        (
            "The chief counsel for Halvorsen, Maria Ortiz, described the ruling as unfair.",
            "described",
            "Maria Ortiz",
        ),
        # A name led by lower-case role words is an appositive name too.
        (
            "But the other guest on the panel, former Secretary of Labor Ann Price, drew a "
            "sharp contrast.",
            "drew",
            "Secretary of Labor Ann Price",
        ),
        # A name before the commas keeps its subject ("Peskov, Putin's spokesman, said").
        ("Halvorsen, Moore's lawyer, said the deal was void.", "said", "Halvorsen"),
        # A place after a name is not an appositive name.
        ("Tom Reyes of Dayton, Ohio, said the plant would close.", "said", "Tom Reyes of Dayton"),
        # A mention holds no finite verb: the object of a causative speaks.
        ("The verdict prompted Senator Vance to say the jury erred.", "to", "Senator Vance"),
        ("The scandal forced Mayor Ruiz to admit the error.", "to", "Mayor Ruiz"),
        # A past participle before a name stays a modifier of it.
        ("The retired General Hale said the plan was sound.", "said", "The retired General Hale"),
        # An auxiliary or an object pronoun is never inside a noun phrase: the subject
        # is the noun before the restrictive relative clause.
        (
            "But the unions that have backed him say the vote was fair.",
            "say",
            "the unions",
        ),
        # A participle and its time: "a survey released Friday" is one phrase.
        (
            "A new survey released Friday found that voters were split.",
            "found",
            "A new survey released Friday",
        ),
    ],
)
def test_mention_before(text: str, cue: str, mention: str) -> None:
    found = mention_before(text, text.index(f" {cue} ") + 1, 0)
    assert found is not None, text
    assert text[found.start : found.end] == found.text
    assert found.text == mention, found


def test_appositive_name_speaks() -> None:
    text = (
        "His longtime partner at Brightwater, Daniel K. Moore, said that the sale had "
        "been a costly mistake for the firm."
    )
    quotes = newsquote.find_quotes(text)
    assert quotes
    mention = quotes[-1].speaker_mention
    assert mention is not None
    assert mention.text == "Daniel K. Moore"
