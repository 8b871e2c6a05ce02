"""Credit to the sentence's named subject: a partial quotation or a belief in a clause
of "he"/"she" inside that subject's sentence ("Cruz has railed against what he calls the
“Washington cartel”", "Senator Hale made clear that he thinks ...") is the subject's, as
news annotation counts it."""

from __future__ import annotations

from ._clause import _sentence_subject as _clause_subject
from ._cues import STRONG_FORMS
from ._lexicon import en
from ._mention_shapes import _DETERMINERS
from ._speakers import Phrase
from ._tokens import _is_finite, _norm, _words

__all__ = ["outer_cue", "outer_subject"]


# Words that open a clause inside a sentence whose subject goes on speaking: "Cruz railed
# against what he calls the “Washington cartel”", "Perez contrasted the candidate, whom
# he described as “volatile”", "Bush went after Trump, when he called him “unhinged”".
_INNER_OPENERS = frozenset("what whom which who that when".split())
_OUTER_KINDS = frozenset({"name"})
# "it" and "they" take a named body: "The Security Council pledged sanctions against
# what it called “a clear threat”", "Clinton's campaign contrasted her approach with what
# they call Trump's “self-centered message”".
_OUTER_PRONOUNS = frozenset({"he", "she", "it", "they"})
_BODY_KINDS = frozenset({"organization"})
# Forms of "be": the bare ones end the search ("right to be angry"); the finite ones
# make a progressive with -ing ("is seeking") or a passive ("was known").
_BE = frozenset("be been being".split())
_BE_FINITE = en.BE_FORMS - _BE
_AUXILIARIES = _BE_FINITE | {"has", "have", "had"}
# How far before "what" the subject's verb may be: "is seeking to contrast her approach
# with what".
_OUTER_VERB_WORDS = 7


def outer_subject(text: str, ss: int, source: Phrase | None) -> Phrase | None:
    """The sentence's named subject when ``source`` is a pronoun that opens a relative or
    a "when" clause inside that sentence: the subject is the one whose words these are
    (news credits "what he calls the “cartel”" to the senator it is about)."""
    if source is None or source.kind != "pronoun" or _norm(source.text) not in _OUTER_PRONOUNS:
        return source
    before = _words(text, max(ss, source.start - 12), source.start)
    last = _norm(before[-1][2]) if before else ""
    if last not in _INNER_OPENERS and (last not in STRONG_FORMS or last.endswith("ing")):
        return source  # (also right after a cue: "Trump said he believes ...")
    subject = _clause_subject(text, ss, before[-1][0])
    if subject is not None and subject.kind == "pronoun" and subject.end <= before[-1][0]:
        if last == "what" and _norm(subject.text) == _norm(source.text):
            return subject  # "It is denouncing what it calls …": the same one, as subject
        return source
    kinds = _OUTER_KINDS if _norm(source.text) in ("he", "she") else _BODY_KINDS
    if subject is None or subject.kind not in kinds or subject.end > before[-1][0]:
        return source
    return subject


def outer_cue(text: str, subject: Phrase, source: Phrase, cue: tuple[int, int]) -> tuple[int, int]:
    """The cue of a frame whose pronoun ``source`` :func:`outer_subject` gave to the
    sentence's ``subject``: the subject's own verb nearest before the inner clause
    ("Ban Ki-moon condemned what he called a “brazen breach”" is a condemnation; "The
    campaign is seeking to contrast her approach with what they call ..." is the
    campaign's seeking), as news annotation counts it; ``cue`` when none is found."""
    if subject is source or subject.end > source.start:
        return cue
    words = _words(text, subject.end, source.start)
    if not words or _norm(words[-1][2]) != "what":
        return cue  # ("whom he described as …" keeps its own verb: it describes one noun)
    # "It’s denouncing what": the auxiliary is contracted onto the subject.
    contracted = text[subject.end : subject.end + 1] in ("'", "’")
    for k in range(len(words) - 2, max(-1, len(words) - 2 - _OUTER_VERB_WORDS), -1):
        s, e, w = words[k]
        if k == 0 and contracted and w.endswith(("ing", "ed")) and w[:1].islower():
            return s, e
        if _norm(w) in _BE:
            return cue  # "says Americans are “right to be angry,” but also hungry for what"
        if k > 0 and _norm(words[k - 1][2]) in _DETERMINERS:
            continue  # "known for his hatred of what he called": a noun
        if k > 0 and _norm(words[k - 1][2]) in _BE_FINITE and not w.endswith("ing"):
            return cue  # "was known for …": a passive says nothing of the subject's words
        if w[:1].islower() and _norm(w) not in _INNER_OPENERS and _is_finite(w, loose=False):
            after = words[k + 1][2] if k + 1 < len(words) else ""
            if _norm(w) in _AUXILIARIES and after.endswith(("ing", "ed")):
                return s, words[k + 1][1]  # "is seeking", "has railed"
            return s, e
    return cue
