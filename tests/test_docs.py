"""Doctests in the package, code blocks in docs/ and the scripts in examples/ all run."""

from __future__ import annotations

import doctest
import importlib
import pathlib
import pkgutil
import re
import runpy
import sys

import pytest

import newsquote

from .conftest import ROOT

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(newsquote.__path__, "newsquote.")
    if "__main__" not in m.name
)


@pytest.mark.parametrize("name", ["newsquote", *MODULES])
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def python_blocks(path: pathlib.Path) -> list[str]:
    blocks: list[str] = []
    current: list[str] = []
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("```"):
            if inside:
                blocks.append("\n".join(current))
                current, inside = [], False
            elif line.strip() in ("```python", "```py"):
                inside = True
            continue
        if inside:
            current.append(line)
    return blocks


DOCS = sorted([*(ROOT / "docs").rglob("*.md"), ROOT / "README.md"])


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_docs_code_blocks_run(
    path: pathlib.Path, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for block in python_blocks(path):
        exec(compile(block, str(path), "exec"), namespace)


EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_run(
    path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", [str(path)])
    runpy.run_path(str(path), run_name="__main__")


def test_every_example_is_shown_in_the_docs() -> None:
    page = (ROOT / "docs" / "examples.md").read_text(encoding="utf-8")
    for path in EXAMPLES:
        assert f'--8<-- "examples/{path.name}"' in page, path.name


def test_a_release_version_has_its_changelog_section() -> None:
    version = newsquote.__version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    if re.fullmatch(r"\d+\.\d+\.\d+", version):
        assert re.search(
            rf"^## \[{re.escape(version)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M
        )


def test_docstrings_become_markdown_for_the_api_reference() -> None:
    # docs/hooks/griffe_rest.py, which mkdocstrings runs on every docstring it renders.
    markdown_of = runpy.run_path(str(ROOT / "docs" / "hooks" / "griffe_rest.py"))["markdown_of"]
    session = ">>> x = {'a': [1]}\n>>> x['a'][0]\n1\n"
    docstring = f"See :class:`~newsquote.Quote` or :func:`newsquote.process`::\n\n{session}\nEnd."
    assert markdown_of(docstring) == (
        f"See `Quote` or `newsquote.process`:\n\n```pycon\n{session}```\n\nEnd."
    )
