"""Quickstart: read one article and print who said what, and when."""

from __future__ import annotations

import datetime as dt

import newsquote

TEXT = """Kremlin denies reports of Putin congratulating Trump

Kremlin spokesperson Dmitry Peskov has denied reports that Putin congratulated Trump.

"The information is unreliable," the Kremlin spokesperson said on Thursday.

Share
Follow us on Instagram
"""


def main() -> None:
    art = newsquote.process(TEXT, published=dt.datetime(2024, 11, 8, 9, 30))
    print("Title:", art.title)
    print("Published:", art.published)
    for quote in art.quotes:
        speaker = quote.speaker.name if quote.speaker else "unknown"
        print(f"[{quote.kind}] {speaker}: {quote.text}")
    for date in art.dates:
        print(f"{date.text!r} -> {date.value}")


if __name__ == "__main__":
    main()
