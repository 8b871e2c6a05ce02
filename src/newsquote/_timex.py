"""TIMEX3 values: the context a date expression is read in, and calendar arithmetic.

``Context`` is what a normaliser (``_timex_rules``) may look at: the anchor, the tense of
the clause, the time the text is speaking of.  The functions below turn that and a few
numbers into values.  Values follow TIMEX3: ``2024-11-06``, ``2024-11``, ``2024-W45``,
``2024-Q3``, ``2024-SU``, ``2024-11-06TMO``, ``199`` (the 1990s), ``P4Y``, ``PT24H``,
``XXXX-WXX-1`` (every Monday), ``PRESENT_REF``.  Without an anchor, relative expressions
stay underspecified (``XXXX-WXX-3``, ``XXXX-01``).
"""

from __future__ import annotations

import datetime as dt

import regex

from ._lexicon import en
from ._model import DateType

__all__ = [
    "SEASON_START",
    "Context",
    "Result",
    "add_months",
    "amount",
    "duration_value",
    "month_value",
    "nth_weekday",
    "quarter_of",
    "quarter_year",
    "shift",
    "valid",
    "week",
    "weekday_date",
    "year_for_month",
]

Result = tuple[str, DateType] | None


# The cue nearest to the expression decides its tense.  Future cues are tried first, so
# "scheduled" counts as future although it ends in -ed; any other -ed word reads as a
# past verb ("announced Wednesday").  Cues are looked up word by word (and as two- and
# three-word phrases), which is much cheaper than a regex over every clause.
_FUTURE = frozenset(en.FUTURE_CUES)
_PAST = frozenset(en.PAST_CUES)
# The last words of the cues: only at one of these can a cue end.
_CUE_ENDS = frozenset(c.split()[-1] for c in (*en.FUTURE_CUES, *en.PAST_CUES))
_PUNCT = '.,;:!?"“”()[]—–-'


def _cue(words: list[str], i: int) -> int:
    """+1 or -1 when a cue ends at ``words[i]``, else 0."""
    word = words[i]
    if word.lower() in _CUE_ENDS:
        for n in (3, 2, 1):
            if i + 1 >= n:
                phrase = " ".join(words[i + 1 - n : i + 1]).lower()
                if phrase in _FUTURE:
                    # A future seen from the past ("had been due to expire Friday") is past.
                    return -1 if "had" in words[max(i - n - 1, 0) : i + 1 - n] else 1
                if phrase in _PAST:
                    return -1
    if word.endswith(("'ll", "’ll")):
        return 1
    # A lower-case -ed word is a past verb; capitalised ones are names ("United").
    return -1 if len(word) > 3 and word.endswith("ed") and word.islower() else 0


def _clause_words(text: str) -> list[str]:
    # Case is kept: cues are looked up lower-cased, but the -ed rule skips names.
    return [w.strip(_PUNCT) for w in text.split()]


class Context:
    """What a normaliser may look at: the anchor, the sentence, the discourse time."""

    __slots__ = ("_tense", "anchor", "end", "quarter", "reference", "start", "text")

    def __init__(
        self,
        anchor: dt.datetime | None,
        text: str,
        start: int,
        end: int,
        reference: str | None = None,
        quarter: str | None = None,
    ) -> None:
        self.anchor = anchor
        self.text = text
        self.start = start
        self.end = end
        # The last calendar value resolved in the text: "four years earlier" and "the
        # quarter" are read from it (HeidelTime's "reference time").
        self.reference = reference
        # The last quarter named: "the quarter", "the year-ago quarter" are read from it.
        self.quarter = quarter
        self._tense: int | None = None

    def tense(self) -> int:
        """+1 future, -1 past, 0 unknown: the nearest cue before, else the first after."""
        if self._tense is None:
            before = self.text[max(self.start - 150, 0) : self.start]
            cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("; "))
            words = _clause_words(before[cut + 1 :])
            self._tense = 0
            for i in range(len(words) - 1, -1, -1):
                if sign := _cue(words, i):
                    self._tense = sign
                    return sign
            after = self.text[self.end : self.end + 150]
            cut = min(
                (i for i in (after.find(". "), after.find("\n"), after.find("; ")) if i >= 0),
                default=len(after),
            )
            words = _clause_words(after[:cut])
            for i in range(len(words)):
                if sign := _cue(words, i):
                    self._tense = sign
                    break
        return self._tense

    def ref_date(self) -> dt.date | None:
        """The day the text is speaking of: the last full date, else the anchor."""
        ref = self.reference
        if ref and len(ref) >= 10 and ref[4] == "-" and ref[:10].replace("-", "").isdigit():
            return dt.date.fromisoformat(ref[:10])
        return self.anchor.date() if self.anchor else None

    def ref_parts(self) -> tuple[int, int | None, int | None] | None:
        """Year, month and day of the time the text is speaking of, as far as known."""
        ref = self.reference
        if ref and len(ref) >= 4 and ref[:4].isdigit():
            month = int(ref[5:7]) if ref[4:5] == "-" and ref[5:7].isdigit() else None
            day = int(ref[8:10]) if month and ref[7:8] == "-" and ref[8:10].isdigit() else None
            return int(ref[:4]), month, day
        a = self.anchor
        return (a.year, a.month, a.day) if a else None

    def ref_year(self) -> int | None:
        ref = self.reference
        if ref and len(ref) >= 4 and ref[:4].isdigit():
            return int(ref[:4])
        return self.anchor.year if self.anchor else None

    def ref_quarter(self, named: bool = False) -> tuple[int, int] | None:
        """The quarter the text is speaking of (with ``named``: the last one named)."""
        ref = self.quarter if named else self.reference
        if ref and len(ref) == 7 and ref[4:6] == "-Q" and ref[:4].isdigit():
            return int(ref[:4]), int(ref[6])
        return None


# --------------------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------------------


# Seasons and the month each starts in (northern hemisphere, as TIMEX3 assumes).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def year_for_month(month: int, ctx: Context, day: int = 15) -> int:
    """The year of a month (and day) named without one, seen from the anchor.

    The nearer occurrence wins ("Jan. 20" in a November story is next January), unless
    the clause's tense points the other way and that occurrence is within eight months
    ("met in March" in a November story is last March).  Eight months scored best on
    TimeBank; half a year would let the tense decide nothing.
    """
    assert ctx.anchor is not None
    a = ctx.anchor.date()
    if not valid(2000, month, day):
        day = 28
    this = dt.date(a.year, month, min(day, 28) if month == 2 else day)
    if this == a:
        return a.year
    later = this if this > a else this.replace(year=a.year + 1)
    earlier = this if this < a else this.replace(year=a.year - 1)
    tense = ctx.tense()
    ahead, back = (later - a).days, (a - earlier).days
    if tense > 0 and ahead <= 240:
        return later.year
    if tense < 0 and back <= 240:
        return earlier.year
    return later.year if ahead < back else earlier.year


def weekday_date(weekday: int, ctx: Context, mod: str = "") -> str:
    if ctx.anchor is None:
        return f"XXXX-WXX-{weekday}"
    base = ctx.anchor.date()
    if mod in ("the previous", "the following"):
        base = ctx.ref_date() or base
    back = (base.isoweekday() - weekday) % 7
    ahead = (weekday - base.isoweekday()) % 7
    if mod in ("last", "previous", "the previous"):
        day = base - dt.timedelta(days=back or 7)  # "last Monday": strictly before
    elif mod in ("next", "coming", "the following", "the next"):
        day = base + dt.timedelta(days=ahead or 7)
    elif ctx.tense() > 0:
        day = base + dt.timedelta(days=ahead)
    else:
        # News reports mostly what happened: the last such day, today included.
        day = base - dt.timedelta(days=back)
    return day.isoformat()


def month_value(month: int, ctx: Context, mod: str = "") -> str:
    a = ctx.anchor
    if a is None:
        return f"XXXX-{month:02d}"
    if mod == "last":
        year = a.year if month < a.month else a.year - 1
    elif mod == "next":
        year = a.year if month > a.month else a.year + 1
    elif mod == "this":
        year = a.year
    else:
        year = year_for_month(month, ctx)
    return f"{year:04d}-{month:02d}"


def quarter_year(quarter: int, ctx: Context) -> str:
    """A quarter named without a year: this year's, unless it is still to come and the
    clause speaks of the past (then last year's)."""
    a = ctx.anchor
    if a is None:
        return "XXXX"
    if quarter > quarter_of(a.month) and ctx.tense() < 0:
        return f"{a.year - 1:04d}"
    return f"{a.year:04d}"


def nth_weekday(year: int, month: int, weekday: int, nth: int, first: int) -> dt.date:
    """The nth (or with -1 the last) given weekday of a month, counting from day ``first``."""
    if nth < 0:
        last = dt.date(*add_months(year, month, 1), 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    start = dt.date(year, month, first)
    return start + dt.timedelta(days=(weekday - start.isoweekday()) % 7 + 7 * (nth - 1))


# --------------------------------------------------------------------------------------
# Amounts and durations
# --------------------------------------------------------------------------------------

_FRACTION = regex.compile(r"(?P<whole>[0-9]+)\s(?P<num>[0-9])/(?P<den>[0-9])")


def amount(raw: str) -> float | None:
    """The number in "24", "2.5", "5 1/2", "twenty-four", "a couple of"; None if vague."""
    words = raw.lower().replace("-", " ").replace(",", "").split()
    if not words:
        return None
    fraction = _FRACTION.fullmatch(raw)
    if fraction:
        return int(fraction["whole"]) + int(fraction["num"]) / int(fraction["den"])
    if "couple" in words:  # "a couple of", "couple of"
        return 2
    if words[0] == "a" and len(words) > 1:  # "a few"
        return None
    if any(w in en.VAGUE_AMOUNTS for w in words):
        return None
    total = 0.0
    for w in words:
        try:
            total += float(w)
        except ValueError:
            if w not in en.NUMBER_WORDS:
                return None
            total += en.NUMBER_WORDS[w]
    return total


# Where the fraction of a unit goes: half a year is six months, half an hour 30 minutes.
_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("TH", 24), "TH": ("M", 60), "TM": ("S", 60)}


def duration_value(qty: float | None, unit: str) -> str:
    """``P4Y``, ``PT24H``, ``P2Y6M``, ``PXY`` (a vague amount)."""
    letter = en.DURATION_UNITS[unit]
    time = unit.startswith(("hour", "minute", "second"))
    prefix = "PT" if time else "P"
    if letter in ("DE", "CE") and qty is not None:
        qty, letter = qty * (10 if letter == "DE" else 100), "Y"
    if letter == "Q" and qty is not None:
        # ISO 8601 durations have no quarters: "the next three quarters" is P9M.
        qty, letter = qty * 3, "M"
    if qty is None:
        return f"{prefix}X{letter}"
    whole, rest = int(qty), qty - int(qty)
    if not rest:
        return f"{prefix}{whole}{letter}"
    smaller = _SMALLER.get("T" + letter if time else letter)
    if smaller is None:
        return f"{prefix}{qty:g}{letter}"
    small, factor = smaller
    head = f"{whole}{letter}" if whole else ""
    if small.startswith("T"):  # a day and a half: P1DT12H
        return f"{prefix}{head}T{round(rest * factor)}{small[1:]}"
    return f"{prefix}{head}{round(rest * factor)}{small}"


def shift(n: int, unit: str, ctx: Context, from_anchor: bool) -> str:
    """The time ``n`` units after (negative: before) the anchor or the discourse time."""
    letter = en.DURATION_UNITS[unit]
    a = ctx.anchor
    parts = ((a.year, a.month, a.day) if a else None) if from_anchor else ctx.ref_parts()
    if parts is None:
        return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(
            letter, "XXXX"
        )
    year, month, mday = parts
    years = {"Y": 1, "DE": 10, "CE": 100}.get(letter, 0) * n
    if not 1 <= year + years <= 9999:
        raise ValueError("beyond the calendar")  # the caller reports nothing
    calendar = not unit.startswith(("minute", "second", "hour"))
    if calendar and month is None and letter in ("D", "W", "M", "Q"):
        # The time spoken of is only a year ("in 1988 ... that same day"): the year is
        # known, the rest is not.
        rest = {"D": "XX-XX", "W": "WXX", "M": "XX", "Q": "QX"}[letter]
        return f"{year:04d}-{rest}"
    if calendar and mday is None and letter in ("D", "W"):
        # Only a month ("last October ... that same day"): the day is not known.
        return f"{year:04d}-{month:02d}-XX" if letter == "D" else f"{year:04d}-WXX"
    base = dt.date(year, month or 1, mday or 1)
    if letter == "D":
        return (base + dt.timedelta(days=n)).isoformat()
    if letter == "W":
        return week(base + dt.timedelta(weeks=n))
    if letter == "M" and not unit.startswith("minute"):
        return "{:04d}-{:02d}".format(*add_months(base.year, base.month, n))
    if letter == "Q":
        year, month = add_months(base.year, base.month, 3 * n)
        return f"{year:04d}-Q{quarter_of(month)}"
    if letter == "Y":
        # In results reporting "a year earlier" is the same quarter of the year before:
        # the quarter spoken of, or for "a year ago/earlier" the last quarter named.
        quarter = ctx.ref_quarter() or (ctx.ref_quarter(named=True) if abs(n) == 1 else None)
        if quarter is not None:
            return f"{quarter[0] + n:04d}-Q{quarter[1]}"
        return f"{base.year + n:04d}"
    if letter == "DE":
        return f"{(base.year + 10 * n) // 10:03d}"
    if letter == "CE":
        return f"{(base.year + 100 * n) // 100:02d}"
    # Hours, minutes, seconds: the anchor's clock time moved.
    anchor = ctx.anchor or dt.datetime.combine(base, dt.time())
    seconds = {"H": 3600, "M": 60, "S": 1}[letter] * n
    moved = anchor + dt.timedelta(seconds=seconds)
    return moved.strftime("%Y-%m-%dT%H:%M")
