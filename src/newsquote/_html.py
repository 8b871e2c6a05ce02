"""HTML in, main text and metadata out.  The only module that imports trafilatura.

Main content comes from trafilatura, with settings chosen by measurement on the
development half of the article extraction benchmark (88 pages; word 4-gram F1 of the
text after the line cleaner, with the page's titles known; trafilatura's defaults
score 0.970 that way):

* ``favor_precision=True``: news pages hold more furniture than a strict extractor
  loses text (0.977; balanced 0.972, ``favor_recall`` 0.971).
* ``include_comments=False``: readers' comments are not the article.
* ``fast=True``, then the full cascade only when the fast pass finds almost nothing.
  The full cascade compares every page with readability and justext, which costs
  about 40% of trafilatura's time; on the benchmark it changed one page in 88, a page
  where the fast pass came back nearly empty (fast alone: 0.966).  The retry catches
  exactly that case: same F1 as the full cascade at the speed of the fast one.
* tables kept (without them 0.969: tables hold article text), no deduplication (0.971:
  it drops repeated but genuine lines), no links, images or formatting.

Metadata (title, publication time, authors) is read from the page head with patterns:
``<meta>`` tags (Open Graph, article:*, Dublin Core, itemprop), JSON-LD, ``<h1>`` and
``<title>``, and htmldate's quick search when the head has no date.  That is what
trafilatura's metadata step reads first too, at a small part of its cost (its full
step, with htmldate's extensive search, adds a third to the extraction time).
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
from collections.abc import Iterator

import attrs
import regex

__all__ = ["Extracted", "extract", "looks_like_html"]

# An input is HTML when it has markup that only pages have: a doctype, an <html>, <head>
# or <body> tag, or several block tags.  Text that merely mentions "<b>" stays text.
_HTML_SIGNS = regex.compile(
    r"<!doctype\s++html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<(?:p|div|article|br)[\s/>]",
    regex.IGNORECASE,
)

# A fast pass shorter than this found no article; the full cascade gets a second chance.
_RETRY_BELOW = 500
# Publication times before this are placeholders, not dates.
_EARLIEST_YEAR = 1900
# Metadata sits in the head, near the top; reading further only costs time.
_HEAD_CHARS = 300_000

# One <meta ...> tag and the attributes inside it.
_META_TAG = regex.compile(r"<meta\s[^<>]{0,2000}+>", regex.IGNORECASE)
_ATTRIBUTE = regex.compile(
    r"""([\w:.-]++)\s*+=\s*+(?:"([^"]*+)"|'([^']*+)'|([^\s"'>]++))""", regex.IGNORECASE
)
_TITLE_TAG = regex.compile(r"<title[^>]{0,200}+>([^<]{1,500}+)</title>", regex.IGNORECASE)
_H1_TAG = regex.compile(r"<h1[^>]{0,500}+>(.{1,600}?)</h1>", regex.IGNORECASE | regex.DOTALL)
_TAGS = regex.compile(r"<[^>]{0,500}+>")
# JSON-LD keys, read with a pattern rather than a JSON parser: pages often embed broken
# JSON, and a pattern reads what it can.
_JSON_DATE = regex.compile(r'"(datePublished|dateCreated)"\s*+:\s*+"([^"]{8,40}+)"')
_JSON_AUTHOR = regex.compile(
    r'"author"\s*+:\s*+\[?\s*+\{[^{}]{0,400}?"name"\s*+:\s*+"([^"]{2,100}+)"'
)
_JSON_HEADLINE = regex.compile(r'"headline"\s*+:\s*+"([^"]{3,400}+)"')
# Where sites put the publication time, best first.
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "article:modified_time",
)
_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline", "title")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "byl")
_AUTHOR_SPLIT = regex.compile(r"\s*+(?:;|,|\band\b|&)\s*+")
# "By Jane Doe" in an author field: the "By" is the byline's, not the name's.
_BY_PREFIX = regex.compile(r"^by\s++", regex.IGNORECASE)
# Site names after a title: "Headline | Site", "Headline - Site", "Headline — Site".
_TITLE_SEPARATOR = regex.compile(r"\s++[|–—-]\s++|\s++::\s++")


@attrs.frozen(kw_only=True)
class Extracted:
    text: str
    title: str | None = None
    published: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()  # every title the page gives (og:title, <title>, <h1>)


def looks_like_html(source: str) -> bool:
    head = source[:5000]
    if "<" not in head:
        return False
    return len(_HTML_SIGNS.findall(head)) >= 1 and (
        bool(regex.search(r"<!doctype|<html|<body|<head", head, regex.IGNORECASE))
        or len(_HTML_SIGNS.findall(source[:20000])) >= 3
    )


def _parse_date(value: str) -> dt.datetime | None:
    """An ISO 8601 timestamp from metadata, as a naive local time ("2019-11-18T10:00Z")."""
    value = value.strip()
    if not value[:4].isdigit():
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        try:
            when = dt.datetime.fromisoformat(value[:10])
        except ValueError:
            return None
    if not _EARLIEST_YEAR <= when.year <= dt.date.today().year + 1:
        return None  # placeholders such as 0001-01-01
    # The wall-clock time the page states; its zone is not what readers of the text see.
    return when.replace(tzinfo=None)


def _text_of(fragment: str) -> str:
    return " ".join(htmllib.unescape(_TAGS.sub(" ", fragment)).split())


def _meta(head: str) -> dict[str, str]:
    """``<meta>`` tags of the page head: name/property/itemprop -> content (first wins)."""
    found: dict[str, str] = {}
    for tag in _META_TAG.finditer(head):
        attributes = {
            m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) or m.group(4)
            for m in _ATTRIBUTE.finditer(tag.group())
        }
        content = attributes.get("content")
        if not content:
            continue
        for key in ("property", "name", "itemprop"):
            name = attributes.get(key)
            if name:
                found.setdefault(name.lower(), _text_of(content))
    return found


def _titles(head: str, meta: dict[str, str]) -> Iterator[str]:
    """Titles the page gives, best first: metadata, headline, then ``<title>``."""
    for key in _TITLE_KEYS:
        if meta.get(key):
            yield meta[key]
    for m in _JSON_HEADLINE.finditer(head):
        yield _text_of(m.group(1))
    h1 = _H1_TAG.search(head)
    if h1:
        yield _text_of(h1.group(1))
    tag = _TITLE_TAG.search(head)
    if tag:
        title = _text_of(tag.group(1))
        # Without the site's name: "Headline | Site", "Opinion | Headline".
        parts = _TITLE_SEPARATOR.split(title)
        if len(parts) > 1:
            yield max(parts, key=len)
        yield title


def _published(head: str, meta: dict[str, str]) -> dt.datetime | None:
    for key in _DATE_KEYS:
        when = _parse_date(meta.get(key, ""))
        if when is not None:
            return when
    for m in _JSON_DATE.finditer(head):
        when = _parse_date(m.group(2))
        if when is not None:
            return when
    return None


def _htmldate(html: str) -> dt.datetime | None:
    """The publication date by htmldate's quick search (URL, headers, page elements)."""
    import htmldate

    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises on some broken pages; they have no date then
        return None
    return _parse_date(found) if found else None


def _authors(head: str, meta: dict[str, str]) -> tuple[str, ...]:
    for key in _AUTHOR_KEYS:
        value = meta.get(key, "")
        # An article:author that is a URL names a profile page, not a person.
        if value and "/" not in value and "@" not in value:
            names = (_BY_PREFIX.sub("", n) for n in _AUTHOR_SPLIT.split(value))
            return tuple(dict.fromkeys(n for n in names if n and len(n) <= 80))
    m = _JSON_AUTHOR.search(head)
    return (_text_of(m.group(1)),) if m else ()


def _main_text(html: str) -> str:
    import trafilatura

    def run(fast: bool) -> str:
        try:
            return (
                trafilatura.extract(
                    html,
                    fast=fast,
                    favor_precision=True,
                    include_comments=False,
                    include_tables=True,
                    include_images=False,
                    include_links=False,
                    include_formatting=False,
                    deduplicate=False,
                    with_metadata=False,
                )
                or ""
            )
        except Exception:  # trafilatura raises on some broken pages; that page has no text
            return ""

    text = run(fast=True)
    if len(text) < _RETRY_BELOW:
        fuller = run(fast=False)
        if len(fuller) > len(text):
            text = fuller
    return text


def extract(html: str) -> Extracted:
    """Main content of a page with trafilatura, with title, date and authors.

    See the module docstring for the settings and why.
    """
    head = html[:_HEAD_CHARS]
    meta = _meta(head)
    titles = tuple(dict.fromkeys(t for t in _titles(head, meta) if t))
    return Extracted(
        text=_main_text(html),
        title=titles[0] if titles else None,
        published=_published(head, meta) or _htmldate(html),
        authors=_authors(head, meta),
        titles=titles,
    )
