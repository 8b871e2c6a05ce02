"""Sentences: per paragraph, quote-aware, abbreviation-aware, offsets by construction.

Every line break ends a sentence and nothing carries across it, so one stray quote mark
can never swallow the rest of an article.  Inside a line, each run of ``.``, ``?``, ``!``
or ``…`` (with the closing quotes and brackets after it) is a candidate boundary, and
:func:`_is_boundary` decides from the word before it and the word after it.
"""

from __future__ import annotations

import regex

from ._cues import REPORTING_FORMS
from ._lexicon import en
from ._model import Sentence
from ._text import ensure_text, iter_lines

__all__ = ["segment", "segment_spans"]

# A candidate boundary: terminal punctuation (dots may be spaced as ". . ."), then the
# quotes and brackets it closes, then the space before the next sentence.
_CANDIDATE = regex.compile(
    r"""
    (?P<punct> (?:\.[ ]){2,}\. | [.?!…]++ )
    (?P<close> ["'”’»)\]]*+ )
    (?P<space> \s++ )
    """,
    regex.VERBOSE,
)
_WORD_BEFORE = regex.compile(r"(?r)(?P<word>[^\s(\[\"“‘'«]*+)$")
_NEXT_WORD = regex.compile(r"[\"“‘'«(\[]*+(?P<word>[\w'’.-]*+)")
_TAIL = regex.compile(r"[^.?!\n]{0,60}?[.?!,]")

_TITLES = en.TITLE_ABBREVIATIONS
_ABBREVS = en.ABBREVIATIONS
_FINAL_ABBREVS = en.SENTENCE_FINAL_ABBREVIATIONS
# Words that start sentences far more often than they continue a name or a phrase; after
# an abbreviation that can end a sentence ("U.S."), they show that it did.
_STARTERS = frozenset(
    """
    the a an he she it they we i you this that these those there here how what why when
    where who but and or so yet if as at in on mr mrs ms dr his her its their our my
    however meanwhile still then now is are was were do does did can will would
    """.split()
)


def _is_boundary(text: str, m: regex.Match[str], line_start: int) -> bool:
    punct = m.group("punct")
    close = m.group("close")
    after = m.end()
    nxt = _NEXT_WORD.match(text, after)
    next_word = nxt.group("word") if nxt else ""
    next_char = text[after] if after < len(text) else ""
    if not next_char:
        return True
    # A lower-case continuation never starts a sentence ("she said", "at noon").
    if next_char.islower():
        return False
    if punct[-1] in "?!" or punct.startswith("…") or len(punct) > 1:
        # "“Why should we engage?” Peskov responded." is one sentence.
        return not (close and close[-1] in "\"”’»'" and _reporting_tail(text, after))
    # A single period: look at the word it ends.
    before = _WORD_BEFORE.search(text, line_start, m.start())
    word = before.group("word") if before else ""
    bare = word.lower().strip("'’\"“”")
    if not bare:
        return True
    if close:
        return not (close[-1] in "\"”’»'" and _reporting_tail(text, after))
    if bare in _TITLES:
        return False
    if bare.replace(".", "").isdigit() and next_char.isdigit():
        return False
    letters = bare.replace(".", "")
    if len(letters) == 1 and letters.isalpha():
        # An initial ("Jonas E. Smith", "J.D. Vance") unless it is the pronoun I.
        return word == "I" and not _capitalised_before(text, line_start, m.start() - len(word))
    if "." in bare or bare in _ABBREVS:
        if bare in _FINAL_ABBREVS:
            return next_word.lower() in _STARTERS or next_word[:1] in '"“'
        return False
    return True


def _capitalised_before(text: str, line_start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(text, line_start, max(line_start, end - 1))
    word = before.group("word") if before else ""
    return bool(word[:1].isupper())


def _reporting_tail(text: str, start: int) -> bool:
    """A short clause with a reporting verb after a closing quote ("Peskov responded.")."""
    tail = _TAIL.match(text, start)
    if tail is None:
        return False
    words = [w.lower() for w in regex.findall(r"[\w'’]+", tail.group())]
    return 0 < len(words) <= 6 and any(w in REPORTING_FORMS for w in words)


def segment_spans(text: str) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` offsets: ordered, disjoint, covering all non-space text."""
    spans: list[tuple[int, int]] = []
    for line_start, line_end in iter_lines(text):
        start = line_start
        for m in _CANDIDATE.finditer(text, line_start, line_end):
            if _is_boundary(text, m, line_start):
                end = m.start("space")
                _add(text, spans, start, end)
                start = m.end()
        _add(text, spans, start, line_end)
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def segment(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text``, with offsets into it.

    >>> [s.text for s in segment("Mr. Smith went to Washington. He left at 5 p.m.")]
    ['Mr. Smith went to Washington.', 'He left at 5 p.m.']
    """
    text = ensure_text(text)
    return tuple(Sentence(text=text[s:e], start=s, end=e) for s, e in segment_spans(text))
