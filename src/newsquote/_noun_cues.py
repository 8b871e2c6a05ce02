"""Noun cues: "SOURCE's NOUN that/to CONTENT".

A reporting noun owned by its source frames what follows it: "the ministry's warning
that prices would rise", "Trump's campaign promise to achieve peace “within 24 hours”".
"""

from __future__ import annotations

import regex

from ._clause import (
    _AUX,
    _MAX_CLAUSE,
    Frame,
    _has_marks,
    _Intervals,
    _is_finite,
    _norm,
    _trim_end,
    _trim_start,
    _words,
)
from ._lexicon import en
from ._reported import _content_end
from ._speakers import Phrase, classify

__all__ = ["named_noun_frame", "noun_cue_frames"]


_NOUN_CUE = regex.compile(
    # The owner is a name, or a common noun after "the" ("the ministry's warning that").
    r"(?P<owner>(?:\p{Lu}[\p{L}.'-]*\s){0,3}\p{Lu}[\p{L}.'-]*|(?<![\p{L}])[Tt]he\s\p{Ll}[\p{L}-]*+)"
    r"['’]s\s(?:[\p{Ll}-]+\s){0,2}?"
    r"(?P<cue>"
    + "|".join(sorted(en.REPORTING_NOUNS, key=len, reverse=True))
    + r")\s(?P<link>that|to)\s",
)


# The part of a noun cue after the possessive: a cheap test (no owner to try at every
# capital) that tells the sentences where the full pattern may match.
_AFTER_POSSESSIVE = regex.compile(
    r"['’]s\s(?:[\p{Ll}-]+\s){0,2}?(?:"
    + "|".join(sorted(en.REPORTING_NOUNS, key=len, reverse=True))
    + r")\s(?:that|to)\s",
)


# Reporting nouns that take an infinitive of what was said: "Trump's promise to build".
_INFINITIVE_NOUNS = frozenset(
    "claim claims promise promises pledge pledges vow vows threat threats warning warnings".split()
)


def noun_cue_frames(text: str, ss: int, se: int, blocked: _Intervals) -> list[Frame]:
    """The noun-cue frames of the sentence ``text[ss:se]``, in text order."""
    out: list[Frame] = []
    has_possessive = (text.find("'s ", ss, se) >= 0 or text.find("’s ", ss, se) >= 0) and (
        _AFTER_POSSESSIVE.search(text, ss, se) is not None
    )
    if not has_possessive:
        return out
    for n in _NOUN_CUE.finditer(text, ss, se):
        if blocked.contains(n.start()) or (out and n.start() < out[-1].content[1]):
            continue  # inside a quotation or inside the content of the frame before
        if n.group("link") == "to" and n.group("cue") not in _INFINITIVE_NOUNS:
            continue  # "Ms. Lee's comments to reporters": "to" names the hearer, not words
        owner = n.group("owner")
        kind = classify(owner) if owner[:4] in ("The ", "the ") else "name"
        source = Phrase(n.start("owner"), n.end("owner"), owner, kind)
        start = n.end() if n.group("link") == "that" else n.start("link")
        end = _noun_content_end(text, start, se)
        if n.start() == _trim_start(text, ss, se):
            # The noun phrase is the sentence's subject: its content ends before the main
            # verb ("Trump's promise to end the war was dismissed by ...").
            end = min(end, _subject_content_end(text, start, end, n.group("link") == "that"))
        if end > start:
            out.append(Frame(n.span("cue"), source, (start, end), _has_marks(text, start, end)))
    return out


def _subject_content_end(text: str, start: int, end: int, clause: bool) -> int:
    """Where the content of a subject's noun cue ends: before the sentence's main verb,
    the first finite verb after "to" ("promise to end the war was dismissed"), the next
    one after the that-clause's own verb and its auxiliaries ("warning that prices would
    rise went unheeded")."""
    own = not clause  # whether the clause's own verb has been passed
    prev_aux = False
    for s, _, w in _words(text, start, end)[1 if clause else 2 :]:  # not "to" and its verb
        if not w[:1].islower() or not _is_finite(w, loose=False):
            prev_aux = False
            continue
        low = _norm(w)
        if not own:
            own, prev_aux = True, low in _AUX
        elif prev_aux and low in _AUX:
            continue  # "would have risen": one verb group
        elif prev_aux and low.endswith("ed"):
            prev_aux = False  # "had been involved": the group's participle
        else:
            return _trim_end(text, start, s)
    return end


def _noun_content_end(text: str, start: int, se: int) -> int:
    se = min(se, start + _MAX_CLAUSE)
    # The content of a noun cue ends with its last quotation, or at the clause's verb.
    close = max(text.rfind("”", start, se), text.rfind('"', start, se))
    if close > start:
        return close + 1
    return _content_end(text, start, se)


# How many capitalised words a name before a reporting noun may have ("a New York Times
# report").
_NAME_WORDS = 4
_ARTICLES = frozenset("a an A An".split())
_ADJUNCT_CHARS = 40


def named_noun_frame(text: str, ss: int, se: int, cs: int, ce: int) -> tuple[bool, Frame | None]:
    """ "a New York Times report that ...", "an NBC poll": after "a"/"an" and a name, a
    base form is a noun (a singular subject would take "reports"), and the name is the
    source of a report that has "that" and a clause after it.  Returns whether the word
    is such a noun, and its frame when it has one."""
    prev = _words(text, max(ss, cs - 60), cs)[-(_NAME_WORDS + 1) :]
    k = len(prev)
    while k > 0 and prev[k - 1][2][:1].isupper() and _norm(prev[k - 1][2]) not in ("a", "an"):
        k -= 1
    if k == len(prev) or k == 0 or prev[k - 1][2] not in _ARTICLES or prev[-1][2] == "I":
        return False, None  # ("A: I think": a speaker's label and a pronoun)
    # "that" may come after a short adjunct: "a New York Times report from over the
    # weekend that ...".
    that = text.find(" that ", ce, min(se, ce + _ADJUNCT_CHARS))
    if (
        _norm(text[cs:ce]) not in en.REPORTING_NOUNS
        or that < 0
        or any(c in text[ce:that] for c in ',;:()“”"')
        or any(w[:1].islower() and _is_finite(w, loose=False) for _, _, w in _words(text, ce, that))
    ):  # (a verb before "that" takes it: "a GAO report released last year found that")
        return True, None
    owner_start, owner_end = prev[k][0], prev[-1][1]
    owner = text[owner_start:owner_end]
    start = that + 6
    end = _noun_content_end(text, start, se)
    if end <= start:
        return True, None
    source = Phrase(owner_start, owner_end, owner, classify(owner))
    return True, Frame((cs, ce), source, (start, end), _has_marks(text, start, end))
