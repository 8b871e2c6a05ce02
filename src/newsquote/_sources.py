"""Reading documents for the command line: files, folders, JSON lines and WARC archives.

Each path gives documents lazily, so a crawl of any size streams through.  A document
that cannot be read (undecodable bytes, a bad JSON line, a missing field, too large)
becomes a :class:`~._batch.Document` carrying its failure: it gets an error line in the
output and the run goes on.  Only a path that cannot be read at all stops the run.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import regex

from ._batch import Document, as_document
from ._model import Failure
from .exceptions import DocumentTooLargeError, InputValueError, SourceError

__all__ = ["DEFAULT_MAX_BYTES", "check_paths", "iter_documents"]

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
WARC_SUFFIXES = (".warc", ".warc.gz")
ALL_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES

# Larger documents are reported as failures: newsquote's cost is linear, but a 50 MB
# "article" is a data error far more often than an article (see docs/corpus.md).
DEFAULT_MAX_BYTES = 50_000_000

_META_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*(?P<cs>[\w.:-]{1,40})""", regex.IGNORECASE
)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def check_paths(paths: Sequence[str]) -> None:
    """Raise :class:`SourceError` for a path that does not exist or has no known kind."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            continue
        if not path.is_file():
            raise SourceError(f"cannot read {raw}: no such file or folder")
        if _suffix(path) not in ALL_SUFFIXES:
            raise SourceError(
                f"cannot read {raw}: unknown kind of file (expected {', '.join(ALL_SUFFIXES)})"
            )


def _failure(doc_id: str, exc: type[Exception] | str, message: str) -> Document:
    name = exc if isinstance(exc, str) else exc.__name__
    return Document(id=doc_id, failure=Failure(id=doc_id, error_type=name, message=message))


def _too_large(doc_id: str, size: int, limit: int) -> Document:
    return _failure(
        doc_id,
        DocumentTooLargeError,
        f"document has {size:,} bytes, more than the limit of {limit:,}",
    )


def decode(data: bytes, declared: str | None = None, html: bool = False) -> str:
    """Bytes to text: a BOM, then the declared charset, then a <meta> charset, then UTF-8.

    Raises ``UnicodeDecodeError`` when none of them decodes the bytes: guessing would
    put mojibake into quotes and names without saying so.
    """
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name if name != "utf-8" else "utf-8-sig")
    candidates = [declared] if declared else []
    if html:
        meta = _META_CHARSET.search(data[:4096])
        if meta:
            candidates.append(meta.group("cs").decode("ascii", "replace"))
    candidates.append("utf-8")
    error: UnicodeDecodeError | None = None
    for name in candidates:
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        try:
            return data.decode(name)
        except UnicodeDecodeError as exc:
            error = exc
    assert error is not None  # utf-8 is always a candidate and always looked up
    raise error


def _file(path: Path, doc_id: str, max_bytes: int) -> Document:
    size = path.stat().st_size
    if size > max_bytes:
        return _too_large(doc_id, size, max_bytes)
    try:
        text = decode(path.read_bytes(), html=_suffix(path) in HTML_SUFFIXES)
    except UnicodeDecodeError as exc:
        return _failure(
            doc_id, UnicodeDecodeError, f"cannot decode {path}: {exc.reason} at byte {exc.start}"
        )
    return Document(id=doc_id, source=text)


def _jsonl(path: Path, name: str, max_bytes: int) -> Iterator[Document]:
    with path.open("rb") as handle:
        for n, raw in enumerate(handle, start=1):
            doc_id = f"{name}#{n}"
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                yield _too_large(doc_id, len(raw), max_bytes)
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield _failure(
                    doc_id, UnicodeDecodeError, f"line {n}: {exc.reason} at byte {exc.start}"
                )
                continue
            except json.JSONDecodeError as exc:
                yield _failure(doc_id, json.JSONDecodeError, f"line {n}: {exc.msg}")
                continue
            if not isinstance(record, dict):
                yield _failure(doc_id, InputValueError, f"line {n}: a JSON object is expected")
                continue
            doc = as_document(record, default_id=doc_id)
            yield doc


def _warc(path: Path, name: str, max_bytes: int) -> Iterator[Document]:
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise SourceError(
            f"cannot read {path}: WARC files need the optional extra: pip install 'newsquote[warc]'"
        ) from None
    with path.open("rb") as handle:
        n = 0
        for record in ArchiveIterator(handle):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if "html" not in content_type.lower():
                continue
            n += 1
            doc_id = f"{name}#{n}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            stamp = record.rec_headers.get_header("WARC-Date")
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield _too_large(doc_id, len(data), max_bytes)
                continue
            charset = regex.search(r"charset=([\w.:-]+)", content_type, regex.IGNORECASE)
            try:
                html = decode(data, charset.group(1) if charset else None, html=True)
            except UnicodeDecodeError as exc:
                yield Document(
                    id=doc_id,
                    url=url,
                    failure=Failure(
                        id=doc_id,
                        error_type="UnicodeDecodeError",
                        message=f"{exc.reason} at byte {exc.start}",
                    ),
                )
                continue
            # The crawl time is only a fallback: the page's own date, if any, is better.
            yield Document(id=doc_id, source=html, default_published=_warc_date(stamp), url=url)


def _warc_date(stamp: str | None) -> dt.datetime | None:
    if not stamp:
        return None
    try:
        return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None


def _path_documents(path: Path, doc_id: str, max_bytes: int) -> Iterator[Document]:
    suffix = _suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(path, doc_id, max_bytes)
    elif suffix in WARC_SUFFIXES:
        yield from _warc(path, doc_id, max_bytes)
    else:
        yield _file(path, doc_id, max_bytes)


def iter_documents(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Every document under ``paths``, in order; folders are walked in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _suffix(child) in ALL_SUFFIXES:
                    yield from _path_documents(child, str(child), max_bytes)
        else:
            yield from _path_documents(path, raw, max_bytes)
