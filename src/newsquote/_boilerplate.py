"""The line classifier: page furniture out, article in, metadata kept.

It reads a text line by line.  Every line gets one of three fates:

* **removed**, reported as a :class:`~newsquote.Boilerplate` with its kind and its
  offsets into the source (menus, share rows, promos, captions, credits, bylines, ...);
* **metadata**: the title is taken out of the text and kept as ``title``; a byline gives
  ``authors``; a dateline gives ``published`` (a dateline's timestamp stays in the text,
  because it is the time the article's own relative dates are read against);
* **kept**: everything else.  The cleaner is conservative: a line it is unsure of stays.

Three kinds of evidence decide, in this order:

1. **Rules** (:data:`~newsquote._boilerplate_rules.RULES`): whole-line patterns for one
   kind of furniture each, with the reason they exist.  They recognise shapes ("Views:
   235", "FILE PHOTO: ... via REUTERS"), not the words of one site.
2. **Shapes** (:mod:`newsquote._boilerplate_lines`): a line made only of interface
   words or network names; a comma list of short names with no verb (a tag line).
3. **Zones**: the article runs from the first to the last line of prose.  Above it, the
   headline is the first line that looks like one *and* has evidence (page metadata, a
   glued time, furniture above it, the top of the text), and anything short above the
   headline is navigation.  In the furniture that ends a page, a short line that is not
   a sentence belongs to it when the furniture around it says so; a run of bulleted
   Title Case headlines there is a box of related links; a comment-section heading
   ("2 comments") below the article's opening, followed by what reads like comments,
   starts readers' comments, which run to the end.

Decisions about a line the article may hold never hang on one furniture line alone:
furniture lines stand anywhere in extracted text, and a sentence or a headline next to
one is no less the article's.

The classifier then runs on its own output until nothing more goes, so that cleaning
clean text changes nothing (see :func:`clean_text`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable

import attrs
import regex

from ._boilerplate_lines import (
    BULLET,
    BY_NAME,
    DIGIT,
    LETTER,
    NAME_SPLIT,
    SENTENCE_END,
    TERMINAL,
    TITLE_BAD_END,
    TITLE_START,
    glued_time,
    is_dateline,
    is_prose,
    is_title_case,
    rule_kind,
    shape_kind,
    split_words,
    squash,
)
from ._boilerplate_rules import (
    COMMENT_SIGNS,
    COMMENTS_HEADING,
    MAX_RULE_LINE,
    READER_ADDRESS,
)
from ._dates import parse_timestamp
from ._model import Boilerplate, BoilerplateKind
from ._text import iter_lines

__all__ = ["CleanResult", "clean_text"]


# A headline has a few words and at most about thirty.
_TITLE_WORDS = (3, 30)
# Trailer furniture after the article's last sentence is short.
_TRAILER_WORDS = 12
# Prose characters an article has before a comment section can start.
_COMMENTS_AFTER = 300
# Paragraphs of the cleaned text are separated by a blank line.
_JOIN = "\n\n"
# Passes over the cleaner's own output; one more than needed in practice.
_MAX_PASSES = 3
# Above the headline only navigation stands; a longer line there is kept.
_NAV_WORDS = 6
# A comment-section heading is short.
_HEADING_CHARS = 60
# Lines after a comment-section heading that are read for signs of comments.
_COMMENT_PROBE = 3
# A quotation on a line, closed or running to the end of the line (a paragraph of a
# quotation that goes on in the next one), in curly, straight or doubled single quotes;
# "Thanks for sharing" inside one is the speaker's, not a reader's.
_QUOTED = regex.compile(
    r"“[^“”\n]{0,2000}+(?:”|$)|\"[^\"\n]{0,2000}+(?:\"|$)|''(?:[^'\n]|'(?!')){0,2000}+(?:''|$)"
)


@attrs.frozen
class _Line:
    start: int  # stripped content, offsets into the source
    end: int
    text: str


@attrs.frozen
class CleanResult:
    text: str
    title: str | None
    published: dt.datetime | None
    authors: tuple[str, ...]
    boilerplate: tuple[Boilerplate, ...]


def _split_lines(source: str) -> list[_Line]:
    lines: list[_Line] = []
    for s, e in iter_lines(source):
        raw = source[s:e]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(s + lead, s + lead + len(stripped), stripped))
    return lines


def _blank_after(source: str, lines: list[_Line], i: int) -> bool:
    """Whether a blank line follows line ``i`` (two or more breaks before the next)."""
    gap = source[lines[i].end : lines[i + 1].start if i + 1 < len(lines) else len(source)]
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2


def _too_short(text: str) -> bool:
    return len(split_words(text)) < _TITLE_WORDS[0] or not LETTER.search(text)


def _headline_shape(text: str) -> bool:
    """Not too long, starts like a sentence, does not stop mid-clause, no bullet."""
    return (
        len(split_words(text)) <= _TITLE_WORDS[1]
        and TITLE_START.match(text) is not None
        and not TITLE_BAD_END.search(text)
        and not BULLET.match(text)
    )


def _title_index(
    source: str,
    lines: list[_Line],
    kinds: list[BoilerplateKind | None],
    datelines: list[tuple[int, int, dt.datetime] | None],
    first: int,
    known_titles: tuple[str, ...],
) -> int | None:
    """Which header line is the headline, if any.

    The headline is the first line of the header (the lines above the first sentence)
    that is neither furniture nor a dateline and has the length of a headline.  It needs
    evidence besides its shape, because extracted text often starts with a subheading
    or a product line: page metadata naming it, a time glued to it, furniture above it
    (menus, breadcrumbs), or the top of the text.  A Title Case first line set apart
    from the text may even end with a period (PolNeAR's headlines do).
    """
    wanted = {squash(t) for t in known_titles} - {""}
    if wanted:
        for i in range(min(first + 2, len(lines))):
            if squash(lines[i].text) in wanted:
                return i
    seen_furniture = False
    only_furniture_above = True
    for i in range(min(first + 1, len(lines))):
        text = lines[i].text
        if kinds[i] is not None:
            seen_furniture = True
            continue
        if datelines[i] is not None or _too_short(text):
            only_furniture_above = False
            continue
        if not _headline_shape(text):
            return None
        # A Title Case first line set apart by a blank line is where a headline stands.
        # A sentence-like line needs every longer word capitalised: a lead sentence full
        # of names is Title Case by four words in five.
        title_case_head = (
            only_furniture_above
            and not wanted
            and is_title_case(text, 1.0 if SENTENCE_END.search(text) else 0.8)
            and (
                _blank_after(source, lines, i) or (i + 1 < len(lines) and kinds[i + 1] is not None)
            )
        )
        if i == first and not title_case_head:
            return None
        if SENTENCE_END.search(text) and not title_case_head:
            return None  # headlines do not end like sentences (a Title Case first line may)
        # Evidence: furniture above it, a time glued to it, or the top of the text, where
        # extracted articles put their headline -- unless the page named its title and
        # this line is not it.
        top = i == 0 and not wanted
        if seen_furniture or top or glued_time(text) is not None:
            return i
        return None
    return None


def _is_link_item(text: str) -> bool:
    """A bulleted headline: "- 15 Amazing Images of Stars"."""
    return (
        BULLET.match(text) is not None
        and len(split_words(text)) <= _TITLE_WORDS[1]
        and not SENTENCE_END.search(text)
        and is_title_case(text)
    )


def _is_headline_item(text: str) -> bool:
    """A headline as an item of a list: "Rand Paul Scores Direct Hit On Donald Trump."

    Headline-shaped and Title Case; one that ends with a period (some sites and corpora
    put one after every headline) has every longer word capitalised, as no sentence of
    prose has.
    """
    text = BULLET.sub("", text, count=1)
    return (
        not _too_short(text)
        and _headline_shape(text)
        and is_title_case(text, 1.0 if SENTENCE_END.search(text) else 0.8)
    )


def _items_after(
    lines: list[_Line], kinds: list[BoilerplateKind | None], i: int, item: Callable[[str], bool]
) -> tuple[list[int], int]:
    """The items of a run that starts at line ``i``, and the index where the run ends.

    Furniture lines inside the run are passed over: they stand between a page's links
    as often as anywhere (ad labels, share rows), and do not end the list.
    """
    items: list[int] = []
    j = i
    while j < len(lines) and (kinds[j] is not None or item(lines[j].text)):
        if kinds[j] is None:
            items.append(j)
        j += 1
    return items, j


def _mark_link_lists(
    lines: list[_Line], kinds: list[BoilerplateKind | None], prose: list[bool]
) -> None:
    """Lists of links to other stories at the foot of an article.

    Two or more bulleted headlines, in Title Case, with at most one paragraph of prose
    after them (an author's note), are a "more on this" box: an article's own lists hold
    phrases and sentences, and come before its last paragraphs.
    """
    n = len(lines)
    prose_after = list(itertools.accumulate(reversed(prose), initial=0))[::-1]
    i = 0
    while i < n:
        if kinds[i] is not None or not _is_link_item(lines[i].text):
            i += 1
            continue
        items, j = _items_after(lines, kinds, i, _is_link_item)
        if len(items) >= 2 and prose_after[items[-1] + 1] <= 1:
            for k in items:
                kinds[k] = "related"
        i = j


def _reads_like_comments(below: list[_Line]) -> bool:
    """Whether the first few lines under a comment-section heading are readers' comments.

    All text below the heading goes with it, so the heading needs corroboration from
    those lines: a line of a comment widget ("Reply", "(View all)", a
    vote count, "2 years ago": :data:`~newsquote._boilerplate_rules.COMMENT_SIGNS`), or a
    reader talking to the author ("Hi Cherie,", "Thanks for sharing!": ``READER_ADDRESS``);
    or nothing at all under it, and nothing is lost.  A comment counter that stands
    mid-article (in a share bar, beside a standfirst) has the article's prose under it:
    reporting, or a columnist's first person, which does not greet or thank its author.
    """
    return not below or any(
        COMMENT_SIGNS.fullmatch(line.text) is not None
        or READER_ADDRESS.search(_QUOTED.sub(" ", line.text)) is not None
        for line in below
    )


def _comments_start(lines: list[_Line], prose: list[bool], first: int) -> int:
    """The index of the line that opens the comment section, or ``len(lines)``.

    The heading counts below some article prose only (a comment counter beside the
    byline is not the section), and when comments follow it: all text after it goes,
    so it must not be a counter in a share bar with the rest of the article below.
    """
    prose_chars = 0
    for i in range(first, len(lines)):
        text = lines[i].text
        if (
            prose_chars >= _COMMENTS_AFTER
            and len(text) <= _HEADING_CHARS
            and COMMENTS_HEADING.fullmatch(text) is not None
            and _reads_like_comments(lines[i + 1 : i + 1 + _COMMENT_PROBE])
        ):
            return i
        if prose[i]:
            prose_chars += len(text)
    return len(lines)


def _trailer(
    lines: list[_Line],
    kinds: list[BoilerplateKind | None],
    datelines: list[tuple[int, int, dt.datetime] | None],
    prose: list[bool],
) -> set[int]:
    """Short lines in the furniture that ends a page, which belong to it.

    The page's trailer is what follows the last line that furniture cannot be: a
    sentence, a line that ends like one, a longer line.  In it, a short line that is
    not a sentence ("Caliber.Az" between a byline and a view counter, a site motto under
    the footer's menus) is furniture too when furniture stands on both sides of it, or
    two furniture lines above it.  One furniture line is no evidence: furniture stands
    anywhere, and an article may end with a short line of its own (a sign-off).  Nor is
    any count of furniture lines when the text ends in a list of Title Case headlines
    (a box of links whose items lost their bullets, "... Fewer Philosophers." then
    "Mike Huckabee Makes ... Janet Yellen"): a headline in it is one more item, decided
    with the list, whatever stands between the items.  Lists that end an article have no
    furniture above them.
    """
    n = len(lines)
    start = n
    while start > 0:
        k = start - 1
        text = lines[k].text
        if (
            kinds[k] is None
            and datelines[k] is None
            and (prose[k] or TERMINAL.search(text) or len(split_words(text)) > _TRAILER_WORDS)
        ):
            break
        start = k
    in_list = start > 0 and _is_headline_item(lines[start - 1].text)
    furniture = [k for k in range(start, n) if kinds[k] is not None]
    short: set[int] = set()
    for k in range(start, n):
        if kinds[k] is None and datelines[k] is None:
            above = bisect.bisect_left(furniture, k)
            if (above >= 2 or (above == 1 and above < len(furniture))) and not (
                in_list and _is_headline_item(lines[k].text)
            ):
                short.add(k)
    return short


_Facts = tuple[BoilerplateKind | None, tuple[int, int, dt.datetime] | None, bool]


def _facts(text: str) -> _Facts:
    """What a line is on its own: furniture kind, dateline, prose."""
    # Long lines are prose whatever words they hold; rules are for short furniture.
    kind = None if len(text) > MAX_RULE_LINE else (rule_kind(text) or shape_kind(text))
    if kind is None and len(text) <= _HEADING_CHARS and COMMENTS_HEADING.fullmatch(text):
        # A comment-section heading is the comment widget's wherever it stands, even
        # where nothing shows that the comments follow it ("Top Rated Comments").
        kind = "comments"
    stamp = is_dateline(text) if kind is None else None
    return kind, stamp, kind is None and stamp is None and is_prose(text)


@attrs.frozen
class _Pass:
    kept: list[tuple[int, int]]
    removed: list[Boilerplate]
    title: str | None
    published: dt.datetime | None
    authors: list[str]


def clean_text(source: str, known_titles: tuple[str, ...] = ()) -> CleanResult:
    """Classify the lines of ``source``; see the module docstring.

    ``known_titles`` (from page metadata) mark the header line that equals one of them as
    the title.  The classifier runs again on its own output until that removes nothing
    (a line that stood under the headline may look like one once the headline is gone),
    so that cleaning clean text changes nothing.  Line facts are computed once per
    distinct line, so the passes after the first cost little.
    """
    cache: dict[str, _Facts] = {}
    done = _clean_once(source, known_titles, cache)
    kept, removed = done.kept, list(done.removed)
    title, published, authors = done.title, done.published, list(done.authors)
    if not known_titles:
        # Headlines stacked at the top would go one per pass; take them all at once.
        top = _stacked_headlines(source, kept, cache)
        for s, e in kept[:top]:
            removed.append(Boilerplate(kind="title", text=source[s:e], start=s, end=e))
        if top:
            title = title or source[kept[0][0] : kept[0][1]]
            kept = kept[top:]
    for _ in range(_MAX_PASSES):
        text = _JOIN.join(source[s:e] for s, e in kept)
        again = _clean_once(text, known_titles, cache)
        if not again.removed:
            break
        starts = list(itertools.accumulate((e - s + len(_JOIN) for s, e in kept), initial=0))

        removed += [
            attrs.evolve(
                x, start=_back(kept, starts, x.start), end=_back(kept, starts, x.end, x.start)
            )
            for x in again.removed
        ]
        kept = [(_back(kept, starts, s), _back(kept, starts, e, s)) for s, e in again.kept]
        title, published = title or again.title, published or again.published
        authors += again.authors
    return CleanResult(
        text=_JOIN.join(source[s:e] for s, e in kept),
        title=title,
        published=published,
        authors=tuple(dict.fromkeys(a.strip() for a in authors if a.strip())),
        boilerplate=tuple(sorted(removed, key=lambda b: b.start)),
    )


def _stacked_headlines(source: str, kept: list[tuple[int, int]], cache: dict[str, _Facts]) -> int:
    """How many lines at the top of the output a pass over it would take as titles.

    On the cleaner's output (blank lines between paragraphs, no furniture left) the
    first line is a title when it has a headline's shape and something follows it; once
    it is gone the next line is first.  This is that chain, walked in one go, so that
    clean text stays as it is even under a stack of headline-like lines.
    """
    count = 0
    while count + 1 < len(kept):
        text = source[kept[count][0] : kept[count][1]]
        facts = cache.get(text) or _facts(text)
        kind, stamp, prose = facts
        if kind is not None or stamp is not None or _too_short(text) or not _headline_shape(text):
            break
        sentence = SENTENCE_END.search(text) is not None
        title_case = is_title_case(text, 1.0 if sentence else 0.8)
        if (prose or sentence) and not title_case:
            break
        count += 1
    return count


def _back(kept: list[tuple[int, int]], starts: list[int], at: int, anchor: int = -1) -> int:
    """An offset into the joined text, as an offset into the source.

    ``starts`` are where the kept pieces begin in the joined text.  An end offset is
    read in the piece of its start (``anchor``): lines never straddle pieces.
    """
    k = bisect.bisect_right(starts, anchor if anchor >= 0 else at) - 1
    return kept[k][0] + at - starts[k]


def _clean_once(source: str, known_titles: tuple[str, ...], cache: dict[str, _Facts]) -> _Pass:
    lines = _split_lines(source)
    facts = []
    for ln in lines:
        known = cache.get(ln.text)
        if known is None:
            known = cache[ln.text] = _facts(ln.text)
        facts.append(known)
    kinds: list[BoilerplateKind | None] = [f[0] for f in facts]
    datelines = [f[1] for f in facts]
    prose = [f[2] for f in facts]
    first = next((i for i, p in enumerate(prose) if p), len(lines))
    # Readers' comments: from a comment-section heading below the article's opening to
    # the end, every line is a comment or its furniture.
    comments_from = _comments_start(lines, prose, first)
    for i in range(comments_from, len(lines)):
        kinds[i], datelines[i], prose[i] = "comments", None, False
    _mark_link_lists(lines, kinds, prose)
    trailer = _trailer(lines, kinds, datelines, prose)

    title_index = _title_index(source, lines, kinds, datelines, first, known_titles)
    if title_index is not None and not any(
        kinds[k] is None for k in range(title_index + 1, len(lines))
    ):
        title_index = None  # a title heads an article: with nothing below, it is the text
    if title_index is not None and title_index == first:
        # The Title Case first line was taken for prose: the body starts after it.
        first = next((i for i in range(first + 1, len(lines)) if prose[i]), len(lines))

    removed: list[Boilerplate] = []
    kept: list[tuple[int, int]] = []
    title: str | None = None
    published: dt.datetime | None = None
    authors: list[str] = []

    def drop(kind: BoilerplateKind, start: int, end: int) -> None:
        piece = source[start:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            removed.append(
                Boilerplate(
                    kind=kind,
                    text=stripped,
                    start=start + lead,
                    end=start + lead + len(stripped),
                )
            )

    for i, line in enumerate(lines):
        kind = kinds[i]
        stamp = datelines[i]
        if i == title_index:
            # A title with the time glued on: "... President Biden Thursday, November 7, 2024
            # 2:21:13 PM" -> title, and the timestamp stays as the dateline.
            glued = glued_time(line.text)
            if glued is not None:
                s, e, when = glued
                title = line.text[:s].strip()
                drop("title", line.start, line.start + s)
                kept.append((line.start + s, line.start + e))
                drop("debris", line.start + e, line.end)
                published = published or when
            else:
                title = line.text
                drop("title", line.start, line.end)
            continue
        if kind == "byline":
            named = BY_NAME.match(line.text)
            if named:
                authors.extend(n for n in NAME_SPLIT.split(named.group("names")) if n)
            found = parse_timestamp(line.text) if DIGIT.search(line.text) else None
            if found is not None:
                # "Edited by X at 7-11-2024 02:20 PM": the timestamp is the dateline.
                s, e, when = found
                drop("byline", line.start, line.start + s)
                kept.append((line.start + s, line.start + e))
                drop("byline", line.start + e, line.end)
                published = published or when
                continue
            drop("byline", line.start, line.end)
            continue
        if kind is None and stamp is not None and not prose[i]:
            kept.append((line.start, line.end))
            if i <= first + 1:
                published = published or stamp[2]
            continue
        if (
            kind is None
            and title_index is not None
            and i < title_index
            and len(split_words(line.text)) <= _NAV_WORDS
        ):
            # Above the headline there is only navigation.
            kind = "menu"
        elif kind is None and i in trailer:
            kind = "debris"  # a short line in the furniture that ends the page
        if kind is None:
            kept.append((line.start, line.end))
        else:
            drop(kind, line.start, line.end)

    return _Pass(kept, removed, title, published, authors)
