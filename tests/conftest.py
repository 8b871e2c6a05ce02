"""Shared fixtures: the sample articles and their annotation, and the optional corpora."""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from newsquote import Article

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE / "data"
ROOT = HERE.parent
# Evaluation data lives beside the project, not in it; users do not have it.
SHARED = ROOT.parent / "shared"

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=60
)
settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")


def load_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((DATA / "seeds.json").read_text(encoding="utf-8"))
    return gold


def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((DATA / "seeds").glob("*.txt"))}


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    return load_gold()


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return seed_texts()


def check_spans(art: Article) -> None:
    """Every span of an article slices back to its text (the invariant of the API)."""
    for b in art.boilerplate:
        assert art.source[b.start : b.end] == b.text
    for group in (art.sentences, art.quotes, art.dates):
        for x in group:
            assert art.text[x.start : x.end] == x.text
    for q in art.quotes:
        for m in (q.speaker_mention, q.cue):
            if m is not None:
                assert art.text[m.start : m.end] == m.text


def shared_path(*parts: str) -> pathlib.Path:
    """A path under ../shared, or a skip when it is absent (users do not have it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path
