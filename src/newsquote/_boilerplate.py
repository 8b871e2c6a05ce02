"""The line classifier: page furniture out, article in, metadata kept.

It reads a text line by line.  Every line gets one of three fates:

* **removed**, reported as a :class:`~newsquote.Boilerplate` with its kind and its
  offsets into the source (menus, share rows, promos, captions, credits, bylines, ...);
* **metadata**: the title is taken out of the text and kept as ``title``; a byline gives
  ``authors``; a dateline gives ``published`` (a dateline's timestamp stays in the text,
  because it is the time the article's own relative dates are read against);
* **kept**: everything else.  The cleaner is conservative: a line it is unsure of stays.

Three kinds of evidence decide, in this order:

1. **Rules** (``_RULES``): whole-line patterns for one kind of furniture each, with the
   reason they exist.  They recognise shapes ("Views: 235", "FILE PHOTO: ... via
   REUTERS"), not the words of one site.
2. **Shapes**: a line made only of interface words or network names; a comma list of
   short names with no verb (a tag line).
3. **Zones**: the article runs from the first to the last line of prose.  Above it, the
   title is the first line that looks like one and anything short before it is
   navigation; below it, a line that is not a sentence is trailer furniture.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from ._dates import parse_timestamp
from ._lexicon import en
from ._model import Boilerplate, BoilerplateKind
from ._text import iter_lines

__all__ = ["clean_text"]


@attrs.frozen
class _Rule:
    kind: BoilerplateKind
    pattern: regex.Pattern[str]


def _rule(kind: BoilerplateKind, pattern: str) -> _Rule:
    # Whole-line, case-insensitive; possessive/atomic-free patterns made of bounded pieces.
    return _Rule(kind, regex.compile(rf"(?:{pattern})", regex.IGNORECASE | regex.VERBOSE))


_AGENCY = r"(?:reuters|ap|afp|getty\s images|ap\s photo|epa|tass|ria\s novosti|sputnik|xinhua|ani|pti|ians|bloomberg|anadolu)"

# Each rule matches a whole stripped line.  Why each exists is said beside it.
_RULES: tuple[_Rule, ...] = (
    # Share and print rows: "share-lineLiked the story? Share it on social media!",
    # "print", "copy link", "Send Push", and the same UI strings in other languages
    # ("Ссылка скопирована" = "link copied").
    _rule(
        "share",
        r"""share(?:-line)?\s*(?:liked\s the\s story\?\s*)?(?:share\s it\s on\s social\s media!?)?
        | (?:liked\s the\s (?:story|article)\?\s*)?share\s (?:it|this(?:\s (?:article|story|post|page))?)
          (?:\s (?:on|via|with)\s [\w\s]{1,30})?[.!]?
        | print(?:\s this)?(?:\s (?:article|story|page))? | copy(?:\s the)?\s link | link\s copied
        | ссылка\s скопирована | скопировать\s ссылку | поделиться | send\s push
        | (?:click\s )?to\s share\s on\s \w+ | tweet\s this | email\s this | whatsapp\s this
        """,
    ),
    # Follow rows: "Follow us on Instagram", "Follow @site on X".
    _rule("share", r"follow\s (?:us|@\w+)(?:\s (?:on|at)\s [\w\s,&]{1,40})?[.!]?"),
    # App promos: "Loving Newspoint? Download the app now", "Get the app".
    _rule(
        "promo",
        r"""(?:(?:loving|enjoying|like)\s [^?\n]{1,40}\?\s*)?(?:download|get|install)\s (?:the|our)\s (?:[\w.&'’-]+\s ){0,4}apps?\b[^.]{0,60}[.!]?
        | .{0,60}\b(?:whatsapp|telegram|google\s news)\s channel
        | (?:join|subscribe\s to)\s (?:us|our\s (?:channel|group))\s on\s \w+.{0,40}
        """,
    ),
    # Newsletter boxes.
    _rule(
        "newsletter",
        r"""(?:sign\s up|subscribe)\s (?:for|to)\s (?:our|the)\s [^.]{0,40}newsletters?[^.]{0,60}[.!]?
        | get\s (?:our|the)\s [^.]{0,40}newsletter[^.]{0,40}
        | newsletter\s sign[-\s]?up | enter\s your\s e-?mail(?:\s address)?[^.]{0,30}
        """,
    ),
    # Advertisement labels left where the ad was.
    _rule(
        "advert",
        r"""advertisement | advertising | sponsored(?:\s content)? | ad | promoted(?:\s content)?
        | (?:story|article)\s continues\s below(?:\s (?:this\s )?advertisement)?
        | scroll\s (?:down\s )?to\s continue(?:\s with\s content)?
        """,
    ),
    # Links to other stories.
    _rule(
        "related",
        r"""(?:also\s read|read\s also|read\s more|see\s also|must\s read|more\s from\s [\w\s]{1,30}
           |related(?:\s (?:articles?|stories|news|content|coverage|topics))?|recommended(?:\s (?:stories|articles|for\s you))?
           |you\s (?:may|might)\s also\s like|trending(?:\s now)?|most\s (?:read|popular|viewed)|watch|listen)
          \s*:?(?:\s.{0,160})?
        """,
    ),
    # Photo captions and photo credits: "FILE PHOTO: ... via REUTERS", "(Photo: AFP)".
    _rule(
        "caption",
        rf"""(?:file\s )?(?:photo|image|picture|pictured|illustration|video|photograph)\s*(?:[:|]|\(.{{0,40}}\)).{{0,400}}
        | .{{0,400}}\b(?:via|/|©|credit:?|photo:?)\s*{_AGENCY}(?:/[\w\s.]{{0,40}})?
        | .{{0,300}}\((?:photo|image|picture|file|credit)[^)]{{0,80}}\)
        """,
    ),
    # Agency and reporting credits: "With inputs from Reuters", "(Reporting by ...;
    # Editing by ...)".
    _rule(
        "credit",
        r"""with\s (?:inputs|input|agency\s inputs)\s from\s [\w\s,&.-]{1,60}
        | \(?(?:additional\s )?(?:reporting|writing|editing|compiled|translated|produced)\s by\s [^\n]{1,200}
        | (?:source|sources|courtesy)\s*:\s*[\w\s,&./-]{1,60}
        """,
    ),
    # Bylines: "By Vafa Guliyeva", "Edited by maklukpenggoda at 7-11-2024 02:20 PM".
    _rule(
        "byline",
        r"""(?:written\s |posted\s |edited\s |reported\s |story\s )?by\s*:?\s [\w@.'’-]+(?:\s [\w@.'’-]+){0,5}
            (?:\s*(?:,|and|&|\|)\s*[\w@.'’-]+(?:\s [\w@.'’-]+){0,4}){0,3}
            (?:\s (?:at|on|\||,|-)\s .{0,60})?
        | (?:author|authors|writer|reporter)\s*:\s*.{1,80}
        """,
    ),
    # Comment widgets.
    _rule(
        "comments",
        r"""(?:show|view|hide|add|post|load)?\s?comments?(?:\s \(\d+\))? | \d+\s comments?
        | please\s enable\s javascript\s to\s view\s the\s comments[^\n]{0,60}
        | leave\s a\s (?:comment|reply) | join\s the\s (?:conversation|discussion)
        | comments\s (?:are|have\s been)\s closed\.? | be\s the\s first\s to\s comment
        """,
    ),
    # Copyright and reuse notices: "Caliber.az © 2024", "Any use of materials is allowed
    # only if there is a hyperlink to ...".
    _rule(
        "legal",
        r"""[^\n]{0,80}(?:©|\(c\)|copyright)\s*(?:\d{4})?[^\n]{0,80}
        | [^\n]{0,40}all\s rights\s reserved[^\n]{0,80}
        | any\s (?:use|reproduction|copying)\s of\s (?:the\s )?materials?[^\n]{0,160}
        | (?:terms\s of\s (?:use|service)|privacy\s policy|cookie\s policy)(?:\s*[|•·]\s*[\w\s]{1,30}){0,6}
        """,
    ),
    # Tag lines with a label: "Tags: Putin, Trump".
    _rule("tags", r"(?:tags?|topics?|keywords?|filed\s under)\s*:\s*[^\n]{1,200}"),
    # Breadcrumbs: "Home > World > Europe", "Home Russia Kremlin States ... Assassination..."
    # (a trail that starts at "Home" and ends in a truncated title).
    _rule(
        "breadcrumb",
        r"""home\s*[>›»/|]\s*[^\n]{1,200}
        | home(?:\s [\w'’-]+){2,30}\s?(?:\.{3}|…)
        | (?:[\w'’-]+(?:\s [\w'’-]+){0,3}\s*[>›»]\s*){2,8}[\w'’-]+(?:\s [\w'’-]+){0,8}
        """,
    ),
    # Counters, reading times, stray separators, font controls, search prompts.
    _rule(
        "debris",
        r"""[\W_]{1,5}
        | (?:views?|reads?|shares?|likes?)\s*:?\s*[\d,.]+[km]? | [\d,.]+[km]?\s (?:views|reads|shares|likes)
        | \d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s read | reading\s time\s*:?\s*[^\n]{1,30}
        | a[+-] | what\s are\s you\s looking\s for\s*\?
        | (?:last\s )?updated\s*:? | loading\s*(?:\.{3}|…)?
        | (?:page|image|photo|slide)\s \d+\s (?:of|/)\s \d+
        """,
    ),
)

_WORD = regex.compile(r"[\w'’.+-]+")
_LETTER = regex.compile(r"\p{L}")
_TERMINAL = regex.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”’»]$")
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*$")
_SENTENCE_INSIDE = regex.compile(r"[a-z0-9,)][.!?][\"”’]?\s+[\"“]?[A-Z]")
_MENU_WORDS = en.UI_WORDS | en.SOCIAL_NETWORKS
_SHARE_WORDS = frozenset({"share", "print", "copy", "link", "copied", "email", "follow"})
_DATELINE_LABEL = regex.compile(
    r"(?:published|updated|last\s updated|posted|date|on|at|created|modified|time)\s*:?",
    regex.IGNORECASE | regex.VERBOSE,
)
_BY_NAME = regex.compile(
    r"^(?:written\s |posted\s |edited\s |reported\s |story\s )?by\s*:?\s (?P<names>.+?)"
    r"(?:\s (?:at|on|\||-)\s .*)?$",
    regex.IGNORECASE | regex.VERBOSE,
)
_NAME_SPLIT = regex.compile(r"\s*(?:,|\band\b|&|\|)\s*")


@attrs.frozen
class _Line:
    start: int  # stripped content, offsets into the source
    end: int
    text: str


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_prose(line: _Line) -> bool:
    """A line of article prose: a sentence of some length.

    A timestamp glued to the end of a line does not count ("... Biden Thursday,
    November 7, 2024 2:21:13 PM" is a title with its time, not a sentence).
    """
    text = line.text
    found = parse_timestamp(text) if len(text) <= 400 else None
    if found is not None and len(text) - found[1] <= 3:
        text = text[: found[0]].rstrip()
    words = _words(text)
    if len(words) >= 5 and _SENTENCE_END.search(text):
        return True
    if len(words) >= 8 and _TERMINAL.search(text):
        return True
    # Headlines stay under about 25 words; a longer line is prose even without a period.
    return len(words) >= 25 or bool(len(words) >= 6 and _SENTENCE_INSIDE.search(text))


def _is_title_case(text: str) -> bool:
    words = [w for w in _words(text) if len(w) >= 4 and _LETTER.match(w)]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _shape_kind(text: str) -> BoilerplateKind | None:
    """Kinds recognised by the shape of a line rather than its words."""
    words = [w.lower().strip(".") for w in _words(text)]
    if not words:
        return "debris" if text.strip() else None
    if len(words) <= 6 and all(w in _MENU_WORDS for w in words):
        return "share" if any(w in _SHARE_WORDS for w in words) else "menu"
    # A tag line: three or more short comma-separated items, no sentence punctuation and
    # no lower-case function word that a clause would need ("Putin, Trump, Kremlin,
    # assassination attempt").
    items = [i.strip() for i in text.split(",")]
    if (
        len(items) >= 3
        and all(0 < len(_words(i)) <= 3 for i in items)
        and not _TERMINAL.search(text)
        and not any(w in _FUNCTION_WORDS for w in words)
    ):
        return "tags"
    return None


# Words a clause needs; their absence marks a list rather than a sentence.
_FUNCTION_WORDS = frozenset(
    "the a an is are was were has have had will would said says of to in on at for with and "
    "that this it he she they we".split()
)


def _rule_kind(text: str) -> BoilerplateKind | None:
    for rule in _RULES:
        if rule.pattern.fullmatch(text):
            return rule.kind
    return None


def _is_dateline(text: str) -> tuple[int, int, dt.datetime] | None:
    """A line that is only a timestamp (with a label such as "Published:")."""
    found = parse_timestamp(text)
    if found is None:
        return None
    s, e, _ = found
    rest = (text[:s] + " " + text[e:]).strip(" \t|,-–—•·()")
    rest = _DATELINE_LABEL.sub("", rest).strip(" \t|,-–—•·():")
    return found if len(_words(rest)) <= 2 else None


def _squash(text: str) -> str:
    return " ".join(_words(text.lower()))


@attrs.frozen
class CleanResult:
    text: str
    title: str | None
    published: dt.datetime | None
    authors: tuple[str, ...]
    boilerplate: tuple[Boilerplate, ...]


def clean_text(source: str, known_title: str | None = None) -> CleanResult:
    """Classify the lines of ``source``; see the module docstring.

    ``known_title`` (from page metadata) marks the line that equals it as the title.
    """
    lines: list[_Line] = []
    for s, e in iter_lines(source):
        raw = source[s:e]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(s + lead, s + lead + len(stripped), stripped))

    kinds: list[BoilerplateKind | None] = []
    for line in lines:
        # Long lines are prose whatever words they hold; rules are for short furniture.
        if len(line.text) > 400:
            kinds.append(None)
            continue
        kinds.append(_rule_kind(line.text) or _shape_kind(line.text))
    datelines = [_is_dateline(line.text) if len(line.text) <= 120 else None for line in lines]
    # A byline with a timestamp is a dateline too: the name goes, the time stays.
    prose = [
        kinds[i] is None and datelines[i] is None and _is_prose(ln) for i, ln in enumerate(lines)
    ]
    first = next((i for i, p in enumerate(prose) if p), len(lines))
    last = max((i for i, p in enumerate(prose) if p), default=-1)

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

    # The title: the first header line that looks like one.  A PolNeAR-style first line in
    # Title Case counts even with a final period.
    title_index = None
    wanted = _squash(known_title) if known_title else None
    for i in range(0, min(first + 2, len(lines))):
        if wanted is not None and _squash(lines[i].text) == wanted:
            title_index = i
            break
    for i in range(0, min(first + 1, len(lines)) if title_index is None else 0):
        line = lines[i]
        n = len(_words(line.text))
        if kinds[i] is not None or not _LETTER.search(line.text) or not 3 <= n <= 30:
            continue
        if datelines[i] is not None and datelines[i][0] == 0:  # type: ignore[index]
            continue
        if i == first and not (i == 0 and _is_title_case(line.text)):
            break
        if _SENTENCE_END.search(line.text) and not (i == 0 and _is_title_case(line.text)):
            continue  # headlines do not end like sentences (a Title Case first line may)
        title_index = i
        break
    if title_index is not None and not any(
        kinds[k] is None for k in range(title_index + 1, len(lines))
    ):
        title_index = None  # a title heads an article: with nothing below, it is the text
    if title_index is not None and title_index == first:
        # The Title Case first line was taken for prose: the body starts after it.
        first = next((i for i in range(first + 1, len(lines)) if prose[i]), len(lines))

    for i, line in enumerate(lines):
        kind = kinds[i]
        stamp = datelines[i]
        if i == title_index:
            # A title with the time glued on: "... President Biden Thursday, November 7, 2024
            # 2:21:13 PM" -> title, and the timestamp stays as the dateline.
            found = parse_timestamp(line.text)
            if found is not None and found[0] > 0 and len(line.text) - found[1] <= 3:
                s, e, when = found
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
            named = _BY_NAME.match(line.text)
            if named:
                authors.extend(n for n in _NAME_SPLIT.split(named.group("names")) if n)
            found = parse_timestamp(line.text)
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
        if kind is None and i < first and title_index is not None and i < title_index:
            # Above the headline there is only navigation.
            kind = "menu" if len(_words(line.text)) <= 6 else None
        elif kind is None and i < first and len(_words(line.text)) <= 2:
            kind = "menu"
        elif kind is None and i > last >= 0 and not _TERMINAL.search(line.text):
            # Below the last sentence, a line that is no sentence is trailer furniture.
            kind = "debris"
        if kind is None:
            kept.append((line.start, line.end))
        else:
            drop(kind, line.start, line.end)

    text = "\n\n".join(source[s:e] for s, e in kept)
    return CleanResult(
        text=text,
        title=title,
        published=published,
        authors=tuple(dict.fromkeys(a.strip() for a in authors if a.strip())),
        boilerplate=tuple(sorted(removed, key=lambda b: b.start)),
    )
