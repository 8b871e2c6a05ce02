"""Frames whose source comes after the content: "CONTENT, SOURCE CUE." and "CONTENT,
CUE SOURCE.", and the frame inside a sentence: "In the end, Mr. Rosenthal said, union
voters ...".
"""

from __future__ import annotations

import re

import regex

from ._bare import bare_after, bare_before
from ._clause import (
    Frame,
    _clause_floor,
    _has_marks,
    _is_clause,
    _is_finite,
    _norm,
    _trim_end,
    _trim_start,
    _words,
)
from ._reported import _content_end
from ._speakers import mention_after, mention_before

__all__ = ["tail_frame"]


def tail_frame(
    text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str], content_start: int | None
) -> Frame | None:
    """ "CONTENT, SOURCE CUE." and "CONTENT, CUE SOURCE." (``content_start`` is where a
    clause after the cue would start, if one does)."""
    cs, ce = m.span()
    if _norm(m.group()).endswith("ing"):
        return None  # ", saying ..." opens its content; it never closes one
    if text.find(",", ss + 1, cs) < 0:
        return None  # every tail needs a comma after its content (checked first: cheap)
    after_words = _words(text, ce, min(se, ce + 40))
    # A comma (or a comma and a closing mark) ends the content before the frame:
    # 'The media are "manipulating ...," Gilmore said.'
    head = text[ss:cs].rstrip()
    # "CONTENT, said SOURCE": a clause and a comma before the cue, a mention after it that
    # ends the sentence (or a relative clause follows it).
    after_mention = (
        mention_after(text, ce, se) or bare_after(text, ce, se) if _ends_with_comma(head) else None
    )
    inverted = (
        after_mention is not None
        and _ends_clause(text, after_mention.end, se)
        and _is_clause(text, ss, text.rfind(",", ss, cs))
        and not _relative_subject(text, ss, text.rfind(",", ss, cs))
    )
    # The clause ends after the cue: end of sentence, or only adverbials follow.
    if (
        after_words
        and not inverted
        and (_norm(after_words[0][2]) == "that" or content_start is not None)
    ):
        return None
    source = mention_before(text, cs, ss)
    if source is not None and _norm(source.text) in _RELATIVES:
        return None  # "..., which is expected to draw crowds": a relative clause, no tail
    comma_at = None
    # (the pattern ends at the source: searched from a bounded window, not the
    # sentence start, so a run-on sentence stays linear)
    near = max(ss, source.start - 200) if source is not None else ss
    if source is not None and _COMMA_THEN_MODIFIERS.search(text, near, source.start):
        comma_at = text.rfind(",", ss, source.start)
    elif inverted:
        # "..., said Putin."  "..., said a handful of Democrats who ..."
        source = after_mention
        comma_at = text.rfind(",", ss, cs)
    elif _norm(m.group()) in _BARE_TAIL_CUES and text.rfind(",", max(ss, cs - 80), cs) > ss:
        # "..., a source close to him said.": a phrase the mention finder does not take
        # (a short one: its comma is near).
        comma_at = text.rfind(",", max(ss, cs - 80), cs)
        source = bare_before(text, comma_at, cs)
    if comma_at is None or source is None or comma_at <= ss:
        return None
    # "In the end, Mr. Rosenthal said, union voters ...": a frame inside the sentence;
    # the speech runs on after it.
    after = _PARENTHETICAL_REST.match(text, ce, se) if source.end <= cs else None
    first_after = _words(text, after.end(), min(se, after.end() + 30)) if after else []
    if first_after and _norm(first_after[0][2]).endswith("ing"):
        after = None  # "Spicer said, adding, ...": the participle opens its own frame
    if after is not None:
        start = after.end()
        end = _content_end(text, start, se)
        if end - start >= 12 and _is_clause(text, start, end):
            return Frame((cs, ce), source, (start, end), _has_marks(text, start, end))
    floor = _clause_floor(text, ss, comma_at)
    start = _trim_start(text, text.rfind(";", floor, comma_at) + 1 or floor, comma_at)
    end = _trim_end(text, start, comma_at)
    if end - start < 12 or not _is_clause(text, start, end):
        return None
    return Frame((cs, ce), source, (start, end), _has_marks(text, start, end))


# After a cue, a comma and the rest of the sentence (a few adverbial words may come
# first: "said Tuesday, ...").
_PARENTHETICAL_REST = regex.compile(r"(?:\s[\p{L}\d.]++){0,3}?,\s++(?=[\p{L}“\"‘'])")


# The content's comma before the source, maybe with a closing mark and a modifier or two
# of the source in lower case (", campaign officials said").
# Cues that close a tail after a bare source: finite reporting verbs that are no nouns
# ("..., taking questions" is no tail).
_BARE_TAIL_CUES = frozenset(
    "said says told tells wrote writes reported reports added adds noted notes argued "
    "argues explained explains insisted insists acknowledged acknowledges recalled "
    "recalls predicted predicts warned warns concluded concludes estimated estimates "
    "suggested suggests believes believed thinks thought say".split()
)


_RELATIVES = frozenset("which who whom whose where that".split())


# A relative clause after a comma: "Sanders, who had said ...", "the Fed, which ...".
_COMMA_RELATIVE = regex.compile(r",\s(?:who|which)\s")


def _relative_subject(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a noun phrase and its relative clause, no clause:
    "Sanders, who had said he would debate, criticized Clinton" has its main verb after
    the comma (no finite verb comes before the relative pronoun)."""
    hit = _COMMA_RELATIVE.search(text, start, end)
    return hit is not None and not any(
        w[:1].islower() and _is_finite(w, loose=False)
        for _, _, w in _words(text, start, hit.start())
    )


_COMMA_THEN_MODIFIERS = regex.compile(
    r",[”\"’']?\s++(?:(?!(?:and|but|or|so|while|as|when|because|where|which|who|whom|whose)\s)"
    r"[\p{Ll}-]++\s++){0,2}$"
)


def _ends_clause(text: str, pos: int, se: int) -> bool:
    """Whether the sentence ends at ``pos`` or goes on with a comma or a relative clause."""
    rest = text[pos:se].lstrip()
    if not rest or rest[0] in ",.;:)—–":
        return True
    close = rest.find(")") if rest[0] == "(" else -1
    if close >= 0 and not rest[close + 1 :].strip(" .,;"):
        return True  # "said Mr. Burman (a view echoed by others)." ends the sentence
    return rest.split(None, 1)[0].lower() in ("who", "which", "whose", "on", "in", "at")


def _ends_with_comma(head: str) -> bool:
    return head.rstrip().rstrip("”\"’'").endswith(",")
