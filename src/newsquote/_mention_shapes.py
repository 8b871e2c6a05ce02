"""Shapes of speaker mentions: name tokens, kinds of phrase, and the noun phrase that
ends a run of tokens.

:class:`Phrase` is a mention found in a text; :func:`classify` says what kind of phrase it
is ("name", "pronoun", "nominal", "source", "group", "organization"); :func:`parse_name`
splits a name from its role words; :func:`_phrase_back` reads the noun phrase that ends a
list of tokens ("Kremlin spokesman Dmitry Peskov", "a spokesman for the campaign",
"Sixty-seven percent of Americans"), the building block of ``_mention_before``.
"""

from __future__ import annotations

import functools
import re

import attrs
import regex

from ._lexicon import en

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
# The lookahead lets the engine skip to a capital before trying the alternatives (a fifth
# faster over an article; every alternative starts with one).
_NAME_RUN = regex.compile(rf"(?=\p{{Lu}}){_NAME_TOKEN}(?:\s(?:{_PARTICLE}\s)?{_NAME_TOKEN})*+")
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
    if len(words) > 2 and text[:1].islower() and words[1] in _HEAD_PREPOSITIONS:
        # "reporters in Moscow", "analysts at Goldman Sachs": the head noun before the
        # prepositional phrase, not the name inside it, is the mention's kind.
        return classify(text.split(None, 1)[0])
    # "a new poll", "the report": a document speaks for its authors (a capitalised one
    # without a determiner, "Washington Post Report", is a name).
    # A single capitalised word is one at the start of a sentence: "Polls show".
    if head in en.DOCUMENT_NOUNS and (
        not text[:1].isupper() or words[0] in _DETERMINERS or len(words) == 1
    ):
        return "source"
    if head in en.ROLE_NOUNS and words[0] in ("the", "a", "an", "this", "that"):
        # "the Kremlin spokesperson": a role, to resolve to the person who holds it.
        return "nominal"
    if any(w.lower() in en.ORGANIZATION_HEADS for w in words) and not _role_then_name(text):
        return "organization"
    if head in en.GROUP_NOUNS:
        return "group"
    if text[:1].isupper() and words[0] not in ("the", "a", "an", "one", "some"):
        return "name"
    if any(w[:1].isupper() for w in text.split()[1:]):
        return "name" if words[0] not in ("the", "a", "an") else "nominal"
    return "nominal"


# Prepositions after a bare head noun: "reporters in Moscow", "analysts at Goldman Sachs".
_HEAD_PREPOSITIONS = frozenset("in at from with for of on".split())


def _role_then_name(text: str) -> bool:
    """Whether a role names the body it serves and a person's name follows it: "House
    Speaker Paul Ryan", "Senate Majority Leader Mitch McConnell", "White House press
    secretary Josh Earnest of Ohio" are people, not the House or the Senate."""
    tokens = text.split()
    role = max(
        (k for k, w in enumerate(tokens) if w.lower().rstrip(".") in _ROLE_OR_TITLE),
        default=-1,
    )
    name = tokens[role + 1 :]
    if role < 0 or not name or not name[0][:1].isupper():
        return False
    return all(
        (w[:1].isupper() and w.lower() not in en.ORGANIZATION_HEADS) or w == "of" for w in name
    )


_ROLE_OR_TITLE = en.ROLE_NOUNS | en.NAME_TITLES
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
    often once always never sometimes soon since subsequently initially eventually ultimately
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
    amid among despite unless until since through across without within toward towards via
    """.split()
)


_TIME_PERIODS = frozenset("week weekend month year morning afternoon evening night spring".split())
_TIME_MODIFIERS = frozenset("this last next past earlier same".split())
_TIME_DETERMINERS = frozenset("this last next earlier".split())


def _adverb_like(word: str) -> bool:
    """An adverb or auxiliary that may sit between a subject and its verb."""
    return (
        word in _SKIPPABLE
        or word in _SENTENCE_ADVERBS
        or (word.endswith("ly") and word.islower() and word not in en.LY_NOUNS)
    )


def _verb_like(word: str) -> bool:
    """A word that is a finite verb by its form: an auxiliary, a past ("spoke", "endorsed")
    or a third person ("says")."""
    low = word.lower()
    return (
        low in _SKIPPABLE
        or low in en.REPORTING_VERBS
        or low.endswith("ed")
        or (low.endswith("s") and not low.endswith("ss"))
    )


def _epithet_of_name(tokens: list[tuple[int, int, str]], the: int) -> bool:
    """Whether "the" at ``the`` opens an epithet right after a person's name ("Obama the
    realist"), not a new phrase after a place or a time ("In Iowa the senator said")."""
    if the < 1 or tokens[the][2] != "the":
        return False
    name = tokens[the - 1][2]
    low = name.lower().rstrip(".")
    if not name[:1].isupper() or low in _NOT_NAME_OR_ADVERB or low in en.MONTHS:
        return False  # "Now the government hopes"
    k = the - 1
    while k > 0 and tokens[k - 1][2][:1].isupper() and the - k < 4:
        k -= 1
    before = tokens[k - 1][2].lower() if k > 0 else ""
    return k == 0 or (before.isalpha() and before not in _STOP_OR_NOT_NAME)


def _quantity_start(tokens: list[tuple[int, int, str]], of: int) -> int:
    """Where the quantity before "of" at ``of`` starts ("only 52 percent", "a majority",
    "two-thirds"), or -1 when the word before "of" is no quantity."""
    head = tokens[of - 1][2].lower()
    if not (head in _QUANTITY_HEADS or head.endswith("%") or head.replace("-", "").isdigit()):
        return -1
    k = of - 1
    while k > 0 and of - k < 4:
        before = tokens[k - 1][2].lower()
        if not (is_number(before) or before in _QUANTITY_MODIFIERS):
            break
        k -= 1
    return k


def is_number(word: str) -> bool:
    """A number in figures or words: "52", "1,200", "3.5", "sixty-seven"."""
    low = word.lower()
    return low.replace(",", "").replace(".", "").isdigit() or all(
        part in en.NUMBER_WORDS for part in low.split("-")
    )


def is_quantity(text: str) -> bool:
    """Whether a mention is a quantity of a group: "Sixty-seven percent of Americans"."""
    words = _lower_words(text)
    of = words.index("of") if "of" in words[1:5] else -1
    return of > 0 and (words[of - 1] in _QUANTITY_HEADS or words[of - 1].endswith("%"))


_QUANTITY_HEADS = frozenset(
    """
    percent per majority minority third thirds half quarter quarters fifth fifths plurality
    two-thirds three-quarters one-third one-quarter
    """.split()
)
_QUANTITY_MODIFIERS = frozenset(
    "a an the only just about nearly almost roughly some over under more than fewer less".split()
)


# Words that open a sentence before its subject ("So even economists agree").
_CONNECTIVES = frozenset(
    """
    so but and or yet nor however meanwhile moreover furthermore additionally also still
    then interestingly though although because if when while
    """.split()
)
# Adverbs that open a sentence in capitals, before its subject.
_SENTENCE_ADVERBS = _CONNECTIVES | frozenset(
    "now thus instead again soon finally first next last perhaps indeed overall separately "
    "similarly likewise nevertheless nonetheless otherwise afterward afterwards".split()
)


# Unions of word sets that the phrase readers test, made once (not per word).
_NOT_NAME_OR_ADVERB = en.NOT_NAME_WORDS | _SENTENCE_ADVERBS
_SOURCE_OR_GROUP_NOUNS = en.SOURCE_NOUNS | en.GROUP_NOUNS
_STOP_OR_NOT_NAME = _STOP_BACK | en.NOT_NAME_WORDS


_NUMBER_DETERMINERS = frozenset("one two three several many other".split())
_DEFINITE = frozenset("the these those his her their its".split())
_OWNER_DETERMINERS = _DEFINITE | {"a", "an"}


# Pronouns that stand for a group a relative clause describes ("those who voted").
_GROUP_PRONOUNS = frozenset("those some many others few".split())


# Words that open a clause of their own: a relative pronoun before them is not the one
# whose clause ends at the verb.
_CLAUSE_BREAKS = frozenset(
    "when while if because as which where what and or but than said says told".split()
)


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
            if j > 0 and low in _NUMBER_DETERMINERS and tokens[j - 1][2].lower() in _DEFINITE:
                j -= 1  # "the two senators", "these three officials"
            break
        # A number after a capitalised word is part of a name: "Article 33", "Isaiah 45".
        numbered = t.isdigit() and j > 1 and tokens[j - 2][2][:1].isupper()
        if numbered or t[:1].isupper() or _is_role_word(t) or low in en.SOURCE_NOUNS:
            j -= 1
            continue
        if low in en.GROUP_NOUNS:
            j -= 1
            continue
        if (
            j < i
            and _common_possessive(low)
            and j > 1
            and tokens[j - 2][2].lower() in _OWNER_DETERMINERS
        ):
            j -= 1  # "The mayor's spokesman": the possessor and its determiner belong to it
            continue
        # Lower-case modifiers of a nominal head ("senior", "close", "media").
        if j < i and i - j < 4 and low.isalpha():
            if _finite_after_noun(tokens, j - 1):
                break  # "The ruling prompted Senator Lee": a mention holds no finite verb
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
                if low == "the" and _epithet_of_name(tokens, k):
                    # "Obama the realist knows": an epithet after a name; the name speaks.
                    return _phrase_back(text, tokens[:k])
                s, e = tokens[k][0], tokens[i - 1][1]
                # "a spokesman for the family", "lawyers for the company": the head noun
                # before the preposition speaks, as with a name after it.
                linked = _linked_head(text, tokens, k, i, names=False)
                return linked or Phrase(s, e, text[s:e], classify(text[s:e]))
            owned = k > 0 and tokens[k - 1][2].lower() in _OWNER_DETERMINERS
            if k < i - 1 and owned and _common_possessive(low):
                k -= 1  # "the paper's editorial board": a possessor inside the phrase
                continue
            # A hyphenated compound with a number is a noun: "The 43-year-old said".
            if not word.replace("-", "").isalnum() or low in _STOP_BACK:
                break
            if low in _NOT_IN_NOUN_PHRASE:
                break  # "groups that have endorsed him say": a clause, no noun phrase
            k -= 1
        return None
    # Nor on a connective that opens the sentence: "So even economists", "But Clinton".
    while j < i - 1 and tokens[j][2][:1].isupper() and tokens[j][2].lower() in _CONNECTIVES:
        j += 1
    # Do not start on a bare lower-case modifier that the loop took greedily.
    while j < i and not (
        tokens[j][2][:1].isupper()
        or tokens[j][2].lower() in _DETERMINERS
        or _is_role_word(tokens[j][2])
        or tokens[j][2].lower() in _SOURCE_OR_GROUP_NOUNS
        or j == i - 1
    ):
        j += 1
    # "Sources close to the Kremlin", "a spokesman for the State Department", "people
    # familiar with the talks": a head noun and its prepositional phrase are one mention.
    k = j
    of = next(
        (n for n in range(k - 1, max(0, k - 4), -1) if tokens[n][2] == "of"),
        0,
    )  # "percent of registered voters": lower-case modifiers may sit after "of"
    if of and not all(tokens[n][2].isalpha() and tokens[n][2].islower() for n in range(of + 1, k)):
        of = 0
    quantity = _quantity_start(tokens, of) if of > 0 else -1
    if quantity >= 0:
        # "Sixty-seven percent of Americans", "a majority of Democrats": the quantity
        # and its group are one mention, of the kind of the group (the resolver makes it
        # a group speaker).
        s, e = tokens[quantity][0], tokens[i - 1][1]
        group = tokens[of + 1][0]
        return Phrase(s, e, text[s:e], classify(text[group:e]))
    linked = _linked_head(text, tokens, k, i)
    if linked is not None:
        return linked
    s, e = tokens[j][0], tokens[i - 1][1]
    phrase = text[s:e]
    words = _lower_words(phrase)
    if words and words[0] in en.NOT_NAME_WORDS and len(words) == 1:
        return None
    return Phrase(s, e, phrase, classify(phrase))


def _is_time_word(word: str) -> bool:
    return (
        word in en.WEEKDAYS
        or word in en.MONTHS
        or word in _TIME_PERIODS
        or word in _TIME_MODIFIERS
        or word.isdigit()
    )


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


def _linked_head(
    text: str, tokens: list[tuple[int, int, str]], k: int, i: int, names: bool = True
) -> Phrase | None:
    """The head noun and its prepositional phrase ``tokens[k:i]`` as one mention, when a
    linking preposition comes before ``k``: "Sources close to the Kremlin", "a spokesman
    for the State Department", "people familiar with the talks".  Before a common noun
    phrase only a common head is taken (not ``names``): "Trump from the GOP nomination"
    and "Obama on Thursday nominated ... for a second term" are no mentions."""
    if k < 1 or tokens[k - 1][2].lower() not in _LINKING_PREPOSITIONS:
        return None
    k -= 1
    if k > 0 and tokens[k - 1][2].lower() in _LINK_MODIFIERS:
        k -= 1
    head = _phrase_back(text, tokens[:k]) if k > 0 else None
    # Only a noun takes the phrase: a name, or a role, source or group noun ("a
    # spokesman for", "people familiar with"); never a verb ("aligns with").
    head_word = head.text.split()[-1] if head is not None else ""
    if head is None or not (
        (names and head_word[:1].isupper())
        or _is_role_word(head_word)
        or (head_word.endswith("s") and _is_role_word(head_word[:-1]))  # "lawyers for"
        or head_word.lower() in _SOURCE_OR_GROUP_NOUNS
    ):
        return None
    if head.kind not in ("source", "group", "nominal", "name", "organization"):
        return None
    s, e = head.start, tokens[i - 1][1]
    return Phrase(s, e, text[s:e], head.kind)


_LINKING_PREPOSITIONS = frozenset({"of", "for", "to", "with", "at", "from"})
_LINK_MODIFIERS = frozenset({"close", "familiar", "closest", "loyal", "near"})


def _common_possessive(low: str) -> bool:
    """A lower-case noun in the possessive: "paper's", "senator's"."""
    return low.endswith(("'s", "’s")) and low[:-2].isalpha()


# Lower-case words before a past form that leave it a modifier ("the newly elected mayor").
_PARTICIPLE_LEADS = frozenset({"former", "once", "twice", "self", "long"})


def _finite_after_noun(tokens: list[tuple[int, int, str]], n: int) -> bool:
    """Whether ``tokens[n]`` is a finite verb between its subject noun and a name, its
    object: a past form after a lower-case noun ("the ruling prompted Senator Lee"), not
    after a determiner or an adverb ("the retired General Lee", "newly elected Mayor Kim")."""
    word = tokens[n][2]
    if n < 1 or not (word.endswith("ed") or word in en.REPORTING_VERBS):
        return False
    after = tokens[n + 1][2] if n + 1 < len(tokens) else ""
    if not after[:1].isupper() or after.lower() in en.WEEKDAYS or after.lower() in en.MONTHS:
        return False  # "a poll released Friday": a participle and its time
    before = tokens[n - 1][2]
    return (
        before.isalpha()
        and before.islower()
        and before not in _DETERMINERS
        and before not in _STOP_BACK
        and before not in _PARTICIPLE_LEADS
        and not before.endswith("ly")
    )


# Auxiliaries and object pronouns: never inside a noun phrase ("that have endorsed him").
_NOT_IN_NOUN_PHRASE = frozenset(
    "has had have was is were are will would did does do been may might could should "
    "him them me us".split()
)
