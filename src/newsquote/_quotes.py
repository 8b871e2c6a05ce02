"""Quotations: direct, mixed and indirect, each with its cue and speaker.

Work goes paragraph by paragraph (no quote state crosses a paragraph unless the next
paragraph opens with a quote mark: the newspaper convention for a quotation that runs on).

1. **Marks** (:mod:`._marks`): pairs of quote marks.  A span whose opening mark starts
   a paragraph or follows a lead-in (":", ",", a dash, "CUE,") is a *direct* quotation;
   one inside a clause is a partial quotation, which only counts inside a reporting frame.
   A short span in title case with no frame is a title of a work, not a quotation.
2. **Frames**: around direct quotations (:mod:`._direct`: tail and dash; :mod:`._lead_in`:
   lead-in, a paragraph that ends in a colon before a block quotation; :mod:`._labels`:
   speaker label; :mod:`._source_of`: the source of a cue in its sentence) and in the sentences
   (:mod:`._frames`: "SOURCE said (that) CONTENT", "CONTENT, SOURCE said", "according to
   SOURCE, CONTENT", participles, naming verbs, "called for", evidence that "shows").  A
   frame whose content holds quote marks is *mixed*; one without is *indirect*.
3. **Speakers** (:mod:`._speakers` finds mentions, :mod:`._resolve` resolves them across
   the article); a direct quotation with no cue of its own in the paragraph of an
   attributed quotation, or the next one, continues its speaker (and repeats its cue);
   failing that, a sentence right before it that reports someone ("Lynch announced the
   suit. “…”") gives its speaker.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from ._clause import _is_title
from ._cues import lemma_of
from ._direct import _DASH_ATTRIBUTION, intro_sentence, tail_of
from ._frames import Frame, find_frames, lead_in, lead_in_subject
from ._lead_in import beat_subject, reporting_sentence
from ._marks import MarkSpan, mark_spans
from ._model import Mention, Quote, QuoteKind, Speaker
from ._objects import NAMING
from ._resolve import Resolver
from ._segment import segment_spans
from ._speakers import Phrase, mention_after
from ._text import ensure_text, iter_lines

__all__ = ["find_quotes", "quotes_and_speakers"]


@attrs.frozen
class _Found:
    start: int
    end: int
    kind: QuoteKind
    cue: tuple[int, int] | None
    mention: Phrase | None
    continues: bool = False  # a quotation with no cue right after a quotation
    # A direct quotation's cue and source from the sentence before it, when nothing
    # else attributes it ("Lynch announced the lawsuit on Monday. “We are seeking …”").
    reported: tuple[tuple[int, int], Phrase] | None = None
    # The attribution of the last quotation inside a mixed content, when it has a tail of
    # its own after the content ('… because “most people don’t know,” she said.').
    tail: tuple[tuple[int, int], Phrase] | None = None


def _direct_attributions(
    frames: list[Frame],
) -> dict[int, tuple[tuple[int, int] | None, Phrase | None]]:
    """Cue and speaker of each direct quotation that a frame points at, by its span's id."""
    return {id(f.quote): (f.cue, f.source) for f in frames if f.quote is not None}


def _direct_contents(frames: list[Frame]) -> dict[int, tuple[int, int]]:
    """The content a frame gives its quotation when it differs from the marks' inside: a
    speaker label inside the marks ('"PENCE: Well, ...') stays out of the speech."""
    return {id(f.quote): f.content for f in frames if f.quote is not None}


# What may stand between a quotation's closing mark and the end of a frame's content.
_AFTER_CLOSE = frozenset(" .,;:!?")


def _whole(text: str, span: MarkSpan, start: int, end: int) -> bool:
    """Whether the content ``[start, end)`` is the quotation ``span`` alone, give or take
    its marks and a final stop."""
    return (
        span.close is not None
        and span.content_end > span.content_start
        and span.open <= start <= span.content_start
        and span.content_end <= end
        and all(c in _AFTER_CLOSE for c in text[max(span.after, span.content_end) : end])
        and end <= span.after + 2
        and _ends_sentence(text, span)
    )


def _ends_sentence(text: str, span: MarkSpan) -> bool:
    """Whether the quotation ends its sentence: a stop inside or right after its closing
    mark, or the end of the line ('as he puts it, “the best thing” is ...' goes on)."""
    inside = text[span.content_end - 1 : span.content_end]
    rest = text[span.after : span.after + 2].lstrip(" ")
    return inside in ("", ".", "!", "?") or rest[:1] in ("", ".", "!", "?", "\n")


def _names(text: str, frame: Frame) -> bool:
    """Whether a frame's cue gives a name or a description ("called", "described as") or
    is "as X put it", whose quotation is a phrase of the writer's sentence."""
    cue = text[frame.cue[0] : frame.cue[1]].lower()
    return cue in NAMING or cue.endswith(" it")


def _find(
    text: str, sentences: list[tuple[int, int]], paragraphs: list[tuple[int, int]]
) -> list[_Found]:
    found: list[_Found] = []
    spans_by_para = mark_spans(text, paragraphs)
    si = 0
    # The last attributed quotation and the paragraph it is in: a quotation with no cue
    # in this paragraph or the next continues its speaker (the news convention of a
    # quotation that runs on after "..., he said.").
    last_attributed = -2
    previous: tuple[int, int] | None = None  # the last non-blank paragraph
    for p_index, (ps, pe) in enumerate(paragraphs):
        para_sentences = []
        while si < len(sentences) and sentences[si][0] < pe:
            if sentences[si][0] >= ps:
                para_sentences.append(sentences[si])
            si += 1
        if ps == pe or text[ps:pe].isspace():
            continue  # blank lines separate paragraphs; they are not paragraphs
        para_spans = spans_by_para[p_index]
        spans = [
            _after_cue(text, s, para_spans[k - 1] if k else None) for k, s in enumerate(para_spans)
        ]
        opens = [s.open for s in spans]
        frames = find_frames(text, (ps, pe), para_sentences, spans)
        if not frames and not spans:
            previous = (ps, pe)
            continue  # nothing quoted or reported here (most paragraphs)
        attributions = _direct_attributions(frames)
        contents = _direct_contents(frames)
        used_spans: set[int] = set()
        items: list[_Found] = []
        for f in frames:
            if f.quote is not None:
                continue
            kind: QuoteKind = "mixed" if f.has_marks else "indirect"
            cs, ce = f.content
            k = bisect.bisect_right(opens, cs) - 1
            if k >= 0 and _whole(text, spans[k], cs, ce) and not _names(text, f):
                # 'The crowd chanted “Build the wall!”': the content is one quotation
                # and nothing else, so it is direct and its span is inside the marks
                # (a name given to something stays a partial quotation: 'called Zelensky
                # the “greatest salesman”', 'described him as “predictable”').
                kind, cs, ce = "direct", spans[k].content_start, spans[k].content_end
                used_spans.add(k)
            elif k >= 0 and spans[k].open < cs and ce <= spans[k].content_end:
                # 'Kasich cautioned “let’s not get ahead of ourselves,” before …': words
                # inside quote marks are quoted even when the content leaves the marks out.
                kind = "mixed"
                used_spans.add(k)
            # The quotations inside this frame's content are part of it (mixed).
            k = bisect.bisect_left(opens, f.content[0])
            last_inside = None
            while k < len(spans) and spans[k].open < f.content[1]:
                if not f.outer or f.quote is not None or not spans[k].clausal:
                    # (an outer account keeps the quotations inside it: '“…,” he said,
                    # according to officials' is his quotation and their account)
                    used_spans.add(k)
                last_inside = spans[k]
                k += 1
            tail = None
            if last_inside is not None and f.cue[1] <= cs and last_inside.after >= ce:
                t = tail_of(text, last_inside)
                if t is not None and t.source is not None and t.cue[0] >= ce:
                    tail = (t.cue, t.source)
            items.append(_Found(cs, ce, kind, f.cue, f.source, tail=tail))
        for k, s in enumerate(spans):
            if not s.clausal or k in used_spans or s.content_end <= s.content_start:
                continue
            cue, source = attributions.get(id(s), (None, None))
            if cue is None and s.open == ps and previous is not None:
                # A block quotation after a paragraph that ends in a lead-in ("Cruz
                # continued:"): that paragraph's cue and source.
                cue, source = _previous_lead_in(text, previous, sentences)
            if cue is None and source is None and s.open > ps:
                # "Bystrom agreed. “…”": a short sentence right before names who speaks.
                cue, source = _intro_before(text, s.open, ps, sentences)
            if cue is None and source is None and _is_title(text[s.content_start : s.content_end]):
                continue  # “Billions” on Showtime: a title of a work, no one is quoted
            cs, ce = contents.get(id(s), (s.content_start, s.content_end))
            if not (s.content_start <= cs < ce <= s.content_end):
                cs, ce = s.content_start, s.content_end
            reported = None
            if cue is None and source is None:
                reported = _reported_before(text, s.open, ps, previous, sentences)
            items.append(_Found(cs, ce, "direct", cue, source, reported=reported))
        items.sort(key=lambda x: x.start)
        # The cues whose own content is reported here (found once per paragraph: a
        # paragraph may hold thousands of quotations).
        own_content = {
            x.cue
            for x in items
            if x.kind == "indirect" and not text[max(0, x.start - 5) : x.start].startswith("that")
        }
        last_marked: _Found | None = None  # the paragraph's last attributed quotation
        relative = False  # whether the paragraph's last attribution is a relative clause's
        # (looked for only when a quotation has no attribution of its own: most have one)
        signable = (
            bool(items)
            and items[-1].kind == "direct"
            and any(x.kind == "direct" and x.mention is None and x.cue is None for x in items)
        )
        signed = _signature(text, ps, pe) if signable else None
        for item in items:
            unattributed = item.kind == "direct" and item.mention is None and item.cue is None
            if unattributed and signed is not None:
                # '“… money.” And that’s all he has “the root of all evil.” ― Christina
                # Lastra': a name signed with a dash at the paragraph's end attributes
                # every quotation of the paragraph (a roundup of readers' comments).
                item = attrs.evolve(item, cue=signed[0], mention=signed[1])
                unattributed = False
            # 'Maher said the report “wasn't good.” Adding, “…”': a participle with no
            # subject of its own continues the attribution before it (its cue is kept).
            unattributed = unattributed or (
                item.kind == "direct"
                and item.mention is None
                and item.cue is not None
                and text[item.cue[0] : item.cue[1]].lower().endswith("ing")
            )
            if (
                item.kind == "direct"
                and item.cue is not None
                and last_marked is not None
                and last_marked.mention is not None
                and item.mention is not None
                and item.mention.start == last_marked.mention.start
                and text[item.cue[0] : item.cue[1]].endswith("ing")
                and item.cue in own_content
            ):
                # '“A,” Tester said, referring to the excuse, “B.”': the participle has a
                # content of its own; the quotation after it goes on with A's attribution
                # (not after "that": ', noting that he and his wife, “have talked …”' is
                # one clause that the quotation completes).
                item = attrs.evolve(item, cue=last_marked.cue, mention=last_marked.mention)
            elif unattributed and relative and last_marked is not None:
                # '“A,” said Capt. Al Dorn, who said he would not vote. “B.”': the
                # quotation continues the quotation before it, not the relative clause.
                cue = item.cue if item.cue is not None else last_marked.cue
                item = attrs.evolve(item, cue=cue, mention=last_marked.mention)
            elif unattributed and last_attributed >= p_index - 1 - _blank_between(
                text, previous, ps
            ):
                item = attrs.evolve(item, continues=True)
            elif unattributed and item.reported is not None:
                item = attrs.evolve(item, cue=item.reported[0], mention=item.reported[1])
            found.append(item)
            if item.mention is not None:
                last_attributed = p_index
                relative = item.kind == "indirect" and item.mention.kind == "relative"
                if item.kind != "indirect":
                    last_marked = item
        if items and found[-1].continues:
            last_attributed = p_index
        previous = (ps, pe)
    return found


# A dash after a closing mark that signs the quotation: '…” ― Christina Lastra.' (the
# dash attribution of a single quotation, after any closing mark)
_SIGNATURE = regex.compile(r"[”\"’']" + _DASH_ATTRIBUTION.pattern)


def _signature(text: str, ps: int, pe: int) -> tuple[tuple[int, int], Phrase] | None:
    """The dash and the name that end a paragraph after its last quotation, when they
    do ('“…” ― Jane Doe.'): the readers' roundup convention, where the signature
    belongs to every quotation of the paragraph."""
    end = pe
    while end > ps and text[end - 1] in " .\u00a0\t\r":
        end -= 1
    window = max(ps, end - _SIGNATURE_CHARS)
    found = None
    for m in _SIGNATURE.finditer(text, window, end):
        found = m
    if found is None:
        return None
    name = mention_after(text, found.end(), end)
    if name is None or name.end != end or name.kind not in ("name", "nominal"):
        return None
    return found.span("dash"), name


# How far before a paragraph's end its signature starts (a name of a few words).
_SIGNATURE_CHARS = 80


def _after_cue(text: str, span: MarkSpan, before: MarkSpan | None = None) -> MarkSpan:
    """A quotation right after "CUE," or "CUE:" is direct even when it starts in lower
    case ('Mr. Barrett said, "we were floored."').  A capitalised cue there is a name.
    So is the second half of a quotation a tail interrupts ('“…,” said Ann Lee, “and
    Iowa was not decisive.”').
    """
    if span.clausal:
        return span
    head = text[max(0, span.open - 40) : span.open].rstrip()
    if not head.endswith((",", ":")):
        return span
    if _interrupted(text, before, span):
        return attrs.evolve(span, clausal=True)
    words = head[:-1].split()
    last = words[-1] if words else ""
    if last[:1].islower() and lemma_of(last) is not None:
        return attrs.evolve(span, clausal=True)
    # ... and after "CUE HEARER,": 'telling her, “you are an all-star.”'
    if len(words) > 1 and last.lower() in _HEARERS and lemma_of(words[-2]) is not None:
        return attrs.evolve(span, clausal=True)
    return span


def _interrupted(text: str, before: MarkSpan | None, span: MarkSpan) -> bool:
    """Whether ``span`` goes on with the quotation ``before`` after a short tail with a
    cue between commas ('“…,” said Ann Lee, “…”', '“…,” she said, “…”')."""
    if before is None or before.close is None or text[before.close - 1 : before.close] != ",":
        return False
    gap = text[before.after : span.open]
    if len(gap) > _TAIL_GAP or "\n" in gap or not gap.rstrip().endswith(","):
        return False
    return any(lemma_of(w) is not None for w in gap.replace(",", " ").split())


# How long a tail between two halves of a quotation may be.
_TAIL_GAP = 120


_HEARERS = frozenset("him her them us me reporters supporters voters".split())


def _intro_before(
    text: str, open_: int, ps: int, sentences: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, Phrase | None]:
    # The sentence that ends right before the quotation's opening mark (a bisect, not a
    # scan: linear overall), in the same paragraph.
    k = bisect.bisect_left(sentences, (open_, -1)) - 1
    if k < 0 or sentences[k][0] < ps or text[sentences[k][1] : open_].strip():
        return None, None
    found = intro_sentence(text, sentences[k][0], sentences[k][1])
    if found is not None:
        return found
    # "Betsy Ebeling shook her head. “Tom’s much better about it than I am.”": a short
    # sentence of a named person's action right before the quotation names who speaks
    # (the news "beat"); it has no cue.
    return None, beat_subject(text, sentences[k][0], sentences[k][1])


def _reported_before(
    text: str,
    open_: int,
    ps: int,
    previous: tuple[int, int] | None,
    sentences: list[tuple[int, int]],
) -> tuple[tuple[int, int], Phrase] | None:
    """The cue and source of the sentence right before the quotation's opening mark: in
    its paragraph, or the last of the paragraph before when the quotation opens its own."""
    if open_ > ps:
        k = bisect.bisect_left(sentences, (open_, -1)) - 1
        if k < 0 or sentences[k][0] < ps or text[sentences[k][1] : open_].strip():
            return None
        return reporting_sentence(text, sentences[k][0], min(sentences[k][1], open_))
    if previous is None:
        return None
    k = bisect.bisect_left(sentences, (previous[1], -1)) - 1
    if k < 0 or sentences[k][0] < previous[0]:
        return None
    return reporting_sentence(text, sentences[k][0], min(sentences[k][1], previous[1]))


def _blank_between(text: str, previous: tuple[int, int] | None, ps: int) -> int:
    """How many blank lines lie between the previous paragraph and this one."""
    if previous is None:
        return 0
    return text.count("\n", previous[1], ps) - 1


def _previous_lead_in(
    text: str, para: tuple[int, int], sentences: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, Phrase | None]:
    ps, pe = para
    end = pe
    while end > ps and text[end - 1].isspace():
        end -= 1
    if end == ps or text[end - 1] != ":":
        return None, None
    # The last sentence that starts in the paragraph before its end (a bisect: a scan of
    # every sentence per paragraph would be quadratic).
    k = bisect.bisect_left(sentences, (end, -1)) - 1
    ss = sentences[k][0] if k >= 0 and sentences[k][0] >= ps else ps
    found = lead_in(text, ss, end)
    if found is not None:
        return found
    # A longer lead-in still names who speaks: "As Joel Pollak observed, the biggest
    # victor was ...:", "President Clinton released the following statement:".
    return None, lead_in_subject(text, ss, end)


def quotes_and_speakers(
    text: str,
    sentences: list[tuple[int, int]] | None = None,
    lines: list[tuple[int, int]] | None = None,
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Every quotation with its resolved speaker, and the distinct speakers in order.

    ``sentences`` are the text's sentence spans and ``lines`` its ``iter_lines`` spans
    when the caller has them already (``process()`` does); otherwise they are found here.
    """
    # Found once, for the sentences and the quotes.
    paragraphs = list(iter_lines(text)) if lines is None else lines
    if sentences is None:
        sentences = segment_spans(text, paragraphs)
    found = _find(text, sentences, paragraphs)
    resolver = Resolver(text, sentences)
    quotes: list[Quote] = []
    last_speaker: Speaker | None = None
    last_mention: Mention | None = None
    last_cue: Mention | None = None
    for item in found:
        speaker: Speaker | None = None
        mention: Mention | None = None
        if item.mention is not None:
            m = item.mention
            mention = _span_mention(text, m.start, m.end)
            speaker = resolver.resolve(m)
        cue = None
        if item.cue is not None:
            cue = _span_mention(text, *item.cue)
        if item.mention is None and item.continues and last_mention is not None:
            # A continuation belongs to the attribution it continues: same speaker,
            # mention and cue ("“A,” he said. “B.”" is one attribution, as PolNeAR
            # annotates it: the cue "said" before the second quotation covers it too).
            speaker, mention = last_speaker, last_mention
            cue = cue if cue is not None else last_cue  # "Adding, “…”" keeps its own cue
        quotes.append(
            Quote(
                text=text[item.start : item.end],
                start=item.start,
                end=item.end,
                kind=item.kind,
                speaker=speaker,
                speaker_mention=mention,
                cue=cue,
            )
        )
        participle = (
            item.kind == "indirect"
            and cue is not None
            and cue.text.endswith("ing")
            and cue.text.lower() != "adding"  # (', adding that … . “B.”' goes on adding)
            and mention is not None
            and last_mention is not None
            and mention.start == last_mention.start
        )
        if participle:
            # '“A,” DuVernay said, emphasizing why … . “B.”': a participle after the
            # speaker's cue adds to that attribution; B continues the "said".
            pass
        elif speaker is not None or (mention is not None and item.kind != "indirect"):
            # A quotation whose speaker stays unresolved ('“…,” an angry Hollande
            # retaliated. “…”') still is the one the next quotation continues.
            last_speaker, last_mention, last_cue = speaker, mention, cue
            if item.tail is not None:
                # 'DuVernay said she felt … because “most people don’t know,” she said.
                # “We have no context …”': the tail is the attribution the next
                # quotation continues, nearer than the sentence's first cue.
                t_cue, t = item.tail
                last_mention = _span_mention(text, t.start, t.end)
                last_cue = _span_mention(text, *t_cue)
                last_speaker = resolver.resolve(t)
    speakers = tuple(dict.fromkeys(q.speaker for q in quotes if q.speaker is not None))
    return tuple(quotes), speakers


def _span_mention(text: str, start: int, end: int) -> Mention:
    return Mention(text=text[start:end], start=start, end=end)


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quotation in ``text``: direct, mixed and indirect, with cue and speaker.

    >>> q = find_quotes("“We will talk,” Peskov said on Monday.")[0]
    >>> q.text, q.kind, q.speaker.name, q.cue.text
    ('We will talk', 'direct', 'Peskov', 'said')
    """
    text = ensure_text(text)
    return quotes_and_speakers(text)[0]
