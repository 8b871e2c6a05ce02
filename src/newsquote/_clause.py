"""Words and clauses: the shared vocabulary of the frame finders.

A :class:`Frame` is one attribution found in a paragraph: its cue, its source mention,
its content span, and the direct quotation it attributes (if any).  The helpers here
find a sentence's subject and whether words form a clause; where a reported clause
starts and ends is in :mod:`._reported`; the word-level helpers (tokens, finite verbs,
trimming) live in :mod:`._tokens` and are re-exported; ``_direct`` and ``_frames`` build
on them.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from ._marks import MarkSpan
from ._mention_shapes import _CONTRACTED_PRONOUN, _is_time_word
from ._speakers import Phrase, mention_before
from ._tokens import (
    _AUX,
    _CASED_FORMS,
    _DOUBLE_MARK,
    _IRREGULAR_PAST,
    _MAX_CLAUSE,
    _S_NOUNS,
    _TITLE_SMALL_WORDS,
    _TOKEN_RE,
    _after_word,
    _clause_floor,
    _cue_words,
    _has_marks,
    _is_finite,
    _is_title,
    _norm,
    _skip_space,
    _Tokens,
    _tokens,
    _trim_end,
    _words,
)

# Re-exported: the frame finders import the word helpers from here.
__all__ = [
    "_AUX",
    "_CASED_FORMS",
    "_DOUBLE_MARK",
    "_IRREGULAR_PAST",
    "_MAX_CLAUSE",
    "_S_NOUNS",
    "_TITLE_SMALL_WORDS",
    "_TOKEN_RE",
    "Frame",
    "_Tokens",
    "_after_word",
    "_clause_floor",
    "_cue_words",
    "_has_marks",
    "_is_finite",
    "_is_title",
    "_norm",
    "_skip_space",
    "_tokens",
    "_trim_end",
    "_words",
]


@attrs.frozen(eq=False)
class Frame:
    """One attribution: cue and source offsets, content span, the quotation it frames."""

    cue: tuple[int, int]
    source: Phrase | None
    content: tuple[int, int]
    has_marks: bool
    quote: MarkSpan | None = None  # the direct quotation this frame attributes
    # An outer attribution around a frame whose own speaker said it: "Putin said that
    # ..., according to a Kremlin statement" is Putin's and, as a whole, the statement's.
    outer: bool = False


_PHRASE_CUE = regex.compile(
    r"(?<![\p{L}])(?P<cue>[Aa]ccording\sto|[Aa]s\s(?:stated|reported|quoted|cited|told)\sby|"
    r"[Ii]n\sthe\swords\sof)(?![\p{L}])"
)


_CONNECTIVE = regex.compile(
    r"(?:(?:However|But|And|Meanwhile|Moreover|Still|Also|Additionally|Furthermore|Instead),\s"
    r"|\([^)]{1,40}\)\s[—–-]\s)"
)


_ADJUNCT_PREP = frozenset("on at in during to with after before from for about over".split())


def _trim_start(text: str, start: int, end: int) -> int:
    m = _CONNECTIVE.match(text, start, end)
    if m:
        start = m.end()
    while start < end and text[start].isspace():
        start += 1
    return start


# Words that open a fronted adverbial clause before the subject: "Although Bloomberg is
# not a candidate, Trump sent ...".
_SUBORDINATE_OPENERS = frozenset(
    "when while after as in although though whereas despite amid amidst among following "
    "throughout under until since because unless once".split()
)
_SENTENCE_OPENERS = _ADJUNCT_PREP | _SUBORDINATE_OPENERS
# Coordinators that may open a sentence before a fronted clause: "And although he …,".
_LEADING_COORDINATORS = frozenset("and but so yet".split())


def _is_time_phrase(words: list[tuple[int, int, str]], comma: int) -> bool:
    """Whether the words before ``comma`` are a short capitalised time phrase that opens
    a sentence: "Last month,", "Earlier this week,", "Monday,"."""
    before = [w for s, _, w in words if s < comma]
    return (
        0 < len(before) <= 3
        and before[0][:1].isupper()
        and all(_is_time_word(_norm(w)) for w in before)
    )


def _past_adjunct(text: str, ss: int, limit: int) -> int:
    """After a short prepositional adjunct or time phrase that opens a sentence ("In a
    September debate, ...", "On Monday, ...", "Last month, ..."): the start of what
    follows its comma, else ``ss``."""
    words = _words(text, ss, min(limit, ss + 60))
    if not words:
        return ss
    comma = text.find(",", words[0][0], min(limit, ss + 60))
    if comma >= 0 and _is_time_phrase(words, comma):
        return _skip_space(text, comma + 1, limit)
    if _norm(words[0][2]) not in _ADJUNCT_PREP:
        return ss
    comma = text.find(",", words[0][1], min(limit, ss + 60))
    if comma < 0 or any(_is_finite(w, loose=False) for s, _, w in words if s < comma):
        return ss
    return _skip_space(text, comma + 1, limit)


def _sentence_subject(text: str, ss: int, limit: int) -> Phrase | None:
    """The main subject of a sentence: the phrase before its first finite verb."""
    lead = _CONNECTIVE.match(text, ss, limit)
    pos = lead.end() if lead else ss
    # Skip a leading adverbial clause that ends in a comma ("On November 6, ...").
    comma = text.find(",", pos, limit)
    words = _words(text, pos, limit)
    opener = _SENTENCE_OPENERS
    # ... and a leading participial clause ("Speaking at a town hall, Trump went ...",
    # "Asked about the deal, he said ...").
    first = _norm(words[0][2]) if words else ""
    if first in _LEADING_COORDINATORS and len(words) > 1:
        second = _norm(words[1][2])
        if second in _SUBORDINATE_OPENERS:
            # "And although he thanked …, he sounded …": the conjunction, then the clause.
            words, first = words[1:], second
    # (a word in -ing or -ed that a finite verb follows is the subject, a name: "Boreing
    # said", "King says", "Reed told"; a participle takes an object or adjunct first)
    named = (
        len(words) > 1
        and first not in ("having", "being", "getting")  # "Having announced that ...,"
        and words[1][2].islower()
        and _is_finite(words[1][2], loose=False)
    )
    # ... and a time phrase ("Last month, when I asked him, he said ...").
    timed = comma >= 0 and _is_time_phrase(words, comma)
    if comma >= 0 and (first in opener or timed or (first.endswith(("ing", "ed")) and not named)):
        pos = comma + 1
        words = _words(text, pos, limit)
        # ... and a second one after it ("In a September debate, while most of his
        # rivals called for more troops, Trump hewed ...").
        comma = text.find(",", pos, limit)
        first = _norm(words[0][2]) if words else ""
        if comma >= 0 and first in _SUBORDINATE_OPENERS:
            pos = comma + 1
            words = _words(text, pos, limit)
    for loose in (False, True):
        for k, (s, _, w) in enumerate(words):
            pronoun = None if loose else _CONTRACTED_PRONOUN.fullmatch(w)
            after = words[k + 1][2] if k + 1 < len(words) else ""
            if pronoun is not None and (
                _norm(pronoun.group("p")) != "it"
                or (after.islower() and after.endswith(("ing", "ed")))
            ):
                # "They’re less hostile … and generally agree", "It’s denouncing …": a
                # pronoun and its auxiliary (an "it" only before a participle: "It’s a
                # shame that …", "It’s become such a presence that …" are no one's).
                return Phrase(s, s + pronoun.end("p"), pronoun.group("p"), "pronoun")
            if k > 0 and _is_finite(w, loose) and not w[:1].isupper():
                return _past_relative(text, pos, s, limit, mention_before(text, s, pos))
    return None


def _past_relative(
    text: str, pos: int, verb: int, limit: int, found: Phrase | None
) -> Phrase | None:
    """ "Sanders, who was not at the rally, has toned down …": the first verb is a
    relative clause's between commas; the noun before the clause is the main subject."""
    if found is None or found.kind != "relative":
        return found
    comma = text.rfind(",", pos, found.start)
    if comma < 0 or text[comma + 1 : found.start].strip() or text.find(",", verb, limit) < 0:
        return found
    before = _words(text, max(pos, comma - 20), comma)
    if before and _norm(before[-1][2]) in _REFLEXIVES:
        comma = before[-1][0]  # "Sanders himself, who …"
    return mention_before(text, comma, pos) or found


_REFLEXIVES = frozenset("himself herself themselves itself".split())


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class _Intervals:
    """Disjoint spans kept sorted, for overlap and membership tests in log time (a
    paragraph of thousands of quotations must not cost quadratic time)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        # The order add() would leave them in, built at once: by start, and spans with
        # the same start by descending end (each was inserted before its equals).
        pairs = sorted(spans, key=lambda s: (s[0], -s[1])) if spans else []
        self.starts: list[int] = [a for a, _ in pairs] if pairs else []  # (most are empty)
        self.ends: list[int] = [b for _, b in pairs] if pairs else []

    def add(self, span: tuple[int, int]) -> None:
        k = bisect.bisect_left(self.starts, span[0])
        self.starts.insert(k, span[0])
        self.ends.insert(k, span[1])

    def overlaps(self, span: tuple[int, int]) -> bool:
        k = bisect.bisect_left(self.starts, span[1])  # spans starting before span's end
        return any(self.ends[j] > span[0] for j in range(max(0, k - 2), k))

    def contains(self, pos: int) -> bool:
        k = bisect.bisect_right(self.starts, pos)
        return k > 0 and self.ends[k - 1] > pos

    def first_start(self, start: int, end: int) -> int | None:
        """The first span start in ``[start, end)``, or None."""
        k = bisect.bisect_left(self.starts, start)
        return self.starts[k] if k < len(self.starts) and self.starts[k] < end else None


# Words that open an adjunct, not a clause: "In an interview with CNN, Trump said".
_ADJUNCT_OPENERS = frozenset(
    "in on at during after before from for with without by as when while if although "
    "though since despite amid among speaking asked".split()
)


def _is_clause(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a clause (it has a finite verb and does not
    open with a preposition), the shape of reported content before "SOURCE said"."""
    words = _words(text, start, end)
    if words and _norm(words[0][2]) in _ADJUNCT_OPENERS:
        # A fronted adjunct: the clause comes after its comma ("After two decades in
        # Congress, Sanders plans to ...").
        comma = text.find(",", words[0][1], end)
        return comma >= 0 and _is_clause(text, comma + 1, end)
    if not words:
        return False
    return any(_is_finite(w) for _, _, w in words[1:]) or _has_marks(text, start, end)
