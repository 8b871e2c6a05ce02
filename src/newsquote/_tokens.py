"""Words: the tokens of a text, their normal forms, and tests on single words.

Every frame finder asks for the words of many overlapping windows of one text; the text
is tokenised once (per thread) and windows are slices found by bisection.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading

from ._cues import REPORTING_FORMS

__all__: list[str] = []


# Words (letters with inner apostrophes and hyphens), found with the standard library's
# engine, which is several times faster than one big alternation of every cue form; a
# word is a cue when its lower-case form is in REPORTING_FORMS.
# Letters, then runs of inner marks each followed by letters: the same words as
# "letter (letter | mark)*", with no alternation per character (a third faster).
# (The outer repetition is possessive: nothing follows it that could make it give back,
# so the words are the same and a failed extension is not retried.)
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-]+[^\W\d_]*)*+")
_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
# Most news texts have no letter outside ASCII (curly quotes and dashes are no letters);
# for them "letter" is [A-Za-z], which the engine tests much faster than the Unicode
# categories (the split is the largest part of tokenising).  "A letter, then letters and
# inner marks" is one character class repeated: the same maximal runs as the form above
# (every run of letters and marks that starts with a letter), a third faster again.
_ASCII_SPLIT_RE = re.compile(r"([A-Za-z][A-Za-z'’-]*+)")
# (No letter or digit outside ASCII: window_tokens reads digits too.)
_NON_ASCII_LETTER = re.compile(r"[^\W_\x00-\x7f]")


class _Tokens:
    """Every word of one text, found once: the frame finders ask for the words of many
    overlapping windows, and slicing a list is much cheaper than scanning again."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Splitting on the words gives gaps and words in turn; their running lengths are
        # the words' offsets.  Every step runs in C (a loop over match objects in Python
        # was the largest single cost of finding quotes).
        self.ascii_letters = _NON_ASCII_LETTER.search(text) is None
        parts = (_ASCII_SPLIT_RE if self.ascii_letters else _SPLIT_RE).split(text)
        ends = list(itertools.accumulate(map(len, parts)))
        strings = parts[1::2]
        self.starts = ends[0:-1:2]
        self.words = list(zip(self.starts, ends[1::2], strings, strict=True))
        # Indices of the words that are reporting-verb forms.
        is_cue = map(_CASED_FORMS.__contains__, strings)
        self.cues = list(itertools.compress(itertools.count(), is_cue))


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


def _ascii_words(text: str) -> bool:
    """Whether ``text`` is the article being worked on and has no letter or digit outside
    ASCII (known without a scan; False when not known)."""
    cached: _Tokens | None = getattr(_LAST, "tokens", None)
    return cached is not None and cached.text is text and cached.ascii_letters


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


_AUX = frozenset(
    """
    is are was were be been has have had will would could can should shall may might must does
    did do isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't can't
    shouldn't doesn't didn't don't
    """.split()
)


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
    sued owed lied died eyed vied
    fled sold fed dealt meant slept swept forgot forgave stole rode bit shut quit caught
    stuck swung spun sank drank ate
    cast sang rang swam wept froze arose forbade overcame overtook oversaw undertook upheld
    withheld mistook slid clung crept flung knelt strode strove sprang stung
    """.split()
)


# Looked up in C for the words that recur (thousands of calls per article).
@functools.lru_cache(maxsize=8192)
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
# (Plural times too: "tweeted in the early morning hours that ...".)
_S_NOUNS = frozenset(
    "news politics economics series species means headquarters hours days weeks months "
    "years decades minutes seconds nights mornings evenings centuries".split()
)


# A reported clause longer than this is not prose (a run of text without sentence ends);
# capping it keeps every frame's work bounded.
_MAX_CLAUSE = 2000


def _clause_floor(text: str, ss: int, end: int) -> int:
    """Where a content that ends at ``end`` may start at the earliest: the sentence start
    ``ss``, or a word start ``_MAX_CLAUSE`` characters before ``end`` in a run-on
    "sentence" (the bound keeps a tail's work linear)."""
    if end - ss <= _MAX_CLAUSE:
        return ss
    space = text.find(" ", end - _MAX_CLAUSE, end)
    return space + 1 if space >= 0 else end - _MAX_CLAUSE


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _trim_end(text: str, start: int, end: int) -> int:
    # (a ")" goes too when no "(" opens inside: "(they … suggest that such rates would
    # help)" closes an aside that opened before the content)
    unopened = text.find("(", start, end) < 0
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in ".,;:—–-" or (unopened and text[end - 1] == ")")
    ):
        end -= 1
    return end


# A search in C, not a generator over every character of a long content.
# Two apostrophes are a double mark too (the typewriter convention ``''…''`` that
# :mod:`._marks` pairs): "called it ''a disaster''" is a mixed quotation.
# (Written as one class, then a second apostrophe after an apostrophe: the engine skips
# in C to the next candidate; the same matches as "[“”\"«»„]|''".)
_DOUBLE_MARK = re.compile("[“”\"«»„'](?:(?<=')'|(?<!'))")


def _has_marks(text: str, start: int, end: int) -> bool:
    return _DOUBLE_MARK.search(text, start, end) is not None


# Short words that stay lower case in titles ("Gone with the Wind").
_TITLE_SMALL_WORDS = frozenset("a an the and or of in on at to for with by from as but nor".split())


def _is_title(content: str) -> bool:
    """A short span in title case: the name of a work, a show or a slogan, not speech."""
    words = content.rstrip(".,!?;:").split()
    if not words or len(words) > 6:
        return False
    return all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words) and words[0][:1].isupper()
