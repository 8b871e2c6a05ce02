"""Scale out on Dask: run newsquote over a ``dask.bag`` or a ``dask.dataframe``.

Needs the optional extra: ``pip install 'newsquote[dask]'``.  Every function here is
lazy: it returns a new Dask collection; call ``.compute()`` (or write it out) to run it,
on a local machine or a ``distributed`` cluster alike.  One bad document never fails a
partition: it gives an error record, exactly as on the command line.

Records are the command line's JSON lines as dicts: ``{"id", "url"?, "title",
"published", "text", "quotes", "speakers", "dates", ...}`` for an article, or
``{"id", "error": {"type", "message"}}`` for a document that failed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._batch import as_document, record_of

if TYPE_CHECKING:  # pragma: no cover - only for the type checker
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["RECORD_COLUMNS", "process_bag", "process_dataframe", "to_record"]


def to_record(item: str | Mapping[str, Any], max_chars: int | None = None) -> dict[str, Any]:
    """Process one item (a str, or a mapping with ``text`` or ``html``) into a record.

    >>> to_record({"id": "a1", "text": "“Yes,” she said."})["quotes"][0]["text"]
    'Yes'
    >>> to_record({"id": "a2"})["error"]["type"]
    'InputValueError'
    """
    return record_of(as_document(item), max_chars)


def process_bag(bag: dask.bag.Bag, max_chars: int | None = None) -> dask.bag.Bag:
    """A bag of records from a bag of items (strings or mappings), in the same order.

    >>> import dask.bag as db
    >>> bag = db.from_sequence([{"id": "a", "text": "“No,” he said."}], npartitions=1)
    >>> process_bag(bag).compute()[0]["quotes"][0]["text"]
    'No'
    """
    return bag.map(to_record, max_chars=max_chars)


RECORD_COLUMNS: dict[str, str] = {
    "title": "title",
    "published": "published",
    "article_text": "text",
    "quotes": "quotes",
    "speakers": "speakers",
    "dates": "dates",
    "error": "error",
}
"""The columns :func:`process_dataframe` adds, each with the record field it holds.

List-valued columns hold plain dicts; the cleaned text is ``article_text`` so that it
never clashes with the input column.
"""


def _partition(
    frame: pandas.DataFrame, column: str, published: str | None, max_chars: int | None
) -> pandas.DataFrame:
    import pandas as pd

    rows = []
    for _, row in frame.iterrows():
        item: dict[str, Any] = {"text": row[column]}
        if published is not None:
            value = row[published]
            item["published"] = None if pd.isna(value) else str(value)
        record = record_of(as_document(item), max_chars)
        rows.append({column: record.get(key) for column, key in RECORD_COLUMNS.items()})
    out = pd.DataFrame(rows, index=frame.index, columns=list(RECORD_COLUMNS), dtype=object)
    return pd.concat([frame, out], axis=1)


def process_dataframe(
    frame: dask.dataframe.DataFrame,
    column: str = "text",
    *,
    published: str | None = None,
    max_chars: int | None = None,
) -> dask.dataframe.DataFrame:
    """The frame with the article's fields added as columns (see ``RECORD_COLUMNS``).

    ``column`` holds the text or HTML; ``published``, if given, names a column of
    publication times (ISO strings or timestamps).  A row that fails has ``error`` set
    (a dict with ``type`` and ``message``) and the other new columns empty.

    >>> import dask.dataframe as dd, pandas as pd
    >>> frame = dd.from_pandas(pd.DataFrame({"text": ["“Yes,” she said."]}), npartitions=1)
    >>> process_dataframe(frame).compute()["quotes"][0][0]["text"]
    'Yes'
    """
    import pandas as pd

    meta = frame._meta.copy()
    for name in RECORD_COLUMNS:
        meta[name] = pd.Series(dtype=object)
    return frame.map_partitions(
        _partition, column, published, max_chars, meta=meta, align_dataframes=False
    )
