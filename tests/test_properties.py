"""Properties that hold for every input, checked with Hypothesis (strategies.py)."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

import newsquote

from .conftest import check_spans
from .strategies import articles, odd_text, with_injected_boilerplate


@given(odd_text)
def test_any_str_is_processed(text: str) -> None:
    art = newsquote.process(text)
    check_spans(art)


@given(st.one_of(articles, odd_text), st.none() | st.datetimes())
def test_every_span_slices_back(text: str, published: dt.datetime | None) -> None:
    check_spans(newsquote.process(text, published=published))


@given(st.one_of(articles, odd_text))
def test_sentences_are_ordered_and_disjoint(text: str) -> None:
    sentences = newsquote.segment(text)
    for a, b in itertools.pairwise(sentences):
        assert a.end <= b.start
    for s in sentences:
        assert s.text.strip()
        assert s.text == s.text.strip()


@given(with_injected_boilerplate())
def test_injected_boilerplate_changes_no_quote(case: tuple[str, str, list[str]]) -> None:
    original, injected, _ = case
    when = dt.datetime(2024, 11, 8)
    before = newsquote.process(original, published=when)
    after = newsquote.process(injected, published=when)
    assert [(q.text, q.kind, q.speaker) for q in after.quotes] == [
        (q.text, q.kind, q.speaker) for q in before.quotes
    ]
    assert after.speakers == before.speakers


@given(with_injected_boilerplate())
def test_injected_boilerplate_is_removed(case: tuple[str, str, list[str]]) -> None:
    original, injected, inserted = case
    cleaned = newsquote.clean(injected)
    kept = set(cleaned.text.split("\n\n"))
    for line in inserted:
        assert line not in kept
    assert cleaned.text == newsquote.clean(original).text


@given(st.one_of(articles, odd_text))
def test_clean_is_idempotent(text: str) -> None:
    once = newsquote.clean(text).text
    assert newsquote.clean(once).text == once
