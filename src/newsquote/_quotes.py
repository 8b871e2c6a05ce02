"""Quotations: direct, mixed and indirect, each with its cue and speaker.

Work goes paragraph by paragraph (no quote state crosses a paragraph unless the next
paragraph opens with a quote mark: the newspaper convention for a quotation that runs on).

1. **Marks** (:func:`_mark_spans`): pairs of quote marks.  A span whose opening mark starts
   a paragraph or follows a lead-in (":", ",", a dash) is a *direct* quotation; one inside
   a clause is a partial quotation, which only counts inside a reporting frame.
2. **Frames** (:mod:`._frames`): reporting verbs and phrases outside direct quotations,
   each with its source and its content: "SOURCE said (that) CONTENT", "CONTENT, SOURCE
   said", "according to SOURCE, CONTENT", "as stated by SOURCE", participles (", saying
   ..."), naming verbs ("called him a “genius”").  A frame whose content holds quote marks
   is *mixed*; one without is *indirect*.
3. **Speakers** (:mod:`._speakers`): each mention resolved across the article; a direct
   quotation with no cue right after another continues its speaker.
"""

from __future__ import annotations

import attrs

from ._frames import Frame, find_frames
from ._marks import MarkSpan, mark_spans
from ._model import Mention, Quote, QuoteKind, Speaker
from ._segment import segment_spans
from ._speakers import Phrase, Resolver
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


def _direct_attribution(
    text: str, span: MarkSpan, para: tuple[int, int], frames: list[Frame]
) -> tuple[tuple[int, int] | None, Phrase | None]:
    """Cue and speaker of a direct quotation: a frame that points at it."""
    for f in frames:
        if f.quote is span:
            return f.cue, f.source
    return None, None


def _find(text: str, sentences: list[tuple[int, int]]) -> list[_Found]:
    found: list[_Found] = []
    paragraphs = list(iter_lines(text))
    spans_by_para = mark_spans(text, paragraphs)
    si = 0
    previous_direct: _Found | None = None
    for p_index, (ps, pe) in enumerate(paragraphs):
        para_sentences = []
        while si < len(sentences) and sentences[si][0] < pe:
            if sentences[si][0] >= ps:
                para_sentences.append(sentences[si])
            si += 1
        if ps == pe or text[ps:pe].isspace():
            continue  # blank lines separate paragraphs; they are not paragraphs
        spans = spans_by_para[p_index]
        frames = find_frames(text, (ps, pe), para_sentences, spans)
        used_spans: set[int] = set()
        items: list[_Found] = []
        for f in frames:
            if f.quote is not None:
                continue
            kind: QuoteKind = "mixed" if f.has_marks else "indirect"
            items.append(_Found(f.content[0], f.content[1], kind, f.cue, f.source))
            for k, s in enumerate(spans):
                if f.content[0] <= s.open < f.content[1]:
                    used_spans.add(k)
        for k, s in enumerate(spans):
            if not s.clausal or k in used_spans or s.content_end <= s.content_start:
                continue
            cue, source = _direct_attribution(text, s, (ps, pe), frames)
            items.append(_Found(s.content_start, s.content_end, "direct", cue, source))
        items.sort(key=lambda x: x.start)
        for item in items:
            if item.kind == "direct" and item.mention is None and previous_direct is not None:
                # No cue: the quotation continues the previous speaker when it follows a
                # quotation in the same paragraph or the one before, with no other
                # attribution between them.
                item = attrs.evolve(item, continues=True)
            found.append(item)
            previous_direct = item if item.kind == "direct" else None
        if not items:
            # A paragraph without quotations ends any run of quotations.
            previous_direct = None
    return found


def quotes_and_speakers(text: str) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Every quotation with its resolved speaker, and the distinct speakers in order."""
    sentences = segment_spans(text)
    found = _find(text, sentences)
    resolver = Resolver(text, sentences)
    quotes: list[Quote] = []
    last_speaker: Speaker | None = None
    last_mention: Mention | None = None
    for item in found:
        speaker: Speaker | None = None
        mention: Mention | None = None
        if item.mention is not None:
            m = item.mention
            mention = Mention(text=text[m.start : m.end], start=m.start, end=m.end)
            speaker = resolver.resolve(m)
        elif item.continues and last_speaker is not None:
            speaker, mention = last_speaker, last_mention
        cue = None
        if item.cue is not None:
            cue = Mention(text=text[item.cue[0] : item.cue[1]], start=item.cue[0], end=item.cue[1])
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
        if speaker is not None and item.kind == "direct":
            last_speaker, last_mention = speaker, mention
    speakers = tuple(dict.fromkeys(q.speaker for q in quotes if q.speaker is not None))
    return tuple(quotes), speakers


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quotation in ``text``: direct, mixed and indirect, with cue and speaker.

    >>> q = find_quotes("“We will talk,” Peskov said on Monday.")[0]
    >>> q.text, q.kind, q.speaker.name, q.cue.text
    ('We will talk', 'direct', 'Peskov', 'said')
    """
    text = ensure_text(text)
    return quotes_and_speakers(text)[0]
