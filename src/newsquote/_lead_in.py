"""Lead-ins: the clause before a quotation that names who speaks.

``SOURCE CUE: “…”``, ``SOURCE CUE, “…”``, ``CUE SOURCE, “…”``, "as SOURCE put it, “…”", a
short clause before a colon ("Kasich resisted:"), and a short sentence of its own before
the quotation ("Smith agreed. “…”").
"""

from __future__ import annotations

import re

import regex

from ._clause import (
    _IRREGULAR_PAST,
    _PHRASE_CUE,
    _cue_words,
    _has_marks,
    _is_finite,
    _norm,
    _sentence_subject,
    _skip_space,
    _words,
)
from ._cues import REPORTING_FORMS
from ._labels import named_colon as _named_colon
from ._lexicon import en
from ._reported import _SAID, _content_start
from ._source_of import _ADVERBS, _FRONTED, _is_adverb, _odd_marks, source_of
from ._speakers import Phrase, mention_after, mention_before

__all__ = ["beat_subject", "intro_sentence", "lead_in", "lead_in_subject", "put_it"]


def lead_in(text: str, ss: int, end: int) -> tuple[tuple[int, int], Phrase | None] | None:
    """The cue and source of a lead-in ``[ss, end)`` that ends in ",", ":" or a dash
    ("Peskov emphasized:", "He said,", "according to the Kremlin:"), or None."""
    before = text[ss:end].rstrip()
    if not before or before[-1] not in ",:—–-":
        return None
    if before[-1] == ":":
        named = _named_colon(text, ss, ss + len(before) - 1)
        if named is not None:
            return named
    # A cue word after a determiner is a noun: "saying at one point,", "at which point",
    # "A footnote in the report makes that clear:".
    cues = [c for c in _cue_words(text, ss, end) if not _after_determiner(text, ss, c.start())]
    if not cues:
        phrase = None
        for m in _PHRASE_CUE.finditer(text, ss, end):
            phrase = m
        if phrase is None:
            put = put_it(text, ss, end)
            if put is not None:
                return put
            if before[-1] == ",":
                return _comma_lead_in(text, ss, end)
            if before[-1] != ":":
                return None
            clause = _colon_lead_in(text, ss, end)
            if clause is not None and clause[1].kind in _SPEAKING_KINDS:
                return clause
            return _name_before_colon(text, ss, end) or clause
        return phrase.span("cue"), mention_after(text, phrase.end(), end)
    put = put_it(text, ss, end)
    if put is not None and all(
        c.start() < put[0][0] or _norm(c.group()).endswith("ing") for c in cues
    ):
        # "As the chief executive, Jane Roe, put it in a memo explaining the deal, “…”":
        # the idiom names who speaks; a participle inside it does not.
        return put
    if (
        len(cues) > 1
        and not cues[-1].group().endswith("ing")
        and _elliptic_adjunct(text, ss, cues[-1].start())
    ):
        # "who told Congress when asked last month about the inquiry:": a clause with no
        # subject of its own ("when asked") is an adjunct of the cue before it.
        cues = cues[:-1]
    cue = cues[-1]
    coordinated = _coordinated_verb(text, ss, end)
    if coordinated is not None and coordinated[0] > cue.end():
        # "she thanked her home state and then boomed, “…”": the verb right before the
        # comma, coordinated with the one before, introduces the quotation.
        return coordinated, _coordinated_source(text, ss, coordinated[0], end)
    if not text[ss : cue.start()].strip(" “\"‘'") or _CONNECTIVE_HEAD.fullmatch(
        text, ss, cue.start()
    ):
        # "Said Dorothy Poynter, who grew up with him, “...”": the cue opens the sentence
        # and the source follows it.
        after = mention_after(text, cue.end(), end)
        if after is None and before[-1] == ":":
            return _colon_lead_in(text, ss, end) or (cue.span(), None)  # see below
        return cue.span(), after
    if before[-1] == ",":
        # "As Gov. Brown criticized Bill Clinton during a debate, Hillary shot back, “…”":
        # the cue is the fronted clause's; the main clause's verb introduces the quotation.
        main = _main_clause_start(text, ss, cue.end(), end, _FRONTING_AS)
        last = _comma_lead_in(text, main, end) if main is not None else None
        if last is not None:
            return last
    if len(_words(text, cue.end(), end)) > 6:
        if before[-1] != ":":
            # "Clinton said in the spring, when the story broke, “…”": adjuncts after
            # the cue, but no clause it reports.
            adjunct = _norm(_words(text, cue.end(), end)[0][2]) in _ADJUNCT_STARTS
            if adjunct and _content_start(text, cue.end(), end) is None:
                return cue.span(), source_of(text, ss, cue.start(), cue.end(), end)
            return None
        # A colon introduces the quotation however long the lead-in: "Mr. Amar said
        # that ..., a grand bargain might be possible: “...”" ... unless a second verb
        # of the same subject says it: "Clinton stressed her support of the raid ... and
        # said she has the essential quality for the job: “Steadiness ...”".
        cue = next((c for c in reversed(cues[1:]) if _and_said(text, ss, c)), cues[0])
    if before[-1] == ":":
        # "Reid said …, but he gave the Texan a compliment:", "When Trump suggested …,
        # Rubio fired back:": the clause that ends in the colon introduces the quotation.
        main = _main_clause_start(text, ss, cue.end(), end)
        last = _colon_lead_in(text, main, end) if main is not None else None
        if last is not None:
            return last
    source = source_of(text, ss, cue.start(), cue.end(), end)
    if source is None and before[-1] == ":":
        # "Asked whether ..., Mr. Smith shot back:": the cue word found ("Asked") has no
        # source; the clause before the colon still names who speaks.
        clause = _colon_lead_in(text, ss, end)
        if clause is not None:
            return clause
        # "Any decision to charge someone would involve Lynch, who told Congress …:": a
        # cue with no source (an infinitive of a noun) gives way to a later one with one.
        for later in (c for c in cues if c.start() > cue.start()):
            found = source_of(text, ss, later.start(), later.end(), end)
            if found is not None:
                return later.span(), found
        return cue.span(), None
    return cue.span(), source


# A second main clause: ", but he gave …", "; she added …".
_SECOND_CLAUSE = regex.compile(r"(?:[,;][”\"’']?+\s++(?:but|and|yet|so)|;)\s++")
# Conjunctions that open a fronted clause: "When Trump suggested …, Rubio fired back:".
# (not "as" before a colon: "As X reported, …:" names the source of what follows; a
# comma lead-in's own shape is strict enough to allow it)
# ("With" opens an absolute clause: "With Democratic leaders increasingly worried about
# ..., President Obama is rolling out a new message:"; its participle reports nothing.)
_FRONTING = _FRONTED - {"as"} | {"with"}
_FRONTING_AS = _FRONTED | {"with"}
# Adverbs before a fronting conjunction: "Ever since", "Even after", "Shortly before".
_FRONT_ADVERBS = frozenset("ever even just shortly long only right".split())


def _main_clause_start(
    text: str, ss: int, cue_end: int, end: int, fronting: frozenset[str] = _FRONTING
) -> int | None:
    """Where the last main clause of a lead-in starts when the cue at ``cue_end`` lies in
    an earlier clause: after ", but"/", and"/";" or after a fronted clause's comma."""
    start = None
    for m in _SECOND_CLAUSE.finditer(text, cue_end, end):
        start = m.end()
    if start is not None:
        return start
    head = _words(text, ss, min(end, ss + 24))
    if len(head) > 1 and _norm(head[0][2]) in _FRONT_ADVERBS:
        head = head[1:]  # "Ever since Sanders announced …, he has said …:"
    if head and _norm(head[0][2]) in fronting:
        comma = text.find(",", cue_end, end)
        return _skip_space(text, comma + 1, end) if comma >= 0 else None
    return None


def _and_said(text: str, ss: int, cue: re.Match[str] | regex.Match[str]) -> bool:
    """Whether a cue is a form of "say" or "tell" right after "and" (a second verb of
    the clause's subject)."""
    before = _words(text, max(ss, cue.start() - 8), cue.start())
    return bool(before) and _norm(before[-1][2]) == "and" and _norm(cue.group()) in _SAID


def _verb_after(text: str, subject: Phrase, end: int) -> tuple[int, int] | None:
    """The past-tense verb right after a subject that opens its clause, over an
    appositive between commas ("Filippo Grandi, the UN refugee chief, reacted") and an
    adverb ("then"), when no subordinate clause follows it."""
    rest = _words(text, subject.end, end)
    if text.startswith(",", subject.end):
        close = text.find(",", subject.end + 1, end)
        inner = _words(text, subject.end, close) if close >= 0 else []
        if not inner or len(inner) > _APPOSITIVE_WORDS:
            return None
        if any(w[:1].islower() and _is_finite(w, loose=False) for _, _, w in inner):
            return None
        rest = _words(text, close, end)
    rest = rest[1:] if rest and _is_adverb(rest[0][2]) else rest
    if len(rest) < 2 or not _is_past(rest[0][2]):
        return None
    if any(_norm(w) in _SUBORDINATORS for _, _, w in rest[1:]):
        return None  # "Smith smiled when the crowd cheered, “…”": who spoke is unclear
    return rest[0][0], rest[0][1]


# An appositive between commas after a name is short: "Mitch McConnell, R-Ky.,".
_APPOSITIVE_WORDS = 10


# Subjects that speak for themselves before a colon ("Kasich resisted:"); another subject
# ("The surge does not surprise Dana Shaw:") yields to a name the clause ends on.
_SPEAKING_KINDS = frozenset({"name", "pronoun", "organization"})


def _name_before_colon(text: str, ss: int, end: int) -> tuple[tuple[int, int], Phrase] | None:
    """ "The surge doesn't surprise Republican pollster Daron Shaw: “…”": with no cue and
    no subject that speaks, a person's full name right before the colon introduces that
    person's words (the colon hands over to whom the clause ends on)."""
    colon = ss + len(text[ss:end].rstrip()) - 1
    found = mention_before(text, colon, ss)
    if found is None or found.end != colon or found.kind != "name" or " " not in found.text:
        return None
    return (colon, colon + 1), found


def _elliptic_adjunct(text: str, ss: int, pos: int) -> bool:
    """Whether the cue at ``pos`` opens a clause with its subject left out: "when asked",
    "after being pressed", "if questioned" (not "while chanting,", which introduces)."""
    prev = _words(text, max(ss, pos - 30), pos)
    if prev and _norm(prev[-1][2]) == "being":
        prev = prev[:-1]
    return bool(prev) and _norm(prev[-1][2]) in en.ELLIPTIC_OPENERS


def _coordinated_verb(text: str, ss: int, end: int) -> tuple[int, int] | None:
    """A past-tense verb right before the lead-in's comma after "and (then)" or "but"."""
    if not text[ss:end].rstrip().endswith(","):
        return None
    words = _words(text, max(ss, end - 60), end)
    if words and _norm(words[-1][2]) in _PARTICLES:
        words = words[:-1]  # "and then shot back,"
    if len(words) < 2:
        return None
    vs, ve, verb = words[-1]
    if not _is_past(verb):
        return None
    k = len(words) - 2
    if _norm(words[k][2]) in _ADVERBS and k > 0:
        k -= 1  # "and then boomed"
    return (vs, ve) if _norm(words[k][2]) in ("and", "but") else None


def _is_past(word: str) -> bool:
    """A lower-case verb in the past tense: "boomed", "shot"."""
    return word[:1].islower() and (_norm(word).endswith("ed") or word in _IRREGULAR_PAST)


def _coordinated_source(text: str, ss: int, vs: int, end: int) -> Phrase | None:
    """The subject of the verb that "and" coordinates with the one at ``vs``: "as she
    thanked the crowd and then boomed," is said by "she", not the main clause's subject."""
    prev = _words(text, max(ss, vs - 120), vs)
    k = next((n for n in range(len(prev) - 1, -1, -1) if _norm(prev[n][2]) in ("and", "but")), -1)
    # The verb in the past, like the one coordinated with it, that has a subject ("state"
    # is a noun here, "adopted" an adjective).
    for w in reversed(prev[:k] if k > 0 else []):
        found = mention_before(text, w[0], ss) if _is_past(w[2]) else None
        if found is not None:
            return found
    return source_of(text, ss, vs, vs + 1, end)


# Words that open an adjunct after a lead-in's cue: "said in the spring, when …,".
_ADJUNCT_STARTS = frozenset("in on at during after before when while last earlier later".split())


# A connective alone before an inverted cue: "But, said Solovey, “…”", "And, added the
# mayor, “…”", "Still, said Smith, “…”".
_CONNECTIVE_HEAD = regex.compile(
    r"[\s“\"‘']*+(?:[Bb]ut|[Aa]nd|[Ss]till|[Yy]et|[Tt]hen|[Ll]ater|[Ss]o|[Nn]ow|[Bb]esides),?+\s++"
)


# "As Vulture put it, “…”", "as he puts it,": the source before a verb of saying that no
# lexicon lists as one ("put" alone is not a reporting verb).
_PUT_IT = regex.compile(
    r"(?<![\p{L}])[Aa]s\s++(?:[^\s;:]++\s++){1,30}?(?P<cue>put(?:s|ting)?\s++it)\b"
)


def put_it(text: str, start: int, end: int) -> tuple[tuple[int, int], Phrase] | None:
    """The cue and source of "as SOURCE put it" in ``text[start:end]``, or None."""
    m = _PUT_IT.search(text, start, end)
    if m is None:
        return None
    source = mention_before(text, m.start("cue"), m.start() + 3)
    if source is None:
        return None
    return m.span("cue"), source


_NOUN_DETERMINERS = frozenset("a an the one which this his her their its".split())


# Quantifiers of a plural: a plural subject takes no -s verb, so an -s word after them is
# a noun ("suggesting a few questions, including, “…”", "several statements").
_PLURAL_QUANTIFIERS = frozenset("few many several numerous various".split())


def _after_determiner(text: str, ss: int, pos: int) -> bool:
    prev = _words(text, max(ss, pos - 20), pos)
    if not prev:
        return False
    last = _norm(prev[-1][2])
    if last in _PLURAL_QUANTIFIERS:
        word = _words(text, pos, pos + 40)[:1]
        return bool(word) and _norm(word[0][2]).endswith("s")
    return last in _NOUN_DETERMINERS


def _colon_lead_in(text: str, ss: int, end: int) -> tuple[tuple[int, int], Phrase] | None:
    """A colon makes any short clause a lead-in: "Kasich resisted: “…”", "the Board was
    conclusive in its findings: “…”".  Its subject speaks; its verb is the cue."""
    words = _words(text, ss, end)
    if not words or len(words) > _COLON_LONG_WORDS:
        return None
    subject = _sentence_subject(text, ss, end)
    if subject is None or subject.kind == "relative" or _norm(subject.text) in ("it", "this"):
        return None  # "Wait, it gets better:" names no one
    if len(words) > _COLON_LEAD_WORDS:
        # A longer clause still introduces the quotation when a name or a pronoun opens
        # it: "Trump waved the crowd down, then leaned in and boomed: “…”".
        opening = text[ss : subject.start].strip(" “\"‘'")
        if subject.kind not in ("name", "pronoun", "organization") or (
            opening and not opening.endswith(",")
        ):
            return None  # after a fronted adjunct: "Ever since the vote, Ms. Doe has …:"
        at = -2 if _norm(words[-1][2]) in _PARTICLES else -1  # "and then leaned in:"
        if _is_past(words[at][2]) and _norm(words[at - 1][2]) in ("and", "then"):
            return (words[at][0], words[at][1]), subject
        # "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to
        # Trump:": the subject opens the clause and its verb follows it.
        verb_at = _verb_after(text, subject, end) if not opening else None
        if verb_at is not None:
            return verb_at, subject
    # Adverbs may come between the subject and its verb: "She then addressed the crowd:",
    # and an appositive between commas: "Mitch McConnell, R-Ky., delivered a message:".
    after = subject.end
    if text.startswith(",", after):
        close = text.find(",", after + 1, end)
        if close >= 0 and len(_words(text, after, close)) <= _APPOSITIVE_WORDS:
            after = close
    verb = next(
        (w for w in words if w[0] >= after and not _is_adverb(w[2])),
        None,
    )
    if verb is None or not _is_finite(verb[2]):
        return None
    return (verb[0], verb[1]), subject


def _comma_lead_in(text: str, ss: int, end: int) -> tuple[tuple[int, int], Phrase] | None:
    """A subject and a past-tense verb right before ", “" introduce a quotation whatever
    the verb: "Hillary Clinton cracked, “I'm a progressive …”", "Mr. Smith shot back,".
    News writers vary the verb of saying far beyond any lexicon; the shape (a subject
    that opens its clause, its verb, at most a particle, a comma, a quotation) is what
    marks the lead-in."""
    words = _words(text, max(ss, end - 120), end)
    if words and _norm(words[-1][2]) in _PARTICLES:
        words = words[:-1]  # "shot back,", "lashed out,"
    if not words:
        return None
    vs, ve, verb = words[-1]
    if not verb[:1].islower() or not (_norm(verb).endswith("ed") or verb in _IRREGULAR_PAST):
        return _clause_lead_in(text, ss, end)
    subject = mention_before(text, vs, ss)
    if subject is None or subject.kind == "relative" or subject.end > vs:
        return None
    head = text[ss : subject.start].rstrip(" “\"‘'")
    if head and not head.endswith(","):
        return None  # "When he arrived, …": a clause that sets the scene, not a lead-in
    return (vs, ve), subject


_PARTICLES = frozenset("back out up in".split())


def _clause_lead_in(text: str, ss: int, end: int) -> tuple[tuple[int, int], Phrase] | None:
    """A whole short clause before ", “": "Trump issued a statement, “…”", "Clinton
    shared her worry with donors at a fundraiser, “…”".  A name or a pronoun opens it
    (after a fronted adjunct), its verb in the past follows at once, and no subordinate
    clause comes after the verb: the quotation is what the clause's subject said."""
    words = _words(text, ss, end)
    if len(words) > _CLAUSE_LEAD_WORDS:
        return None
    subject = _sentence_subject(text, ss, end)
    if subject is None or subject.kind not in ("name", "pronoun", "organization"):
        return None
    verb = _verb_after(text, subject, end)  # "then issued", "Jo Doe, the mayor, said"
    return (verb, subject) if verb is not None else None


_CLAUSE_LEAD_WORDS = 25
_SUBORDINATORS = frozenset(
    "that when because who whom which while if after before since as until whether".split()
)


# A lead-in without a reporting verb is a short clause ("X resisted:"); a long one is a
# sentence of its own that happens to end in a colon.
_COLON_LEAD_WORDS = 12
_COLON_LONG_WORDS = 40


def lead_in_subject(text: str, ss: int, end: int) -> Phrase | None:
    """Who speaks in a long lead-in: the source of its first cue, else its subject."""
    for cue in _cue_words(text, ss, end):
        found = source_of(text, ss, cue.start(), cue.end())
        if found is not None:
            return found
    return _sentence_subject(text, ss, end)


def intro_sentence(text: str, ss: int, se: int) -> tuple[tuple[int, int], Phrase] | None:
    """The cue and source of a short sentence that introduces the quotation after it:
    "Dianne Bystrom agreed. “Mainstream Republicans ...”", "Smith explained on Tuesday."

    News often puts the speaker in a sentence of its own, a subject and a reporting verb
    with at most a few adverbial words after it, right before the quotation.  The subject
    must open the sentence: a longer sentence is a statement, not an introduction.
    """
    body = text[ss:se].rstrip()
    if not body.endswith("."):
        return None
    words = _words(text, ss, ss + len(body))
    for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
        s, e, w = words[k]
        if w[:1].isupper() or _norm(w) not in REPORTING_FORMS or _norm(w).endswith("ing"):
            continue
        source = mention_before(text, s, ss)
        quoted = _has_marks(text, ss, s) or "''" in text[ss:s]
        if source is not None and text[ss : source.start].strip() and not quoted:
            # "Sam Lau, the party's spokesman for Iowa said in a statement.": the name
            # that opens the sentence, before its appositive.
            head = mention_after(text, ss, s)
            if (
                head is not None
                and head.start == _skip_space(text, ss, s)
                and head.kind == "name"
                and text[head.end : head.end + 1] == ","
            ):
                source = head
        if source is None:
            return None
        opening = text[ss : source.start].rstrip()
        comma = opening.rfind(",")
        modifiers = opening[comma + 1 :].split()  # "digital" in ", digital consultant Jo Doe"
        tail = (
            comma >= 0
            and source.kind in ("name", "pronoun")  # "…, the jobs report was released." no
            and len(modifiers) <= 2
            and all(w.islower() for w in modifiers)
        )
        if opening and not (tail and not text[source.end : s].strip()):
            # "Or maybe Jeb Bush, consultant Phil Musser says.": a sentence its own
            # tail attributes introduces the quotation after it too.
            return None
        return (s, e), source
    return None


def beat_subject(text: str, ss: int, se: int) -> Phrase | None:
    """The named subject of a short sentence of action that opens with it ("Betsy Ebeling
    shook her head.", "Smith paused."), or None."""
    body = text[ss:se].rstrip()
    if not body.endswith(".") or _odd_marks(text, ss, se):
        return None
    if text[max(0, ss - 3) : ss].rstrip()[-1:] in ("”", '"', "’", "'"):
        return None  # '“…?” Hannity pressed.': the tail of the quotation before it
    words = _words(text, ss, ss + len(body))
    if not words or len(words) > _BEAT_WORDS:
        return None
    subject = mention_after(text, ss, ss + len(body))
    if subject is None or subject.kind != "name" or subject.start != words[0][0]:
        return None
    rest = [w for w in words if w[0] >= subject.end]
    rest = rest[1:] if rest and _is_adverb(rest[0][2]) else rest
    if not rest or not _is_past(rest[0][2]):
        return None
    return subject


# A beat is a short sentence: "Betsy Ebeling shook her head."
_BEAT_WORDS = 8


# A reporting sentence is a sentence, not a run of text this long.
_REPORTING_CHARS = 2000


def reporting_sentence(text: str, ss: int, se: int) -> tuple[tuple[int, int], Phrase] | None:
    """The cue and source of a sentence that reports what someone said, right before a
    quotation that has no attribution of its own: "Lynch announced the lawsuit on Monday.
    “We are seeking …”", "Trump was quick to add that the wall stays.¶“Not negotiable.”".

    The quotation goes on with what the sentence reported, so the sentence's speaker says
    it.  Only the sentence's main verb counts (its first cue word), and its subject must
    open the sentence: "The crowd cheered when Smith said …" reports no one's words.
    """
    if se - ss > _REPORTING_CHARS:
        return None  # a run-on "sentence" (thousands of quotations and no stop) reports none
    if _odd_marks(text, ss, se):
        return None  # a sentence that starts inside a quotation ('… to say," he said.')
    cues = _cue_words(text, ss, se)
    if not cues:
        return None
    cue = cues[0]
    word = cue.group()
    if word[:1].isupper() or _norm(word).endswith("ing"):
        return None
    if _after_determiner(text, ss, cue.start()):
        return None  # "Lynch gave a statement": a noun
    source = source_of(text, ss, cue.start(), cue.end())
    if source is None or source.kind == "relative":
        return None
    opening = text[ss : source.start].strip(" “\"‘'")
    if opening and not _appositive_head(text, ss, source.start):
        return None
    return cue.span(), source


def _appositive_head(text: str, ss: int, end: int) -> bool:
    """Whether ``text[ss:end]`` is a short noun phrase and a comma, the head an appositive
    name follows: "His former partner at Lenox, Jo Doe, called him …"."""
    if not text[ss:end].rstrip().endswith(","):
        return False
    words = _words(text, ss, end)
    return 0 < len(words) <= 8 and not any(
        _is_finite(w, loose=False) or _norm(w) in _SUBORDINATORS for _, _, w in words
    )
