"""Reporting frames: a cue, its source and its content, found sentence by sentence.

Frames recognised (SOURCE is a speaker mention, CUE a reporting verb or phrase):

==================================  ===========================================================
``“…,” SOURCE CUE.`` / ``CUE SOURCE``  a direct quotation's tail ("Peskov added", "said Putin")
``SOURCE CUE, “…”`` / ``CUE: “…”``     a direct quotation's lead-in ("He emphasized, “…”")
``SOURCE CUE (that) CONTENT``          "Peskov said the next administration has the chance ..."
``CONTENT, SOURCE CUE``                "..., the Kremlin said on Wednesday."
``CONTENT, CUE SOURCE``                "..., said Putin."
``according to SOURCE, CONTENT``       and "CONTENT, according to SOURCE"
``CONTENT, as stated by SOURCE``       also "as reported by", "as quoted by"
``…, CUE-ing (that) CONTENT``          a participle takes the sentence's subject as source
``SOURCE CUE X as/the “…”``            naming verbs: "called Zelensky the “greatest salesman”"
``SOURCE's NOUN that/to CONTENT``      "Trump's campaign promise to achieve peace “within 24 hours”"
``SOURCE denied reports that …``       an object before "that" is skipped
==================================  ===========================================================
"""

from __future__ import annotations

import attrs
import regex

from ._cues import REPORTING_FORMS, STRONG_FORMS, lemma_of
from ._lexicon import en
from ._marks import MarkSpan
from ._speakers import Phrase, mention_after, mention_before

__all__ = ["Frame", "find_frames"]


@attrs.frozen(eq=False)
class Frame:
    cue: tuple[int, int]
    source: Phrase | None
    content: tuple[int, int]
    has_marks: bool
    quote: MarkSpan | None = None  # the direct quotation this frame attributes


_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*+")
_CUE_WORD = regex.compile(
    r"(?<![\p{L}'’-])(?:"
    + "|".join(sorted((regex.escape(f) for f in REPORTING_FORMS), key=len, reverse=True))
    + r")(?![\p{L}'’-])",
    regex.IGNORECASE,
)
_PHRASE_CUE = regex.compile(
    r"(?<![\p{L}])(?P<cue>[Aa]ccording\sto|[Aa]s\s(?:stated|reported|quoted|cited|told)\sby|"
    r"[Ii]n\sthe\swords\sof)(?![\p{L}])"
)
_NOUN_CUE = regex.compile(
    r"(?P<owner>(?:\p{Lu}[\p{L}.'-]*\s){0,3}\p{Lu}[\p{L}.'-]*)['’]s\s(?:[\p{Ll}-]+\s){0,2}?"
    r"(?P<cue>"
    + "|".join(sorted(en.REPORTING_NOUNS, key=len, reverse=True))
    + r")\s(?P<link>that|to)\s",
)
_NAMING = frozenset(
    {
        f
        for v in (
            "call",
            "describe",
            "characterise",
            "characterize",
            "label",
            "dub",
            "brand",
            "term",
        )
        for f in REPORTING_FORMS
        if lemma_of(f) == v
    }
)
_AUX = frozenset(
    """
    is are was were be been has have had will would could can should shall may might must does
    did do isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't can't
    shouldn't doesn't didn't don't
    """.split()
)
_CLAUSE_SUBJECT = frozenset(
    "he she they it we i you there this that these those the a an his her their its no".split()
)
_SUBORDINATORS = frozenset("when if whether how why what where who".split())
# Words that cannot open a reported clause: prepositions and conjunctions mean the verb
# took an object or an adjunct instead ("dismissed the notion", "spoke at a forum").
_NOT_CLAUSE_START = frozenset(
    "to at in on for with by from about of and or but as than into over after before".split()
)
_NOT_AFTER = frozenset(
    "to the a an his her their its this that these those my our your when if".split()
)
_CONNECTIVE = regex.compile(
    r"(?:(?:However|But|And|Meanwhile|Moreover|Still|Also|Additionally|Furthermore|Instead),\s"
    r"|\([^)]{1,40}\)\s[—–-]\s)"
)
_ADJUNCT_PREP = frozenset("on at in during to with after before from for about over".split())


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]


def _is_finite(word: str, loose: bool = True) -> bool:
    """A word that can be a clause's finite verb; ``loose`` also admits -s forms, which
    are as often plural nouns ("news", "talks")."""
    w = _norm(word)
    if w.endswith("ing"):
        return False
    if w in _AUX or w in REPORTING_FORMS or (w.endswith("ed") and len(w) > 4):
        return True
    return loose and w.endswith("s") and not w.endswith(("ss", "'s", "us", "is")) and len(w) > 3


def _content_start(text: str, cue_end: int, se: int) -> int | None:
    """Where the reported clause begins after a cue, or None when none follows."""
    words = _words(text, cue_end, min(se, cue_end + 160))
    if words:
        # The clause must start before the next comma ("dismissed the notion, saying
        # ..." has no clause after "dismissed").
        comma = text.find(",", words[0][0], se)
        if comma >= 0:
            words = [w for w in words if w[0] < comma] or words[:1]
    if not words:
        return None
    gap = text[cue_end : words[0][0]]
    if any(c in gap for c in ".;?!"):
        return None
    # "said that ...", "denied reports that ...", "told reporters on Monday that ..."
    for k, (s, e, w) in enumerate(words[:9]):
        if _norm(w) == "that":
            between = text[cue_end:s]
            if not any(c in between for c in ',;:“”"') or regex.fullmatch(r"\s*,\s*", between):
                return _skip_space(text, e, se)
            break
        if _is_finite(w) and k > 0:
            break
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
        return None
    for _, _, w in words[1:6]:
        if _is_finite(w):
            return words[0][0]
        if _norm(w) in REPORTING_FORMS:
            break  # "a diplomatic stance stating he would ...": another frame's clause
    return None


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _content_end(text: str, start: int, se: int) -> int:
    """The reported clause runs to the sentence end, or to the next reporting participle."""
    m = regex.compile(r",\s(?:[\p{L}'’-]+\s){0,2}?(?P<w>[\p{L}'’-]+ing)\b").finditer(
        text, start, se
    )
    end = se
    for hit in m:
        if _norm(hit.group("w")) in REPORTING_FORMS:
            end = hit.start()
            break
    cut = text.find(";", start, end)
    if cut >= 0:
        end = cut
    return _trim_end(text, start, end)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–-"):
        end -= 1
    return end


def _trim_start(text: str, start: int, end: int) -> int:
    m = _CONNECTIVE.match(text, start, end)
    if m:
        start = m.end()
    while start < end and text[start].isspace():
        start += 1
    return start


def _has_marks(text: str, start: int, end: int) -> bool:
    return any(c in '“”"«»„' for c in text[start:end])


def _sentence_subject(text: str, ss: int, limit: int) -> Phrase | None:
    """The main subject of a sentence: the phrase before its first finite verb."""
    lead = _CONNECTIVE.match(text, ss, limit)
    pos = lead.end() if lead else ss
    # Skip a leading adverbial clause that ends in a comma ("On November 6, ...").
    comma = text.find(",", pos, limit)
    words = _words(text, pos, limit)
    opener = _ADJUNCT_PREP | {"when", "while", "after", "as", "in"}
    if words and _norm(words[0][2]) in opener and comma >= 0:
        pos = comma + 1
        words = _words(text, pos, limit)
    for loose in (False, True):
        for k, (s, _, w) in enumerate(words):
            if k > 0 and _is_finite(w, loose) and not w[:1].isupper():
                return mention_before(text, s, pos)
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _direct_frames(
    text: str, spans: list[MarkSpan], sentences: list[tuple[int, int]]
) -> list[Frame]:
    frames: list[Frame] = []
    for span in spans:
        if not span.clausal:
            continue
        content = (span.content_start, span.content_end)
        frame = _tail(text, span, content) or _lead_in(text, span, content, sentences)
        if frame is not None:
            frames.append(frame)
    return frames


def _tail(text: str, span: MarkSpan, content: tuple[int, int]) -> Frame | None:
    if span.close is None:
        return None
    after = span.close + 1
    limit = min(len(text), after + 120)
    stop = regex.compile(r"[.?!;\n“\"]|,\s(?!(?:[\p{L}’'-]+\s?){1,3}(?:said|says))").search(
        text, after, limit
    )
    window_end = stop.start() if stop else limit
    if text[span.close - 1 : span.close] not in ",?!—–-" and text[after:window_end].strip() == "":
        return None
    words = _words(text, after, window_end)
    if not words or words[0][0] - after > 3:
        return None
    phrase = _PHRASE_CUE.match(text, words[0][0])
    if phrase:
        source = mention_after(text, phrase.end(), window_end)
        return Frame(phrase.span("cue"), source, content, True, span)
    for k, (s, e, w) in enumerate(words[:7]):
        if _norm(w) in REPORTING_FORMS:
            if k == 0:
                source = mention_after(text, e, window_end)
            else:
                source = mention_before(text, s, after)
            if source is not None:
                return Frame((s, e), source, content, True, span)
    return None


def _lead_in(
    text: str, span: MarkSpan, content: tuple[int, int], sentences: list[tuple[int, int]]
) -> Frame | None:
    ss = next((s for s, e in sentences if s <= span.open < e), span.open)
    before = text[ss : span.open]
    if not before.strip() or before.rstrip()[-1:] not in ",:—–-":
        return None
    cues = list(_CUE_WORD.finditer(text, ss, span.open))
    if not cues:
        phrase = None
        for m in _PHRASE_CUE.finditer(text, ss, span.open):
            phrase = m
        if phrase is None:
            return None
        source = mention_after(text, phrase.end(), span.open)
        return Frame(phrase.span("cue"), source, content, True, span)
    cue = cues[-1]
    if len(_words(text, cue.end(), span.open)) > 6:
        return None
    word = _norm(cue.group())
    if word.endswith("ing") and text[max(ss, cue.start() - 2) : cue.start()].strip() == ",":
        source = _sentence_subject(text, ss, cue.start())
    else:
        source = mention_before(text, cue.start(), ss) or mention_after(text, cue.end(), span.open)
    return Frame(cue.span(), source, content, True, span)


def _extend_over_quotes(frame: Frame, spans: list[MarkSpan]) -> Frame:
    """A content that opens a quotation runs to its close, across sentence ends
    ("he hopes that “Trump’s commitment ... affairs. This is ... together.”")."""
    start, end = frame.content
    for s in spans:
        if start <= s.open < end and s.content_end > end:
            close = s.close + 1 if s.close is not None else s.content_end
            return attrs.evolve(frame, content=(start, close), has_marks=True)
    return frame


def find_frames(
    text: str, para: tuple[int, int], sentences: list[tuple[int, int]], spans: list[MarkSpan]
) -> list[Frame]:
    """Every reporting frame in one paragraph."""
    frames = _direct_frames(text, spans, sentences)
    blocked = [
        (s.open, (s.close + 1) if s.close is not None else para[1]) for s in spans if s.clausal
    ]
    taken: list[tuple[int, int]] = [f.content for f in frames]
    for ss, se in sentences:
        for found in _sentence_frames(text, ss, se, blocked, spans):
            frame = _extend_over_quotes(found, spans)
            if any(_overlaps(frame.content, t) for t in taken) or any(
                _overlaps(frame.content, b) for b in blocked
            ):
                continue
            frames.append(frame)
            taken.append(frame.content)
    return frames


def _inside(pos: int, blocked: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in blocked)


def _sentence_frames(
    text: str, ss: int, se: int, blocked: list[tuple[int, int]], spans: list[MarkSpan]
) -> list[Frame]:
    out: list[Frame] = []
    for m in _NOUN_CUE.finditer(text, ss, se):
        if _inside(m.start(), blocked):
            continue
        source = Phrase(m.start("owner"), m.end("owner"), m.group("owner"), "name")
        start = m.end("link") if m.group("link") == "that" else m.start("link")
        end = _noun_content_end(text, start, se)
        if end > start:
            out.append(Frame(m.span("cue"), source, (start, end), _has_marks(text, start, end)))
    for m in _CUE_WORD.finditer(text, ss, se):
        if _inside(m.start(), blocked) or any(_overlaps(m.span(), f.content) for f in out):
            continue
        frame = _verb_frame(text, ss, se, m)
        if frame is not None:
            out.append(frame)
    # "according to SOURCE" last: a secondary source never takes a clause that already has
    # its own speaker ("Putin said that ..., according to a Kremlin statement").
    for m in _PHRASE_CUE.finditer(text, ss, se):
        if _inside(m.start(), blocked):
            continue
        frame = _phrase_frame(text, ss, se, m)
        if frame and not any(
            f.cue[0] < frame.content[1] and frame.content[0] <= f.cue[0] for f in out
        ):
            out.append(frame)
    return out


def _noun_content_end(text: str, start: int, se: int) -> int:
    # The content of a noun cue ends with its last quotation, or at the clause's verb.
    close = max(text.rfind("”", start, se), text.rfind('"', start, se))
    if close > start:
        return close + 1
    return _content_end(text, start, se)


def _phrase_frame(text: str, ss: int, se: int, m: regex.Match[str]) -> Frame | None:
    cue = m.span("cue")
    source = mention_after(text, m.end(), se)
    if source is None:
        return None
    head = text[ss : m.start()].strip()
    if not head or head in ("(",):
        # "According to SOURCE, CONTENT."
        comma = text.find(",", source.end, se)
        if comma < 0:
            return None
        start = _trim_start(text, comma + 1, se)
        end = _content_end(text, start, se)
    else:
        # "CONTENT, according to SOURCE." / "CONTENT, as stated by SOURCE ..."
        if not head.endswith(","):
            return None
        start = _trim_start(text, ss, m.start())
        end = _trim_end(text, start, m.start())
    if end <= start:
        return None
    return Frame(cue, source, (start, end), _has_marks(text, start, end))


def _verb_frame(text: str, ss: int, se: int, m: regex.Match[str]) -> Frame | None:
    word = _norm(m.group())
    cs, ce = m.span()
    prev = _words(text, max(ss, cs - 40), cs)
    prev_word = _norm(prev[-1][2]) if prev else ""
    if prev_word in _NOT_AFTER or prev_word.endswith("'s"):
        return None  # "to say", "the report", "Trump's statement": not a reporting verb here
    if prev_word in ("when", "if", "while", "after", "before", "as") and word.endswith("ed"):
        return None  # "When asked about ...": the subject answers later
    gap_before = text[max(ss, cs - 3) : cs]
    participle = word.endswith("ing")
    # A participle reports its sentence subject's words after a comma (", saying ...")
    # or after "including"/"by" ("including calling him a “genius”").
    if participle and "," not in gap_before and prev_word not in ("including", "by"):
        return None
    if word in _NAMING:
        return _naming_frame(text, ss, se, m, participle)
    # CONTENT, SOURCE CUE.  /  CONTENT, CUE SOURCE.
    tail = _tail_frame(text, ss, se, m)
    if tail is not None:
        return tail
    start = _content_start(text, ce, se)
    if start is None:
        return None
    if word not in STRONG_FORMS and text[start - 5 : start].strip().lower() != "that":
        return None  # weak verbs ("added", "called") report speech only with "that"
    end = _content_end(text, start, se)
    if end <= start:
        return None
    source = _sentence_subject(text, ss, cs) if participle else mention_before(text, cs, ss)
    if source is None and not participle:
        return None
    return Frame((cs, ce), source, (start, end), _has_marks(text, start, end))


def _tail_frame(text: str, ss: int, se: int, m: regex.Match[str]) -> Frame | None:
    cs, ce = m.span()
    rest = text[ce:se].strip()
    after_words = _words(text, ce, se)
    # The clause ends after the cue: end of sentence, or only adverbials follow.
    if (
        after_words
        and (_norm(after_words[0][2]) == "that" or _content_start(text, ce, se) is not None)
        and not (after_words[0][2][:1].isupper() and text[ss:cs].rstrip().endswith(","))
    ):
        return None
    source = mention_before(text, cs, ss)
    comma_at = None
    if source is not None and text[ss : source.start].rstrip().endswith(","):
        comma_at = text.rfind(",", ss, source.start)
    elif text[ss:cs].rstrip().endswith(","):
        # "..., said Putin."
        source = mention_after(text, ce, se)
        comma_at = text.rfind(",", ss, cs)
    if comma_at is None or source is None or comma_at <= ss:
        return None
    del rest
    start = _trim_start(text, ss, comma_at)
    end = _trim_end(text, start, comma_at)
    if end - start < 12:
        return None
    return Frame((cs, ce), source, (start, end), _has_marks(text, start, end))


def _naming_frame(
    text: str, ss: int, se: int, m: regex.Match[str], participle: bool
) -> Frame | None:
    cs, ce = m.span()
    window_end = _content_end(text, ce, se)
    marks = [i for i in range(ce, window_end) if text[i] in '“"«„']
    if marks:
        start = marks[0]
        close = max(
            text.rfind("”", start, window_end + 1), text.rfind('"', start + 1, window_end + 1)
        )
        end = close + 1 if close > start else window_end
        has = True
    else:
        as_at = regex.compile(r"\bas\s").search(text, ce, min(window_end, ce + 60))
        if as_at is None:
            return None
        start, end, has = as_at.end(), window_end, False
    source = _sentence_subject(text, ss, cs) if participle else mention_before(text, cs, ss)
    if end <= start:
        return None
    return Frame((cs, ce), source, (start, end), has)
