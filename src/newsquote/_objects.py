"""Reporting verbs whose content is their object, and naming verbs.

* a demand, a citation or evidence: "called for a moratorium", "cited his record",
  "pointed to weak investment",
  "accused Obama of leading from behind", "a new poll shows Democrats ahead";
* an object that quotes the source: "promised to end the “rigged economy”";
* naming verbs: "called Zelensky the “greatest salesman”", "described him as a friend".
"""

from __future__ import annotations

import re

import regex

from ._bounds import inner_end
from ._clause import (
    Frame,
    _has_marks,
    _is_finite,
    _is_title,
    _norm,
    _sentence_subject,
    _skip_space,
    _trim_end,
    _words,
)
from ._cues import REPORTING_FORMS, lemma_of
from ._direct import source_of
from ._lexicon import en
from ._outer import outer_cue, outer_subject
from ._partial import passive_agent, reduced_relative
from ._reported import _content_end
from ._speakers import mention_before

__all__ = ["NAMING", "naming_frame", "object_frame", "quoting_object"]


NAMING = frozenset(
    {
        f
        for v in (
            "call",
            "describe",
            "characterise",
            "characterize",
            "label",
            "dub",
            "brand",
            "term",
        )
        for f in REPORTING_FORMS
        if lemma_of(f) == v
    }
)


# An opening double mark (searched in C, not character by character).
_OPEN_MARK = re.compile('[“"«„]')


_AS = regex.compile(r"\bas\s")


# Verbs whose object is what was said, with the word that introduces it: "called for a
# moratorium", "cited his record", "urged voters to ...", "pointed to weak investment".
_OBJECT_CUES: dict[str, str] = {
    "call": "for",
    "cite": "",
    "urge": "",
    "encourage": "",
    "point": "to",
}
# Verbs that judge someone on stated grounds, and the word that brings the grounds.
_JUDGING_CUES: dict[str, str] = {
    "accuse": "of",
    "blame": "for",
    "praise": "for",
    "criticise": "for",
    "criticize": "for",
    "thank": "for",
    "credit": "for",
    "slam": "for",
    "blast": "for",
}


def object_frame(text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str]) -> Frame | None:
    """A reporting verb whose content is its object: a demand, a citation, evidence."""
    cs, ce = m.span()
    lemma = lemma_of(m.group())
    if lemma not in _OBJECT_CUES and lemma not in _JUDGING_CUES and lemma not in ("show", "find"):
        return None  # (tested first: most cues take a clause, and this is cheap)
    after = _words(text, ce, min(se, ce + 40))
    if not after or text[ce : after[0][0]].strip():
        return None
    start = after[0][0]
    if lemma in _OBJECT_CUES:
        link = _OBJECT_CUES[lemma]
        if link:
            if _norm(after[0][2]) != link or len(after) < 2:
                return None
            start = after[1][0]
        elif lemma == "encourage" and not any(_norm(w) == "to" for _, _, w in after[1:6]):
            return None  # "encouraged voters to ...": a plea; "encouraging the attacks" is none
        elif lemma == "cite" and _names_informants(after):
            return None  # "cited sources close to the Kremlin": who informed, not what
        source = source_of(text, ss, cs, ce)
    elif lemma in _JUDGING_CUES:
        # "accused Obama of leading from behind", "praised Cruz for showing courage": the
        # person judged, then the grounds, a few words on.
        link = _JUDGING_CUES[lemma]
        if not any(_norm(w) == link for _, _, w in after[1:7]):
            return None
        source = source_of(text, ss, cs, ce)
    elif lemma in ("show", "find"):
        # Only evidence shows or finds: "the poll shows ...", not "he showed the way".
        source = mention_before(text, cs, ss)
        if source is None or _norm(source.text.split()[-1]) not in en.DOCUMENT_NOUNS:
            return None
        if _norm(after[0][2]) == "that" and len(after) > 1:
            start = after[1][0]  # "a study found that ...": "that" opens the content
    else:
        return None
    end = inner_end(text, ss, cs, start, _content_end(text, start, se))
    if source is None or end - start < 4:
        return None
    return Frame((cs, ce), source, (start, end), _has_marks(text, start, end))


# Words that may open a noun phrase before its head: "unnamed sources", "two people".
_INFORMANT_MODIFIERS = frozenset(
    "a an the two three several many some unnamed anonymous senior other".split()
)


def _names_informants(after: list[tuple[int, int, str]]) -> bool:
    """Whether the object after "cite" is people who informed ("sources in the Russian
    parliament", "unnamed officials", "two people familiar with ..."): the source of
    the report, not a content (a report, data or examples cited are content)."""
    for _, _, w in after[:3]:
        low = _norm(w)
        if low in en.SOURCE_NOUNS or low in en.GROUP_NOUNS:
            return True
        if low not in _INFORMANT_MODIFIERS:
            return False
    return False


# Verbs whose object is the hearer: "told the Associated Press, “...”".
_ADDRESSEE_CUES = frozenset("tell ask inform remind assure notify warn".split())


# How far a quoted object may run past its sentence's end (a stop inside the marks).
_RUN_ON = 120
# Verbs whose quoted object is a slogan even in title case ("chanting “Dump Trump”").
_SHOUTS = frozenset("chant shout yell scream".split())


def quoting_object(
    text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str]
) -> Frame | None:
    """A reporting verb whose object quotes the source: "promised to end the “rigged
    economy”", "blamed Clinton for the “disaster”", "referred to him as “Chris”".  Quote
    marks soon after the verb show that the words are the source's own."""
    cs, ce = m.span()
    if _OPEN_MARK.search(text, ce, min(se, ce + 80)) is None:
        return None  # no quotation soon (a cheap test before the content's end)
    end = _content_end(text, ce, se)
    found = _OPEN_MARK.search(text, ce, min(end, ce + 80))
    first_mark = found.start() if found else -1
    between = _words(text, ce, first_mark) if first_mark >= 0 else []
    if first_mark < 0 or any(_is_finite(w, loose=False) for _, _, w in between):
        return None  # no quotation soon, or another clause before it
    lead_in = text[ce:first_mark].rstrip().endswith((",", ":"))
    if lead_in and lemma_of(m.group()) in _ADDRESSEE_CUES:
        return None  # 'told the agency, “We lost.”': the hearer, then a direct quotation
    close = max(text.rfind("”", first_mark, end + 1), text.rfind('"', first_mark + 1, end + 1))
    inner_close = text.find("”", first_mark + 1, end + 1)
    if inner_close < 0:
        inner_close = text.find('"', first_mark + 1, end + 1)
    if (
        inner_close > first_mark
        and _is_title(text[first_mark + 1 : inner_close])
        and lemma_of(m.group()) not in _SHOUTS
    ):
        return None  # "read “War and Peace”": a title, not the source's words
    start = _skip_space(text, ce, se)
    if close <= first_mark and not lead_in:
        # 'chanted “USA! USA!”': a stop inside the quotation ends the sentence early;
        # the closing mark on the same line closes the quoted words.
        line_end = text.find("\n", first_mark, first_mark + _RUN_ON)
        window = line_end if line_end >= 0 else min(len(text), first_mark + _RUN_ON)
        close = max(text.rfind("”", first_mark, window), text.rfind('"', first_mark + 1, window))
        if close > first_mark and text.find("“", first_mark + 1, close) >= 0:
            close = -1  # another quotation opens first
    if close <= first_mark or start >= close:
        return None
    source = source_of(text, ss, cs, ce)
    if source is None:
        return None
    return Frame((cs, ce), source, (start, close + 1), True)


def naming_frame(
    text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str], participle: bool
) -> Frame | None:
    cs, ce = m.span()
    if reduced_relative(text, ss, cs, ce):
        return None  # "a website called “…”": a name given, not words said
    if text[max(ss, cs - 4) : cs].lower() == " so " or text[max(ss, cs - 3) : cs] == "So ":
        return None  # "the so called “initiative”": the writer's distance, no speaker
    window_end = _content_end(text, ce, se)
    marks = [m.start() for m in _OPEN_MARK.finditer(text, ce, window_end)]
    if marks:
        # The content is the quoted words; the marks stay outside ("called Zelensky the
        # “greatest salesman”" -> greatest salesman).
        start = marks[0] + 1
        close = max(text.rfind("”", start, window_end + 1), text.rfind('"', start, window_end + 1))
        end = _trim_end(text, start, close) if close > start else window_end
        has = True
    else:
        as_at = _AS.search(text, ce, min(window_end, ce + 60))
        if as_at is None:
            return None
        start, end, has = as_at.end(), window_end, False
    cue = (cs, ce)
    source = passive_agent(text, cs, end, se)
    if source is None:
        inner = source_of(text, ss, cs, ce)
        source = outer_subject(text, ss, inner)
        if source is not None and inner is not None:
            cue = outer_cue(text, source, inner, cue)  # "condemned what he called …"
    if source is None and not participle and m.group()[:1].islower():
        # "He later suggested …, called her “third-rate” and boycotted …": a verb in a
        # list of the subject's verbs; the sentence's subject names her.
        source = _sentence_subject(text, ss, cs)
    if end <= start:
        return None
    return Frame(cue, source, (start, end), has)
