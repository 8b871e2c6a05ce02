"""The HTML path: trafilatura's main content, page metadata, then the line cleaner."""

from __future__ import annotations

import datetime as dt

import pytest

import newsquote
from newsquote._html import extract, looks_like_html

PARAGRAPHS = [
    "Kremlin spokesman Dmitry Peskov said on Thursday that no talks with the new "
    "administration had been planned yet, and that none were expected before January.",
    "“We will judge the new team by its actions, not by its words,” Peskov told "
    "reporters in Moscow after a briefing that lasted more than an hour.",
    "The foreign ministry said separately that relations with Washington remained at "
    "their lowest point in decades, and that it saw no sign of change for now.",
    "Analysts in Moscow said the Kremlin was waiting to see whom the president-elect "
    "would appoint to lead his foreign policy team in the coming weeks.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def page(
    head: str = "", before: str = "", after: str = "", body: str = BODY, outside: str = ""
) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article>{before}{body}{after}</article>{outside}"
        "<footer>© 2024 Example News. All rights reserved.</footer></body></html>"
    )


def test_looks_like_html() -> None:
    assert looks_like_html(page())
    assert looks_like_html("<html><body><p>Hi</p></body></html>")
    assert not looks_like_html("He wrote <b> in the chat and left.")
    assert not looks_like_html(PARAGRAPHS[0])


def test_main_content_only() -> None:
    cleaned = newsquote.clean(page())
    assert cleaned.text.split("\n\n") == PARAGRAPHS
    assert "<p>" not in cleaned.source
    for b in cleaned.boilerplate:
        assert cleaned.source[b.start : b.end] == b.text


def test_metadata_from_meta_tags() -> None:
    head = (
        "<title>Kremlin waits on Trump team | Example News</title>"
        '<meta property="og:title" content="Kremlin waits on Trump team">'
        '<meta property="article:published_time" content="2024-11-07T15:40:00+03:00">'
        '<meta name="author" content="Jane Doe and John Roe">'
    )
    got = extract(page(head=head))
    assert got.title == "Kremlin waits on Trump team"
    assert got.published == dt.datetime(2024, 11, 7, 15, 40)
    assert got.authors == ("Jane Doe", "John Roe")


def test_metadata_from_json_ld_and_title_tag() -> None:
    head = (
        "<title>Opinion | Kremlin waits on Trump team</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2019-11-18T10:00:00Z", "author": {"@type": "Person", '
        '"name": "Jane Doe"}}</script>'
    )
    got = extract(page(head=head))
    assert "Kremlin waits on Trump team" in got.titles
    assert got.published == dt.datetime(2019, 11, 18, 10, 0)
    assert got.authors == ("Jane Doe",)


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00", "not a date", ""])
def test_placeholder_dates_are_ignored(value: str) -> None:
    head = f'<meta property="article:published_time" content="{value}">'
    assert extract(page(head=head)).published is None


def test_title_line_in_text_is_the_page_title() -> None:
    head = '<meta property="og:title" content="Kremlin waits on Trump team">'
    cleaned = newsquote.clean(page(head=head, before="<h1>Kremlin waits on Trump team</h1>"))
    assert cleaned.title == "Kremlin waits on Trump team"
    assert cleaned.text.split("\n\n") == PARAGRAPHS


def test_first_line_that_is_not_the_page_title_stays() -> None:
    head = '<meta property="og:title" content="Kremlin waits on Trump team">'
    sub = "<h2>No calls planned before the inauguration</h2>"
    cleaned = newsquote.clean(page(head=head, body=sub + BODY))
    assert cleaned.text.startswith("No calls planned before the inauguration")


def test_furniture_in_paragraphs_is_cleaned_after_extraction() -> None:
    after = (
        "<p>Follow us on Instagram</p><p>Loving Example News? Download the app now</p>"
        "<p>(Reporting by Jane Doe; Editing by John Roe)</p>"
    )
    cleaned = newsquote.clean(page(after=after))
    assert cleaned.text.split("\n\n") == PARAGRAPHS
    assert {b.kind for b in cleaned.boilerplate} >= {"share", "promo", "credit"}


def test_readers_comments_are_left_out() -> None:
    comments = (
        '<section id="comments" class="comments"><h3>2 comments</h3>'
        '<div class="comment"><p>I made this jam today and it turned out really good, '
        "thank you so much for the recipe and the pictures.</p></div></section>"
    )
    cleaned = newsquote.clean(page(outside=comments))
    assert "jam" not in cleaned.text


def test_dateline_in_the_page_beats_metadata_day() -> None:
    head = '<meta property="article:published_time" content="2024-11-07">'
    before = "<p>07 November 2024 15:40</p>"
    cleaned = newsquote.clean(page(head=head, before=before))
    assert cleaned.published == dt.datetime(2024, 11, 7, 15, 40)


@pytest.mark.parametrize(
    "html",
    [
        "<html></html>",
        "<html><body></body></html>",
        "<!DOCTYPE html><html><head><title>x</title></head><body><div></div></body></html>",
        "<html><body>" + "<div>" * 2000 + "deep" + "</div>" * 2000 + "</body></html>",
        "<html><head>" + "<meta name='x' content='y'>" * 5000 + "</head><body></body></html>",
    ],
)
def test_odd_pages_give_text_not_errors(html: str) -> None:
    cleaned = newsquote.clean(html)
    assert isinstance(cleaned.text, str)
    for b in cleaned.boilerplate:
        assert cleaned.source[b.start : b.end] == b.text
