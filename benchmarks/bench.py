"""Speed of each stage and of process(), in characters per second, on the sample articles.

Run by hand or with ``make bench``; never part of the tests.  Compare ratios measured in
one run: machines differ.

    python benchmarks/bench.py [--repeat N] [--files GLOB ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import time
from collections.abc import Callable

import newsquote

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "seeds"


def rate(fn: Callable[[str], object], texts: list[str], repeat: int) -> float:
    chars = sum(len(t) for t in texts) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            fn(text)
    return chars / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("files", nargs="*", type=pathlib.Path)
    args = parser.parse_args()
    paths = args.files or sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    anchor = dt.datetime(2024, 11, 8)
    cleaned = [newsquote.clean(t).text for t in texts]
    stages: list[tuple[str, Callable[[str], object], list[str]]] = [
        ("clean", newsquote.clean, texts),
        ("segment", newsquote.segment, cleaned),
        ("find_quotes", newsquote.find_quotes, cleaned),
        ("find_dates", lambda t: newsquote.find_dates(t, anchor=anchor), cleaned),
        ("process", lambda t: newsquote.process(t, published=anchor), texts),
    ]
    print(f"{len(texts)} documents, {sum(map(len, texts)):,} characters, x{args.repeat}")
    for name, fn, inputs in stages:
        r = rate(fn, inputs, args.repeat)
        print(f"{name:<12} {r / 1e6:8.2f} MB/s  ({r:,.0f} chars/s)")


if __name__ == "__main__":
    main()
