"""Normalisers for relative and counted expressions (the rest are in ``_timex_rules``).

Quarters and the periods of results news ("the third quarter", "the year-ago period"),
units counted from a time ("last week", "that year", "two years ago"), durations ("three
days", "recent years"), references ("now") and sets ("every Monday", "daily").
"""

from __future__ import annotations

import datetime as dt

import regex

from ._lexicon import en
from ._timex import (
    SEASON_START,
    Context,
    Result,
    amount,
    duration_value,
    quarter_of,
    quarter_year,
    shift,
    week,
)

__all__ = [
    "amount_rule",
    "quarter",
    "quarter_code",
    "quarter_ref",
    "reference",
    "relative_unit",
    "set_rule",
    "vague_units",
    "year_ago",
    "year_end",
]


def quarter_code(m: regex.Match[str], ctx: Context) -> Result:
    return f"{m['qyear2'] or quarter_year(int(m['qnum']), ctx)}-Q{m['qnum']}", "DATE"


def quarter(m: regex.Match[str], ctx: Context) -> Result:
    unit = m["qunit"]
    if m["qlast"]:
        # "the last half of 1989" is its second half; "the last quarter" alone is the
        # one before this (quarter_ref).
        if not (m["qyear"] or m["qthis"]):
            return None
        n = 2 if unit == "half" else 4
    else:
        raw = m["ord"].lower()
        n = en.ORDINAL_WORDS.get(raw) or int(raw[0])
    if unit == "half" and n > 2:
        return None
    rel = m["qrel"] or m["qthis"]
    if m["year"] or m["qyear"]:
        year = m["year"] or m["qyear"]
    elif rel and ctx.anchor is not None:
        year = f"{ctx.anchor.year + {'last': -1, 'next': 1}.get(rel.lower(), 0):04d}"
    else:
        year = quarter_year(n if unit == "quarter" else 2 * n - 1, ctx)
        if m["qago"] and year.isdigit():
            year = f"{int(year) - 1:04d}"
    return (f"{year}-H{n}" if unit == "half" else f"{year}-Q{n}"), "DATE"


def _discourse_quarter(ctx: Context) -> tuple[int, int] | None:
    """The quarter being reported on: the last one named, else the last one completed."""
    found = ctx.ref_quarter(named=True)
    if found is None and ctx.anchor is not None:
        index = ctx.anchor.year * 4 + quarter_of(ctx.anchor.month) - 2
        found = index // 4, index % 4 + 1
    return found


def quarter_ref(m: regex.Match[str], ctx: Context) -> Result:
    det = m["qdet"].lower()
    which = (m["qwhich"] or "").strip().lower()
    if m["qlast"] or m["qago"]:  # "last year's quarter", "the same period a year ago"
        det, which = "the", "year-ago"
    named = which.endswith(("earlier", "ago")) or which == "latest" or m["year"]
    if m["qunit"] == "period" and not named:
        return None  # "the period" alone is any stretch of time
    if m["year"]:  # "the 1988 quarter": the quarter reported on, in that year
        if m["qunit"] == "period" and ctx.ref_quarter(named=True) is None:
            # "for the nine months ... the 1988 period": no quarter is being compared.
            return m["year"], "DATE"
        found = _discourse_quarter(ctx)
        return (f"{m['year']}-Q{found[1]}", "DATE") if found else None
    if ctx.anchor is None:
        return "XXXX-QX", "DATE"
    here = ctx.anchor.year * 4 + quarter_of(ctx.anchor.month) - 1
    if det == "this" or which == "current":
        index = here
    elif det == "last" or which in ("previous", "past"):
        index = here - 1
    elif det == "next":
        index = here + 1
    else:
        found = _discourse_quarter(ctx)
        if found is None:
            return None
        index = found[0] * 4 + found[1] - 1
        if which.endswith(("earlier", "ago")):
            index -= 4
    return f"{index // 4:04d}-Q{index % 4 + 1}", "DATE"


def year_end(m: regex.Match[str], ctx: Context) -> Result:
    if ctx.anchor is None:
        return "XXXX-12-31", "DATE"
    # "since year-end" looks back to the last one; "by year-end" ahead to this one.
    since = ctx.text[max(ctx.start - 6, 0) : ctx.start].lower().strip() == "since"
    return f"{ctx.anchor.year - since:04d}-12-31", "DATE"


def year_ago(m: regex.Match[str], ctx: Context) -> Result:
    return shift(-1, "year", ctx, from_anchor=False), "DATE"


_WHICH = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


def relative_unit(m: regex.Match[str], ctx: Context) -> Result:
    if ctx.text[ctx.end : ctx.end + 1] in ("-", "–"):
        return None  # "the year-earlier", "this year-end": part of a compound
    words = m["which"].lower().split()
    unit = m["unit"]
    bare = words == ["the"]
    after = ctx.text[ctx.end : ctx.end + 9]
    if unit == "year" and (bare or words[-1] in ("full", "current")) and not m["pre"]:
        # Results news: "the year ended March 31" is a twelve-month period; "the year
        # before" a comparison; otherwise "for the year", "the full year" is this year.
        if after.startswith((" ended", " ending", " to ")):
            return "P1Y", "DURATION"
        if after.startswith((" before", " after", " earlier", " ago")):
            return None
        bare = False
    if bare and not m["pre"] and unit != "weekend":
        return None  # "the month", "the day": which one is not said
    # "that year", "the following month": counted from the time the text speaks of.
    from_ref = words[0] == "that" or words[-1] in ("same", "following", "previous")
    n = _WHICH.get(words[-1], 0)
    if unit in ("decade", "century") and words[-1] == "past" and not m["pre"]:
        # "over the past decade" is the ten years up to now, not the calendar decade
        # before this one (which news names outright: "the 1980s").
        return duration_value(1, unit), "DURATION"
    if unit == "day":
        if not (from_ref or words[-1] == "next"):
            return None  # "last day", "this day": not a calendar day
        return shift(n, "day", ctx, from_anchor=False), "DATE"
    if ctx.anchor is None and not (from_ref and ctx.reference):
        return {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(
            unit, "XXXX"
        ), "DATE"
    if unit in en.SEASONS:
        code = en.SEASONS[unit]
        assert ctx.anchor is not None
        year = ctx.anchor.year + n
        if n < 0 and ctx.anchor.month >= SEASON_START[code] + 3:
            year += 1  # "last summer" in November is this year's
        return f"{year:04d}-{code}", "DATE"
    if unit == "weekend":
        assert ctx.anchor is not None
        day = ctx.anchor.date() + dt.timedelta(weeks=n)
        if bare and ctx.tense() < 0 and day.isoweekday() < 6:
            day -= dt.timedelta(weeks=1)  # "over the weekend" in a weekday story
        return f"{week(day)}-WE", "DATE"
    if unit == "year" and not from_ref:
        assert ctx.anchor is not None
        return f"{ctx.anchor.year + n:04d}", "DATE"
    if unit == "century":
        year = ctx.ref_year() or 0
        return f"{year // 100 + n:02d}", "DATE"
    return shift(n, unit, ctx, from_anchor=not from_ref), "DATE"


# A rate: "$500 million a year", "four flights a week", "24 hours a day".
_RATE = regex.compile(r"(?:[0-9%]|\b(?:million|billion|thousand|times|twice|once))\S*\s(?:\w+\s)?$")


# What may follow an amount of units (the patterns are matched up to a word end, so the
# checks on what comes next are made here): "a 6-year-old", "52 years old" are ages; "a
# year-earlier quarter" is an adjective; "before"/"after" followed by a word ("a year
# after the election") is a preposition, and the amount alone is the duration.
_AGE = regex.compile(r"-old\b|\sold\b|[-–]")
_PREPOSITION_FOLLOWS = regex.compile(r"[^\S\n]{1,3}[\w$]")


def amount_rule(m: regex.Match[str], ctx: Context) -> Result:
    """An amount of units: a date when a direction follows ("ago"), else a duration."""
    if _AGE.match(ctx.text, ctx.end):
        return None
    direction = (m["dir"] or "").lower()
    if direction in ("before", "after") and _PREPOSITION_FOLLOWS.match(ctx.text, ctx.end):
        return None
    if m["dir"] and not m["pre"]:
        return _offset(m, ctx)
    if m["num"].lower() in ("a", "an") and not (m["pre"] or m["dir"]):
        if m["unit"] == "second":
            return None  # "a second time": the ordinal
        if _RATE.search(ctx.text, max(ctx.start - 30, 0), ctx.start):
            return duration_value(1, m["unit"].lower()), "SET"  # once per unit
    if m["unit"].startswith("quarter"):
        # "three-quarters", "a quarter of the shares": fractions, not time.
        joint = ctx.text[m.start("unit") - 1]
        if joint == "-" or ctx.text.startswith(" of", m.end("unit")):
            return None
    return _duration(m, ctx)


def _offset(m: regex.Match[str], ctx: Context) -> Result:
    qty = amount(m["num"])
    unit = m["unit"].lower()
    direction = m["dir"].lower()
    sign = 1 if direction.startswith(("later", "after", "from", "hence")) else -1
    if qty is None:  # "several years ago"
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "DATE"
    # "ago" and "from now" count from the publication; "earlier", "later", "before",
    # "after" from the time the text is speaking of ("four years earlier").
    from_anchor = direction in ("ago", "from now", "hence")
    return shift(
        sign * round(qty), unit.rstrip("s") if unit != "centuries" else "century", ctx, from_anchor
    ), "DATE"


def _duration(m: regex.Match[str], ctx: Context) -> Result:
    qty = amount(m["num"])
    if qty is not None and m["half"]:
        qty += 0.5
    return duration_value(qty, m["unit"].lower()), "DURATION"


def vague_units(m: regex.Match[str], ctx: Context) -> Result:
    return duration_value(None, m["unit"]), "DURATION"


def reference(m: regex.Match[str], ctx: Context) -> Result:
    return en.REFERENCE_WORDS[m["word"].lower()], "DATE"


_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M",
              "hour": "PT1H", "weekend": "XXXX-WXX-WE"}  # fmt: skip


def set_rule(m: regex.Match[str], ctx: Context) -> Result:
    if m["weekday"]:
        return f"XXXX-WXX-{en.WEEKDAYS[m['weekday'].lower()]}", "SET"
    if m["adv"]:
        return en.FREQUENCY_ADVERBS[m["adv"].lower()], "SET"
    unit = m["sunit"]
    if unit in en.PARTS_OF_DAY:
        return f"XXXX-XX-XXT{en.PARTS_OF_DAY[unit]}", "SET"
    return _SET_UNITS[unit], "SET"
