"""Speaker mentions: the phrase that names who speaks.

A *mention* is the span that names who speaks: "Kremlin spokesman Dmitry Peskov",
"Peskov", "He", "who", "the Kremlin spokesperson", "One source", "Sources close to the
Kremlin", "the Kremlin".  :func:`mention_before` finds the subject before a cue,
:func:`mention_after` the phrase after one ("said Putin", "according to the officer in
charge"); :func:`classify` says what kind of phrase it is.  Turning a mention into a
canonical speaker is ``_resolve``'s work.
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

from ._lexicon import en

__all__ = ["ParsedMention", "Phrase", "classify", "mention_after", "mention_before", "parse_name"]

# A token of a name: a capitalised word, possibly hyphenated or with an apostrophe
# ("O'Brien", "al-Assad"), or an initial ("J.", "J.D.").
# A title abbreviation with its period is part of a name run too ("Mr. Smith", "Sen.
# Jeff Sessions").
_TITLE_ABBREVIATION = (
    r"(?:"
    + "|".join(sorted((t.capitalize() for t in en.TITLE_ABBREVIATIONS), key=len, reverse=True))
    + r")\."
)
_NAME_TOKEN = rf"(?:{_TITLE_ABBREVIATION}|\p{{Lu}}[\p{{L}}'’-]*+|\p{{Lu}}\.(?:\p{{Lu}}\.)*+)"
# Lower-case particles inside names ("Ursula von der Leyen", "Charles de Gaulle").
_PARTICLE = r"(?:von|van|der|de|del|da|di|la|le|bin|al|ibn)"
_NAME_RUN = regex.compile(rf"{_NAME_TOKEN}(?:\s(?:{_PARTICLE}\s)?{_NAME_TOKEN})*+")
# Tokens of a subject phrase: words (with inner periods: "Mr.", "U.S.") and the
# punctuation that bounds a phrase.  The standard library's engine is faster here.
_TOKEN = re.compile(r"[^\W_]+(?:['’.-]+[^\W_]*)*|[,;:()\"“”—–]")

_ROLE_WORDS = en.ROLE_NOUNS | en.NAME_TITLES | {"press", "foreign", "deputy", "state", "chief"}


@attrs.frozen
class Phrase:
    """A speaker mention found in a text: offsets and what kind of phrase it is."""

    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "nominal", "source", "group", "organization"


@attrs.frozen
class ParsedMention:
    name: str  # the name proper, without titles ("Dmitry Peskov")
    role: str  # the role words before it ("Kremlin spokesman")


def _lower_words(text: str) -> list[str]:
    return [w.lower().strip(".,") for w in text.split()]


def _is_role_word(word: str) -> bool:
    w = word.lower().strip(".,")
    return w in _ROLE_WORDS


# Mentions are looked up again and again (the same cue asks for its subject from more than
# one frame rule, the same names recur): results are immutable, so they are cached.  A
# string's hash is computed once per object, so keys that hold the article are cheap.
@functools.lru_cache(maxsize=4096)
def parse_name(text: str) -> ParsedMention:
    """Split "Kremlin spokesman Dmitry Peskov" into name and role."""
    words = text.split()
    # The name is the trailing run of capitalised words that are not role words.
    i = len(words)
    while i > 0:
        w = words[i - 1]
        if not (w[:1].isupper() or w.lower() in _PARTICLE_SET) or _is_role_word(w):
            break
        i -= 1
    name_words = words[i:]
    if not name_words:
        return ParsedMention(name=text, role="")
    # "Russian President Vladimir Putin": if the run holds a title word, what follows it is
    # the name (handled above); adjectives before a one-word name are roles too.
    return ParsedMention(name=" ".join(name_words), role=" ".join(words[:i]))


_PARTICLE_SET = frozenset(_PARTICLE.strip("(?:)").split("|"))


@functools.lru_cache(maxsize=4096)
def classify(text: str) -> str:
    """The kind of a mention phrase."""
    words = _lower_words(text)
    if not words:
        return "nominal"
    if len(words) == 1 and words[0] in _PRONOUNS:
        return "pronoun"
    head = words[-1]
    if head in en.SOURCE_NOUNS or any(w in ("source", "sources") for w in words):
        return "source"
    # "a new poll", "the report": a document speaks for its authors (a capitalised one
    # without a determiner, "Washington Post Report", is a name).
    if head in en.DOCUMENT_NOUNS and (not text[:1].isupper() or words[0] in _DETERMINERS):
        return "source"
    if head in en.ROLE_NOUNS and words[0] in ("the", "a", "an", "this", "that"):
        # "the Kremlin spokesperson": a role, to resolve to the person who holds it.
        return "nominal"
    if any(w.lower() in en.ORGANIZATION_HEADS for w in words):
        return "organization"
    if head in en.GROUP_NOUNS:
        return "group"
    if text[:1].isupper() and words[0] not in ("the", "a", "an", "one", "some"):
        return "name"
    if any(w[:1].isupper() for w in text.split()[1:]):
        return "name" if words[0] not in ("the", "a", "an") else "nominal"
    return "nominal"


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_RELATIVES = frozenset({"who", "which", "that"})
_CONTRACTED_PRONOUN = regex.compile(r"(?i)(?P<p>he|she|they|it|we|i)['’](?:s|d|ve|ll|re|m)")
# Quantifiers that stand alone as a subject of a reporting verb ("most said they were").
_QUANTIFIERS = frozenset(
    "most many some several others all both few none everyone everybody".split()
)
# Words that may sit between a subject and its reporting verb.
_SKIPPABLE = frozenset(
    """
    has had have was is were are will would also further then later again previously already
    however meanwhile though too instead
    reportedly repeatedly briefly confidently publicly privately clearly quickly recently
    often once always never sometimes
    once still just even never not did does do had been has may might could should
    """.split()
)
_DETERMINERS = frozenset(
    "the a an one two three some several many other another his her their its this that "
    "each every my our your".split()
)
_STOP_BACK = frozenset(
    """
    that which who whom whose when while after before because if as and or but than to of
    in on at by for with from about against into over under said says told where what
    """.split()
)


@functools.lru_cache(maxsize=512)
def mention_before(text: str, end: int, floor: int) -> Phrase | None:
    """The subject phrase that ends just before ``end`` (a cue), not before ``floor``.

    Skips adverbs and auxiliaries ("Peskov also said", "Putin on Friday said") and a
    parenthetical between commas ("Zelensky, in his message on X, said").
    """
    floor = max(floor, end - 160)  # a subject sits close to its verb; keeps work bounded
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, floor, end)]
    i = len(tokens)
    # Skip adverbs and auxiliaries.
    # Case matters: "Will described" is a name, "will" a modal.
    # An adverb in -ly is lower case: "Kelly said", "Connolly said" are names.
    while i > 0 and (
        tokens[i - 1][2] in _SKIPPABLE
        or (tokens[i - 1][2].endswith("ly") and tokens[i - 1][2][:1].islower())
    ):
        i -= 1
    if i > 0 and tokens[i - 1][2] == "ago":
        # "The State Department less than two weeks ago said": a time phrase in "ago".
        k = i - 1
        while k > 0 and i - k < 6 and (tokens[k - 1][2].islower() or tokens[k - 1][2].isdigit()):
            k -= 1
        i = k
    if i > 0 and tokens[i - 1][2].lower() in ("and", "but", "or"):
        return None  # a coordinated verb: its subject is the sentence's ("X did Y and said")
    # A relative pronoun stands for the noun before it ("Obama, who called ...", "a
    # report, which notes ..."): the mention is the pronoun, resolved to that noun.
    if i > 0 and tokens[i - 1][2].lower() in _RELATIVES:
        s, e, t = tokens[i - 1]
        if i > 1 and (tokens[i - 2][2] == "," or tokens[i - 2][2][:1].isalpha()):
            return Phrase(s, e, t, "relative")
        return None
    # Skip a short time phrase ("on Friday", "at a Wednesday briefing").
    # Also any short phrase of a preposition between a name or pronoun and its verb
    # ("Trump at the time said", "Clinton in a statement said", "He on Twitter wrote").
    j = i
    while j > 0 and i - j < 5 and tokens[j - 1][2] not in ",;:":
        if tokens[j - 1][2].lower() in ("on", "at", "in", "during", "earlier", "later", "over"):
            if j == 1 or tokens[j - 2][2] in '("“':
                break  # "On Monday he said": an adjunct before the subject, which it holds
            timely = any(
                t[2].lower().rstrip(".,") in en.WEEKDAYS
                or t[2].lower() in en.MONTHS
                or t[2].lower() in _TIME_NOUNS
                for t in tokens[j:i]
            )
            head = tokens[j - 2][2] if j > 1 else ""
            if timely or (head[:1].isupper() or head.lower() in _PRONOUNS):
                i = j - 1
                # ... and the auxiliary before it: "allies have in the past said".
                while i > 0 and tokens[i - 1][2] in _SKIPPABLE:
                    i -= 1
            break
        j -= 1
    # A parenthetical before the verb: "X, asked about Y, said", "X — a teacher — says";
    # an age and an appositive may follow each other ("Lance Beebe, 49, a veteran, said").
    for _ in range(3):
        if not (i > 0 and tokens[i - 1][2] in ",—–"):
            break
        mark = tokens[i - 1][2]
        k = i - 1
        while k > 0 and tokens[k - 1][2] != mark:
            k -= 1
        named_between = tokens[k][2][:1].isupper() if k < i - 1 else False
        named_before = k > 1 and tokens[k - 2][2][:1].isupper()
        adjunct_before = tokens[0][2].lower() in _ADJUNCT_OPENERS
        if (
            k > 0
            and i - k <= 30
            and mark == ","
            and named_between
            and (adjunct_before or not named_before)
        ):
            # A name between the commas is the subject itself, after an adjunct: "after
            # winning Ohio, Gov. John Kasich (R-OH), said" (but "Peskov, Putin's
            # spokesman, said" keeps its subject before the commas).
            i -= 1
        elif k > 0 and i - k <= 30:
            i = k - 1
            if i > 2 and tokens[i - 2][2] in ("in", "at", "from", "near", "of"):
                # "Clinton, during a town hall in Columbus, Ohio, said": the state closed
                # a place in the parenthetical; its opening comma is further back.
                opening = next(
                    (n for n in range(i - 3, max(0, i - 15), -1) if tokens[n][2] == ","), -1
                )
                if opening > 0:
                    i = opening
            if i > 1 and tokens[i - 1][2].isdigit() and tokens[i - 2][2] == ",":
                i -= 2  # an age: "Lance Beebe, 49, a Navy veteran, said"
        elif k == 0 and i > 1 and tokens[i - 2][2] == ")":
            i -= 1  # a stray comma after a name and its party: "Reed (D-R.I.), said"
        else:
            return None
    # A party and state after a name: "Sen. Jack Reed (D-R.I.) said".
    if i > 1 and tokens[i - 1][2] == ")":
        k = i - 1
        while k > 0 and tokens[k - 1][2] != "(" and i - k < 6:
            k -= 1
        if k > 0 and tokens[k - 1][2] == "(":
            i = k - 1
    # A quantifier alone is a subject: "most said", "Each side said", "many say".
    if i > 0 and tokens[i - 1][2].lower() in _QUANTIFIERS:
        s, e, t = tokens[i - 1]
        return Phrase(s, e, t, "group")
    found = _phrase_back(text, tokens[:i])
    return _before_relative(text, tokens[:i], found) or found


def _before_relative(
    text: str, tokens: list[tuple[int, int, str]], found: Phrase | None
) -> Phrase | None:
    """ "Current and former officials who spoke with The Huffington Post said": the phrase
    before the verb is the object of a relative clause; the subject is the noun phrase
    before "who"."""
    if found is None:
        return None
    k = next((n for n in range(len(tokens)) if tokens[n][0] == found.start), 0)
    if k < 3 or tokens[k - 1][2].lower() not in _RELATIVE_OBJECT_PREPOSITIONS:
        return None
    for w in range(k - 2, max(0, k - 6), -1):
        if tokens[w][2].lower() == "who" and tokens[w - 1][2] not in ",;:()":
            antecedent = _phrase_back(text, tokens[:w])
            return antecedent if antecedent is not None and antecedent.kind != "relative" else None
        if not tokens[w][2][:1].isalpha():
            return None
    return None


_RELATIVE_OBJECT_PREPOSITIONS = frozenset({"with", "to"})


def _phrase_back(text: str, tokens: list[tuple[int, int, str]]) -> Phrase | None:
    if not tokens:
        return None
    i = len(tokens)
    last = tokens[i - 1][2]
    if last.lower() in _PRONOUNS:
        s, e, t = tokens[i - 1]
        return Phrase(s, e, t, "pronoun")
    # A pronoun with a contracted auxiliary: "He's said", "She'd told", "They've argued".
    pronoun = _CONTRACTED_PRONOUN.fullmatch(last)
    if pronoun is not None:
        s = tokens[i - 1][0]
        return Phrase(s, s + pronoun.end("p"), pronoun.group("p"), "pronoun")
    j = i
    while j > 0:
        t = tokens[j - 1][2]
        low = t.lower()
        if t in ',;:()"“”—–' or low in _STOP_BACK:
            break
        if low in _DETERMINERS:
            j -= 1
            break
        # A number after a capitalised word is part of a name: "Article 33", "Isaiah 45".
        numbered = t.isdigit() and j > 1 and tokens[j - 2][2][:1].isupper()
        if numbered or t[:1].isupper() or _is_role_word(t) or low in en.SOURCE_NOUNS:
            j -= 1
            continue
        if low in en.GROUP_NOUNS:
            j -= 1
            continue
        # Lower-case modifiers of a nominal head ("senior", "close", "media").
        if j < i and i - j < 4 and low.isalpha():
            j -= 1
            continue
        if j == i and (low in en.GROUP_NOUNS or low in en.SOURCE_NOUNS or low.endswith("s")):
            j -= 1
            continue
        break
    if j == i:
        # A common noun phrase with its determiner: "The report", "the real estate
        # developer", "a senior campaign aide".
        # A possessive name serves as a determiner: "Huckabee’s campaign said".
        k = i - 1
        while k >= 0 and i - k <= 5:
            word = tokens[k][2]
            low = word.lower()
            possessive = word.endswith(("'s", "’s")) and word[:1].isupper()
            if (low in _DETERMINERS or possessive) and k < i - 1:
                s, e = tokens[k][0], tokens[i - 1][1]
                return Phrase(s, e, text[s:e], classify(text[s:e]))
            if not word.replace("-", "").isalpha() or low in _STOP_BACK:
                break
            k -= 1
        return None
    # Do not start on a bare lower-case modifier that the loop took greedily.
    while j < i and not (
        tokens[j][2][:1].isupper()
        or tokens[j][2].lower() in _DETERMINERS
        or _is_role_word(tokens[j][2])
        or tokens[j][2].lower() in en.SOURCE_NOUNS | en.GROUP_NOUNS
        or j == i - 1
    ):
        j += 1
    # "Sources close to the Kremlin", "a spokesman for the State Department", "people
    # familiar with the talks": a head noun and its prepositional phrase are one mention.
    k = j
    if k > 0 and tokens[k - 1][2].lower() in _LINKING_PREPOSITIONS:
        k -= 1
        if k > 0 and tokens[k - 1][2].lower() in _LINK_MODIFIERS:
            k -= 1
        head = _phrase_back(text, tokens[:k]) if k > 0 else None
        # Only a noun takes the phrase: a name, or a role, source or group noun ("a
        # spokesman for", "people familiar with"); never a verb ("aligns with").
        head_word = head.text.split()[-1] if head is not None else ""
        if head is not None and not (
            head_word[:1].isupper()
            or _is_role_word(head_word)
            or head_word.lower() in en.SOURCE_NOUNS | en.GROUP_NOUNS
        ):
            head = None
        if head is not None and head.kind in ("source", "group", "nominal", "name"):
            j = next(n for n in range(k) if tokens[n][0] == head.start)
            s, e = head.start, tokens[i - 1][1]
            return Phrase(s, e, text[s:e], head.kind)
    s, e = tokens[j][0], tokens[i - 1][1]
    phrase = text[s:e]
    words = _lower_words(phrase)
    if words and words[0] in en.NOT_NAME_WORDS and len(words) == 1:
        return None
    return Phrase(s, e, phrase, classify(phrase))


# Nouns of a time phrase between a subject and its verb ("allies have in the past said",
# "the nominee over the past few days said").
_TIME_NOUNS = frozenset(
    "past day days week weeks month months year years time morning afternoon evening night "
    "weekend interview statement".split()
)


# Words that open an adjunct at the start of a sentence ("After winning Ohio, ...").
_ADJUNCT_OPENERS = frozenset(
    "after before in on at during when while since following despite speaking asked".split()
)
_LINKING_PREPOSITIONS = frozenset({"of", "for", "to", "with", "at", "from"})
_LINK_MODIFIERS = frozenset({"close", "familiar", "closest", "loyal", "near"})


# A noun phrase right after a cue ("said Putin", "according to two sources").
_MENTION_AFTER = regex.compile(
    rf"\s*+(?P<np>(?:(?:the|a|an|one|two|some|several)\s)?"
    rf"(?:[\p{{L}}\p{{N}}'’./-]+\s){{0,4}}?(?:{_NAME_TOKEN}|sources?|officials?|aides?|people)"
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
        return None
    phrase = m.group("np")
    pron = _PRONOUN_START.match(phrase)
    if pron:
        return Phrase(m.start("np"), m.start("np") + len(pron.group()), pron.group(), "pronoun")
    return Phrase(m.start("np"), m.end("np"), phrase, classify(phrase))
