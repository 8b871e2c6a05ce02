"""The public surface: ``newsquote.__all__`` and the module's public names never drift."""

from __future__ import annotations

import types

import newsquote
import newsquote.exceptions

# The contract in DESIGN.md; evaluation scripts outside the repository call these.
CONTRACT = {
    "Article",
    "Boilerplate",
    "Cleaned",
    "DateMention",
    "Mention",
    "Quote",
    "Sentence",
    "Speaker",
    "clean",
    "find_dates",
    "find_quotes",
    "normalise_date",
    "process",
    "segment",
}


def public_names(module: types.ModuleType) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and not (isinstance(value, types.ModuleType) and name != "exceptions")
        and name != "annotations"
    }


def test_all_matches_the_public_names() -> None:
    assert set(newsquote.__all__) - {"__version__"} == public_names(newsquote)


def test_all_is_sorted_and_unique() -> None:
    assert list(newsquote.__all__) == sorted(set(newsquote.__all__))


def test_contract_is_exported() -> None:
    assert set(newsquote.__all__) >= CONTRACT


def test_exported_objects_say_they_are_newsquote() -> None:
    for name in newsquote.__all__:
        value = getattr(newsquote, name)
        module = str(getattr(value, "__module__", None) or getattr(value, "__name__", ""))
        if name != "__version__":
            assert module.startswith("newsquote"), name


def test_exceptions_module_all() -> None:
    assert set(newsquote.exceptions.__all__) == public_names(newsquote.exceptions)
    for name in newsquote.exceptions.__all__:
        assert issubclass(getattr(newsquote.exceptions, name), newsquote.NewsquoteError)
