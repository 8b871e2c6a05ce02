"""Date expressions: golden tables per family, properties, adversarial inputs."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsquote
from newsquote import _dates
from newsquote._lexicon import en

from .strategies import (
    SEEDS,
    date_anchors,
    date_moments,
    date_tail_texts,
    date_texts,
    odd_text,
)

# Thursday 7 November 2024, the publication time of most sample articles.
ANCHOR = dt.datetime(2024, 11, 7, 14, 20)


def value(expression: str, anchor: dt.datetime | None = ANCHOR) -> str | None:
    return newsquote.normalise_date(expression, anchor=anchor)


def check(table: list[tuple[str, str | None]], anchor: dt.datetime | None = ANCHOR) -> None:
    for expression, expected in table:
        assert value(expression, anchor) == expected, expression


def test_absolute() -> None:
    check(
        [
            ("07 November 2024 15:40", "2024-11-07T15:40"),
            ("Thursday, November 7, 2024 2:21:13 PM", "2024-11-07T14:21:13"),
            ("7-11-2024 02:20 PM", "2024-11-07T14:20"),  # dashes: day first
            ("7.11.2024", "2024-11-07"),
            ("11/7/2024", "2024-11-07"),  # slashes: month first
            ("25/12/2024", "2024-12-25"),  # ... unless the first cannot be a month
            ("2024-11-07", "2024-11-07"),
            ("2024-11-07T14:20:00", "2024-11-07T14:20:00"),
            ("January 2021", "2021-01"),
            ("Jan. 2021", "2021-01"),
            ("the 1990s", "199"),
            ("the '90s", "199"),
            ("the nineties", "199"),
            ("2022", "2022"),
            ("the 20th century", "19"),
            ("nineteen ninety-six", "1996"),
            ("Christmas 2024", "2024-12-25"),
            ("Thanksgiving 2024", "2024-11-28"),
            ("Election Day 2024", "2024-11-05"),
            ("the 5th of May 2020", "2020-05-05"),
        ],
        anchor=None,
    )


def test_month_and_day_without_year_take_the_anchor() -> None:
    check(
        [
            ("Jan. 20", "2025-01-20"),  # the nearer January
            ("November 7th", "2024-11-07"),
            ("20 January", "2025-01-20"),
            ("November 6", "2024-11-06"),
            ("July 14", "2024-07-14"),
        ]
    )


def test_weekdays() -> None:
    check(
        [
            ("the Kremlin said on Wednesday", "2024-11-06"),
            ("Saturday’s attack", "2024-11-02"),
            ("a Thursday NBC interview", "2024-11-07"),
            ("they will meet on Friday", "2024-11-08"),  # future tense: the next one
            ("talks are scheduled for Monday", "2024-11-11"),
            ("last Monday", "2024-11-04"),
            ("last Thursday", "2024-10-31"),  # "last": strictly before the anchor
            ("next Monday", "2024-11-11"),
            ("Mondays", "XXXX-WXX-1"),
        ]
    )


def test_month_without_year_follows_the_tense() -> None:
    check(
        [
            ("Trump takes office in January", "2025-01"),
            ("Zelensky met with Trump in September", "2024-09"),
            ("the vote in December", "2024-12"),
            ("last May", "2024-05"),
            ("next May", "2025-05"),
            ("June last year", "2023-06"),
            ("each July", "XXXX-07"),
            ("talks resume in Jan.", "2025-01"),  # an abbreviation alone, with its dot
        ]
    )


def test_may_is_a_month_only_after_a_preposition() -> None:
    assert value("It May rain") is None
    assert value("elections in May") == "2024-05"


def test_relative_units() -> None:
    check(
        [
            ("yesterday", "2024-11-06"),
            ("today", "2024-11-07"),
            ("tomorrow", "2024-11-08"),
            ("tonight", "2024-11-07TNI"),
            ("last night", "2024-11-06TNI"),
            ("this morning", "2024-11-07TMO"),
            ("yesterday afternoon", "2024-11-06TAF"),
            ("this year", "2024"),
            ("earlier this year", "2024"),
            ("last year", "2023"),
            ("next year", "2025"),
            ("this month", "2024-11"),
            ("last month", "2024-10"),
            ("next week", "2024-W46"),
            ("this week", "2024-W45"),
            ("last week", "2024-W44"),
            ("this quarter", "2024-Q4"),
            ("last quarter", "2024-Q3"),
            ("this summer", "2024-SU"),
            ("the last decade", "201"),
        ]
    )


def test_offsets() -> None:
    check(
        [
            ("four years ago", "2020"),
            ("two weeks ago", "2024-W43"),
            ("three days ago", "2024-11-04"),
            ("two months ago", "2024-09"),
            ("a decade ago", "201"),
            ("10 days from now", "2024-11-17"),
            ("nearly four years ago", "2020"),
            ("several years ago", "PAST_REF"),
        ]
    )


def test_offsets_count_from_the_time_spoken_of() -> None:
    text = "The vote was held on November 6, and four years earlier he lost."
    dates = newsquote.find_dates(text, anchor=ANCHOR)
    assert [(d.text, d.value) for d in dates] == [
        ("November 6", "2024-11-06"),
        ("four years earlier", "2020"),
    ]


def test_results_news_conventions() -> None:
    check(
        [
            ("for the year ended March 31", "P1Y"),  # a twelve-month period
            ("sales for the full year", "2024"),
            ("the week of March 6", "2025-W10"),
            ("he was shot last Oct. 23", "2024-10-23"),
            ("three days later", "P3D"),  # TimeML: the duration, "later" a signal
        ]
    )
    text = "Profit rose in the third quarter, up from $5 million a year ago."
    assert [d.value for d in newsquote.find_dates(text, anchor=ANCHOR)] == ["2024-Q3", "2023-Q3"]
    rate = newsquote.find_dates("$500 million a year", anchor=ANCHOR)  # a rate: once a year
    assert [(d.text, d.value, d.type) for d in rate] == [("a year", "P1Y", "SET")]
    assert newsquote.find_dates("for a second time", anchor=ANCHOR) == ()  # the ordinal


def dated(text: str, anchor: dt.datetime | None = ANCHOR) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in newsquote.find_dates(text, anchor=anchor)]


def test_units_count_from_the_time_spoken_of_at_its_granularity() -> None:
    # A year or a month named without a day: "that year" is that year, "that same day" a
    # day of that month (not the publication day).
    assert dated("He fled in June 1998 and returned later that year.") == [
        ("June 1998", "1998-06"),
        ("later that year", "1998"),
    ]
    assert dated("Imports reached $1.5 billion in 1988, and exports fell that year.") == [
        ("1988", "1988"),
        ("that year", "1988"),
    ]
    assert dated("The bid failed in March 2021. The following month, it sold.") == [
        ("March 2021", "2021-03"),
        ("The following month", "2021-04"),
    ]
    assert dated("He was killed last October; the site closed that same day.") == [
        ("last October", "2024-10"),
        ("that same day", "2024-10-XX"),
    ]
    assert dated("It opened in 1990. Four years later it closed; two years earlier") == [
        ("1990", "1990"),
        ("Four years", "P4Y"),
        ("two years earlier", "1988"),
    ]


def test_plans_are_future_only_as_verbs() -> None:
    # Wednesday 30 September 1998: "planned to leave on Thursday" is the next day; "vacation
    # plans" (a noun) says nothing of the tense.
    wednesday = dt.datetime(1998, 9, 30)
    assert value("The team planned to leave on Thursday", wednesday) == "1998-10-01"
    assert value("On Friday, when she set aside vacation plans", wednesday) == "1998-09-25"


def test_results_news_quarters() -> None:
    thursday = dt.datetime(1989, 11, 2)  # results for the third quarter are out
    # A quarter still to come is a forecast, not the quarter reported on.
    text = "It expects a fourth-quarter charge. The latest quarter fell, from $5 a year ago."
    assert dated(text, thursday) == [
        ("a fourth-quarter", "1989-Q4"),
        ("The latest quarter", "1989-Q3"),
        ("a year ago", "1988-Q3"),
    ]
    # ... unless its results are reported: a fiscal quarter, over whatever its number.
    text = "It reported fourth-quarter earnings, up from $84 million a year earlier."
    assert dated(text, thursday) == [("fourth-quarter", "1989-Q4"), ("a year earlier", "1988-Q4")]
    text = "Net rose in the third quarter. For the nine months, net was up from a year earlier."
    assert dated(text, thursday)[-1] == ("a year earlier", "1988")  # years compared
    check(
        [
            ("for the corresponding period last year", "1988-Q3"),
            ("sales for last year's quarter", "1988-Q3"),
            ("the same period a year ago", "1988-Q3"),
            ("the last half of 1989", "1989-H2"),
            ("the latter half of this year", "1989-H2"),
            ("to close by year-end", "1989-12-31"),
            ("the change since year-end", "1988-12-31"),
            ("early October this year", "1989-10"),
            ("over the next three quarters", "P9M"),  # ISO 8601 durations have no quarters
        ],
        thursday,
    )
    assert dated("in the last quarter", thursday) == [("the last quarter", "1989-Q3")]
    assert newsquote.find_dates("year-end bonuses", anchor=thursday) == ()


def test_past_decade_is_the_ten_years_up_to_now() -> None:
    check([("over the past decade", "P10Y"), ("in the last decade", "201")])


def test_spoken_years_after_a_season() -> None:
    assert value("the winter of nineteen ninety-four") == "1994-WI"
    assert dated("the winter of discontent") == [("the winter", "2024-WI")]


def test_march_in_quotation_marks_is_a_name() -> None:
    assert newsquote.find_dates("at the head of the ``March of the Mothers''") == ()


def test_dates_beyond_the_calendar_are_not_reported() -> None:
    dates = newsquote.find_dates("999 centuries ago", anchor=dt.datetime(1, 1, 1))
    assert [(d.text, d.type) for d in dates] == [("999 centuries", "DURATION")]


def test_durations() -> None:
    check(
        [
            ("four years", "P4Y"),
            ("24 hours", "PT24H"),
            ("the last 24 hours", "PT24H"),
            ("nearly three years", "P3Y"),
            ("2 1/2 years", "P2Y6M"),
            ("a minute and a half", "PT1M30S"),
            ("a day and a half", "P1DT12H"),
            ("a decade", "P10Y"),
            ("several years", "PXY"),
            ("a few days", "PXD"),
            ("the next couple of years", "P2Y"),
            ("twenty-four hours", "PT24H"),
            ("for years", "PXY"),
        ]
    )
    assert newsquote.find_dates("a 6-year-old boy") == ()  # an age
    assert newsquote.find_dates("about three-quarters of the shares") == ()  # a fraction


def test_sets() -> None:
    check(
        [
            ("every Monday", "XXXX-WXX-1"),
            ("annually", "P1Y"),
            ("every day", "P1D"),
            ("weekly", "P1W"),
            ("every morning", "XXXX-XX-XXTMO"),
        ]
    )


def test_references() -> None:
    check(
        [
            ("now", "PRESENT_REF"),
            ("currently", "PRESENT_REF"),
            ("nowadays", "PRESENT_REF"),
            ("recently", "PAST_REF"),
            ("in the future", "FUTURE_REF"),
        ]
    )


def test_granular_values() -> None:
    check(
        [
            ("2024-W45", "2024-W45"),
            ("the third quarter", "2024-Q3"),
            ("third-quarter profit", "2024-Q3"),
            ("Q3 2024", "2024-Q3"),
            ("the third quarter of 2023", "2023-Q3"),
            ("next year's first quarter", "2025-Q1"),
            ("the first half of 2024", "2024-H1"),
            ("summer 2024", "2024-SU"),
            ("in the winter", "2024-WI"),
            ("mid-March", "2025-03"),
            ("early December", "2024-12"),
            ("late 2024", "2024"),
            ("mid-afternoon", "2024-11-07TAF"),
            ("10:35 a.m.", "2024-11-07T10:35"),
            ("9 a.m. Tuesday", "2024-11-05T09:00"),
            ("noon Thursday", "2024-11-07T12:00"),
        ]
    )


def test_weekday_and_part_of_day_are_separate_mentions() -> None:
    # A project decision: the weekday's calendar day is always reported.
    dates = newsquote.find_dates("early Wednesday morning", anchor=ANCHOR)
    assert [(d.text, d.value, d.type) for d in dates] == [
        ("Wednesday", "2024-11-06", "DATE"),
        ("morning", "2024-11-06TMO", "TIME"),
    ]


def test_types() -> None:
    text = "On Wednesday at 10:35 a.m. he spoke for three hours, as he does every Monday."
    dates = newsquote.find_dates(text, anchor=ANCHOR)
    assert [d.type for d in dates] == ["DATE", "TIME", "DURATION", "SET"]


def test_without_anchor_relative_dates_stay_underspecified() -> None:
    check(
        [
            ("on Wednesday", "XXXX-WXX-3"),
            ("Jan. 20", "XXXX-01-20"),
            ("in January", "XXXX-01"),
            ("yesterday", "XXXX-XX-XX"),
            ("today", "PRESENT_REF"),
            ("last week", "XXXX-WXX"),
            ("this year", "XXXX"),
            ("two weeks ago", "XXXX-WXX"),
            ("the third quarter", "XXXX-Q3"),
            ("Christmas", "XXXX-12-25"),
            ("February 29", "XXXX-02-29"),
        ],
        anchor=None,
    )


def test_not_dates() -> None:
    for text in (
        "$2024 million",
        "it may well be",
        "2024-25",
        "a rise of 1999%",
        "Jan Smith",
        "the March on Washington",
        "the Sun newspaper",
        "the fall of Kabul",
    ):
        assert value(text) is None, text


def test_parse_timestamp() -> None:
    assert _dates.parse_timestamp("Updated: 07 November 2024 15:40") == (
        9,
        31,
        dt.datetime(2024, 11, 7, 15, 40),
    )
    assert _dates.parse_timestamp("on Wednesday, in January") is None


def test_anchor_may_be_a_date() -> None:
    assert value("yesterday", dt.date(2024, 11, 7)) == "2024-11-06"  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------

_MONTH_NAMES = [max((k for k, v in en.MONTHS.items() if v == n), key=len) for n in range(1, 13)]
_DAY_NAMES = [d for d in en.WEEKDAYS if d.endswith("day")]


def _renderings(d: dt.datetime) -> list[tuple[str, str]]:
    """``d`` written in each supported absolute format, with the value it must give."""
    month = _MONTH_NAMES[d.month - 1].capitalize()
    weekday = _DAY_NAMES[d.isoweekday() - 1].capitalize()
    hour12 = d.hour % 12 or 12
    ampm = "PM" if d.hour >= 12 else "AM"
    day, minute, second = f"{d:%Y-%m-%d}", f"{d:%Y-%m-%dT%H:%M}", f"{d:%Y-%m-%dT%H:%M:%S}"
    return [
        (f"{d.day:02d} {month} {d.year} {d:%H:%M}", minute),
        (f"{weekday}, {month} {d.day}, {d.year} {hour12}:{d:%M:%S} {ampm}", second),
        (f"{d.day}-{d.month}-{d.year} {hour12:02d}:{d:%M} {ampm}", minute),
        (f"{d.month}/{d.day}/{d.year}", day),
        (f"{d.day}.{d.month}.{d.year}", day),
        (f"{d:%Y-%m-%d}", day),
        (f"{d:%Y-%m-%dT%H:%M:%S}", second),
        (f"{month} {d.day}, {d.year}", day),
        (f"{d.day} {month} {d.year}", day),
    ]


@given(date_moments)
def test_absolute_formats_normalise_back(moment: dt.datetime) -> None:
    for text, expected in _renderings(moment):
        assert value(text, None) == expected, text
        assert value(text, ANCHOR) == expected, text


@given(date_anchors, st.sampled_from(_DAY_NAMES), st.integers(-200, 200), st.booleans())
def test_moving_the_anchor_by_weeks_moves_weekdays(
    anchor: dt.datetime, day: str, weeks: int, future: bool
) -> None:
    text = f"they will meet on {day.capitalize()}" if future else f"on {day.capitalize()}"
    moved = anchor + dt.timedelta(weeks=weeks)
    before, after = value(text, anchor), value(text, moved)
    assert before is not None
    assert after is not None
    shift = dt.date.fromisoformat(after) - dt.date.fromisoformat(before)
    assert shift == dt.timedelta(weeks=weeks)


@given(st.one_of(date_texts, odd_text), st.none() | date_anchors)
def test_spans_slice_back_in_order(text: str, anchor: dt.datetime | None) -> None:
    dates = newsquote.find_dates(text, anchor=anchor)
    for d in dates:
        assert text[d.start : d.end] == d.text
        assert d.text
    for a, b in itertools.pairwise(dates):
        assert a.end <= b.start


@given(st.one_of(date_texts, date_tail_texts), st.none() | date_anchors)
def test_trigger_windows_find_what_a_full_scan_finds(text: str, anchor: dt.datetime | None) -> None:
    assert _dates._scan(text, anchor) == _dates._scan(text, anchor, exhaustive=True)


def test_trigger_windows_on_the_sample_articles() -> None:
    for text in SEEDS.values():
        assert _dates._scan(text, ANCHOR) == _dates._scan(text, ANCHOR, exhaustive=True)


# --------------------------------------------------------------------------------------
# Adversarial inputs: long runs of what the patterns look for.  They must finish (the
# patterns use possessive and bounded pieces) and keep the invariants; no timing asserts.
# --------------------------------------------------------------------------------------

ADVERSARIAL = {
    "digits and dashes": "1-2-" * 25_000,
    "dashed years": "2024-" * 20_000,
    "slashes": "11/7/" * 20_000,
    "dots": "7.11." * 20_000,
    "Jan.": "Jan. " * 20_000,
    "month names": "January " * 12_500,
    "weekdays": "Wednesday morning " * 5_600,
    "numbers and units": "4 years " * 12_500,
    "modifiers": "the last " * 11_200,
    "clock": "10:35 a.m. " * 9_100,
    "digits": "1" * 100_000,
    "spaces": " " * 100_000,
    "mixed": "last 7-11-2024 2:21 PM, Jan. 20 the 1990s nearly three years ago; " * 1_500,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_inputs_finish_and_keep_invariants(name: str) -> None:
    text = ADVERSARIAL[name]
    dates = newsquote.find_dates(text, anchor=ANCHOR)
    end = -1
    for d in dates:
        assert text[d.start : d.end] == d.text
        assert d.start >= end
        end = d.end
