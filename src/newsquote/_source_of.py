"""The source of a cue inside a sentence: its subject, the subject of the verb a
participle continues ("X said on TV, adding ..."), or the name after an inverted cue."""

from __future__ import annotations

import re

from ._causatives import _caused
from ._clause import (
    _AUX,
    _LEADING_COORDINATORS,
    _cue_words,
    _is_finite,
    _norm,
    _past_adjunct,
    _skip_space,
    _words,
)
from ._clause import _sentence_subject as _clause_subject
from ._cues import BELIEF_FORMS, STRONG_FORMS, lemma_of
from ._lexicon import en
from ._lexicon.en import DAY_NAMES
from ._mention_shapes import _PRONOUNS
from ._speakers import Phrase, mention_after, mention_before

__all__ = [
    "absolute_subject",
    "after_noun_phrase",
    "second_participle",
    "source_of",
]


def source_of(text: str, ss: int, cs: int, ce: int, limit: int | None = None) -> Phrase | None:
    """The source of the cue ``[cs, ce)`` in a sentence starting at ``ss``."""
    word = _norm(text[cs:ce])
    prev = _words(text, max(ss, cs - 40), cs)
    prev_word = _norm(prev[-1][2]) if prev else ""
    if word.endswith("ing") and prev_word in _CARRIED:
        # "held up a sign saying “…”", "carrying banners reading …": the words on a sign
        # are those of whoever carries it, the subject of the sentence.
        carrier = _clause_subject(text, ss, cs)
        if carrier is not None:
            return carrier
    # A participle after a comma or "by" reports the sentence's subject ("Trump went
    # after Bush, calling him ..."); so does a verb coordinated with "and" ("Carson took
    # the stage and called the system ...").
    if word.endswith("ing") and (
        text[ss:cs].rstrip().rstrip("”\"’'").endswith(",")  # ', saying', '“Joe,” calling'
        or prev_word in _PARTICIPLE_OPENERS
        or after_noun_phrase(prev)
        or (prev_word == "and" and second_participle(text, ss, cs))
    ):
        absolute = absolute_subject(text, ss, cs, prev)
        if absolute is not None:
            return absolute
        # "“...,” Graham said on MSNBC, adding, “...”": the participle continues the
        # frame before it in the sentence, whose source is nearer than the subject.
        fronted = _fronted_clause_end(text, ss, cs)
        joined = _joined_clause(text, ss, cs)
        for earlier in reversed(_cue_words(text, ss, cs)):
            if earlier.start() < fronted:
                break  # "When groups advocated for it, Lee pressured them by threatening"
            if joined is not None and earlier.start() < joined[0]:
                break  # "…, and she becomes upset, shouting": the nearer clause's subject
            if _noun_use(text, ss, earlier.start()) or _object_noun(text, ss, earlier):
                continue  # "downplayed Ryan’s comments, saying ...": a noun, not a verb
            if _odd_marks(text, earlier.end(), cs):
                continue  # 'she stated, “I think …,” adding': a verb of the quotation
            if _norm(earlier.group()) in BELIEF_FORMS:
                # "Clinton told the audience that she believes ..., saying": a belief
                # inside the reported clause; the participle goes with the telling.
                continue
            # A weak cue in the past ("Lewandowski added, saying ...") is a verb here too:
            # only a verb takes the participle that follows it after a comma.
            past = _norm(earlier.group()).endswith("ed")
            if (_norm(earlier.group()) in STRONG_FORMS or past) and not earlier.group().endswith(
                "ing"
            ):
                found = mention_before(text, earlier.start(), ss)
                if found is not None and found.kind == "relative":
                    # "Mr. Trump, who said last week …, issued a statement saying": the
                    # relative clause's verb is not the one the participle goes with;
                    # the noun the clause describes speaks.
                    comma = text.rfind(",", ss, found.start)
                    if comma >= 0 and not text[comma + 1 : found.start].strip():
                        found = mention_before(text, comma, ss) or found
                    elif found.text.lower() in ("who", "that", "which"):
                        # "defended not paying an architect who said he was owed,
                        # saying": a restrictive clause's verb; the main clause's
                        # subject speaks.
                        continue
                if _inverted(text, ss, earlier.start()) and (
                    found is None or _QUOTE_CLOSE.search(text, found.end, earlier.start())
                ):
                    # '“…,” said Rep. Doe at the time, adding that …': the source
                    # follows its cue (not a word inside the quotation before it).
                    found = mention_after(text, earlier.end(), cs) or found
                if found is not None:
                    return found
                break
        # (When the first verb has no subject, a later one may: "The retired surgeon
        # has given no details, saying ...".)
        subject = (
            (joined[1] if joined is not None else None)
            or _trailing_clause_subject(text, ss, cs)
            or _sentence_subject(text, ss, cs)
            or _later_subject(text, ss, cs)
        )
        if subject is None and text[ss:cs].rstrip().endswith(","):
            # "Mr. Biden, recalling the talks, described ...": the participle sits
            # between the subject, first in its sentence or after a fronted adjunct, and
            # its verb (not "took aim at his rival's plan, arguing").
            subject = mention_before(text, text.rindex(",", ss, cs), ss)
            head = text[ss : subject.start].rstrip() if subject is not None else ","
            if head and not head.endswith(","):
                subject = None
        return subject
    found = mention_before(text, cs, ss)
    if found is not None:
        found = _not_prepositional(text, ss, cs, word, found)
    if (
        found is not None
        and word == lemma_of(word)
        and (_norm(found.text.split()[0]) in ("a", "an") or _norm(found.text) == "the following")
        and not text[found.end : cs].strip()  # ("a reader would now ask:" has a verb)
    ):
        # "Sanders delivered a snappy retort:", "made the following comment:": the cue
        # is a noun, its article no subject; the sentence's subject speaks.
        found = _sentence_subject(text, ss, found.start) or found
    if found is None and prev_word == "to":
        # "After the complaint was filed, Smith continued to say ...": the subject of the
        # verb that takes the infinitive, not a subject earlier in the sentence.
        taker = _verb_before_to(prev)
        going = len(prev) > 2 and _norm(prev[-2][2]) == "on" and _norm(prev[-3][2]) == "going"
        if going:
            # '“…,” Lee said, going on to say …': the participle's own source.
            found = source_of(text, ss, prev[-3][0], prev[-3][1])
        elif taker is not None:
            found = mention_before(text, taker, ss)
        else:
            found = _caused(text, ss, prev[-1][0])
        if found is not None:
            return _antecedent(text, ss, cs, found)
    # "He went on to say, ...": an infinitive reports the subject of its sentence too.
    # ("but on Tuesday wrote that": a time between the conjunction and its verb)
    core = _without_time(prev)
    coordinated = any(_norm(w) in ("and", "but", "to") for _, _, w in core[-2:])
    if found is None and coordinated:  # "and then predicted:", "went on to say"
        found = _coordinate_subject(text, ss, cs, core) or _sentence_subject(text, ss, cs)
        if found is not None and _inside_quote(text, ss, found.start):
            found = None  # '“We think so,” he said, and then predicted:': not "We"
        # ("and then predicted": an adverb may follow "and".)
        wide = _words(text, max(ss, cs - 120), cs)
        at = next((n for n in (-1, -2) if len(wide) >= -n and _norm(wide[n][2]) == "and"), 0)
        if found is None and at:
            # "such as when Cruz knocked Rubio on trade and called him …": no main
            # subject to take; the subject of the nearest verb before "and".
            verb = next((w for w in reversed(wide[:at]) if _is_finite(w[2], loose=False)), None)
            found = mention_before(text, verb[0], ss) if verb is not None else None
        return _antecedent(text, ss, cs, found)
    if found is None and limit is not None:
        found = mention_after(text, ce, limit)  # "…, said Putin:" / "told by X:"
    return found


def second_participle(text: str, ss: int, cs: int) -> bool:
    """Whether the participle at ``cs`` is the second of two after a comma: "gathered,
    holding signs and chanting “Dump Trump.”" (it has the first one's subject)."""
    comma = text.rfind(",", max(ss, cs - 80), cs)
    if comma < 0 or not text.endswith(" and ", comma, cs):
        return False
    first = _words(text, comma, cs)
    return bool(first) and first[0][2][:1].islower() and first[0][2].endswith("ing")


def _without_time(prev: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``prev`` without a time phrase at its end ("on Tuesday", "last week")."""
    k = len(prev)
    while k > 0 and _norm(prev[k - 1][2]) in _TIME_AFTER_NOUN:
        k -= 1
    timed = any(_norm(w) in DAY_NAMES or _norm(w) in _DAY_TIMES for _, _, w in prev[k:])
    return prev[:k] if timed else prev


def _coordinate_subject(
    text: str, ss: int, cs: int, prev: list[tuple[int, int, str]]
) -> Phrase | None:
    """The subject of the clause a verb after "and" continues, when a conjunction or a
    comma opens that clause: "a group called for a boycott, and the league denounced
    him and said ...", "when the speaker lamented ... and criticized ..."; not "Smith
    said he was tired and added" (a reported clause: Smith adds)."""
    at = next((n for n in (-1, -2) if len(prev) >= -n and _norm(prev[n][2]) in ("and", "but")), 0)
    if not at:
        return None
    wide = _words(text, max(ss, prev[at][0] - 120), prev[at][0])
    verb = next(
        (
            w
            for n, w in reversed(list(enumerate(wide)))
            if _verb_at(text, ss, w)
            # (a present verb after a subject pronoun that opens its clause: "(they want
            # lower rates and suggest"; not "proposed we wake up and said")
            or (
                n > 1
                and _norm(wide[n - 1][2]) in _PRONOUNS
                and w[2].isalpha()
                and w[2].islower()
                and text[wide[n - 2][1] : wide[n - 1][0]].strip() in ("(", ",", ";")
            )
        ),
        None,
    )
    if verb is None:
        return None
    found = mention_before(text, verb[0], ss)
    if found is None or found.kind == "relative" or found.start <= ss:
        return None
    head = text[ss : found.start].rstrip()
    if head.endswith((",", ";", "—", "–", " -", "(")):  # "(they want … and suggest"
        return found
    words = _words(text, max(ss, found.start - 80), found.start)
    if words and _norm(words[-1][2]) in _CLAUSE_LINKS:
        return found
    # "…, and the Jewish civil rights organization the Anti-Defamation League denounced
    # … and said": an appositive noun phrase between the link and the name.
    link = next(
        (n for n in range(len(words) - 1, -1, -1) if _norm(words[n][2]) in ("and", "but")), -1
    )
    between = words[link + 1 :] if link >= 0 else []
    if (
        0 < len(between) <= _APPOSITIVE_HEAD_WORDS
        and text[words[link][0] - 2 : words[link][0]].startswith(",")
        and _norm(between[0][2]) in ("the", "a", "an")
        and not any(_is_finite(w, loose=False) for _, _, w in between)
    ):
        return found
    return None


def _verb_at(text: str, ss: int, word: tuple[int, int, str]) -> bool:
    """Whether a word is a finite verb, not a noun of the same form ("the remarks")."""
    w = word[2]
    return w[:1].islower() and _is_finite(w, loose=False) and not _noun_use(text, ss, word[0])


# How long a descriptive noun phrase before a name may be ("the prominent Jewish civil
# rights organization the Anti-Defamation League").
_APPOSITIVE_HEAD_WORDS = 8
# Words that open a clause with a subject of its own ("..., and the league said").
_CLAUSE_LINKS = frozenset(
    "and but when while as where whereas because though although yet so".split()
)


def _fronted_clause_end(text: str, ss: int, cs: int) -> int:
    """Where a fronted adverbial clause ("When the vote was held, ...") ends: its comma;
    the sentence start when none opens the sentence."""
    ss = _past_adjunct(text, ss, cs)  # "In a September debate, while ..., Trump ..."
    first = _words(text, ss, min(cs, ss + 16))[:2]
    if first and _norm(first[0][2]) in _LEADING_COORDINATORS:
        first = first[1:]  # "And although he thanked …, he sounded …, saying"
    if not first or _norm(first[0][2]) not in _FRONTED:
        return ss
    comma = text.find(",", first[0][1], cs)
    return comma if comma >= 0 else ss


# Conjunctions that open a fronted adverbial clause.
_FRONTED = frozenset("when while after before as although though if because since once".split())


def _trailing_clause_subject(text: str, ss: int, cs: int) -> Phrase | None:
    """The group that is the subject of a subordinate clause ending at the participle's
    comma: "… when Sanders protesters interrupted her speech, shouting “…”", "where about
    50 protesters had gathered, chanting …": a crowd's words go with the nearest clause
    (a person there stays ambiguous: "Trump attacked Bush when Rubio spoke, saying …")."""
    comma = text.rfind(",", max(ss, cs - 4), cs)
    if comma < 0:
        return None
    words = _words(text, max(ss, comma - 100), comma)
    k = next(
        (n for n in range(len(words) - 1, -1, -1) if _norm(words[n][2]) in _TRAILING_OPENERS),
        -1,
    )
    if k <= 0 or "," in text[words[k][1] : comma]:
        return None  # none, or the clause opens the sentence (a fronted one)
    verb = next(
        (w for w in words[k + 1 :] if w[2][:1].islower() and _is_finite(w[2], loose=False)),
        None,
    )
    if verb is None:
        return None
    found = mention_before(text, verb[0], words[k][1])
    return found if found is not None and found.kind == "group" else None


def _joined_clause(text: str, ss: int, cs: int) -> tuple[int, Phrase] | None:
    """Where a clause joined with ", and" or ", but" starts, and its subject, when the
    participle's comma ends that clause: "the camera is facing the ground, and she becomes
    increasingly upset, shouting …" (the nearest clause's subject does the shouting)."""
    comma = text.rfind(",", max(ss, cs - 4), cs)
    if comma < 0:
        return None
    words = _words(text, max(ss, comma - 100), comma)
    k = next(
        (n for n in range(len(words) - 1, 0, -1) if _norm(words[n][2]) in ("and", "but")),
        -1,
    )
    if k <= 0 or not text[words[k - 1][1] : words[k][0]].startswith(","):
        return None
    verb = next((n for n in range(k + 1, len(words)) if _is_finite(words[n][2])), None)
    if verb is None or not words[verb][2][:1].islower():
        return None
    found = mention_before(text, words[verb][0], words[k][1])
    if found is None or found.start != _skip_space(text, words[k][1], comma):
        return None  # the subject must open the clause: ", and then, in May, she ..."
    return words[k][0], found


# Conjunctions and relatives that open a clause after the main one's verb.
_TRAILING_OPENERS = frozenset("when where while as after".split())


def _verb_before_to(prev: list[tuple[int, int, str]]) -> int | None:
    """Where the finite verb before an infinitive's "to" starts: "continued to", "went
    on to", "declined to"; None after a noun or an adjective ("urged Congress to")."""
    k = len(prev) - 2
    if k >= 1 and _norm(prev[k][2]) == "on":
        k -= 1  # "went on to say"
    if k < 0 or not prev[k][2][:1].islower() or not _is_finite(prev[k][2], loose=False):
        return None
    return prev[k][0]


def _object_noun(text: str, ss: int, cue: re.Match[str]) -> bool:
    """Whether an -s cue form is a plural noun in an object: the phrase before it follows
    a verb or a preposition ("reiterated his campaign comments", "to calm Russian fears",
    "about party claims"), where no subject stands."""
    word = _norm(cue.group())
    if word.endswith(("ed", "ing")) or not cue.group()[:1].islower():
        return False
    prev = _words(text, max(ss, cue.start() - 30), cue.start())
    if (
        len(prev) > 1
        and _norm(prev[-1][2]) == "that"
        and prev[-2][2][:1].islower()
        and _is_finite(prev[-2][2], loose=False)
        and _norm(prev[-2][2]) not in _AUX
    ):
        return True  # "echoed that promise on Monday, saying": "that" is a determiner
    if not word.endswith("s"):
        return False
    found = mention_before(text, cue.start(), ss)
    if found is None or found.kind in ("pronoun", "relative"):
        return False
    prev = _words(text, max(ss, found.start - 30), found.start)
    if not prev or text[prev[-1][1] : found.start].strip():
        return False  # "In Iowa, the senator claims": a comma closes the adjunct
    before = prev[-1][2]
    low = _norm(before)
    if not before[:1].islower():
        return False
    if low in _OBJECT_OPENERS or (_is_finite(before, loose=False) and low not in _AUX):
        return True
    if low.endswith("ing") and len(low) > 5:
        return True  # "is defending his early tweets, saying"
    return len(prev) > 1 and _norm(prev[-2][2]) == "to"  # "to calm Russian fears"


# Prepositions whose object an -s cue form ends ("about his comments, saying").
_OBJECT_OPENERS = frozenset("of about on to with for from over against into at by in".split())


# Words after which a participle is an adjunct of the sentence ("by saying", "before
# adding").
# Words after which a participle reports its sentence's subject: "by saying", "erred in
# saying that ...", "while insisting that ..." (not "without": "it goes without saying").
_PARTICIPLE_OPENERS = frozenset("by including while before after when upon in".split())


def absolute_subject(
    text: str, ss: int, cs: int, prev: list[tuple[int, int, str]]
) -> Phrase | None:
    """The subject of an absolute clause, "with one of her ads asking ...": after "with",
    the noun phrase right before the participle is its own subject."""
    at = next((k for k in range(len(prev) - 2, -1, -1) if _norm(prev[k][2]) == "with"), -1)
    # (the words leave numbers out: "with three in 10 saying" ends in "in")
    if at < 0 or "," in text[prev[at][1] : cs] or text[prev[-1][1] : cs].strip(" %0123456789"):
        return None
    if any(_is_finite(w, loose=False) for _, _, w in prev[at + 1 :]):
        return None  # "with a group that said, ..."
    found = mention_before(text, cs, ss)
    return found if found is not None and found.start > prev[at][0] else None


def _sentence_subject(text: str, ss: int, limit: int) -> Phrase | None:
    """The main subject of a sentence, also after a fronted clause that an adverb opens
    ("Even after the vote was held, Smith said", "Shortly before the talks began, ...")."""
    lead = _words(text, ss, min(limit, ss + 30))
    if len(lead) > 2 and _norm(lead[0][2]) in _FOCUS and _norm(lead[1][2]) in _CLAUSE_OPENERS:
        comma = text.find(",", lead[1][1], limit)
        if comma >= 0:
            return _clause_subject(text, comma + 1, limit)
    return _clause_subject(text, ss, limit)


def _later_subject(text: str, ss: int, limit: int) -> Phrase | None:
    """The subject of the first finite verb that has one, when the first verb has none:
    "The retired surgeon has provided ...", "On Sunday Mr. Lee made ..., writing"."""
    tries = 0
    for k, (s, _, w) in enumerate(_words(text, ss, limit)):
        if k == 0 or not w[:1].islower() or not _is_finite(w, loose=False):
            continue
        found = mention_before(text, s, ss)
        if found is not None:
            return found
        tries += 1
        if tries == _TRIES:
            break
    return None


# How many verbs to try for a subject (a long sentence costs no more than this).
_TRIES = 4


# Adverbs before a fronted clause's conjunction, and the conjunctions.
_FOCUS = frozenset("even just shortly soon long right only ever not".split())
_CLAUSE_OPENERS = frozenset("after before as when while though if since until once".split())


def _antecedent(text: str, ss: int, cs: int, found: Phrase | None) -> Phrase | None:
    """The noun a relative pronoun describes, when the relative clause closes before the
    cue: "Jo Doe, who signed the law, interjected to say:" is said by Jo Doe."""
    if found is None or found.kind != "relative" or "," not in text[found.end : cs]:
        return found
    comma = text.rfind(",", ss, found.start)
    if comma < 0 or text[comma + 1 : found.start].strip():
        return found
    return mention_before(text, comma, ss) or found


def _not_prepositional(text: str, ss: int, cs: int, word: str, found: Phrase) -> Phrase:
    """The subject, when the phrase before the cue is the object of a preposition: "his
    campaign sent a text to supporters saying", "a source speaking to Fox News said"."""
    prev = _words(text, max(ss, found.start - 40), found.start)
    if len(prev) < 2 or _norm(prev[-1][2]) not in _OBJECT_PREPOSITIONS:
        return found
    if _norm(prev[-2][2]) == "according" or any(
        _norm(w) in _AUX for _, _, w in _words(text, found.end, cs)
    ):
        return found  # "according to X", "photos from the rally are revealing"
    if text[prev[-1][1] : found.start].strip():
        return found  # "In Iowa, Clinton said": a comma closes the adjunct
    before = prev[-2]
    if _norm(before[2]).endswith("ing"):
        return mention_before(text, before[0], ss) or found  # "a source speaking to X said"
    if word.endswith("ing"):
        return _sentence_subject(text, ss, cs) or found  # "sent an email to X saying"
    return found


# Prepositions whose object is no subject of the verb after it.
# ("with Trump yelling" is an absolute clause: Trump speaks.)
_OBJECT_PREPOSITIONS = frozenset("to on from at".split())


def _inside_quote(text: str, ss: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation that opens after ``ss``."""
    head = text[ss:pos]
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _odd_marks(text: str, start: int, end: int) -> bool:
    """Whether a quotation closes in ``[start, end)`` that opened before it: an odd number
    of double marks (a title in marks, '"Morning Joe,"', is a pair)."""
    piece = text[start:end]
    return (piece.count("“") + piece.count("”") + piece.count('"')) % 2 == 1


# Things people carry or wear whose words are theirs ("a sign saying", "shirts reading").
_CARRIED = frozenset(
    "sign signs banner banners placard placards poster posters shirt shirts t-shirt "
    "t-shirts hat hats cap caps button buttons".split()
)


# A closing quotation mark (between a word of the quotation and a cue after it).
_QUOTE_CLOSE = re.compile(r"[”\"’]|''")


def _inverted(text: str, ss: int, cs: int) -> bool:
    """Whether the cue at ``cs`` follows a quotation or a comma, its source after it."""
    head = text[ss:cs].rstrip()
    return head.endswith((",", ",”", ',"', ",’", ",''", "?”", '?"', "!”", '!"'))


# Words after which a cue form is a noun: a possessive or a determiner ("Sanders’
# comments", "the report", "his statements").
_DETERMINERS = frozenset("the a an his her their its this these those my our your".split())


def _noun_use(text: str, ss: int, cs: int) -> bool:
    """Whether the cue form at ``cs`` is a noun after a possessive or a determiner."""
    prev = _words(text, max(ss, cs - 30), cs)
    if not prev or text[prev[-1][1] : cs].strip():
        return False
    word = _norm(prev[-1][2])
    if word in _DETERMINERS or word.endswith(("'s", "s'")):
        return True
    # An adjective between: "sounded a rare note of ..." (only a base form can be such a
    # noun: "the mayor said", "the mayor says" are verbs).
    here = _words(text, cs, min(len(text), cs + 30))
    cue = _norm(here[0][2]) if here else ""
    if len(prev) < 2 or lemma_of(cue) != cue:
        return False
    adjective = prev[-1][2]
    # A name as a modifier too: "posted a Facebook comment", "at a Senate hearing".
    modifier = adjective[:1].isupper() or (
        adjective[:1].islower() and not _is_finite(adjective) and not _is_adverb(adjective)
    )
    return modifier and _norm(prev[-2][2]) in ("a", "an")  # "the email read": a verb too


_ADVERBS = frozenset("then also later again still once now just never even soon finally".split())


def _is_adverb(word: str) -> bool:
    w = _norm(word)
    return w in _ADVERBS or (
        w.endswith("ly") and word[:1].islower() and len(w) > 4 and w not in en.LY_NOUNS
    )


# Words of a time phrase after a noun or a conjunction ("tweets early Friday saying",
# "but on Tuesday wrote"): days and times of day, and the words that modify them.
_DAY_TIMES = frozenset("morning afternoon evening night week today yesterday tonight".split())
_TIME_AFTER_NOUN = (
    DAY_NAMES | _DAY_TIMES | frozenset("early late earlier later on last this".split())
)


# Messages a writer sends: "a series of tweets saying …" reports the sender.
_MESSAGES = en.DOCUMENT_NOUNS | frozenset(
    "tweets posts messages emails e-mails texts ads comments remarks statements".split()
)


def after_noun_phrase(prev: list[tuple[int, int, str]]) -> bool:
    """Whether the words before a participle end in a noun phrase with its determiner
    (a time may follow the phrase: "a series of tweets early Friday saying")."""
    k = len(prev)
    while k > 2 and _norm(prev[k - 1][2]) in _TIME_AFTER_NOUN:
        k -= 1
    tail = [_norm(w) for _, _, w in prev[max(0, k - 3) : k]]
    if len(tail) == 3 and tail[1] == "of" and tail[2] in _MESSAGES and k > 3:
        # "a series of tweets saying": the messages carry the words (not "a clip of
        # McCain saying", whose participle is McCain's).
        tail = [_norm(prev[k - 4][2]), *tail]
    if len(tail) < 2 or tail[-1] in _AUX or tail[-1].endswith(("ly", "ing")):
        return False
    return any(w in ("a", "an", "the", "his", "her", "their", "its") for w in tail[:-1])
