"""process() end to end on the sample articles, and its handling of bad input."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import newsquote
from newsquote.exceptions import InputTypeError, NewsquoteError


def test_the_readme_example() -> None:
    art = newsquote.process("“We will talk,” Peskov said on Monday.")
    (quote,) = art.quotes
    assert quote.kind == "direct"
    assert quote.text == "We will talk"
    assert quote.speaker is not None
    assert quote.speaker.name == "Peskov"
    assert quote.cue is not None
    assert quote.cue.text == "said"


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["list"], object()])
@pytest.mark.parametrize(
    "call",
    [
        newsquote.process,
        newsquote.clean,
        newsquote.segment,
        newsquote.find_quotes,
        newsquote.find_dates,
        newsquote.normalise_date,
    ],
)
def test_non_str_input_raises_a_typed_error(call: Any, bad: object) -> None:
    with pytest.raises(InputTypeError) as info:
        call(bad)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, NewsquoteError)


def test_bad_published_and_anchor_raise() -> None:
    with pytest.raises(InputTypeError):
        newsquote.process("text", published="2024-11-07")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        newsquote.find_dates("on Monday", anchor="2024-11-07")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\x00", "\ud800", "“", "...", "<html>"])
def test_degenerate_text_gives_an_empty_result(text: str) -> None:
    art = newsquote.process(text)
    assert art.quotes == ()


def test_published_from_the_dateline(seeds: dict[str, str]) -> None:
    art = newsquote.process(seeds["002_c6f8f3b82651d84e.txt"])
    assert art.published == dt.datetime(2024, 11, 7, 15, 40)
    # The dateline anchors relative dates: "November 6" in a November 2024 story.
    assert "2024-11-06" in {d.value for d in art.dates}


def test_given_published_wins_over_the_text(seeds: dict[str, str]) -> None:
    when = dt.datetime(2030, 1, 1)
    assert newsquote.process(seeds["002_c6f8f3b82651d84e.txt"], published=when).published == when


def test_peskov_is_resolved_across_the_article(seeds: dict[str, str]) -> None:
    art = newsquote.process(seeds["000_a6b9385b5539f930.txt"], published=dt.date(2024, 7, 15))
    he = [q for q in art.quotes if q.speaker_mention is not None and q.speaker_mention.text == "He"]
    assert he
    assert all(q.speaker == newsquote.Speaker(name="Dmitry Peskov", kind="person") for q in he)


def test_role_noun_is_resolved(seeds: dict[str, str]) -> None:
    art = newsquote.process(seeds["003_32ea7ebbc58a510a.txt"])
    (quote,) = [q for q in art.quotes if q.text.startswith("The information is unreliable")]
    assert quote.speaker_mention is not None
    assert quote.speaker_mention.text == "the Kremlin spokesperson"
    assert quote.speaker is not None
    assert quote.speaker.name == "Dmitry Peskov"


def test_quote_without_cue_continues_the_speaker(seeds: dict[str, str]) -> None:
    art = newsquote.process(seeds["004_5302ac7908fdb3e0.txt"], published=dt.date(2024, 11, 8))
    (quote,) = [q for q in art.quotes if q.text.startswith("People show who they are")]
    # The continuation repeats the earlier quotation's attribution: its speaker, its
    # mention and its cue ("said", which stands before the continuation).
    assert quote.speaker is not None
    assert quote.speaker.name == "Vladimir Putin"
    assert quote.cue is not None
    assert quote.cue.text == "said"
    assert quote.cue.end <= quote.start
    earlier = [q for q in art.quotes if q.end <= quote.start and q.cue == quote.cue]
    assert earlier
    assert earlier[-1].speaker_mention == quote.speaker_mention


def test_speakers_are_listed_once(seeds: dict[str, str]) -> None:
    for text in seeds.values():
        art = newsquote.process(text, published=dt.date(2024, 11, 8))
        assert len(set(art.speakers)) == len(art.speakers)
        assert set(art.speakers) == {q.speaker for q in art.quotes if q.speaker is not None}


def test_html_input_goes_through_trafilatura() -> None:
    body = "".join(
        f"<p>Paragraph {i}: “We will keep talking to everyone,” the minister said on Friday "
        "after a long meeting with the delegation in the capital.</p>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Talks go on</title></head><body><nav><a href='/'>Home</a>"
        f"<a href='/w'>World</a></nav><article><h1>Talks go on</h1>{body}</article>"
        "<footer>© 2024 Example News. All rights reserved.</footer></body></html>"
    )
    art = newsquote.process(html, published=dt.datetime(2024, 11, 8))
    assert "<p>" not in art.text
    assert "Home" not in art.text.split()
    assert "All rights reserved" not in art.text
    assert len(art.quotes) == 6
    assert all(q.speaker is not None and q.speaker.name == "minister" for q in art.quotes)
