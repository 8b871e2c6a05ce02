"""The speaker after a cue: :func:`mention_after` ("said Putin", "according to the officer
in charge"), never a time ("said Wednesday") or a prepositional phrase ("said by telephone")."""

from __future__ import annotations

import functools

import regex

from ._lexicon import en
from ._mention_shapes import (
    _NAME_TOKEN,
    _NOT_NAME_OR_ADVERB,
    _PARTICLE,
    _ROLE_WORDS,
    Phrase,
    _is_role_word,
    _is_time_word,
    _lower_words,
    classify,
)
from ._tokens import _norm, _words

# A noun phrase right after a cue ("said Putin", "according to two sources").
# The words before its head are modifiers, never a preposition or conjunction: "said by
# telephone on NBC", "told reporters in Iowa" name no speaker.
_NOT_MODIFIER = (
    r"(?:on|in|at|by|during|after|before|about|that|when|while|as|if|and|or"
    r"|how|which|what|whether|why|where|who|whom)"
)
_MENTION_AFTER = regex.compile(
    rf"\s*+(?P<np>(?:(?:the|a|an|one|two|some|several)\s)?"
    rf"(?:(?!{_NOT_MODIFIER}\s)[\p{{L}}\p{{N}}'’./-]+\s){{0,4}}?"
    rf"(?:{_NAME_TOKEN}|sources?|officials?|aides?|people)"
    rf"(?:\s(?:{_PARTICLE}\s)?{_NAME_TOKEN})*+)"
)
# A common noun phrase right after a cue, up to a boundary ("said the woman, who ...",
# "said a spokesman for the campaign.").
_NOMINAL_AFTER = regex.compile(
    r"\s*+(?P<np>(?:the|a|an|another|one|his|her|their|its)\s(?:[\p{L}\p{N}'’-]++\s){0,3}?"
    r"[\p{Ll}\p{N}][\p{L}\p{N}'’-]*+)"
    r"(?=[,.;:]|\s(?:who|which|that|on|in|at|during|after|before|for|of|with|from)\b|$)"
)
_PRONOUN_START = regex.compile(r"(?i)(he|she|they|it|we)\b")


@functools.lru_cache(maxsize=512)
def mention_after(text: str, start: int, ceiling: int) -> Phrase | None:
    """The phrase that starts at ``start`` ("said Putin", "according to the Kremlin")."""
    m = _MENTION_AFTER.match(text, start, ceiling) or _NOMINAL_AFTER.match(text, start, ceiling)
    if m is None:
        return _document_after(text, start, ceiling)
    phrase = m.group("np")
    words = _lower_words(phrase)
    if all(_is_time_word(w) for w in words):
        return None  # "said Wednesday", "said last week": a time, not a speaker
    if len(words) == 1 and words[0] in _NOT_NAME_OR_ADVERB:
        return None  # "Also, …", "However, …": a sentence adverb in capitals, no name
    pron = _PRONOUN_START.match(phrase)
    if pron:
        return Phrase(m.start("np"), m.start("np") + len(pron.group()), pron.group(), "pronoun")
    end = m.end("np")
    # "said Kremlin spokesman Dmitry Peskov": role words between two runs of capitals join
    # them; the name after the role is the speaker, not the body before it.
    role = _ROLE_THEN_NAME.match(text, end, ceiling)
    if role is not None and all(_is_role_word(w) for w in role.group("roles").split()):
        end = role.end()
    elif phrase[:1].islower() and phrase.split(" ", 1)[0] in ("a", "an", "the"):
        # "according to a Marist poll", "said a Pentagon spokesman": a name after a
        # determiner modifies the common noun that follows it, the head of the phrase.
        end = _head_after(text, end, ceiling)
    phrase = text[m.start("np") : end]
    return Phrase(m.start("np"), end, phrase, classify(phrase))


# A document, with its author or the body behind it: "according to court documents",
# "according to a court document filed by state attorney Dave Aronberg", "according to
# a report by the inspector general".  The whole phrase is the source: who wrote the
# document speaks through it, and news names both.
_DOCUMENT_BY = regex.compile(
    r"(?:\s(?:filed|released|issued|published|obtained|prepared|written|commissioned|"
    r"compiled|reviewed|seen))?+\s(?:by|from)\s"
)
_DOCUMENT_WORDS = 5


def _document_after(text: str, start: int, ceiling: int) -> Phrase | None:
    words = _words(text, start, min(ceiling, start + 80))[:_DOCUMENT_WORDS]
    k = next((n for n, (_, _, w) in enumerate(words) if _norm(w) in en.DOCUMENT_NOUNS), -1)
    if k < 0 or any(
        _norm(w) in _NOT_DOCUMENT_MODIFIER or not w[:1].isalnum() for _, _, w in words[:k]
    ):
        return None  # "according to what the documents show": no phrase of its own
    if text[start : words[0][0]].strip():
        return None
    begin, end = words[0][0], words[k][1]
    by = _DOCUMENT_BY.match(text, end, ceiling)
    if by is not None:
        author = mention_after(text, by.end(), ceiling)
        if author is not None:
            end = author.end
    phrase = text[begin:end]
    return Phrase(begin, end, phrase, classify(phrase))


# Words that make the phrase before a document noun no modifier of it.
_NOT_DOCUMENT_MODIFIER = frozenset(
    "to in on at by of for with from about what which that who how when and or but as "
    "said says".split()
)


_ROLE_THEN_NAME = regex.compile(
    rf"(?P<roles>(?:\s[\p{{Ll}}-]++){{1,3}})\s{_NAME_TOKEN}(?:\s(?:{_PARTICLE}\s)?{_NAME_TOKEN})*+"
)
_LOWER_WORDS_AFTER = regex.compile(r"(?:\s[\p{Ll}-]++){1,3}")
# Common nouns that head a phrase a name modifies: a role, a document, a source, a body.
_HEAD_NOUNS = (
    _ROLE_WORDS | en.DOCUMENT_NOUNS | en.SOURCE_NOUNS | en.GROUP_NOUNS | en.ORGANIZATION_HEADS
)


def _head_after(text: str, end: int, ceiling: int) -> int:
    """The end of the head nouns right after ``end`` ("poll", "press office"), else ``end``."""
    m = _LOWER_WORDS_AFTER.match(text, end, ceiling)
    if m is None:
        return end
    found = end
    position = end
    for word in m.group().split():
        if word not in _HEAD_NOUNS:
            break
        position = text.index(word, position) + len(word)
        found = position
    return found
