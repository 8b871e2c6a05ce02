"""process_many: one result per item, in order, failures in place."""

from __future__ import annotations

import datetime as dt
import os

import pytest

import newsquote
from newsquote import Article, Failure
from newsquote._batch import ordered_map
from newsquote.exceptions import InputValueError

from .conftest import seed_texts


def test_results_come_in_input_order_with_failures_in_place() -> None:
    items: list[object] = [
        "“Yes,” she said.",
        {"id": "x", "text": 42},
        {"id": "y", "html": "<html><body><p>Short.</p></body></html>"},
        {"id": "z", "text": "On Monday he left.", "published": "2024-11-07T10:00"},
        {"nothing": True},
        3.5,
    ]
    results = list(newsquote.process_many(items, workers=1))  # type: ignore[arg-type]
    assert [type(r) for r in results] == [Article, Failure, Article, Article, Failure, Failure]
    assert isinstance(results[1], Failure)
    assert results[1].id == "x"
    assert results[1].error_type == "InputTypeError"
    assert isinstance(results[3], Article)
    assert results[3].published == dt.datetime(2024, 11, 7, 10, 0)
    assert [d.value for d in results[3].dates] == ["2024-11-04"]


def test_workers_give_the_same_results_as_one_process() -> None:
    texts = list(seed_texts().values()) * 3
    one = list(newsquote.process_many(texts, workers=1))
    two = list(newsquote.process_many(texts, workers=2))
    assert one == two


def test_items_are_read_lazily() -> None:
    def endless() -> object:
        n = 0
        while True:
            n += 1
            yield f"“Number {n},” he said."

    results = newsquote.process_many(endless(), workers=2)  # type: ignore[arg-type]
    first = [next(results) for _ in range(5)]
    assert [r.quotes[0].text for r in first if isinstance(r, Article)] == [
        f"Number {n}" for n in range(1, 6)
    ]


def test_max_chars_gives_a_failure() -> None:
    (result,) = newsquote.process_many(["x" * 100], workers=1, max_chars=10)
    assert isinstance(result, Failure)
    assert result.error_type == "DocumentTooLargeError"


@pytest.mark.parametrize("workers", [0, -1, 1.5, "2"])
def test_bad_workers_raise(workers: object) -> None:
    with pytest.raises(InputValueError):
        newsquote.process_many([], workers=workers)  # type: ignore[arg-type]


def test_failure_to_dict() -> None:
    failure = Failure(id="a", error_type="InputTypeError", message="no")
    assert failure.to_dict() == {"id": "a", "error": {"type": "InputTypeError", "message": "no"}}


def _dies_on_three(x: int) -> int:
    if x == 3:
        os._exit(1)  # a worker killed mid-document (a crash in C code, the OOM killer)
    return x * 10


def test_a_dying_worker_costs_only_its_chunk() -> None:
    out = list(
        ordered_map(_dies_on_three, range(12), workers=2, chunk_size=2, on_crash=lambda x: -x)
    )
    # Items 2 and 3 shared the dead chunk; every other item came through, in order.
    assert out == [0, 10, -2, -3, 40, 50, 60, 70, 80, 90, 100, 110]
