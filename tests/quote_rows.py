"""The quotations of a text as table rows, for the tables of quote styles."""

from __future__ import annotations

import newsquote


def quote_rows(text: str) -> list[tuple[str, str, str, str]]:
    """``find_quotes(text)`` as (content, speaker mention, cue, kind) rows, "" for a
    missing mention or cue; every quote's span is checked against the text."""
    quotes = newsquote.find_quotes(text)
    assert all(text[q.start : q.end] == q.text for q in quotes)
    return [
        (
            q.text,
            q.speaker_mention.text if q.speaker_mention else "",
            q.cue.text if q.cue else "",
            q.kind,
        )
        for q in quotes
    ]
