"""Dask: the same results on a 2-worker LocalCluster as in one process."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsquote._batch import as_document, record_of

from .conftest import seed_texts

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

from newsquote.dask import process_bag, process_dataframe  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def corpus() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = [
        {"id": name, "text": text, "published": "2024-11-08"}
        for name, text in sorted(seed_texts().items())
    ]
    items.append({"id": "bad"})
    return items


def test_bag_matches_single_process(client: Any) -> None:
    import dask.bag as db

    items = corpus()
    expected = [record_of(as_document(item)) for item in items]
    got = process_bag(db.from_sequence(items, npartitions=3)).compute()
    assert got == expected
    assert got[-1]["error"]["type"] == "InputValueError"


def test_dataframe_matches_single_process(client: Any) -> None:
    import dask.dataframe as dd

    items = [i for i in corpus() if "text" in i]
    frame = pd.DataFrame(
        {"text": [i["text"] for i in items], "when": [i["published"] for i in items]}
    )
    out = process_dataframe(
        dd.from_pandas(frame, npartitions=2), "text", published="when"
    ).compute()
    expected = [
        record_of(as_document({"text": i["text"], "published": i["published"]})) for i in items
    ]
    assert list(out["quotes"]) == [e["quotes"] for e in expected]
    assert list(out["title"]) == [e["title"] for e in expected]
    assert out["error"].isna().all()
