"""Result types: frozen, keyword-only, JSON-ready."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

import newsquote
from newsquote import Article, Mention, Quote, Sentence, Speaker


def test_spans_are_frozen_and_keyword_only() -> None:
    s = Sentence(text="Hi.", start=0, end=3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.start = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        Sentence("Hi.", 0, 3)  # type: ignore[call-arg]


def test_to_dict_is_plain_json(seeds: dict[str, str]) -> None:
    text = next(iter(seeds.values()))
    art = newsquote.process(text, published=dt.datetime(2024, 7, 15))
    data = art.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["published"] == "2024-07-15T00:00:00"
    assert len(data["quotes"]) == len(art.quotes)
    assert {"text", "start", "end", "kind", "speaker", "speaker_mention", "cue"} <= set(
        data["quotes"][0]
    )


def test_quote_to_dict_with_and_without_speaker() -> None:
    q = Quote(text="x", start=0, end=1, kind="direct")
    assert q.to_dict()["speaker"] is None
    q2 = attrs.evolve(
        q,
        speaker=Speaker(name="Dmitry Peskov", kind="person"),
        speaker_mention=Mention(text="He", start=3, end=5),
    )
    assert q2.to_dict()["speaker"] == {"name": "Dmitry Peskov", "kind": "person"}
    assert q2.to_dict()["speaker_mention"] == {"text": "He", "start": 3, "end": 5}


def test_empty_article_to_dict() -> None:
    data = Article(source="", text="").to_dict()
    assert data["quotes"] == []
    assert data["published"] is None
