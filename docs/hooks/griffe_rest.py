"""A Griffe extension for the API reference: the package's docstrings as Markdown.

The docstrings are written for ``help()`` and doctest: reST roles (:class:`Quote`),
doctest sessions (``>>> ...``) and literal blocks introduced by ``::``.  Markdown would
read a doctest's ``x["a"][0]`` as a link and print the roles verbatim, so before
mkdocstrings renders a docstring this extension fences each doctest session as
``pycon``, turns each role into inline code, and drops the ``::`` marker.
The docstrings themselves stay as they are; doctest keeps running them.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|data|exc|obj|const):`(~?)([^`]+)`")


def code_of(role: re.Match[str]) -> str:
    """``:class:`~a.B``` is `` `B` `` (the tilde keeps the last name only), else the whole."""
    tilde, target = role.groups()
    return f"`{target.rsplit('.', 1)[-1] if tilde else target}`"


LITERAL_MARKER = re.compile(r"(?<=\S)::$")


def markdown_of(docstring: str) -> str:
    """The docstring with doctest sessions fenced, roles as code, ``::`` as ``:``."""
    out: list[str] = []
    in_session = False
    for line in docstring.splitlines():
        stripped = line.strip()
        if not in_session and stripped.startswith(">>>"):
            out.append("```pycon")
            in_session = True
        elif in_session and not stripped:
            out.append("```")
            in_session = False
        if not in_session:
            line = LITERAL_MARKER.sub(":", ROLE.sub(code_of, line))
        out.append(line)
    if in_session:
        out.append("```")
    return "\n".join(out)


class RestToMarkdown(griffe.Extension):
    """Rewrite every docstring Griffe loads with :func:`markdown_of`."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = markdown_of(obj.docstring.value)
