"""Direct quotations: the frame around a quotation in marks.

``“…,” SOURCE CUE`` and ``“…,” CUE SOURCE`` (the tail, here), ``SOURCE CUE: “…”`` and
``SOURCE CUE, “…”`` (the lead-in, :mod:`._lead_in`, also a whole paragraph that ends in a
colon before a block quotation), ``“…” — NAME`` (a dash, here), and ``NAME: …`` (a speaker
label, as in transcripts: :mod:`._labels`).  :mod:`._source_of` finds the source of a cue
inside a sentence.
"""

from __future__ import annotations

import bisect

import regex

from ._clause import (
    _AUX,
    _IRREGULAR_PAST,
    _PHRASE_CUE,
    Frame,
    _is_finite,
    _norm,
    _words,
)
from ._cues import REPORTING_FORMS, lemma_of
from ._labels import label_frame
from ._lead_in import intro_sentence, lead_in, lead_in_subject, put_it
from ._lexicon import en
from ._marks import MarkSpan
from ._reported import _content_start
from ._source_of import after_noun_phrase, source_of
from ._speakers import Phrase, classify, mention_after, mention_before

__all__ = [
    "after_noun_phrase",
    "direct_frames",
    "intro_sentence",
    "label_frame",
    "lead_in",
    "lead_in_subject",
    "put_it",
    "source_of",
    "tail_of",
]


def direct_frames(
    text: str, spans: list[MarkSpan], sentences: list[tuple[int, int]]
) -> list[Frame]:
    frames: list[Frame] = []
    for span in spans:
        if not span.clausal:
            continue
        content = (span.content_start, span.content_end)
        if span.close is not None and text[span.close - 1 : span.close] == ".":
            # '… proclaimed, “We won.” The candidate later added …': a quotation that
            # ends its sentence belongs to the lead-in before it; the sentence after it
            # is a new one.
            frame = _lead_in(text, span, content, sentences) or _tail(text, span, content)
        else:
            frame = _tail(text, span, content)
            if frame is not None and _introduces_next(text, frame):
                # '… responds with, “Why now?” Mills then writes back, “You …”': the
                # tail is the next quotation's lead-in; this one keeps its own.
                frame = _lead_in(text, span, content, sentences) or frame
            frame = (
                frame
                or _lead_in(text, span, content, sentences)
                or _split_tail(text, span, content)
            )
        if frame is not None:
            frames.append(frame)
    return frames


# How far back a lead-in is read (far longer than any real one).
_LEAD_IN_CHARS = 1000


# What ends a tail that introduces the next quotation: '… writes back, “', '… said: "'.
_NEXT_QUOTE = regex.compile(r"[ \t]*+(?:back[ \t]*+)?[,:][ \t]*+[“\"]")


def _introduces_next(text: str, frame: Frame) -> bool:
    end = max(frame.cue[1], frame.source.end if frame.source is not None else 0)
    return _NEXT_QUOTE.match(text, end) is not None


# The tail of a quotation ends at a sentence end (not the period of "Mr." or an initial),
# a line break or the next quotation.
_TAIL_STOP = regex.compile(
    r"[?!;\n“\"]|''|(?<!(?<![\p{L}])(?:"
    + "|".join(sorted(en.TITLE_ABBREVIATIONS, key=len, reverse=True))
    + r"|\p{Lu}))\.(?![,\d)\p{Ll}])",  # "R-Ky., said", "3.5", "site.com" end no sentence
    regex.IGNORECASE,
)


# A short quotation inside a tail's appositive: '“…,” Bill Doe, wearing “Vote Doe” pins,
# said.' (a slogan, a title or a nickname of at most a few words).
_INNER_QUOTE = regex.compile(r"[“\"][^“”\"\n.?!;]{1,40}+[”\"](?=[\s,])")


def _tail_stop(text: str, after: int, limit: int) -> regex.Match[str] | None:
    """Where the tail after a quotation ends: ``_TAIL_STOP``, past at most two short
    quotations that sit inside the tail after its first word."""
    stop = _TAIL_STOP.search(text, after, limit)
    for _ in range(2):
        if stop is None or stop.group() not in '“"' or not text[after : stop.start()].strip():
            return stop
        inner = _INNER_QUOTE.match(text, stop.start(), limit)
        if inner is None:
            return stop
        stop = _TAIL_STOP.search(text, inner.end(), limit)
    return stop


# A tail's cue comes within this many words: "said Mr. Sperling" or "Brent Bozell III,
# founder of the Media Research Center, said" (an appositive between source and cue; news
# appositives run long: "Leonard Burman, director of a policy center and a professor at
# a university, said").
_TAIL_WORDS = 30


# What may sit between two words of a tail: spaces, commas, an age or a year ("Sarandon,
# 69, told MSNBC"), an abbreviation's period, brackets ("(D-N.Y.)"), a number before its
# hyphen ("the 43-year-old asked"), an ampersand ("an analyst at Research & Trading"),
# the marks of a short quotation that ``_tail_stop`` let into the tail.
_APPOSITIVE_GAP = regex.compile(r"(?:[\s,.()&“”\"]|\d++-?+)*+")


_RELATIVE = frozenset({"who", "which", "that"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "yet", "so", "while", "although", "though"})
# A subordinate clause after a quotation is the writer's ('“…,” until gunshots are
# heard', '“…,” when Clinton blasted him'): no tail, so a lead-in may attribute it.
_TRAILING_SUBORDINATORS = frozenset(
    {"until", "when", "because", "since", "unless", "after", "before"}
)
_PASSIVE_BY = regex.compile(r"\s++by(?=\s)")


# The dash may open the next line: '“…”¶¶- Clinton.' (a quotation set off on its own).
_DASH_ATTRIBUTION = regex.compile(r"\s*+(?P<dash>[—–―-]|--)[ \t\u00a0]*+")


def _ends_line_or_sentence(text: str, pos: int, limit: int) -> bool:
    rest = text[pos:limit].lstrip(" \t\u00a0")
    return not rest or rest[0] in ".,;\n\r("


def _tail(text: str, span: MarkSpan, content: tuple[int, int]) -> Frame | None:
    if span.close is None:
        return None
    after = span.after
    limit = min(len(text), after + 240)
    stop = _tail_stop(text, after, limit)
    window_end = stop.start() if stop else limit
    dash = _DASH_ATTRIBUTION.match(text, after, limit)
    if dash is not None:
        # "“…” — Commissioner Jane Doe.": the dash is the cue, the name after it the source.
        source = mention_after(text, dash.end(), limit)
        if source is not None and _ends_line_or_sentence(text, source.end, limit):
            return Frame(dash.span("dash"), source, content, True, span)
    if text[span.close - 1 : span.close] not in ",?!—–-" and text[after:window_end].strip() == "":
        return None
    words = _words(text, after, window_end)
    if not words or words[0][0] - after > 3:
        return None
    phrase = _PHRASE_CUE.match(text, words[0][0])
    if phrase:
        source = mention_after(text, phrase.end(), window_end)
        return Frame(phrase.span("cue"), source, content, True, span)
    # A quotation that ends its own sentence ('“… time.” She did ...') is followed by a
    # new sentence; that sentence is a tail only when it opens with its cue's subject
    # and nothing else: no other verb before the cue, no clause of its own after it.
    closed = text[span.close - 1 : span.close] == "."
    found = _tail_words(text, span, content, words, after, window_end, closed)
    return found or _verb_tail(text, span, content, words)


def tail_of(text: str, span: MarkSpan) -> Frame | None:
    """The tail attribution right after a quotation ('“…,” she said'), whether or not
    the quotation is a clause of its own."""
    return _tail(text, span, (span.content_start, span.content_end))


def _split_tail(text: str, span: MarkSpan, content: tuple[int, int]) -> Frame | None:
    """'“We are thrilled” about the ruling, said Jane Roe.', '“I hugged” the families
    before the vote, he said.': a quotation that opens a sentence the writer finishes in
    their own words, then the tail at the sentence's end attributes it all.  The tail
    after one of the commas must run to the end of the sentence."""
    if span.close is None or text[span.close - 1 : span.close] in ".?!":
        return None
    after = span.after
    stop = _tail_stop(text, after, min(len(text), after + 240))
    if stop is None or stop.group() not in (".", "\n"):
        return None  # the sentence must end here, not at another quotation or a "?"
    window_end = stop.start()
    comma = text.find(",", after, window_end)
    while comma >= 0:
        words = _words(text, comma + 1, window_end)
        if words and words[0][0] - comma <= 3:
            found = _tail_words(text, span, content, words, comma + 1, window_end, True)
            if found is not None:
                return found
        comma = text.find(",", comma + 1, window_end)
    return None


def _article_noun(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the cue form ``words[k]`` is a noun: its base form after an article, or
    after an article and one adjective ("a focal point", "the comment")."""
    w = _norm(words[k][2])
    if lemma_of(w) != w or w in _IRREGULAR_PAST or w in _SAME_PAST:
        return False  # (not "read", "put": a past form too, '“…” the article read')
    before = [_norm(x[2]) for x in words[max(0, k - 2) : k]]
    return bool(before) and (
        before[-1] in _ARTICLES or (len(before) == 2 and before[0] in _ARTICLES)
    )


_ARTICLES = frozenset({"a", "an", "the"})
# Verbs whose past is their base form.
_SAME_PAST = frozenset("read put set cut hit let quit bet cast broadcast forecast spread".split())


def _tail_words(
    text: str,
    span: MarkSpan,
    content: tuple[int, int],
    words: list[tuple[int, int, str]],
    after: int,
    window_end: int,
    closed: bool,
) -> Frame | None:
    """The cue and source among the first words of a tail (``closed``: the tail is a
    sentence of its own, which must open with its source)."""
    if _norm(words[0][2]) in _CONJUNCTIONS or _norm(words[0][2]) in _TRAILING_SUBORDINATORS:
        return None  # '“…,” but he denied that …': a clause of its own, not a tail
    inverted: tuple[int, int] | None = None  # a cue that opens the tail, its source later
    for k, (s, e, w) in enumerate(words[:_TAIL_WORDS]):
        if k > 0 and not _APPOSITIVE_GAP.fullmatch(text, words[k - 1][1], s):
            break  # a clause boundary ("“…,” it read; the man said") ends the tail
        other_verb = _is_finite(w, loose=False) or _norm(w) in _RELATIVE
        if closed and k > 0 and other_verb and _norm(w) not in REPORTING_FORMS:
            break  # '“….” She did support workers who demanded ...'
        if (
            _norm(w) in REPORTING_FORMS
            and not (k > 0 and w[:1].isupper())
            # "the congressional report said": a cue form right before another is a noun.
            and not (
                k + 1 < len(words)
                and _norm(words[k + 1][2]) in REPORTING_FORMS
                and words[k + 1][2][:1].islower()
                and not text[e : words[k + 1][0]].strip()
            )
        ):
            if _article_noun(words, k):
                continue  # '“…,” presumably meaning this will be a focal point': a noun
            if closed and _content_start(text, e, window_end) is not None:
                named = mention_after(text, e, window_end) if k == 0 else None
                if named is None or text[named.end : named.end + 1] not in ",.":
                    break  # '“….” Gov. Kasich said he would have ...': a frame of its own
                # (not "…, said Lee Epstein, who teaches law.": the name the inverted
                # cue takes ends at a comma; what follows describes it)
            by = _PASSIVE_BY.match(text, e, window_end)
            if by is not None:
                # '“…,” he was told by a senior aide': the agent after "by" speaks.
                source = mention_after(text, by.end(), window_end)
            elif k == 0:
                if _norm(w).endswith("ing"):
                    return None  # '“…,” promising the club will …': its object follows
                nxt = words[1][2] if len(words) > 1 else ""
                if lemma_of(_norm(w)) == _norm(w) and (w[:1].isupper() or nxt[:1].isupper()):
                    continue  # "State spokesman X said", "state Sen. X said": a noun
                source = mention_after(text, e, window_end) or _one_another(text, e, window_end)
                if source is None:
                    inverted = (s, e)  # "said the base chief known as Bob": found later
            else:
                source = mention_before(text, s, after)
                if source is None and k > 1 and _norm(words[k - 1][2]) == "as":
                    # '“…,” Braynard is quoted as saying': the passive's subject.
                    source = mention_before(text, words[k - 2][0], after)
                if source is None or (
                    source.start > words[0][0] and "," not in text[words[0][0] : source.start]
                ):
                    # '“…?” a staffer in the room wondered': the description that
                    # opens the tail, not the noun the cue follows.
                    source = _description(text, words[:k]) or source
                elif source.start > words[0][0]:
                    # '“…,” Nate Doe, the pollster who founded a site tweeted': the name
                    # that opens the tail, before its appositive, speaks.
                    head = mention_after(text, words[0][0], s)
                    if (
                        head is not None
                        and head.kind == "name"
                        and head.start == words[0][0]
                        and text[head.end : head.end + 1] == ","
                    ):
                        source = head
            if closed and k > 0 and source is not None and source.start != words[0][0]:
                break  # '“….” Therefore any attempt by Mr. Trump, he said, becomes ...'
            if source is not None:
                return Frame(inverted or (s, e), source, content, True, span)
    return None


def _one_another(text: str, pos: int, end: int) -> Phrase | None:
    """ "“…,” said another." / "read one.": a pronoun of a series of speakers that ends
    the tail."""
    nxt = _words(text, pos, end)
    if len(nxt) != 1 or _norm(nxt[0][2]) not in ("one", "another") or text[pos : nxt[0][0]].strip():
        return None
    s, e, w = nxt[0]
    return Phrase(s, e, w, "nominal")


# A description that opens a tail: "the 43-year-old asked", "the paper's editorial board
# wrote" (a determiner, then at most a few words that are no verb).
_DESCRIPTION_DETERMINERS = frozenset("the a an this that his her their its our".split())
_DESCRIPTION_WORDS = 5
_PREPOSITIONS = frozenset("in at on from of with for near inside outside".split())


def _description(text: str, words: list[tuple[int, int, str]]) -> Phrase | None:
    """The noun phrase ``words`` when it is a determiner and a few nouns and adjectives."""
    if len(words) < 2 or _norm(words[0][2]) not in _DESCRIPTION_DETERMINERS:
        return None
    # A prepositional phrase after the head stays out: "a staffer in the room".
    cut = next((n for n in range(2, len(words)) if _norm(words[n][2]) in _PREPOSITIONS), None)
    words = words[:cut]
    if len(words) > _DESCRIPTION_WORDS:
        return None
    rest = words[1:]
    if any(_is_finite(w) or _norm(w) in _RELATIVE or _norm(w) in _AUX for _, _, w in rest):
        return None
    start, end = words[0][0], words[-1][1]
    return Phrase(start, end, text[start:end], classify(text[start:end]))


def _verb_tail(
    text: str, span: MarkSpan, content: tuple[int, int], words: list[tuple[int, int, str]]
) -> Frame | None:
    """'“…,” Toomey fumed.', '“…?” Trump went on': after a quotation that ends in a comma
    or a question, a subject and a past-tense verb are its attribution whatever the verb
    (news uses many verbs of manner no lexicon lists).  The subject must open the tail."""
    assert span.close is not None
    if text[span.close - 1 : span.close] not in ",?!":
        return None
    first = words[0][2]
    if first[:1].islower() and _is_finite(first, loose=False) and _norm(first) not in _AUX:
        # Inverted: '“This is fantastic!” beamed Donald Hartley', '“…?” reacted Trump.'
        source = mention_after(text, words[0][1], min(len(text), span.after + 120))
        if source is not None and source.kind in ("name", "pronoun"):
            rest = text[source.end : source.end + 8].lstrip(" ")
            if _ends_line_or_sentence(text, source.end, len(text)) or rest.startswith(
                ("of ", "who ")
            ):  # "beamed Donald Hartley of Madison, Alabama"
                return Frame(words[0][:2], source, content, True, span)
    comma = text[span.close - 1 : span.close] == ","
    for k, (s, e, w) in enumerate(words[1:_VERB_TAIL_WORDS], 1):
        if not _APPOSITIVE_GAP.fullmatch(text, words[k - 1][1], s):
            return None
        # After a comma, a present tense too: '“…,” Blige sings to the crowd'.
        if w[:1].islower() and _is_finite(w, loose=comma) and _norm(w) not in _AUX:
            source = mention_before(text, s, span.after)
            # Only a name or a pronoun right before the verb: '“So, who?” Her suggestions
            # are redacted.' is a new sentence about something else.
            if (
                source is None
                or source.start != words[0][0]
                or not _names_someone(source, comma)
                or text[source.end : s].strip()
            ):
                return None
            return Frame((s, e), source, content, True, span)
    return None


def _names_someone(source: Phrase, comma: bool) -> bool:
    """Whether the subject of a verb of manner in a tail names who speaks: a name or a
    pronoun, a name after its adjective ("an angry Hollande retaliated"), or, after a
    quotation that ends in a comma (a tail must follow it), a description ("“…,” the
    senator fumed")."""
    if source.kind in ("name", "pronoun"):
        return True
    if source.kind != "nominal":
        return False
    last = source.text.rsplit(None, 1)[-1]
    return comma or (last[:1].isupper() and len(source.text.split()) <= 4)


# A subject before a verb of manner: "Sen. Pat Toomey fumed" is four words.
_VERB_TAIL_WORDS = 5


# A dash before a quotation that sits between two dashes: " -- ", " — ", " – ".
_ASIDE_DASH = regex.compile(r"(?:--|[—–])[ \t\u00a0]*+$")


def _dash_aside(text: str, span: MarkSpan, k: int, ss: int) -> Frame | None:
    """'including the former candidate Mitt Romney -- “It is disqualifying …” -- and
    Fred Goldberg': a quotation set between two dashes right after a name is that
    person's; the first dash is the cue."""
    dash = _ASIDE_DASH.search(text, max(ss, k - 3), span.open)
    if dash is None or span.close is None or not _DASH_ATTRIBUTION.match(text, span.after):
        return None
    source = mention_before(text, dash.start(), ss)
    if source is None or text[source.end : dash.start()].strip():
        return None
    if source.kind not in ("name", "nominal") or not source.text.split()[-1][:1].isupper():
        return None  # ("treated it as a compliment -- “…” --": no one named)
    if source.text.endswith(("'s", "’s")):
        return None  # "Mrs. Clinton's remark -- “…” --": a possessor, not who spoke
    content = (span.content_start, span.content_end)
    return Frame(
        (dash.start(), dash.start() + len(dash.group().rstrip())), source, content, True, span
    )


def _lead_in(
    text: str, span: MarkSpan, content: tuple[int, int], sentences: list[tuple[int, int]]
) -> Frame | None:
    # Cheap test first: a lead-in ends in ",", ":" or a dash right before the mark.
    k = span.open
    while k > 0 and text[k - 1] in " \t\u00a0":
        k -= 1
    if k == 0 or text[k - 1] not in ",:—–-":
        return None
    at = bisect.bisect_right(sentences, (span.open, len(text))) - 1
    ss = sentences[at][0] if at >= 0 and span.open < sentences[at][1] else span.open
    aside = _dash_aside(text, span, k, ss)
    if aside is not None:
        return aside
    if span.open - ss > _LEAD_IN_CHARS:
        # A "sentence" of thousands of quotations (a run-on with no stop): the lead-in is
        # read in a bounded window from a word start, which keeps the work linear.
        ss = text.find(" ", span.open - _LEAD_IN_CHARS, span.open) + 1 or span.open
    found = lead_in(text, ss, span.open)
    if found is None:
        return None
    return Frame(found[0], found[1], content, True, span)
