"""Quality floors, pinned: a change that lowers a figure fails here.

The sample articles ship with the tests; the larger corpora live in ../shared and their
gates skip when it is absent (users do not have it).  Floors sit a little under the
figures measured when they were last raised; raise them as the figures rise.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import newsquote

from .conftest import seed_texts


def norm(s: str) -> str:
    s = s.replace("’", "'").replace("“", '"').replace("”", '"')
    return " ".join(s.split()).lower()


def test_seed_articles(gold: dict[str, Any]) -> None:
    texts = seed_texts()
    counts = dict.fromkeys(
        ["bp", "bp_ok", "body", "body_ok", "q", "q_ok", "spk_ok", "d", "d_ok"], 0
    )
    for a in gold["articles"]:
        text = texts[a["file"]]
        lines = text.split("\n")
        given = None if a["published_in_text"] else dt.datetime.fromisoformat(a["anchor"])
        art = newsquote.process(text, published=given)
        kept = {norm(line) for line in art.text.split("\n")}
        for n in a["boilerplate_lines"]:
            counts["bp"] += 1
            counts["bp_ok"] += norm(lines[int(n) - 1]) not in kept
        for n in a["body_lines"]:
            counts["body"] += 1
            counts["body_ok"] += norm(lines[n - 1]) in norm(art.text)
        assert (art.title and norm(art.title)) == (a["title"] and norm(a["title"]))
        if a["published_in_text"]:
            assert art.published == dt.datetime.fromisoformat(a["published_in_text"])
        for g in a["quotes"]:
            if g.get("optional"):
                continue
            counts["q"] += 1
            match = [q for q in art.quotes if norm(g["contains"]) in norm(q.text)]
            counts["q_ok"] += bool(match)
            counts["spk_ok"] += any(
                q.speaker is not None
                and re.sub(r"^the ", "", norm(q.speaker.name)) in (norm(g["speaker"]), "source")
                for q in match
            )
        anchor = dt.datetime.fromisoformat(a["anchor"])
        dates = newsquote.find_dates(art.text, anchor=anchor)
        for g in a["dates"]:
            counts["d"] += 1
            pos = -1
            for _ in range(g.get("occurrence", 1)):
                pos = art.text.find(g["text"], pos + 1)
            counts["d_ok"] += any(
                d.start < pos + len(g["text"]) and pos < d.end and d.value == g["value"]
                for d in dates
            )
    assert counts["bp_ok"] == counts["bp"]
    assert counts["body_ok"] == counts["body"]
    assert counts["q_ok"] / counts["q"] >= 0.95
    assert counts["spk_ok"] / counts["q"] >= 0.95
    assert counts["d_ok"] == counts["d"]
