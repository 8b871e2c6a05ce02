"""Where a reported clause starts and ends after its cue.

:func:`_content_start` finds the clause a cue reports ("said that ...", "told reporters
on Monday that ...", "said the plan would fail"), :func:`_content_end` where it stops:
the sentence end, a semicolon, a reporting participle after a comma, a coordinated cue,
or a second attribution ("..., while nine in 10 said ...").  Both read bounded windows.
"""

from __future__ import annotations

import regex

from ._clause import _ADJUNCT_PREP
from ._cues import BELIEF_FORMS, REPORTING_FORMS, STRONG_FORMS
from ._lexicon import en
from ._lexicon.en import DAY_NAMES
from ._tokens import (
    _MAX_CLAUSE,
    _is_finite,
    _is_title,
    _norm,
    _skip_space,
    _trim_end,
    _words,
)

__all__ = ["_content_end", "_content_start", "_goes_on_to"]


_SUBORDINATORS = frozenset("when if whether how why what where who".split())


# Words that cannot open a reported clause: prepositions and conjunctions mean the verb
# took an object or an adjunct instead ("dismissed the notion", "spoke at a forum").
_NOT_CLAUSE_START = frozenset(
    "to at in on for with by from about of and or but as than into over after before "
    "during outside near through without".split()
)


# Participles that compare what was said with another statement (", contradicting the
# police's earlier claim that …"): the writer's, so they end a reported clause too.
_COMPARING_PARTICIPLES = frozenset({"contradicting", "echoing"})
# ", saying ...", ", adding that ...": a participle that opens the next frame.
# The comma may close a quotation first: 'was maniacal,” adding, “…”'.
_PARTICIPLE_AFTER_COMMA = regex.compile(
    r",[”\"’']?\s(?:[\p{L}'’-]++\s){0,2}?(?P<w>[\p{L}'’-]+ing)\b"
)


_CONTRACTED_SUBJECT = regex.compile(
    r"(?i)(?:he|she|it|they|we|i|you|that|there|this)['’](?:s|re|ll|d|ve|m)"
)


def _name_list(text: str, comma: int, se: int) -> bool:
    """Whether the comma at ``comma`` goes on a list of names that "and" closes before
    the clause's verb: ", Rhodes and Petraeus were consistent"."""
    after = _words(text, comma, min(se, comma + 80))
    seen_and = False
    for k, (_, _, w) in enumerate(after):
        low = _norm(w)
        if low in ("and", "or"):
            seen_and = True
        elif w[:1].isupper():
            continue
        else:
            return seen_and and k > 1 and _is_finite(w, loose=False)
    return False


# A short quoted span ("This Week", “Meet the Press”), to test for a title.
_QUOTED_TITLE = regex.compile(r"[“\"]([^“”\"]{1,60}+)[”\"]")


# How far "that" may follow its cue (an adjunct may come between).
_THAT_WORDS = 12


def _content_start(text: str, cue_end: int, se: int) -> int | None:
    """Where the reported clause begins after a cue, or None when none follows."""
    words = _words(text, cue_end, min(se, cue_end + 160))
    if words:
        # The clause must start before the next comma ("dismissed the notion, saying
        # ..." has no clause after "dismissed").
        comma = text.find(",", words[0][0], se)
        # ... unless the comma opens a relative clause inside the subject ("said the
        # decision, which struck down ..., illustrates ...").
        after = _words(text, comma, min(se, comma + 12)) if comma >= 0 else []
        if after and _norm(after[0][2]) in ("which", "who", "whose"):
            comma = -1
        # ... or an appositive that a second comma closes before the verb ("said
        # supporters of the group, also known as ISIS, were sharing ...").
        second = text.find(",", comma + 1, min(se, comma + 80)) if comma >= 0 else -1
        verb = _words(text, second, min(se, second + 20)) if second >= 0 else []
        if verb and verb[0][2].islower() and _is_finite(verb[0][2], loose=False):
            comma = -1
        if comma >= 0 and _name_list(text, comma, se):
            comma = -1  # "said comments from Rice, Rhodes and Petraeus were ..."
        if comma >= 0:
            words = [w for w in words if w[0] < comma] or words[:1]
    if not words:
        return None
    gap = text[cue_end : words[0][0]]
    if gap != " " and any(c in gap for c in ".;?!"):  # (most gaps are one space)
        return None
    # "said that ...", "denied reports that ...", "told reporters on Monday that ...",
    # "said in an interview with The Associated Press last week that ..."
    relative = False  # inside "an interview that aired Sunday": a relative clause
    for k, (s, e, w) in enumerate(words[:_THAT_WORDS]):
        if _norm(w) == "that" and k + 1 < len(words) and _relative_verb(words[k + 1][2]):
            relative = True  # "told the station in an interview that aired Sunday that"
            continue
        if _norm(w) == "that":
            # A quoted title between the cue and "that" is an adjunct: 'said on ABC's
            # "This Week" that ...'.
            between = _QUOTED_TITLE.sub(
                lambda t: "" if _is_title(t.group(1)) else t.group(), text[cue_end:s]
            )
            if not any(c in between for c in ',;:“”"') or between.strip() == ",":
                return _skip_space(text, e, se)
            break
        if _is_finite(w) and k > 0 and not relative:
            break
        if (
            k > 0
            and _norm(w) == "and"
            and k + 1 < len(words)
            and _norm(words[k + 1][2]) in REPORTING_FORMS
        ):
            break  # "thanking his staff and admitting that ...": the second cue's "that"
    after_commas = _that_after_adjunct(text, cue_end, se)
    if after_commas is not None:
        return after_commas
    first = words[0][2]
    low = _norm(first)
    if "," in gap or ":" in gap:
        return None
    # "said when he wins ...", "asked whether ...": a subordinate clause is the content.
    if low in _SUBORDINATORS:
        return words[0][0]
    # A clause without "that": a subject and a finite verb soon after ("said the next
    # administration has ...", "saying such a development would be ...").
    if low in _NOT_CLAUSE_START:
        return _after_adjunct(words) if low in _ADJUNCT_PREP else None
    # "Alabama Sen. Jeff Sessions said Clinton’s acceptance of donations from those
    # seeking her assistance was ...": a subject can be long, so look a dozen words on.
    # "saying it’s “all about management”": a pronoun with a contracted verb is a clause.
    if _CONTRACTED_SUBJECT.fullmatch(first):
        return words[0][0]
    # "said he and Trump differ on ...": a subject pronoun opens the clause (a verb in
    # the base form after it is no finite verb to the tests below).
    if low in _HE and len(words) > 2:
        return words[0][0]
    # "says tonight he’s a step closer": an adverb, then the contracted subject.
    if len(words) > 2 and first.islower() and _CONTRACTED_SUBJECT.fullmatch(words[1][2]):
        return words[0][0]
    # "say they want to avoid violence": a plural or first-person pronoun and a verb in
    # the base form, which the finite tests do not know.
    if low in _PLURAL_SUBJECTS and len(words) > 1 and _base_verb(words[1][2]):
        return words[0][0]
    for k, (_, _, w) in enumerate(words[1:12], 1):
        if _is_finite(w):
            return words[0][0]
        if _norm(w) in REPORTING_FORMS and _norm(words[k - 1][2]) not in en.NOUN_PHRASE_OPENERS:
            # "a diplomatic stance stating he would ...": another frame's clause (not a
            # noun after a determiner: "says the hearing will resume", "the reckoning")
            break
    return None


# Subject pronouns that cannot be a cue's object ("said he", not "told him").
_HE = frozenset("he she they we i".split())
# Pronouns whose verb has no -s: "they want", "we need", "I feel".
_PLURAL_SUBJECTS = frozenset("they we i you".split())
# Words after such a pronoun that are no verb.
_NOT_VERB = frozenset(
    "all both too also alone themselves ourselves myself yourself who which that and or but "
    "of to in on at for with from by as than the a an".split()
)


def _base_verb(word: str) -> bool:
    """Whether a word after "they"/"we" can be its verb (lower case, no function word)."""
    low = _norm(word)
    return word[:1].islower() and low not in _NOT_VERB and not low.endswith("ly")


# Subject pronouns that open a reported clause after an adjunct.
_SUBJECT_PRONOUNS = frozenset("he she they it we i you there".split())
# How far an adjunct after a cue may run ("said in a statement Thursday night they ...").
_ADJUNCT_WORDS = 8


# Words that open an adjunct between a cue and "that": prepositions and times.
_THAT_ADJUNCT_OPENERS = (
    _ADJUNCT_PREP
    | DAY_NAMES
    | frozenset("yesterday today tonight earlier later last this late".split())
)


def _relative_verb(word: str) -> bool:
    """Whether the word after "that" is a verb in the past, which makes "that" a
    relative pronoun ("a story that posted Monday"), not the reported clause's opener."""
    return word[:1].islower() and word.endswith("ed") and _is_finite(word, loose=False)


def _that_after_adjunct(text: str, cue_end: int, se: int) -> int | None:
    """ "said Thursday during a town hall in Buffalo, New York, that ...": an adjunct with
    commas of its own (a place and its state, a date and its year) between a cue and
    "that"; the adjunct has no verb, so the comma before "that" closes it."""
    that = text.find(", that ", cue_end, min(se, cue_end + 160))
    if that < 0:
        return None
    words = _words(text, cue_end, that)
    if (
        not words
        or _norm(words[0][2]) not in _THAT_ADJUNCT_OPENERS
        or any(c in text[cue_end:that] for c in ';:“”"?!')
        or any(w[:1].islower() and _is_finite(w, loose=False) for _, _, w in words)
    ):
        return None  # (capitals are names and dates: "on Monday, May 4, that")
    return _skip_space(text, that + 6, se)


def _after_adjunct(words: list[tuple[int, int, str]]) -> int | None:
    """ "said in a statement Thursday night they pulled ...": after a prepositional
    adjunct, a subject pronoun and a finite verb open the reported clause."""
    for k in range(1, min(len(words) - 1, _ADJUNCT_WORDS)):
        w = words[k][2]
        if _norm(w) in _SUBJECT_PRONOUNS and _is_finite(words[k + 1][2]):
            return words[k][0]
        if _is_finite(w, loose=False):
            return None  # the adjunct's own clause ("said at a rally that drew ...")
    return None


def _content_end(text: str, start: int, se: int) -> int:
    """The reported clause runs to the sentence end, or to the next reporting participle."""
    se = min(se, start + _MAX_CLAUSE)
    end = se
    # Each scan below needs a literal that most clauses lack (half have no comma): a
    # C-level find skips the scan, with the same result, when its literal is absent.
    comma = text.find(",", start, se) >= 0
    if comma:
        for hit in _PARTICIPLE_AFTER_COMMA.finditer(text, start, se):
            w = _norm(hit.group("w"))
            if w in REPORTING_FORMS or w in _COMPARING_PARTICIPLES:
                end = hit.start()
                break
    cut = text.find(";", start, end)
    if cut >= 0:
        end = cut
    # "said the move was made by X and said, “...”": a coordinated cue starts a new frame.
    conjunction = text.find("and", start, end) >= 0 or text.find("but", start, end) >= 0
    for hit in _AND_CUE.finditer(text, start, end) if conjunction else ():
        if _norm(hit.group("w")) in REPORTING_FORMS:
            end = hit.start()
            break
    # "Podesta, who said the project was vetted, said he was unaware": after a relative
    # clause, a comma and a finite reporting verb with a clause of its own resume the
    # main clause (not "the plan, announced Monday, would work": no clause follows).
    for hit in _COMMA_CUE.finditer(text, start, end) if comma else ():
        w = _norm(hit.group("w"))
        finite = w in REPORTING_FORMS and not w.endswith("ing")
        if finite and _content_start(text, hit.end(), se) is not None:
            end = hit.start()
            break
    # "all agreed Pence won the debate, Mark Z. Barabak noted that the way ...": after a
    # comma, a named subject (or "he", "she") with a speech act and a clause of its own is
    # a second statement run on without a conjunction, no longer the first speaker's.
    for hit in _COMMA_NAMED_CUE.finditer(text, start, end) if comma else ():
        w = _norm(hit.group("w"))
        if _speech_act(w) and _content_start(text, hit.end(), se) is not None:
            end = hit.start()
            break
    # (... and a common noun's subject: "when the AP asked Bennett about it, the campaign
    # manager said he needed to speak to the candidate first")
    for hit in _COMMA_DETERMINER.finditer(text, start, end) if comma else ():
        words = _words(text, hit.end(), min(end, hit.end() + 50))[:_NOUN_SUBJECT_WORDS]
        verb = next((k for k, (_, _, w) in enumerate(words) if _is_finite(w, loose=False)), 0)
        speech = verb and words[verb][2][:1].islower() and _speech_act(_norm(words[verb][2]))
        if speech and _content_start(text, words[verb][1], se) is not None:
            end = hit.start()
            break
    # "46 percent said yes, compared with 23 percent who said ...": a comparison with
    # another group's answer is the writer's, and that answer a second attribution.
    compared = text.find("compared ", start, end)
    if compared >= 0:
        end = _before_comparison(text, start, compared, end)
    # "... today, while nine in 10 said they thought ...": a coordinated clause with a
    # subject and a reporting verb of its own is a second attribution.
    dash = comma or any(text.find(d, start, end) >= 0 for d in "—–-")
    for hit in _WHILE_CLAUSE.finditer(text, start, end) if dash else ():
        if text[hit.end() : hit.end() + 1] in _OPEN_MARKS:
            continue  # '…, and “in this case I think he’s right.”': the quotation goes on
        if hit.group("close") is None and text.find(hit.group()[:3], hit.end(), end) >= 0:
            # 'that Trump — even as he says … — has proposed little': a clause between
            # two dashes is an aside; the reported clause goes on after the second dash.
            continue
        words = _words(text, hit.end(), min(end, hit.end() + 60))[:_SUBJECT_WORDS]
        if words and _norm(words[0][2]) in _AND_SUBORDINATORS:
            # ", and when pressed on why …, the mother of three replied": the clause's
            # subject and verb come after the subordinate clause's comma.
            comma_at = text.find(",", words[0][1], min(end, hit.end() + _SUBORDINATE_CHARS))
            if comma_at >= 0:
                words = _words(text, comma_at + 1, min(end, comma_at + 60))[:_SUBJECT_WORDS]
        if any(
            k > 0 and w[:1].islower() and _norm(w) in REPORTING_FORMS and not w.endswith("ing")
            for k, (_, _, w) in enumerate(words)
        ) or _contrast_clause(text, hit, words, end):
            # (a quotation the comma closes stays whole: '“acted too late,” and he said')
            close = hit.group("close")
            return hit.start() + 1 + len(close) if close else _trim_end(text, start, hit.start())
    # "One in three said the party ignores them and one in four said it was hostile": no
    # comma, but a subject of a few words and "said" after "and" start a second attribution.
    if text.find(" and ", start, end) >= 0 or text.find(" but ", start, end) >= 0:
        for hit in _AND_SUBJECT_SAID.finditer(text, start, end):
            first = _norm(hit.group("first"))
            if first not in _NOT_SUBJECT_START and _norm(hit.group("w")) in _SAID:
                return _trim_end(text, start, hit.start())
        for hit in _AND_NAMED_CUE.finditer(text, start, end):
            w = _norm(hit.group("w"))
            before = text[max(start, hit.start() - 30) : hit.start()].rsplit(None, 1)[-1:]
            if before and before[0][:1].isupper():
                continue  # "Sen. Susan Collins and Rep. Louis Gohmert suggested": one subject
            if _speech_act(w):
                return _trim_end(text, start, hit.start())
    return _trim_end(text, start, end)


# " and one in four said", " and his aides say": "and", a subject of up to five words
# with no comma, then a form of "say" or "tell".
_AND_SUBJECT_SAID = regex.compile(
    r"\s(?:and|but)\s(?P<first>[\p{L}\d'’.-]++)(?:\s[\p{L}\d'’.-]++){0,4}?\s(?P<w>said|say|says|told|tells)\b"
)
_SAID = frozenset("said say says told tells".split())
# "... mishandled the investigation and Democrats accused the GOP of ...", "... and she
# accused Trump of ...": after "and", a pronoun or a capitalised name and a speech act
# of its own ("accused", "announced", "reiterated") open a second attribution.  Verbs of
# belief stay in the clause ("said X and he feels he can win" goes on reporting the
# speaker), and weak cues ("called", "added") too, as they are ordinary verbs as often.
# (a name: a run of up to four capitalised words, "Mark Z. Barabak", "Rep. Louis Gohmert")
_NAME_RUN = r"\p{Lu}[\p{L}'’.-]*+(?:\s\p{Lu}[\p{L}'’.-]*+){0,3}+"
_VERB_AFTER = r"\s(?P<w>\p{Ll}[\p{L}'’-]*+)"
_AND_NAMED_CUE = regex.compile(
    rf"\sand\s(?:(?:he|she|they|we)|{_NAME_RUN})(?:\salso)?{_VERB_AFTER}"
)
# A determiner after a comma that may open a subject, and how many words may follow
# it up to the verb ("the campaign manager said").
_COMMA_DETERMINER = regex.compile(r",\s(?:the|a|an|his|her|their|its|our)\s")
_NOUN_SUBJECT_WORDS = 4


def _speech_act(w: str) -> bool:
    """Whether a verb form states its subject's own speech: "accused", "noted", "says";
    not a belief ("feels") or a weak cue ("called"), which go on with the clause."""
    return w in STRONG_FORMS and w not in BELIEF_FORMS and not w.endswith("ing")


# Words after "and" that make what follows no subject: "and said", "and then told".
_NOT_SUBJECT_START = frozenset(
    "said say says told tells then also later that which who to not also has have had was "
    "were is are will would could can should may might".split()
)


# "compared with 23 percent who said", "compared to nearly four in 10 who say".
_COMPARED_WHO = regex.compile(
    r"compared\s(?:with|to)\s[^.;,]{1,60}?\s(?:who|that)\s(?P<w>\p{Ll}++)"
)


def _before_comparison(text: str, start: int, compared: int, end: int) -> int:
    hit = _COMPARED_WHO.match(text, compared, end)
    if hit is None or _norm(hit.group("w")) not in REPORTING_FORMS:
        return end
    return _trim_end(text, start, compared)


_COMMA_CUE = regex.compile(r",\s(?P<w>\p{Ll}[\p{L}'’-]*+)")
_COMMA_NAMED_CUE = regex.compile(rf",\s(?:he|she|{_NAME_RUN}){_VERB_AFTER}")
# A second clause after a comma and a conjunction, and how far its verb may be
# ("..., though Mrs. Fiorina said she doubted ..."; the comma may close a quotation:
# '..., “hand-delivered a letter,” and he said he hoped ...').
_WHILE_CLAUSE = regex.compile(
    r"(?:,(?P<close>[”\"’']?+)|\s[—–-])\s"
    r"(?P<conj>while|whereas|and|but|though|although|even\sthough|even\sas|yet|as)\s"
)
_CONTRAST = frozenset("while whereas but yet".split())
# Conjunctions of a subordinate clause right after "and": its main clause follows the
# next comma (within this many characters).
_AND_SUBORDINATORS = frozenset("when if after once asked pressed".split())
_SUBORDINATE_CHARS = 120
# Words that open a subject: "..., while about 4 in 10 want ...", "..., but the senate
# passed it".
_SUBJECT_OPENERS = en.NOUN_PHRASE_OPENERS | frozenset("others about nearly almost only".split())


def _contrast_clause(
    text: str, hit: regex.Match[str], words: list[tuple[int, int, str]], end: int
) -> bool:
    """Whether a contrasting clause with a subject and a finite verb of its own follows:
    "..., while the program's host sought to ...", "..., but Chaffetz declined".  News
    sets another party's stance against the reported one this way; it is the writer's
    sentence, no longer the speaker's (and often a second attribution).  A clause that
    carries quotation marks stays: the quoted words show the speaker still talking."""
    if _norm(hit.group("conj").split()[-1]) not in _CONTRAST or len(words) < 2:
        return False
    first = words[0][2]
    if not (first[:1].isupper() or first[:1].isdigit() or _norm(first) in _SUBJECT_OPENERS):
        return False
    if any(text.find(m, hit.end(), end) >= 0 for m in _OPEN_MARKS):
        return False
    return any(
        w[:1].islower() and (_is_finite(w, loose=False) or _norm(w) in _STANCE_VERBS)
        for _, _, w in words[1:_CONTRAST_VERB]
    )


# Base forms after a plural subject that state a stance: "..., while about 4 in 10 want
# one with political experience".
_STANCE_VERBS = frozenset("want prefer favor favour support oppose need back".split())


_CONTRAST_VERB = 5
_SUBJECT_WORDS = 8
_OPEN_MARKS = frozenset("“\"‘'«„")


# (an auxiliary and "not" may come first: "... but did not say whether", "but did note")
_AND_CUE = regex.compile(
    r",?\s(?:and|but)\s(?:also\s|then\s|later\s)?"
    r"(?:(?:did|does|do|would|will|could|has|have|had)(?:\snot\s|n['’]t\s|\s))?(?P<w>[\p{L}'’-]++)"
)


# Verbs that carry on into an infinitive cue: "went on to say that", "continued to insist
# that", "interjected to say:".  News uses them to chain a second statement onto the
# same speaker; the cue after "to" still reports the sentence's subject.
_GO_ON = frozenset("go goes went going gone".split())
_CARRY_ON = frozenset(
    "continue continues continued continuing proceed proceeds proceeded interjected "
    "hastened rushed paused stopped".split()
)


def _goes_on_to(prev: list[tuple[int, int, str]]) -> bool:
    """Whether the words before a cue end in "went on to", "continued to", ..."""
    if len(prev) < 2 or _norm(prev[-1][2]) != "to":
        return False
    before = _norm(prev[-2][2])
    if before == "on":
        return len(prev) > 2 and _norm(prev[-3][2]) in _GO_ON
    return before in _CARRY_ON
