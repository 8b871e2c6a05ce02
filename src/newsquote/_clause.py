"""Words and clauses: the shared vocabulary of the frame finders.

A :class:`Frame` is one attribution found in a paragraph: its cue, its source mention,
its content span, and the direct quotation it attributes (if any).  The helpers here
tokenise, spot finite verbs, trim spans and find a sentence's subject; ``_direct`` and
``_frames`` build on them.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import threading

import attrs
import regex

from ._cues import REPORTING_FORMS
from ._marks import MarkSpan
from ._speakers import Phrase, mention_before

__all__ = ["Frame"]


@attrs.frozen(eq=False)
class Frame:
    """One attribution: cue and source offsets, content span, the quotation it frames."""

    cue: tuple[int, int]
    source: Phrase | None
    content: tuple[int, int]
    has_marks: bool
    quote: MarkSpan | None = None  # the direct quotation this frame attributes


# Words (letters with inner apostrophes and hyphens), found with the standard library's
# engine, which is several times faster than one big alternation of every cue form; a
# word is a cue when its lower-case form is in REPORTING_FORMS.
# Letters, then runs of inner marks each followed by letters: the same words as
# "letter (letter | mark)*", with no alternation per character (a third faster).
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-]+[^\W\d_]*)*")


class _Tokens:
    """Every word of one text, found once: the frame finders ask for the words of many
    overlapping windows, and slicing a list is much cheaper than scanning again."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
        self.starts = list(map(operator.itemgetter(0), self.words))  # in C
        # Indices of the words that are reporting-verb forms.
        forms = _CASED_FORMS
        self.cues = [i for i, w in enumerate(map(operator.itemgetter(2), self.words)) if w in forms]


# Every reporting form as written in lower case, capitalised and in capitals: a set
# lookup without lower-casing each of the article's words (mixed case such as "sAid" is
# no cue).
_CASED_FORMS = frozenset(v for f in REPORTING_FORMS for v in (f, f.capitalize(), f.upper()))


# The words of the text being worked on, one per thread (find_quotes is re-entrant).
_LAST = threading.local()


def _tokens(text: str) -> _Tokens:
    cached: _Tokens | None = getattr(_LAST, "tokens", None)
    if cached is None or cached.text is not text:
        cached = _Tokens(text)
        _LAST.tokens = cached
    return cached


def _cue_words(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The reporting-verb forms in ``text[start:end]``."""
    tokens = _tokens(text)
    lo = bisect.bisect_left(tokens.cues, bisect.bisect_left(tokens.starts, start))
    hi = bisect.bisect_left(tokens.cues, bisect.bisect_left(tokens.starts, end))
    out = []
    for k in tokens.cues[lo:hi]:
        s, e, word = tokens.words[k]
        if e > end or (word[:1].isupper() and _after_word(text, s, start)):
            continue
        m = _TOKEN_RE.match(text, s, e)
        if m is not None:
            out.append(m)
    return out


def _after_word(text: str, pos: int, floor: int) -> bool:
    """Whether a word or comma comes right before ``pos``: a capitalised cue there is a
    name or a headline word ("The New York Post", "Trump Just Responded To ...")."""
    k = pos - 1
    while k >= floor and text[k] == " ":
        k -= 1
    return k >= floor and (text[k].isalnum() or text[k] == ",")


_PHRASE_CUE = regex.compile(
    r"(?<![\p{L}])(?P<cue>[Aa]ccording\sto|[Aa]s\s(?:stated|reported|quoted|cited|told)\sby|"
    r"[Ii]n\sthe\swords\sof)(?![\p{L}])"
)


_AUX = frozenset(
    """
    is are was were be been has have had will would could can should shall may might must does
    did do isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't can't
    shouldn't doesn't didn't don't
    """.split()
)


_CONNECTIVE = regex.compile(
    r"(?:(?:However|But|And|Meanwhile|Moreover|Still|Also|Additionally|Furthermore|Instead),\s"
    r"|\([^)]{1,40}\)\s[—–-]\s)"
)


_ADJUNCT_PREP = frozenset("on at in during to with after before from for about over".split())


# Words recur (cue forms, function words): the normal form is looked up in C, not
# computed again for each of the thousands of calls per article.
@functools.lru_cache(maxsize=8192)
def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words that lie whole in ``text[start:end]``."""
    tokens = _tokens(text)
    lo = bisect.bisect_left(tokens.starts, start)
    hi = bisect.bisect_left(tokens.starts, end)
    if hi > lo and tokens.words[hi - 1][1] > end:
        hi -= 1  # a word cut by the window's end is not a whole word
    return tokens.words[lo:hi]


# Common irregular past forms: a subject's verb that none of the suffix tests catches
# ("Trump went after Bush, calling him ...", "Carson took the stage and called ...").
_IRREGULAR_PAST = frozenset(
    """
    went took made gave got came held met ran spoke kept left put set sent saw won lost shot
    began stood brought found felt led drew struck hit cut sought fought bought built
    knew thought threw became chose wore spent paid shook rose fell broke drove flew grew
    hung sat taught tore woke withdrew struck swore understood
    laid tied hid
    """.split()
)


def _is_finite(word: str, loose: bool = True) -> bool:
    """A word that can be a clause's finite verb; ``loose`` also admits -s forms, which
    are as often plural nouns ("news", "talks")."""
    w = _norm(word)
    if w.endswith("ing"):
        return False
    if (
        w in _AUX
        or w in REPORTING_FORMS
        or w in _IRREGULAR_PAST
        or (w.endswith("ed") and len(w) > 4)
    ):
        return True
    # A capitalised -s word is a name ("Sanders"), and some -s nouns are never verbs.
    return (
        loose
        and w.endswith("s")
        and not w.endswith(("ss", "'s", "us", "is"))
        and len(w) > 3
        and word[:1].islower()
        and w not in _S_NOUNS
    )


# Nouns ending in -s that no verb shares: "criticized the news media, though ...".
_S_NOUNS = frozenset("news politics economics series species means headquarters".split())


# A reported clause longer than this is not prose (a run of text without sentence ends);
# capping it keeps every frame's work bounded.
_MAX_CLAUSE = 2000


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–-"):
        end -= 1
    return end


def _trim_start(text: str, start: int, end: int) -> int:
    m = _CONNECTIVE.match(text, start, end)
    if m:
        start = m.end()
    while start < end and text[start].isspace():
        start += 1
    return start


# A search in C, not a generator over every character of a long content.
_DOUBLE_MARK = re.compile('[“”"«»„]')


def _has_marks(text: str, start: int, end: int) -> bool:
    return _DOUBLE_MARK.search(text, start, end) is not None


def _sentence_subject(text: str, ss: int, limit: int) -> Phrase | None:
    """The main subject of a sentence: the phrase before its first finite verb."""
    lead = _CONNECTIVE.match(text, ss, limit)
    pos = lead.end() if lead else ss
    # Skip a leading adverbial clause that ends in a comma ("On November 6, ...").
    comma = text.find(",", pos, limit)
    words = _words(text, pos, limit)
    opener = _ADJUNCT_PREP | {"when", "while", "after", "as", "in"}
    # ... and a leading participial clause ("Speaking at a town hall, Trump went ...",
    # "Asked about the deal, he said ...").
    first = _norm(words[0][2]) if words else ""
    if comma >= 0 and (first in opener or first.endswith(("ing", "ed"))):
        pos = comma + 1
        words = _words(text, pos, limit)
    for loose in (False, True):
        for k, (s, _, w) in enumerate(words):
            if k > 0 and _is_finite(w, loose) and not w[:1].isupper():
                return mention_before(text, s, pos)
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class _Intervals:
    """Disjoint spans kept sorted, for overlap and membership tests in log time (a
    paragraph of thousands of quotations must not cost quadratic time)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(spans or []):
            self.add((a, b))

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


_SUBORDINATORS = frozenset("when if whether how why what where who".split())


# Words that cannot open a reported clause: prepositions and conjunctions mean the verb
# took an object or an adjunct instead ("dismissed the notion", "spoke at a forum").
_NOT_CLAUSE_START = frozenset(
    "to at in on for with by from about of and or but as than into over after before".split()
)


# ", saying ...", ", adding that ...": a participle that opens the next frame.
# The comma may close a quotation first: 'was maniacal,” adding, “…”'.
_PARTICIPLE_AFTER_COMMA = regex.compile(
    r",[”\"’']?\s(?:[\p{L}'’-]++\s){0,2}?(?P<w>[\p{L}'’-]+ing)\b"
)


_CONTRACTED_SUBJECT = regex.compile(
    r"(?i)(?:he|she|it|they|we|i|you|that|there|this)['’](?:s|re|ll|d|ve|m)"
)


def _content_start(text: str, cue_end: int, se: int) -> int | None:
    """Where the reported clause begins after a cue, or None when none follows."""
    words = _words(text, cue_end, min(se, cue_end + 160))
    if words:
        # The clause must start before the next comma ("dismissed the notion, saying
        # ..." has no clause after "dismissed").
        comma = text.find(",", words[0][0], se)
        # ... unless the comma opens a relative clause inside the subject ("said the
        # decision, which struck down ..., illustrates ...").
        after = _words(text, comma, min(se, comma + 12)) if comma >= 0 else []
        if after and _norm(after[0][2]) in ("which", "who", "whose"):
            comma = -1
        # ... or an appositive that a second comma closes before the verb ("said
        # supporters of the group, also known as ISIS, were sharing ...").
        second = text.find(",", comma + 1, min(se, comma + 80)) if comma >= 0 else -1
        verb = _words(text, second, min(se, second + 20)) if second >= 0 else []
        if verb and verb[0][2].islower() and _is_finite(verb[0][2], loose=False):
            comma = -1
        if comma >= 0:
            words = [w for w in words if w[0] < comma] or words[:1]
    if not words:
        return None
    gap = text[cue_end : words[0][0]]
    if any(c in gap for c in ".;?!"):
        return None
    # "said that ...", "denied reports that ...", "told reporters on Monday that ..."
    for k, (s, e, w) in enumerate(words[:9]):
        if _norm(w) == "that":
            between = text[cue_end:s]
            if not any(c in between for c in ',;:“”"') or between.strip() == ",":
                return _skip_space(text, e, se)
            break
        if _is_finite(w) and k > 0:
            break
    first = words[0][2]
    low = _norm(first)
    if "," in gap or ":" in gap:
        return None
    # "said when he wins ...", "asked whether ...": a subordinate clause is the content.
    if low in _SUBORDINATORS:
        return words[0][0]
    # A clause without "that": a subject and a finite verb soon after ("said the next
    # administration has ...", "saying such a development would be ...").
    if low in _NOT_CLAUSE_START:
        return None
    # "Alabama Sen. Jeff Sessions said Clinton’s acceptance of donations from those
    # seeking her assistance was ...": a subject can be long, so look a dozen words on.
    # "saying it’s “all about management”": a pronoun with a contracted verb is a clause.
    if _CONTRACTED_SUBJECT.fullmatch(first):
        return words[0][0]
    for _, _, w in words[1:12]:
        if _is_finite(w):
            return words[0][0]
        if _norm(w) in REPORTING_FORMS:
            break  # "a diplomatic stance stating he would ...": another frame's clause
    return None


def _content_end(text: str, start: int, se: int) -> int:
    """The reported clause runs to the sentence end, or to the next reporting participle."""
    se = min(se, start + _MAX_CLAUSE)
    m = _PARTICIPLE_AFTER_COMMA.finditer(text, start, se)
    end = se
    for hit in m:
        if _norm(hit.group("w")) in REPORTING_FORMS:
            end = hit.start()
            break
    cut = text.find(";", start, end)
    if cut >= 0:
        end = cut
    # "said the move was made by X and said, “...”": a coordinated cue starts a new frame.
    for hit in _AND_CUE.finditer(text, start, end):
        if _norm(hit.group("w")) in REPORTING_FORMS:
            end = hit.start()
            break
    # "Podesta, who said the project was vetted, said he was unaware": after a relative
    # clause, a comma and a finite reporting verb with a clause of its own resume the
    # main clause (not "the plan, announced Monday, would work": no clause follows).
    for hit in _COMMA_CUE.finditer(text, start, end):
        w = _norm(hit.group("w"))
        finite = w in REPORTING_FORMS and not w.endswith("ing")
        if finite and _content_start(text, hit.end(), se) is not None:
            end = hit.start()
            break
    # "... today, while nine in 10 said they thought ...": a coordinated clause with a
    # subject and a reporting verb of its own is a second attribution.
    for hit in _WHILE_CLAUSE.finditer(text, start, end):
        words = _words(text, hit.end(), min(end, hit.end() + 60))[:_SUBJECT_WORDS]
        if any(
            k > 0 and w[:1].islower() and _norm(w) in REPORTING_FORMS and not w.endswith("ing")
            for k, (_, _, w) in enumerate(words)
        ):
            end = hit.start()
            break
    return _trim_end(text, start, end)


_COMMA_CUE = regex.compile(r",\s(?P<w>\p{Ll}[\p{L}'’-]*+)")
# A second clause after a comma and a conjunction, and how far its verb may be.
_WHILE_CLAUSE = regex.compile(r",\s(?:while|whereas|and|but)\s")
_SUBJECT_WORDS = 6


_AND_CUE = regex.compile(r",?\s(?:and|but)\s(?:also\s|then\s|later\s)?(?P<w>[\p{L}'’-]++)")


# Short words that stay lower case in titles ("Gone with the Wind").
_TITLE_SMALL_WORDS = frozenset("a an the and or of in on at to for with by from as but nor".split())


def _is_title(content: str) -> bool:
    """A short span in title case: the name of a work, a show or a slogan, not speech."""
    words = content.rstrip(".,!?;:").split()
    if not words or len(words) > 6:
        return False
    return all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words) and words[0][:1].isupper()


# Verbs that carry on into an infinitive cue: "went on to say that", "continued to insist
# that", "interjected to say:".  News uses them to chain a second statement onto the
# same speaker; the cue after "to" still reports the sentence's subject.
_GO_ON = frozenset("go goes went going gone".split())
_CARRY_ON = frozenset(
    "continue continues continued continuing proceed proceeds proceeded interjected "
    "hastened rushed paused stopped".split()
)


def _goes_on_to(prev: list[tuple[int, int, str]]) -> bool:
    """Whether the words before a cue end in "went on to", "continued to", ..."""
    if len(prev) < 2 or _norm(prev[-1][2]) != "to":
        return False
    before = _norm(prev[-2][2])
    if before == "on":
        return len(prev) > 2 and _norm(prev[-3][2]) in _GO_ON
    return before in _CARRY_ON
