"""Speed of newsquote.find_dates in MB/s (million characters per second), on one core.

Run by hand; never part of the tests.  Machines differ and so does their load: the best
of several rounds is printed, by this process's CPU time (``time.process_time``, the figure
the target of 3 MB/s on one core is set on: other processes do not distort it) and by the
wall clock, with the share of time spent finding triggers.

    python benchmarks/bench_dates.py [--rounds N] [--repeat N] [PATH ...]

``PATH`` is a text file, a TimeML ``.tml`` file (the text inside ``<TEXT>`` is used) or a
folder searched recursively for both; without one, the sample articles in
``tests/data/seeds`` are used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import pathlib
import re
import time
from collections.abc import Callable

import newsquote
from newsquote import _dates

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "seeds"
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
TAG = re.compile(r"<[^>]+>")
Clock = Callable[[], float]


def read(path: pathlib.Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".tml":
        body = TEXT.search(raw)
        return html.unescape(TAG.sub("", body.group(1))) if body else ""
    return raw


def collect(paths: list[pathlib.Path]) -> list[str]:
    files: list[pathlib.Path] = []
    for p in paths:
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.suffix in (".txt", ".tml"))
        else:
            files.append(p)
    return [t for t in map(read, files) if t]


def best_rate(
    fn: Callable[[str], object], texts: list[str], rounds: int, repeat: int, clock: Clock
) -> float:
    chars = sum(len(t) for t in texts) * repeat
    best = float("inf")
    for _ in range(rounds):
        start = clock()
        for _ in range(repeat):
            for text in texts:
                fn(text)
        best = min(best, clock() - start)
    return chars / best / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds; the best is kept")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the texts a round")
    parser.add_argument("paths", nargs="*", type=pathlib.Path)
    args = parser.parse_args()
    texts = collect(args.paths or [SEEDS])
    anchor = dt.datetime(2024, 11, 8)
    size = sum(len(t) for t in texts)
    print(f"{len(texts)} texts, {size:,} characters")
    for label, clock in (("CPU time", time.process_time), ("wall clock", time.perf_counter)):
        total = best_rate(
            lambda t: newsquote.find_dates(t, anchor=anchor), texts, args.rounds, args.repeat, clock
        )
        triggers = best_rate(_dates._triggers, texts, args.rounds, args.repeat, clock)
        print(f"{label:10s}  find_dates {total:6.2f} MB/s", end="   ")
        print(f"triggers alone {triggers:6.2f} MB/s ({total / triggers:.0%} of the time)")


if __name__ == "__main__":
    main()
