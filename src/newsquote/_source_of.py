"""The source of a cue inside a sentence: its subject, the subject of the verb a
participle continues ("X said on TV, adding ..."), or the name after an inverted cue."""

from __future__ import annotations

from ._clause import (
    _AUX,
    _cue_words,
    _is_finite,
    _norm,
    _sentence_subject,
    _words,
)
from ._cues import STRONG_FORMS, lemma_of
from ._speakers import Phrase, mention_after, mention_before

__all__ = ["after_noun_phrase", "source_of"]


def source_of(text: str, ss: int, cs: int, ce: int, limit: int | None = None) -> Phrase | None:
    """The source of the cue ``[cs, ce)`` in a sentence starting at ``ss``."""
    word = _norm(text[cs:ce])
    prev = _words(text, max(ss, cs - 40), cs)
    prev_word = _norm(prev[-1][2]) if prev else ""
    # A participle after a comma or "by" reports the sentence's subject ("Trump went
    # after Bush, calling him ..."); so does a verb coordinated with "and" ("Carson took
    # the stage and called the system ...").
    if word.endswith("ing") and (
        text[ss:cs].rstrip().rstrip("”\"’'").endswith(",")  # ', saying', '“Joe,” calling'
        or prev_word in ("by", "including", "while", "before", "after", "when", "upon")
        or after_noun_phrase(prev)
    ):
        # "“...,” Graham said on MSNBC, adding, “...”": the participle continues the
        # frame before it in the sentence, whose source is nearer than the subject.
        for earlier in reversed(_cue_words(text, ss, cs)):
            if _noun_use(text, ss, earlier.start()):
                continue  # "downplayed Ryan’s comments, saying ...": a noun, not a verb
            if _odd_marks(text, earlier.end(), cs):
                continue  # 'she stated, “I think …,” adding': a verb of the quotation
            # A weak cue in the past ("Lewandowski added, saying ...") is a verb here too:
            # only a verb takes the participle that follows it after a comma.
            past = _norm(earlier.group()).endswith("ed")
            if (_norm(earlier.group()) in STRONG_FORMS or past) and not earlier.group().endswith(
                "ing"
            ):
                found = mention_before(text, earlier.start(), ss)
                if found is not None and found.kind == "relative":
                    # "Mr. Trump, who said last week …, issued a statement saying": the
                    # relative clause's verb is not the one the participle goes with;
                    # the noun the clause describes speaks.
                    comma = text.rfind(",", ss, found.start)
                    if comma >= 0 and not text[comma + 1 : found.start].strip():
                        found = mention_before(text, comma, ss) or found
                if found is None and _inverted(text, ss, earlier.start()):
                    # '“…,” said Rep. Doe at the time, adding that …': the source
                    # follows its cue.
                    found = mention_after(text, earlier.end(), cs)
                if found is not None:
                    return found
                break
        return _sentence_subject(text, ss, cs)
    found = mention_before(text, cs, ss)
    if found is not None:
        found = _not_prepositional(text, ss, cs, word, found)
    if found is not None and _norm(found.text.split()[0]) in ("a", "an") and word == lemma_of(word):
        # "Sanders delivered a snappy retort:": the cue is a noun, its article no subject;
        # the sentence's subject speaks.
        found = _sentence_subject(text, ss, found.start) or found
    # "He went on to say, ...": an infinitive reports the subject of its sentence too.
    coordinated = any(_norm(w) in ("and", "but", "to") for _, _, w in prev[-2:])
    if found is None and coordinated:  # "and then predicted:", "went on to say"
        found = _sentence_subject(text, ss, cs)
        if found is not None and _inside_quote(text, ss, found.start):
            found = None  # '“We think so,” he said, and then predicted:': not "We"
        # ("and then predicted": an adverb may follow "and".)
        wide = _words(text, max(ss, cs - 120), cs)
        at = next((n for n in (-1, -2) if len(wide) >= -n and _norm(wide[n][2]) == "and"), 0)
        if found is None and at:
            # "such as when Cruz knocked Rubio on trade and called him …": no main
            # subject to take; the subject of the nearest verb before "and".
            verb = next((w for w in reversed(wide[:at]) if _is_finite(w[2], loose=False)), None)
            found = mention_before(text, verb[0], ss) if verb is not None else None
        return _antecedent(text, ss, cs, found)
    if found is None and limit is not None:
        found = mention_after(text, ce, limit)  # "…, said Putin:" / "told by X:"
    return found


def _antecedent(text: str, ss: int, cs: int, found: Phrase | None) -> Phrase | None:
    """The noun a relative pronoun describes, when the relative clause closes before the
    cue: "Jo Doe, who signed the law, interjected to say:" is said by Jo Doe."""
    if found is None or found.kind != "relative" or "," not in text[found.end : cs]:
        return found
    comma = text.rfind(",", ss, found.start)
    if comma < 0 or text[comma + 1 : found.start].strip():
        return found
    return mention_before(text, comma, ss) or found


def _not_prepositional(text: str, ss: int, cs: int, word: str, found: Phrase) -> Phrase:
    """The subject, when the phrase before the cue is the object of a preposition: "his
    campaign sent a text to supporters saying", "a source speaking to Fox News said"."""
    prev = _words(text, max(ss, found.start - 40), found.start)
    if len(prev) < 2 or _norm(prev[-1][2]) not in _OBJECT_PREPOSITIONS:
        return found
    if _norm(prev[-2][2]) == "according" or any(
        _norm(w) in _AUX for _, _, w in _words(text, found.end, cs)
    ):
        return found  # "according to X", "photos from the rally are revealing"
    if text[prev[-1][1] : found.start].strip():
        return found  # "In Iowa, Clinton said": a comma closes the adjunct
    before = prev[-2]
    if _norm(before[2]).endswith("ing"):
        return mention_before(text, before[0], ss) or found  # "a source speaking to X said"
    if word.endswith("ing"):
        return _sentence_subject(text, ss, cs) or found  # "sent an email to X saying"
    return found


# Prepositions whose object is no subject of the verb after it.
# ("with Trump yelling" is an absolute clause: Trump speaks.)
_OBJECT_PREPOSITIONS = frozenset("to on from at".split())


def _inside_quote(text: str, ss: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation that opens after ``ss``."""
    head = text[ss:pos]
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _odd_marks(text: str, start: int, end: int) -> bool:
    """Whether a quotation closes in ``[start, end)`` that opened before it: an odd number
    of double marks (a title in marks, '"Morning Joe,"', is a pair)."""
    piece = text[start:end]
    return (piece.count("“") + piece.count("”") + piece.count('"')) % 2 == 1


def _inverted(text: str, ss: int, cs: int) -> bool:
    """Whether the cue at ``cs`` follows a quotation or a comma, its source after it."""
    head = text[ss:cs].rstrip()
    return head.endswith((",", ",”", ',"', ",’", ",''", "?”", '?"', "!”", '!"'))


# Words after which a cue form is a noun: a possessive or a determiner ("Sanders’
# comments", "the report", "his statements").
_DETERMINERS = frozenset("the a an his her their its this these those my our your".split())


def _noun_use(text: str, ss: int, cs: int) -> bool:
    """Whether the cue form at ``cs`` is a noun after a possessive or a determiner."""
    prev = _words(text, max(ss, cs - 30), cs)
    if not prev or text[prev[-1][1] : cs].strip():
        return False
    word = _norm(prev[-1][2])
    if word in _DETERMINERS or word.endswith(("'s", "s'")):
        return True
    # An adjective between: "sounded a rare note of ..." (only a base form can be such a
    # noun: "the mayor said", "the mayor says" are verbs).
    here = _words(text, cs, min(len(text), cs + 30))
    cue = _norm(here[0][2]) if here else ""
    if len(prev) < 2 or lemma_of(cue) != cue:
        return False
    adjective = prev[-1][2]
    # A name as a modifier too: "posted a Facebook comment", "at a Senate hearing".
    modifier = adjective[:1].isupper() or (
        adjective[:1].islower() and not _is_finite(adjective) and not _is_adverb(adjective)
    )
    return modifier and _norm(prev[-2][2]) in ("a", "an")  # "the email read": a verb too


_ADVERBS = frozenset("then also later again still once now just never even soon finally".split())


def _is_adverb(word: str) -> bool:
    w = _norm(word)
    return w in _ADVERBS or (w.endswith("ly") and word[:1].islower() and len(w) > 4)


def after_noun_phrase(prev: list[tuple[int, int, str]]) -> bool:
    """Whether the words before a participle end in a noun phrase with its determiner."""
    tail = [_norm(w) for _, _, w in prev[-3:]]
    if len(tail) < 2 or tail[-1] in _AUX or tail[-1].endswith(("ly", "ing")):
        return False
    return any(w in ("a", "an", "the", "his", "her", "their", "its") for w in tail[:-1])
