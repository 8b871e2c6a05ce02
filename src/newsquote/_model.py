"""The result types: frozen, keyword-only, JSON-ready.

Spans (:class:`Sentence`, :class:`Mention`, :class:`Quote`, :class:`DateMention`,
:class:`Boilerplate`) carry ``start`` and ``end`` offsets into a container text and the
``text`` they cover.  Every stage builds a span by slicing its container at the offsets
it found (``text=container[start:end]``), so ``container[x.start:x.end] == x.text``
holds by construction, never by searching the text again.

Allowed values of the ``kind`` and ``type`` fields:

* :class:`Quote` ``kind``: ``"direct"``, ``"mixed"``, ``"indirect"``;
* :class:`Speaker` ``kind``: ``"person"``, ``"organization"``, ``"source"``, ``"group"``;
* :class:`DateMention` ``type``: ``"DATE"``, ``"TIME"``, ``"DURATION"``, ``"SET"``;
* :class:`Boilerplate` ``kind``: ``"menu"``, ``"breadcrumb"``, ``"share"``, ``"promo"``,
  ``"newsletter"``, ``"advert"``, ``"related"``, ``"caption"``, ``"credit"``,
  ``"byline"``, ``"dateline"``, ``"title"``, ``"comments"``, ``"legal"``, ``"tags"``,
  ``"debris"``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import attrs

__all__ = [
    "Article",
    "Boilerplate",
    "Cleaned",
    "DateMention",
    "Failure",
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
    """A sentence: ``text`` is ``container[start:end]``, stripped of surrounding space.

    The container is the text given to :func:`newsquote.segment`, or ``Article.text``.
    """

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: one key for each field."""
        return {"text": self.text, "start": self.start, "end": self.end}


@attrs.frozen(kw_only=True)
class Mention:
    """A span naming something: a speaker mention ("He") or a cue ("said").

    Offsets point into the text the quotation was found in (``Article.text``).
    """

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: one key for each field."""
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
        """Plain JSON-ready data: one key for each field."""
        return {"name": self.name, "kind": self.kind}


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: the speech itself (``text``), without quote marks or frame.

    ``kind`` is ``direct`` (all inside quote marks), ``mixed`` (a partial quote inside
    reported speech) or ``indirect`` (reported speech).  ``speaker`` is the canonical
    speaker resolved across the article, ``speaker_mention`` the words that name it here
    ("He"), and ``cue`` the reporting word or phrase ("said", "according to"); each may
    be None when the article does not say.  A quotation with no cue of its own that
    follows another continues that attribution: it repeats its ``speaker``,
    ``speaker_mention`` and ``cue`` (which then lie before the quotation).
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Speaker | None = None
    speaker_mention: Mention | None = None
    cue: Mention | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: one key for each field."""
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
    """A time expression with its TIMEX3 ``type`` and normalised ``value``.

    ``value`` is a TIMEX3/ISO 8601 string: ``2024-11-06``, ``2024-11``, ``2024-W45``,
    ``2024-Q3``, ``2024-SU``, ``2024-11-06TMO``, ``2024-11-07T14:20``, a duration such as
    ``P4Y`` or ``PT24H``, a set such as ``XXXX-WXX-1``, or ``PRESENT_REF`` /
    ``PAST_REF`` / ``FUTURE_REF``.  Without an anchor, relative values keep ``X`` for
    what they do not say (``XXXX-WXX-3``).
    """

    text: str
    start: int
    end: int
    value: str
    type: DateType

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: one key for each field."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "type": self.type,
        }


@attrs.frozen(kw_only=True)
class Boilerplate:
    """A piece of page furniture removed from the source, with its ``kind``.

    Offsets point into ``Cleaned.source`` / ``Article.source``.
    """

    kind: BoilerplateKind
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: one key for each field."""
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end}


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


@attrs.frozen(kw_only=True)
class Cleaned:
    """The result of :func:`newsquote.clean`.

    ``source`` is the text the cleaner read (for HTML: the text trafilatura extracted);
    ``text`` is that text without the removed lines, paragraphs separated by blank lines;
    ``boilerplate`` lists what was removed, with offsets into ``source``.  ``title``,
    ``published`` and ``authors`` come from the text (title line, dateline, byline) or,
    for HTML, from the page's metadata.
    """

    source: str
    text: str
    title: str | None = None
    published: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: one key for each field."""
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

    ``source`` is the input text (for HTML: the text trafilatura extracted) and
    ``text`` the cleaned article body.  Offsets of ``boilerplate`` point into ``source``;
    offsets of ``sentences``, ``quotes`` and ``dates`` point into ``text``.
    ``published`` is the time given to :func:`newsquote.process`, else the one found in
    the page; it anchors the dates.  ``speakers`` lists each quoted speaker once, in the
    order of first quotation.
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


@attrs.frozen(kw_only=True)
class Failure:
    """A document that could not be processed, in a batch (``process_many``, the CLI).

    One bad document never costs the rest of a batch: it gives a ``Failure`` in its place.
    ``error_type`` is the exception's class name, ``message`` its text.
    """

    id: str | None
    error_type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: one key for each field."""
        return {"id": self.id, "error": {"type": self.error_type, "message": self.message}}
