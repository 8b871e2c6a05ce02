"""Credit to the sentence's named subject: a partial quotation or a belief in a clause
of "he"/"she" inside that subject's sentence ("Cruz has railed against what he calls the
“Washington cartel”", "Senator Hale made clear that he thinks ...") is the subject's, as
news annotation counts it."""

from __future__ import annotations

from ._clause import _sentence_subject as _clause_subject
from ._cues import STRONG_FORMS
from ._speakers import Phrase
from ._tokens import _norm, _words

__all__ = ["outer_subject"]


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
    kinds = _OUTER_KINDS if _norm(source.text) in ("he", "she") else _BODY_KINDS
    if subject is None or subject.kind not in kinds or subject.end > before[-1][0]:
        return source
    return subject
