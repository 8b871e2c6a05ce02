"""The subject before a cue: :func:`mention_before` and the clause shapes it steps over.

It steps over adverbs and auxiliaries ("Peskov also said"), a time phrase ("The committee
this week said"), a floating quantifier ("Smith and Jones both said"), a parenthetical or
appositive ("Rossi, the editor of the paper, La Voce, said"), and reads a relative pronoun
("Sanders, who says") or a coordinated verb ("when Rubio thanked Miami and said").
"""

from __future__ import annotations

import functools

from ._appositives import _led_name, _names_noun_appositive, _object_of_common
from ._lexicon import en
from ._mention_shapes import (
    _ADJUNCT_OPENERS,
    _CLAUSE_BREAKS,
    _DETERMINERS,
    _GROUP_PRONOUNS,
    _PRONOUNS,
    _QUANTIFIERS,
    _QUANTITY_HEADS,
    _QUANTITY_MODIFIERS,
    _RELATIVES,
    _SKIPPABLE,
    _STOP_BACK,
    _TIME_DETERMINERS,
    _TIME_MODIFIERS,
    _TIME_NOUNS,
    _TIME_PERIODS,
    Phrase,
    _adverb_like,
    _is_time_word,
    _lower_words,
    _phrase_back,
    _quantity_start,
    _verb_like,
    is_number,
)
from ._mention_tokens import window_tokens


@functools.lru_cache(maxsize=512)
def mention_before(text: str, end: int, floor: int) -> Phrase | None:
    """The subject phrase that ends just before ``end`` (a cue), not before ``floor``.

    Skips adverbs and auxiliaries ("Peskov also said", "Putin on Friday said"), a time
    phrase ("The committee this week announced"), a floating quantifier ("Smith and Jones
    both said") and a parenthetical between commas ("Zelensky, in his message on X, said").
    """
    floor = max(floor, end - 160)  # a subject sits close to its verb; keeps work bounded
    tokens = window_tokens(text, floor, end)
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
    ratio = _ratio(text, tokens[:i])
    if ratio is not None:
        return ratio  # "three in 10 said", "Nine in 10 voters say"
    found = _subject_before(text, tokens[:i])
    if found is None or text.startswith("%", found.end):
        found = _bare_quantity(text, tokens[:i]) or found  # ("About 21% said")
    if found is not None and found.kind != "pronoun":
        found = _with_head(text, tokens, found)
    if found is not None and (found.text.lower() in en.NUMBER_WORDS or found.text.isdigit()):
        # "the 34-year-old mother of three replied": a number after "of" counts the
        # children of the noun before it, which speaks.
        k = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n][0] == found.start), 0)
        head = (
            _subject_before(text, tokens[: k - 1]) if k > 1 and tokens[k - 1][2] == "of" else None
        )
        if head is not None and head.kind != "pronoun" and head.end == tokens[k - 2][1]:
            found = Phrase(head.start, found.end, text[head.start : found.end], head.kind)
    reduced = _reduced_relative(tokens, i)
    if reduced is not None:
        # "A GAO report released last year found": a participle right before the verb is
        # a reduced relative clause; the noun phrase before it heads the subject.
        head = _subject_before(text, tokens[:reduced])
        if (
            head is not None
            and head.end == tokens[reduced - 1][1]
            and head.text.split(None, 1)[0].lower() in _DETERMINERS
        ):  # (a noun phrase: "Mr. Obama scrutinized reports" is a subject and its verb)
            j = i  # (with the time phrase that the adverb skip left out: "last year")
            while j < len(tokens) and _time_token(tokens[j][2]):
                j += 1
            s, e = head.start, tokens[j - 1][1]
            found = Phrase(s, e, text[s:e], head.kind)
    agent = _passive_agent_head(text, tokens, found) if found is not None else None
    if agent is not None:
        # "other WikiLeaks emails combed through by Vox suggest": the agent after "by" in a
        # reduced relative is not the verb's subject; the noun phrase it describes is
        # (the mention spans both: "a report commissioned by the party found").
        found = agent
    if found is not None and tokens and found.end == tokens[-1][1] and _modifier_only(found.text):
        # "his first term", "the latest reports": the phrase modifies the word at ``end``,
        # a noun, and speaks no words of its own; a named possessor does ("Trump's first
        # response").
        first = found.text.split()[0]
        if first[:1].isupper() and first.endswith(("'s", "’s")):
            return Phrase(found.start, found.start + len(first), first, "name")
        return None
    return found


# Quantity heads that need a number before them ("21 percent", "two thirds").
_COUNTED_HEADS = frozenset("percent per third thirds quarter quarters fifth fifths".split())


def _ratio(text: str, tokens: list[tuple[int, int, str]]) -> Phrase | None:
    """A poll's ratio as subject: "three in 10", "Nine in 10 voters", "one in five
    Republicans" (a plural group noun may follow)."""
    k = len(tokens)
    if k < 3 or (tokens[-2][2] != "in" and (k < 4 or tokens[-3][2] != "in")):
        return None  # (the cheap test first: most subjects have no "in" near their end)
    if not is_number(tokens[k - 1][2]) and k >= 4:
        word = tokens[k - 1][2]
        if not (word.isalpha() and word.endswith("s")):
            return None
        k -= 1  # the group: "voters", "Republicans"
    if k < 3 or tokens[k - 2][2] != "in" or not is_number(tokens[k - 1][2]):
        return None
    if not is_number(tokens[k - 3][2]):
        return None
    j = k - 3
    while j > 0 and k - 3 - j < 2 and tokens[j - 1][2].lower() in _QUANTITY_MODIFIERS:
        j -= 1  # "More than 4 in 10"
    s, e = tokens[j][0], tokens[-1][1]
    return Phrase(s, e, text[s:e], "group")


def _bare_quantity(text: str, tokens: list[tuple[int, int, str]]) -> Phrase | None:
    """A share of a poll's respondents with no group after it: "to which 21 percent said
    …", "14% said", "Two-thirds said", "a majority said" (the group is the poll's)."""
    if not tokens:
        return None
    head = tokens[-1][2].lower()
    if is_number(head) and text.startswith("%", tokens[-1][1]):
        # "53% describe themselves as liberal" (the tokens leave the sign out)
        k = len(tokens) - 1
        if k > 0 and tokens[k - 1][2].lower() in _QUANTITY_MODIFIERS:
            k -= 1  # "About 21% said"
        s = tokens[k][0]
        return Phrase(s, tokens[-1][1] + 1, text[s : tokens[-1][1] + 1], "group")
    if head.endswith("%") and is_number(head[:-1]):
        start = len(tokens) - 1
    elif head in _QUANTITY_HEADS:
        start = _quantity_start([*tokens, (tokens[-1][1], tokens[-1][1], "of")], len(tokens))
        if start == len(tokens) - 1 and head in _COUNTED_HEADS:
            return None  # a bare "percent" or "third" quantifies nothing
    else:
        return None
    if start < 0:
        return None
    s, e = tokens[start][0], tokens[-1][1]
    return Phrase(s, e, text[s:e], "group")


def _reduced_relative(tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """The index of a past participle that, with only a time phrase after it, ends
    ``tokens[:i]``: "released last year", "published on Monday", "issued in 2014"."""
    k = i
    while k > 0 and i - k < _REDUCED_TIME_WORDS and _time_token(tokens[k - 1][2]):
        k -= 1
    if k < 3:
        return None
    w = tokens[k - 1][2]
    if not (w.islower() and w.endswith("ed")) or tokens[k - 2][2][:1] in ",;:(":
        return None
    return k - 1


_REDUCED_TIME_WORDS = 4


# Particles between a participle and its "by": "combed through by", "handed out by".
_PARTICLES = frozenset("through out up down over off".split())


def _passive_agent_head(
    text: str, tokens: list[tuple[int, int, str]], found: Phrase
) -> Phrase | None:
    """The noun phrase and its reduced relative when ``found`` is the agent after "by" of
    a past participle that follows that noun phrase: "emails combed through by Vox"."""
    if not text[max(0, found.start - 4) : found.start].rstrip().endswith("by"):
        return None  # (the cheap test first: most mentions follow no "by")
    k = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n][0] == found.start), -1)
    if k < 3 or tokens[k - 1][2] != "by":
        return None
    p = k - 2
    if tokens[p][2] in _PARTICLES:
        p -= 1
    w = tokens[p][2] if p > 0 else ""
    if not (w.islower() and w.endswith("ed")) or tokens[p - 1][2].lower() in _PASSIVE_AUX:
        return None
    head = _subject_before(text, tokens[:p])
    if head is None or head.end != tokens[p - 1][1] or head.kind in ("pronoun", "relative"):
        return None
    return Phrase(head.start, found.end, text[head.start : found.end], head.kind)


def _time_token(word: str) -> bool:
    """A word of a time phrase after a participle: "last year", "on Monday", "in 2014"."""
    return _is_time_word(word.lower()) or word in ("on", "in", "the")


def _with_head(text: str, tokens: list[tuple[int, int, str]], found: Phrase) -> Phrase:
    """The whole subject when the phrase found is the object of a preposition after a
    group noun: "Several GOP leaders on the ground told", "Residents of the town said"
    (the group speaks, not "the ground"; "a staffer in the room" keeps its head)."""
    k = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n][0] == found.start), -1)
    if k < 2 or tokens[k - 1][2] not in _POSTMODIFIER_PREPOSITIONS:
        return found
    # ... also past a participle: "Protesters marching through the streets chanted".
    j = k - 2 if tokens[k - 2][2].endswith("ing") and tokens[k - 2][2].islower() else k - 1
    head = _phrase_back(text, tokens[:j])
    if head is None or head.kind != "group" or head.end != tokens[j - 1][1]:
        return found
    return Phrase(head.start, found.end, text[head.start : found.end], head.kind)


# Prepositions that open a noun's modifier: "leaders on the ground", "residents of".
_POSTMODIFIER_PREPOSITIONS = frozenset({"of", "on", "in", "at", "from", "through", "outside"})


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
            or (
                tokens[i - 1][2].endswith("ly")
                and tokens[i - 1][2][:1].islower()
                and tokens[i - 1][2] not in en.LY_NOUNS
            )
            or (
                # "Ms. Ray first said", "it now says": an adverb after a subject, not a
                # modifier after a determiner ("his first", "the now").
                tokens[i - 1][2] in _SUBJECT_ADVERBS
                and i > 1
                and tokens[i - 2][2][:1].isalpha()
                and tokens[i - 2][2].lower() not in _DETERMINERS
                and not tokens[i - 2][2].endswith(("'s", "’s"))
            )
            # "Her advisers have long said": "long" after a perfect's auxiliary.
            or (tokens[i - 1][2] == "long" and i > 1 and tokens[i - 2][2] in _PERFECT)
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


# Adverbs that sit between a subject and its verb but also modify nouns ("his first term").
_SUBJECT_ADVERBS = frozenset({"first", "now"})
_PERFECT = frozenset({"has", "have", "had"})
# "was attacked by Clinton": a passive verb, no reduced relative.
_PASSIVE_AUX = en.BE_FORMS | _PERFECT
# Words that make a phrase before a verb a clause of its own, not an adjunct: a relative
# pronoun or a subject pronoun ("in which he pledged", "at which point they said").
_CLAUSE_WORDS = frozenset("which whom whose he she they we i".split())
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
        before = tokens[: i - 1]
        return _subordinate_subject(text, before) or _subject_past_relative(text, before)
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
                or (len(t[2]) == 4 and t[2].isdigit())  # "who in 2010 said"
                for t in tokens[j:i]
            )
            head = tokens[j - 2][2] if j > 1 else ""
            if any(t[2].lower() in _CLAUSE_WORDS for t in tokens[j:i]):
                break  # "a speech in Salt Lake City in which he pledged": "he" speaks
            if timely or (head[:1].isupper() or head.lower() in _PRONOUNS):
                i = j - 1
                # ... and the auxiliary before it: "allies have in the past said".
                while i > 0 and tokens[i - 1][2] in _SKIPPABLE:
                    i -= 1
                if i > 1 and tokens[i - 1][2].lower() in _RELATIVES and tokens[i - 2][2] == ",":
                    s, e, t = tokens[i - 1]
                    return Phrase(s, e, t, "relative")  # "McConnell, who in 2010 said"
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
        named_between = k < i - 1 and (tokens[k][2][:1].isupper() or _led_name(tokens, k, i - 1))
        named_before = (
            k > 1 and tokens[k - 2][2][:1].isupper() and not _object_of_common(text, tokens, k - 1)
        )
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


def _subject_past_relative(text: str, tokens: list[tuple[int, int, str]]) -> Phrase | None:
    """ "Reid, who endorsed Clinton in February, reiterated those feelings and stressed":
    the main clause's verb follows a relative clause between commas, so the noun before
    the relative pronoun is the subject of the verbs coordinated with it."""
    n = len(tokens)
    if n > 0 and tokens[n - 1][2] == ",":
        n -= 1  # "did not mention him, but told"
    close = next((k for k in range(n - 1, 2, -1) if tokens[k][2] in ',;:()"“”—–'), -1)
    if close < 3 or tokens[close][2] != "," or not _verb_like(tokens[close + 1][2]):
        return None
    if not tokens[close + 1][2].islower():
        return None
    for r in range(close - 1, 1, -1):
        word = tokens[r][2]
        if not word[:1].isalnum():
            return None  # another mark: not one relative clause
        if word.lower() in ("who", "which") and tokens[r - 1][2] == ",":
            found = _phrase_back(text, tokens[: r - 1])
            if found is None or found.kind in ("pronoun", "relative"):
                return None
            return found
    return None


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


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "of"})
