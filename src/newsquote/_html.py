"""HTML in, main text and metadata out.  The only module that imports trafilatura."""

from __future__ import annotations

import datetime as dt

import attrs
import regex

__all__ = ["Extracted", "extract", "looks_like_html"]

# An input is HTML when it has markup that only pages have: a doctype, an <html>, <head>
# or <body> tag, or several block tags.  Text that merely mentions "<b>" stays text.
_HTML_SIGNS = regex.compile(
    r"<!doctype\s++html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<(?:p|div|article|br)[\s/>]",
    regex.IGNORECASE,
)


@attrs.frozen(kw_only=True)
class Extracted:
    text: str
    title: str | None = None
    published: dt.datetime | None = None
    authors: tuple[str, ...] = ()


def looks_like_html(source: str) -> bool:
    head = source[:5000]
    if "<" not in head:
        return False
    return len(_HTML_SIGNS.findall(head)) >= 1 and (
        bool(regex.search(r"<!doctype|<html|<body|<head", head, regex.IGNORECASE))
        or len(_HTML_SIGNS.findall(source[:20000])) >= 3
    )


def _parse_date(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def extract(html: str) -> Extracted:
    """Main content of a page with trafilatura, with title, date and authors.

    Settings chosen by measurement on the article extraction benchmark (see
    docs/accuracy.md): precision-oriented defaults, no comments, no tables.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
        )
    except Exception:
        doc = None
    if doc is None:
        return Extracted(text="")
    get = doc.get if isinstance(doc, dict) else lambda k, d=None: getattr(doc, k, d)
    text = get("text") or ""
    author = get("author") or ""
    authors = tuple(a.strip() for a in regex.split(r";|\band\b", author) if a.strip())
    return Extracted(
        text=text,
        title=get("title") or None,
        published=_parse_date(get("date")),
        authors=authors,
    )
