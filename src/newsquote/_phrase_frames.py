"""Phrase cues: "according to SOURCE, CONTENT", "CONTENT, as stated by SOURCE".

A secondary source is the outer frame of a clause whose own speaker did not say it
("X told aides Y, according to someone in attendance"); these frames are found after the
verb frames of their sentence, which they may replace.
"""

from __future__ import annotations

import re

import regex

from ._bare import is_share
from ._clause import (
    _PHRASE_CUE,
    Frame,
    _content_end,
    _has_marks,
    _Intervals,
    _is_clause,
    _trim_end,
    _trim_start,
)
from ._cues import lemma_of
from ._partial import _phrase_up_to_comma
from ._speakers import mention_after

__all__ = ["inside", "phrase_frames"]


def phrase_frames(
    text: str, ss: int, se: int, blocked: _Intervals, out: list[Frame]
) -> list[Frame]:
    """``out``, the other frames of the sentence ``text[ss:se]``, with its phrase frames
    added (and the frames they take inside their content dropped)."""
    # "according to SOURCE" last: a secondary source never takes a clause whose own
    # speaker said it ("Putin said that ..., according to a Kremlin statement").
    # (Found without a copy of the sentence: most sentences have none of these words.)
    phrased = (
        text.find("ccording to", ss, se) >= 0
        or text.find(" by ", ss, se) >= 0
        or text.find("words of", ss, se) >= 0
    )
    for ph in _PHRASE_CUE.finditer(text, ss, se) if phrased else ():
        if blocked.contains(ph.start()):
            continue
        frame = _phrase_frame(text, ss, se, ph)
        if frame is None:
            continue
        # ... but "X told aides Y, according to someone in attendance": the secondary
        # source is the outer frame of any other cue; news annotates it as the
        # attribution of the whole clause.
        inner = [f for f in out if inside(f, frame)]
        if any(_said_it(text, f) and not _same_source(f, frame) for f in inner):
            continue
        out = [f for f in out if not inside(f, frame)]
        out.append(frame)
    return out


def _said_it(text: str, f: Frame) -> bool:
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
        end = _content_end(text, start, se)
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
