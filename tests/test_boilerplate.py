"""The line classifier: furniture out, article in, title/time/authors kept."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsquote
from newsquote import Cleaned

from .conftest import seed_texts, shared_path
from .strategies import (
    FURNITURE_BY_KIND,
    articles,
    injected_anywhere,
    injected_comment_headings,
    odd_text,
)

# A paragraph of news to put furniture around: long enough to be prose wherever it is.
LEAD = (
    "Kremlin spokesman Dmitry Peskov said on Thursday that no talks with the new "
    "administration had been planned yet."
)
CLOSE = "He added that Moscow would judge the new team by its actions, not by its words."


def around(line: str) -> str:
    """``line`` between two paragraphs of prose, as extracted text has it."""
    return f"{LEAD}\n\n{line}\n\n{CLOSE}"


def check_offsets(cleaned: Cleaned) -> None:
    for b in cleaned.boilerplate:
        assert cleaned.source[b.start : b.end] == b.text
        assert b.text
        assert b.text == b.text.strip()


# --------------------------------------------------------------------------------------
# Furniture goes, by kind
# --------------------------------------------------------------------------------------

FURNITURE = [(kind, line) for kind, lines in FURNITURE_BY_KIND.items() for line in lines] + [
    ("share", "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."),
    ("share", "Send Push"),
    ("promo", "Nitin A Gokhale WhatsApp Channel"),
    ("promo", "Have a tip? Jane Doe may be reached at jdoe@example.com."),
    ("newsletter", "Get the latest updates right in your inbox. Subscribe to our newsletters."),
    ("related", "Related post: Pickled Brussels Sprouts Recipe"),
    ("related", "China furious at Macron for protest jibe\u00a0[INSIGHT]"),
    ("related", "Also on example.com Journalists threatened with arrest"),
    ("caption", "FILE PHOTO: Russian President speaks at a forum. Jane Doe/Handout via REUTERS"),
    ("credit", "(Reporting by Will Dunham; Editing by Tom Brown)"),
    ("legal", "Caliber.az © 2024"),
    ("legal", "If you buy something through this post, we may get a share of the sale."),
    ("comments", "Comments"),
    ("comments", "Top Rated Comments"),
    ("related", '"Related:"'),
    ("tags", "Putin, Trump, Kremlin, assassination attempt"),
    ("breadcrumb", "Home > World > Europe"),
    ("breadcrumb", "Home Russia Kremlin States Putin Has Not Reached Out To Trump Post The..."),
    ("debris", "Views: 235"),
    ("debris", "Updated at 1:23 p.m."),
    ("debris", "Tempo de leitura: 2 minutos"),
    ("debris", '[button link="https://example.com/submit/" type="big"] Send us a review[/button]'),
    ("byline", "By Vafa Guliyeva"),
]


@pytest.mark.parametrize(("kind", "line"), FURNITURE)
def test_furniture_line_is_removed(kind: str, line: str) -> None:
    cleaned = newsquote.clean(around(line))
    assert cleaned.text == f"{LEAD}\n\n{CLOSE}"
    assert [(b.kind, b.text) for b in cleaned.boilerplate] == [(kind, line)]
    check_offsets(cleaned)


# Short real lines: subheadings, one-line paragraphs of speech, short sentences, lines
# that start with a furniture word but say something.
REAL_LINES = [
    "Putin congratulates Trump after victory",
    "“We will talk,” Peskov said.",
    "He declined to comment.",
    "Share prices fell 3% on Monday.",
    "Watch out for the new rules, the minister warned.",
    "Also, the ministry said the talks would resume in May.",
    "More than 200 people were hurt.",
    "By the time the polls closed, Trump had won.",
    "Follow-up talks are planned for next week.",
    "Print media lost readers again this year.",
    "Related talks in Geneva ended without a deal.",
    "The photo shows the president at the summit.",
    "Advertising revenue rose 4% in the quarter.",
    "What happens next?",
    "The Kremlin denied it.",
    "It was not clear who would lead the talks.",
    "Comments from the minister came after the vote.",
    "(Published Monday, Nov. 18, 2019)",
    "He said [the deal] was off.",
    "Edinburgh, Glasgow and Aberdeen voted to stay.",
]


@pytest.mark.parametrize("line", REAL_LINES)
def test_real_line_stays(line: str) -> None:
    cleaned = newsquote.clean(around(line))
    assert cleaned.text == around(line)
    assert cleaned.boilerplate == ()


def test_list_that_ends_an_article_stays() -> None:
    items = "\n".join(f"{i}) Lego set number {i} for children" for i in range(1, 6))
    text = f"{LEAD}\n{CLOSE}\n{items}"
    assert newsquote.clean(text).text == text.replace("\n", "\n\n")


def test_trailer_after_furniture_goes() -> None:
    trailer = "By Vafa Guliyeva\nCaliber.Az\nViews: 235\nREGION\nThe news of the region"
    text = f"{LEAD}\n{CLOSE}\n{trailer}"
    cleaned = newsquote.clean(text)
    assert cleaned.text == f"{LEAD}\n\n{CLOSE}"
    assert cleaned.authors == ("Vafa Guliyeva",)


def test_short_last_line_after_one_furniture_line_stays() -> None:
    # One furniture line is no evidence: a headline or sign-off that ends the text stays
    # whether or not a credit or share row stands above it.
    last = "Mike Huckabee Makes Sexist Wife Joke To Bash Fed Chair Janet Yellen"
    text = f"{LEAD}\n{CLOSE}\n{last}"
    for furniture in ("(Reporting by Jane Doe; Editing by John Roe)", "Share", "Advertisement"):
        cleaned = newsquote.clean(f"{LEAD}\n{CLOSE}\n{furniture}\n{last}")
        assert cleaned.text == newsquote.clean(text).text == f"{LEAD}\n\n{CLOSE}\n\n{last}"


def test_headline_that_ends_a_list_of_headlines_stays_with_it() -> None:
    # The text ends in Title Case headlines (a box of links without bullets): its last
    # item stays with the others, however much furniture stands between them.
    items = "Rand Paul Scores Direct Hit On Donald Trump.\nShare\nAdvertisement\nPrint"
    last = "Mike Huckabee Makes Sexist Wife Joke To Bash Fed Chair Janet Yellen"
    cleaned = newsquote.clean(f"{LEAD}\n{items}\n{last}\nShare")
    assert cleaned.text.split("\n\n")[-1] == last


def test_trailer_starts_after_the_last_line_that_ends_like_a_sentence() -> None:
    # An editor's note broken into short lines ends with a period: it is the article's,
    # whatever furniture stands above it.
    note = "Editor’s note: Jane Doe regularly\nincites\nviolence and is a serial\nliar."
    cleaned = newsquote.clean(f"{LEAD}\nShare\nAdvertisement\n{note}")
    assert cleaned.text == f"{LEAD}\n\n" + note.replace("\n", "\n\n")


def test_short_line_between_furniture_lines_goes() -> None:
    cleaned = newsquote.clean(f"{LEAD}\n{CLOSE}\nShare\nCaliber.Az\nViews: 235")
    assert cleaned.text == f"{LEAD}\n\n{CLOSE}"


def test_related_link_list_at_the_foot_goes() -> None:
    links = "- 15 Amazing Images of Stars\n- 11 Fascinating Facts About Our Galaxy"
    cleaned = newsquote.clean(f"{LEAD}\n{CLOSE}\n{links}")
    assert cleaned.text == f"{LEAD}\n\n{CLOSE}"
    assert {b.kind for b in cleaned.boilerplate} == {"related"}


def test_related_link_list_with_furniture_inside_goes() -> None:
    links = "- 15 Amazing Images of Stars\nAdvertisement\n- 11 Fascinating Facts About Our Galaxy"
    cleaned = newsquote.clean(f"{LEAD}\n{CLOSE}\n{links}")
    assert cleaned.text == f"{LEAD}\n\n{CLOSE}"
    assert {b.kind for b in cleaned.boilerplate} == {"related", "advert"}


def test_comment_section_goes_to_the_end() -> None:
    comments = (
        "2 comments\nI made this jam today and it turned out really good, thank you.\n"
        "Mine too! It was the best jam I have ever made in my whole life."
    )
    text = f"{LEAD} {LEAD} {LEAD}\n{CLOSE}\n{comments}"
    cleaned = newsquote.clean(text)
    assert cleaned.text == f"{LEAD} {LEAD} {LEAD}\n\n{CLOSE}"
    assert {b.kind for b in cleaned.boilerplate} == {"comments"}


@pytest.mark.parametrize(
    ("heading", "under"),
    [
        # A comment widget's lines under the heading.
        ("Top Rated Comments", "(View all)\nNo surprise Apple kept the 13-inch model."),
        ("All comments", "Show new comments (0)\nin reply to(Show commentHide comment)"),
        ("Комментарии", "Jane Roe\n12 likes\nSo the roads get fixed at last, good."),
        ("12 comments", "Jane Roe\n2 years ago\nGreat news for the town, at last some action."),
        # Readers talking to the author or to each other.
        ("1 comment", "We fill our bottles before heading out. Thanks for sharing! #client"),
        ("2 comments", "I made this jam today, it set well.\nHi Cherie,\nThe pectin was a choice."),
        # Nothing under the heading: nothing to lose.
        ("12 comments", ""),
    ],
)
def test_comment_section_needs_comments_under_its_heading(heading: str, under: str) -> None:
    text = f"{LEAD} {LEAD} {LEAD}\n{CLOSE}\n{heading}\n{under}".rstrip()
    assert newsquote.clean(text).text == f"{LEAD} {LEAD} {LEAD}\n\n{CLOSE}"


@pytest.mark.parametrize("heading", ["12 comments", "2 comments", "Comments (3)"])
def test_comment_counter_mid_article_cuts_nothing(heading: str) -> None:
    # A counter in a share bar under a long standfirst: the article goes on below it,
    # in reported speech or in a columnist's first person.
    rest = [
        CLOSE,
        "“I will not go,” the minister said on Friday, according to state media.",
        "I asked him whether the talks would resume; he said they would, in May.",
        "“Thanks for sharing,” the minister wrote, and took to Twitter to say thanks.",
        "The talks are due to resume in Geneva next month.",
        "Analysts said the Kremlin was waiting to see whom the new team would appoint.",
    ]
    for below in (rest, rest[2:]):
        text = "\n".join([f"{LEAD} {LEAD} {LEAD}", heading, *below])
        assert newsquote.clean(text).text.split("\n\n")[-len(below) :] == below


def test_invitation_to_comment_mid_article_cuts_nothing() -> None:
    text = f"{LEAD} {LEAD} {LEAD}\nLeave a comment\n{CLOSE}"
    assert newsquote.clean(text).text == f"{LEAD} {LEAD} {LEAD}\n\n{CLOSE}"


def test_comment_counter_near_the_top_is_not_a_section() -> None:
    text = f"12 comments\n{LEAD}\n{CLOSE}"
    assert newsquote.clean(text).text == f"{LEAD}\n\n{CLOSE}"


# --------------------------------------------------------------------------------------
# Title, published, authors
# --------------------------------------------------------------------------------------


def test_title_after_navigation() -> None:
    text = f"World\nNext Story\nNewszop\n\nPutin open to talks with Trump: Kremlin\n\n{LEAD}"
    cleaned = newsquote.clean(text)
    assert cleaned.title == "Putin open to talks with Trump: Kremlin"
    assert cleaned.text == LEAD
    assert {b.kind for b in cleaned.boilerplate} == {"menu", "title"}


def test_title_with_glued_time() -> None:
    text = (
        "Kremlin: Putin open to talks with Trump, no plans to engage with outgoing "
        "President Biden Thursday, November 7, 2024 2:21:13 PM\n\n" + LEAD
    )
    cleaned = newsquote.clean(text)
    assert cleaned.title == (
        "Kremlin: Putin open to talks with Trump, no plans to engage with outgoing President Biden"
    )
    assert cleaned.published == dt.datetime(2024, 11, 7, 14, 21, 13)
    # The timestamp stays in the text: it anchors the article's relative dates.
    assert cleaned.text == f"Thursday, November 7, 2024 2:21:13 PM\n\n{LEAD}"
    check_offsets(cleaned)


def test_title_case_first_line_with_period() -> None:
    text = f"Stealth Over Health: Clinton Was Headed to ER But Diverted.\n\n{LEAD}"
    cleaned = newsquote.clean(text)
    assert cleaned.title == "Stealth Over Health: Clinton Was Headed to ER But Diverted."
    assert cleaned.text == LEAD


@pytest.mark.parametrize(
    "first",
    [
        "which were released online and are making the rounds on social media,",
        "- 15 Amazing Images of Stars",
        "He said: \u201cWe will talk.\u201d",
    ],
)
def test_not_a_title(first: str) -> None:
    cleaned = newsquote.clean(f"{first}\n{LEAD}")
    assert cleaned.title is None
    assert first in cleaned.text


def test_no_title_when_nothing_follows() -> None:
    assert newsquote.clean("Putin congratulates Trump after victory").title is None


# Day first with dashes, month first with slashes; the timestamp stays in the text.
DATELINES = [
    (
        "Edited by maklukpenggoda at 7-11-2024 02:20 PM",
        dt.datetime(2024, 11, 7, 14, 20),
        "7-11-2024 02:20 PM",
    ),
    ("Published: 11/7/2024 09:15", dt.datetime(2024, 11, 7, 9, 15), "Published: 11/7/2024 09:15"),
    ("07 November 2024 15:40", dt.datetime(2024, 11, 7, 15, 40), "07 November 2024 15:40"),
]


@pytest.mark.parametrize(("line", "when", "stays"), DATELINES)
def test_published_from_dateline(line: str, when: dt.datetime, stays: str) -> None:
    cleaned = newsquote.clean(f"{line}\n{LEAD}")
    assert cleaned.published == when
    assert cleaned.text == f"{stays}\n\n{LEAD}"
    check_offsets(cleaned)


def test_edited_by_gives_author_and_removes_label() -> None:
    cleaned = newsquote.clean(f"Edited by maklukpenggoda at 7-11-2024 02:20 PM\n{LEAD}")
    assert cleaned.authors == ("maklukpenggoda",)
    assert [b.text for b in cleaned.boilerplate] == ["Edited by maklukpenggoda at"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Vafa Guliyeva", ("Vafa Guliyeva",)),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Written by: Jane Doe, John Roe", ("Jane Doe", "John Roe")),
    ],
)
def test_byline_authors(line: str, authors: tuple[str, ...]) -> None:
    cleaned = newsquote.clean(f"{LEAD}\n{line}\n{CLOSE}")
    assert cleaned.authors == authors
    assert cleaned.text == f"{LEAD}\n\n{CLOSE}"


def test_seed_titles_and_times(gold: dict[str, object]) -> None:
    texts = seed_texts()
    for a in gold["articles"]:  # type: ignore[attr-defined]
        cleaned = newsquote.clean(texts[a["file"]])
        assert cleaned.title == a["title"]
        if a["published_in_text"]:
            assert cleaned.published == dt.datetime.fromisoformat(a["published_in_text"])


# --------------------------------------------------------------------------------------
# Properties: over the sample articles and PolNeAR texts
# --------------------------------------------------------------------------------------


@functools.cache
def polnear_texts() -> list[str]:
    folder = shared_path("data", "polnear")
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*/text/*.txt"))]


def check_injected(case: tuple[str, str, list[str]]) -> None:
    original, injected, inserted = case
    before = newsquote.clean(original)
    after = newsquote.clean(injected)
    kept = set(after.text.split("\n\n"))
    for line in inserted:
        assert line not in kept
    # No line of the article is lost, and nothing else changes.
    assert after.text == before.text
    assert newsquote.clean(after.text).text == after.text
    check_offsets(after)


@given(st.data())
def test_injected_furniture_is_removed_from_seeds(data: st.DataObject) -> None:
    check_injected(data.draw(injected_anywhere(sorted(seed_texts().values()))))


@settings(max_examples=40)
@given(st.data())
def test_injected_furniture_is_removed_from_polnear(data: st.DataObject) -> None:
    texts = polnear_texts()
    check_injected(data.draw(injected_anywhere(texts)))


@settings(max_examples=40)
@given(st.data())
def test_injected_comment_headings_cut_nothing(data: st.DataObject) -> None:
    # A comment-section heading cuts all text below it only when comments follow it:
    # put into articles without comments, it goes alone.
    texts = polnear_texts() + sorted(seed_texts().values())
    check_injected(data.draw(injected_comment_headings(texts)))


@pytest.mark.parametrize("name", sorted(seed_texts()))
def test_seed_clean_is_idempotent(name: str) -> None:
    once = newsquote.clean(seed_texts()[name]).text
    assert newsquote.clean(once).text == once


def test_polnear_clean_is_conservative_and_idempotent() -> None:
    """PolNeAR texts are nearly clean: what goes is short furniture, never a paragraph."""
    lines = kept = 0
    for text in polnear_texts():
        cleaned = newsquote.clean(text)
        head = text.split("\n", 1)[0].strip()
        assert cleaned.title in (None, head)
        for b in cleaned.boilerplate:
            assert len(b.text.split()) <= 40, b.text
        lines += sum(1 for line in text.splitlines() if line.strip())
        kept += len(cleaned.text.split("\n\n"))
        assert newsquote.clean(cleaned.text).text == cleaned.text
        check_offsets(cleaned)
    assert kept >= 0.95 * lines


@given(st.one_of(articles, odd_text))
def test_offsets_slice_back(text: str) -> None:
    check_offsets(newsquote.clean(text))


# --------------------------------------------------------------------------------------
# Adversarial inputs finish and keep the invariants (no timing asserted)
# --------------------------------------------------------------------------------------

ADVERSARIAL = {
    "one huge line": "word " * 20_000,
    "100k short lines": "ab\n" * 33_000,
    "copyright repeated": "© " * 50_000,
    "share repeated": "Share " * 16_700,
    "share lines": "Share\n" * 16_700,
    "bylines": "By Jane Doe and John Roe at 7-11-2024 02:20 PM\n" * 2_000,
    "long furniture-like line": "Also read: " + "photo via " * 39,
    "no-break spaces": "\u00a0" * 100_000,
    "stacked headlines": "Aaaa Bbbb Cccc\n" * 6_000 + LEAD,
    "bullet runs": "- Aaaa Bbbb\n- Cccc Dddd\nx\n" * 3_000,
    "comment headings": (LEAD + "\n2 comments\n") * 500,
    "open quotes under a comment heading": f"{LEAD} {LEAD} {LEAD}\n2 comments\n" + "“" * 100_000,
    "headlines between furniture": f"{LEAD}\nAaaa Bbbb Cccc.\n" + "Share\nAaaa Bbbb Cccc\n" * 8_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input(name: str) -> None:
    cleaned = newsquote.clean(ADVERSARIAL[name])
    check_offsets(cleaned)
    assert newsquote.clean(cleaned.text).text == cleaned.text
