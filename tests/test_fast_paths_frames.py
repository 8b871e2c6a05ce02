"""The fast paths of tokenising and of finding a content's end give the same results as
the general ones they stand in for."""

from __future__ import annotations

import re

import pytest

from newsquote._reported import _content_end
from newsquote._tokens import _SPLIT_RE, _Tokens

# The general tokeniser: letters in every script, inner apostrophes and hyphens.
_REFERENCE = re.compile(r"([^\W\d_]+(?:['’-]+[^\W\d_]*)*)")

_TEXTS = [
    "The mayor said on Tuesday that the bridge would reopen.",
    "“We’re not done,” the senator’s aide told reporters—twice.",
    "Officials in São Paulo said the vote, which was delayed, would go ahead.",
    "The co-chair's plan -- a 12-point one -- drew 3,000 replies_in_all.",
    "Ünal and Zoë said they’d return; the coach (Renée) declined to comment.",
    "",
    "12 34 -- ’’ ''",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_tokens_match_the_general_tokeniser(text: str) -> None:
    parts = _REFERENCE.split(text)
    words = [w for _, _, w in _Tokens(text).words]
    assert words == parts[1::2]
    assert _SPLIT_RE.split(text) == parts
    for start, end, word in _Tokens(text).words:
        assert text[start:end] == word


# Content ends with and without the literals that the scans look for.
_ENDS = [
    ("He said the plan would work and added, “It will.”", 8, "the plan would work"),
    ("He said the plan would work.", 8, "the plan would work"),
    ("He said the vote was close; the count went on.", 8, "the vote was close"),
    ("He said the deal — a big one — would pass.", 8, "the deal — a big one — would pass"),
    ("She said the law was fair, adding that it was old.", 9, "the law was fair"),
    ("She said the tax was low, while aides said it was high.", 9, "the tax was low"),
    ("She said the fee was low - while aides said it was high.", 9, "the fee was low"),
]


@pytest.mark.parametrize(("text", "start", "content"), _ENDS)
def test_content_end(text: str, start: int, content: str) -> None:
    assert text[start : _content_end(text, start, len(text))] == content
