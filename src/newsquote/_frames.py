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
``SOURCE called for / cited X``        a demand or a citation ("pointed to"): the object is content
``EVIDENCE shows / found X``           "a new poll shows Democrats ahead"
==================================  ===========================================================

The object and naming frames are in :mod:`._objects`, the noun cues ("SOURCE's NOUN
that") in :mod:`._noun_cues`, the phrase cues ("according to") in :mod:`._phrase_frames`,
the frames whose source follows their content in :mod:`._tails`, the limits of a content
before a second attribution in :mod:`._bounds`, and sources that are no mention ("several
observers") in :mod:`._bare`.
When a sentence's tail attribution ("..., CNN reported.", "..., according to Z.") holds
other frames in its content, the tail is the outer frame and they are dropped.
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs
import regex

from ._bare import bare_subject, is_share, survey_source, with_epithet_owner
from ._bounds import inner_end, relative_clause_end
from ._causatives import caused_to
from ._clause import (
    Frame,
    _cue_words,
    _has_marks,
    _Intervals,
    _norm,
    _overlaps,
    _sentence_subject,
    _skip_space,
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
from ._noun_cues import named_noun_frame, noun_cue_frames
from ._objects import NAMING, naming_frame, object_frame, quoting_object
from ._outer import outer_subject
from ._partial import (
    _ARTICLES,
    _before_direct,
    headline_frame,
    noun_call_frame,
    verb_quote_frame,
)
from ._phrase_frames import inside as _inside
from ._phrase_frames import phrase_frames, reports_quotation, said_it
from ._reported import _content_end, _content_start, _goes_on_to
from ._source_of import absolute_subject, second_participle
from ._tails import tail_frame

__all__ = ["Frame", "find_frames", "lead_in", "lead_in_subject"]


# Reporting verbs whose base and -s forms are as often nouns in news ("a recent report",
# "the police say" is a verb: "say" is never a noun after an article and a word).
_NOUN_LIKE = frozenset(
    """
    call report claim comment remark state challenge contest promise pledge vow warning
    answer reply question charge estimate forecast post tweet point note demand counter
    retort quip joke echo protest dispute hint signal advice plea hope fear
    worry show find praise credit blame advocate
    """.split()
)


# Cue words whose base and -s forms are nearly always nouns in news ("the Senate
# contests", "his opening remarks", "caucus states"); only their past and participle
# forms report ("remarked that", "challenging the claim").
# Finite forms that follow a subject's head noun: "protest leaders said".
_FINITE_CUES = frozenset("said says say told tell tells".split())


_MOSTLY_NOUNS = frozenset("contest comment remark challenge state".split())


_PREPOSITIONS = frozenset("to in on at for with from of by into across among".split())


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


# A closing quotation mark after a comma, and a short subject right before a cue: the
# cue frames that quotation, so what follows the cue is an adjunct, not speech.
# (not a second clause: '“acted too late,” and he said he hoped ...')
_QUOTE_TAIL = regex.compile(
    r"[,?!—–-][”\"’']\s++(?!(?:and|but|while|though|although|whereas|yet)\s)"
    r"(?:[\p{L}\d.'’-]++\s++){1,6}+$"
)


# "He's claiming", "they're saying": a pronoun and a contracted "be" before a participle.
_CONTRACTED_BE = regex.compile(r"(?:he|she|it|they|we|you|who)['’](?:s|re)")


# "He's said", "She's told": a person and a contracted auxiliary before a cue.
_CONTRACTED_PERSON = regex.compile(r"(?:he|she)'s")


def _extend_over_quotes(text: str, frame: Frame, spans: list[MarkSpan], starts: list[int]) -> Frame:
    """A content that opens a quotation runs to its close, across sentence ends
    ("he hopes that “Trump’s commitment ... affairs. This is ... together.”").
    ``starts`` are the spans' opening offsets, in order."""
    start, end = frame.content
    # Only the span around the content's start and those inside the content matter (a
    # bisect, not a scan of the paragraph's spans for each frame).
    first = max(0, bisect.bisect_right(starts, start) - 1)
    for s in itertools.islice(spans, first, bisect.bisect_left(starts, end)):
        # (the content may start just inside the opening mark: 'chanted “Four more years!')
        opens = start <= s.open < end or (
            s.open < start <= s.content_start and _cut_short(text, end, s.content_end)
        )
        if opens and s.content_end > end:
            start = min(start, s.open)
            close = s.after if s.close is not None else s.content_end
            return attrs.evolve(frame, content=(start, close), has_marks=True)
        if s.open < start <= s.content_start and s.after <= end:
            # 'chanted "What curfew?" and kept going': the content keeps its opening mark
            return attrs.evolve(frame, content=(s.open, end), has_marks=True)
    return frame


def _cut_short(text: str, end: int, content_end: int) -> bool:
    """Whether words of the quotation lie past ``end`` (not a stop before its mark)."""
    return any(c.isalnum() for c in text[end:content_end])


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
    # A cue that frames a direct quotation frames nothing else: '“…,” she told an
    # audience of academics' (the hearer is no content).
    direct_cues = {f.cue for f in frames if f.content[1] <= f.cue[0]}
    opens = [s.open for s in spans]
    for ss, se in sentences:
        for found in _sentence_frames(text, ss, se, blocked, quoted, direct_cues):
            frame: Frame | None = _extend_over_quotes(text, found, spans, opens)
            if (
                frame is not None
                and blocked.overlaps(frame.content)
                and not (frame.outer and reports_quotation(text, frame))
            ):
                frame = _before_direct(text, frame, blocked)
            if frame is None or (taken.overlaps(frame.content) and not frame.outer):
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
    text: str,
    ss: int,
    se: int,
    blocked: _Intervals,
    quoted: _Intervals,
    direct_cues: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
) -> list[Frame]:
    out = noun_cue_frames(text, ss, se, blocked)
    # A "sentence" with more cue words than this is a run of text without sentence ends
    # (thousands of quotations and tails): its direct quotations are all found, but
    # reported clauses only after its first cue words (each cue is checked against the
    # frames before it, which would cost quadratic time).
    for m in _cue_words(text, ss, se)[:_MAX_SENTENCE_CUES]:
        if blocked.contains(m.start()) or (
            out and any(_overlaps(m.span(), f.content) for f in out)
        ):
            continue
        if quoted.contains(m.start()):
            continue  # a word inside quotation marks is quoted, not a cue ("a third Obama term")
        if direct_cues and m.span() in direct_cues:
            continue  # the cue of a quotation before it: '“…,” she told an audience of ...'
        frame = _verb_frame(text, ss, se, m)
        if frame is not None:
            if frame.content[1] <= frame.cue[0] and not blocked.overlaps(frame.content):
                # "X said Y, CNN reported.": the tail attribution is the outer frame; the
                # frames inside its content are what the source reported ...
                inner = [f for f in out if _inside(f, frame)]
                if any(f.has_marks for f in inner):
                    # ... but quoted words belong to the person quoted: 'Peskov called the
                    # claim “inaccurate,” Caliber.Az reports.' keeps Peskov's frame.
                    continue
                if any(said_it(text, f) for f in inner):
                    # ... and "Lee said X, officials said." is Lee's statement, which the
                    # officials report: both are kept, the tail as the outer frame.
                    frame = attrs.evolve(frame, outer=True)
                else:
                    out = [f for f in out if f not in inner]
            elif frame.cue[1] <= frame.content[0] and any(
                _inside(f, frame) and not _object_noun_cue(text, f, frame) for f in out
            ):
                # "argues there is little point for Mexico to respond to Mr. Trump's threats
                # to ...": a noun cue inside the reported clause is part of what the source
                # said; both are kept, the verb's as the outer frame.  (A noun cue that is
                # the verb's object is no clause: "Voters rejected the mayor's claim that".)
                frame = attrs.evolve(frame, outer=True)
            out.append(frame)
    return phrase_frames(text, ss, se, blocked, out, quoted)


# How many cue words of one sentence are read (see ``_sentence_frames``).
_MAX_SENTENCE_CUES = 200


def _object_noun_cue(text: str, noun: Frame, verb: Frame) -> bool:
    """Whether a noun-cue frame is the whole of a verb's content, its object ("Voters
    rejected the mayor's claim that the budget was balanced"), not the subject of a
    clause after "that" ("said that Rubio's claim that ... is “simply not true”")."""
    return (
        noun.source is not None
        and noun.source.start <= verb.content[0]
        and noun.content[1] >= verb.content[1] - 1
        and not text[max(0, verb.content[0] - 5) : verb.content[0]].startswith("that")
    )


# Object pronouns: the hearer after "told" ("told him the deal was off").
_OBJECT_PRONOUNS = frozenset("him her them us me you".split())
_HE = frozenset("he she they it we i".split())


def _past_hearer(text: str, ce: int, start: int, se: int) -> int:
    """After "tell" the first noun phrase is the hearer, not the content's subject: "told
    Reuters the deal was off", "told him ...", "told reporters ..." (a name, an object
    pronoun or a bare plural noun); the content starts after it when a clause follows."""
    words = _words(text, start, min(se, start + 80))
    if not words or text[ce:start].strip():
        return start
    low = _norm(words[0][2])
    if low in _OBJECT_PRONOUNS or (
        low.endswith("s") and low.isalpha() and low not in _CLAUSE_SUBJECT and low != "this"
    ):
        n = 1  # "told him", "told reporters"
    elif (
        low in ("the", "a", "his", "her", "their") and len(words) > 2 and _norm(words[2][2]) in _HE
    ):
        n = 2  # "told the crowd she would win": a subject pronoun opens the clause
    else:
        n = 0
        while n < min(len(words), 4) and words[n][2][:1].isupper():
            n += 1  # "told Reuters", "told CNN's Jake Tapper"
    if n == 0 or n >= len(words):
        return start
    after = _content_start(text, words[n - 1][1], se)
    return start if after is None else after


# Words after which a reporting participle frames its sentence subject's words: "including
# calling him a “genius”", "by saying", "erred in saying that ...", "while insisting that"
# (not "after saying", nor one that opens its sentence: "While insisting ..., she was" has
# its subject still to come).
_PARTICIPLE_PREPS = frozenset("including by in while".split())


# Adverbs between a subject and its verb: "advocates also said".
_MID_ADVERBS = frozenset("also then later still often again now".split())


def _verb_next(nxt: list[tuple[int, int, str]], word: str, lemma: str) -> bool:
    """Whether the words after a cue word show it is no verb: another finite reporting
    verb follows it (after an adverb), or "to" and a reporting verb."""
    if not nxt:
        return False
    first = _norm(nxt[0][2])
    if word == "think" and first in ("tank", "tanks"):
        return True  # "a progressive think tank": a noun
    k = 1 if first in _MID_ADVERBS and len(nxt) > 1 else 0
    w = nxt[k][2]
    low = _norm(w)
    if w[:1].islower() and low in _FINITE_CUES:
        return first != "that" and (k == 0 or first != "to")
    if first == "to" and len(nxt) > 1 and _norm(nxt[1][2]) in REPORTING_FORMS:
        return True  # "continued to say": the second verb is the cue
    # "some protest leaders said": a noun before the head noun of the subject.
    nounish = word in (lemma, lemma + "s") and (lemma in _NOUN_LIKE or lemma in en.REPORTING_NOUNS)
    if nounish and len(nxt) > 1 and first.isalpha() and nxt[0][2][:1].islower():
        second = _norm(nxt[1][2])
        return second in _FINITE_CUES
    return False


def _verb_frame(text: str, ss: int, se: int, m: re.Match[str] | regex.Match[str]) -> Frame | None:
    word = _norm(m.group())
    cs, ce = m.span()
    if m.group()[:1].isupper() and text[ss:cs].strip(" “\"‘'(—–-:"):
        return None  # a capital inside a sentence: a name ("the United States") or a headline
    prev = _words(text, max(ss, cs - 40), cs)
    prev_word = _norm(prev[-1][2]) if prev else ""
    if (prev_word in _NOT_AFTER and not _goes_on_to(prev) and not caused_to(prev)) or (
        prev_word.endswith("'s") and not _CONTRACTED_PERSON.fullmatch(prev_word)
    ):
        return None  # "to say", "the report", "Trump's statement": not a reporting verb here
    if word == "known" and not text.startswith(" that ", ce):
        return None  # "a system known as SMART", "best known for": a name or a fame
    before_prev = _norm(prev[-2][2]) if len(prev) > 1 else ""
    if prev_word[:1].isalpha() and prev[-1][2][:1].isupper() and word == lemma_of(word):
        # "a New York Times report that ...": a noun, and the name its source.
        named, frame = named_noun_frame(text, ss, se, cs, ce)
        if named:
            return frame
    if (
        lemma_of(word) in _MOSTLY_NOUNS
        and not word.endswith(("ed", "ing"))
        and (
            not text.startswith(" that ", ce)
            or prev_word in _PREPOSITIONS
            or before_prev in _PREPOSITIONS
        )
    ):
        # "Senate contests", "his opening remarks": nouns, far commoner in news; so is one
        # after a preposition ("moves to western states that ...": a relative "that").
        return None
    lemma = lemma_of(word) or word
    if (
        before_prev in _ARTICLES
        and prev_word.isalpha()
        and word == lemma
        and (lemma in _NOUN_LIKE or lemma in en.REPORTING_NOUNS)
    ):
        # "made an unprompted call for ...", "a recent report": an article and an
        # adjective make the word a noun; "a call for" still reports its sentence's subject.
        return noun_call_frame(text, ss, se, cs, ce)
    if word.endswith("s") and (
        prev_word in _QUANTITY or text[max(ss, cs - 2) : cs].strip().isdigit()
    ):
        return None  # "a dozen states", "20 reports", "many claims": a plural noun
    if word.endswith("s") and before_prev in _PREPOSITIONS and prev_word in en.PARTY_ADJECTIVES:
        return None  # "22% of Democratic claims": a preposition's object, a plural noun
    if prev_word in en.ELLIPTIC_OPENERS and word.endswith("ed"):
        return None  # "When asked about ...": the subject answers later
    gap_before = text[max(ss, cs - 3) : cs]
    participle = word.endswith("ing")
    # A participle reports its sentence subject's words after a comma (", saying ...")
    # or after "including"/"by" ("including calling him a “genius”").
    # ... or after a noun that carries the words: "issued a statement saying ...",
    # "maintained a diplomatic stance stating he would ...".
    # ... and after a form of "be" it is a finite verb: "Trump is telling a town hall that".
    progressive = prev_word in ("is", "are", "was", "were") or bool(
        _CONTRACTED_BE.fullmatch(prev_word)  # "He's claiming that ..."
    )
    if (
        participle
        and not progressive
        and "," not in gap_before
        and (prev_word not in _PARTICIPLE_PREPS or len(prev) < 2)
        and not after_noun_phrase(prev)
        and not (prev_word == "and" and second_participle(text, ss, cs))
        # ... or its own subject after "with": "with Senator McCain telling reporters …"
        and absolute_subject(text, ss, cs, prev) is None
    ):
        return None
    nxt = _words(text, ce, min(se, ce + 40))[:3]
    if _verb_next(nxt, word, lemma):
        # "Iowa biofuels advocates say ...", "protest leaders said ...": the word is a
        # noun of the subject and the verb after it is the cue; "continued to say ...":
        # the cue after "to" frames the speech.
        return None
    demand = object_frame(text, ss, se, m)
    if demand is not None:
        return demand
    if word in NAMING:
        return naming_frame(text, ss, se, m, participle)
    start = _content_start(text, ce, se)
    # CONTENT, SOURCE CUE.  /  CONTENT, CUE SOURCE.
    tail = tail_frame(text, ss, se, m, start)
    if tail is not None:
        return tail
    if start is None:
        return quoting_object(text, ss, se, m)
    after_that = text[start - 5 : start].strip().lower() == "that"
    if lemma == "tell" and not after_that:
        start = _past_hearer(text, ce, start, se)
    if word not in STRONG_FORMS and not after_that:
        return None  # weak verbs ("added", "called") report speech only with "that"
    if after_that and text.startswith(",", start) and prev_word == "having":
        return None  # "Having said that, ...": a discourse marker, no speech
    if after_that and text.startswith(",", start):
        start = _skip_space(text, start + 1, se)  # "said that, according to X, ..."
    if not after_that and not participle and _QUOTE_TAIL.search(text, max(ss, cs - 120), cs):
        return None  # '“We lost,” he told reporters at a forum hosted by ...': the quote's cue
    end = inner_end(text, ss, cs, start, _content_end(text, start, se))
    if end <= start:
        return None
    if len(prev) == 1 and prev_word == "having" and prev[0][0] == _trim_start(text, ss, cs):
        # "Having announced that ..., Judge Berman proceeded ...": the main subject.
        source = _sentence_subject(text, ss, se)
    else:
        source = source_of(text, ss, cs, ce)
        if source is not None and lemma in en.BELIEF_VERBS:
            # "Smith said that he believes ...": the named reporter's attribution.
            source = outer_subject(text, ss, source)
        if source is not None:
            source = with_epithet_owner(text, _trim_start(text, ss, cs), source)
        if source is not None and is_share(source):
            # "In a CBS News survey, 79 percent said ...": the survey reports its shares.
            source = survey_source(text, ss, cs) or source
    if source is None and not participle:
        # "Only 24 percent said ...": a sentence that opens with its source (not "You
        # know ...", and not a noun: "One protest organizer says ...").
        nounish = lemma in _NOUN_LIKE and word in (lemma, lemma + "s", lemma + "es")
        if (nounish and not after_that) or lemma == "know":
            return None
        source = bare_subject(text, _trim_start(text, ss, cs), cs)
        if source is None:
            return None
    if source is not None and source.kind == "relative":
        end = relative_clause_end(text, ss, source.start, start, end)
    return Frame((cs, ce), source, (start, end), _has_marks(text, start, end))
