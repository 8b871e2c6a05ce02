"""Direct quotations: the frame around a quotation in marks.

``“…,” SOURCE CUE`` and ``“…,” CUE SOURCE`` (the tail), ``SOURCE CUE: “…”`` and ``SOURCE
CUE, “…”`` (the lead-in, also a whole paragraph that ends in a colon before a block
quotation), ``“…” — NAME`` (a dash), and ``NAME: …`` (a speaker label, as in transcripts).
"""

from __future__ import annotations

import regex

from ._clause import (
    _AUX,
    _IRREGULAR_PAST,
    _PHRASE_CUE,
    Frame,
    _content_start,
    _cue_words,
    _has_marks,
    _is_clause,
    _is_finite,
    _norm,
    _sentence_subject,
    _skip_space,
    _trim_end,
    _words,
)
from ._cues import REPORTING_FORMS, STRONG_FORMS, lemma_of
from ._lexicon import en
from ._marks import MarkSpan
from ._speakers import Phrase, classify, mention_after, mention_before

__all__ = [
    "after_noun_phrase",
    "direct_frames",
    "intro_sentence",
    "label_frame",
    "lead_in",
    "lead_in_subject",
    "put_it",
    "source_of",
]


def direct_frames(
    text: str, spans: list[MarkSpan], sentences: list[tuple[int, int]]
) -> list[Frame]:
    frames: list[Frame] = []
    for span in spans:
        if not span.clausal:
            continue
        content = (span.content_start, span.content_end)
        frame = (
            _tail(text, span, content)
            or _lead_in(text, span, content, sentences)
            or _split_tail(text, span, content)
        )
        if frame is not None:
            frames.append(frame)
    return frames


# The tail of a quotation ends at a sentence end (not the period of "Mr." or an initial),
# a line break or the next quotation.
_TAIL_STOP = regex.compile(
    r"[?!;\n“\"]|''|(?<!(?<![\p{L}])(?:"
    + "|".join(sorted(en.TITLE_ABBREVIATIONS, key=len, reverse=True))
    + r"|\p{Lu}))\.(?![,\d)\p{Ll}])",  # "R-Ky., said", "3.5", "site.com" end no sentence
    regex.IGNORECASE,
)


# A tail's cue comes within this many words: "said Mr. Sperling" or "Brent Bozell III,
# founder of the Media Research Center, said" (an appositive between source and cue; news
# appositives run long: "Leonard Burman, director of a policy center and a professor at
# a university, said").
_TAIL_WORDS = 30


# What may sit between two words of a tail: spaces, commas, an age or a year ("Sarandon,
# 69, told MSNBC"), an abbreviation's period, brackets ("(D-N.Y.)"), a number before its
# hyphen ("the 43-year-old asked"), an ampersand ("an analyst at Research & Trading").
_APPOSITIVE_GAP = regex.compile(r"(?:[\s,.()&]|\d++-?+)*+")


_RELATIVE = frozenset({"who", "which", "that"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "yet", "so", "while", "although", "though"})
_PASSIVE_BY = regex.compile(r"\s++by(?=\s)")


# The dash may open the next line: '“…”¶¶- Clinton.' (a quotation set off on its own).
_DASH_ATTRIBUTION = regex.compile(r"\s*+(?P<dash>[—–―-]|--)[ \t\u00a0]*+")


def _ends_line_or_sentence(text: str, pos: int, limit: int) -> bool:
    rest = text[pos:limit].lstrip(" \t\u00a0")
    return not rest or rest[0] in ".,;\n\r("


def _tail(text: str, span: MarkSpan, content: tuple[int, int]) -> Frame | None:
    if span.close is None:
        return None
    after = span.after
    limit = min(len(text), after + 240)
    stop = _TAIL_STOP.search(text, after, limit)
    window_end = stop.start() if stop else limit
    dash = _DASH_ATTRIBUTION.match(text, after, limit)
    if dash is not None:
        # "“…” — Commissioner Jane Doe.": the dash is the cue, the name after it the source.
        source = mention_after(text, dash.end(), limit)
        if source is not None and _ends_line_or_sentence(text, source.end, limit):
            return Frame(dash.span("dash"), source, content, True, span)
    if text[span.close - 1 : span.close] not in ",?!—–-" and text[after:window_end].strip() == "":
        return None
    words = _words(text, after, window_end)
    if not words or words[0][0] - after > 3:
        return None
    phrase = _PHRASE_CUE.match(text, words[0][0])
    if phrase:
        source = mention_after(text, phrase.end(), window_end)
        return Frame(phrase.span("cue"), source, content, True, span)
    # A quotation that ends its own sentence ('“… time.” She did ...') is followed by a
    # new sentence; that sentence is a tail only when it opens with its cue's subject
    # and nothing else: no other verb before the cue, no clause of its own after it.
    closed = text[span.close - 1 : span.close] == "."
    found = _tail_words(text, span, content, words, after, window_end, closed)
    return found or _verb_tail(text, span, content, words)


def _split_tail(text: str, span: MarkSpan, content: tuple[int, int]) -> Frame | None:
    """'“We are thrilled” about the ruling, said Jane Roe.', '“I hugged” the families
    before the vote, he said.': a quotation that opens a sentence the writer finishes in
    their own words, then the tail at the sentence's end attributes it all.  The tail
    after one of the commas must run to the end of the sentence."""
    if span.close is None or text[span.close - 1 : span.close] in ".?!":
        return None
    after = span.after
    stop = _TAIL_STOP.search(text, after, min(len(text), after + 240))
    if stop is None or stop.group() not in (".", "\n"):
        return None  # the sentence must end here, not at another quotation or a "?"
    window_end = stop.start()
    comma = text.find(",", after, window_end)
    while comma >= 0:
        words = _words(text, comma + 1, window_end)
        if words and words[0][0] - comma <= 3:
            found = _tail_words(text, span, content, words, comma + 1, window_end, True)
            if found is not None:
                return found
        comma = text.find(",", comma + 1, window_end)
    return None


def _tail_words(
    text: str,
    span: MarkSpan,
    content: tuple[int, int],
    words: list[tuple[int, int, str]],
    after: int,
    window_end: int,
    closed: bool,
) -> Frame | None:
    """The cue and source among the first words of a tail (``closed``: the tail is a
    sentence of its own, which must open with its source)."""
    if _norm(words[0][2]) in _CONJUNCTIONS:
        return None  # '“…,” but he denied that …': a clause of its own, not a tail
    inverted: tuple[int, int] | None = None  # a cue that opens the tail, its source later
    for k, (s, e, w) in enumerate(words[:_TAIL_WORDS]):
        if k > 0 and not _APPOSITIVE_GAP.fullmatch(text, words[k - 1][1], s):
            break  # a clause boundary ("“…,” it read; the man said") ends the tail
        other_verb = _is_finite(w, loose=False) or _norm(w) in _RELATIVE
        if closed and k > 0 and other_verb and _norm(w) not in REPORTING_FORMS:
            break  # '“….” She did support workers who demanded ...'
        if (
            _norm(w) in REPORTING_FORMS
            and not (k > 0 and w[:1].isupper())
            # "the congressional report said": a cue form right before another is a noun.
            and not (
                k + 1 < len(words)
                and _norm(words[k + 1][2]) in REPORTING_FORMS
                and words[k + 1][2][:1].islower()
                and not text[e : words[k + 1][0]].strip()
            )
        ):
            if closed and _content_start(text, e, window_end) is not None:
                break  # '“….” Gov. Kasich said he would have ...': a frame of its own
            by = _PASSIVE_BY.match(text, e, window_end)
            if by is not None:
                # '“…,” he was told by a senior aide': the agent after "by" speaks.
                source = mention_after(text, by.end(), window_end)
            elif k == 0:
                if _norm(w).endswith("ing"):
                    return None  # '“…,” promising the club will …': its object follows
                nxt = words[1][2] if len(words) > 1 else ""
                if lemma_of(_norm(w)) == _norm(w) and (w[:1].isupper() or nxt[:1].isupper()):
                    continue  # "State spokesman X said", "state Sen. X said": a noun
                source = mention_after(text, e, window_end) or _one_another(text, e, window_end)
                if source is None:
                    inverted = (s, e)  # "said the base chief known as Bob": found later
            else:
                source = mention_before(text, s, after)
                if source is None and k > 1 and _norm(words[k - 1][2]) == "as":
                    # '“…,” Braynard is quoted as saying': the passive's subject.
                    source = mention_before(text, words[k - 2][0], after)
                if source is None or (
                    source.start > words[0][0] and "," not in text[words[0][0] : source.start]
                ):
                    # '“…?” a staffer in the room wondered': the description that
                    # opens the tail, not the noun the cue follows.
                    source = _description(text, words[:k]) or source
                elif source.start > words[0][0]:
                    # '“…,” Nate Doe, the pollster who founded a site tweeted': the name
                    # that opens the tail, before its appositive, speaks.
                    head = mention_after(text, words[0][0], s)
                    if (
                        head is not None
                        and head.kind == "name"
                        and head.start == words[0][0]
                        and text[head.end : head.end + 1] == ","
                    ):
                        source = head
            if closed and k > 0 and source is not None and source.start != words[0][0]:
                break  # '“….” Therefore any attempt by Mr. Trump, he said, becomes ...'
            if source is not None:
                return Frame(inverted or (s, e), source, content, True, span)
    return None


def _one_another(text: str, pos: int, end: int) -> Phrase | None:
    """ "“…,” said another." / "read one.": a pronoun of a series of speakers that ends
    the tail."""
    nxt = _words(text, pos, end)
    if len(nxt) != 1 or _norm(nxt[0][2]) not in ("one", "another") or text[pos : nxt[0][0]].strip():
        return None
    s, e, w = nxt[0]
    return Phrase(s, e, w, "nominal")


# A description that opens a tail: "the 43-year-old asked", "the paper's editorial board
# wrote" (a determiner, then at most a few words that are no verb).
_DESCRIPTION_DETERMINERS = frozenset("the a an this that his her their its our".split())
_DESCRIPTION_WORDS = 5
_PREPOSITIONS = frozenset("in at on from of with for near inside outside".split())


def _description(text: str, words: list[tuple[int, int, str]]) -> Phrase | None:
    """The noun phrase ``words`` when it is a determiner and a few nouns and adjectives."""
    if len(words) < 2 or _norm(words[0][2]) not in _DESCRIPTION_DETERMINERS:
        return None
    # A prepositional phrase after the head stays out: "a staffer in the room".
    cut = next((n for n in range(2, len(words)) if _norm(words[n][2]) in _PREPOSITIONS), None)
    words = words[:cut]
    if len(words) > _DESCRIPTION_WORDS:
        return None
    rest = words[1:]
    if any(_is_finite(w) or _norm(w) in _RELATIVE or _norm(w) in _AUX for _, _, w in rest):
        return None
    start, end = words[0][0], words[-1][1]
    return Phrase(start, end, text[start:end], classify(text[start:end]))


def _verb_tail(
    text: str, span: MarkSpan, content: tuple[int, int], words: list[tuple[int, int, str]]
) -> Frame | None:
    """'“…,” Toomey fumed.', '“…?” Trump went on': after a quotation that ends in a comma
    or a question, a subject and a past-tense verb are its attribution whatever the verb
    (news uses many verbs of manner no lexicon lists).  The subject must open the tail."""
    assert span.close is not None
    if text[span.close - 1 : span.close] not in ",?!":
        return None
    first = words[0][2]
    if first[:1].islower() and _is_finite(first, loose=False) and _norm(first) not in _AUX:
        # Inverted: '“This is fantastic!” beamed Donald Hartley', '“…?” reacted Trump.'
        source = mention_after(text, words[0][1], min(len(text), span.after + 120))
        if source is not None and source.kind in ("name", "pronoun"):
            rest = text[source.end : source.end + 8].lstrip(" ")
            if _ends_line_or_sentence(text, source.end, len(text)) or rest.startswith(
                ("of ", "who ")
            ):  # "beamed Donald Hartley of Madison, Alabama"
                return Frame(words[0][:2], source, content, True, span)
    for k, (s, e, w) in enumerate(words[1:_VERB_TAIL_WORDS], 1):
        if not _APPOSITIVE_GAP.fullmatch(text, words[k - 1][1], s):
            return None
        if w[:1].islower() and _is_finite(w, loose=False) and _norm(w) not in _AUX:
            source = mention_before(text, s, span.after)
            # Only a name or a pronoun right before the verb: '“So, who?” Her suggestions
            # are redacted.' is a new sentence about something else.
            if (
                source is None
                or source.start != words[0][0]
                or source.kind not in ("name", "pronoun")
                or text[source.end : s].strip()
            ):
                return None
            return Frame((s, e), source, content, True, span)
    return None


# A subject before a verb of manner: "Sen. Pat Toomey fumed" is four words.
_VERB_TAIL_WORDS = 5


def _lead_in(
    text: str, span: MarkSpan, content: tuple[int, int], sentences: list[tuple[int, int]]
) -> Frame | None:
    ss = next((s for s, e in sentences if s <= span.open < e), span.open)
    found = lead_in(text, ss, span.open)
    if found is None:
        return None
    return Frame(found[0], found[1], content, True, span)


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
            return _colon_lead_in(text, ss, end) if before[-1] == ":" else None
        return phrase.span("cue"), mention_after(text, phrase.end(), end)
    put = put_it(text, ss, end)
    if put is not None and all(
        c.start() < put[0][0] or _norm(c.group()).endswith("ing") for c in cues
    ):
        # "As the chief executive, Jane Roe, put it in a memo explaining the deal, “…”":
        # the idiom names who speaks; a participle inside it does not.
        return put
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
    if len(_words(text, cue.end(), end)) > 6:
        if before[-1] != ":":
            # "Clinton said in the spring, when the story broke, “…”": adjuncts after
            # the cue, but no clause it reports.
            adjunct = _norm(_words(text, cue.end(), end)[0][2]) in _ADJUNCT_STARTS
            if adjunct and _content_start(text, cue.end(), end) is None:
                return cue.span(), source_of(text, ss, cue.start(), cue.end(), end)
            return None
        # A colon introduces the quotation however long the lead-in: "Mr. Amar said
        # that ..., a grand bargain might be possible: “...”".
        cue = cues[0]
    source = source_of(text, ss, cue.start(), cue.end(), end)
    if source is None and before[-1] == ":":
        # "Asked whether ..., Mr. Smith shot back:": the cue word found ("Asked") has no
        # source; the clause before the colon still names who speaks.
        return _colon_lead_in(text, ss, end) or (cue.span(), None)
    return cue.span(), source


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


def _named_colon(text: str, ss: int, colon: int) -> tuple[tuple[int, int], Phrase] | None:
    """A name right before the colon, after a dash, "From", "More from" or nothing, labels
    the quotation: "Polls were early - Carl Bialik: “…”", "More from the report: “…”",
    "Former Secretary of State Jane Doe: “…”" (digests and transcripts)."""
    dash = None
    for found in _LABEL_LEAD.finditer(text, max(ss, colon - 200), colon):  # bounded work
        dash = found  # the last one: "Polls - More from Jones:"
    floor = dash.end() if dash is not None else ss
    source = mention_before(text, colon, floor)
    if source is None or source.end != colon or source.kind in ("pronoun", "relative"):
        return None
    if text[floor : source.start].strip(" “\"‘'"):
        return None
    if any(_norm(w) in _AUX for w in source.text.split()):
        return None  # "a reader would now ask:" is a clause, its verb the cue
    if any(
        _norm(w) in REPORTING_FORMS and lemma_of(_norm(w)) != _norm(w) for w in source.text.split()
    ):
        return None  # "Stated Stone:", "Article 33 affirms:" have their verb ("the report" no)
    if dash is None and source.kind not in ("name", "organization"):
        return None  # a bare label must be a name
    return (colon, colon + 1), source


# What may open a label before a colon: a dash, "From", "More from".
_LABEL_LEAD = regex.compile(
    r"(?:\s[—–-]++|^[—–-]++|—|–)\s*+|(?:^|(?<=\s))(?:[Mm]ore\s++from|From)\s++"
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


def _after_determiner(text: str, ss: int, pos: int) -> bool:
    prev = _words(text, max(ss, pos - 20), pos)
    return bool(prev) and _norm(prev[-1][2]) in _NOUN_DETERMINERS


def _colon_lead_in(text: str, ss: int, end: int) -> tuple[tuple[int, int], Phrase] | None:
    """A colon makes any short clause a lead-in: "Kasich resisted: “…”", "the Board was
    conclusive in its findings: “…”".  Its subject speaks; its verb is the cue."""
    words = _words(text, ss, end)
    if not words or len(words) > _COLON_LEAD_WORDS:
        return None
    subject = _sentence_subject(text, ss, end)
    if subject is None or subject.kind == "relative" or _norm(subject.text) in ("it", "this"):
        return None  # "Wait, it gets better:" names no one
    # Adverbs may come between the subject and its verb: "She then addressed the crowd:".
    verb = next(
        (w for w in words if w[0] >= subject.end and not _is_adverb(w[2])),
        None,
    )
    if verb is None or not _is_finite(verb[2]):
        return None
    return (verb[0], verb[1]), subject


_ADVERBS = frozenset("then also later again still once now just never even soon finally".split())


def _is_adverb(word: str) -> bool:
    w = _norm(word)
    return w in _ADVERBS or (w.endswith("ly") and word[:1].islower() and len(w) > 4)


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
        return None
    subject = mention_before(text, vs, ss)
    if subject is None or subject.kind == "relative" or subject.end > vs:
        return None
    head = text[ss : subject.start].rstrip(" “\"‘'")
    if head and not head.endswith(","):
        return None  # "When he arrived, …": a clause that sets the scene, not a lead-in
    return (vs, ve), subject


_PARTICLES = frozenset("back out up in".split())


# A lead-in without a reporting verb is a short clause ("X resisted:"); a long one is a
# sentence of its own that happens to end in a colon.
_COLON_LEAD_WORDS = 12


def lead_in_subject(text: str, ss: int, end: int) -> Phrase | None:
    """Who speaks in a long lead-in: the source of its first cue, else its subject."""
    for cue in _cue_words(text, ss, end):
        found = source_of(text, ss, cue.start(), cue.end())
        if found is not None:
            return found
    return _sentence_subject(text, ss, end)


def source_of(text: str, ss: int, cs: int, ce: int, limit: int | None = None) -> Phrase | None:
    """The source of the cue ``[cs, ce)`` in a sentence starting at ``ss``."""
    word = _norm(text[cs:ce])
    prev = _words(text, max(ss, cs - 40), cs)
    prev_word = _norm(prev[-1][2]) if prev else ""
    # A participle after a comma or "by" reports the sentence's subject ("Trump went
    # after Bush, calling him ..."); so does a verb coordinated with "and" ("Carson took
    # the stage and called the system ...").
    if word.endswith("ing") and (
        text[ss:cs].rstrip().rstrip("”\"’'").endswith(",")  # ', saying', '“Joe,” calling'
        or prev_word in ("by", "including", "while", "before", "after", "when", "upon")
        or after_noun_phrase(prev)
    ):
        # "“...,” Graham said on MSNBC, adding, “...”": the participle continues the
        # frame before it in the sentence, whose source is nearer than the subject.
        for earlier in reversed(_cue_words(text, ss, cs)):
            if _noun_use(text, ss, earlier.start()):
                continue  # "downplayed Ryan’s comments, saying ...": a noun, not a verb
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
                if found is None and _inverted(text, ss, earlier.start()):
                    # '“…,” said Rep. Doe at the time, adding that …': the source
                    # follows its cue.
                    found = mention_after(text, earlier.end(), cs)
                if found is not None:
                    return found
                break
        return _sentence_subject(text, ss, cs)
    found = mention_before(text, cs, ss)
    if found is not None:
        found = _not_prepositional(text, ss, cs, word, found)
    if found is not None and _norm(found.text.split()[0]) in ("a", "an") and word == lemma_of(word):
        # "Sanders delivered a snappy retort:": the cue is a noun, its article no subject;
        # the sentence's subject speaks.
        found = _sentence_subject(text, ss, found.start) or found
    # "He went on to say, ...": an infinitive reports the subject of its sentence too.
    coordinated = any(_norm(w) in ("and", "but", "to") for _, _, w in prev[-2:])
    if found is None and coordinated:  # "and then predicted:", "went on to say"
        found = _sentence_subject(text, ss, cs)
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
        return found
    if found is None and limit is not None:
        found = mention_after(text, ce, limit)  # "…, said Putin:" / "told by X:"
    return found


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
    return (
        adjective[:1].islower()
        and not _is_finite(adjective)
        and not _is_adverb(adjective)
        and _norm(prev[-2][2]) in ("a", "an")  # "the email read" is a noun and a verb
    )


# A speaker label at the start of a paragraph: "TAPPER: ...", "Gingrich: Trump must
# decide ...", "Q: ..." (transcripts, interviews, headlines that quote).
_LABEL = regex.compile(
    r"(?P<mark>[“\"]?)"  # a transcript quoted whole: '"PENCE: Well, look, ...'
    r"(?P<label>(?:\p{Lu}[\p{L}.'’-]*+ ){0,3}\p{Lu}[\p{L}.'’-]*+) ?(?P<colon>:)[ \t]++"
)


# Labels that head a paragraph without naming a speaker.
_NOT_SPEAKER_LABELS = frozenset(
    """
    update updated note editor's related read watch see also photo photos video source
    contributing reporting writing boom exclusive
    sources correction warning caption credit image listen advertisement disclaimer
    tags topics share summary background context analysis opinion breaking live
    wow busted name age city job pay why what when where how wait alert developing
    """.split()
)


def label_frame(text: str, para: tuple[int, int], spans: list[MarkSpan]) -> Frame | None:
    m = _LABEL.match(text, para[0], para[1])
    # Any word of the label may say it is a heading: "Editor's Note:", "Breaking News:".
    if m is None or any(
        _norm(w).removesuffix("'s") in _NOT_SPEAKER_LABELS for w in m.group("label").split()
    ):
        return None
    label = m.group("label")
    if any(w.lower() in en.NOT_NAME_WORDS for w in label.split()):
        return None
    start, end = m.end(), _trim_end(text, m.end(), para[1])
    if end - start < 12 or not any(c.isalpha() for c in text[start:end]):
        return None
    source = Phrase(m.start("label"), m.end("label"), label, classify(label))
    if m.group("mark"):
        outer = next((q for q in spans if q.open == m.start("mark")), None)
        if outer is None:
            return None
        return Frame(m.span("colon"), source, (start, outer.content_end), True, outer)
    quote = next((q for q in spans if q.open == start), None)
    if quote is not None and quote.after >= end:
        content = (quote.content_start, quote.content_end)
        return Frame(m.span("colon"), source, content, True, quote)
    if not _is_clause(text, start, end):
        return None  # "Christie: A closing surge." is a heading, not what Christie said
    return Frame(m.span("colon"), source, (start, end), _has_marks(text, start, end))


def after_noun_phrase(prev: list[tuple[int, int, str]]) -> bool:
    """Whether the words before a participle end in a noun phrase with its determiner."""
    tail = [_norm(w) for _, _, w in prev[-3:]]
    if len(tail) < 2 or tail[-1] in _AUX or tail[-1].endswith(("ly", "ing")):
        return False
    return any(w in ("a", "an", "the", "his", "her", "their", "its") for w in tail[:-1])


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
        if source is None or text[ss : source.start].strip():
            return None
        return (s, e), source
    return None
