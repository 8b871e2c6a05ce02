"""Frames without a reporting frame's usual shape.

* partial quotations framed by any verb: "Trump later defended his comments as being
  “sarcastic.”", "First, Trump identified the judge as “Spanish,”".  News quotes a few
  words of a source inside a clause whose verb is no reporting verb ("defended",
  "identified", "summed up"): the marks show that the words are the subject's own.  This
  is the last frame tried, for a partial quotation no reporting frame took;
* headlines in title case ("Trump Says He Will Win Florida");
* cue words that are nouns ("an unprompted call for ...") or participles that name a
  thing ("a website called “…”");
* the source of "according to" up to its comma;
* a content cut before a direct quotation it would run into.
"""

from __future__ import annotations

import attrs
import regex

from ._causatives import caused_source
from ._clause import (
    _AUX,
    Frame,
    _has_marks,
    _Intervals,
    _is_finite,
    _is_title,
    _norm,
    _sentence_subject,
    _skip_space,
    _trim_end,
    _words,
)
from ._cues import REPORTING_FORMS, STRONG_FORMS
from ._direct import put_it
from ._lexicon import en
from ._marks import MarkSpan
from ._outer import outer_cue, outer_subject
from ._reported import _content_end
from ._speakers import Phrase, classify, mention_after, mention_before

__all__ = ["headline_frame", "noun_call_frame", "reduced_relative", "verb_quote_frame"]


# The verb stands close to the quotation it introduces ("defended his comments as being
# “sarcastic”" is five words); further away, the quotation belongs to another clause.
_VERB_WINDOW = 8
_PUT_IT_WINDOW = 200
# Words that end the clause the quotation is in: the verb must come after them.
# A passive verb has no speaker in its subject ("was labeled “top secret” by ...").
_PASSIVE_AUX = frozenset("be been being is are was were get gets got".split())
# Participles that name a thing after a noun: "an article titled “…”", "a group called".
_NAMING_PARTICIPLES = frozenset(
    "titled entitled called named dubbed labeled labelled known headlined billed".split()
)
# Sources that speak for themselves: a nominal subject of any verb ("a warm-up band
# called “…”", "the disruptions have become …") is rarely quoted.
_PERSONAL = frozenset({"name", "pronoun", "organization"})
_DETERMINERS = frozenset("a an the his her their its my our your this these those".split())
# An -ed word right after a preposition is an adjective ("for undocumented immigrants",
# "of unprecedented scale"), not the verb that frames the quotation.
_PREPOSITIONS = frozenset("of for with in on at from by about into against among".split())
_CLAUSE_BREAKS = frozenset("and but or because while although though whereas if".split())


def verb_quote_frame(text: str, ss: int, se: int, span: MarkSpan) -> Frame | None:
    """A frame for the partial quotation ``span`` in the sentence ``[ss, se)``, with the
    nearest finite verb before it as the cue, or None."""
    if span.close is None or span.content_end - span.content_start < 2:
        return None
    if _is_title(text[span.content_start : span.content_end]):
        return None  # “Scam.” a title of a work
    # "as he puts it" stands right before the quotation: a bounded window keeps a long
    # run-on sentence with many quotations linear.
    put = put_it(text, max(ss, span.open - _PUT_IT_WINDOW), span.open)
    if put is not None:
        # "That's because, as he puts it, “the best thing …” is that …"
        return Frame(put[0], put[1], (span.content_start, span.content_end), True)
    before = _words(text, max(ss, span.open - 120), span.open)[-_VERB_WINDOW:]
    # "admires Putin as a “strong leader”", "has been pounding Trump as a “con artist”":
    # before "as" and a description, the verb may be an -s form or a participle.
    described = bool(before) and any(_norm(w) == "as" for _, _, w in before[-3:])
    verb = None
    for k in range(len(before) - 1, -1, -1):
        s, e, w = before[k]
        low = _norm(w)
        if low in _CLAUSE_BREAKS or (low in REPORTING_FORMS and low.endswith("ing")):
            return None  # another clause, or a participle that opens a frame of its own
        owner = _norm(before[k - 1][2]) if k > 0 else ""
        # ... and so is one right after a verb ("called undocumented immigrants
        # “rapists”", "compiling detailed “dossiers”"): the verb is further back.
        adjective = low.endswith("ed") and (
            owner in _PREPOSITIONS or owner in REPORTING_FORMS or owner.endswith("ing")
        )
        party = (
            owner in en.PARTY_ADJECTIVES
            and k > 1
            and _norm(before[k - 2][2]) in _PREPOSITIONS
            and low.endswith("s")
        )  # "22% of Democratic claims as “entirely true”": a plural noun
        if adjective or party or owner in _DETERMINERS or owner.endswith(("'s", "s'")):
            # "defended his comments as …", "Trump's comments about immigrants were
            # “intolerable”": after a determiner or a possessive, a noun, not the verb.
            continue
        if w[:1].islower() and low not in _AUX and _is_finite(w, loose=False):
            verb = (s, e)
            break
        nxt = before[k + 1][2] if k + 1 < len(before) else ""
        if described and w[:1].islower() and low not in _AUX and _describing(w, before, k, nxt):
            verb = (s, e)
            break
    if verb is None:
        return None
    cue = verb
    if text.startswith(",", verb[1]):
        # '“Savage,” she said, meaning that he is “radical enough”': after a cue and a
        # comma, a participle frames the quotation (its subject is the cue's), never
        # the cue before the comma.
        cue = _participle_after(text, before, verb[1]) or verb
    prev = _words(text, max(ss, verb[0] - 30), verb[0])
    prev_word = _norm(prev[-1][2]) if prev else ""
    if prev_word == "so" and _norm(text[verb[0] : verb[1]]) == "called":
        return None  # "the so called “initiative”": the writer's distance, no speaker
    if prev_word in _PASSIVE_AUX:
        return None  # "has been described as a “political army”": no one speaks here
    if _norm(text[verb[0] : verb[1]]) in _NAMING_PARTICIPLES and prev_word[:1].islower():
        return None  # "a play called “Los Hijos de Trump”": a name, not a source's words
    source = (
        mention_before(text, verb[0], ss)
        or (caused_source(text, ss, verb[0]) if prev_word == "to" else None)
        or _sentence_subject(text, ss, verb[0])
    )
    inner, source = source, outer_subject(text, ss, source)
    if source is None or source.end > verb[0] or source.kind not in _PERSONAL:
        return None
    start = _skip_space(text, cue[1], span.open)
    if cue != verb and text.startswith("that ", start):
        start += 5  # ", meaning that he is …"
    elif text.startswith(",", start):
        start = _skip_space(text, start + 1, span.open)  # "he said, by “clinging …”"
    end = max(_content_end(text, start, se), span.after)
    if described:
        end = span.after  # the description ends with its quotation
    if inner is not None and cue == verb:
        cue = outer_cue(text, source, inner, cue)  # "railed against what he described as …"
    return Frame(cue, source, (start, min(end, se)), True)


def _participle_after(
    text: str, before: list[tuple[int, int, str]], comma: int
) -> tuple[int, int] | None:
    """The participle right after the comma at ``comma`` (", meaning", ", instead
    seeking"), or None."""
    after = [w for w in before if w[0] > comma][:2]
    if after and _norm(after[0][2]) in _PARTICIPLE_ADVERBS:
        after = after[1:]
    if not after or not after[0][2].endswith("ing") or not after[0][2][:1].islower():
        return None
    return after[0][0], after[0][1]


_PARTICIPLE_ADVERBS = frozenset("instead also then again apparently perhaps".split())


def _describing(word: str, words: list[tuple[int, int, str]], k: int, nxt: str) -> bool:
    """Whether ``word`` (``words[k]``) is the verb of "VERB OBJECT as “…”" though no past
    form: an -s form after an adverb or a pronoun ("Trump openly admires", "he calls") or
    between a name and a capitalised object ("Trump admires Putin as"); a participle after
    a form of "be" or an adverb ("has been steadily pounding")."""
    low = _norm(word)
    before = words[k - 1][2] if k > 0 else ""
    prev = _norm(before)
    if low.endswith("ing"):
        return prev in en.BE_FORMS or prev.endswith("ly")
    if not _is_finite(word):
        return False
    if prev.endswith("ly") or prev in ("he", "she", "it"):
        return True
    return before[:1].isupper() and nxt[:1].isupper() and k > 1


# Articles before an adjective and a cue word make the cue a noun ("an impassioned call").
_ARTICLES = frozenset("a an the".split())


def noun_call_frame(text: str, ss: int, se: int, cs: int, ce: int) -> Frame | None:
    """A cue word used as a noun (``[cs, ce)`` after an article and an adjective) frames
    nothing, except "a call for": "Cruz made an unprompted call for an end to sugar
    subsidies" reports the sentence's subject."""
    if _norm(text[cs:ce]) != "call" or text[ce : ce + 5] != " for ":
        return None
    subject = _sentence_subject(text, ss, cs)
    start = _skip_space(text, ce + 4, se)
    end = _content_end(text, start, se)
    if subject is None or end <= start:
        return None
    return Frame((cs, ce), subject, (start, end), _has_marks(text, start, end))


# Words before a past form that make it a finite verb, not a participle after a noun.
_NOT_NOUNS = frozenset(
    "who which that he she it they we i you also then later and but or nor yet so once".split()
)


def reduced_relative(text: str, ss: int, cs: int, ce: int) -> bool:
    """Whether the -ed word ``[cs, ce)`` is a participle after a singular common noun ("a
    website called “…”", "an inflation formula called the “chained CPI”"): it names a
    thing; nobody speaks.  A plural noun before it is more often a subject ("critics
    called …")."""
    word = _norm(text[cs:ce])
    prev = _words(text, max(ss, cs - 30), cs)
    if not word.endswith("ed") or not prev or text[prev[-1][1] : cs].strip():
        return False
    low = _norm(prev[-1][2])
    return (
        prev[-1][2][:1].islower()
        and not low.endswith(("s", "ly"))
        and low not in _NOT_NOUNS
        and low not in _AUX
        # "The minister described the plan as ...": a person's role is the verb's subject.
        and low not in en.ROLE_NOUNS
    )


# Headline cues: the present tense of a reporting verb, capitalised ("Trump Says ...").
_HEADLINE_CUES = frozenset(f for f in STRONG_FORMS if f.endswith("s") and not f.endswith("ss"))
# A headline is one short line with most of its words capitalised.
_HEADLINE_CHARS = 200
_HEADLINE_CAPITALS = 0.7


def headline_frame(text: str, para: tuple[int, int]) -> Frame | None:
    """ "Bernie Sanders Says He’s Already Started Writing His Speech": a headline in title
    case attributes its clause to the name before its capitalised cue (the capital hides
    the cue from the sentence rules, which take a capitalised verb for a name)."""
    ps, pe = para
    if pe - ps > _HEADLINE_CHARS:
        return None
    words = _words(text, ps, pe)
    if len(words) < 4 or "\n" in text[ps:pe].strip():
        return None
    for k in range(1, min(len(words) - 1, 6)):
        s, e, w = words[k]
        if w[:1].isupper() and w.lower() in _HEADLINE_CUES:
            # (the share of capitals is counted only for a line with a cue: cheaper)
            if sum(x[2][:1].isupper() for x in words) < _HEADLINE_CAPITALS * len(words):
                return None
            head = words[:k]
            if not all(t[2][:1].isupper() for t in head):
                return None
            phrase = text[head[0][0] : head[-1][1]]
            source = Phrase(head[0][0], head[-1][1], phrase, classify(phrase))
            start = words[k + 1][0]
            end = _trim_end(text, start, pe)
            if end - start < 8:
                return None
            return Frame((s, e), source, (start, end), _has_marks(text, start, end))
    return None


def _phrase_up_to_comma(text: str, start: int, se: int) -> Phrase | None:
    """ "according to the officer in charge of the base, ...": the source is the whole
    noun phrase up to the comma (or the sentence end), when it is short."""
    start = _skip_space(text, start, se)
    se = min(se, start + 200)
    comma = text.find(",", start, se)
    end = comma if comma >= 0 else se
    relative = _RELATIVE_CLAUSE.search(text, start, end)
    if relative is not None:
        # "according to reporters in Moscow who attended the briefing at the Kremlin":
        # the relative clause describes the source; the phrase before it names it.
        end = relative.start()
    end = _trim_end(text, start, end)
    if end <= start or len(text[start:end].split()) > 12:
        return None
    return Phrase(start, end, text[start:end], classify(text[start:end]))


_RELATIVE_CLAUSE = regex.compile(r"\s(?:who|whom|whose|which|that)\s")


def _before_direct(text: str, frame: Frame, blocked: _Intervals) -> Frame | None:
    """A content that runs into a direct quotation ends at the comma before it: "After
    Scalia said that ... “less advanced schools,” Trump said: “…”"."""
    cs, ce = frame.content
    direct = blocked.first_start(cs, ce)
    if direct is None or blocked.contains(cs):
        return None
    cut = text.rfind(",", cs, direct)
    if cut - cs < 12 or frame.cue[0] >= cut:
        return None
    end = _trim_end(text, cs, cut)
    return attrs.evolve(frame, content=(cs, end), has_marks=_has_marks(text, cs, end))


# After a passive verb and its quotation, the agent: 'has been called “strategic
# ambiguity” by Joshua Hendrick'.
_BY_AGENT = regex.compile(r"[”\"’']?[ \t]++by(?=\s)")


def passive_agent(text: str, cs: int, end: int, se: int) -> Phrase | None:
    """The agent of a passive cue ``cs`` ("been called “…” by X"), or None."""
    prev = _words(text, max(0, cs - 20), cs)
    if not prev or _norm(prev[-1][2]) not in _PASSIVE_AUX:
        return None
    by = _BY_AGENT.match(text, end, se)
    return mention_after(text, by.end(), se) if by is not None else None
