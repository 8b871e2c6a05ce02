"""One normaliser per date pattern: what a match of ``_date_patterns`` means.

``NORMALISERS`` maps every pattern name to a small function
``(match, context) -> (value, type) | None``; ``None`` means the match is not a date after
all ("May" the verb).  The normalisers of dates named outright, weekdays, clock times and
holidays are here; those of relative and counted expressions ("last week", "two years
ago", quarters, sets) in ``_timex_relative``; the context and the calendar arithmetic
in ``_timex``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import regex

from . import _timex_relative as rel
from ._lexicon import en
from ._timex import (
    SEASON_START,
    Context,
    Result,
    month_value,
    nth_weekday,
    valid,
    week,
    weekday_date,
    year_for_month,
)

__all__ = ["NORMALISERS"]


def _month(m: regex.Match[str]) -> int:
    return en.MONTHS[m["month"].rstrip(".").lower()]


def _clock(m: regex.Match[str]) -> str:
    """``T14:20`` (or ``T14:20:13``) from the TIME groups, or "" without a valid hour."""
    if "hour" not in m.re.groupindex or m["hour"] is None:
        return ""
    hour = int(m["hour"])
    ampm = (m["ampm"] or "").lower().replace(".", "") if "ampm" in m.re.groupindex else ""
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return ""
    out = f"T{hour:02d}:{m['minute'] or '00'}"
    return out + (f":{m['second']}" if m["second"] else "")


def _dated(value: str, m: regex.Match[str]) -> Result:
    clock = _clock(m)
    return (value + clock, "TIME") if clock else (value, "DATE")


def _iso(m: regex.Match[str], ctx: Context) -> Result:
    year, month, day = int(m["year"]), int(m["nmonth"]), int(m["day"])
    if not valid(year, month, day):
        return None
    return _dated(f"{year:04d}-{month:02d}-{day:02d}", m)


def _iso_week(m: regex.Match[str], ctx: Context) -> Result:
    return (f"{m['year']}-W{m['week']}", "DATE") if 1 <= int(m["week"]) <= 53 else None


def _numeric(m: regex.Match[str], ctx: Context) -> Result:
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    # Slashes read month first (US) when the first number can be a month; dashes and
    # dots read day first.
    month, day = (a, b) if m["sep"] == "/" and a <= 12 else (b, a)
    if not valid(year, month, day):
        return None
    return _dated(f"{year:04d}-{month:02d}-{day:02d}", m)


def _month_day(m: regex.Match[str], ctx: Context) -> Result:
    month = _month(m)
    words = "dayword" in m.re.groupindex and m["dayword"]
    day = en.ORDINAL_WORDS[words.lower()] if words else int(m["day"])
    mod = (m["mod"] or "").lower() if "mod" in m.re.groupindex else ""
    if m["year"]:
        year = m["year"]
    elif ctx.anchor is not None and valid(2000, month, day):
        a = ctx.anchor
        if mod in ("last", "next"):  # "last Oct. 23": the latest one before the anchor
            past = (month, day) < (a.month, a.day)
            shift_years = (0 if past else -1) if mod == "last" else (1 if past else 0)
            year = f"{a.year + shift_years:04d}"
        else:
            year = f"{year_for_month(month, ctx, day):04d}"
    else:
        year = "XXXX"
    # 2000 is a leap year: "February 29" without a year stays valid.
    if not valid(int(year) if year.isdigit() else 2000, month, day):
        return None
    return _dated(f"{year}-{month:02d}-{day:02d}", m)


def _week_of(m: regex.Match[str], ctx: Context) -> Result:
    found = _month_day(m, ctx)
    if found is None or not found[0][:4].isdigit():
        return None
    return week(dt.date.fromisoformat(found[0][:10])), "DATE"


def _month_year(m: regex.Match[str], ctx: Context) -> Result:
    year = m["year"] or _spoken(m)
    return f"{year}-{_month(m):02d}", "DATE"


# "May" alone is far more often the modal verb; after one of these it is the month.
_MONTH_PREPOSITION = regex.compile(
    r"(?:\b(?:in|by|since|until|till|from|of|through|during|early|late|mid|before|after|"
    r"between|and)\s|mid-)$"
)


# "March" is a noun too: "the March on Washington", "the annual March for Life".
_MARCH_NOUN = regex.compile(r"\s(?:on|for|of|against|to|through|from)\s")


def _month_alone(m: regex.Match[str], ctx: Context) -> Result:
    mod = (m["mod"] or "").lower()
    month = _month(m)
    bare_may = m["month"] == "May" and not mod and not m["yrel"]
    if bare_may and not _MONTH_PREPOSITION.search(ctx.text, max(ctx.start - 10, 0), ctx.start):
        return None
    # Quotation marks may open the name: the ``March of the Combatant Mothers''.
    before = ctx.text[max(ctx.start - 10, 0) : ctx.start].lower().rstrip("`'\"‘“")
    march = m["month"].lower() == "march" and not mod
    if (
        march
        and before.endswith(("the ", "annual ", "a "))
        and _MARCH_NOUN.match(ctx.text, ctx.end)
    ):
        return None
    if mod in ("each", "every"):
        return f"XXXX-{month:02d}", "SET"
    if m["yrel"] and ctx.anchor is not None:  # "June last year"
        return _month_of_year(month, m["yrel"], ctx.anchor), "DATE"
    return month_value(month, ctx, mod), "DATE"


def _month_of_year(month: int, which: str, anchor: dt.datetime) -> str:
    """ "June last year", "early October this year"."""
    year = anchor.year + {"last": -1, "next": 1}.get(which, 0)
    return f"{year:04d}-{month:02d}"


def _part_month(m: regex.Match[str], ctx: Context) -> Result:
    # TIMEX3 has no value for "early/mid/late": the value is the month (or year) itself.
    if m["month"]:
        if m["year"]:
            return f"{m['year']}-{_month(m):02d}", "DATE"
        if m["yrel"] and ctx.anchor is not None:
            return _month_of_year(_month(m), m["yrel"], ctx.anchor), "DATE"
        return month_value(_month(m), ctx), "DATE"
    return m["year"], "DATE"


def _decade(m: regex.Match[str], ctx: Context) -> Result:
    if m["century"]:
        return f"{m['century']}{m['decade']}", "DATE"
    if m["dword"]:  # "the nineties": the 20th century's, as in news written since
        return f"19{en.DECADE_WORDS[m['dword']]}", "DATE"
    return f"19{m['decade2']}", "DATE"


def _century(m: regex.Match[str], ctx: Context) -> Result:
    raw = m["ord"].lower()
    n = en.ORDINAL_WORDS.get(raw) or int(raw[:-2])
    return (f"{n - 1:02d}", "DATE") if 1 <= n <= 21 else None


def _weekday(m: regex.Match[str], ctx: Context) -> Result:
    weekday = en.WEEKDAYS[m["weekday"].lower()]
    if m["plural"] or m["pods"]:  # "Mondays", "Tuesday nights": every such day
        pod = f"T{en.PARTS_OF_DAY[m['pods']]}" if m["pods"] else ""
        return f"XXXX-WXX-{weekday}{pod}", "SET"
    return weekday_date(weekday, ctx, (m["mod"] or "").lower()), "DATE"


def _part_of_day(m: regex.Match[str], ctx: Context) -> Result:
    day = weekday_date(en.WEEKDAYS[m["weekday"].lower()], ctx)
    return f"{day}T{en.PARTS_OF_DAY[m['pod']]}", "TIME"


_DAY_SHIFT = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _on_day(word: str | None, ctx: Context) -> str:
    """The day a time of day belongs to: a deictic word's, else the discourse day."""
    if word is not None and ctx.anchor is not None:
        return (ctx.anchor.date() + dt.timedelta(days=_DAY_SHIFT[word.lower()])).isoformat()
    day = ctx.ref_date()
    return day.isoformat() if day else "XXXX-XX-XX"


def _clock_time(m: regex.Match[str], ctx: Context) -> Result:
    if m["noon"]:
        clock = "T24:00" if m["noon"].lower() == "midnight" else "T12:00"
    else:
        clock = _clock(m)
        if not clock:
            return None
    if m["weekday"]:
        day = weekday_date(en.WEEKDAYS[m["weekday"].lower()], ctx)
    elif m["month"]:
        found = _month_day(m, ctx)
        if found is None:
            return None
        day = found[0][:10]
    else:
        day = _on_day(m["dword"], ctx)
    return f"{day}{clock}", "TIME"


def _pod(m: regex.Match[str], ctx: Context) -> Result:
    pod = "night" if m["over"] else m["pod"]
    return f"{_on_day(m['dword'] or 'today', ctx)}T{en.PARTS_OF_DAY[pod]}", "TIME"


def _year(m: regex.Match[str], ctx: Context) -> Result:
    return m["year"], "DATE"


def _spoken(m: regex.Match[str]) -> str:
    if "thousand" in m.re.groupindex and m["thousand"]:
        return f"{2000 + (en.NUMBER_WORDS[m['tunits']] if m['tunits'] else 0):04d}"
    tens = en.NUMBER_WORDS[m["stens"].lower()]
    units = en.NUMBER_WORDS[m["sunits"].lower()] if m["sunits"] else 0
    return f"{1900 + tens + units:04d}"


def _spoken_year(m: regex.Match[str], ctx: Context) -> Result:
    return _spoken(m), "DATE"


def _deictic(m: regex.Match[str], ctx: Context) -> Result:
    words = m["word"].lower().split()
    pod = m["pod"] or ("night" if words[0] in ("tonight", "last") else None)
    if words[0] == "this":
        pod = words[1]
    if ctx.anchor is None:
        day = "XXXX-XX-XX"
        if words == ["today"] and not pod:
            return "PRESENT_REF", "DATE"
    else:
        shift_days = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(words[0], 0)
        day = (ctx.anchor.date() + dt.timedelta(days=shift_days)).isoformat()
    return (f"{day}T{en.PARTS_OF_DAY[pod]}", "TIME") if pod else (day, "DATE")


def _holiday_on(name: str, year: int) -> dt.date:
    if name in en.FIXED_HOLIDAYS:
        return dt.date(year, *en.FIXED_HOLIDAYS[name])
    month, weekday, nth, first = en.WEEKDAY_HOLIDAYS[name]
    return nth_weekday(year, month, weekday, nth, first)


def _holiday(m: regex.Match[str], ctx: Context) -> Result:
    name = m["holiday"].lower().replace("’", "'")
    if m["year"]:
        return _holiday_on(name, int(m["year"])).isoformat(), "DATE"
    if ctx.anchor is None:
        if name in en.FIXED_HOLIDAYS:
            return "XXXX-{:02d}-{:02d}".format(*en.FIXED_HOLIDAYS[name]), "DATE"
        return None
    a = ctx.anchor.date()
    # "last Christmas", "next Thanksgiving": the word before says which.
    before = ctx.text[max(ctx.start - 5, 0) : ctx.start].lower().split()
    mod = before[-1] if before and before[-1] in ("last", "next") else ""
    this = _holiday_on(name, a.year)
    if mod == "last" or (not mod and ctx.tense() < 0):
        day = this if this <= a else _holiday_on(name, a.year - 1)
    elif mod == "next" or (not mod and ctx.tense() > 0):
        day = this if this >= a else _holiday_on(name, a.year + 1)
    else:
        day = _holiday_on(name, year_for_month(this.month, ctx, this.day))
    return day.isoformat(), "DATE"


# A season word is a date only as a time: "the summer", "in spring", "summer 2024";
# "fall" and "spring" are verbs and nouns too.
_SEASON_CONTEXT = regex.compile(
    r"\b(?:in|during|by|until|since|through|this|last|next|over|before|after|early|late|mid)[-\s]$"
)


def _season(m: regex.Match[str], ctx: Context) -> Result:
    text = m.group()
    has_the = text[:4].lower() == "the "
    before = _SEASON_CONTEXT.search(ctx.text, max(ctx.start - 10, 0), ctx.start)
    named_year = m["year"] or (m["spoken"] and _spoken(m))
    if not (named_year or (has_the and m["season"].lower() != "fall") or before or m["smod"]):
        return None
    code = en.SEASONS[m["season"].lower()]
    if named_year:
        return f"{named_year}-{code}", "DATE"
    if ctx.anchor is None:
        return f"XXXX-{code}", "DATE"
    year = ctx.anchor.year
    if SEASON_START[code] > ctx.anchor.month and ctx.tense() < 0:
        year -= 1
    return f"{year:04d}-{code}", "DATE"


Normaliser = Callable[[regex.Match[str], Context], Result]
NORMALISERS: dict[str, Normaliser] = {
    "iso": _iso,
    "iso_week": _iso_week,
    "numeric": _numeric,
    "month_day": _month_day,
    "day_month": _month_day,
    "week_of": _week_of,
    "month_year": _month_year,
    "month": _month_alone,
    "part_month": _part_month,
    "decade": _decade,
    "century": _century,
    "weekday": _weekday,
    "part_of_day": _part_of_day,
    "clock": _clock_time,
    "pod": _pod,
    "year": _year,
    "spoken_year": _spoken_year,
    "deictic": _deictic,
    "quarter": rel.quarter,
    "quarter_code": rel.quarter_code,
    "quarter_ref": rel.quarter_ref,
    "year_end": rel.year_end,
    "year_ago": rel.year_ago,
    "relative_unit": rel.relative_unit,
    "amount": rel.amount_rule,
    "vague_units": rel.vague_units,
    "ref": rel.reference,
    "set": rel.set_rule,
    "holiday": _holiday,
    "season": _season,
}
