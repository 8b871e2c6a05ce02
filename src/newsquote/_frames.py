"""Reporting frames in sentences: a cue, its source and its content.

Frames recognised here (SOURCE is a speaker mention, CUE a reporting verb or phrase; the
frames around direct quotations are in :mod:`._direct`):

==================================  ===========================================================
``SOURCE CUE (that) CONTENT``          "Peskov said the next administration has the chance ..."
``CONTENT, SOURCE CUE``                "..., the Kremlin said on Wednesday."
``CONTENT, CUE SOURCE``                "..., said Putin."  "..., said a handful of Democrats"
``X, SOURCE CUE, Y``                   "In the end, Mr. Rosenthal said, union voters ..."
``according to SOURCE, CONTENT``       and "CONTENT, according to SOURCE"
``CONTENT, as stated by SOURCE``       also "as reported by", "as quoted by"
``…, CUE-ing (that) CONTENT``          a participle takes the source of the frame before it,
                                       else the sentence's subject
``SOURCE CUE X as/the “…”``            naming verbs: "called Zelensky the “greatest salesman”"
``SOURCE's NOUN that/to CONTENT``      "Trump's campaign promise to achieve peace “within 24 hours”"
``SOURCE denied reports that …``       an object before "that" is skipped
``SOURCE called for / cited X``        a demand or a citation: the object is the content
``EVIDENCE shows / found X``           "a new poll shows Democrats ahead"
==================================  ===========================================================
"""

from __future__ import annotations

import bisect
import re

import attrs
import regex

from ._clause import (
    _MAX_CLAUSE,
    _PHRASE_CUE,
    Frame,
    _content_end,
    _content_start,
    _cue_words,
    _goes_on_to,
    _has_marks,
    _Intervals,
    _is_clause,
    _is_finite,
    _is_title,
    _norm,
    _overlaps,
    _skip_space,
    _trim_end,
    _trim_start,
    _words,
)
from ._cues import REPORTING_FORMS, STRONG_FORMS, lemma_of
from ._direct import (
    after_noun_phrase,
    direct_frames,
    label_frame,
    lead_in,
    lead_in_subject,
    source_of,
)
from ._lexicon import en
from ._marks import MarkSpan
from ._partial import (
    _ARTICLES,
    _before_direct,
    _phrase_up_to_comma,
    headline_frame,
    noun_call_frame,
    passive_agent,
    reduced_relative,
    verb_quote_frame,
)
from ._speakers import Phrase, mention_after, mention_before

__all__ = ["Frame", "find_frames", "lead_in", "lead_in_subject"]


_NOUN_CUE = regex.compile(
    r"(?P<owner>(?:\p{Lu}[\p{L}.'-]*\s){0,3}\p{Lu}[\p{L}.'-]*)['’]s\s(?:[\p{Ll}-]+\s){0,2}?"
    r"(?P<cue>"
    + "|".join(sorted(en.REPORTING_NOUNS, key=len, reverse=True))
    + r")\s(?P<link>that|to)\s",
)


_NAMING = frozenset(
    {
        f
        for v in (
            "call",
            "describe",
            "characterise",
            "characterize",
            "label",
            "dub",
            "brand",
            "term",
        )
        for f in REPORTING_FORMS
        if lemma_of(f) == v
    }
)


_CLAUSE_SUBJECT = frozenset(
    "he she they it we i you there this that these those the a an his her their its no".split()
)


# Words of quantity before a plural noun that looks like a verb's -s form.
_QUANTITY = frozenset(
    "dozen dozens many several few some all both most other these those two three four five "
    "six seven eight nine ten hundred hundreds thousand thousands million millions".split()
)


_NOT_AFTER = frozenset(
    "to the a an his her their its this that these those my our your when if".split()
)


# An opening double mark (searched in C, not character by character).
_OPEN_MARK = re.compile('[“"«„]')


_AS = regex.compile(r"\bas\s")


# "He's said", "She's told": a person and a contracted auxiliary before a cue.
_CONTRACTED_PERSON = regex.compile(r"(?:he|she)'s")


def _extend_over_quotes(frame: Frame, spans: list[MarkSpan]) -> Frame:
    """A content that opens a quotation runs to its close, across sentence ends
    ("he hopes that “Trump’s commitment ... affairs. This is ... together.”")."""
    start, end = frame.content
    for s in spans:
        if start <= s.open < end and s.content_end > end:
            close = s.after if s.close is not None else s.content_end
            return attrs.evolve(frame, content=(start, close), has_marks=True)
    return frame


def find_frames(
    text: str, para: tuple[int, int], sentences: list[tuple[int, int]], spans: list[MarkSpan]
) -> list[Frame]:
    """Every reporting frame in one paragraph."""
    label = label_frame(text, para, spans) or headline_frame(text, para)
    if label is not None:
        return [label]
    frames = direct_frames(text, spans, sentences)
    blocked = _Intervals([(s.open, s.after) for s in spans if s.clausal])
    quoted = _Intervals([(s.open, s.after) for s in spans])
    taken = _Intervals([f.content for f in frames])
    for ss, se in sentences:
        for found in _sentence_frames(text, ss, se, blocked, quoted):
            frame: Frame | None = _extend_over_quotes(found, spans)
            if frame is not None and blocked.overlaps(frame.content):
                frame = _before_direct(text, frame, blocked)
            if frame is None or taken.overlaps(frame.content):
                continue
            frames.append(frame)
            taken.add(frame.content)
    # A partial quotation no reporting frame took: the verb before it frames it.
    for span in spans:
        if span.clausal or taken.overlaps((span.open, span.after)):
            continue
        k = bisect.bisect_right(sentences, (span.open, len(text))) - 1  # its sentence
        inside = k >= 0 and sentences[k][0] <= span.open < sentences[k][1]
        partial = verb_quote_frame(text, *sentences[k], span) if inside else None
        if partial is not None and not blocked.overlaps(partial.content):
            frames.append(partial)
            taken.add(partial.content)
    return frames


def _sentence_frames(
    text: str, ss: int, se: int, blocked: _Intervals, quoted: _Intervals
) -> list[Frame]:
    out: list[Frame] = []
    has_possessive = text.find("'s ", ss, se) >= 0 or text.find("’s ", ss, se) >= 0
    for n in _NOUN_CUE.finditer(text, ss, se) if has_possessive else ():
        if blocked.contains(n.start()) or (out and n.start() < out[-1].content[1]):
            continue  # inside a quotation or inside the content of the frame before
        source = Phrase(n.start("owner"), n.end("owner"), n.group("owner"), "name")
        start = n.end("link") if n.group("link") == "that" else n.start("link")
        end = _noun_content_end(text, start, se)
        if end > start:
            out.append(Frame(n.span("cue"), source, (start, end), _has_marks(text, start, end)))
    for m in _cue_words(text, ss, se):
        if blocked.contains(m.start()) or any(_overlaps(m.span(), f.content) for f in out):
            continue
        if quoted.contains(m.start()):
            continue  # a word inside quotation marks is quoted, not a cue ("a third Obama term")
        frame = _verb_frame(text, ss, se, m)
        if frame is not None:
            out.append(frame)
    # "according to SOURCE" last: a secondary source never takes a clause that already has
    # its own speaker ("Putin said that ..., according to a Kremlin statement").
    phrased = text.find("ccording to", ss, se) >= 0 or text.find(" by ", ss, se) >= 0
    for ph in _PHRASE_CUE.finditer(text, ss, se) if phrased or "words of" in text[ss:se] else ():
        if blocked.contains(ph.start()):
            continue
        frame = _phrase_frame(text, ss, se, ph)
        if frame and not any(
            f.cue[0] < frame.content[1] and frame.content[0] <= f.cue[0] for f in out
        ):
            out.append(frame)
    return out


def _noun_content_end(text: str, start: int, se: int) -> int:
    se = min(se, start + _MAX_CLAUSE)
    # The content of a noun cue ends with its last quotation, or at the clause's verb.
    close = max(text.rfind("”", start, se), text.rfind('"', start, se))
    if close > start:
        return close + 1
    return _content_end(text, start, se)


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


def _verb_frame(text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str]) -> Frame | None:
    word = _norm(m.group())
    cs, ce = m.span()
    if m.group()[:1].isupper() and text[ss:cs].strip(" “\"‘'(—–-:"):
        return None  # a capital inside a sentence: a name ("the United States") or a headline
    prev = _words(text, max(ss, cs - 40), cs)
    prev_word = _norm(prev[-1][2]) if prev else ""
    if (prev_word in _NOT_AFTER and not _goes_on_to(prev)) or (
        prev_word.endswith("'s") and not _CONTRACTED_PERSON.fullmatch(prev_word)
    ):
        return None  # "to say", "the report", "Trump's statement": not a reporting verb here
    if word == "state" and not text.startswith(" that ", ce):
        return None  # "his home state", "state leaders": the noun, far commoner in news
    before_prev = _norm(prev[-2][2]) if len(prev) > 1 else ""
    if before_prev in _ARTICLES and prev_word.isalpha() and word == lemma_of(word):
        # "made an unprompted call for ...", "a recent report": an article and an
        # adjective make the word a noun; "a call for" still reports its sentence's subject.
        return noun_call_frame(text, ss, se, cs, ce)
    if word.endswith("s") and (
        prev_word in _QUANTITY or text[max(ss, cs - 2) : cs].strip().isdigit()
    ):
        return None  # "a dozen states", "20 reports", "many claims": a plural noun
    if prev_word in ("when", "if", "while", "after", "before", "as") and word.endswith("ed"):
        return None  # "When asked about ...": the subject answers later
    gap_before = text[max(ss, cs - 3) : cs]
    participle = word.endswith("ing")
    # A participle reports its sentence subject's words after a comma (", saying ...")
    # or after "including"/"by" ("including calling him a “genius”").
    # ... or after a noun that carries the words: "issued a statement saying ...",
    # "maintained a diplomatic stance stating he would ...".
    # ... and after a form of "be" it is a finite verb: "Trump is telling a town hall that".
    progressive = prev_word in ("is", "are", "was", "were")
    if (
        participle
        and not progressive
        and "," not in gap_before
        and prev_word not in ("including", "by")
        and not after_noun_phrase(prev)
    ):
        return None
    demand = _object_frame(text, ss, se, m)
    if demand is not None:
        return demand
    if word in _NAMING:
        return _naming_frame(text, ss, se, m, participle)
    start = _content_start(text, ce, se)
    # CONTENT, SOURCE CUE.  /  CONTENT, CUE SOURCE.
    tail = _tail_frame(text, ss, se, m, start)
    if tail is not None:
        return tail
    if start is None:
        return _quoting_object(text, ss, se, m)
    if word not in STRONG_FORMS and text[start - 5 : start].strip().lower() != "that":
        return None  # weak verbs ("added", "called") report speech only with "that"
    end = _content_end(text, start, se)
    if end <= start:
        return None
    source = source_of(text, ss, cs, ce)
    if source is None and not participle:
        return None
    return Frame((cs, ce), source, (start, end), _has_marks(text, start, end))


# Verbs whose object is what was said, with the word that introduces it: "called for a
# moratorium", "cited his record", "urged voters to ...".
_OBJECT_CUES: dict[str, str] = {"call": "for", "cite": "", "urge": ""}
# Verbs that judge someone on stated grounds, and the word that brings the grounds.
_JUDGING_CUES: dict[str, str] = {
    "accuse": "of",
    "blame": "for",
    "praise": "for",
    "criticise": "for",
    "criticize": "for",
    "thank": "for",
    "credit": "for",
    "slam": "for",
    "blast": "for",
}


def _object_frame(text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str]) -> Frame | None:
    """A reporting verb whose content is its object: a demand, a citation, evidence."""
    cs, ce = m.span()
    lemma = lemma_of(m.group())
    after = _words(text, ce, min(se, ce + 40))
    if not after or text[ce : after[0][0]].strip():
        return None
    start = after[0][0]
    if lemma in _OBJECT_CUES:
        link = _OBJECT_CUES[lemma]
        if link:
            if _norm(after[0][2]) != link or len(after) < 2:
                return None
            start = after[1][0]
        source = source_of(text, ss, cs, ce)
    elif lemma in _JUDGING_CUES:
        # "accused Obama of leading from behind", "praised Cruz for showing courage": the
        # person judged, then the grounds, a few words on.
        link = _JUDGING_CUES[lemma]
        if not any(_norm(w) == link for _, _, w in after[1:7]):
            return None
        source = source_of(text, ss, cs, ce)
    elif lemma in ("show", "find"):
        # Only evidence shows or finds: "the poll shows ...", not "he showed the way".
        source = mention_before(text, cs, ss)
        if source is None or _norm(source.text.split()[-1]) not in en.DOCUMENT_NOUNS:
            return None
        if _norm(after[0][2]) == "that" and len(after) > 1:
            start = after[1][0]  # "a study found that ...": "that" opens the content
    else:
        return None
    end = _content_end(text, start, se)
    if source is None or end - start < 4:
        return None
    return Frame((cs, ce), source, (start, end), _has_marks(text, start, end))


def _quoting_object(
    text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str]
) -> Frame | None:
    """A reporting verb whose object quotes the source: "promised to end the “rigged
    economy”", "blamed Clinton for the “disaster”", "referred to him as “Chris”".  Quote
    marks soon after the verb show that the words are the source's own."""
    cs, ce = m.span()
    end = _content_end(text, ce, se)
    found = _OPEN_MARK.search(text, ce, min(end, ce + 80))
    first_mark = found.start() if found else -1
    between = _words(text, ce, first_mark) if first_mark >= 0 else []
    if first_mark < 0 or any(_is_finite(w, loose=False) for _, _, w in between):
        return None  # no quotation soon, or another clause before it
    close = max(text.rfind("”", first_mark, end + 1), text.rfind('"', first_mark + 1, end + 1))
    inner_close = text.find("”", first_mark + 1, end + 1)
    if inner_close < 0:
        inner_close = text.find('"', first_mark + 1, end + 1)
    if inner_close > first_mark and _is_title(text[first_mark + 1 : inner_close]):
        return None  # "read “War and Peace”": a title, not the source's words
    start = _skip_space(text, ce, se)
    if close <= first_mark or start >= close:
        return None
    source = source_of(text, ss, cs, ce)
    if source is None:
        return None
    return Frame((cs, ce), source, (start, close + 1), True)


def _tail_frame(
    text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str], content_start: int | None
) -> Frame | None:
    """ "CONTENT, SOURCE CUE." and "CONTENT, CUE SOURCE." (``content_start`` is where a
    clause after the cue would start, if one does)."""
    cs, ce = m.span()
    if _norm(m.group()).endswith("ing"):
        return None  # ", saying ..." opens its content; it never closes one
    after_words = _words(text, ce, min(se, ce + 40))
    # A comma (or a comma and a closing mark) ends the content before the frame:
    # 'The media are "manipulating ...," Gilmore said.'
    head = text[ss:cs].rstrip()
    # "CONTENT, said SOURCE": a clause and a comma before the cue, a mention after it that
    # ends the sentence (or a relative clause follows it).
    after_mention = mention_after(text, ce, se) if _ends_with_comma(head) else None
    inverted = (
        after_mention is not None
        and _ends_clause(text, after_mention.end, se)
        and _is_clause(text, ss, text.rfind(",", ss, cs))
    )
    # The clause ends after the cue: end of sentence, or only adverbials follow.
    if (
        after_words
        and not inverted
        and (_norm(after_words[0][2]) == "that" or content_start is not None)
    ):
        return None
    source = mention_before(text, cs, ss)
    comma_at = None
    if source is not None and _COMMA_THEN_MODIFIERS.search(text, ss, source.start):
        comma_at = text.rfind(",", ss, source.start)
    elif inverted:
        # "..., said Putin."  "..., said a handful of Democrats who ..."
        source = after_mention
        comma_at = text.rfind(",", ss, cs)
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
    start = _trim_start(text, ss, comma_at)
    end = _trim_end(text, start, comma_at)
    if end - start < 12 or not _is_clause(text, start, end):
        return None
    return Frame((cs, ce), source, (start, end), _has_marks(text, start, end))


# After a cue, a comma and the rest of the sentence (a few adverbial words may come
# first: "said Tuesday, ...").
_PARENTHETICAL_REST = regex.compile(r"(?:\s[\p{L}\d.]++){0,3}?,\s++(?=[\p{L}“\"‘'])")


# The content's comma before the source, maybe with a closing mark and a modifier or two
# of the source in lower case (", campaign officials said").
_COMMA_THEN_MODIFIERS = regex.compile(
    r",[”\"’']?\s++(?:(?!(?:and|but|or|so|while|as|when|because)\s)[\p{Ll}-]++\s++){0,2}$"
)


def _ends_clause(text: str, pos: int, se: int) -> bool:
    """Whether the sentence ends at ``pos`` or goes on with a comma or a relative clause."""
    rest = text[pos:se].lstrip()
    if not rest or rest[0] in ",.;:)—–":
        return True
    return rest.split(None, 1)[0].lower() in ("who", "which", "whose", "on", "in", "at")


def _ends_with_comma(head: str) -> bool:
    return head.rstrip().rstrip("”\"’'").endswith(",")


def _naming_frame(
    text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str], participle: bool
) -> Frame | None:
    cs, ce = m.span()
    if reduced_relative(text, ss, cs, ce):
        return None  # "a website called “…”": a name given, not words said
    window_end = _content_end(text, ce, se)
    marks = [m.start() for m in _OPEN_MARK.finditer(text, ce, window_end)]
    if marks:
        # The content is the quoted words; the marks stay outside ("called Zelensky the
        # “greatest salesman”" -> greatest salesman).
        start = marks[0] + 1
        close = max(text.rfind("”", start, window_end + 1), text.rfind('"', start, window_end + 1))
        end = _trim_end(text, start, close) if close > start else window_end
        has = True
    else:
        as_at = _AS.search(text, ce, min(window_end, ce + 60))
        if as_at is None:
            return None
        start, end, has = as_at.end(), window_end, False
    source = passive_agent(text, cs, end, se) or source_of(text, ss, cs, ce)
    if end <= start:
        return None
    return Frame((cs, ce), source, (start, end), has)
