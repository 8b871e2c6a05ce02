"""Date and time expressions: finding them, normalised to TIMEX3 values.

The patterns are in ``_date_patterns``, what each match means in ``_timex_rules`` and
``_timex_relative``, the context they read it in (tense, the time the text is speaking
of, calendar arithmetic) in ``_timex``.  This module finds the matches and chooses.

Reading rules for numeric dates (documented in docs/concepts.md):

* ``D-M-YYYY`` and ``D.M.YYYY`` (dashes or dots) read day first: ``7-11-2024`` is
  7 November 2024, as written across Europe, Russia and India, where such dates appear.
* ``M/D/YYYY`` (slashes) reads month first, the US convention: ``11/7/2024`` is 7 November.
  When the first number cannot be a month (``25/12/2024``), it reads day first.
* ``YYYY-MM-DD`` (ISO) is unambiguous.

Relative expressions ("on Wednesday", "in January", "yesterday") resolve against the
anchor (the publication time).  Without an anchor they stay underspecified
(``XXXX-WXX-3``, ``XXXX-01``): never silently resolved against today.

Finding is two-staged for speed.  One cheap pass finds *triggers*: the words no date
expression can do without (a month or weekday name, a year-like number, a clock time, a
unit such as "year", a word such as "today").  Each pattern then runs only around the
triggers of its kinds: searched in the windows around them, or, for patterns that end
with their trigger, matched backwards from where they can end: the trigger's own end, or
the end of one of a few words just after it ("ago" in "two weeks ago").  Every match
contains one of its pattern's triggers and reaches at most ``LEFT`` characters before
its first and ``RIGHT`` after its last, so this finds exactly what a scan of the whole
text would (a property test checks it).
"""

from __future__ import annotations

import datetime as dt
import itertools

import regex

from . import _timex, _timex_rules
from ._date_patterns import BACKWARD, COMPILED, LEFT, LONGEST, RIGHT, TRIGGER_WORDS
from ._model import DateMention, DateType
from ._text import ensure_text

__all__ = ["find_dates", "normalise_date", "parse_timestamp"]

# Every trigger word is ASCII.  Any other character becomes "?" (one for one, so offsets
# hold), and "?" like every ASCII character that is not a letter or digit becomes a space:
# str.lower and str.translate then stay on CPython's fast paths for ASCII, five times
# faster on text with curly quotes or dashes.  A letter such as "é" splits a word in two,
# which can only add triggers, never lose one.
_BLANKS = dict.fromkeys((c for c in range(128) if not chr(c).isalnum()), " ")
_AMPM = regex.compile(r"\s?[AaPp]\.?[Mm](?![\w])")


def _tokens(text: str) -> list[str]:
    if not text.isascii():
        text = text.encode("ascii", "replace").decode("ascii")
    return text.lower().translate(_BLANKS).split(" ")


class _Triggers:
    """The triggers of a text by kind, and its tokens (for backward patterns)."""

    __slots__ = ("indices", "lengths", "spans", "tokens")

    def __init__(self, text: str) -> None:
        self.tokens = tokens = _tokens(text)
        # Token i ends at lengths[i] + i: the lengths of the tokens up to it, and one
        # space between each two.
        self.lengths = lengths = list(itertools.accumulate(map(len, tokens)))
        self.spans: dict[str, list[tuple[int, int]]] = {kind: [] for kind in "NCMWUKQEDRSHX"}
        self.indices: dict[str, list[int]] = {kind: [] for kind in "NCMWUKQEDRSHX"}
        hits = itertools.compress(range(len(tokens)), map(TRIGGER_WORDS.__contains__, tokens))
        for i in hits:
            token = tokens[i]
            end = lengths[i] + i
            kind = TRIGGER_WORDS[token]
            if kind == "c":  # an hour: a clock time only before ":" or "p.m."
                if text[end : end + 1] != ":" and not _AMPM.match(text, end):
                    continue
                kind = "C"
            self.spans[kind].append((end - len(token), end))
            self.indices[kind].append(i)


def _triggers(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger kind, the spans of its triggers."""
    return _Triggers(text).spans


def _windows(
    text: str, triggers: dict[str, list[tuple[int, int]]], kinds: str
) -> list[tuple[int, int]]:
    """The stretches of text, around triggers of these kinds, that can hold a match."""
    spans = sorted(
        (max(start - LEFT.get(kind, 56), 0), min(end + RIGHT.get(kind, 32), len(text)))
        for kind in kinds
        for start, end in triggers[kind]
    )
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


# The end of a word: where a backward pattern can end (they all end with a word).
_WORD_END = regex.compile(r"(?<=\w)(?!\w)")


def _ends(found: _Triggers, kinds: str, reach: int, tails: frozenset[str]) -> list[int]:
    """Where a backward match can end: at its triggers' ends, or within ``reach`` after
    one, at the end of one of the words in ``tails``.

    A match ends with an ASCII letter or digit (a word of the pattern) before a
    character that is not a word character: always at the end of a token.
    """
    out: list[int] = []
    tokens, lengths, count = found.tokens, found.lengths, len(found.tokens)
    for kind in kinds:
        for i in found.indices[kind]:
            end = lengths[i] + i
            out.append(end)
            j = i + 1
            while j < count and (after := lengths[j] + j) <= end + reach:
                if tokens[j] in tails:
                    out.append(after)
                j += 1
    return sorted(set(out))


Candidate = tuple[int, int, int, str, "regex.Match[str]"]


def _candidates(text: str, exhaustive: bool = False) -> list[Candidate]:
    """Every match of every pattern, as (start, end, priority, name, match).

    A forward pattern is searched in the windows around its triggers.  A backward
    pattern is matched, anchored, at each word end just after its triggers: that is where
    its matches end, and far fewer places than a window has.  ``exhaustive`` (for tests)
    searches the whole text and tries every word end instead.
    """
    found = _Triggers(text)
    triggers = found.spans
    every_end = [m.start() for m in _WORD_END.finditer(text)] if exhaustive else []
    windows: dict[str, list[tuple[int, int]]] = {}
    ends: dict[str, list[int]] = {}
    out: list[Candidate] = []
    for priority, (name, kinds, pattern) in enumerate(COMPILED):
        if name in BACKWARD:
            if name not in ends:
                ends[name] = every_end if exhaustive else _ends(found, kinds, *BACKWARD[name])
            for end in ends[name]:
                m = pattern.match(text, max(end - LONGEST, 0), end)
                if m and m.end() > m.start():
                    out.append((m.start(), m.end(), priority, name, m))
            continue
        if kinds not in windows:
            windows[kinds] = [(0, len(text))] if exhaustive else _windows(text, triggers, kinds)
        for lo, hi in windows[kinds]:
            for m in pattern.finditer(text, lo, hi):
                if m.end() > m.start():
                    out.append((m.start(), m.end(), priority, name, m))
    return out


# --------------------------------------------------------------------------------------
# Choosing and normalising
# --------------------------------------------------------------------------------------


def _check_anchor(anchor: object) -> dt.datetime | None:
    from .exceptions import InputTypeError

    if anchor is None or isinstance(anchor, dt.datetime):
        return anchor
    if isinstance(anchor, dt.date):
        return dt.datetime.combine(anchor, dt.time())
    raise InputTypeError(f"anchor must be a datetime, date or None, not {type(anchor).__name__}")


Found = tuple[int, int, str, DateType, str]
_SETS_REFERENCE = frozenset(
    {
        *("iso", "numeric", "month_day", "day_month", "month_year", "month", "part_month"),
        *("year", "spoken_year", "weekday", "deictic", "clock"),
        *("holiday", "season", "relative_unit"),
    }
)


# Reporting periods longer than a quarter: "the first half", "the nine months".
_PERIODS = frozenset({"P6M", "P9M"})


_LATEST = regex.compile(r"(?i)\b(?:latest|current|most\srecent|this)\b")
# "the fourth quarter ended Sept. 30", "reported fourth-quarter earnings": a fiscal
# quarter, over whatever its number.
_ENDED = regex.compile(r",?\s(?:ended|ending)\b")


def _reported(quarter: str, anchor: dt.datetime | None) -> bool:
    """Whether a quarter can be the one a results story reports on: one already over.

    "a fourth-quarter charge" in a November story is a forecast; "the quarter" and "a
    year earlier" still speak of the third, the latest one reported.
    """
    if anchor is None or not quarter[:4].isdigit() or quarter[5:6] != "Q":
        return True
    return (int(quarter[:4]), int(quarter[6])) < (anchor.year, (anchor.month - 1) // 3 + 1)


def _scan(text: str, anchor: dt.datetime | None, exhaustive: bool = False) -> list[Found]:
    chosen: list[Found] = []
    taken_until = -1
    # Longest match first at each start; earlier pattern first among equals.
    ordered = sorted(_candidates(text, exhaustive), key=lambda c: (c[0], c[0] - c[1], c[2]))
    reference: str | None = None
    quarter: str | None = None
    for start, end, _, name, m in ordered:
        if start < taken_until:
            continue
        ctx = _timex.Context(anchor, text, start, end, reference, quarter)
        try:
            result = _timex_rules.NORMALISERS[name](m, ctx)
        except (ValueError, OverflowError):
            # A date beyond the calendar (year 0, "999 centuries ago" from year 1) is
            # not reported.
            result = None
        if result is None:
            continue
        value, kind = result
        chosen.append((start, end, value, kind, name))
        taken_until = end
        # Dates named outright become the time the text is speaking of; comparisons
        # ("a year earlier", "the year-ago quarter") do not move it.
        calendar = value[:4].isdigit()
        if name in ("quarter", "quarter_code"):
            reported = _reported(value, anchor) or _ENDED.match(text, end) or ctx.tense() < 0
            if calendar and reported:
                reference = quarter = value
        elif name in _SETS_REFERENCE and calendar:
            reference = value
        elif name == "quarter_ref" and calendar and _LATEST.search(text, start, end):
            # "the latest quarter", "this quarter": the quarter reported on, named.
            reference = quarter = value
        elif value in _PERIODS:
            # Results news reports a half or nine months after the quarter: "for the
            # nine months ... a year earlier" compares years, no longer the quarter.
            quarter = None
            if reference and reference[4:6] == "-Q":
                reference = None
    return chosen


def find_dates(text: str, anchor: dt.datetime | dt.date | None = None) -> tuple[DateMention, ...]:
    """Every date, time, duration and set expression in ``text``, in order.

    ``anchor`` (the publication time) resolves relative expressions; without it they
    stay underspecified (``XXXX-WXX-3``).  Offsets point into ``text``.
    """
    text = ensure_text(text)
    when = _check_anchor(anchor)
    return tuple(
        DateMention(text=text[s:e], start=s, end=e, value=value, type=kind)
        for s, e, value, kind, _ in _scan(text, when)
    )


def normalise_date(expression: str, anchor: dt.datetime | dt.date | None = None) -> str | None:
    """The TIMEX3 value of one date expression, or None when it is not one.

    >>> import datetime as dt
    >>> normalise_date("on Wednesday", anchor=dt.datetime(2024, 11, 7))
    '2024-11-06'
    >>> normalise_date("Jan. 20")
    'XXXX-01-20'
    """
    expression = ensure_text(expression, "expression")
    when = _check_anchor(anchor)
    found = _scan(expression, when)
    if not found:
        return None
    # The longest expression found is the one meant ("on Wednesday" -> "Wednesday").
    best = max(found, key=lambda c: c[1] - c[0])
    return best[2]


# "clock" too: "2:21 PM Nov. 7, 2024" is one expression.
_TIMESTAMP_PATTERNS = frozenset({"iso", "numeric", "month_day", "day_month", "clock"})


def parse_timestamp(text: str) -> tuple[int, int, dt.datetime] | None:
    """The first full calendar date (with a year) in ``text``, as a datetime.

    Used by the cleaner for datelines and publication times; returns the span too.
    """
    for s, e, value, _, name in _scan(text, None):
        if name in _TIMESTAMP_PATTERNS and value[:4].isdigit():
            try:
                return s, e, dt.datetime.fromisoformat(value)
            except ValueError:  # pragma: no cover - values are built valid
                continue
    return None
