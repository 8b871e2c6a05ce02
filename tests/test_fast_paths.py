"""Fast paths must give what the slower code they replace gave."""

from __future__ import annotations

import bisect

import pytest

from newsquote._clause import _Intervals
from newsquote._resolve import _LOWER_WORD, Resolver
from newsquote._segment import _FIRST_MARKER, _list_cuts, segment_spans
from newsquote._text import iter_lines


def _added_one_by_one(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The order _Intervals.add() leaves spans in (the former constructor)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(spans):
        k = bisect.bisect_left(starts, a)
        starts.insert(k, a)
        ends.insert(k, b)
    return starts, ends


@pytest.mark.parametrize(
    "spans",
    [
        [],
        [(5, 9)],
        [(10, 20), (0, 4), (30, 31)],
        [(3, 8), (3, 5), (3, 12), (1, 2)],  # equal starts: the order add() gives them
        [(4, 6), (4, 6), (0, 9)],
    ],
)
def test_intervals_built_at_once_as_added(spans: list[tuple[int, int]]) -> None:
    built = _Intervals(spans)
    assert (built.starts, built.ends) == _added_one_by_one(spans)


_ARTICLE = (
    "Polls show the senator ahead. Officials said polls were early.\n"
    "Voters' views vary; well-known pollsters disagree. Surveys, she said, lag."
)


@pytest.mark.parametrize(
    "word",
    ["Polls", "Officials", "Voters", "Surveys", "Pollsters", "Well-known", "Senator", "Lag", "Q"],
)
def test_common_noun_search_matches_word_set(word: str) -> None:
    resolver = Resolver(_ARTICLE, segment_spans(_ARTICLE))
    expected = word.lower() != word and word.lower() in set(_LOWER_WORD.findall(_ARTICLE))
    assert resolver._common_noun(word) is expected


@pytest.mark.parametrize(
    ("line", "cuts"),
    [
        ("1. First item 2. Second item 3. Third item", [14, 29]),
        ("  a. one thing b. another thing", [15]),  # spaces before the marker
        ("• 9. The first • 10. The second", [15]),
        ("The mayor said 2. nothing else 3. at all", []),  # a capital opens: no list
        ("“Quoted” 1. words 2. here", []),
        ("", []),
        ("   ", []),
    ],
)
def test_list_cuts_with_first_character_test(line: str, cuts: list[int]) -> None:
    assert _list_cuts(line, 0, len(line)) == cuts
    # The pattern alone agrees on whether a marker opens the line.
    first = _FIRST_MARKER.match(line, 0, len(line))
    assert bool(cuts) <= (first is not None and bool(first["bullet"] or first["label"]))


def test_blank_lines_hold_no_sentence() -> None:
    text = "One sentence here.\n \n\t\nAnother one. And a third."
    spans = segment_spans(text)
    assert spans == segment_spans(text, list(iter_lines(text)))
    assert [text[s:e] for s, e in spans] == [
        "One sentence here.",
        "Another one.",
        "And a third.",
    ]
