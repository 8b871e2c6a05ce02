"""The ``newsquote`` command: articles in, one JSON line (or a readable table) out.

    newsquote PATH... [-o FILE] [--format jsonl|table] [--published WHEN]

PATH is a ``.txt``, ``.html`` or ``.htm`` file, or a folder (walked for those).  Each
document gives one output line, in input order.  A document that fails gives an error
line and the run goes on; the exit status is 0 when the run completed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from ._model import Article
from ._pipeline import process
from .exceptions import NewsquoteError, SourceError

__all__ = ["main"]

SUFFIXES = (".txt", ".html", ".htm")


def _documents(paths: Sequence[str]) -> Iterator[tuple[str, Path]]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES:
                    yield str(child), child
        elif path.is_file():
            yield raw, path
        else:
            raise SourceError(f"cannot read {raw}: no such file or folder")


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Pages in legacy encodings: trafilatura's own detection handles HTML; plain text
        # falls back to Latin-1, which never fails and keeps every byte.
        return data.decode("cp1252", errors="replace")


def _error(doc_id: str, exc: BaseException) -> dict[str, Any]:
    return {"id": doc_id, "error": {"type": type(exc).__name__, "message": str(exc)}}


def _table(doc_id: str, art: Article, out: TextIO) -> None:
    rule = "─" * 78
    out.write(f"{rule}\n{doc_id}\n")
    out.write(f"  title:     {art.title or '—'}\n")
    out.write(f"  published: {art.published.isoformat() if art.published else '—'}\n")
    out.write(f"  quotes:    {len(art.quotes)}\n")
    for q in art.quotes:
        who = q.speaker.name if q.speaker else "?"
        text = " ".join(q.text.split())
        if len(text) > 90:
            text = text[:87] + "..."
        out.write(f"    [{q.kind:<8}] {who}: {text}\n")
    if art.dates:
        out.write("  dates:\n")
        for d in art.dates:
            out.write(f"    {d.text!r} -> {d.value} ({d.type})\n")


def _parse_when(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date or time: {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsquote",
        description="Clean news articles, find who said what, and resolve their dates.",
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
        "--published",
        type=_parse_when,
        metavar="WHEN",
        help="publication time (ISO 8601) for documents that do not give one",
    )
    parser.add_argument("--version", action="version", version=f"newsquote {__version__}")
    return parser


def run(args: argparse.Namespace, out: TextIO) -> int:
    try:
        docs = list(_documents(args.paths))
    except SourceError as exc:
        print(f"newsquote: {exc}", file=sys.stderr)
        return 2
    for doc_id, path in docs:
        try:
            art = process(_read(path), published=args.published)
        except (OSError, NewsquoteError, ValueError) as exc:
            record = _error(doc_id, exc)
            if args.format == "jsonl":
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                out.write(f"{doc_id}: error: {record['error']['message']}\n")
            continue
        if args.format == "jsonl":
            out.write(json.dumps({"id": doc_id, **art.to_dict()}, ensure_ascii=False) + "\n")
        else:
            _table(doc_id, art, out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsquote`` command."""
    args = build_parser().parse_args(argv)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                return run(args, out)
        except OSError as exc:
            print(f"newsquote: cannot write {args.output}: {exc}", file=sys.stderr)
            return 2
    try:
        return run(args, sys.stdout)
    except BrokenPipeError:
        # The reader went away (``newsquote ... | head``): stop quietly, like other tools.
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
