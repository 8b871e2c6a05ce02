"""A faster engine for the many texts with no letter outside ASCII.

The patterns are written for the ``regex`` module (its Unicode classes, ``\\p{Lu}``).  In a
*plain* text, whose every character is ASCII or a mark that neither engine takes for a
letter, a word character or a space on which they differ, ``\\p{Lu}`` matches exactly
``[A-Z]``, ``\\p{L}`` exactly ``[A-Za-z]`` and ``\\s`` the same characters in both.  The
same pattern with those classes finds the same matches with the standard library's
engine (the same backtracking rules for alternation, lookahead and possessive
repetition), in less time.

Most forms here are also arranged to open with one character class: the standard
library's engine then skips in C to the next character that can start a match, where a
look around or an alternation first makes it try every position.  Each form is used only
while the pattern it stands for has the form it was written from (its text is checked),
so a change to that pattern falls back to it, never to a stale copy.  ``_CANDIDATE``'s
form needs no plain text: it names no letter, and its ``\\s`` leaves out the characters
the engines differ on.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Callable, Iterator

import regex

from ._lexicon import en
from ._mention_shapes import _NAME_RUN, _PARTICLE

__all__: list[str] = []

AnyMatch = re.Match[str] | regex.Match[str]


def _same_to_both(c: str) -> bool:
    """Whether neither engine reads ``c`` as a letter or word character, and both or
    neither read it as a space."""
    letter = regex.match(r"[\w\p{L}]", c) is not None or re.match(r"\w", c) is not None
    return not letter and (regex.match(r"\s", c) is None) == (re.match(r"\s", c) is None)


# Non-ASCII characters common in news copy: Latin-1 signs, general punctuation (curly
# quotes, dashes, spaces), currency signs; those the test above admits.
_COMMON = [*range(0x80, 0xC0), 0xD7, 0xF7, *range(0x2000, 0x2070), *range(0x20A0, 0x20D0)]
_EXTRA = "".join(c for c in map(chr, _COMMON) if _same_to_both(c))
# ASCII without \x1c-\x1f, which the standard library's \s takes and the regex module's not.
_NOT_PLAIN = re.compile(f"[^\\x00-\\x1b\\x20-\\x7f{_EXTRA}]")


def _plain_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` with its Unicode letter classes narrowed to ASCII."""
    narrowed = pattern.replace(r"[\p{L}", "[A-Za-z").replace(r"\p{Lu}", "[A-Z]")
    for unicode_class in (r"\p", r"\w", r"\b", r"\d"):
        assert unicode_class not in narrowed, unicode_class
    return re.compile(narrowed)


def _name_run() -> re.Pattern[str]:
    """``_NAME_RUN`` narrowed, and arranged for the engine's fast scan: it opens with the
    capital instead of a look ahead at it (the engine skips to the next capital in C),
    each title is its capital (looked back at) and the rest, and the titles are tried
    only when a period follows a few lower-case letters (the rest of every title).  The
    alternatives, their order and so the matches are those of ``_NAME_RUN``."""
    titles = sorted((t.capitalize() for t in en.TITLE_ABBREVIATIONS), key=len, reverse=True)
    token = rf"(?:(?:{'|'.join(titles)})\.|\p{{Lu}}[\p{{L}}'’-]*+|\p{{Lu}}\.(?:\p{{Lu}}\.)*+)"
    written_from = rf"(?=\p{{Lu}}){token}(?:\s(?:{_PARTICLE}\s)?{token})*+"
    if _NAME_RUN.pattern != written_from or not all(t.isascii() and t.isalpha() for t in titles):
        # (The arrangement holds for the form it was written from, with plain titles.)
        return _plain_pattern(_NAME_RUN.pattern)
    by_capital: dict[str, list[str]] = {}
    for t in titles:
        by_capital.setdefault(t[0], []).append(t[1:])
    rests = "|".join(f"(?<={c})(?:{'|'.join(r)})" for c, r in by_capital.items())
    most = max(len(t) for t in titles) - 1
    title = rf"(?=[A-Z][a-z]{{0,{most}}}\.)(?:{'|'.join(titles)})\."
    token = rf"(?:{title}|[A-Z][A-Za-z'’-]*+|[A-Z]\.(?:[A-Z]\.)*+)"
    first = rf"[A-Z](?:(?=[a-z]{{0,{most}}}\.)(?:{rests})\.|[A-Za-z'’-]*+|\.(?:[A-Z]\.)*+)"
    return re.compile(rf"{first}(?:\s(?:{_PARTICLE}\s)?{token})*+")


_PLAIN_NAME_RUN = _name_run()
# ``_resolve._CAPITAL_WORD``, "(?<!\p{L})\p{Lu}[\p{L}'’-]*+", narrowed: the capital is
# matched before the look back (a capital not after a letter, the same test), which lets
# the engine skip to the next capital.
_PLAIN_CAPITAL_WORD = re.compile(r"[A-Z](?<![A-Za-z][A-Z])[A-Za-z'’-]*+")


def is_plain(text: str) -> bool:
    """Whether the narrowed patterns find the same matches in ``text``."""
    if text.isascii():  # (known in C without a scan; then only \x1c-\x1f are not plain)
        return not any(c in text for c in "\x1c\x1d\x1e\x1f")
    return _NOT_PLAIN.search(text) is None


def name_runs(text: str, plain: bool) -> Iterator[AnyMatch]:
    """``_NAME_RUN.finditer(text)``; ``plain`` is ``is_plain(text)``."""
    return (_PLAIN_NAME_RUN if plain else _NAME_RUN).finditer(text)


def capital_words(text: str, plain: bool, pattern: regex.Pattern[str]) -> Iterator[AnyMatch]:
    """``pattern.finditer(text)`` for ``_resolve._CAPITAL_WORD``; ``plain`` is
    ``is_plain(text)``."""
    plain = plain and pattern.pattern == r"(?<!\p{L})\p{Lu}[\p{L}'’-]*+"  # (its form)
    return (_PLAIN_CAPITAL_WORD if plain else pattern).finditer(text)


# _segment._CANDIDATE (the SHA-256 of its pattern: the form this one was written from) for
# the standard library's engine, which skips in C to a character that can open a match:
# the first mark is matched before the look back at the marks before it (the same test,
# a character later), and "\s" leaves out \x1c-\x1f, as the regex module's does.
_CANDIDATE_FORM = "1514668e43117fd1befb8f5f908655fb38b3cc6becdc2348bc8778e3449dc5e3"
_STDLIB_CANDIDATE = re.compile(
    r"(?P<punct>[.?!…](?<![.?!…][.?!…])(?<!\.[ ][.?!…])"
    r"(?>(?<=\.)(?:[ ]\.(?![.…]))++|[.?!…]*+))"
    r"(?P<close>[\"'”’»)\]]*+)(?=[^\S\x1c-\x1f])"
)


def candidate_finder(
    pattern: regex.Pattern[str],
) -> Callable[[str, int, int], Iterator[AnyMatch]]:
    """``pattern.finditer`` for ``_segment._CANDIDATE``: the standard library's form while
    the pattern is the one it was written from (same matches and groups)."""
    digest = hashlib.sha256(pattern.pattern.encode()).hexdigest()
    same = digest == _CANDIDATE_FORM and not pattern.flags & (regex.IGNORECASE | regex.MULTILINE)
    return _STDLIB_CANDIDATE.finditer if same else pattern.finditer


# ``_resolve._GENDERED_PRONOUN`` narrowed: the first letter is matched before the look
# back at a word character before it (the opening "\b"), so the engine skips in C to the
# next h or s; the words and their order are the same.
_PLAIN_PRONOUN = re.compile(
    r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:[Ee](?:[Rr][Ss]?)?|[Ii][SsMm])|(?<=[Ss])[Hh][Ee])\b"
)


def pronoun_search(
    pattern: regex.Pattern[str], plain: bool
) -> Callable[[str, int, int], AnyMatch | None]:
    """``pattern.search`` for ``_resolve._GENDERED_PRONOUN``; ``plain`` is ``is_plain``
    of the text searched (the narrowed form only for the form it was written from)."""
    plain = plain and pattern.pattern == r"(?i)\b(?:he|his|him|she|her|hers)\b"
    return _PLAIN_PRONOUN.search if plain else pattern.search


# What may not touch a whole word: a letter (in a plain text, an ASCII one), an apostrophe
# or a hyphen.
_WORD_CHARS = frozenset(string.ascii_letters + "'’-")


def has_word(text: str, word: str, plain: bool) -> bool:
    """Whether ``word`` occurs in ``text`` with no letter, apostrophe or hyphen on either
    side; ``plain`` is ``is_plain(text)``.  In a plain text, literal finds and two tests
    of a character instead of compiling a pattern for the word."""
    if not plain:
        pattern = rf"(?<![\p{{L}}'’-]){regex.escape(word)}(?![\p{{L}}'’-])"
        return regex.search(pattern, text) is not None
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or text[at - 1] not in _WORD_CHARS) and text[end : end + 1] not in _WORD_CHARS:
            return True
        at = text.find(word, at + 1)
    return False
