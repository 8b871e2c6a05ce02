"""Pages per second of trafilatura alone and of newsquote, on a folder of HTML pages.

Run by hand; never part of the tests.  Both are timed in the same run, page by page, so
the ratio is what to compare (machines differ, and so does their load).

    python benchmarks/bench_extract.py PAGES_DIR [--repeat N] [--limit N] [--stage STAGE]

``PAGES_DIR`` holds ``*.html`` and ``*.html.gz`` pages (searched recursively).  Stages:
``clean`` (newsquote.clean: extraction and boilerplate removal) or ``process`` (the
whole pipeline: sentences, quotations and dates too).  trafilatura runs with its
defaults, ``trafilatura.extract(html)``.
"""

from __future__ import annotations

import argparse
import gzip
import pathlib
import sys
import time
from collections.abc import Callable

import trafilatura

import newsquote


def load_pages(folder: pathlib.Path, limit: int) -> list[str]:
    paths = sorted(
        p for p in folder.rglob("*") if p.is_file() and p.name.endswith((".html", ".html.gz"))
    )
    if limit:
        paths = paths[:limit]
    pages = []
    for path in paths:
        raw = path.read_bytes()
        if path.name.endswith(".gz"):
            raw = gzip.decompress(raw)
        pages.append(raw.decode("utf-8", "replace"))
    return pages


def timed(fn: Callable[[str], object], pages: list[str], repeat: int) -> float:
    """Pages per second, best of ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for page in pages:
            fn(page)
        best = min(best, time.perf_counter() - start)
    return len(pages) / best if best > 0 else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", type=pathlib.Path, help="folder of .html / .html.gz pages")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best one counts")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N pages")
    parser.add_argument("--stage", choices=("clean", "process"), default="process")
    args = parser.parse_args()
    pages = load_pages(args.pages, args.limit)
    if not pages:
        sys.exit(f"no .html or .html.gz pages under {args.pages}")
    ours: Callable[[str], object] = (
        newsquote.process if args.stage == "process" else newsquote.clean
    )
    # Warm up both (imports, compiled patterns) so that the first page does not pay for it.
    trafilatura.extract(pages[0])
    ours(pages[0])
    base = timed(trafilatura.extract, pages, args.repeat)
    mine = timed(ours, pages, args.repeat)
    rows = [
        ("pages", f"{len(pages)}"),
        ("trafilatura.extract pages/s", f"{base:.1f}"),
        (f"newsquote.{args.stage} pages/s", f"{mine:.1f}"),
        ("ratio newsquote/trafilatura", f"{mine / base if base else 0.0:.2f}"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
