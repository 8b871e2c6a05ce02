"""Phrase cues: "according to SOURCE, CONTENT", "CONTENT, as stated by SOURCE".

A secondary source is the outer frame of a clause whose own speaker did not say it
("X told aides Y, according to someone in attendance"); these frames are found after the
verb frames of their sentence, which they may replace.
"""

from __future__ import annotations

import re

import attrs
import regex

from ._bare import is_share
from ._clause import (
    _MAX_CLAUSE,
    _PHRASE_CUE,
    Frame,
    _clause_floor,
    _has_marks,
    _Intervals,
    _is_clause,
    _is_finite,
    _norm,
    _trim_end,
    _trim_start,
    _words,
)
from ._cues import REPORTING_FORMS, lemma_of
from ._lexicon.en import DAY_NAMES
from ._mention_shapes import _SKIPPABLE
from ._partial import _phrase_up_to_comma
from ._reported import _OPEN_MARKS, _content_end
from ._speakers import Phrase, classify, mention_after, mention_before

__all__ = ["inside", "phrase_frames", "said_it"]


def phrase_frames(
    text: str, ss: int, se: int, blocked: _Intervals, out: list[Frame], quoted: _Intervals
) -> list[Frame]:
    """``out``, the other frames of the sentence ``text[ss:se]``, with its phrase frames
    added (and the frames they take inside their content dropped).  A phrase inside
    quotation marks is the quoted speaker's own ('the company “reports having 987
    subsidiaries ..., according to its own website”' is the report's quotation)."""
    # "according to SOURCE" last: a secondary source never takes a clause whose own
    # speaker said it ("Putin said that ..., according to a Kremlin statement").
    # (Found without a copy of the sentence: most sentences have none of these words.)
    phrased = (
        text.find("ccording to", ss, se) >= 0
        or text.find(" by ", ss, se) >= 0
        or text.find("words of", ss, se) >= 0
    )
    found: list[Frame | None] = [
        _phrase_frame(text, ss, se, ph)
        for ph in (_PHRASE_CUE.finditer(text, ss, se) if phrased else ())
        if not quoted.contains(ph.start())
    ]
    # "As The Times reported, CONTENT." and "CONTENT, as Clyburn noted."
    # (A C-level find first: most sentences have no " as " and no "As ".)
    if text.find(" as ", max(0, ss - 1), se) >= 0 or text.find("As ", ss, se) >= 0:
        found += [
            _as_frame(text, ss, se, m.start(), m.end())
            for m in _AS.finditer(text, ss, se)
            if not quoted.contains(m.start())
        ]
    for frame in found:
        if frame is None:
            continue
        if blocked.overlaps(frame.content):
            if reports_quotation(text, frame):
                # '“…,” he told Sen. Flake, according to officials with knowledge of the
                # meeting': the officials' account of the quotation and its attribution,
                # an outer frame; the quotation keeps its own speaker.
                out.append(attrs.evolve(frame, outer=True))
            continue
        # ... but "X told aides Y, according to someone in attendance": the secondary
        # source is the outer frame of any other cue; news annotates it as the
        # attribution of the whole clause.
        # (the frames inside are among the sentence's last few: a run-on "sentence" of
        # thousands of frames must not cost quadratic time)
        inner = [f for f in out[-_NEAR_FRAMES:] if inside(f, frame)]
        opening = frame.cue[1] <= frame.content[0] and _according(text, frame)
        if any(
            (said_it(text, f) or (opening and f.cue[0] > frame.content[0]))
            and not _same_source(f, frame)
            for f in inner
        ):
            # "Putin said that …, according to a Kremlin statement": the inner frame is
            # Putin's own, and the statement reports the whole clause; both are kept.
            out.append(attrs.evolve(frame, outer=True))
            continue
        # (the cue's own verb frame gives way too: "As X noted in an op-ed, ...")
        out = [f for f in out if not inside(f, frame) and f.cue != frame.cue]
        out.append(frame)
    return out


# How many of a sentence's frames before a phrase frame may lie inside its content.
_NEAR_FRAMES = 64


def reports_quotation(text: str, frame: Frame) -> bool:
    """Whether ``frame`` is a tail "according to SOURCE" whose content holds a quotation
    with its own attribution ('“…,” Walker said, according to an AP account')."""
    return (
        frame.cue[0] >= frame.content[1]
        and _according(text, frame)
        and text[frame.content[0] : frame.content[0] + 1] in _OPEN_MARKS
    )


def _according(text: str, frame: Frame) -> bool:
    return _norm(text[frame.cue[0] : frame.cue[1]]) == "according to"


def said_it(text: str, f: Frame) -> bool:
    """Whether a frame's source said its content itself: a "say" cue and a source that
    is no share of a poll ("55 percent said ..., according to a Quinnipiac poll")."""
    source_is_share = f.source is not None and is_share(f.source)
    return lemma_of(text[f.cue[0] : f.cue[1]]) == "say" and not source_is_share


def _same_source(inner: Frame, outer: Frame) -> bool:
    """Whether a frame took the source of the frame around it: "According to a new poll,
    51 percent said ..." (the survey reports its shares; "according to" is its cue)."""
    return (
        inner.source is not None
        and outer.source is not None
        and (inner.source.start == outer.source.start)
    )


def inside(inner: Frame, outer: Frame) -> bool:
    """Whether ``inner`` lies in the content of ``outer``: its cue, and its content's end
    ("The AP reported that, according to an analysis, ..." is no frame inside)."""
    return (
        outer.content[0] <= inner.cue[0] < outer.content[1]
        and inner.content[1] <= outer.content[1] + 2
    )


def _phrase_frame(text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str]) -> Frame | None:
    cue = m.span("cue")
    source = mention_after(text, m.end(), se) or _phrase_up_to_comma(text, m.end(), se)
    if source is None:
        return None
    ss = _clause_floor(text, ss, m.start())  # (a run-on "sentence" is read in a window)
    head = text[ss : m.start()].strip()
    lead_start = ss + len(text[ss : m.start()]) - len(text[ss : m.start()].lstrip())
    # The phrase opens the clause when nothing, a lead-in ("... unnoticed:") or an adjunct
    # ("In addition,") comes before it; otherwise the clause before it is the content.
    opens = (
        not head
        or head in ("(",)
        or head[-1] in ":;—–"
        or (head.endswith(",") and not _is_clause(text, lead_start, m.start()))
        # "The AP reported that, according to an analysis, ...": inside a that-clause
        or head.rstrip(",").rstrip().lower().endswith(" that")
    )
    if opens:
        # "According to SOURCE, CONTENT."
        comma = text.find(",", source.end, se)
        if comma < 0:
            return None
        start = _trim_start(text, comma + 1, se)
        # (the source's account runs to the sentence's end, attributions inside it too:
        # "According to her account, after examining the leg, she insisted that …")
        end = _trim_end(text, start, min(se, start + _MAX_CLAUSE))
    else:
        # "CONTENT, according to SOURCE." / "CONTENT, as stated by SOURCE ..."; the comma
        # is often left out: "... 46 percent to 39 percent according to a CBS poll".
        if not head.endswith(",") and not _is_clause(text, lead_start, m.start()):
            return None
        start = _trim_start(text, ss, m.start())
        end = _trim_end(text, start, m.start())
    if end <= start:
        return None
    return Frame(cue, source, (start, end), _has_marks(text, start, end))


# "as SOURCE CUE": "as" and then, up to eight words on, a reporting verb.
_AS = regex.compile(r"(?<![\p{L}'’])[Aa]s\s")
_AS_SOURCE_WORDS = 8
# "As you know", "as they say", "as I think": no one's words are reported.
_NOT_AS_SOURCES = frozenset("you they we i it one".split())
_NOT_AS_CUES = frozenset(
    "know think believe expect hope feel see put understand continue read state show demand".split()
)
# Adverbs and auxiliaries between a source and its cue.
_AS_SKIPPABLE = _SKIPPABLE | {"first", "earlier"}
# Words that may open the adjunct after the cue ("as the Times reported last week", "as
# Menendez pointed out", "as Clyburn noted in an interview"); an object there makes the
# verb no credit for the content ("as Sanders criticized Clinton for ...").
_AS_ADJUNCTS = DAY_NAMES | frozenset(
    "in on at last this earlier recently previously first before out to during after "
    "yesterday today".split()
)
# Words that may open a sentence before "As": "But as Clyburn noted, ...".
_AS_OPENERS = frozenset("but and yet so still indeed".split())
# How far into its sentence "As" may open it ("But, as", "And yet as").
_AS_HEAD_CHARS = 24
# An adjunct after the cue: "as the Times reported last week", "noted in an op-ed".
_AS_ADJUNCT_WORDS = 7


def _as_frame(text: str, ss: int, se: int, as_start: int, src_start: int) -> Frame | None:
    """ "As SOURCE CUE (adjunct), CONTENT." or "CONTENT, as SOURCE CUE (adjunct).": the
    writer credits the content to the source ("As The Washington Post reported, even if
    Sanders split the delegates, ...", "..., as Clyburn noted.")."""
    after = _words(text, src_start, min(se, src_start + 120))[: _AS_SOURCE_WORDS + 1]
    if after and _norm(after[0][2]) in ("of", "for", "if", "well", "much", "long", "soon"):
        return None  # "as of", "as for", "as if", "as well as", "as long as"
    k = next((n for n, (_, _, w) in enumerate(after) if n and w in REPORTING_FORMS), 0)
    if not k or text.find(",", src_start, after[k][0]) >= 0:
        return None
    cue = (after[k][0], after[k][1])
    word = after[k][2]
    if word.endswith("ing") or lemma_of(word) in _NOT_AS_CUES:
        return None
    source = mention_before(text, cue[0], src_start)
    gap = _words(text, src_start, source.start) if source is not None else []
    if source is None or len(gap) > 2 or any(_is_finite(w, loose=False) for _, _, w in gap):
        return None  # the phrase between "as" and the cue is the source ("the Times")
    if _norm(source.text) in _NOT_AS_SOURCES or source.kind == "relative":
        return None
    # The whole phrase up to the cue, but for adverbs and auxiliaries ("the regional
    # daily", "The Huffington Post previously", "HuffPost has").
    tail = [w for w in _words(text, source.end, cue[0]) if _norm(w[2]) not in _AS_SKIPPABLE]
    if tail and tail[-1][1] > source.end:
        end_at = tail[-1][1]
        source = Phrase(
            source.start, end_at, text[source.start : end_at], classify(text[source.start : end_at])
        )
    comma = text.find(",", cue[1], se)
    rest = _words(text, cue[1], comma if comma >= 0 else se)
    finite = any("-" not in w and _is_finite(w, loose=False) for _, _, w in rest)  # (op-ed)
    if len(rest) > _AS_ADJUNCT_WORDS or finite:
        return None
    if rest and _norm(rest[0][2]) not in _AS_ADJUNCTS and lemma_of(word) != "tell":
        return None  # "as Trump said he would win, ...": a clause, not an adjunct
    # (only a few words may open the sentence before "As": a bounded look)
    head = _words(text, ss, as_start) if as_start - ss <= _AS_HEAD_CHARS else [(0, 0, "?")]
    if all(_norm(w) in _AS_OPENERS for _, _, w in head) and comma >= 0:
        start = _trim_start(text, comma + 1, se)  # "As SOURCE CUE, CONTENT."
        end = _content_end(text, start, se)
    elif text[ss:as_start].rstrip().endswith(",") and comma < 0:
        start = _trim_start(text, _clause_floor(text, ss, as_start), as_start)  # "…, as X said."
        end = _trim_end(text, start, text.rindex(",", ss, as_start))
        if not _is_clause(text, start, end):
            return None
    else:
        return None
    if end <= start:
        return None
    return Frame(cue, source, (start, end), _has_marks(text, start, end))
