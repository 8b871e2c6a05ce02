"""Hypothesis strategies, all in one place.

Built from the sample articles in ``tests/data``: whole articles, their paragraphs, the
boilerplate lines pages leave in extracted text, and arbitrary text (however odd).
"""

from __future__ import annotations

import pathlib

from hypothesis import strategies as st

DATA = pathlib.Path(__file__).resolve().parent / "data"
SEEDS: dict[str, str] = {
    p.name: p.read_text(encoding="utf-8") for p in sorted((DATA / "seeds").glob("*.txt"))
}

# Typical page furniture, as it appears between the paragraphs of extracted text.  These
# are shapes seen across many sites, not the lines of the sample articles.
MENU_LINES = ["Home", "World", "Politics", "Business", "Sport", "Opinion", "Latest News", "Menu"]
SHARE_LINES = [
    "Share",
    "Share this article",
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Telegram",
    "Copy link",
    "Print",
    "Follow us on Facebook",
    "Share on X",
]
PROMO_LINES = [
    "Download the app now",
    "Get the Daily Planet app for the latest news",
    "Loving Daily Planet? Download the app now",
    "Subscribe to our newsletter for the latest updates",
    "Advertisement",
    "Also Read: Markets rally as rates hold",
    "Recommended Stories",
    "Read more",
    "3 min read",
    "Views: 1,024",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "© 2024 Daily Planet. All rights reserved.",
]
BOILERPLATE_LINES = MENU_LINES + SHARE_LINES + PROMO_LINES

articles = st.sampled_from(sorted(SEEDS.values()))
boilerplate_lines = st.sampled_from(BOILERPLATE_LINES)

# Text of every kind: arbitrary Unicode (surrogates included), and text made of the
# characters that drive the rules: quote marks, dots, digits, dashes, line breaks.
odd_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF)),
    st.text(alphabet="“”‘’\"'«».?!…:;,—-– \n\r\tAaBb0123456789$%()[]<>/", max_size=400),
    st.lists(
        st.sampled_from(
            [
                "said",
                "Mr.",
                "U.S.",
                "“",
                "”",
                '"',
                "He",
                "Peskov",
                "on Monday",
                ".",
                ",",
                "\n",
                "Jan.",
                "2024",
                "7-11-2024",
                "according to",
                "that",
                " ",
                "\n\n",
            ]
        ),
        max_size=80,
    ).map(" ".join),
)


@st.composite
def with_injected_boilerplate(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """A sample article with furniture lines inserted between its lines.

    Returns (original, injected, inserted lines).
    """
    original = draw(articles)
    lines = original.split("\n")
    inserted: list[str] = []
    # Insert only between paragraphs of the article body (after a line of prose and before
    # another), where furniture shows up in extracted text.
    prose_gaps = [
        i
        for i in range(1, len(lines))
        if len(lines[i - 1].split()) >= 12 and len(lines[i].split()) >= 12
    ] or [len(lines)]
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        at = draw(st.sampled_from(prose_gaps))
        line = draw(boilerplate_lines)
        lines.insert(at, line)
        inserted.append(line)
        prose_gaps = [g + 1 if g > at else g for g in prose_gaps]
    return original, "\n".join(lines), inserted


# --------------------------------------------------------------------------------------
# Sentence segmentation
# --------------------------------------------------------------------------------------

# Pieces of news prose that drive the segmentation rules: abbreviations, initials, numbers,
# addresses, ellipses, list markers, quote marks in both directions, reporting tails.
SEGMENT_PIECES = [
    "Mr.",
    "Dr.",
    "Gov.",
    "Sen.",
    "U.S.",
    "U.K.",
    "Jan.",
    "Sept.",
    "No.",
    "Inc.",
    "Co.",
    "a.m.",
    "p.m.",
    "J.D.",
    "E.",
    "I.",
    "3.5%",
    "$1.5",
    "billion",
    "$100.00.",
    "example.com.",
    "jane.doe@example.com",
    "https://example.org/a.html",
    "...",
    "…",
    ". . .",
    "[...]",
    "1.)",
    "2.",
    "a.",
    "•",
    "?!",
    "!",
    "?",
    ".",
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "(",
    ")",
    "—",
    "said",
    "Peskov",
    "responded.",
    "He",
    "The",
    "it",
    "was",
    "Smith",
]

# One paragraph: a line of a sample article, arbitrary text without line breaks, or words
# of the pieces above.
paragraphs = st.one_of(
    articles.map(lambda a: [p for p in a.splitlines() if p.strip()] or [""]).flatmap(
        st.sampled_from
    ),
    st.text(
        alphabet=st.characters(blacklist_characters="\n\r", codec="utf-8"),
        max_size=200,
    ),
    st.lists(st.sampled_from(SEGMENT_PIECES), max_size=40).map(" ".join),
)

# The line breaks that separate paragraphs in extracted text.
paragraph_breaks = st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\n \n"])


@st.composite
def articles_of_paragraphs(draw: st.DrawFn) -> tuple[str, list[tuple[int, str]]]:
    """An article built from paragraphs; returns (text, [(offset, paragraph), ...])."""
    parts = draw(st.lists(paragraphs, min_size=1, max_size=6))
    text = ""
    placed: list[tuple[int, str]] = []
    for i, para in enumerate(parts):
        if i:
            text += draw(paragraph_breaks)
        placed.append((len(text), para))
        text += para
    return text, placed


@st.composite
def with_stray_quote(draw: st.DrawFn) -> str:
    """A sample article (or built one) with one unbalanced quote mark put into a line."""
    text = draw(st.one_of(articles, articles_of_paragraphs().map(lambda x: x[0])))
    mark = draw(st.sampled_from(["“", "”", '"', "‘", "’", "'", "«", "»", "(", "["]))
    at = draw(st.integers(min_value=0, max_value=len(text)))
    return text[:at] + mark + text[at:]


# --------------------------------------------------------------------------------------
# Quotations and speakers (tests/test_quotes.py, tests/test_speakers.py)
# --------------------------------------------------------------------------------------

# Made-up people whose first and last names share no word with each other or with the
# templates, so renaming one touches nothing else.
PEOPLE = [
    ("Anna", "Kowalski"),
    ("Pedro", "Alvarez"),
    ("Mei", "Tanaka"),
    ("Olu", "Adeyemi"),
    ("Lars", "Nilsson"),
    ("Sara", "Haddad"),
]
SPARE_PEOPLE = [("Ines", "Moreau"), ("Tomas", "Horvath"), ("Yuki", "Sato")]
CLAUSES = [
    "the talks would resume next week",
    "the budget had been approved",
    "prices were likely to rise",
    "the plan was not ready",
]
SPEECH = [
    "We will not give up",
    "This is a historic day",
    "Nobody expected this result",
    "The numbers speak for themselves",
]
# Paragraph shapes that name their speaker in full; {last} alone only after {full}.
SPEAKER_TEMPLATES = [
    "“{speech},” {full} said.",
    "“{speech},” said {full}.",
    "{full} said that {clause}.",
    "{full} said {clause}.",
    "According to {full}, {clause}.",
    "{Clause}, {full} said on Monday.",
    "{full} said: “{speech}.”",
    "{full} arrived on Monday. “{speech},” {last} said.",
    "{full} arrived on Monday. She said that {clause}.",
    "{full} warned that {clause} and called the delay “{speech_lower}”.",
]


@st.composite
def speaker_paragraph(draw: st.DrawFn, person: tuple[str, str] | None = None) -> str:
    """One paragraph that names its speaker."""
    first, last = person if person is not None else draw(st.sampled_from(PEOPLE))
    template = draw(st.sampled_from(SPEAKER_TEMPLATES))
    clause = draw(st.sampled_from(CLAUSES))
    speech = draw(st.sampled_from(SPEECH))
    return template.format(
        full=f"{first} {last}",
        last=last,
        clause=clause,
        Clause=clause[:1].upper() + clause[1:],
        speech=speech,
        speech_lower=speech[:1].lower() + speech[1:],
    )


paragraphs_naming_speakers = st.lists(speaker_paragraph(), min_size=1, max_size=6, unique=True)


@st.composite
def renamed_article(draw: st.DrawFn) -> tuple[str, str, dict[str, str]]:
    """An article of speaker paragraphs, the same with one speaker renamed throughout,
    and the renaming (old word -> new word)."""
    paragraphs = draw(paragraphs_naming_speakers)
    text = "\n\n".join(paragraphs)
    present = [p for p in PEOPLE if p[1] in text] or [PEOPLE[0]]
    old = draw(st.sampled_from(present))
    new = draw(st.sampled_from(SPARE_PEOPLE))
    mapping = {old[0]: new[0], old[1]: new[1]}
    renamed = text
    for a, b in mapping.items():
        renamed = renamed.replace(a, b)
    return text, renamed, mapping


# --------------------------------------------------------------------------------------
# Boilerplate removal
# --------------------------------------------------------------------------------------

# Furniture lines of every kind, in the shapes news sites give them (names and sites are
# invented).  None of them is a sentence of news; each must go wherever it is put.
FURNITURE_BY_KIND: dict[str, list[str]] = {
    "menu": ["Home", "World", "Menu", "Politics Business Sport"],
    "share": [
        "Share",
        "Share this article",
        "Follow us on Instagram",
        "Copy link",
        "print",
        "Ссылка скопирована",
        "Facebook Twitter WhatsApp Telegram",
        "share-lineLiked the story? Share it on social media!",
        "Like this story? Share it with a friend!",
    ],
    "promo": [
        "Loving Daily Planet? Download the app now",
        "Jane Doe WhatsApp Channel",
        "CLICK HERE TO GET THE DAILY PLANET APP",
    ],
    "newsletter": ["Sign up for our morning newsletter", "Thanks for signing up!"],
    "advert": ["Advertisement", "Story continues below advertisement"],
    "related": [
        "Also Read: Markets rally as rates hold",
        "Recommended Stories",
        "You may also like...",
        "Read more: Ministers meet in Brussels",
        "Latest News",
    ],
    "caption": [
        "FILE PHOTO: Ministers meet in Brussels, Belgium. REUTERS/Jane Doe",
        "Main image credit: Getty",
    ],
    "credit": [
        "With inputs from Reuters",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Jane Doe contributed reporting from Brussels.",
    ],
    "legal": [
        "© 2024 Daily Planet. All rights reserved.",
        "Daily Planet © 2024",
        "Any use of materials is allowed only if there is a hyperlink to dailyplanet.com",
    ],
    "comments": [
        "Please enable JavaScript to view the comments powered by Disqus.",
        "Leave a comment",
    ],
    "tags": ["Tags: Putin, Trump, Kremlin"],
    "debris": ["Views: 1,024", "3 min read", "|", "A+", "Reading time: 2 minutes"],
}
FURNITURE_LINES = sorted({line for lines in FURNITURE_BY_KIND.values() for line in lines})
furniture_lines = st.sampled_from(FURNITURE_LINES)


@st.composite
def injected_anywhere(
    draw: st.DrawFn,
    texts: list[str],
    lines_from: st.SearchStrategy[str] = furniture_lines,
    most: int = 5,
) -> tuple[str, str, list[str]]:
    """One of ``texts`` with lines from ``lines_from`` (furniture by default) put at
    random line boundaries, top and bottom included.  Returns (original, injected,
    inserted lines)."""
    original = draw(st.sampled_from(texts))
    lines = original.split("\n")
    inserted: list[str] = []
    for _ in range(draw(st.integers(min_value=1, max_value=most))):
        at = draw(st.integers(min_value=0, max_value=len(lines)))
        line = draw(lines_from)
        lines.insert(at, line)
        inserted.append(line)
    return original, "\n".join(lines), inserted


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

import datetime as dt  # noqa: E402 - this section was appended to the file

# Moments the absolute date formats can write (their years are 1600 to 2099).
date_moments = st.datetimes(
    min_value=dt.datetime(1600, 1, 1), max_value=dt.datetime(2099, 12, 31, 23, 59, 59)
)
date_anchors = st.datetimes(min_value=dt.datetime(1700, 1, 1), max_value=dt.datetime(2090, 1, 1))

# Date expressions of every family, and plain words to put between them.
DATE_PHRASES = [
    "on Wednesday",
    "Saturday’s attack",
    "last Monday",
    "next Friday",
    "will meet on Thursday",
    "in January",
    "met in September",
    "Jan. 20",
    "November 7th",
    "20 January",
    "07 November 2024 15:40",
    "Thursday, November 7, 2024 2:21:13 PM",
    "7-11-2024 02:20 PM",
    "11/7/2024",
    "2024-11-07T14:20:00",
    "the 1990s",
    "2022",
    "yesterday",
    "tonight",
    "last May",
    "next week",
    "earlier this year",
    "this month",
    "four years earlier",
    "two weeks ago",
    "now",
    "recently",
    "2024-W45",
    "the third quarter",
    "Q3 2024",
    "the first half of 2024",
    "this summer",
    "Wednesday morning",
    "mid-March",
    "early December",
    "nearly three years",
    "the last 24 hours",
    "every Monday",
    "annually",
    "10:35 a.m.",
    "noon Thursday",
    "Christmas",
    "a 6-year-old",
    "may",
]
DATE_FILLER = ["the", "talks", "said", "will", "was", "held", ".", ",", "\n", "year", "4", "—"]
date_texts = st.lists(st.sampled_from(DATE_PHRASES + DATE_FILLER), max_size=40).map(" ".join)

# Dates, continued: phrases whose matches run past their last trigger ("two weeks and a
# half or so before that"), or that reset what the text is speaking of.  Mixed with the
# ones above, they check that the trigger windows find what a full scan finds.
DATE_TAIL_PHRASES = [
    "two weeks and a half or so before that",
    "ten days from now",
    "a year after",
    "a year after the election",
    "the first quarter of fiscal next year",
    "the third quarter of 1989",
    "the same period a year earlier",
    "the corresponding period last year",
    "last year's quarter",
    "the latest quarter",
    "the nine months",
    "these days",
    "the 1990's",
    "Monday afternoon",
    "the past decade",
    "that same day",
    "later that year",
    "in June 1998",
    "recent years",
    "planned to leave on Thursday",
    "the last half of 1989",
    "4 in the morning",
    "April 24 and 25",
    "the next morning",
]
date_tail_texts = st.lists(
    st.sampled_from(DATE_PHRASES + DATE_FILLER + DATE_TAIL_PHRASES), max_size=40
).map(" ".join)


# --------------------------------------------------------------------------------------
# Boilerplate: comment-section headings
# --------------------------------------------------------------------------------------

# Headings of a comment section.  Under one, when comments follow, all text goes; put
# anywhere in an article with no comments (a counter in a share bar), one must go alone.
COMMENT_HEADINGS = [
    "1 comment",
    "2 comments",
    "12 comments",
    "Comments (3)",
    "Top Rated Comments",
    "Reader comments",
    "Комментарии",
]


def injected_comment_headings(texts: list[str]) -> st.SearchStrategy[tuple[str, str, list[str]]]:
    """One of ``texts`` with comment-section headings, and other furniture, put at random
    line boundaries.  Returns (original, injected, inserted lines)."""
    return injected_anywhere(
        texts, st.one_of(st.sampled_from(COMMENT_HEADINGS), furniture_lines), 4
    )
