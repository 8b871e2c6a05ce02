"""Throughput of ``newsquote.find_quotes`` in MB/s on one core.

Usage::

    python benchmarks/bench_quotes.py                       # the sample articles
    python benchmarks/bench_quotes.py DIR [DIR ...] --rounds 5
    python benchmarks/bench_quotes.py --profile             # cProfile, top functions

Texts are every ``*.txt`` under the given directories (default: ``tests/data/seeds``).
Each round times the whole set with the process clock (CPU time of this process, so
other work on the machine does not count); the best round is reported, as the figure
least disturbed by the machine.  MB means 10**6 characters of text.
"""

from __future__ import annotations

import argparse
import cProfile
import pathlib
import pstats
import time

import newsquote

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load(dirs: list[pathlib.Path]) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for d in dirs for p in sorted(d.rglob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files under {', '.join(map(str, dirs))}")
    return texts


def run(texts: list[str]) -> float:
    """CPU seconds to find the quotations of every text once.

    Each round works on fresh copies of the texts, so nothing a previous round cached
    about a text object (its hash, memoised mentions) makes a round faster than a first
    reading would be.
    """
    fresh = [(" " + text)[1:] for text in texts]
    start = time.process_time()
    for text in fresh:
        newsquote.find_quotes(text)
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="*", type=pathlib.Path, default=[ROOT / "tests/data/seeds"])
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds (best is kept)")
    ap.add_argument("--profile", action="store_true", help="print a cProfile summary")
    args = ap.parse_args()
    texts = load(args.dirs)
    chars = sum(len(t) for t in texts)
    run(texts)  # warm up: compiled patterns, lexicon tables
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(run, texts)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
    best = min(run(texts) for _ in range(max(1, args.rounds)))
    rate = chars / best / 1e6 if best else float("inf")
    print(f"{len(texts)} texts, {chars:,} chars; best of {args.rounds}: {best:.3f} s")
    print(f"find_quotes: {rate:.2f} MB/s")


if __name__ == "__main__":
    main()
