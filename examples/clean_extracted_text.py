"""Clean the text another extractor produced: menus, share rows and promos it let through.

Extractors (trafilatura, readability, newspaper, a scraper of your own) keep the main
block of a page, but often with page furniture inside it.  ``newsquote.clean`` removes
those lines, says what each one was, and keeps the title, authors and publication time.
"""

from __future__ import annotations

import newsquote

# What an extractor might hand over: the article, with the chrome around it.
EXTRACTED = """Home
World
Business
Sport

Harbour reopens after storm repairs

By Maria Lopez
Published 15 March 2024, 07:00

Share on Facebook
Share on X

The city harbour reopened on Monday after three weeks of repairs to the sea wall.

“Fishing boats can go out again from tomorrow,” harbour master Ana Costa said.

Download our app for the latest news
Sign up for our newsletter
Advertisement
© 2024 Example News. All rights reserved.
"""


def main() -> None:
    cleaned = newsquote.clean(EXTRACTED)
    print("Title:    ", cleaned.title)
    print("Authors:  ", ", ".join(cleaned.authors) or "-")
    print("Published:", cleaned.published)
    print()
    print(cleaned.text)
    print()
    print("Removed:")
    for line in cleaned.boilerplate:
        # Offsets point into the text that was cleaned, by construction.
        assert EXTRACTED[line.start : line.end] == line.text
        print(f"  {line.kind:<10} {line.text!r}")

    # The cleaned text then goes through the other stages as usual.
    art = newsquote.process(cleaned.text, published=cleaned.published)
    for quote in art.quotes:
        speaker = quote.speaker.name if quote.speaker else "unknown"
        print(f"[{quote.kind}] {speaker}: {quote.text}")


if __name__ == "__main__":
    main()
