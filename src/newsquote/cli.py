"""The ``newsquote`` command: documents in, one JSON line per document (or a table) out.

    newsquote PATH... [-o FILE] [--workers N] [--format jsonl|table]

PATH is a ``.txt``, ``.html`` or ``.htm`` file (one document each), a ``.jsonl`` file (one
document a line: ``id``, ``text`` or ``html``, ``published``, ``url``), a ``.warc`` or
``.warc.gz`` archive (HTML responses; needs ``newsquote[warc]``), or a folder, walked for
all of these.  Output is in input order.  A document that fails gives an error line and
the run goes on; the exit status is 0 when the run completed, 2 for a usage error or a
path that cannot be read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

import attrs

from . import __version__
from ._batch import Document, default_workers, ordered_map, record_of
from ._sources import DEFAULT_MAX_BYTES, check_paths, iter_documents
from .exceptions import SourceError

__all__ = ["build_parser", "main"]


def _json_line(record: dict[str, Any]) -> str:
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates cannot be written as UTF-8; JSON escapes carry them intact.
        line = json.dumps(record, ensure_ascii=True)
    return line + "\n"


def _table(record: dict[str, Any], out: TextIO) -> None:
    out.write("─" * 78 + f"\n{record.get('id')}\n")
    if "error" in record:
        out.write(f"  error: {record['error']['type']}: {record['error']['message']}\n")
        return
    out.write(f"  title:     {record['title'] or '—'}\n")
    out.write(f"  published: {record['published'] or '—'}\n")
    out.write(f"  quotes:    {len(record['quotes'])}\n")
    for q in record["quotes"]:
        who = q["speaker"]["name"] if q["speaker"] else "?"
        text = " ".join(q["text"].split())
        text = text if len(text) <= 90 else text[:87] + "..."
        out.write(f"    [{q['kind']:<8}] {who}: {text}\n")
    if record["dates"]:
        out.write("  dates:\n")
        for d in record["dates"]:
            out.write(f"    {d['text']!r} -> {d['value']} ({d['type']})\n")


def _parse_when(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date or time: {value!r}") from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer: {value!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsquote",
        description="Clean news articles, find who said what, and resolve their dates.",
        epilog="Inputs: .txt .html .htm files, .jsonl (id, text|html, published, url), "
        ".warc/.warc.gz (pip install 'newsquote[warc]'), or folders of them.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="jsonl",
        help="one JSON line per document (default) or a readable table",
    )
    parser.add_argument(
        "--workers",
        type=_positive,
        default=None,
        metavar="N",
        help="worker processes (default: one per CPU)",
    )
    parser.add_argument(
        "--published",
        type=_parse_when,
        metavar="WHEN",
        help="publication time (ISO 8601) for documents that give none",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"larger documents give an error line (default {DEFAULT_MAX_BYTES:,})",
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar, even on a terminal"
    )
    parser.add_argument("--version", action="version", version=f"newsquote {__version__}")
    return parser


def _with_default(docs: Iterator[Document], when: dt.datetime | None) -> Iterator[Document]:
    for doc in docs:
        if when is not None and doc.default_published is None:
            doc = attrs.evolve(doc, default_published=when)
        yield doc


def _progress(records: Iterator[dict[str, Any]], enabled: bool) -> Iterator[dict[str, Any]]:
    """A progress bar on stderr when it is a terminal and tqdm is installed."""
    if not enabled or not sys.stderr.isatty():
        return records
    try:
        from tqdm import tqdm
    except ImportError:
        return records
    bar: Iterator[dict[str, Any]] = tqdm(records, unit="doc", file=sys.stderr, dynamic_ncols=True)
    return bar


def run(args: argparse.Namespace, out: TextIO) -> int:
    try:
        check_paths(args.paths)
    except SourceError as exc:
        print(f"newsquote: {exc}", file=sys.stderr)
        return 2
    docs = _with_default(iter_documents(args.paths, args.max_bytes), args.published)
    workers = args.workers or default_workers()
    fn = functools.partial(record_of, max_chars=None)
    try:
        records = ordered_map(fn, docs, workers=workers, on_crash=_crash_record)
        for record in _progress(records, not args.no_progress):
            if args.format == "jsonl":
                out.write(_json_line(record))
            else:
                _table(record, out)
    except SourceError as exc:  # e.g. a WARC file without the warc extra
        print(f"newsquote: {exc}", file=sys.stderr)
        return 2
    return 0


def _crash_record(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "error": {
            "type": "WorkerCrashed",
            "message": "the worker process died on this document or one next to it",
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsquote`` command."""
    args = build_parser().parse_args(argv)
    try:
        if args.output:
            try:
                out = open(args.output, "w", encoding="utf-8")  # noqa: SIM115
            except OSError as exc:
                print(f"newsquote: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
                return 2
            with out:
                return run(args, out)
        return run(args, sys.stdout)
    except BrokenPipeError:
        # The reader went away (``newsquote ... | head``): stop quietly, like other tools.
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
