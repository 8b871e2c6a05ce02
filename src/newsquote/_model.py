"""The result types: frozen, keyword-only, JSON-ready.

Spans (:class:`Sentence`, :class:`Mention`, :class:`Quote`, :class:`DateMention`,
:class:`Boilerplate`) carry ``start`` and ``end`` offsets into a container text and the
``text`` they cover.  The stages build them only through :func:`span_of`, which slices
the container, so ``container[x.start:x.end] == x.text`` holds by construction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, TypeVar

import attrs

__all__ = [
    "Article",
    "Boilerplate",
    "Cleaned",
    "DateMention",
    "Mention",
    "Quote",
    "Sentence",
    "Speaker",
]

QuoteKind = Literal["direct", "mixed", "indirect"]
SpeakerKind = Literal["person", "organization", "source", "group"]
DateType = Literal["DATE", "TIME", "DURATION", "SET"]
BoilerplateKind = Literal[
    "menu",
    "breadcrumb",
    "share",
    "promo",
    "newsletter",
    "advert",
    "related",
    "caption",
    "credit",
    "byline",
    "dateline",
    "title",
    "comments",
    "legal",
    "tags",
    "debris",
]


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence of a text: ``text == container[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@attrs.frozen(kw_only=True)
class Mention:
    """A span naming something: a speaker mention ("He") or a cue ("said")."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@attrs.frozen(kw_only=True)
class Speaker:
    """A speaker resolved across the article.

    ``name`` is canonical: the fullest name the article gives ("Dmitry Peskov" for
    "Peskov", "He" and "the Kremlin spokesperson").  ``kind`` is ``person``,
    ``organization``, ``source`` (anonymous) or ``group``.
    """

    name: str
    kind: SpeakerKind

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind}


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: the speech itself (``text``), without quote marks or frame.

    ``kind`` is ``direct`` (all inside quote marks), ``mixed`` (a partial quote inside
    reported speech) or ``indirect`` (reported speech).
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Speaker | None = None
    speaker_mention: Mention | None = None
    cue: Mention | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "speaker_mention": None
            if self.speaker_mention is None
            else self.speaker_mention.to_dict(),
            "cue": None if self.cue is None else self.cue.to_dict(),
        }


@attrs.frozen(kw_only=True)
class DateMention:
    """A time expression with its TIMEX3 ``type`` and normalised ``value``."""

    text: str
    start: int
    end: int
    value: str
    type: DateType

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "type": self.type,
        }


@attrs.frozen(kw_only=True)
class Boilerplate:
    """A piece of page furniture removed from the source: offsets into the source."""

    kind: BoilerplateKind
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end}


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@attrs.frozen(kw_only=True)
class Cleaned:
    """The result of :func:`newsquote.clean`.

    ``source`` is the text the cleaner read (for HTML: the text trafilatura extracted);
    ``text`` is that text without the removed lines, paragraphs separated by blank lines;
    ``boilerplate`` lists what was removed, with offsets into ``source``.
    """

    source: str
    text: str
    title: str | None = None
    published: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "text": self.text,
            "title": self.title,
            "published": _iso(self.published),
            "authors": list(self.authors),
            "boilerplate": [b.to_dict() for b in self.boilerplate],
        }


@attrs.frozen(kw_only=True)
class Article:
    """Everything :func:`newsquote.process` found in one document.

    Offsets of ``boilerplate`` point into ``source``; offsets of ``sentences``,
    ``quotes`` and ``dates`` point into ``text``.
    """

    source: str
    text: str
    title: str | None = None
    published: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    dates: tuple[DateMention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: str, int, None, lists and dicts only."""
        return {
            "title": self.title,
            "published": _iso(self.published),
            "authors": list(self.authors),
            "text": self.text,
            "source": self.source,
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "sentences": [s.to_dict() for s in self.sentences],
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
            "dates": [d.to_dict() for d in self.dates],
        }


_S = TypeVar("_S", Sentence, Mention)


def span_of(cls: type[_S], container: str, start: int, end: int) -> _S:
    """Build a plain span by slicing ``container``: the only way stages make spans."""
    return cls(text=container[start:end], start=start, end=end)
