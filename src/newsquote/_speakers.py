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
    # A single capitalised word is one at the start of a sentence: "Polls show".
    if head in en.DOCUMENT_NOUNS and (
        not text[:1].isupper() or words[0] in _DETERMINERS or len(words) == 1
    ):
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

    Skips adverbs and auxiliaries ("Peskov also said", "Putin on Friday said"), a time
    phrase ("The committee this week announced"), a floating quantifier ("Smith and Jones
    both said") and a parenthetical between commas ("Zelensky, in his message on X, said").
    """
    floor = max(floor, end - 160)  # a subject sits close to its verb; keeps work bounded
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, floor, end)]
    i = _skip_adverbs(tokens, len(tokens))
    # A quantifier floated after its subject: "Smith and Jones both said", "Aides to the
    # governor all agree", "the two senators have both urged".  The subject is the phrase
    # before it; the quantifier alone speaks only when no phrase is found.
    if (
        i > 1
        and tokens[i - 1][2].lower() in _FLOATING_QUANTIFIERS
        and tokens[i - 2][2].lower() not in _STOP_BACK
        and tokens[i - 2][2] not in '(;:"“'
    ):
        s, e, t = tokens[i - 1]
        subject = _subject_before(text, tokens[: _skip_adverbs(tokens, i - 1)])
        if subject is not None and subject.kind != "relative":
            return _with_coordinate(text, tokens, subject)
        return Phrase(s, e, t, "group")
    found = _subject_before(text, tokens[:i])
    if found is not None and tokens and found.end == tokens[-1][1] and _modifier_only(found.text):
        # "his first term", "the latest reports": the phrase modifies the word at ``end``,
        # a noun, and speaks no words of its own; a named possessor does ("Trump's first
        # response").
        first = found.text.split()[0]
        if first[:1].isupper() and first.endswith(("'s", "’s")):
            return Phrase(found.start, found.start + len(first), first, "name")
        return None
    return found


def _modifier_only(phrase: str) -> bool:
    """Whether a phrase ends in a modifier that needs a noun after it: an ordinal or a
    superlative after a definite determiner ("his first", "the latest")."""
    words = _lower_words(phrase)
    last = words[-1]
    if len(words) == 1 or words[0] in ("a", "an", "one"):
        return False  # "Another said", "a third said": a pronoun and a fraction speak
    if words[0] not in _DETERMINERS and not words[0].endswith(("'s", "’s")):
        return False
    return (
        last in en.ORDINAL_WORDS
        or last in _NOUN_MODIFIERS
        or (last.endswith("est") and len(last) > 5 and last not in _EST_NOUNS)
    )


# Adjectives that stand before a noun, never for a speaker ("a recent report").
_NOUN_MODIFIERS = frozenset("latest recent new previous next last own major rare".split())
# Nouns in -est, not superlatives.
_EST_NOUNS = frozenset(
    "interest protest request contest conquest inquest harvest forest arrest unrest".split()
)


def _skip_adverbs(tokens: list[tuple[int, int, str]], i: int) -> int:
    """The index before the adverbs, auxiliaries and time phrase that end ``tokens[:i]``."""
    # Skip adverbs and auxiliaries.
    # Case matters: "Will described" is a name, "will" a modal.
    # An adverb in -ly is lower case: "Kelly said", "Connolly said" are names.
    for _ in range(2):
        while i > 0 and (
            tokens[i - 1][2] in _SKIPPABLE
            or (tokens[i - 1][2].endswith("ly") and tokens[i - 1][2][:1].islower())
        ):
            i -= 1
        # A time phrase without a preposition between a subject and its verb: "The
        # committee this week announced", "Priebus this past week said", "Trump Wednesday
        # said".  The auxiliaries before it are skipped on the second round.
        k = _time_phrase_start(tokens, i)
        if k == i:
            break
        i = k
    return i


def _time_phrase_start(tokens: list[tuple[int, int, str]], i: int) -> int:
    """Where a time phrase that ends ``tokens[:i]`` starts ("this past week", "Wednesday"),
    or ``i`` when there is none; a subject must remain before it."""
    if i < 2:
        return i
    word = tokens[i - 1][2]
    low = word.lower().rstrip(".")
    before = tokens[i - 2][2]
    if before.lower() in _STOP_BACK or (before.islower() and before.endswith(("ed", "ing"))):
        return i  # "on Monday" is skipped elsewhere; "a poll released Monday" is a subject
    if low in en.WEEKDAYS and word[:1].isupper() and len(low) > 3:
        k = i - 1  # "Trump Wednesday said"
    elif low in _TIME_PERIODS:
        k = i - 1
        while k > i - 3 and k > 0 and tokens[k - 1][2].lower() in _TIME_MODIFIERS:
            k -= 1
        if k == i - 1 or tokens[k][2].lower() not in _TIME_DETERMINERS:
            return i  # "the past week" is a subject; "this week", "last month" are not
    else:
        return i
    return k if k > 0 and tokens[k - 1][2] not in ';:("“' else i


# Nouns of a period that, with "this", "last" or "next", make a time phrase.
_TIME_PERIODS = frozenset("week weekend month year morning afternoon evening night spring".split())
_TIME_MODIFIERS = frozenset("this last next past earlier same".split())
_TIME_DETERMINERS = frozenset("this last next earlier".split())
# Quantifiers that float after the subject they quantify ("the two men both said").
_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


def _with_coordinate(text: str, tokens: list[tuple[int, int, str]], found: Phrase) -> Phrase:
    """ "Smith and Jones both said": a floating quantifier stands for a plural subject, so
    a name coordinated with "and" before the phrase found is part of the mention."""
    k = next((n for n in range(len(tokens)) if tokens[n][0] == found.start), 0)
    if k < 2 or tokens[k - 1][2].lower() != "and" or not found.text[:1].isupper():
        return found
    first = _phrase_back(text, tokens[: k - 1])
    if first is None or first.kind not in ("name", "nominal", "group", "organization"):
        return found
    s, e = first.start, found.end
    return Phrase(s, e, text[s:e], "group")


def _subject_before(text: str, tokens: list[tuple[int, int, str]]) -> Phrase | None:
    """The subject that ends ``tokens``, past a parenthetical or a short time phrase."""
    i = len(tokens)
    if i > 0 and tokens[i - 1][2] == "ago":
        # "The State Department less than two weeks ago said": a time phrase in "ago".
        k = i - 1
        while k > 0 and i - k < 6 and (tokens[k - 1][2].islower() or tokens[k - 1][2].isdigit()):
            k -= 1
        i = k
    if i > 0 and tokens[i - 1][2].lower() in ("and", "but", "or"):
        # A coordinated verb: its subject is the sentence's ("X did Y and said"), unless
        # the coordination sits in a subordinate clause ("when Rubio thanked Miami and
        # said"), whose own subject speaks.
        return _subordinate_subject(text, tokens[: i - 1])
    # A relative pronoun stands for the noun before it ("Obama, who called ...", "a
    # report, which notes ..."): the mention is the pronoun, resolved to that noun.
    if i > 0 and tokens[i - 1][2].lower() in _RELATIVES:
        s, e, t = tokens[i - 1]
        member = _member_of_those(text, tokens[: i - 1])
        if member is not None:
            return member
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
    for _ in range(4):
        if not (i > 0 and tokens[i - 1][2] in ",—–"):
            break
        mark = tokens[i - 1][2]
        k = i - 1
        while k > 0 and tokens[k - 1][2] != mark:
            k -= 1
        named_between = tokens[k][2][:1].isupper() if k < i - 1 else False
        named_before = k > 1 and tokens[k - 2][2][:1].isupper()
        adjunct_before = tokens[0][2].lower() in _ADJUNCT_OPENERS
        if mark == "," and named_between and _names_noun_appositive(tokens, k):
            # "Rossi, the editor of the Vatican's newspaper, L'Osservatore Romano, said":
            # the name between the last commas is the newspaper's, an appositive to the
            # noun before it; the appositive before it goes next, then the subject.
            i = k
            continue
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
            place = 0
            if i > 2 and tokens[i - 2][2] in _PLACE_PREPOSITIONS:
                place = i - 2
            elif (
                i > 4
                and tokens[i - 2][2] == ","
                and tokens[i - 3][2][:1].isupper()
                and tokens[i - 4][2] in _PLACE_PREPOSITIONS
            ):
                place = i - 4  # "..., who lost a daughter in Aurora, Colorado, in 2012, said"
            if place:
                # "Clinton, during a town hall in Columbus, Ohio, said": the state closed
                # a place in the parenthetical; its opening comma is further back.
                opening = next(
                    (n for n in range(place - 1, max(0, place - 13), -1) if tokens[n][2] == ","),
                    -1,
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


def _subordinate_subject(text: str, tokens: list[tuple[int, int, str]]) -> Phrase | None:
    """The subject of the subordinate clause that ``tokens`` end in ("... when Trump spotted
    a sign"), or None when they end in the main clause."""
    opener = -1
    for n in range(len(tokens) - 2, max(-1, len(tokens) - 20), -1):
        word = tokens[n][2]
        if not word[:1].isalnum():
            return None  # a comma or a quotation: too far to tell the clause
        if word.lower() in _SUBORDINATORS:
            opener = n
            break
    if opener < 0:
        return None
    first = opener + 1
    word = tokens[first][2]
    if word.lower() in _PRONOUNS:
        s, e, t = tokens[first]
        return Phrase(s, e, t, "pronoun")
    end = first
    if word[:1].isupper():
        while end < len(tokens) and tokens[end][2][:1].isupper():
            end += 1  # "when Sen. Marco Rubio thanked"
    elif word.lower() in ("the", "a", "an", "his", "her", "their", "its"):
        end = next(
            (n for n in range(first + 1, min(len(tokens), first + 5)) if _verb_like(tokens[n][2])),
            first,
        )  # "when the crowd cheered"
    if end == first or end >= len(tokens):
        return None
    found = _phrase_back(text, tokens[:end])
    if found is None or found.start != tokens[first][0] or found.kind == "relative":
        return None
    return found


# Words that open a subordinate clause ("when Trump spotted a sign and asked ...").
_SUBORDINATORS = frozenset("when while because though although".split())


def _member_of_those(text: str, tokens: list[tuple[int, int, str]]) -> Phrase | None:
    """ "Jane Doe, a nurse, is among those who say ...", "He was one of those who argued":
    the subject of the copula speaks, one of the group the relative clause describes."""
    n = len(tokens)
    if n < 3 or tokens[n - 1][2].lower() != "those":
        return None
    k = n - 2
    if tokens[k][2].lower() == "of" and tokens[k - 1][2].lower() == "one":
        k -= 1
    elif tokens[k][2].lower() != "among":
        return None
    while k > 0 and (tokens[k - 1][2].lower() in en.BE_FORMS or tokens[k - 1][2] in _SKIPPABLE):
        k -= 1
    if k == n - 2:
        return None  # no copula: "sided with those who say"
    found = _subject_before(text, tokens[:k])
    return found if found is not None and found.kind != "relative" else None


def _before_relative(
    text: str, tokens: list[tuple[int, int, str]], found: Phrase | None
) -> Phrase | None:
    """ "Current and former officials who spoke with The Huffington Post said", "economists
    who favor consumption taxes agree", "an official who spoke anonymously said": the words
    before the verb end a restrictive relative clause; the subject is the noun phrase
    before "who" (or "that")."""
    if found is not None and found.kind == "pronoun":
        return None  # "he" is a subject: the object of a relative clause would be "him"
    k = len(tokens)
    if found is not None:
        k = next((n for n in range(len(tokens)) if tokens[n][0] == found.start), k)
    for w in range(len(tokens) - 2, max(0, len(tokens) - 8), -1):
        word = tokens[w][2]
        low = word.lower().replace("’", "'")
        if not word[:1].isalpha() or low in _CLAUSE_BREAKS:
            return None  # "the effect that is common when criminals know": another clause
        if low not in ("who", "that", "who'd") or w >= k - 1:
            continue  # "a strike that executives said": the phrase is the relative's subject
        following = tokens[w + 1][2]
        if w == 0 or tokens[w - 1][2] in ",;:()" or not following[:1].islower():
            return None  # "Clinton, who ...": a parenthetical; "who Trump said": its object
        if all(_adverb_like(t[2]) for t in tokens[w + 1 :]):
            # "the hacker who first revealed": the verb is the relative clause's own.
            s, e, t = tokens[w]
            return Phrase(s, e, t, "relative")
        if following in _DETERMINERS or following in _PRONOUNS:
            return None  # "said that the plan ...": a complement, not a relative clause
        if low == "that" and not _verb_like(following):
            return None  # "a strike that company executives said": "that" has a subject
        if tokens[w - 1][2].lower() in _GROUP_PRONOUNS:
            s, e, t = tokens[w - 1]
            return Phrase(s, e, t, "group")  # "Those who voted early said"
        antecedent = _phrase_back(text, tokens[:w])
        if antecedent is None or antecedent.end != tokens[w - 1][1]:
            return None
        if antecedent.kind == "relative" or (low == "that" and antecedent.kind == "name"):
            return None
        return antecedent
    return None


def _adverb_like(word: str) -> bool:
    """An adverb or auxiliary that may sit between a subject and its verb."""
    return (
        word in _SKIPPABLE or word in _SENTENCE_ADVERBS or (word.endswith("ly") and word.islower())
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
    if not name[:1].isupper() or low in en.NOT_NAME_WORDS | _SENTENCE_ADVERBS or low in en.MONTHS:
        return False  # "Now the government hopes"
    k = the - 1
    while k > 0 and tokens[k - 1][2][:1].isupper() and the - k < 4:
        k -= 1
    before = tokens[k - 1][2].lower() if k > 0 else ""
    return k == 0 or (before.isalpha() and before not in _STOP_BACK | en.NOT_NAME_WORDS)


def _quantity_start(tokens: list[tuple[int, int, str]], of: int) -> int:
    """Where the quantity before "of" at ``of`` starts ("only 52 percent", "a majority",
    "two-thirds"), or -1 when the word before "of" is no quantity."""
    head = tokens[of - 1][2].lower()
    if not (head in _QUANTITY_HEADS or head.endswith("%") or head.replace("-", "").isdigit()):
        return -1
    k = of - 1
    while k > 0 and of - k < 4:
        before = tokens[k - 1][2].lower()
        numeric = before.replace(",", "").replace(".", "").isdigit() or all(
            part in en.NUMBER_WORDS for part in before.split("-")
        )  # "52", "1,200", "sixty-seven"
        if not (numeric or before in _QUANTITY_MODIFIERS):
            break
        k -= 1
    return k


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
    "now thus instead again soon finally first next last perhaps indeed".split()
)


_NUMBER_DETERMINERS = frozenset("one two three several many other".split())
_DEFINITE = frozenset("the these those his her their its".split())


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
                if low == "the" and _epithet_of_name(tokens, k):
                    # "Obama the realist knows": an epithet after a name; the name speaks.
                    return _phrase_back(text, tokens[:k])
                s, e = tokens[k][0], tokens[i - 1][1]
                return Phrase(s, e, text[s:e], classify(text[s:e]))
            if not word.replace("-", "").isalpha() or low in _STOP_BACK:
                break
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
        or tokens[j][2].lower() in en.SOURCE_NOUNS | en.GROUP_NOUNS
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


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "of"})


def _names_noun_appositive(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the comma at ``k - 1`` follows an appositive of a name whose last word is a
    common noun: "Rossi, the editor of the paper, ..." (so what follows names the noun)."""
    if k < 4 or not tokens[k - 2][2].isalpha() or not tokens[k - 2][2].islower():
        return False
    for n in range(k - 3, max(0, k - 16), -1):
        if tokens[n][2] == ",":
            return (
                n > 0
                and (tokens[n - 1][2][:1].isupper() or tokens[n - 1][2].isdigit())
                and tokens[n + 1][2].lower() in ("the", "a", "an")
            )
        if not tokens[n][2][:1].isalnum():
            return False
    return False


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
_LINKING_PREPOSITIONS = frozenset({"of", "for", "to", "with", "at", "from"})
_LINK_MODIFIERS = frozenset({"close", "familiar", "closest", "loyal", "near"})


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
        return None
    phrase = m.group("np")
    if all(_is_time_word(w) for w in _lower_words(phrase)):
        return None  # "said Wednesday", "said last week": a time, not a speaker
    pron = _PRONOUN_START.match(phrase)
    if pron:
        return Phrase(m.start("np"), m.start("np") + len(pron.group()), pron.group(), "pronoun")
    end = m.end("np")
    # "said Kremlin spokesman Dmitry Peskov": role words between two runs of capitals join
    # them; the name after the role is the speaker, not the body before it.
    role = _ROLE_THEN_NAME.match(text, end, ceiling)
    if role is not None and all(_is_role_word(w) for w in role.group("roles").split()):
        end = role.end()
    phrase = text[m.start("np") : end]
    return Phrase(m.start("np"), end, phrase, classify(phrase))


_ROLE_THEN_NAME = regex.compile(
    rf"(?P<roles>(?:\s[\p{{Ll}}-]++){{1,3}})\s{_NAME_TOKEN}(?:\s(?:{_PARTICLE}\s)?{_NAME_TOKEN})*+"
)
