"""process() and clean(): the one place that chains the stages."""

from __future__ import annotations

import datetime as dt

from ._boilerplate import clean_text
from ._dates import find_dates
from ._html import extract, looks_like_html
from ._model import Article, Cleaned, Sentence
from ._quotes import quotes_and_speakers
from ._segment import segment_spans
from ._text import ensure_text, iter_lines
from .exceptions import InputTypeError

__all__ = ["clean", "process"]


def clean(source: str) -> Cleaned:
    """The article alone: page furniture removed, title, time and authors kept.

    ``source`` is HTML (main content is extracted with trafilatura first) or text.
    Every removed line is reported in ``boilerplate`` with offsets into ``source`` of
    the result (for HTML, the text trafilatura extracted).  Raises
    :class:`~newsquote.exceptions.InputTypeError` when ``source`` is not a ``str``.

    >>> c = clean("Home\\nWorld\\n\\nPutin congratulates Trump\\n\\nHe spoke on Friday.\\nShare")
    >>> c.title, c.text
    ('Putin congratulates Trump', 'He spoke on Friday.')
    """
    source = ensure_text(source, "source")
    title = published = None
    authors: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    if looks_like_html(source):
        page = extract(source)
        source, title, published, authors = page.text, page.title, page.published, page.authors
        titles = page.titles
    # The cleaner runs on extracted text too: extractors keep furniture that a page sets
    # in ordinary paragraphs (share rows, app promos, credits).
    result = clean_text(source, known_titles=titles)
    return Cleaned(
        source=source,
        text=result.text,
        title=result.title or title,
        # A time in the text (a dateline) is more precise than page metadata, which often
        # has only the day.
        published=result.published or published,
        authors=result.authors or authors,
        boilerplate=result.boilerplate,
    )


def process(
    source: str,
    published: dt.datetime | dt.date | None = None,
    *,
    default_published: dt.datetime | dt.date | None = None,
) -> Article:
    """Read one article: clean it, then find its sentences, quotations and dates.

    ``published`` (the publication time) anchors relative dates; when it is None the time
    found in the page metadata, dateline or byline is used, and when there is none either,
    ``default_published`` (e.g. the time a crawler fetched the page).  Raises
    :class:`~newsquote.exceptions.InputTypeError` when ``source`` is not a ``str`` or a
    time is not a ``datetime``/``date``; any ``str`` is valid input.

    >>> art = process("“We will talk,” Peskov said on Monday.")
    >>> art.quotes[0].speaker.name
    'Peskov'
    """
    for name, value in (("published", published), ("default_published", default_published)):
        if value is not None and not isinstance(value, dt.date):
            raise InputTypeError(
                f"{name} must be a datetime, date or None, not {type(value).__name__}"
            )
    cleaned = clean(source)
    when = next(
        (w for w in (published, cleaned.published, default_published) if w is not None), None
    )
    if isinstance(when, dt.date) and not isinstance(when, dt.datetime):
        when = dt.datetime.combine(when, dt.time())
    text = cleaned.text
    lines = list(iter_lines(text))  # split once for the sentences and the quotes
    spans = segment_spans(text, lines)
    quotes, speakers = quotes_and_speakers(text, spans, lines)
    return Article(
        source=cleaned.source,
        text=text,
        title=cleaned.title,
        published=when,
        authors=cleaned.authors,
        boilerplate=cleaned.boilerplate,
        sentences=tuple(Sentence(text=text[s:e], start=s, end=e) for s, e in spans),
        quotes=quotes,
        speakers=speakers,
        dates=find_dates(text, anchor=when),
    )
