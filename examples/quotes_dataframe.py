"""Quotes by speaker in a pandas DataFrame: one row per quotation, then counts per speaker.

Needs pandas: ``pip install 'newsquote[pandas]'`` (the ``dask`` extra has it too).
Without it the script says so and exits cleanly.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys

import newsquote

ARTICLES = [
    (
        "peskov",
        dt.datetime(2024, 11, 8),
        """Kremlin spokesperson Dmitry Peskov said on Thursday that no call was planned.

“There are no concrete plans,” he told reporters. “We will see.”

Senator Jane Miller said the White House should wait for the inauguration.
""",
    ),
    (
        "harbour",
        dt.datetime(2024, 3, 15),
        """The harbour reopened on Monday, harbour master Ana Costa said.

“Fishing boats can go out again from tomorrow,” Costa said. “It has been a long winter.”
""",
    ),
]


def quote_rows() -> list[dict[str, object]]:
    """One plain dict per quotation, ready for ``pandas.DataFrame``."""
    rows: list[dict[str, object]] = []
    for article_id, published, text in ARTICLES:
        art = newsquote.process(text, published=published)
        for quote in art.quotes:
            rows.append(
                {
                    "article": article_id,
                    "speaker": quote.speaker.name if quote.speaker else None,
                    "speaker_kind": quote.speaker.kind if quote.speaker else None,
                    "kind": quote.kind,
                    "cue": quote.cue.text if quote.cue else None,
                    "quote": quote.text,
                    "start": quote.start,
                    "end": quote.end,
                }
            )
    return rows


def main() -> None:
    if importlib.util.find_spec("pandas") is None:
        print("This example needs pandas: pip install 'newsquote[pandas]'", file=sys.stderr)
        return
    import pandas as pd

    frame = pd.DataFrame(quote_rows())
    print(frame[["article", "speaker", "kind", "quote"]].to_string(index=False))
    print()
    by_speaker = (
        frame.groupby("speaker")
        .agg(quotes=("quote", "size"), articles=("article", "nunique"))
        .sort_values("quotes", ascending=False)
    )
    print(by_speaker.to_string())


if __name__ == "__main__":
    main()
