"""Date and time expressions, normalised to TIMEX3 values against an anchor.

Reading rules for numeric dates (documented in docs/concepts.md):

* ``D-M-YYYY`` and ``D.M.YYYY`` (dashes or dots) read day first: ``7-11-2024`` is
  7 November 2024, as written across Europe, Russia and India, where such dates appear.
* ``M/D/YYYY`` (slashes) reads month first, the US convention: ``11/7/2024`` is 7 November.
  When the first number cannot be a month (``25/12/2024``), it reads day first.
* ``YYYY-MM-DD`` (ISO) is unambiguous.

Relative expressions ("on Wednesday", "in January", "yesterday") resolve against the
anchor (the publication time).  Without an anchor they stay underspecified
(``XXXX-WXX-3``, ``XXXX-01``): never silently resolved against today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from ._lexicon import en
from ._model import DateMention, DateType
from ._text import ensure_text

__all__ = ["find_dates", "normalise_date", "parse_timestamp"]

# --------------------------------------------------------------------------------------
# Named pieces, composed into patterns below
# --------------------------------------------------------------------------------------


def _alternation(words: list[str]) -> str:
    # Longest first, so "Sept" wins over "Sep" and "September" over both.
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _cased(words: list[str]) -> list[str]:
    # Month and weekday names count only capitalised ("May", "MAY"), never "may"/"march".
    return [w.capitalize() for w in words] + [w.upper() for w in words]


_FULL_MONTHS = [m for m in en.MONTHS if len(m) > 3 or m == "may"]
_ABBR_MONTHS = [m for m in en.MONTHS if len(m) <= 4 and m not in _FULL_MONTHS]
_FULL_DAYS = [d for d in en.WEEKDAYS if d.endswith("day")]
_ABBR_DAYS = [d for d in en.WEEKDAYS if not d.endswith("day")]

B = r"(?<![\w])"  # left word boundary that also works before digits
E = r"(?![\w])"  # right word boundary
MONTH = (
    rf"(?P<month>{_alternation(_cased(_FULL_MONTHS))}|(?:{_alternation(_cased(_ABBR_MONTHS))})\.?)"
)
WEEKDAY = (
    rf"(?P<weekday>{_alternation(_cased(_FULL_DAYS))}|(?:{_alternation(_cased(_ABBR_DAYS))})\.?)"
)
FULL_WEEKDAY = rf"(?P<weekday>{_alternation(_cased(_FULL_DAYS))})"
DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[6-9]|20)[0-9]{2})"
TIME = r"""
    (?P<hour>[0-2]?[0-9]) : (?P<minute>[0-5][0-9]) (?: : (?P<second>[0-5][0-9]) )?
    (?: \s? (?P<ampm>[AaPp]\.?[Mm]\.?) (?![\w]) )?
  | (?P<hour>1[0-2]|0?[1-9]) \s? (?P<ampm>[AaPp]\.?[Mm]\.?) (?![\w])
"""
ZONE = r"(?:\s?(?:GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|MSK|IST)(?:[+-][0-9]{1,2})?(?![\w]))?"
AT_TIME = rf"(?:,?\s(?:at\s)?(?:{TIME}){ZONE})"

# (name, pattern) in priority order: at one position the longest match wins, and among
# equally long ones the earlier pattern.
_PATTERNS: list[tuple[str, str]] = [
    # 2024-11-07, 2024-11-07T14:20:00, 2024/11/07
    (
        "iso",
        rf"{B}(?P<year>[12][0-9]{{3}})(?P<sep>[-/])(?P<nmonth>[01]?[0-9])(?P=sep)(?P<day>[0-3]?[0-9])"
        r"(?:[T\s](?P<hour>[0-2][0-9]):(?P<minute>[0-5][0-9])(?::(?P<second>[0-5][0-9]))?"
        rf"(?:\.[0-9]+)?(?:Z|[+-][0-9]{{2}}:?[0-9]{{2}})?)?{E}",
    ),
    # 7-11-2024 02:20 PM (day first), 11/7/2024 (month first), 7.11.2024 (day first)
    (
        "numeric",
        rf"{B}(?P<a>[0-3]?[0-9])(?P<sep>[-/.])(?P<b>[0-3]?[0-9])(?P=sep)(?P<year>(?:1[6-9]|20)[0-9]{{2}}){E}"
        rf"{AT_TIME}?",
    ),
    # Thursday, November 7, 2024 2:21:13 PM / November 7th / Jan. 20
    (
        "month_day",
        rf"{B}(?:{WEEKDAY},?\s)?{MONTH}\s{DAY}{E}(?:,?\s{YEAR}{E})?{AT_TIME}?",
    ),
    # 07 November 2024 15:40 / 20 January / the 5th of May
    (
        "day_month",
        rf"{B}(?:{WEEKDAY},?\s)?(?:the\s)?{DAY}(?:\sof)?\s{MONTH}{E}(?:,?\s{YEAR}{E})?{AT_TIME}?",
    ),
    # January 2021 / Jan. 2021
    ("month_year", rf"{B}{MONTH},?\s{YEAR}{E}"),
    # the 1990s, the '90s
    (
        "decade",
        rf"{B}(?:the\s)?(?:(?P<century>1[6-9]|20)(?P<decade>[0-9])0|['’](?P<decade2>[0-9])0)s{E}",
    ),
    # mid-March, early December, late 2024, the end of January
    (
        "part_month",
        rf"{B}(?P<part>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\send\sof|[Tt]he\sbeginning\sof|[Tt]he\smiddle\sof)"
        rf"[-\s](?:{MONTH}(?:,?\s{YEAR})?|{YEAR}){E}",
    ),
    # Wednesday, Saturday’s.  In "Wednesday morning" the weekday is its own DATE and the
    # part of day a TIME of its own (below), so the calendar day is always reported.
    ("weekday", rf"{B}{FULL_WEEKDAY}{E}"),
    ("part_of_day", rf"(?<={FULL_WEEKDAY}\s)(?P<pod>morning|afternoon|evening|night){E}"),
    # in January, last May, next September (May only with a preposition or modifier)
    (
        "month",
        rf"{B}(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his)\s|(?<=\b(?:since|until|till|in|by|from|of|through|"
        rf"during|early|late|mid)[-\s]))?{MONTH}{E}",
    ),
    ("year", rf"{B}(?<![$€£\#-][0-9]*){YEAR}{E}(?![-–][0-9]|,[0-9]|\.[0-9])"),
    # yesterday, today, tomorrow, tonight, this morning, last night
    (
        "deictic",
        rf"{B}(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\snight|"
        rf"[Tt]his\s(?:morning|afternoon|evening))(?:\s(?P<pod>morning|afternoon|evening|night))?{E}",
    ),
    # this year, last week, next month, earlier this year, later this month
    (
        "relative_unit",
        # "his last year in office" is a noun phrase, not a date: no possessive before.
        rf"{B}(?<!\b(?:his|her|their|its|the|my|our|your)\s)"
        rf"(?P<pre>(?:[Ee]arlier|[Ll]ater)\s)?(?P<which>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|"
        rf"[Pp]revious)\s(?P<unit>week|weekend|month|year|quarter|spring|summer|autumn|fall|winter){E}",
    ),
    # four years earlier, two weeks ago, three days later
    (
        "offset",
        rf"{B}(?P<num>[0-9]{{1,3}}|{_alternation(list(en.NUMBER_WORDS))}|a|an)\s(?P<unit>days?|weeks?|"
        rf"months?|years?|decades?)\s(?P<dir>earlier|ago|later|before|after|before\sthat|from\snow){E}",
    ),
    # durations: three years, 24 hours, the last 24 hours, nearly three years
    (
        "duration",
        rf"{B}(?P<pre>(?:[Tt]he\s)?(?:[Ll]ast|[Pp]ast|[Nn]ext|[Ff]irst)\s)?"
        rf"(?:(?:nearly|almost|about|around|some|over|more\sthan|less\sthan|at\sleast)\s)?"
        rf"(?P<num>[0-9]{{1,3}}(?:\.[0-9])?|{_alternation(list(en.NUMBER_WORDS))})[-\s]"
        rf"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)"
        rf"(?:-old|-long)?{E}",
    ),
    # now, currently, recently, the future
    (
        "ref",
        rf"{B}(?P<word>[Nn]ow|[Cc]urrently|[Rr]ecently|[Nn]owadays|[Aa]t\spresent|"
        rf"[Tt]he\spast|[Tt]he\sfuture|[Ii]n\sthe\sfuture|[Ff]ormerly){E}",
    ),
    # every Monday, every year, annually, weekly
    (
        "set",
        rf"{B}(?:(?:[Ee]very|[Ee]ach)\s(?:(?P<sweekday>{_alternation(_FULL_DAYS)})|(?P<sunit>day|week|"
        rf"month|year|morning|night))|(?P<adv>[Aa]nnually|[Yy]early|[Mm]onthly|[Ww]eekly|[Dd]aily|"
        rf"[Nn]ightly|[Hh]ourly)){E}",
    ),
]

# Every pattern is compiled VERBOSE (TIME is laid out over lines), so literal spaces
# are written \s throughout.
_COMPILED: list[tuple[str, regex.Pattern[str]]] = [
    (name, regex.compile(pattern, regex.VERBOSE)) for name, pattern in _PATTERNS
]

# Words that show the clause speaks of the future ("takes office on Jan. 20", "will meet on
# Friday") or the past ("met in September"); they pick which occurrence a bare month or
# weekday names.
_FUTURE_CUE = regex.compile(
    r"\b(?:will|shall|'ll|’ll|going\sto|plans?\sto|planned|expected|scheduled|set\sto|due|"
    r"next|upcoming|coming|takes|begins|starts|happens|until|by)\b",
    regex.IGNORECASE,
)
_PAST_CUE = regex.compile(
    r"\b(?:was|were|had|did|said|met|took|came|went|left|won|began|made|held|gave|told|"
    r"since|last|ago|\w+ed)\b",
    regex.IGNORECASE,
)


def _int(m: regex.Match[str], name: str) -> int | None:
    value = m.group(name)
    return int(value) if value else None


def _hour24(m: regex.Match[str]) -> int | None:
    hour = _int(m, "hour")
    if hour is None:
        return None
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour if hour < 24 else None


def _time_suffix(m: regex.Match[str]) -> str:
    hour = _hour24(m)
    if hour is None:
        return ""
    minute = _int(m, "minute") or 0
    second = _int(m, "second")
    out = f"T{hour:02d}:{minute:02d}"
    return out + (f":{second:02d}" if second is not None else "")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


class _Context:
    """What normalisation may look at: the anchor and the text before the expression."""

    __slots__ = ("anchor", "before", "reference")

    def __init__(self, anchor: dt.datetime | None, before: str, reference: dt.date | None):
        self.anchor = anchor
        self.before = before
        self.reference = reference

    def tense(self) -> int:
        """+1 future, -1 past, 0 unknown: from the last cue word before the expression."""
        fut = [m.end() for m in _FUTURE_CUE.finditer(self.before)]
        past = [m.end() for m in _PAST_CUE.finditer(self.before)]
        if not fut and not past:
            return 0
        return 1 if (fut[-1] if fut else -1) > (past[-1] if past else -1) else -1


def _month_value(month: int, ctx: _Context) -> str:
    """A month without a year: the occurrence that fits the anchor and the tense."""
    if ctx.anchor is None:
        return f"XXXX-{month:02d}"
    a = ctx.anchor
    tense = ctx.tense()
    if month == a.month:
        return f"{a.year:04d}-{month:02d}"
    later = a.year if month > a.month else a.year + 1
    earlier = a.year if month < a.month else a.year - 1
    if tense > 0:
        year = later
    elif tense < 0:
        year = earlier
    else:  # no cue: the nearer occurrence
        ahead = (month - a.month) % 12
        year = later if ahead < 6 else earlier
    return f"{year:04d}-{month:02d}"


def _weekday_value(weekday: int, ctx: _Context) -> str:
    if ctx.anchor is None:
        return f"XXXX-WXX-{weekday}"
    a = ctx.anchor.date()
    delta = weekday - a.isoweekday()
    # News reports mostly what happened: the last such day, today included, unless the
    # clause speaks of the future.
    future = ctx.tense() > 0
    day = a + dt.timedelta(days=delta % 7) if future else a - dt.timedelta(days=(-delta) % 7)
    return day.isoformat()


# "May" alone is far more often the modal verb; after one of these it is the month.
_MONTH_PREPOSITIONS = (
    " in",
    " by",
    " since",
    " until",
    " till",
    " from",
    " of",
    " through",
    " during",
    " early",
    " late",
    " mid",
    "mid-",
)


def _month_num(m: regex.Match[str]) -> int:
    return en.MONTHS[m.group("month").rstrip(".").lower()]


def _norm(name: str, m: regex.Match[str], ctx: _Context) -> tuple[str, DateType] | None:
    """The TIMEX3 value and type of one match, or None when it is not a date after all."""
    g = m.group
    if name == "iso":
        year, month, day = int(g("year")), int(g("nmonth")), int(g("day"))
        if not _valid(year, month, day):
            return None
        hour = g("hour")
        value = f"{year:04d}-{month:02d}-{day:02d}"
        if hour:
            value += f"T{int(hour):02d}:{g('minute')}" + (f":{g('second')}" if g("second") else "")
            return value, "TIME"
        return value, "DATE"
    if name == "numeric":
        a, b, year = int(g("a")), int(g("b")), int(g("year"))
        if g("sep") == "/" and a <= 12:
            month, day = a, b  # slashes: month first (US)
        else:
            day, month = a, b  # dashes and dots: day first
        if not _valid(year, month, day):
            return None
        suffix = _time_suffix(m)
        return f"{year:04d}-{month:02d}-{day:02d}{suffix}", "TIME" if suffix else "DATE"
    if name in ("month_day", "day_month"):
        month, day = _month_num(m), int(g("day"))
        if g("year"):
            ytext = f"{int(g('year')):04d}"
        elif ctx.anchor is not None:
            ytext = _month_value(month, ctx)[:4]
        else:
            ytext = "XXXX"
        # 2000 is a leap year: "February 29" without a year stays valid.
        if not _valid(int(ytext) if ytext.isdigit() else 2000, month, day):
            return None
        suffix = _time_suffix(m)
        return f"{ytext}-{month:02d}-{day:02d}{suffix}", "TIME" if suffix else "DATE"
    if name == "month_year":
        return f"{int(g('year')):04d}-{_month_num(m):02d}", "DATE"
    if name == "decade":
        if g("century"):
            return f"{g('century')}{g('decade')}", "DATE"
        return f"19{g('decade2')}", "DATE"
    if name == "part_month":
        part = g("part").lower()
        if g("month"):
            month = _month_num(m)
            base = f"{int(g('year')):04d}-{month:02d}" if g("year") else _month_value(month, ctx)
        else:
            base = g("year")
        # TIMEX3 has no value for "early/mid/late": the value is the month (or year) itself.
        del part
        return base, "DATE"
    if name == "weekday":
        return _weekday_value(en.WEEKDAYS[g("weekday").lower()], ctx), "DATE"
    if name == "part_of_day":
        value = _weekday_value(en.WEEKDAYS[g("weekday").lower()], ctx)
        return f"{value}T{en.PARTS_OF_DAY[g('pod').lower()]}", "TIME"
    if name == "month":
        mod = (g("mod") or "").lower()
        month = _month_num(m)
        preposition = ctx.before.rstrip().lower().endswith(_MONTH_PREPOSITIONS)
        if g("month") == "May" and not mod and not preposition:
            return None
        if ctx.anchor is None:
            return f"XXXX-{month:02d}", "DATE"
        if mod == "last":
            y = ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
            return f"{y:04d}-{month:02d}", "DATE"
        if mod == "next":
            y = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
            return f"{y:04d}-{month:02d}", "DATE"
        if mod == "this":
            return f"{ctx.anchor.year:04d}-{month:02d}", "DATE"
        return _month_value(month, ctx), "DATE"
    if name == "year":
        return g("year"), "DATE"
    if name == "deictic":
        word = g("word").lower().split()
        if ctx.anchor is None:
            return (
                "PRESENT_REF" if word[0] in ("today", "tonight", "this") else "XXXX-XX-XX"
            ), "DATE"
        shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word[0], 0)
        date = ctx.anchor.date() + dt.timedelta(days=shift)
        pod = g("pod") or ("night" if word[0] in ("tonight", "last") else None)
        if len(word) > 1 and word[0] == "this":
            pod = word[1]
        if pod:
            return f"{date.isoformat()}T{en.PARTS_OF_DAY[pod.lower()]}", "TIME"
        return date.isoformat(), "DATE"
    if name == "relative_unit":
        return _relative_unit(g("which").lower(), g("unit").lower(), ctx), "DATE"
    if name == "offset":
        return _offset(m, ctx), "DATE"
    if name == "duration":
        return _duration(m)
    if name == "ref":
        word = g("word").lower()
        if word in ("recently", "the past", "formerly"):
            return "PAST_REF", "DATE"
        if word.endswith("future"):
            return "FUTURE_REF", "DATE"
        return "PRESENT_REF", "DATE"
    if name == "set":
        if g("sweekday"):
            return f"XXXX-WXX-{en.WEEKDAYS[g('sweekday').lower()]}", "SET"
        unit = (g("sunit") or "").lower()
        adv = (g("adv") or "").lower()
        table = {
            "day": "P1D",
            "week": "P1W",
            "month": "P1M",
            "year": "P1Y",
            "morning": "TMO",
            "night": "TNI",
            "annually": "P1Y",
            "yearly": "P1Y",
            "monthly": "P1M",
            "weekly": "P1W",
            "daily": "P1D",
            "nightly": "TNI",
            "hourly": "PT1H",
        }
        return table[unit or adv], "SET"
    return None  # pragma: no cover - every pattern name is handled above


def _relative_unit(which: str, unit: str, ctx: _Context) -> str:
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    a = ctx.anchor
    if a is None:
        return {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX")
    if unit == "year":
        return f"{a.year + shift:04d}"
    if unit == "month":
        index = a.year * 12 + a.month - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit in ("week", "weekend"):
        y, w, _ = (a.date() + dt.timedelta(weeks=shift)).isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "quarter":
        index = a.year * 4 + (a.month - 1) // 3 + shift
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    season = en.SEASONS[unit]
    return f"{a.year + shift:04d}-{season}"


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return en.NUMBER_WORDS.get(w, 1 if w in ("a", "an") else None)


def _offset(m: regex.Match[str], ctx: _Context) -> str:
    n = _number(m.group("num")) or 1
    unit = m.group("unit").lower().rstrip("s")
    sign = 1 if m.group("dir").lower() in ("later", "after", "from now") else -1
    ref = ctx.reference or (ctx.anchor.date() if ctx.anchor else None)
    if ref is None:
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}.get(unit, "XXXX")
    if unit == "day":
        return (ref + dt.timedelta(days=sign * n)).isoformat()
    if unit == "week":
        y, w, _ = (ref + dt.timedelta(weeks=sign * n)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + sign * n
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "decade":
        return f"{(ref.year + sign * 10 * n) // 10:03d}"
    return f"{ref.year + sign * n:04d}"


def _duration(m: regex.Match[str]) -> tuple[str, DateType] | None:
    raw = m.group("num")
    try:
        amount: float | int | None = float(raw) if "." in raw else _number(raw)
    except ValueError:
        amount = None
    if amount is None:
        return None
    unit = m.group("unit").lower()
    letter = en.DURATION_UNITS[unit]
    if letter in ("DE", "CE"):
        amount *= 10 if letter == "DE" else 100
        letter = "Y"
    qty = f"{amount:g}"
    time_unit = unit.startswith(("hour", "minute", "second"))
    return (f"PT{qty}{letter}" if time_unit else f"P{qty}{letter}"), "DURATION"


# --------------------------------------------------------------------------------------
# Finding
# --------------------------------------------------------------------------------------


def _candidates(text: str) -> Iterator[tuple[int, int, int, str, regex.Match[str]]]:
    for priority, (name, pattern) in enumerate(_COMPILED):
        for m in pattern.finditer(text):
            if m.end() > m.start():
                yield m.start(), m.end(), priority, name, m


def _as_datetime(anchor: dt.datetime | dt.date | None) -> dt.datetime | None:
    if anchor is None or isinstance(anchor, dt.datetime):
        return anchor
    if isinstance(anchor, dt.date):
        return dt.datetime.combine(anchor, dt.time())
    raise TypeError  # pragma: no cover - guarded by the callers


def _check_anchor(anchor: object) -> dt.datetime | None:
    from .exceptions import InputTypeError

    if anchor is not None and not isinstance(anchor, dt.date):
        raise InputTypeError(
            f"anchor must be a datetime, date or None, not {type(anchor).__name__}"
        )
    return _as_datetime(anchor)


def _scan(
    text: str, anchor: dt.datetime | None
) -> list[tuple[int, int, str, DateType, str, regex.Match[str]]]:
    chosen: list[tuple[int, int, str, DateType, str, regex.Match[str]]] = []
    taken_until = -1
    # Longest match first at each start; earlier pattern first among equals.
    ordered = sorted(_candidates(text), key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    reference: dt.date | None = None
    for start, end, _, name, m in ordered:
        if start < taken_until:
            continue
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        ctx = _Context(anchor, text[max(sentence_start, start - 120) : start], reference)
        result = _norm(name, m, ctx)
        if result is None:
            continue
        value, kind = result
        chosen.append((start, end, value, kind, name, m))
        taken_until = end
        if kind in ("DATE", "TIME") and regex.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            reference = dt.date.fromisoformat(value[:10])
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
        for s, e, value, kind, _, _ in _scan(text, when)
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


def parse_timestamp(text: str) -> tuple[int, int, dt.datetime] | None:
    """The first full calendar date (with a year) in ``text``, as a datetime.

    Used by the cleaner for datelines and publication times; returns the span too.
    """
    for s, e, value, _, name, _ in _scan(text, None):
        if name in ("iso", "numeric", "month_day", "day_month") and value[:4].isdigit():
            try:
                return s, e, dt.datetime.fromisoformat(value)
            except ValueError:  # pragma: no cover - values are built valid
                continue
    return None
