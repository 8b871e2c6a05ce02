"""Speaker mentions: the phrase that names who speaks.

A *mention* is the span that names who speaks: "Kremlin spokesman Dmitry Peskov",
"Peskov", "He", "who", "the Kremlin spokesperson", "One source", "Sources close to the
Kremlin", "the Kremlin".  :func:`mention_before` finds the subject before a cue,
:func:`mention_after` the phrase after one ("said Putin", "according to the officer in
charge"); :func:`classify` says what kind of phrase it is.  Turning a mention into a
canonical speaker is ``_resolve``'s work.

The mention is the phrase PolNeAR marks as Source: the subject itself, not the words
around it.  So :func:`mention_before` steps over a time phrase ("The committee this week
said"), a floating quantifier ("Smith and Jones both said"), an appositive and the name
inside it ("Rossi, the editor of the paper, La Voce, said"), an epithet ("Obama the
realist knows") and a restrictive relative clause ("Farmers who grow soybeans say"); it
keeps a quantity with its group ("Sixty-seven percent of Americans said") and a relative
pronoun whose own clause holds the verb ("Sanders, who says ..."), and gives nothing for
a modifier of a noun cue ("his first term").  :func:`mention_after` never takes a time
("said Wednesday") or a prepositional phrase ("said by telephone") for a speaker.

The work is split in modules: ``_mention_shapes`` (name tokens, kinds of phrase, the noun
phrase that ends a run of tokens), ``_mention_before``, ``_mention_after`` and
``_mention_tokens`` (the tokens of a window); this module is their public face.
"""

from __future__ import annotations

from ._mention_after import mention_after
from ._mention_before import mention_before
from ._mention_shapes import (
    _NAME_RUN,
    _ROLE_WORDS,
    _TOKEN,
    ParsedMention,
    Phrase,
    _is_role_word,
    _lower_words,
    _phrase_back,
    classify,
    is_quantity,
    parse_name,
)

__all__ = [
    "_NAME_RUN",
    "_ROLE_WORDS",
    "_TOKEN",
    "ParsedMention",
    "Phrase",
    "_is_role_word",
    "_lower_words",
    "_phrase_back",
    "classify",
    "is_quantity",
    "mention_after",
    "mention_before",
    "parse_name",
]
