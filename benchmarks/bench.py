"""newsquote's speed and memory: each stage, process(), scaling with size and with workers.

Run by hand or with ``make bench``; never part of the tests.  Compare the ratios measured
in one run (machines differ).  Reports:

* characters per second for each stage and for ``process`` (and articles per second);
* peak memory of ``process`` on one large document, against its size;
* how cost grows with input size (1, 2, 5 and 10 MB of article text);
* ``process_many`` with 1 and 2 worker processes.

    python benchmarks/bench.py [--repeat N] [--skip-scaling] [--skip-workers] [FILE ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import pathlib
import resource
import sys
import time
from collections.abc import Callable

import newsquote

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "seeds"
ANCHOR = dt.datetime(2024, 11, 8)


def rate(fn: Callable[[str], object], texts: list[str], repeat: int) -> tuple[float, float]:
    """(characters per second, documents per second)."""
    chars = sum(len(t) for t in texts) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            fn(text)
    seconds = time.perf_counter() - start
    return chars / seconds, len(texts) * repeat / seconds


def stages(texts: list[str], repeat: int) -> None:
    cleaned = [newsquote.clean(t).text for t in texts]
    table: list[tuple[str, Callable[[str], object], list[str]]] = [
        ("clean", newsquote.clean, texts),
        ("segment", newsquote.segment, cleaned),
        ("find_quotes", newsquote.find_quotes, cleaned),
        ("find_dates", lambda t: newsquote.find_dates(t, anchor=ANCHOR), cleaned),
        ("process", lambda t: newsquote.process(t, published=ANCHOR), texts),
    ]
    print(f"\n## Stages: {len(texts)} documents, {sum(map(len, texts)):,} characters, x{repeat}")
    print(f"{'stage':<12} {'MB/s':>8} {'docs/s':>9}")
    for name, fn, inputs in table:
        chars, docs = rate(fn, inputs, repeat)
        print(f"{name:<12} {chars / 1e6:8.2f} {docs:9.1f}")


def _peak_in_child(size: int, queue: multiprocessing.Queue[tuple[float, float]]) -> None:
    text = _article_text(size)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    newsquote.process(text, published=ANCHOR)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put((seconds, (after - before) / 1024))  # ru_maxrss is in KiB on Linux


def _article_text(size: int) -> str:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    body = "\n\n".join(newsquote.clean(s).text for s in seeds)
    return ("\n\n".join([body] * (size // len(body) + 1)))[:size]


def scaling() -> None:
    print("\n## Size: one document of article text (each size in a fresh process)")
    print(f"{'MB':>5} {'seconds':>8} {'MB/s':>6} {'peak MB over baseline':>22}")
    for mb in (1, 2, 5, 10):
        queue: multiprocessing.Queue[tuple[float, float]] = multiprocessing.Queue()
        child = multiprocessing.Process(target=_peak_in_child, args=(mb * 1_000_000, queue))
        child.start()
        seconds, peak = queue.get()
        child.join()
        print(f"{mb:5d} {seconds:8.2f} {mb / seconds:6.2f} {peak:22.0f}")


def workers(texts: list[str]) -> None:
    corpus = texts * max(1, 400 // len(texts))
    print(f"\n## Workers: process_many over {len(corpus)} documents")
    base = None
    for n in (1, 2):
        start = time.perf_counter()
        for _ in newsquote.process_many(corpus, workers=n):
            pass
        seconds = time.perf_counter() - start
        base = base or seconds
        print(f"workers={n}: {len(corpus) / seconds:7.1f} docs/s  speed-up x{base / seconds:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--skip-workers", action="store_true")
    parser.add_argument("files", nargs="*", type=pathlib.Path)
    args = parser.parse_args()
    paths = args.files or sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    print(f"newsquote {newsquote.__version__}, Python {sys.version.split()[0]}")
    stages(texts, args.repeat)
    if not args.skip_scaling:
        scaling()
    if not args.skip_workers:
        workers(texts)


if __name__ == "__main__":
    main()
