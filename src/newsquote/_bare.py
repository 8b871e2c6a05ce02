"""Sources that the mention finder does not take, read off a frame's shape.

A frame's shape says where its source is even when the phrase there is not a name, a
pronoun or a known noun ("several observers", "a source close to him", "Only 24
percent"): the short phrase between a content's comma and its cue, the phrase after an
inverted cue, the words before the cue that open a sentence.
"""

from __future__ import annotations

import regex

from ._clause import _is_finite, _norm, _trim_end, _words
from ._lexicon import en
from ._speakers import Phrase, classify

__all__ = [
    "bare_after",
    "bare_before",
    "bare_subject",
    "is_share",
    "survey_source",
    "with_epithet_owner",
]


# A bare source is short.
_MAX_WORDS = 7
# Words that open a clause or a modifier, not a noun phrase.
_NOT_OPENING = frozenset(
    "and but or nor yet so which who whom whose where when while as that because if what how why "
    "although though since to of in on at for with by from after before said says".split()
)
# Words that end a noun phrase's run before a cue: a preposition or a conjunction at the
# end means the phrase is cut ("close to", "and").
_NOT_CLOSING = frozenset("and or but of to in on at for with by from the a an".split())


# Plural nouns that open a source with no determiner: "people familiar with the matter",
# "officials close to the campaign".
_BARE_PLURALS = en.SOURCE_NOUNS | en.GROUP_NOUNS

# Words that cannot end a noun phrase: adverbs that trail off a clause.
_NOT_LAST = frozenset(
    "now then also still never just not even only again too very so more much here there".split()
)


def _phrase(text: str, start: int, end: int) -> Phrase | None:
    while start < end and (text[start].isspace() or text[start] in "”\"’'"):
        start += 1
    end = _trim_end(text, start, end)
    words = _words(text, start, end)
    if words and _SHARE_END.match(text, words[-1][0], end):
        words = words[:-1]  # "More than 4 in 10": a share ends in a number
    elif not words or words[-1][1] != end:
        return None
    if not words or len(words) > _MAX_WORDS:
        return None
    first, last = _norm(words[0][2]), _norm(words[-1][2])
    if len(words) < len(_words(text, start, end)):
        last = "percent"  # (the number closes the phrase)
    opener = (
        words[0][2][:1].isupper()
        or first in en.NOUN_PHRASE_OPENERS
        or first in _BARE_PLURALS  # "..., people familiar with the talks said."
        or text[start].isdigit()
    )
    if not opener or first in _NOT_OPENING or last in _NOT_CLOSING or last in _NOT_LAST:
        return None
    if last.endswith(("ing", "ly")):
        return None  # "while taking", "very publicly": a clause trails off
    polled = len(words) > 1 and _norm(words[-2][2]) == "those" and last.endswith("ed")
    if any(_is_finite(w, loose=False) for _, _, w in words[: -1 if polled else None]):
        return None  # a clause, not a noun phrase ("those surveyed" is one)
    return Phrase(start, end, text[start:end], classify(text[start:end]))


# "... 4 in 10" at a phrase's end: its last word and a number.
_SHARE_END = regex.compile(r"in\s++\d++$")


def bare_before(text: str, comma: int, cs: int) -> Phrase | None:
    """ "..., a source close to him said": the phrase between a content's comma and its
    cue."""
    if cs - comma > 80 or text[comma + 1 : cs].strip(" ”\"’'")[:1] == "":
        return None
    return _phrase(text, comma + 1, cs)


def bare_after(text: str, ce: int, se: int) -> Phrase | None:
    """ "..., said several observers.": the phrase after an inverted cue, up to the
    sentence end or a comma."""
    end = min(se, ce + 80)
    for stop in (",", ";", "."):
        k = text.find(stop, ce, end)
        if k >= 0:
            end = k
    return _phrase(text, ce, end)


def bare_subject(text: str, ss: int, cs: int) -> Phrase | None:
    """ "Only 24 percent said ...": the words that open a sentence before its cue."""
    comma = text.rfind(",", max(ss, cs - 80), cs)
    first = _words(text, ss, min(cs, ss + 20))[:1]
    if first and _norm(first[0][2]) in ("and", "but") and first[0][0] == ss:
        ss = first[0][1]  # "And more than 4 in 10 said ...": a sentence's conjunction
        first = _words(text, ss, min(cs, ss + 20))[:1]
    if comma >= 0 and first and _norm(first[0][2]) in _ADJUNCT_OPENERS:
        ss = comma + 1  # "By big margins, those surveyed say ...": after a fronted adjunct
    if cs - ss > 80 or any(c in text[ss:cs] for c in ',;:()“”"'):
        return None
    return _phrase(text, ss, cs)


def with_epithet_owner(text: str, ss: int, source: Phrase) -> Phrase:
    """ "Obama the realist knows ...": a name right before an epithet ("the realist") is
    the source; the mention finder takes only the epithet."""
    if not source.text.startswith("the ") or source.start - ss > 40:
        return source
    before = _words(text, ss, source.start)
    if not before or len(before) > 3 or text[before[-1][1] : source.start] != " ":
        return source
    if before[0][0] != ss or not all(
        w[:1].isupper() and _norm(w) not in _NOT_NAME for _, _, w in before
    ):
        return source  # "Although the mayor ...": a conjunction, not a name
    start = before[0][0]
    return Phrase(start, source.end, text[start : source.end], "name")


# Capitalised words at a sentence start that are no name.
_NOT_NAME = _NOT_OPENING | frozenset(
    "although though even after before since unless once despite during meanwhile still "
    "now then also however instead later earlier".split()
)


# Prepositions that open a fronted adjunct before a sentence's subject.
_ADJUNCT_OPENERS = frozenset("by in on at for with after before during among across around".split())


# A share of those polled: "79 percent of Democrats", "Six in 10 voters", "a majority".
_SHARE = regex.compile(
    r"(?i)\d|%|\bpercent\b|\bhalf\b|\bthirds?\b|\bquarters?\b|\bmajority\b"
    r"|\bin\s(?:10|ten|five|four|three)\b"
)
# "In a New York Times/CBS News survey released Thursday, 79 percent said ...".
_IN_SURVEY = regex.compile(
    r"(?i)(?:in|according\sto)\s(?P<np>(?:a|an|the)\s[^,;]{0,80}?\b(?:poll|survey)s?\b[^,;]{0,60}+),"
)


def is_share(source: Phrase) -> bool:
    """Whether a source is a share of those polled ("Some 55 percent of voters")."""
    return _SHARE.search(source.text) is not None


def survey_source(text: str, ss: int, cs: int) -> Phrase | None:
    """The poll in a fronted "In a ... poll, ..." before the cue at ``cs``: the source of
    what a share of its respondents said."""
    m = _IN_SURVEY.match(text, _skip_opening(text, ss, cs), cs)
    if m is None:
        return None
    start, end = m.span("np")
    return Phrase(start, end, text[start:end], "source")


def _skip_opening(text: str, ss: int, cs: int) -> int:
    while ss < cs and (text[ss].isspace() or text[ss] in "“\"'(—–-"):
        ss += 1
    return ss
