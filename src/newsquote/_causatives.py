"""Causative verbs: the object of "prompted", "led", "forced" speaks the infinitive after
it ("The ruling prompted the senator to say ...", "leading rivals like Tom Ames to counter
that ...")."""

from __future__ import annotations

from ._speakers import Phrase, mention_before
from ._tokens import _norm, _words

__all__ = ["_caused", "caused_source", "caused_to"]


def _caused(text: str, ss: int, to: int) -> Phrase | None:
    """The object of a causative verb, who speaks the infinitive after it: "The ruling
    prompted the senator to say ...", "the leak forced the agency, which had ..., to
    admit ..."."""
    wide = _words(text, max(ss, to - 120), to)
    verb = next((w for w in reversed(wide) if w[2] in _CAUSATIVES), None)
    if verb is None:
        return None
    found = mention_before(text, to, verb[1])
    obj = _words(text, verb[1], to)
    if found is None and len(obj) == 1 and _norm(obj[0][2]) in _OBJECT_PRONOUNS:
        s, e, w = obj[0]
        return Phrase(s, e, w, "pronoun")  # "prompting her to say"
    if found is not None and found.kind == "relative":
        comma = text.rfind(",", verb[1], found.start)
        if comma < 0 or text[comma + 1 : found.start].strip():
            return None
        found = mention_before(text, comma, verb[1])
    between = text[verb[1] : found.start].strip() if found is not None else ""
    if found is None or (between and not between.endswith(_EXAMPLE_OPENERS)):
        return None  # "prompted calls for him to say": not the verb's object
    return found  # (also "led advisers like Gene Sperling to counter": an example)


_OBJECT_PRONOUNS = frozenset("him her them".split())


def caused_source(text: str, ss: int, verb_start: int) -> Phrase | None:
    """Who speaks a verb after "to" that a causative verb governs ("prompting her to
    say", "led advisers like Gene Sperling to counter"), or None."""
    prev = _words(text, max(ss, verb_start - 120), verb_start)
    return _caused(text, ss, prev[-1][0]) if caused_to(prev) else None


# Words before a name that gives an example of the object: "advisers like Gene Sperling".
_EXAMPLE_OPENERS = (" like", " such as", " including")


def caused_to(prev: list[tuple[int, int, str]]) -> bool:
    """Whether the words before a cue end in a causative verb, its object and "to":
    "prompting her to say that ...", "led advisers like Gene Sperling to counter"."""
    return (
        len(prev) > 2
        and _norm(prev[-1][2]) == "to"
        and any(w in _CAUSATIVES for _, _, w in prev[-9:-2])
    )


# Verbs whose object does what the infinitive after it says ("prompted him to say").
_CAUSATIVES = frozenset(
    "prompted prompts prompt led leads forced forces caused causes inspired inspires "
    "spurred spurs compelled compels drove drives moved prompting leading forcing causing "
    "inspiring spurring compelling driving".split()
)
