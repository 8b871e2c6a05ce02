"""A corpus on Dask: JSON lines in, JSON lines out, in parallel, with ``newsquote.dask``.

Needs the extra: ``pip install 'newsquote[dask]'``.  By default the bag runs on Dask's
default scheduler on this machine; ``python dask_corpus.py --cluster`` starts a local
``distributed`` cluster first (on a real cluster, connect a ``distributed.Client`` to
its scheduler instead: nothing else changes).

The script writes a small corpus as JSON lines (``{"id", "text", "published"}``), maps
newsquote over it, writes the records as JSON lines again, and counts quotes by speaker.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pathlib
import sys
from collections import Counter

SPEECHES = [
    ("Dmitry Peskov", "Kremlin spokesperson", "There are no concrete plans"),
    ("Ana Costa", "Harbour master", "Fishing boats can go out again from tomorrow"),
    ("Maria Lopez", "Chief economist", "Inflation is coming down faster than expected"),
]


def write_corpus(folder: pathlib.Path, n: int) -> None:
    """``n`` small articles, split over a few JSONL files as a crawl would be."""
    folder.mkdir(exist_ok=True)
    for part in range(4):
        with (folder / f"part-{part}.jsonl").open("w", encoding="utf-8") as out:
            for i in range(part, n, 4):
                name, role, speech = SPEECHES[i % len(SPEECHES)]
                text = f"{role} {name} spoke on Monday.\n\n“{speech},” {name} said."
                record = {"id": f"doc-{i}", "text": text, "published": "2024-11-08"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cluster", action="store_true", help="start a local cluster")
    parser.add_argument("-n", type=int, default=60, help="articles in the corpus")
    args = parser.parse_args()
    if importlib.util.find_spec("dask") is None:
        print("This example needs Dask: pip install 'newsquote[dask]'", file=sys.stderr)
        return
    import dask.bag as db

    from newsquote.dask import process_bag

    client = None
    if args.cluster:
        from distributed import Client, LocalCluster

        client = Client(LocalCluster(n_workers=2, threads_per_worker=1, processes=True))
        print("Dashboard:", client.dashboard_link)

    corpus, out = pathlib.Path("corpus"), pathlib.Path("records")
    write_corpus(corpus, args.n)
    items = db.read_text(str(corpus / "*.jsonl")).map(json.loads)
    records = process_bag(items)
    # Lazy until here: writing the files runs the graph, one output file per partition.
    records.map(json.dumps).to_textfiles(str(out / "*.jsonl"))

    speakers: Counter[str] = Counter()
    failures = 0
    for path in sorted(out.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "error" in record:
                failures += 1
            for quote in record.get("quotes", []):
                speakers[quote["speaker"]["name"] if quote["speaker"] else "unknown"] += 1
    print(f"{sum(speakers.values())} quotes, {failures} failures")
    for name, count in speakers.most_common():
        print(f"{count:4d}  {name}")
    if client is not None:
        client.close()


if __name__ == "__main__":
    main()
