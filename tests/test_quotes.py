"""Quotations: a table of quote styles and frames, then properties and adversarial input.

Each row of the table is one way news writes speech, with what must come out: the content
(the speech itself, without marks or frame), the kind, the cue and the canonical speaker.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsquote
from newsquote import Quote

from .strategies import (
    articles,
    odd_text,
    paragraphs_naming_speakers,
    renamed_article,
)

# (text, [(content, kind, cue, speaker name)])
STYLES: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    # Direct quotations: every pair of marks, tail and lead-in frames.
    ("“We will talk,” Peskov said on Monday.", [("We will talk", "direct", "said", "Peskov")]),
    ('"We will talk," said Putin.', [("We will talk", "direct", "said", "Putin")]),
    ("‘We will talk,’ Peskov said.", [("We will talk", "direct", "said", "Peskov")]),
    ("''We will talk,'' said Mr. Smith.", [("We will talk", "direct", "said", "Smith")]),
    ("«We will talk», Peskov said.", [("We will talk", "direct", "said", "Peskov")]),
    ("„We will talk“, Peskov said.", [("We will talk", "direct", "said", "Peskov")]),
    (
        "Kremlin spokesman Dmitry Peskov said: “Security is already strengthened.”",
        [("Security is already strengthened.", "direct", "said", "Dmitry Peskov")],
    ),
    (
        "Peskov emphasized, “Security is already strengthened.”",
        [("Security is already strengthened.", "direct", "emphasized", "Peskov")],
    ),
    (
        "“The talks were useful” — Commissioner Jane Doe.",
        [("The talks were useful", "direct", "—", "Jane Doe")],
    ),
    (
        "“I heard him say ‘never’ twice,” Peskov said.",
        [("I heard him say ‘never’ twice", "direct", "said", "Peskov")],
    ),
    (
        "“Not now,” Ms. Smith, the mayor of the city, told reporters.",
        [("Not now", "direct", "told", "Smith")],
    ),
    (
        'When the deal fell through, Mr. Barrett said, "we were floored."',
        [("we were floored.", "direct", "said", "Barrett")],
    ),
    (
        "“We live in hard times,” my father often said.",
        [("We live in hard times", "direct", "said", "my father")],
    ),
    # A closing mark typed for the opening one at a paragraph's start opens: each
    # quotation keeps the attribution after it, not the one of the line before.
    (
        "”Fear. I am truly afraid that he will win.” ― Carla Sanchez\n“He is clueless.” ― Ana Ruiz",
        [
            ("Fear. I am truly afraid that he will win.", "direct", "―", "Carla Sanchez"),
            ("He is clueless.", "direct", "―", "Ana Ruiz"),
        ],
    ),
    # Indirect speech: every frame.
    (
        "Peskov said the next administration has the chance to change course.",
        [("the next administration has the chance to change course", "indirect", "said", "Peskov")],
    ),
    (
        "Peskov said that the talks would resume.",
        [("the talks would resume", "indirect", "said", "Peskov")],
    ),
    (
        "The talks will resume next week, the Kremlin said on Wednesday.",
        [("The talks will resume next week", "indirect", "said", "Kremlin")],
    ),
    (
        "The talks will resume next week, said Putin.",
        [("The talks will resume next week", "indirect", "said", "Putin")],
    ),
    (
        "According to Reuters, the talks will resume next week.",
        [("the talks will resume next week", "indirect", "According to", "Reuters")],
    ),
    (
        "The talks will resume next week, according to two sources close to the Kremlin.",
        [("The talks will resume next week", "indirect", "according to", "two sources")],
    ),
    (
        "The talks will resume next week, as stated by the Foreign Ministry.",
        [("The talks will resume next week", "indirect", "as stated by", "Foreign Ministry")],
    ),
    (
        "The Kremlin denied reports that Putin had spoken to Trump.",
        [("Putin had spoken to Trump", "indirect", "denied", "Kremlin")],
    ),
    (
        "Peskov, asked about the call, said the two leaders had not spoken.",
        [("the two leaders had not spoken", "indirect", "said", "Peskov")],
    ),
    (
        "In the end, Mr. Rosenthal said, union voters almost always vote for Democrats.",
        [("union voters almost always vote for Democrats", "indirect", "said", "Rosenthal")],
    ),
    (
        "Officials said the plan had been approved.",
        [("the plan had been approved", "indirect", "said", "Officials")],
    ),
    (
        "One source said the plan had been approved.",
        [("the plan had been approved", "indirect", "said", "source")],
    ),
    (
        "A new poll shows Democrats ahead in three swing states.",
        [("Democrats ahead in three swing states", "indirect", "shows", "new poll")],
    ),
    (
        "In July, the NAACP called for a moratorium on charter schools.",
        [("a moratorium on charter schools", "indirect", "called", "NAACP")],
    ),
    (
        "Cruz accused Obama of leading from behind in the fight.",
        [("Obama of leading from behind in the fight", "indirect", "accused", "Cruz")],
    ),
    (
        "Ryan and Trump will meet next week, Spicer said, adding, “They need to talk.”",
        [
            ("Ryan and Trump will meet next week", "indirect", "said", "Spicer"),
            ("They need to talk.", "direct", "adding", "Spicer"),
        ],
    ),
    # Speaker labels: transcripts and interviews.
    (
        "TAPPER: Donald Trump released a video on Friday about racial healing.",
        [
            (
                "Donald Trump released a video on Friday about racial healing",
                "indirect",
                ":",
                "TAPPER",
            )
        ],
    ),
    (
        '"PENCE: Well, look, this is serious business."',
        [("Well, look, this is serious business.", "direct", ":", "PENCE")],
    ),
    (
        "“He is ignorant of our culture.”― Pamela Padilla",
        [("He is ignorant of our culture.", "direct", "―", "Pamela Padilla")],
    ),
    # Mixed: partial quotations inside reported speech.
    (
        "Putin called Zelensky the “greatest salesman” in history.",
        [("greatest salesman", "mixed", "called", "Putin")],
    ),
    (
        "Trump spoke about Vance, describing him as “a more experienced, predictable person”.",
        [("a more experienced, predictable person", "mixed", "describing", "Trump")],
    ),
    (
        "Trump's campaign promise to achieve peace “within 24 hours” was mocked.",
        [("to achieve peace “within 24 hours”", "mixed", "promise", "Trump")],
    ),
    (
        "Peskov said the talks were “useful” and “constructive”.",
        [("the talks were “useful” and “constructive”", "mixed", "said", "Peskov")],
    ),
    # A name in -ly is not an adverb to skip.
    ("“We will win,” Kelly said.", [("We will win", "direct", "said", "Kelly")]),
    # A label that is a heading names no speaker.
    ("Editor's Note: An article on Monday misstated the date of the vote.", []),
    # A verb of manner after a comma-ended quotation still attributes it.
    ("“It is over,” Toomey fumed on Tuesday.", [("It is over", "direct", "fumed", "Toomey")]),
    # A colon makes a short clause a lead-in: its subject speaks, its verb is the cue.
    (
        "Kasich resisted: “Governors do not have that power.”",
        [("Governors do not have that power.", "direct", "resisted", "Kasich")],
    ),
    (
        "As Vulture put it, “Hello, it is the Biebs.”",
        [("Hello, it is the Biebs.", "direct", "put it", "Vulture")],
    ),
    (
        "That is because, as Ms. Yellen puts it, “the best thing we have” is low rates.",
        [("the best thing we have", "mixed", "puts it", "Yellen")],
    ),
    # ... but "it" in a lead-in with no reporting verb names no one.
    (
        "Wait, it gets better: “By law, the president sets the maximum number.”",
        [("By law, the president sets the maximum number.", "direct", None, None)],
    ),
    # A partial quotation inside a clause with any verb: the subject's words.
    (
        "Trump later defended his comments as being “sarcastic.”",
        [("his comments as being “sarcastic.”", "mixed", "defended", "Trump")],
    ),
    # A quotation that ends its sentence: what follows is a new sentence, not its tail.
    (
        "“It was a sad day.” Gov. John Kasich said he would have fired him.",
        [
            ("It was a sad day.", "direct", None, None),
            ("he would have fired him", "indirect", "said", "John Kasich"),
        ],
    ),
    (
        "“I support it.” She did support workers who demanded a raise.",
        [("I support it.", "direct", None, None)],
    ),
    # A quotation with no cue right after an attributed one repeats its cue and speaker.
    (
        "“A deal is close,” Peskov said. “We are ready.”",
        [
            ("A deal is close", "direct", "said", "Peskov"),
            ("We are ready.", "direct", "said", "Peskov"),
        ],
    ),
    # A time phrase that opens the sentence comes before the subject, not after it.
    (
        "On Monday he said he would “strongly consider” it.",
        [("he would “strongly consider” it", "mixed", "said", "he")],
    ),
    # Content that runs into a direct quotation ends at the comma before it; a comma
    # inside closing marks still ends content before a participle.
    (
        "After Peskov said that the talks were “useful, really,” Putin said: “We agree.”",
        [
            ("the talks were “useful, really", "mixed", "said", "Peskov"),
            ("We agree.", "direct", "said", "Putin"),
        ],
    ),
    (
        "Trump told Newsmax that Romney “had a crazy policy,” adding, “He lost.”",
        [
            ("Romney “had a crazy policy", "mixed", "told", "Trump"),
            ("He lost.", "direct", "adding", "Trump"),
        ],
    ),
    # A coordinated clause with its own subject and cue is a second attribution; a
    # reporting verb after a relative clause resumes the main one.
    (
        "Voters said life would be worse, while most analysts said it would not.",
        [
            ("life would be worse", "indirect", "said", "Voters"),
            ("it would not", "indirect", "said", "analysts"),
        ],
    ),
    (
        "Podesta, who said the project was vetted, said he was unaware of any dispute.",
        [
            ("the project was vetted", "indirect", "said", "Podesta"),
            ("he was unaware of any dispute", "indirect", "said", "Podesta"),
        ],
    ),
    (
        "He said the plan, announced Monday, would work.",
        [("the plan, announced Monday, would work", "indirect", "said", "He")],
    ),
    # An attribution line of its own after the quotation.
    (
        "“I went to Wall Street before the crash.”\n\n- Clinton.\n\nShe often says so.",
        [("I went to Wall Street before the crash.", "direct", "-", "Clinton")],
    ),
    # A passive naming verb: the agent after "by" speaks.
    (
        "The strategy has been called “strategic ambiguity” by Joshua Hendrick.",
        [("strategic ambiguity", "mixed", "called", "Joshua Hendrick")],
    ),
    # A progressive reporting verb is finite.
    (
        "Trump is telling a town hall in Salem that waterboarding is “peanuts.”",
        [("waterboarding is “peanuts.”", "mixed", "telling", "Trump")],
    ),
    # A headline in title case: the name before its capitalised cue speaks.
    (
        "Trump Says He Will Win Florida\n\nThe candidate spoke on Monday.",
        [("He Will Win Florida", "indirect", "Says", "Trump")],
    ),
    # A passive cue: the agent after "by" speaks.
    ("“We will win,” Trump was told by Mr. Smith.", [("We will win", "direct", "told", "Smith")]),
    # A cue word after an article and an adjective is a noun ("a call for" reports).
    (
        "Cruz made an unprompted call for an end to sugar subsidies.",
        [("an end to sugar subsidies", "indirect", "call", "Cruz")],
    ),
]

# Quote marks with no one quoted: scare quotes, titles of works, nicknames.
NOT_QUOTES = [
    "The film “Gone with the Wind” opened in 1939.",
    "The so-called “peace plan” was never published.",
    "He read “War and Peace” twice before the summer.",
    "The “special military operation” entered its third year.",
    "Shares of the company rose 3% on Monday.",
    "The United States and the European Union signed the agreement.",
    "In an interview with CNN, the minister looked tired.",
    "Update: The story was updated on Monday with new figures.",
    "Christie: A closing surge.",
    "He showed the way to the station and found a seat.",
    "‘Time’ Just Announced Its ‘Person Of The Year’",
]


def _row(q: Quote) -> tuple[str, str, str | None, str | None]:
    return (
        q.text,
        q.kind,
        q.cue.text if q.cue else None,
        q.speaker.name if q.speaker else None,
    )


@pytest.mark.parametrize(("text", "expected"), STYLES, ids=[t[:40] for t, _ in STYLES])
def test_quote_styles(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert [_row(q) for q in newsquote.find_quotes(text)] == expected


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_one_quoted(text: str) -> None:
    assert newsquote.find_quotes(text) == ()


def test_paragraphs_of_one_quotation() -> None:
    # A quotation that runs across paragraphs: an opening mark at each, one close at the end.
    text = "“It is a long story,” he said.\n\n“It started in 2014.\n\n“It is not over yet.”"
    quotes = newsquote.find_quotes(text)
    assert [q.text for q in quotes] == [
        "It is a long story",
        "It started in 2014.",
        "It is not over yet.",
    ]
    assert {q.speaker_mention.text for q in quotes if q.speaker_mention} == {"he"}


def test_colon_paragraph_introduces_block_quotation() -> None:
    text = "Cruz continued:\n\n“You look at the questions. They are a disgrace.”"
    (q,) = newsquote.find_quotes(text)
    assert (q.text, q.kind, q.speaker and q.speaker.name) == (
        "You look at the questions. They are a disgrace.",
        "direct",
        "Cruz",
    )
    assert q.cue is not None
    assert q.cue.text == "continued"


def test_offsets_are_by_construction() -> None:
    text = "Intro.\n\n“We will talk,” Peskov said. He added that it was “useful”."
    for q in newsquote.find_quotes(text):
        assert text[q.start : q.end] == q.text
        for m in (q.cue, q.speaker_mention):
            assert m is not None
            assert text[m.start : m.end] == m.text


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------


def check_quotes(text: str, quotes: tuple[Quote, ...]) -> None:
    """Spans slice back; content lies outside its own marks and frame."""
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.kind in ("direct", "mixed", "indirect")
        for m in (q.cue, q.speaker_mention):
            if m is not None:
                assert text[m.start : m.end] == m.text
        if q.cue is not None:
            assert not (q.start < q.cue.start and q.cue.end < q.end) or q.kind != "direct"
    starts = [q.start for q in quotes]
    assert starts == sorted(starts) or len(set(starts)) == len(starts)


@given(st.one_of(articles, odd_text))
def test_spans_slice_back(text: str) -> None:
    check_quotes(text, newsquote.find_quotes(text))


@given(renamed_article())
def test_renaming_a_speaker_renames_only_the_speaker(
    case: tuple[str, str, dict[str, str]],
) -> None:
    original, renamed, mapping = case
    before = newsquote.find_quotes(original)
    after = newsquote.find_quotes(renamed)

    def rename(s: str | None) -> str | None:
        if s is None:
            return None
        for old, new in mapping.items():
            s = s.replace(old, new)
        return s

    assert [(rename(q.text), q.kind, q.cue and q.cue.text) for q in before] == [
        (q.text, q.kind, q.cue and q.cue.text) for q in after
    ]
    assert [rename(q.speaker.name if q.speaker else None) for q in before] == [
        q.speaker.name if q.speaker else None for q in after
    ]


@given(paragraphs_naming_speakers.flatmap(lambda ps: st.tuples(st.just(ps), st.permutations(ps))))
def test_paragraph_order_keeps_each_paragraphs_quotes(case: tuple[list[str], list[str]]) -> None:
    paragraphs, shuffled = case

    def by_paragraph(paras: list[str]) -> dict[str, list[tuple[object, ...]]]:
        text = "\n\n".join(paras)
        quotes = newsquote.find_quotes(text)
        out: dict[str, list[tuple[object, ...]]] = {}
        pos = 0
        for p in paras:
            start = text.index(p, pos)
            end = start + len(p)
            pos = end
            out[p] = [
                (q.text, q.kind, q.cue and q.cue.text, q.speaker and q.speaker.name)
                for q in quotes
                if start <= q.start < end
            ]
        return out

    assert by_paragraph(paragraphs) == by_paragraph(shuffled)


# --------------------------------------------------------------------------------------
# Adversarial input: long, degenerate strings finish and keep the invariants (no timing
# is asserted; patterns must not backtrack catastrophically).
# --------------------------------------------------------------------------------------

N = 100_000
ADVERSARIAL = {
    "open marks": "“" * N,
    "unbalanced": "“a " * (N // 3),
    "straight marks": '"' * N,
    "apostrophe pairs": "'' " * (N // 3),
    "nested": "“‘“‘" * (N // 4),
    "he said": "he said, " * (N // 9),
    "commas": ", " * (N // 2),
    "words and commas": "word, " * (N // 6),
    "according to": "according to " * (N // 13),
    "titles": "Mr. " * (N // 4),
    "capitals": "A " * (N // 2),
    "said that": "Peskov said that " * (N // 17),
    "quote tails": "“We will,” he said. " * (N // 20),
    "possessive claims": "Trump's claim that " * (N // 19),
    "relative clauses": "Obama, who said " * (N // 16),
    "line breaks": "“\n" * (N // 2),
    "dashes": "— " * (N // 2),
    "as reported": "As The Times reported, " * (N // 23),
    "and subject said": "and one in four said " * (N // 21),
    "compared with": "compared with 23 percent who " * (N // 29),
    "adjunct that": "said on Monday, in Tulsa, Oklahoma, " * (N // 36),
    "interrupted": "“A,” said Lee, " * (N // 15),
    "described as": "admires Putin as a “leader” " * (N // 27),
    "colon lead-ins": "Senator Kerr, D-Ore., sent a warning: “x” " * (N // 43),
    "fronted adjuncts": "Amid calls, " * (N // 12),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_finishes(name: str) -> None:
    text = ADVERSARIAL[name]
    check_quotes(text, newsquote.find_quotes(text))


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("He went on to say the plan would fail.", "He", "say", "the plan would fail"),
        (
            "The senator continued to insist that the bill was dead.",
            "The senator",
            "insist",
            "the bill was dead",
        ),
    ],
)
def test_cue_after_going_on_to(text: str, speaker: str, cue: str, content: str) -> None:
    # "went on to say", "continued to insist": the infinitive reports the subject.
    (q,) = newsquote.find_quotes(text)
    assert (q.speaker_mention and q.speaker_mention.text, q.cue and q.cue.text, q.text) == (
        speaker,
        cue,
        content,
    )


def test_participle_after_possessive_noun_takes_subject() -> None:
    # "downplayed Ryan’s comments, saying ...": "comments" is a noun after a possessive,
    # so the participle reports the sentence's subject, not Ryan.
    text = "One aide tried to downplay Ryan’s comments, saying they were “not a big deal.”"
    (q,) = newsquote.find_quotes(text)
    assert q.speaker_mention is not None
    assert q.speaker_mention.text == "One aide"


def test_participle_after_weak_past_cue_takes_its_source() -> None:
    # "X added, saying ...": a past-tense cue before the comma is a verb, and the
    # participle continues its frame.
    text = "“It is over,” Lewandowski added, saying it should be “up to the prosecutor.”"
    quotes = newsquote.find_quotes(text)
    assert [q.speaker_mention and q.speaker_mention.text for q in quotes] == [
        "Lewandowski",
        "Lewandowski",
    ]


def test_cue_noun_after_possessive_is_not_the_verb() -> None:
    # "Trump's comments ... were “intolerable”": after a possessive, "comments" is a noun;
    # the reporting verb before it (told) frames the partial quotation.
    text = "He told the festival that Trump's comments about immigrants were “intolerable.”"
    (q,) = newsquote.find_quotes(text)
    assert (q.speaker_mention and q.speaker_mention.text, q.cue and q.cue.text) == ("He", "told")


def test_short_sentence_before_a_quotation_names_its_speaker() -> None:
    # "Bystrom agreed. “...”": a subject and a cue alone in a sentence introduce the
    # quotation after it; a longer sentence does not.
    (q,) = newsquote.find_quotes("Dianne Bystrom agreed. “Mainstream Republicans are out of time.”")
    assert (q.speaker_mention and q.speaker_mention.text, q.cue and q.cue.text) == (
        "Dianne Bystrom",
        "agreed",
    )
    (q,) = newsquote.find_quotes("The crowd cheered loudly. “We had no choice.”")
    assert q.speaker_mention is None


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "During the debate, Hillary Clinton cracked, “I'm a progressive.”",
            "Hillary Clinton",
            "cracked",
        ),
        ("Mr. Smith shot back, “That would be good.”", "Mr. Smith", "shot"),
    ],
)
def test_any_past_verb_before_comma_and_quotation_is_a_lead_in(
    text: str, speaker: str, cue: str
) -> None:
    (q,) = newsquote.find_quotes(text)
    assert (q.speaker_mention and q.speaker_mention.text, q.cue and q.cue.text) == (speaker, cue)
