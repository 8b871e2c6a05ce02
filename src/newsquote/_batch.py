"""Batches: documents in, results out, in input order; one bad document never stops the rest.

Shared by :func:`newsquote.process_many`, the command line and :mod:`newsquote.dask`.
A batch item is a ``str`` (text or HTML) or a mapping with the fields of a JSON line:
``id``, ``text`` or ``html``, ``published`` (ISO 8601) and ``url``.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

import attrs

from ._model import Article, Failure
from ._pipeline import process
from .exceptions import DocumentTooLargeError, InputTypeError, InputValueError

__all__ = ["Document", "as_document", "ordered_map", "process_many", "record_of"]

_T = TypeVar("_T")
_R = TypeVar("_R")


@attrs.frozen(kw_only=True)
class Document:
    """One document of a batch, decoded, or the reason it could not be read."""

    id: str | None = None
    source: str | None = None
    published: dt.datetime | None = None
    default_published: dt.datetime | None = None
    url: str | None = None
    failure: Failure | None = None


def _published(value: object, doc_id: str | None) -> dt.datetime | Failure | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return Failure(
                id=doc_id,
                error_type=InputValueError.__name__,
                message=f"'published' is not an ISO 8601 date or time: {value[:40]!r}",
            )
    return Failure(
        id=doc_id,
        error_type=InputTypeError.__name__,
        message=f"'published' must be a string, not {type(value).__name__}",
    )


def as_document(item: object, default_id: str | None = None) -> Document:
    """Turn a batch item (a str or a mapping) into a :class:`Document`."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=default_id, source=item)
    if not isinstance(item, Mapping):
        return Document(
            id=default_id,
            failure=Failure(
                id=default_id,
                error_type=InputTypeError.__name__,
                message=f"an item must be a str or a mapping, not {type(item).__name__}",
            ),
        )
    raw_id = item.get("id", default_id)
    doc_id = None if raw_id is None else str(raw_id)
    url = item.get("url")
    url = url if isinstance(url, str) else None

    def fail(kind: type[Exception], message: str) -> Document:
        return Document(
            id=doc_id,
            url=url,
            failure=Failure(id=doc_id, error_type=kind.__name__, message=message),
        )

    source = item.get("text", item.get("html"))
    if source is None:
        return fail(InputValueError, "the record has neither a 'text' nor an 'html' field")
    if not isinstance(source, str):
        return fail(
            InputTypeError, f"the record's text must be a string, not {type(source).__name__}"
        )
    published = _published(item.get("published"), doc_id)
    if isinstance(published, Failure):
        return Document(id=doc_id, url=url, failure=published)
    return Document(id=doc_id, source=source, published=published, url=url)


def run(doc: Document, max_chars: int | None = None) -> Article | Failure:
    """Process one document; any exception becomes a :class:`Failure`."""
    if doc.failure is not None:
        return doc.failure
    source = doc.source or ""
    if max_chars is not None and len(source) > max_chars:
        return Failure(
            id=doc.id,
            error_type=DocumentTooLargeError.__name__,
            message=f"document has {len(source):,} characters, over the limit of {max_chars:,}",
        )
    try:
        return process(source, published=doc.published, default_published=doc.default_published)
    except Exception as exc:  # one bad document must not stop a batch
        return Failure(id=doc.id, error_type=type(exc).__name__, message=str(exc))


def record_of(doc: Document, max_chars: int | None = None) -> dict[str, Any]:
    """The JSON-ready line for one document: its id (and url) with the article, or the error."""
    result = run(doc, max_chars)
    if isinstance(result, Failure):
        out = result.to_dict()
        if doc.url is not None:
            out["url"] = doc.url
        return out
    head: dict[str, Any] = {"id": doc.id}
    if doc.url is not None:
        head["url"] = doc.url
    return {**head, **result.to_dict()}


def _apply(fn: Callable[[_T], _R], chunk: list[_T]) -> list[_R]:
    return [fn(x) for x in chunk]


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    chunk: list[_T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ordered_map(
    fn: Callable[[_T], _R],
    items: Iterable[_T],
    *,
    workers: int,
    chunk_size: int = 4,
    on_crash: Callable[[_T], _R] | None = None,
) -> Iterator[_R]:
    """``map(fn, items)`` over worker processes, in input order, with bounded memory.

    Items are read lazily: at most a few chunks per worker are in flight.  When a worker
    process dies (a crash inside a C extension, the out-of-memory killer), the items of
    its chunk are given to ``on_crash`` and the pool is started again.
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    window = workers * 4
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[list[_T], Future[list[_R]]]] = deque()
    try:
        source = _chunks(items, chunk_size)
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < window:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                    break
                pending.append((chunk, pool.submit(_apply, fn, chunk)))
            if not pending:
                break
            chunk, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                if on_crash is None:
                    raise
                yield from (on_crash(x) for x in chunk)
                # Every chunk still in flight died with the pool: start again with them.
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers)
                pending = deque((c, pool.submit(_apply, fn, c)) for c, _ in pending)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _crashed(doc: Document) -> Failure:
    return Failure(
        id=doc.id,
        error_type="WorkerCrashed",
        message="the worker process died while processing this document (or one next to it)",
    )


def default_workers() -> int:
    return (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    )


def process_many(
    items: Iterable[str | Mapping[str, Any]],
    *,
    workers: int | None = None,
    max_chars: int | None = None,
) -> Iterator[Article | Failure]:
    """Process a corpus: one result per item, in input order.

    Each item is a ``str`` (text or HTML) or a mapping with ``text`` or ``html`` and,
    optionally, ``id``, ``published`` (ISO 8601 string or datetime) and ``url``.  A
    document that fails gives a :class:`~newsquote.Failure` in its place and the batch
    goes on.  ``workers`` processes share the work (default: one per CPU; ``1`` runs in
    this process).  Items are read lazily and results come as they are ready, so memory
    stays bounded on corpora of any size.  ``max_chars`` turns longer documents into
    failures (``DocumentTooLargeError``) instead of processing them.

    >>> results = list(process_many(["“Yes,” she said.", {"text": 42}], workers=1))
    >>> results[0].quotes[0].text, results[1].error_type
    ('Yes', 'InputTypeError')
    """
    n = default_workers() if workers is None else workers
    if not isinstance(n, int) or n < 1:
        raise InputValueError(f"workers must be a positive integer, not {workers!r}")
    docs = (as_document(item) for item in items)
    fn = functools.partial(run, max_chars=max_chars)
    return ordered_map(fn, docs, workers=n, on_crash=_crashed)
