"""Where an indirect content stops short of a second attribution.

A reported clause runs to the sentence end (:func:`._reported._content_end`) unless the
sentence holds more than one attribution.  The cases here cut it earlier:

* a frame inside a fronted subordinate clause ("Although he acknowledged that the
  event was tragic, he maintained that ...") ends at the comma that opens the main
  clause, whose own frame is then found;
* a content that ends in an attribution of its own ("..., suggesting he might pick
  Kasich, CNN reported.", "..., according to the Center for Responsive Politics.") ends
  before it: the tail attribution is the sentence's outer frame.
"""

from __future__ import annotations

import regex

from ._clause import _is_finite, _norm, _past_adjunct, _trim_end, _words
from ._cues import STRONG_FORMS, inflections

__all__ = ["fronted_clause_end", "inner_end", "relative_clause_end", "tail_start"]


# Conjunctions that open a subordinate clause before the main clause of a sentence.
_FRONTING = frozenset(
    "although though while whereas if because since after before when once unless as "
    "even asked pressed during despite amid having".split()
)
# Coordinators that may come before the fronted clause.
_COORDINATORS = frozenset("but and yet so still".split())
# Words after a comma that go on inside the fronted clause instead of opening the main
# one: a relative, a coordinator, an apposition ("..., which ...", "..., and ...").
_NOT_MAIN = frozenset(
    "which who whom whose where and or but nor including such like as than that according".split()
)
# How far after the comma the main clause's verb may be ("Giuliani wouldn't", "the
# Republican National Committee chairman said").
_MAIN_VERB_WORDS = 7


def fronted_clause_end(text: str, ss: int, cs: int, start: int, end: int) -> int:
    """The end of a content ``[start, end)`` whose cue at ``cs`` lies in a fronted
    subordinate clause of the sentence starting at ``ss``: the comma that opens the main
    clause ("While Clinton claimed that the videos exist, experts affirm ...")."""
    ss = _past_adjunct(text, ss, cs)  # "In a September debate, while ..., Trump ..."
    head = _words(text, ss, min(cs, ss + 80))  # (its first words are all it needs)
    if head and _norm(head[0][2]) in _COORDINATORS:
        head = head[1:]  # "But if Carson implied that ..., he did not ..."
    if not head or _norm(head[0][2]) not in _FRONTING or text.find(",", ss, cs) >= 0:
        return end
    if _norm(head[0][2]) == "even" and (len(head) < 2 or _norm(head[1][2]) not in _FRONTING):
        return end  # "Even as ...", "Even though ...", not "Even Republicans said ..."
    comma = text.find(",", start, end)
    while comma >= 0:
        nxt = text.find(",", comma + 1, end)
        after = _words(text, comma + 1, nxt if nxt >= 0 else end)[:_MAIN_VERB_WORDS]
        opens_main = bool(after) and _norm(after[0][2]) not in _NOT_MAIN
        if opens_main and any(
            k > 0 and w[:1].islower() and _is_finite(w) for k, (_, _, w) in enumerate(after)
        ):
            return _trim_end(text, start, comma)
        comma = nxt
    return end


# A tail attribution after a content's comma: ", according to SOURCE" or ", SOURCE CUE"
# with a few adverbial words after the cue (", officials said on Tuesday").
# (two apostrophes close a quotation too: ",'' according to")
_ACCORDING = regex.compile(r",(?:''|[”\"’'])?\s++according\sto\s")
# Words that open a clause, not a source: "..., and voters said", "..., which he said".
_NOT_SOURCE = frozenset(
    "and but or nor yet so which who whom whose that as while whereas though although "
    "because if when since even".split()
)
# A tail is short: its comma lies this close to the content's end, its source has at most
# six words and at most four adverbial words follow its cue.
_TAIL_CHARS = 100
# Cues that close a tail: strong reporting verbs and "added" (", he added"), not evidence
# ("..., which he said were at his side, the footage showed" keeps its speaker).
_TAIL_CUES = STRONG_FORMS | frozenset(
    f for v in ("add", "maintain", "counter", "charge", "snap", "wonder") for f in inflections(v)
)
_SOURCE_WORDS = 6
_AFTER_CUE_WORDS = 4


def tail_start(text: str, start: int, end: int) -> tuple[int, bool] | None:
    """The comma that opens a tail attribution at the end of ``[start, end)`` and whether
    it is "according to", or None."""
    floor = max(start, end - _TAIL_CHARS)
    comma = text.rfind(",", floor, end)
    while comma > start:
        if _ACCORDING.match(text, comma, end):
            return comma, True
        words = _words(text, comma, end)
        # (a comma before a closing mark ends a quotation, whose tail frames it instead)
        if words and text[comma + 1 : words[0][0]].strip(" ”\"’'") == "":
            for k, (_, _, w) in enumerate(words[: _SOURCE_WORDS + 1]):
                if k == 0 or not w[:1].islower() or _norm(w) not in _TAIL_CUES:
                    continue
                source = [x for _, _, x in words[:k]]
                if (
                    not w.endswith("ing")
                    and len(words) - k - 1 <= _AFTER_CUE_WORDS
                    and _norm(source[0]) not in _NOT_SOURCE
                    and not any(_is_finite(x, loose=False) for x in source)
                ):
                    return comma, False
                break
        comma = text.rfind(",", floor, comma)
    return None


def inner_end(text: str, ss: int, cs: int, start: int, end: int) -> int:
    """A content's end before a main clause or a tail attribution of its own."""
    end = fronted_clause_end(text, ss, cs, start, end)
    tail = tail_start(text, start, end)
    return _trim_end(text, start, tail[0]) if tail is not None else end


# Adverbs that may stand between a relative clause's closing comma and the main verb
# ("..., ultimately did not show up", "..., later said").
_MAIN_ADVERBS = frozenset("also later then now still since".split())


def relative_clause_end(text: str, ss: int, who: int, start: int, end: int) -> int:
    """The end of a content ``[start, end)`` reported in a relative clause between commas
    after the sentence's subject ("Sanders, who endorsed Canova and said he would
    campaign with him, ultimately did not show up"): the comma where a finite verb
    resumes the main clause.  (With no finite verb before the relative pronoun, the noun
    phrase before it is the subject, and its verb is still to come.)"""
    if not text[ss:who].rstrip().endswith(",") or any(
        w[:1].islower() and _is_finite(w, loose=False) for _, _, w in _words(text, ss, who)
    ):
        return end
    comma = text.find(",", start, end)
    while comma >= 0:
        words = _words(text, comma + 1, min(end, comma + 60))[:4]
        k = 0
        while k < len(words) - 1 and (
            words[k][2].endswith("ly") or _norm(words[k][2]) in _MAIN_ADVERBS
        ):
            k += 1
        if k < len(words) and words[k][2][:1].islower() and _is_finite(words[k][2], loose=False):
            return _trim_end(text, start, comma)
        comma = text.find(",", comma + 1, end)
    return end
