"""Quote marks: pairing them within a paragraph.

Pairs: “…”, "…", ‘…’, «…», „…“ (or „…”), ‚…‘, and ''…'' (two apostrophes: the
typewriter convention of some wire and newspaper feeds).  Nested quotations are kept
inside the outer one.  A mark that opens and never closes runs to the end of its paragraph
(the convention for a quotation that continues in the next paragraph); nothing crosses a
paragraph, so one stray mark costs at most one paragraph.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["MARK_CHARS", "MarkSpan", "mark_spans"]

# Opening mark -> the marks that may close it.  Sites mix straight and curly marks
# ("“…"" and ""…”" both occur in scraped copy), so a double mark closes any double opener
# of its family.
_CLOSERS: dict[str, frozenset[str]] = {
    "“": frozenset({"”", "“", '"'}),  # "“" also closes: some sites use it at both ends
    "«": frozenset({"»"}),
    "„": frozenset({"“", "”"}),
    "‚": frozenset({"‘", "’"}),
    "‘": frozenset({"’"}),
    '"': frozenset({'"', "”"}),
    "''": frozenset({"''", "”"}),
}
_DOUBLE = frozenset({"“", "«", "„", '"', "''"})
# Marks that are the same at both ends: whether they open depends on their neighbours.
_SYMMETRIC = frozenset({'"', "''", "‘"})
# Every character that can be part of a quote mark (for quick "has marks" tests).
MARK_CHARS = '“”«»„‚‘’"'
# Quotations nest two or three deep in real text; deeper openers are stray marks, and
# ignoring them keeps pairing linear on adversarial input.
_MAX_DEPTH = 6
# One mark per match; two apostrophes count as one double mark ("''|[“”«»„‚‘’\"]"): any
# mark or an apostrophe, then a second apostrophe after an apostrophe and nothing after
# any other mark.  Opening with one character class lets the standard library's engine
# skip in C to the next candidate (most paragraphs have none).
_MARK = re.compile("['“”«»„‚‘’\"](?:(?<=')'|(?<!'))")


@attrs.frozen(eq=False)
class MarkSpan:
    """A top-level quotation between marks: mark offsets and the content inside."""

    open: int
    close: int | None  # None: unclosed, runs to the end of the paragraph
    after: int  # just past the closing mark (the paragraph end when unclosed)
    content_start: int
    content_end: int
    clausal: bool  # starts a paragraph or follows a lead-in: a direct quotation


def _is_apostrophe(text: str, i: int) -> bool:
    # ’ before a letter ("Trump’s", "Let’s", "’90s") is an apostrophe, not a close.
    after = text[i + 1] if i + 1 < len(text) else " "
    return after.isalnum()


def _opens(text: str, i: int, width: int, ps: int) -> bool:
    """A straight or single mark opens when it follows space or punctuation."""
    before = text[i - 1] if i > ps else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,“‘") and not after.isspace()


def _spans_in(text: str, ps: int, pe: int) -> list[MarkSpan]:
    if _MARK.search(text, ps, pe) is None:
        return []  # most paragraphs quote no one: one C-level scan and done
    spans: list[MarkSpan] = []
    stack: list[tuple[str, int]] = []
    first = ps  # the paragraph's first character that is not a space
    while first < pe and text[first].isspace():
        first += 1
    for m in _MARK.finditer(text, ps, pe):
        c, i = m.group(), m.start()
        # Which open mark does this one close?  The innermost that it can close: an inner
        # mark that never closed ("‘90s") must not keep the outer one open.
        depth = (
            next((k for k in range(len(stack) - 1, -1, -1) if c in _CLOSERS[stack[k][0]]), -1)
            if stack
            else -1  # nothing open (most marks: apostrophes outside quotations)
        )
        if depth >= 0:
            if c == "’" and _is_apostrophe(text, i):
                continue
            if c in _SYMMETRIC and i > ps and text[i - 1].isspace() and _opens(text, i, len(c), ps):
                # After a space and before a word, a symmetric mark opens a nested quotation.
                if len(stack) < _MAX_DEPTH:
                    stack.append((c, i))
                continue
            start, opener = stack[depth][1], stack[depth][0]
            del stack[depth:]
            if not stack:
                spans.append(_span(text, ps, start, len(opener), i, m.end()))
            continue
        opens = c in _CLOSERS and (c not in _SYMMETRIC or _opens(text, i, len(c), ps))
        if c == "”" and not stack and i == first and _opens(text, i, 1, ps):
            # '”Fear. I am truly afraid …”' at a paragraph's start: a closing mark typed
            # for the opening one (nothing is open to close); it opens.
            c, opens = "“", True
        if opens and len(stack) < _MAX_DEPTH:
            stack.append((c, i))
    # Unclosed: the outermost double mark runs to the end of the paragraph.
    for opener, start in stack:
        if opener in _DOUBLE:
            spans.append(_span(text, ps, start, len(opener), None, pe))
            break
    return sorted(spans, key=lambda s: s.open)


def _span(text: str, ps: int, start: int, width: int, close: int | None, after: int) -> MarkSpan:
    cs = start + width
    ce = close if close is not None else after
    while cs < ce and text[cs].isspace():
        cs += 1
    while ce > cs and (text[ce - 1].isspace() or text[ce - 1] == ","):
        ce -= 1
    # The last character before the opening mark (a scan back over spaces, not a copy
    # of the paragraph up to every mark).
    k = start
    while k > ps and text[k - 1].isspace():
        k -= 1
    last = text[k - 1] if k > ps else ""
    first = text[cs] if cs < ce else ""
    clausal = (
        not last
        or last in ":—–"
        or (last in ",-" and (first.isupper() or first in "…[."))
        or (last in ".?!”’\"'" and first.isupper())
    )
    return MarkSpan(
        open=start, close=close, after=after, content_start=cs, content_end=ce, clausal=clausal
    )


def mark_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[list[MarkSpan]]:
    """The top-level quotations of each paragraph."""
    return [_spans_in(text, ps, pe) for ps, pe in paragraphs]
