"""A folder of HTML pages to JSON lines, one per page, with the `newsquote` command.

The script writes three small news pages to a folder, runs the command line on it (the
same as ``newsquote pages/ -o quotes.jsonl --workers 1`` in a shell), then reads the
JSON lines back and prints who said what on each page.
"""

from __future__ import annotations

import json
import pathlib

from newsquote import cli

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | Example News</title>
  <meta property="article:published_time" content="{published}">
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/business">Business</a></li></ul></nav>
  <article>
    <h1>{title}</h1>
    {paragraphs}
  </article>
  <footer><p>© 2024 Example News. All rights reserved.</p>
  <p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p></footer>
</body>
</html>
"""

STORIES = {
    "kremlin.html": (
        "Kremlin says no call between Putin and Trump is planned",
        "2024-11-08T09:30:00+00:00",
        [
            "Kremlin spokesperson Dmitry Peskov said on Thursday that no call between "
            "Vladimir Putin and Donald Trump was planned for now.",
            "“There are no concrete plans,” Peskov told reporters in Moscow. “The "
            "president has said he is open to contacts.”",
            "He added that Moscow would judge the next administration by its deeds.",
        ],
    ),
    "harbour.html": (
        "Harbour reopens after storm repairs",
        "2024-03-15T07:00:00+00:00",
        [
            "The city harbour reopened on Monday after three weeks of repairs to the "
            "storm-damaged sea wall.",
            "“Fishing boats can go out again from tomorrow,” harbour master Ana Costa "
            "said. The works cost 2.4 million euros, according to the city council.",
        ],
    ),
    "markets.html": (
        "Markets close higher on rate hopes",
        "2024-06-21T17:45:00+00:00",
        [
            "Stocks rose for a third day on Friday as investors bet on lower interest "
            "rates later in the year.",
            "Chief economist Maria Lopez said the central bank would probably cut rates "
            "in September. “Inflation is coming down faster than expected,” she said.",
        ],
    ),
}


def write_pages(folder: pathlib.Path) -> None:
    folder.mkdir(exist_ok=True)
    for name, (title, published, paragraphs) in STORIES.items():
        body = "\n    ".join(f"<p>{p}</p>" for p in paragraphs)
        html = PAGE.format(title=title, published=published, paragraphs=body)
        (folder / name).write_text(html, encoding="utf-8")


def main() -> None:
    pages = pathlib.Path("pages")
    write_pages(pages)
    # The command line's entry point; it returns the exit status instead of exiting.
    status = cli.main([str(pages), "-o", "quotes.jsonl", "--workers", "1", "--no-progress"])
    assert status == 0, status

    for line in pathlib.Path("quotes.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "error" in record:
            print(record["id"], "failed:", record["error"]["type"], record["error"]["message"])
            continue
        print(f"{record['id']}: {record['title']} ({record['published']})")
        for quote in record["quotes"]:
            speaker = quote["speaker"]["name"] if quote["speaker"] else "unknown"
            print(f"  [{quote['kind']}] {speaker}: {quote['text']}")


if __name__ == "__main__":
    main()
