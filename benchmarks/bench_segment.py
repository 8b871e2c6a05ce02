"""Speed of newsquote.segment in MB/s (UTF-8) of news text, on one core.

Measures the sample articles in tests/data/seeds (repeated), and the PolNeAR article texts
when they are present beside the project (../shared/data/polnear/*/text).  Run by hand;
speed is never asserted in the tests.  Compare figures measured on one machine only.

    python benchmarks/bench_segment.py [--repeat N] [--polnear DIR] [files ...]
"""

from __future__ import annotations

import argparse
import pathlib
import time

import newsquote

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "seeds"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"


def megabytes_per_second(texts: list[str], repeat: int) -> tuple[float, int]:
    """Best of three timed runs over ``texts`` repeated ``repeat`` times; sentences found."""
    size = sum(len(t.encode("utf-8")) for t in texts) * repeat
    best = float("inf")
    sentences = 0
    for _ in range(3):
        start = time.perf_counter()
        sentences = 0
        for _ in range(repeat):
            for text in texts:
                sentences += len(newsquote.segment(text))
        best = min(best, time.perf_counter() - start)
    return size / best / 1e6, sentences


def report(name: str, texts: list[str], repeat: int) -> None:
    if not texts:
        print(f"{name:<16} (no texts)")
        return
    rate, sentences = megabytes_per_second(texts, repeat)
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(
        f"{name:<16} {len(texts):5d} texts {size / 1e6:8.2f} MB x{repeat:<3d} "
        f"{rate:8.2f} MB/s  ({sentences // repeat:,} sentences a pass)"
    )


def read_all(paths: list[pathlib.Path]) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(paths)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=50, help="passes over the sample articles")
    parser.add_argument(
        "--polnear",
        type=pathlib.Path,
        default=POLNEAR,
        help="PolNeAR directory (its train/text and dev/text are measured when present)",
    )
    parser.add_argument("files", nargs="*", type=pathlib.Path, help="other texts to measure")
    args = parser.parse_args()
    report("seeds", read_all(list(SEEDS.glob("*.txt"))), args.repeat)
    for split in ("train", "dev"):
        folder = args.polnear / split / "text"
        if folder.is_dir():
            report(f"polnear {split}", read_all(list(folder.glob("*.txt"))), 1)
    if args.files:
        report("files", read_all(args.files), 1)


if __name__ == "__main__":
    main()
