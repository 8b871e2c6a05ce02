"""Bad input: a clear newsquote error or an (empty) result, never a crash or a hang.

Each family of adversarial text drives one family of patterns (quote marks, dots and
abbreviations, digits and dashes, reporting verbs, page furniture, HTML).  The tests
assert completion and the span invariants only; how fast is measured in benchmarks/.
"""

from __future__ import annotations

import pytest

import newsquote

from .conftest import check_spans

N = 100_000

ADVERSARIAL = {
    "unbalanced quote marks": "“" * N,
    "mixed quote marks": '"a “b ‘c «d „e ' * (N // 15),
    "apostrophes": "’" * N,
    "endless dots": "." * N,
    "spaced dots": ". " * (N // 2),
    "abbreviations": "Mr. U.S. Jan. No. e.g. a.m. J.D. " * (N // 32),
    "digits and dashes": "1-2-3-4/5/6.7 " * (N // 14),
    "numbers and money": "3.5% $1.5 2024-11-07 " * (N // 21),
    "he said repeated": "he said, " * (N // 9),
    "said that repeated": "Peskov said that " * (N // 17),
    "according to repeated": "according to " * (N // 13),
    "endless commas": "," * N,
    "capitalised names": "Peskov Putin Trump " * (N // 19),
    "date words": "Monday January 2024 last week " * (N // 30),
    "one huge line of words": "word " * (N // 5),
    "many short lines": "Share\n" * (N // 6),
    "copyright signs": "© " * (N // 2),
    "control characters": "\x00\x01\x02\x0b\x0c\x1f\x7f" * (N // 7),
    "lone surrogates": "\ud800\udfff\udc00" * (N // 3),
    "urls": "https://a.example/c.d?e=f. " * (N // 27),
    "quotations with tails and according to": "“We will talk,” he said, according to " * (N // 39),
    "dash-signed quotations": "“A” ― Jane Doe " * (N // 15),
    "poll ratios with participles": "with three in 10 saying 21% said " * (N // 33),
}


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=list(ADVERSARIAL))
def test_adversarial_text_completes(text: str) -> None:
    check_spans(newsquote.process(text))
    newsquote.find_dates(text)
    newsquote.find_quotes(text)
    newsquote.segment(text)


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 20_000 + "deep text" + "</div>" * 20_000,
        "<html><body>" + "<b>" * 50_000 + "unclosed",
        "<html><body><p>" + "&amp;" * 50_000 + "</p></body></html>",
        "<html><body>" + "<p>x</p>" * 20_000 + "</body></html>",
        "<!DOCTYPE html><html><head><meta charset='utf-8'>" + "<script>" * 1000,
        "<html>\x00<body>\x00<p>nul</p></body></html>",
    ],
    ids=["nested divs", "unclosed tags", "entities", "many paragraphs", "scripts", "nul bytes"],
)
def test_html_bombs_complete(html: str) -> None:
    check_spans(newsquote.process(html))


def test_a_large_article_works() -> None:
    # About 2 MB of real article text: cost grows linearly (see benchmarks/bench.py
    # --scaling for the 10 MB figure).
    text = "\n\n".join(
        [
            "Kremlin spokesman Dmitry Peskov said on Wednesday that talks were possible. "
            "“We will see what happens in January,” he added, according to reporters."
        ]
        * 14_000
    )
    art = newsquote.process(text)
    assert len(art.quotes) >= 14_000
    check_spans(art)
