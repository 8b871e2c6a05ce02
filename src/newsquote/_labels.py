"""Speaker labels: "NAME: …" at the start of a paragraph (transcripts, interviews,
headlines that quote) and "NAME: “…”" before a quotation (digests)."""

from __future__ import annotations

import regex

from ._clause import (
    _AUX,
    Frame,
    _has_marks,
    _is_clause,
    _norm,
    _trim_end,
)
from ._cues import REPORTING_FORMS, lemma_of
from ._lexicon import en
from ._marks import MarkSpan
from ._speakers import Phrase, classify, mention_before

__all__ = ["label_frame", "named_colon"]


def named_colon(text: str, ss: int, colon: int) -> tuple[tuple[int, int], Phrase] | None:
    """A name right before the colon, after a dash, "From", "More from" or nothing, labels
    the quotation: "Polls were early - Carl Bialik: “…”", "More from the report: “…”",
    "Former Secretary of State Jane Doe: “…”" (digests and transcripts)."""
    dash = None
    for found in _LABEL_LEAD.finditer(text, max(ss, colon - 200), colon):  # bounded work
        dash = found  # the last one: "Polls - More from Jones:"
    floor = dash.end() if dash is not None else ss
    end = colon
    if text[colon - 1 : colon] == ")":
        # A party and state after the name: "Sen. Jo Doe (R-S.C.): “…”".
        opening = text.rfind("(", max(floor, colon - _AFFILIATION), colon)
        if opening > floor and text[opening - 1 : opening] == " ":
            end = opening - 1
    source = mention_before(text, end, floor)
    if source is None or source.end != end or source.kind in ("pronoun", "relative"):
        return None
    if text[floor : source.start].strip(" “\"‘'"):
        return None
    if any(_norm(w) in _AUX for w in source.text.split()):
        return None  # "a reader would now ask:" is a clause, its verb the cue
    if any(
        _norm(w) in REPORTING_FORMS and lemma_of(_norm(w)) != _norm(w) for w in source.text.split()
    ):
        return None  # "Stated Stone:", "Article 33 affirms:" have their verb ("the report" no)
    if dash is None and source.kind not in ("name", "organization"):
        return None  # a bare label must be a name
    return (colon, colon + 1), source


_AFFILIATION = 16  # "(D-Calif.)", "(R-N.Y.)"


# What may open a label before a colon: a dash, "From", "More from".
_LABEL_LEAD = regex.compile(
    r"(?:\s[—–-]++|^[—–-]++|—|–)\s*+|(?:^|(?<=\s))(?:[Mm]ore\s++from|From)\s++"
)


# A speaker label at the start of a paragraph: "TAPPER: ...", "Gingrich: Trump must
# decide ...", "Q: ..." (transcripts, interviews, headlines that quote).
_LABEL = regex.compile(
    r"(?P<mark>[“\"]?)"  # a transcript quoted whole: '"PENCE: Well, look, ...'
    r"(?P<label>(?:\p{Lu}[\p{L}.'’-]*+ ){0,3}\p{Lu}[\p{L}.'’-]*+) ?(?P<colon>:)[ \t]++"
)


# Labels that head a paragraph without naming a speaker.
_NOT_SPEAKER_LABELS = frozenset(
    """
    update updated note editor's related read watch see also photo photos video source
    contributing reporting writing boom exclusive
    sources correction warning caption credit image listen advertisement disclaimer
    tags topics share summary background context analysis opinion breaking live
    wow busted name age city job pay why what when where how wait alert developing
    clarification revealed leaked bombshell look
    """.split()
)


def label_frame(text: str, para: tuple[int, int], spans: list[MarkSpan]) -> Frame | None:
    m = _LABEL.match(text, para[0], para[1])
    # Any word of the label may say it is a heading: "Editor's Note:", "Breaking News:".
    if m is None or any(
        _norm(w).removesuffix("'s") in _NOT_SPEAKER_LABELS for w in m.group("label").split()
    ):
        return None
    label = m.group("label")
    if any(w.lower() in en.NOT_NAME_WORDS for w in label.split()):
        return None
    start, end = m.end(), _trim_end(text, m.end(), para[1])
    if end - start < 12 or not any(c.isalpha() for c in text[start:end]):
        return None
    source = Phrase(m.start("label"), m.end("label"), label, classify(label))
    if m.group("mark"):
        outer = next((q for q in spans if q.open == m.start("mark")), None)
        if outer is None:
            return None
        return Frame(m.span("colon"), source, (start, outer.content_end), True, outer)
    quote = next((q for q in spans if q.open == start), None)
    if quote is not None and quote.after >= end:
        content = (quote.content_start, quote.content_end)
        return Frame(m.span("colon"), source, content, True, quote)
    if not _is_clause(text, start, end):
        return None  # "Christie: A closing surge." is a heading, not what Christie said
    return Frame(m.span("colon"), source, (start, end), _has_marks(text, start, end))
