"""The date patterns of ``_dates``: named pieces, composed into one table.

Each pattern is ``(name, trigger kinds, regex)``; ``_timex_rules.NORMALISERS`` has one
function per name that turns a match into a TIMEX3 value.  ``TRIGGER_WORDS`` are the words
no match can do without, by kind; ``LEFT`` and ``RIGHT`` say how far a match reaches
around them (``_dates`` searches only there).
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ._lexicon import en

__all__ = ["BACKWARD", "COMPILED", "LEFT", "LONGEST", "RIGHT", "TRIGGER_WORDS"]

# --------------------------------------------------------------------------------------
# Named pieces, composed into patterns below
# --------------------------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    # Longest first, so "Sept" wins over "Sep" and "September" over both.
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _cased(words: list[str]) -> list[str]:
    # Month and weekday names count only capitalised ("May", "MAY"), never "may"/"march".
    return [w.capitalize() for w in words] + [w.upper() for w in words]


def _lc(words: Iterable[str]) -> list[str]:
    # Lower case, or capitalised at the start of a sentence ("Now, ...").
    return [v for w in words for v in (w, w[0].upper() + w[1:])]


_FULL_MONTHS = [max((k for k, v in en.MONTHS.items() if v == n), key=len) for n in range(1, 13)]
_ABBR_MONTHS = [m for m in en.MONTHS if m not in _FULL_MONTHS]
_FULL_DAYS = [d for d in en.WEEKDAYS if d.endswith("day")]
_ABBR_DAYS = [d for d in en.WEEKDAYS if not d.endswith("day")]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_NUMBER_WORDS = [w for w in en.NUMBER_WORDS if w not in ("a", "an")]

B = r"(?<![\w])"  # left word boundary that also works before digits
E = r"(?![\w])"  # right word boundary
MONTH = rf"(?P<month>{_alt(_cased(_FULL_MONTHS))}|(?:{_alt(_cased(_ABBR_MONTHS))})\.?)"
# A month alone: abbreviations only with their dot ("Jan" alone is a name).
MONTH_ALONE = rf"(?P<month>{_alt(_cased(_FULL_MONTHS))}|(?:{_alt(_cased(_ABBR_MONTHS))})\.)"
WEEKDAY = rf"(?P<weekday>{_alt(_cased(_FULL_DAYS))}|(?:{_alt(_cased(_ABBR_DAYS))})\.?)"
FULL_WEEKDAY = rf"(?P<weekday>{_alt(_cased(_FULL_DAYS))})"
DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[6-9]|20)[0-9]{2})"
# Years read aloud in broadcast transcripts: "nineteen ninety-six".
SPOKEN = (
    rf"(?P<spoken>[Nn]ineteen[-\s](?P<stens>{_alt(_TENS)})(?:[-\s](?P<sunits>{_alt(_UNITS)}))?)"
)
TIME = r"""
    (?P<hour>[0-2]?[0-9]) : (?P<minute>[0-5][0-9]) (?: : (?P<second>[0-5][0-9]) )?
    (?: \s? (?P<ampm>[AaPp]\.?[Mm]\.?) (?![\w]) )?
  | (?P<hour>1[0-2]|0?[1-9]) \s? (?P<ampm>[AaPp]\.?[Mm]\.?) (?![\w])
"""
ZONE = r"(?:\s?(?:GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|MSK|IST)(?:[+-][0-9]{1,2})?(?![\w]))?"
AT_TIME = rf"(?:,?\s(?:at\s)?(?:{TIME}){ZONE})"
# "24", "2.5", "5 1/2", "twenty-four", "a few", "several": how many units.
AMOUNT = (
    rf"(?P<num>[0-9]{{1,3}}+(?:,[0-9]{{3}})*+(?:\.[0-9]+)?(?:\s[1-9]/[2-9])?"
    rf"|(?:{_alt(_lc(_NUMBER_WORDS))})(?:[-\s](?:{_alt(_UNITS)}))?"
    rf"|[Aa]\s(?:few|couple(?:\sof)?)|couple\sof|[Aa]n?|{_alt(_lc(en.VAGUE_AMOUNTS))})"
)
UNIT = rf"(?P<unit>{_alt(en.DURATION_UNITS)})"
HEDGE = (
    r"(?:(?:[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Oo]ver|[Mm]ore\sthan|[Ll]ess\sthan|"
    r"[Aa]t\sleast|[Rr]oughly|[Oo]nly|[Jj]ust|[Uu]p\sto|[Aa]pproximately)\s)"
)
ORDINAL = r"(?P<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[1-4](?:st|nd|rd|th))"
HOLIDAYS = [*en.FIXED_HOLIDAYS, *en.WEEKDAY_HOLIDAYS]
_TITLED = [" ".join(w[0].upper() + w[1:] for w in h.split()) for h in HOLIDAYS]
HOLIDAY = _alt(_TITLED + [h.replace("'", "’") for h in _TITLED])

# A pattern that opens with optional pieces ("the", a weekday) gets a lookahead for the
# characters it can start with, e.g. (?=[0-9A-Zt]): most positions fail that one test.
# Only there: before a required word list the lookahead would hide the first characters
# regex uses to skip ahead, and cost more than it saves (measured).
#
# (name, trigger kinds, pattern) in priority order: at one position the longest match
# wins, and among equally long ones the earlier pattern.  Trigger kinds (_trigger_words):
# N a year-like number, C a clock time, M a month, W a weekday, U a unit of time, K a
# century, Q a quarter or half, E a season, D a day word
# ("yesterday", "morning"), R a reference word ("now"), S a frequency word ("every"),
# H a holiday word, X a number word of spoken years and decades.
PATTERNS: list[tuple[str, str, str]] = [
    # 2024-11-07, 2024-11-07T14:20:00, 2024/11/07
    (
        "iso",
        "N",
        rf"{B}(?P<year>[12][0-9]{{3}})(?P<sep>[-/])(?P<nmonth>[01]?[0-9])(?P=sep)(?P<day>[0-3]?[0-9])"
        r"(?:[T\s](?P<hour>[0-2][0-9]):(?P<minute>[0-5][0-9])(?::(?P<second>[0-5][0-9]))?"
        rf"(?:\.[0-9]+)?(?:Z|[+-][0-9]{{2}}:?[0-9]{{2}})?)?{E}",
    ),
    # 2024-W45: ISO weeks, as written in schedules and datasets.
    ("iso_week", "N", rf"{B}(?P<year>[12][0-9]{{3}})-?W(?P<week>[0-5][0-9]){E}"),
    # 7-11-2024 02:20 PM (day first), 11/7/2024 (month first), 7.11.2024 (day first)
    (
        "numeric",
        "N",
        rf"(?=[0-9]){B}(?P<a>[0-3]?[0-9])(?P<sep>[-/.])(?P<b>[0-3]?[0-9])(?P=sep)"
        rf"(?P<year>(?:1[6-9]|20)[0-9]{{2}}){E}{AT_TIME}?",
    ),
    # Thursday, November 7, 2024 2:21:13 PM / November 7th / Jan. 20 / last Oct. 23 /
    # March eighth (transcripts spell the day out)
    (
        "month_day",
        "M",
        rf"{B}(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his)\s)?(?:{WEEKDAY},?\s)?{MONTH}\s"
        rf"(?:{DAY}|(?P<dayword>{_alt(en.ORDINAL_WORDS)})){E}(?:,?\s{YEAR}{E})?{AT_TIME}?",
    ),
    # the week of March 6: the ISO week of that day
    ("week_of", "M", rf"{B}[Tt]he\sweek\sof\s{MONTH}\s{DAY}{E}(?:,?\s{YEAR}{E})?"),
    # 07 November 2024 15:40 / 20 January / the 5th of May
    (
        "day_month",
        "M",
        rf"(?=[0-9A-Zt]){B}(?:{WEEKDAY},?\s)?(?:the\s)?{DAY}(?:\sof)?\s{MONTH}{E}(?:,?\s{YEAR}{E})?{AT_TIME}?",
    ),
    # January 2021 / Jan. 2021 / January nineteen ninety-seven
    ("month_year", "M", rf"{B}{MONTH},?\s(?:of\s)?(?:{YEAR}|{SPOKEN}){E}"),
    # in January, last May, each July, June last year ("May" alone: see _timex)
    (
        "month",
        "M",
        rf"{B}(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ee]ach|[Ee]very)\s)?{MONTH_ALONE}"
        rf"(?:(?<=\.)|{E})(?:\s(?:of\s)?(?P<yrel>last|next|this)\syear{E})?",
    ),
    # mid-March, early December, late 2024, the end of January, early October this year
    (
        "part_month",
        "MN",
        rf"{B}(?P<part>[Ee]arly|[Mm]id|[Ll]ate|(?:[Aa]t\s)?[Tt]he\s(?:end|beginning|start|middle)"
        rf"\sof)[-\s](?:{MONTH}(?:,?\s{YEAR}|\s(?:of\s)?(?P<yrel>last|next|this)\syear)?|{YEAR}){E}",
    ),
    # the 1990s, the '90s, the early 1980s, the nineties
    (
        "decade",
        "NX",
        rf"{B}(?:[Tt]he\s)?(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\s])?(?:(?P<century>1[6-9]|20)"
        rf"(?P<decade>[0-9])0['’]?s|['’](?P<decade2>[0-9])0s){E}"
        rf"|{B}[Tt]he\s(?:(?:early|mid|late)[-\s])?(?P<dword>{_alt(en.DECADE_WORDS)}){E}",
    ),
    # the 20th century, the eleventh century
    (
        "century",
        "K",
        rf"{B}(?:[Tt]he\s)?(?P<ord>[0-9]{{1,2}}(?:st|nd|rd|th)|{_alt(en.ORDINAL_WORDS)})"
        rf"[-\s]century{E}",
    ),
    # Wednesday, Saturday’s, last Monday, Mondays, Tuesday nights.  In "Wednesday morning"
    # the weekday is its own DATE and the part of day a TIME of its own (below), so the
    # calendar day is always reported (a project decision the sample articles rely on).
    (
        "weekday",
        "W",
        rf"{B}(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]revious|[Tt]he\s(?:previous|"
        rf"following|next))\s)?{FULL_WEEKDAY}(?P<plural>s)?"
        rf"(?:\s(?P<pods>morning|afternoon|evening|night)s)?{E}",
    ),
    ("part_of_day", "W", rf"(?<={FULL_WEEKDAY}\s)(?P<pod>morning|afternoon|evening|night){E}"),
    # 10:35 a.m., 6 a.m. EST Thursday, noon Thursday, around 7:15 p.m. ("high noon" is an
    # idiom)
    (
        "clock",
        "C",
        rf"{B}(?:[Aa](?:round|bout)\s)?(?:{TIME}|(?<![Hh]igh\s)(?P<noon>[Nn]oon|[Mm]idnight|[Mm]idday)){ZONE}"
        rf"(?:,?\s(?:on\s)?(?:(?P<dword>today|yesterday|tomorrow|tonight)|{FULL_WEEKDAY}|"
        rf"{MONTH}\s{DAY}(?:,?\s{YEAR})?))?{E}",
    ),
    # mid-afternoon, late morning, overnight
    (
        "pod",
        "D",
        rf"{B}(?:(?P<pmod>[Ee]arly|[Ll]ate|[Mm]id)[-\s]?(?P<pod>morning|afternoon|evening|night)"
        rf"(?:\s(?P<dword>yesterday|today|tomorrow))?|(?P<over>[Oo]vernight)){E}",
    ),
    # 2022 (not a sum of money, a range end or a decimal)
    (
        "year",
        "N",
        rf"{B}(?<![$€£#])(?<![0-9][-–/.,]){YEAR}{E}(?![-–/][0-9]|[,.][0-9]|\s?%|\s?per\s?cent)",
    ),
    (
        "spoken_year",
        "X",
        rf"{B}(?:[Tt]he\syear\s)?{SPOKEN}{E}"
        rf"|{B}[Tt]he\syear\s(?P<thousand>two\sthousand)(?:\s(?:and\s)?(?P<tunits>{_alt(_UNITS)}))?{E}",
    ),
    # yesterday, today, tomorrow, tonight, this morning, last night, yesterday afternoon
    (
        "deictic",
        "D",
        rf"{B}(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\snight|"
        rf"[Tt]his\s(?:morning|afternoon|evening))(?:\s(?P<pod>morning|afternoon|evening|night))?{E}",
    ),
    # the third quarter, third-quarter, the 1988 second quarter, next year's first quarter,
    # the first half of 2024, Q3 2024
    (
        "quarter",
        "Q",
        rf"{B}(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s(?:flat\s|comparable\s)?)?"
        rf"(?:{YEAR}\s|(?P<qrel>[Tt]his|[Ll]ast|[Nn]ext)\syear['’]s\s|(?P<qago>year[-\s](?:earlier|ago))\s)?"
        rf"(?:(?:fiscal|calendar)[-\s])?(?:{ORDINAL}|(?P<qlast>[Ll]ast|[Ll]atter))[-\s]"
        rf"(?:fiscal[-\s])?(?P<qunit>quarter|half){E}"
        rf"(?:\sof\s(?:fiscal\s)?(?:(?P<qyear>(?:1[6-9]|20)[0-9]{{2}})|(?P<qthis>this|last|next)\syear){E})?",
    ),
    # Q3, Q3 2024: the short form of financial reports
    ("quarter_code", "Q", rf"{B}Q(?P<qnum>[1-4])(?:\s(?P<qyear2>(?:1[6-9]|20)[0-9]{{2}}))?{E}"),
    # the quarter, this quarter, the latest quarter, the year-ago period, the 1988 quarter,
    # last year's quarter, the corresponding period last year
    (
        "quarter_ref",
        "Q",
        rf"{B}(?P<qdet>[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Ll]ast(?P<qlast>\syear['’]s)?|[Nn]ext)\s"
        rf"(?P<qwhich>(?:latest|current|previous|past|same|corresponding|comparable|most\srecent|"
        rf"(?:comparable\s)?year[-\s](?:earlier|ago))\s)?"
        rf"(?:{YEAR}\s)?(?:fiscal\s)?(?P<qunit>quarter|period){E}"
        rf"(?:\s(?P<qago>last\syear|a\syear\s(?:ago|earlier)){E})?",
    ),
    # by year-end, since year end, by year's end: the end of the calendar year, as business
    # news says it (only after a preposition: "year-end bonuses" is an adjective)
    (
        "year_end",
        "U",
        rf"(?<=\b(?:[Bb]y|[Aa]t|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Aa]round|[Nn]ear)\s)"
        rf"(?:the\s)?[Yy]ear(?:-|\s|['’]s\s)end{E}",
    ),
    # year-earlier, year-ago (results compared with the same period a year before)
    ("year_ago", "U", rf"{B}(?:[Tt]he\s(?:comparable\s)?)?[Yy]ear-(?:earlier|ago){E}"),
    # this year, last week, next month, earlier this year, the following day, that year
    (
        "relative_unit",
        "UKQE",
        # "his last year in office" is a noun phrase, not a date: no possessive before.
        rf"{B}(?<!\b(?:his|her|their|its|my|our|your)\s)"
        rf"(?P<pre>(?:[Ee]arlier|[Ll]ater)\s(?:in\s)?|(?:[Aa]t\s)?[Tt]he\s(?:end|beginning|start|"
        rf"middle|rest|remainder)\sof\s|[Ee]arly\s|[Ll]ate\s|[Ss]ometime\s)?"
        rf"(?P<which>[Tt]he(?:\s(?:previous|following|next|past|last|coming|current|same|full))?|"
        rf"[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious|[Cc]urrent|[Tt]hat)\s"
        rf"(?:(?:fiscal|calendar|same)\s)?(?P<unit>weekend|week|month|year|quarter|day|decade|"
        rf"century|spring|summer|autumn|fall|winter){E}",
    ),
    # DATE: four years earlier, two weeks ago, ten days from now, a year before that.
    # DURATION: three years, 24 hours, the last 24 hours, nearly three years, two more weeks.
    # One pattern for both: they share everything up to the unit.  "before"/"after" make
    # a date only at the end of a clause ("a week after"): "one year after the election"
    # is a duration.  "three days later" is the duration "three days" and the signal
    # "later", as TimeML annotates it.
    (
        "amount",
        "UKQ",
        rf"{B}(?P<pre>(?:[Tt]he\s)?(?:[Ll]ast|[Pp]ast|[Nn]ext|[Ff]irst|[Cc]oming|[Pp]revious|"
        rf"[Ff]ollowing|[Ff]inal)\s)?{HEDGE}?{AMOUNT}[-\s](?:(?:more|additional|straight|"
        rf"consecutive|full|trading|business|working)\s)?{UNIT}(?P<half>\sand\sa\shalf)?"
        rf"(?:\s(?:or\sso\s)?(?P<dir>ago|earlier|from\snow|hence|(?:before|after)"
        rf"(?:\s(?:that|then))?))?{E}",
    ),
    # recent years, coming weeks, for years: a vague number of units
    (
        "vague_units",
        "U",
        rf"{B}(?:(?P<vw>[Rr]ecent|[Cc]oming|[Pp]ast|[Ff]ew)\s|(?<=\b(?:[Ff]or|[Oo]ver|[Ww]ithin|took|"
        rf"lasted|spent)\s))(?P<unit>years|months|weeks|days|decades|hours|minutes){E}",
    ),
    # now, currently, recently, the future, the near term
    ("ref", "R", rf"{B}(?P<word>{_alt(_lc(en.REFERENCE_WORDS))}){E}"),
    # every Monday, every year, each day, annually, weekly
    (
        "set",
        "S",
        rf"{B}(?:(?:[Ee]very|[Ee]ach)\s(?:other\s)?(?:{FULL_WEEKDAY}|(?P<sunit>day|week|month|year|"
        rf"quarter|morning|afternoon|evening|night|hour|weekend))|(?P<adv>"
        rf"{_alt(_lc(en.FREQUENCY_ADVERBS))})){E}",
    ),
    # Christmas, Thanksgiving, Election Day 1998
    (
        "holiday",
        "H",
        rf"{B}(?P<holiday>{HOLIDAY})(?:,?\s{YEAR})?{E}",
    ),
    # the summer, in spring, summer 2024, the early summer, autumn of 1989, the winter of
    # nineteen ninety-four
    (
        "season",
        "E",
        rf"{B}(?:[Tt]he\s)?(?:(?P<smod>[Ee]arly|[Ll]ate|[Mm]id)[-\s])?(?P<season>[Ss]pring|[Ss]ummer|"
        rf"[Aa]utumn|[Ff]all|[Ww]inter)(?:(?:\sof\s|,?\s)(?:{YEAR}|{SPOKEN}))?{E}",
    ),
]

# How far a match reaches beyond its triggers.  Before the first: at most 54 characters
# ("the following approximately seventy seven consecutive hours"), but before a month
# 23 ("Wednesday, the 25th of "), a weekday 14 ("the following "), a number 14 ("at the
# end of "), a spoken year 13 ("the year two "), a clock time 7 ("around "), a word of
# day 5 ("last "), a frequency or holiday word 0.  After the last: at most 32 (":13 PM
# EST"), after a unit 29 (" and a half or so before that"), a quarter 15 (" of fiscal
# 1984", 20 for " of fiscal next year"), a season 26 (" of nineteen seventy-seven").
LEFT = {"M": 24, "W": 16, "N": 16, "X": 16, "C": 8, "D": 8, "S": 4, "H": 4}  # else 56
RIGHT = {"U": 30, "K": 30, "Q": 21, "E": 27}  # else 32
LONGEST = 128  # no match is longer: 56 before, 32 after and the longest trigger


# The triggers: the words every match of a pattern contains one of, by kind.  Finding
# them is tokenising: lower-case the text, turn every character that is not a letter or
# digit into a space (one for one, so offsets hold), split on spaces and look each token
# up.  All of it runs in C; only the hits reach Python.
def _trigger_words() -> dict[str, str]:
    kinds = dict.fromkeys(en.MONTHS, "M")
    kinds.update(dict.fromkeys([*_FULL_DAYS, *(d + "s" for d in _FULL_DAYS)], "W"))
    kinds.update(dict.fromkeys([*en.DURATION_UNITS, "weekend", "weekends", "day"], "U"))
    kinds.update(dict.fromkeys(["century", "centuries"], "K"))
    kinds.update(
        dict.fromkeys(["quarter", "quarters", "half", "period", "q1", "q2", "q3", "q4"], "Q")
    )
    kinds.update(dict.fromkeys(en.SEASONS, "E"))
    kinds.update(
        dict.fromkeys([*en.PARTS_OF_DAY, "today", "tomorrow", "tonight", "yesterday"], "D")
    )
    kinds.update(dict.fromkeys(["noon", "midnight", "midday"], "C"))
    kinds.update({f"{h}{m}": "C" for h in range(1, 13) for m in ("am", "pm")})  # "10pm"
    kinds.update({f"{h:02d}{m}": "C" for h in range(1, 13) for m in ("am", "pm")})  # "09am"
    for phrase in en.REFERENCE_WORDS:
        for word in set(phrase.split()) - {"the", "a", "as", "at", "in"}:
            kinds.setdefault(word, "R")
    for word in ("every", "each", *en.FREQUENCY_ADVERBS):
        kinds.setdefault(word, "S")
    for holiday in HOLIDAYS:  # the distinctive words of each name
        for word in set(holiday.replace("'", " ").split()) - {"s", "day", "king", "luther"}:
            kinds.setdefault(word, "H")
    kinds.update(dict.fromkeys(["nineteen", "thousand", *en.DECADE_WORDS], "X"))
    # Numbers: a year ("1990", also inside "7-11-2024"); an hour, which counts only
    # before ":" or "p.m." (marked "c", checked in _triggers).
    kinds.update(dict.fromkeys(map(str, range(1000, 3000)), "N"))
    kinds.update({f"{h}": "c" for h in range(30)} | {f"{h:02d}": "c" for h in range(10)})
    # "1990s" and "'90s" (the apostrophe is blanked out)
    kinds.update({f"{c}{d}0s": "N" for c in ("", "16", "17", "18", "19", "20") for d in range(10)})
    return kinds


TRIGGER_WORDS = _trigger_words()


def _ref_tail() -> tuple[int, frozenset[str]]:
    """The words a reference phrase has after its last trigger ("these days": "days")."""
    reach, tails = 0, set()
    for phrase in en.REFERENCE_WORDS:
        words = phrase.split()
        last = max(i for i, w in enumerate(words) if TRIGGER_WORDS.get(w) == "R")
        reach = max(reach, len(" ".join(["", *words[last + 1 :]])))
        tails.update(words[last + 1 :])
    return reach, frozenset(tails)


# Patterns that end with their trigger (and a few words after it) are matched backwards
# (regex's REVERSE flag), anchored at the word ends just after each trigger: only there
# can their matches end, where a forward search would try every start in a window.
# Each has its reach past the end of its last trigger and the words it can end with
# there; most end with the trigger itself ("the past decade"), the only place to try.
NO_TAIL: frozenset[str] = frozenset()
BACKWARD: dict[str, tuple[int, frozenset[str]]] = {
    "decade": (2, frozenset({"s"})),  # "1990's": the trigger is "1990"
    "century": (0, NO_TAIL),
    "part_of_day": (10, frozenset(en.PARTS_OF_DAY)),  # "Monday afternoon"
    # "the first quarter of fiscal next year", "the third quarter of 1989"
    "quarter": (20, frozenset({"year", *map(str, range(1600, 2100))})),
    "quarter_ref": (15, frozenset({"year", "ago", "earlier"})),  # "the period a year ago"
    "relative_unit": (0, NO_TAIL),
    # "two weeks and a half or so before that", "ten days from now"
    "amount": (29, frozenset("half ago earlier now hence before after that then".split())),
    "vague_units": (0, NO_TAIL),
    "ref": _ref_tail(),
}


# Every pattern is compiled VERBOSE (TIME is laid out over lines), so literal spaces
# are written \s throughout.
COMPILED: list[tuple[str, str, regex.Pattern[str]]] = [
    (name, kinds, regex.compile(pattern, regex.VERBOSE | (regex.REVERSE * (name in BACKWARD))))
    for name, kinds, pattern in PATTERNS
]
