"""Sentences: per paragraph, quote-aware, abbreviation-aware, offsets by construction.

Every line break ends a sentence and nothing carries across it, so one stray quote mark
can never swallow the rest of an article (extracted news has one paragraph a line).
Inside a line there are two sources of boundaries:

1. **Punctuation** (:data:`_CANDIDATE`): each run of ``.``, ``?``, ``!``, ``…`` or spaced
   dots, with the quotes and brackets it closes, followed by a space.  :func:`_boundary`
   decides from the punctuation, the word before it and the word after it, in that order:
   a lower-case continuation, a reporting tail after a quotation ("“Why?” Peskov
   responded."), an ellipsis, then the word that a single period ends (title, number,
   abbreviation, initial, address or plain word).  Sentence ends inside a bracketed aside
   that the sentence goes on after (:func:`_asides`) are not boundaries.
2. **List items** (:func:`_list_cuts`): a line that starts with a list marker ("1.",
   "2.)", "a.", "• 9.") and has the next marker of the same kind further on was a list
   flattened into one line; each item is a sentence.

Word lists (titles, abbreviations, sentence starters) are data in :mod:`._lexicon.en`.
Every pattern is possessive or bounded, so no input makes the engine backtrack.
"""

from __future__ import annotations

import regex

from ._cues import REPORTING_FORMS, lemma_of
from ._lexicon import en
from ._model import Sentence
from ._plain import AnyMatch, candidate_finder
from ._text import ensure_text, iter_lines

__all__ = ["segment", "segment_spans"]

# --------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------

# Marks that close a quotation, and the brackets that close an aside.
_CLOSE_QUOTES = "\"'”’»"
# Marks that open a quotation or an aside in front of a word.
_OPENERS = "\"'“‘«(["
_QUOTE_OPENERS = "\"'“‘«"
# Bullets that start a list item ("• 9. The first item").
_BULLET_CHARS = "•⁃▪‣◦"
_BULLET = f"[{_BULLET_CHARS}]"

# A candidate boundary: terminal punctuation, then the quotes and brackets it closes, then
# a space (a sentence never ends in the middle of a token: "3.5%", "U.S.-based",
# "example.com/a.html", "Jr.'s").
_CANDIDATE = regex.compile(
    r"""
    # A run starts at its first mark, never inside a run: each run is tried once, so
    # endless dots cost linear time.
    (?<! [.?!…] | \.[ ] )
    (?P<punct>
        (?>                     # atomic: a spaced run is never re-read as one period
            \.(?:[ ]\.(?![.…]))++  # spaced dots, one run: ". . ." or "end. . . ."
          | [.?!…]++            # a period, "?!" and "!!" runs, "...", "…"
        )
    )
    (?P<close> ["'”’»)\]]*+ )    # the quotation or aside it closes
    (?=\s)
    """,
    regex.VERBOSE,
)

_FIND_CANDIDATES = candidate_finder(_CANDIDATE)  # (see _plain: the same, faster)

# What follows a candidate: the space, any opening quotes or brackets, the next word.
_NEXT = regex.compile(r"\s*+(?P<open>[\"'“‘«(\[]*+)(?P<word>[\w'’.-]*+)")

# An abbreviation written as letters with periods ("u.s", "e.g", "j.d", "a.m", "s.&p"):
# the last period is the candidate's, so it is not part of the word.
_DOTTED_LETTERS = regex.compile(r"(?:\w\.&?+)++\w")

# A list marker: an optional bullet, then an optional label ("1.", "2.)", "3)", "a.").
_MARKER = rf"""
    (?: (?P<bullet> {_BULLET} ) [ ]*+ )?+
    (?: (?P<label> \d{{1,2}}+ | [a-z] ) (?P<style> \.\) | \) | \. ) (?=[ ]) )?+
"""
# At the start of a line (after its indentation).
_FIRST_MARKER = regex.compile(r"\s*+" + _MARKER, regex.VERBOSE)
# Later in the line: after a space, and something must be there (a bullet or a label).
_LATER_MARKER = regex.compile(rf"(?<=\s)(?={_BULLET}|[\da-z])" + _MARKER, regex.VERBOSE)
# A list label alone at the start of a sentence ("1" in "1. The first item", "• 9").
_LABEL_HEAD = regex.compile(rf"(?:{_BULLET}[ ]*+)?+(?:\d{{1,2}}+|[A-Za-z])")

# Round brackets, for asides.
_PAREN = regex.compile(r"[()]")

# The clause after a quotation: up to the next terminal punctuation, or a mark that leads
# in a new quotation, "''" included (the opening quote of some archives: "he says, ''I
# never"); bounded.
_TAIL = regex.compile(r"(?:[^.?!“‘\"«:;']|'(?!')){0,100}+")
_CONTRACTION = regex.compile(r"['’]")
_TAIL_TOKEN = regex.compile(r"[\w'’-]++|,")

_TITLES = en.TITLE_ABBREVIATIONS
_NUMBER_ABBREVS = en.NUMBER_ABBREVIATIONS
_INNER_ABBREVS = en.ABBREVIATIONS
_FINAL_ABBREVS = en.SENTENCE_FINAL_ABBREVIATIONS
_PROPER_ABBREVS = en.PROPER_NOUN_ABBREVIATIONS
_STARTERS = en.SENTENCE_STARTERS
_CLAUSE_OPENERS = en.CLAUSE_OPENERS
_BE_FORMS = en.BE_FORMS
_NOT_TAIL_OPENERS = en.NOT_TAIL_OPENERS

# How far back the word before a period is read.  Abbreviations are short; a longer token
# (a URL, a long number) is a plain word for these rules, and the bound keeps the work per
# candidate constant whatever the input.
_WORD_WINDOW = 48
# A reporting tail is short: the speaker (up to six words, "Dmitry Peskov, the Kremlin
# spokesman,") and the verb, then at most four words ("told reporters on Monday").
_TAIL_SPEAKER_WORDS = 6
_TAIL_AFTER_WORDS = 4


# --------------------------------------------------------------------------------------
# Boundary decisions
# --------------------------------------------------------------------------------------


def _boundary(text: str, m: AnyMatch, start: int, end: int) -> int | None:
    """Where the sentence ends at candidate ``m``, or None if it goes on.

    ``start`` is where the current sentence begins (its first character that is not a
    space), ``end`` where the line ends.
    """
    cut = m.end()
    nxt = _NEXT.match(text, cut, end)
    assert nxt is not None  # every part of _NEXT can match empty
    at = nxt.start("open")
    if at >= end:
        return cut  # only spaces up to the line end
    # A lower-case word goes on with the sentence ("Yahoo! in", "“Great.” she said",
    # "5 p.m. on Monday", "really ... well", "the S.E.C. (at least").
    if text[at].islower() or nxt["word"][:1].islower():
        return None
    # So does a dash: the dateline convention ("NEWPORT NEWS, Va. — In a tradition").
    if text[at] in "-–—―":
        return None
    punct, close = m["punct"], m["close"]
    # An ellipsis in brackets, "[...]" or "(…)", marks words left out of a quotation, never
    # the end of a sentence ("“Bohr [...] used the analogy [...]” (Smith 55).").
    ellipsis = (len(punct) > 1 or punct == "…") and "?" not in punct and "!" not in punct
    if ellipsis and m.start() > start and text[m.start() - 1] in "([" and close[:1] in ")]":
        return None
    # A closing quote belongs to the sentence it closes, and a short reporting clause
    # after it belongs there too ("“Why should we engage?” Peskov responded.").
    quoted = bool(close) and close[-1] in _CLOSE_QUOTES
    if quoted and _reporting_tail(text, cut, end):
        return None
    if "?" in punct or "!" in punct:
        return cut  # "?", "!", "?!", "!!": the speaker ended the sentence
    if ellipsis:
        return None if (not quoted and _omission(text, m, start)) else _ellipsis_end(m)
    if quoted:
        return cut  # "“This is great.” She held the book out."
    if _is_list_label(text, start, m.start(), close):
        return None
    word = _word_before(text, start, m.start())
    return cut if _period_ends(word, nxt["word"], text[at]) else None


def _omission(text: str, m: AnyMatch, start: int) -> bool:
    """An ellipsis that leaves words out inside a sentence.

    By the MLA and Chicago conventions three dots with a space before them ("is . . . I
    didn't", "really … Well") omit words within a sentence; a sentence that ends at an
    omission gets a fourth dot, and an ellipsis attached to its word ("that... She") trails
    off at the end of a sentence.
    """
    dots = m["punct"].count(".") + 3 * m["punct"].count("…")
    detached = m.start() <= start or text[m.start() - 1].isspace()
    return detached and dots == 3


def _ellipsis_end(m: AnyMatch) -> int:
    """Where a sentence ends at an ellipsis that ends it.

    A period attached to its word and then a spaced ellipsis ("compounds. . . . The
    practice") ends the sentence at the period; the ellipsis opens the next sentence and
    marks words left out at its start.  Otherwise the whole run ends the sentence.
    """
    punct = m["punct"]
    if punct.startswith(". .") and punct.count(".") >= 4 and not m["close"]:
        start = m.start()
        text = m.string
        if start > 0 and not text[start - 1].isspace():
            return start + 1
    return m.end()


def _is_list_label(text: str, start: int, period: int, close: str) -> bool:
    """The period (or ".)") after a list label that opens the sentence: "1. The first"."""
    # A label is at most a bullet, a few spaces and two digits; the bound keeps it cheap.
    if close not in ("", ")") or period - start > 6:
        return False
    return _LABEL_HEAD.fullmatch(text, start, period) is not None


def _word_before(text: str, start: int, period: int) -> str:
    """The token a period ends, without the quotes and brackets that open it."""
    window = text[max(start, period - _WORD_WINDOW) : period]
    parts = window.rsplit(None, 1)
    word = parts[-1] if parts else ""
    # Closing marks are stripped on the left too: extracted text often has the wrong one
    # ("”Mr. Trump embodies").
    return word.lstrip(_OPENERS + _CLOSE_QUOTES).rstrip(_CLOSE_QUOTES)


def _period_ends(word: str, next_word: str, next_char: str) -> bool:
    """Whether a single period after ``word`` ends the sentence (the next is not lower case)."""
    if not word:
        return True
    # Numbers and amounts end a sentence like words ("She has $100.00. It is in her bag.",
    # "N°. 1026.253.553. That"); their inner periods are never candidates.
    # (Most words are all letters, which holds no digit: one C-level test first.)
    if not word.isalpha() and any(c.isdigit() for c in word):
        return True
    low = word.lower()
    capital = word[0].isupper()
    # "Mr. Smith", "Gov. Newsom", "St. Louis": a title is followed by a name.
    if capital and low in _TITLES:
        return False
    # "No. 5", "p. 55", "N°. 1026": an abbreviation before a number; otherwise the word.
    if low in _NUMBER_ABBREVS and next_char.isdigit():
        return False
    # "e.g.", "vs.": these never end a sentence.
    if low in _INNER_ABBREVS:
        return False
    # Abbreviations that may end a sentence, initials ("Jonas E. Smith", "J.D. Vance",
    # "you and I. Did") and dotted abbreviations not listed ("the A.C.L.U. The") end it
    # only when the next word starts a sentence.
    if (
        low in _FINAL_ABBREVS
        or (capital and low in _PROPER_ABBREVS)
        or (len(low) == 1 and low.isalpha())
        or _DOTTED_LETTERS.fullmatch(low) is not None
    ):
        # "It's", "He’s", "I'm" start a sentence as "It", "He", "I" do.
        return _CONTRACTION.split(next_word, 1)[0].rstrip(".").lower() in _STARTERS
    # A plain word, a name, an address ("Jane.Doe@example.com.", "example.com/page.html.").
    return True


def _reporting_tail(text: str, pos: int, end: int) -> bool:
    """A short clause with a reporting verb after a closing quote ("Peskov responded.").

    The speaker comes first (up to six words, commas allowed: "Dmitry Peskov, the Kremlin
    spokesman, said") or after the verb ("said Peskov"); after the verb at most a few words
    up to the end of the clause ("told reporters on Monday.", "remarked, alluding to").
    Not a tail, but a sentence of its own: a clause that leads in a new quotation ("He
    added, “In this case"), a new clause after the verb ("He said he would go."), an
    attribution set off by commas inside a new sentence ("Perhaps, he said, this town"),
    a passive ("The move was first reported by"), a bare verb form that is more often a
    noun ("He echoed that promise"), a clause that opens with a connective or a
    preposition ("But the talks continued.", "In a series of posts Sunday, he").
    """
    tail = _TAIL.match(text, pos, end)
    assert tail is not None  # _TAIL can match empty
    tokens = list(_TAIL_TOKEN.finditer(tail.group()))
    words = 0
    previous = ""
    comma_before = False
    for i, token in enumerate(tokens):
        low = token.group().lower()
        if low == ",":
            comma_before = True
            continue
        words += 1
        if words > _TAIL_SPEAKER_WORDS + 1 or low in _BE_FORMS:
            return False
        if words == 1 and low in _NOT_TAIL_OPENERS:
            return False  # "But the talks continued.", "In a series of posts Sunday, he"
        if low in REPORTING_FORMS and (lemma_of(low) != low or previous in _CLAUSE_OPENERS):
            return _tail_ends(text, tail.end(), end, pos, tokens[i + 1 :], comma_before)
        previous = low
    return False


def _tail_ends(
    text: str,
    tail_end: int,
    end: int,
    pos: int,
    after: list[regex.Match[str]],
    comma_before: bool,
) -> bool:
    """Whether the words after a tail's verb end it: few, and no new clause or quotation.

    ``after`` are the tokens after the verb (offsets from ``pos``); the tail text stops at
    ``tail_end``; ``comma_before`` says whether a comma came before the verb.
    """
    words = 0
    for token in after:
        if token.group().lower() in _CLAUSE_OPENERS:
            return False  # a new clause: "He said he would go.", "said Wednesday she"
        if token.group() == ",":
            # "Clinton remarked, alluding to ...": the tail ends at the comma, unless the
            # comma leads in a quotation ("He added, “In this case").
            following = _skip_space(text, pos + token.end(), end)
            if following < end and text[following] in _QUOTE_OPENERS:
                return False
            # Commas on both sides set the attribution off inside a new sentence
            # ("Perhaps, he said, this town", "His view, stated on TV, was").
            if comma_before:
                return False
            if words == 0:
                # Right after the verb, a comma goes on with a participle ("said, adding
                # that"); otherwise it sets something off in a new sentence ("He said,
                # twice, that").
                nxt = _TAIL_TOKEN.match(text, following, end)
                if nxt is None or not nxt.group().lower().endswith("ing"):
                    return False
            return words <= _TAIL_AFTER_WORDS
        words += 1
    if tail_end < end and text[tail_end] not in ".?!":
        return False  # the clause leads in a quotation, or runs on too long
    return words <= _TAIL_AFTER_WORDS


# --------------------------------------------------------------------------------------
# Lists flattened into a line
# --------------------------------------------------------------------------------------


def _list_cuts(text: str, start: int, end: int) -> list[int]:
    """Where later items of a list begin, when the line is a list flattened into one line.

    The line must open with a marker, and each later marker must be the same kind (same
    bullet, same label style) and, with labels, the next in sequence ("1." then "2.", "a."
    then "b."): a stray "2." inside prose never counts.  Letter labels are lower case only,
    because a capital and a period in news is far more often an initial ("A. Smith").
    """
    # Most lines open with a capital or a quote mark: no marker can start there, and a
    # test of the first character saves the pattern.  (A space, which the pattern skips,
    # still goes to it: str.isspace holds for every space the pattern's \s takes.)
    c = text[start] if start < end else ""
    if c and not (c.isspace() or c in _BULLET_CHARS or c.isdecimal() or "a" <= c <= "z"):
        return []
    first = _FIRST_MARKER.match(text, start, end)
    if first is None or not (first["bullet"] or first["label"]):
        return []
    bullet, label, style = first["bullet"], first["label"], first["style"]
    cuts: list[int] = []
    for m in _LATER_MARKER.finditer(text, first.end(), end):
        if m["bullet"] != bullet or m["style"] != style or not (m["bullet"] or m["label"]):
            continue
        if label is not None:
            if m["label"] is None or not _follows(label, m["label"]):
                continue
            label = m["label"]
        cuts.append(m.start())
    return cuts


def _follows(previous: str, label: str) -> bool:
    """Whether list label ``label`` comes right after ``previous`` ("1" -> "2", "a" -> "b")."""
    if previous.isdigit():
        return label.isdigit() and int(label) == int(previous) + 1
    return not label.isdigit() and ord(label) == ord(previous) + 1


# --------------------------------------------------------------------------------------
# Asides in brackets
# --------------------------------------------------------------------------------------


def _asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost ``(...)`` asides of a line that sit inside a sentence.

    An aside whose closing bracket is followed by a lower-case word or a comma goes on with
    the sentence around it, so sentence ends inside it are not boundaries ("She trains
    nurses (She was one. Then she taught.) at the clinic.").  An aside followed by a
    capital stands alone and splits as usual.  A bracket that is never closed makes no
    aside, so a stray "(" changes nothing.
    """
    if text.find("(", start, end) < 0:
        return []
    asides: list[tuple[int, int]] = []
    depth = 0
    opened = start
    for m in _PAREN.finditer(text, start, end):
        if m.group() == "(":
            if depth == 0:
                opened = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                after = _skip_space(text, m.end(), end)
                if after < end and (text[after].islower() or text[after] in ",;"):
                    asides.append((opened, m.end()))
    return asides


# --------------------------------------------------------------------------------------
# Segmentation
# --------------------------------------------------------------------------------------


def _segment_line(text: str, line_start: int, line_end: int, spans: list[tuple[int, int]]) -> None:
    cuts = _list_cuts(text, line_start, line_end)
    k = 0
    asides = _asides(text, line_start, line_end)
    j = 0
    # The current sentence starts at its first character that is not a space; moving it
    # only forwards keeps the work linear however much space a line holds.
    start = _skip_space(text, line_start, line_end)
    for m in _FIND_CANDIDATES(text, line_start, line_end):
        # A list item that begins before this candidate starts a sentence first.
        while k < len(cuts) and cuts[k] <= m.start():
            _add(text, spans, start, cuts[k])
            start = _skip_space(text, cuts[k], line_end)
            k += 1
        # No sentence ends inside an aside that the sentence goes on after.
        while j < len(asides) and asides[j][1] <= m.start():
            j += 1
        if j < len(asides) and asides[j][0] < m.start() and m.end() < asides[j][1]:
            continue
        cut = _boundary(text, m, start, line_end)
        if cut is not None:
            _add(text, spans, start, cut)
            start = _skip_space(text, cut, line_end)
    for c in cuts[k:]:
        _add(text, spans, start, c)
        start = c
    _add(text, spans, start, line_end)


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def segment_spans(text: str, lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` offsets: ordered, disjoint, covering all non-space text.

    ``lines`` are ``iter_lines(text)`` when the caller has them already (finding quotes
    needs them too).
    """
    spans: list[tuple[int, int]] = []
    for line_start, line_end in iter_lines(text) if lines is None else lines:
        if line_start == line_end or text[line_start:line_end].isspace():
            continue  # a blank line holds no sentence (about half the lines of news)
        _segment_line(text, line_start, line_end, spans)
    return spans


def segment(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text``, with offsets into it.

    >>> [s.text for s in segment("Mr. Smith went to Washington. He left at 5 p.m.")]
    ['Mr. Smith went to Washington.', 'He left at 5 p.m.']
    >>> [s.text for s in segment("“Why should we engage in contact?” Peskov responded.")]
    ['“Why should we engage in contact?” Peskov responded.']
    """
    text = ensure_text(text)
    return tuple(Sentence(text=text[s:e], start=s, end=e) for s, e in segment_spans(text))
