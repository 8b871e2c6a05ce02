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
