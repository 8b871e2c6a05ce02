"""Reporting cues compiled from the lexicon: every inflected form of every verb."""

from __future__ import annotations

from ._lexicon import en

__all__ = [
    "BELIEF_FORMS",
    "REPORTING_FORMS",
    "STRONG_FORMS",
    "WEAK_FORMS",
    "inflections",
    "lemma_of",
]

_VOWELS = "aeiou"


def inflections(verb: str) -> tuple[str, ...]:
    """The base, -s, -ed and -ing forms of a regular English verb.

    >>> inflections("deny")
    ('deny', 'denies', 'denied', 'denying')
    >>> inflections("emphasise")
    ('emphasise', 'emphasises', 'emphasised', 'emphasising')
    """
    irregular = en.IRREGULAR_VERB_FORMS.get(verb)
    if irregular:
        return irregular
    if verb.endswith("ee"):
        return verb, verb + "s", verb + "d", verb + "ing"
    if verb.endswith("e") and not verb.endswith(("ye", "oe")):
        stem = verb[:-1]
        return verb, verb + "s", verb + "d", stem + "ing"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb, verb + "es", verb + "ed", verb + "ing"
    if _doubles_final(verb):
        return verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    return verb, verb + "s", verb + "ed", verb + "ing"


def _doubles_final(verb: str) -> bool:
    # One-syllable consonant-vowel-consonant verbs double their last letter ("vow" does
    # not: w, x, y never double): "quip" -> "quipped", "slam" -> "slammed".
    if verb in en.DOUBLING_VERBS:
        return True
    if len(verb) < 3 or verb[-1] in "wxy" or verb[-1] in _VOWELS:
        return False
    syllables = sum(
        1 for i, c in enumerate(verb) if c in _VOWELS and (i == 0 or verb[i - 1] not in _VOWELS)
    )
    return syllables == 1 and verb[-2] in _VOWELS and verb[-3] not in _VOWELS


_LEMMA: dict[str, str] = {}
for _verb in sorted(en.REPORTING_VERBS):
    for _form in inflections(_verb):
        _LEMMA.setdefault(_form, _verb)

REPORTING_FORMS: frozenset[str] = frozenset(_LEMMA)
WEAK_FORMS: frozenset[str] = frozenset(
    form for form, lemma in _LEMMA.items() if lemma in en.WEAK_REPORTING_VERBS
)
STRONG_FORMS: frozenset[str] = REPORTING_FORMS - WEAK_FORMS
BELIEF_FORMS: frozenset[str] = frozenset(
    form for form, lemma in _LEMMA.items() if lemma in en.BELIEF_VERBS
)


def lemma_of(form: str) -> str | None:
    """The base form of a reporting verb form, or None."""
    return _LEMMA.get(form.lower())
