"""Speakers: mentions and their resolution across an article."""

from __future__ import annotations

import pytest
from hypothesis import given

import newsquote

from .strategies import renamed_article

ARTICLE = """\
Kremlin spokesman Dmitry Peskov said on Thursday that Moscow was ready for talks.

“We will talk to anyone,” Peskov said. “But not on these terms.”

He emphasized that security had been strengthened.

The Kremlin spokesperson added that no date had been set.

Sources close to the Kremlin said the meeting could take place in May.

The Kremlin said it had not been consulted.
"""


def speakers_of(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (
            q.speaker_mention.text if q.speaker_mention else None,
            q.speaker.name if q.speaker else None,
            q.speaker.kind if q.speaker else None,
        )
        for q in newsquote.find_quotes(text)
    ]


def test_resolution_across_an_article() -> None:
    assert speakers_of(ARTICLE) == [
        # The fullest name the article gives; titles and role are not part of it.
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "person"),
        # A surname takes the full name.
        ("Peskov", "Dmitry Peskov", "person"),
        # A quotation with no cue right after a quotation continues its speaker.
        ("Peskov", "Dmitry Peskov", "person"),
        # A pronoun takes the person in focus.
        ("He", "Dmitry Peskov", "person"),
        # A role noun takes the person introduced with that role.
        ("The Kremlin spokesperson", "Dmitry Peskov", "person"),
        # Anonymous sources keep their description.
        ("Sources close to the Kremlin", "sources close to the Kremlin", "source"),
        ("The Kremlin", "Kremlin", "organization"),
    ]


def test_article_lists_each_speaker_once() -> None:
    art = newsquote.process(ARTICLE)
    names = [s.name for s in art.speakers]
    assert len(names) == len(set(names))
    assert "Dmitry Peskov" in names
    assert "Kremlin" in names


@pytest.mark.parametrize(
    ("text", "mention", "name", "kind"),
    [
        (
            "The White House said the plan was ready.",
            "The White House",
            "White House",
            "organization",
        ),
        ("Reuters reported that the plan was ready.", "Reuters", "Reuters", "organization"),
        ("NATO said the plan was ready.", "NATO", "NATO", "organization"),
        ("One source said the plan was ready.", "One source", "source", "source"),
        ("Officials said the plan was ready.", "Officials", "Officials", "group"),
        ("Most said they were worried about the economy.", "Most", "Most", "group"),
        (
            "Russian President Vladimir Putin said the plan was ready.",
            "Russian President Vladimir Putin",
            "Vladimir Putin",
            "person",
        ),
        ("Mr. Trump said the plan was ready.", "Mr. Trump", "Trump", "person"),
        (
            "Peskov, Putin's spokesman, said the plan was ready.",
            "Peskov",
            "Peskov",
            "person",
        ),
        (
            "After winning Ohio, Gov. John Kasich (R-OH), said the plan was ready.",
            "Gov. John Kasich",
            "John Kasich",
            "person",
        ),
        (
            "Lance Beebe, 49, a Navy veteran, said the plan was ready.",
            "Lance Beebe",
            "Lance Beebe",
            "person",
        ),
        (
            "Huckabee’s campaign said the plan was ready.",
            "Huckabee’s campaign",
            "Huckabee’s campaign",
            "organization",
        ),
        (
            "Sen. Jack Reed (D-R.I.) said after a lunch that the plan was ready.",
            "Sen. Jack Reed",
            "Jack Reed",
            "person",
        ),
        # A city and its state close a parenthetical: the subject is before it.
        (
            "Clinton, during a town hall in Columbus, Ohio, said the plan was ready.",
            "Clinton",
            "Clinton",
            "person",
        ),
        # The object of a relative clause is not the subject of the verb after it.
        (
            "Aides who spoke with The Huffington Post said the plan was ready.",
            "Aides",
            "Aides",
            "group",
        ),
        # A time phrase between subject and verb is skipped.
        (
            "Mr. Gore's allies have in the past said the plan was ready.",
            "Mr. Gore's allies",
            "Mr. Gore's allies",
            "group",
        ),
        ("Several said the plan was ready.", "Several", "Several", "group"),
        # An age and a home town between commas; a time phrase in "ago".
        (
            "Cory James, 22, of Flint, Mich., said the plan was ready.",
            "Cory James",
            "Cory James",
            "person",
        ),
        (
            "The State Department two weeks ago said the plan was ready.",
            "The State Department",
            "State Department",
            "organization",
        ),
        # A number after a capitalised word is part of the name.
        (
            "Article 33 affirms: “No state shall expel a refugee.”",
            "Article 33",
            "Article 33",
            "person",
        ),
    ],
)
def test_mentions(text: str, mention: str, name: str, kind: str) -> None:
    (q,) = newsquote.find_quotes(text)
    assert q.speaker_mention is not None
    assert q.speaker is not None
    assert (q.speaker_mention.text, q.speaker.name, q.speaker.kind) == (mention, name, kind)


def test_relative_pronoun_takes_its_antecedent() -> None:
    text = (
        "Barack Obama spoke in Ohio.\n\nIt was praised by Obama, who called the deal “a disaster.”"
    )
    (q,) = newsquote.find_quotes(text)
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == "who"
    assert q.speaker is not None
    assert q.speaker.name == "Barack Obama"


def test_pronoun_takes_the_most_recent_person_in_focus() -> None:
    text = (
        "Angela Merkel met Emmanuel Macron in Paris.\n\n"
        "Macron praised the agreement. He said the deal would last."
    )
    (q,) = newsquote.find_quotes(text)
    assert q.speaker is not None
    assert q.speaker.name == "Emmanuel Macron"


def test_possessive_source() -> None:
    (q,) = newsquote.find_quotes(
        "Trump's campaign promise to end the war “within 24 hours” failed."
    )
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == "Trump"
    assert q.cue is not None
    assert q.cue.text == "promise"


def test_participle_takes_the_sentence_subject() -> None:
    text = "Speaking at a rally in Ohio, Jane Doe attacked her rival, calling him “a total stiff.”"
    (q,) = newsquote.find_quotes(text)
    assert q.speaker is not None
    assert q.speaker.name == "Jane Doe"
    assert q.text == "a total stiff"


@given(renamed_article())
def test_renaming_changes_only_the_name(case: tuple[str, str, dict[str, str]]) -> None:
    original, renamed, mapping = case
    old_first, old_last = list(mapping)
    new_first, new_last = mapping[old_first], mapping[old_last]
    before = {s.name for s in newsquote.process(original).speakers}
    after = {s.name for s in newsquote.process(renamed).speakers}
    expected = {n.replace(old_first, new_first).replace(old_last, new_last) for n in before}
    assert after == expected


def test_a_verb_never_heads_a_relative_clause_antecedent() -> None:
    # "aligns with ... allies who blamed": the speaker is the allies, not the clause.
    text = (
        "This stance aligns with some Republican allies who quickly blamed Biden "
        "for the security lapse."
    )
    (quote,) = newsquote.find_quotes(text)
    assert quote.speaker == newsquote.Speaker(name="some Republican allies", kind="group")


def test_source_names_keep_the_case_of_names() -> None:
    (quote,) = newsquote.find_quotes("Sources close to the Kremlin said the talks had failed.")
    assert quote.speaker == newsquote.Speaker(name="sources close to the Kremlin", kind="source")
