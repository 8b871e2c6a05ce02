"""Quote marks: pairing them within a paragraph.

Pairs: “…”, "…", ‘…’, «…», „…“ (or „…”), ‚…‘.  Nested quotations are kept inside the
outer one.  A mark that opens and never closes runs to the end of its paragraph (the
convention for a quotation that continues in the next paragraph); nothing crosses a
paragraph, so one stray mark costs at most one paragraph.
"""

from __future__ import annotations

import attrs

__all__ = ["MarkSpan", "mark_spans"]

# Opening mark -> the marks that may close it.
_CLOSERS: dict[str, str] = {
    "“": "”“",  # "“" also closes: some sites use it at both ends
    "«": "»",
    "„": "“”",
    "‚": "‘’",
    "‘": "’",
    '"': '"',
}
_OPENERS = frozenset(_CLOSERS)
_DOUBLE = frozenset('“«„"')
_MARKS = frozenset('“”«»„‚‘’"')


@attrs.frozen(eq=False)
class MarkSpan:
    """A top-level quotation between marks: mark offsets and the content inside."""

    open: int
    close: int | None  # None: unclosed, runs to the end of the paragraph
    content_start: int
    content_end: int
    clausal: bool  # starts a paragraph or follows a lead-in: a direct quotation


def _is_apostrophe(text: str, i: int) -> bool:
    # ’ between letters ("Trump’s", "Let’s") or after a plural s ("voters’ rights").
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return after.isalnum() or (before.isalnum() and after.isalnum())


def _opens(text: str, i: int, ps: int) -> bool:
    """A straight or single mark opens when it follows space or punctuation."""
    before = text[i - 1] if i > ps else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,“‘") and not after.isspace()


def _spans_in(text: str, ps: int, pe: int) -> list[MarkSpan]:
    spans: list[MarkSpan] = []
    stack: list[tuple[str, int]] = []
    for i in range(ps, pe):
        c = text[i]
        if c not in _MARKS:
            continue
        # Which open mark does this one close?  The innermost that it can close: an inner
        # mark that never closed ("‘90s") must not keep the outer one open.
        depth = next((k for k in range(len(stack) - 1, -1, -1) if c in _CLOSERS[stack[k][0]]), -1)
        if depth >= 0:
            if c == "’" and _is_apostrophe(text, i):
                continue
            if c in '“"' and text[i - 1].isspace() and _opens(text, i, ps):
                # After a space and before a word, “ or " opens a nested quotation.
                stack.append((c, i))
                continue
            start = stack[depth][1]
            del stack[depth:]
            if not stack:
                spans.append(_span(text, ps, start, i))
            continue
        if c in _OPENERS and (c in "“«„" or _opens(text, i, ps)):
            stack.append((c, i))
    # Unclosed: the outermost double mark runs to the end of the paragraph.
    for opener, start in stack:
        if opener in _DOUBLE:
            spans.append(_span(text, ps, start, None, pe))
            break
    return sorted(spans, key=lambda s: s.open)


def _span(text: str, ps: int, start: int, close: int | None, pe: int | None = None) -> MarkSpan:
    cs = start + 1
    ce = close if close is not None else (pe if pe is not None else len(text))
    while cs < ce and text[cs].isspace():
        cs += 1
    while ce > cs and (text[ce - 1].isspace() or text[ce - 1] == ","):
        ce -= 1
    before = text[ps:start].rstrip()
    first = text[cs] if cs < ce else ""
    clausal = (
        not before
        or before[-1] in ":—–"
        or (before[-1] in ",-" and (first.isupper() or first in "…[."))
        or (before[-1] in '.?!”’"' and first.isupper())
    )
    return MarkSpan(open=start, close=close, content_start=cs, content_end=ce, clausal=clausal)


def mark_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[list[MarkSpan]]:
    """The top-level quotations of each paragraph."""
    return [_spans_in(text, ps, pe) for ps, pe in paragraphs]
