"""Facts about one line of text, for the line classifier.

Each function looks at a single stripped line and nothing else: whether a rule of
:mod:`newsquote._boilerplate_rules` or a shape names it furniture, whether it is a
sentence of prose, whether it is a dateline or ends in a timestamp.  What the lines
around it say is :mod:`newsquote._boilerplate`'s business.
"""

from __future__ import annotations

import datetime as dt

import regex

from ._boilerplate_rules import RULES
from ._dates import parse_timestamp
from ._lexicon import en
from ._model import BoilerplateKind

__all__ = [
    "BULLET",
    "BY_NAME",
    "DIGIT",
    "LETTER",
    "NAME_SPLIT",
    "SENTENCE_END",
    "TERMINAL",
    "TITLE_BAD_END",
    "TITLE_START",
    "glued_time",
    "is_dateline",
    "is_prose",
    "is_title_case",
    "rule_kind",
    "shape_kind",
    "split_words",
    "squash",
]

# Lines that can be a dateline: a timestamp and a label, not a paragraph.
_DATELINE_MAX = 120
# Menus, tag lines and headlines fit in this many characters; past it, shape tests stop.
_SHORT_LINE = 300
# A glued timestamp ends within this many characters of the end of a line.
_GLUED_TAIL = 60

WORD = regex.compile(r"[\w'’.+-]++")
LETTER = regex.compile(r"\p{L}")
DIGIT = regex.compile(r"\d")
TERMINAL = regex.compile(r"[.!?…:;][\"'”’»)\]]*+$|[\"”’»]$")
SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*+$")
_SENTENCE_INSIDE = regex.compile(r"[a-z0-9,)][.!?][\"”’]?\s++[\"“]?[A-Z]")
# A headline starts like a sentence and does not stop mid-clause.
TITLE_START = regex.compile(r"[\p{Lu}\p{Lt}\d\"“‘'«(\[]")
TITLE_BAD_END = regex.compile(r"[,;:–—-]$")
# A bullet or dash that opens a list item ("- 15 Amazing Images of Stars", "• Watch").
BULLET = regex.compile(r"[-–—•·*]\s")
_MENU_WORDS = en.UI_WORDS | en.SOCIAL_NETWORKS
_SHARE_WORDS = frozenset({"share", "print", "copy", "link", "copied", "email", "follow"})
_DATELINE_LABEL = regex.compile(
    r"(?:published|updated|last\s updated|posted|date|on|at|created|modified|time)\s*+:?",
    regex.IGNORECASE | regex.VERBOSE,
)
BY_NAME = regex.compile(
    r"^(?:written\s |posted\s |edited\s |reported\s |story\s )?by(?:\s*+:)?\s (?P<names>.+?)"
    r"(?:\s (?:at|on|\||-)\s .*)?$",
    regex.IGNORECASE | regex.VERBOSE,
)
NAME_SPLIT = regex.compile(r"\s*+(?:,|\band\b|&|\|)\s*+")
# Words a clause needs; their absence marks a list rather than a sentence.
_FUNCTION_WORDS = frozenset(
    "the a an is are was were has have had will would said says of to in on at for with and "
    "that this it he she they we".split()
)


def split_words(text: str) -> list[str]:
    return WORD.findall(text)


def glued_time(text: str) -> tuple[int, int, dt.datetime] | None:
    """A full timestamp that ends the line, after some other text ("... Biden Thursday,
    November 7, 2024 2:21:13 PM"), with offsets into ``text``."""
    if SENTENCE_END.search(text) or not DIGIT.search(text, max(0, len(text) - 12)):
        return None
    cut = max(0, len(text) - _GLUED_TAIL)
    found = parse_timestamp(text[cut:])
    if found is None:
        return None
    s, e, when = found
    s, e = s + cut, e + cut
    if s > 0 and len(text) - e <= 3:
        # The time may start with a weekday before the cut: re-read from the line start.
        full = parse_timestamp(text) if cut else None
        if full is not None and full[1] == e and full[0] > 0:
            return full
        return s, e, when
    return None


def is_prose(text: str) -> bool:
    """A line of article prose: a sentence of some length.

    A timestamp glued to the end of a line does not count ("... Biden Thursday,
    November 7, 2024 2:21:13 PM" is a title with its time, not a sentence).
    """
    if len(text) > _SHORT_LINE and text.count(" ") >= 25:
        return True  # a long line of many words: no headline or label is that long
    glued = glued_time(text)
    if glued is not None:
        text = text[: glued[0]].rstrip()
    words = split_words(text)
    if len(words) >= 5 and SENTENCE_END.search(text):
        return True
    if len(words) >= 8 and TERMINAL.search(text):
        return True
    # Headlines stay under about 25 words; a longer line is prose even without a period.
    return len(words) >= 25 or bool(len(words) >= 6 and _SENTENCE_INSIDE.search(text))


def is_title_case(text: str, share: float = 0.8) -> bool:
    """Most words of four letters or more capitalised ("Putin Has Not Reached Out")."""
    words = [w for w in split_words(text) if len(w) >= 4 and LETTER.match(w)]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= share * len(words)


def shape_kind(text: str) -> BoilerplateKind | None:
    """Kinds recognised by the shape of a line rather than its words."""
    if len(text) > _SHORT_LINE:
        return None  # menus and tag lines are short
    words = [w.lower().strip(".") for w in split_words(text)]
    if not words:
        return "debris" if text.strip() else None
    if len(words) <= 6 and all(w in _MENU_WORDS for w in words):
        # A row of network names is a share row ("Facebook Twitter WhatsApp").
        sharing = any(w in _SHARE_WORDS for w in words) or all(
            w in en.SOCIAL_NETWORKS for w in words
        )
        return "share" if sharing else "menu"
    # A tag line: three or more short comma-separated items, no sentence punctuation and
    # no lower-case function word that a clause would need ("Putin, Trump, Kremlin,
    # assassination attempt").  Every item has letters: "Monday, Nov. 18, 2019" is a date.
    if text.count(",") >= 2 and len(words) <= 30:
        items = [i.strip() for i in text.split(",")]
        if (
            all(0 < len(split_words(i)) <= 3 and LETTER.search(i) for i in items)
            and not TERMINAL.search(text)
            and not any(w in _FUNCTION_WORDS for w in words)
        ):
            return "tags"
    return None


# Rules spell a space as " "; pages use no-break, thin and other spaces too.  Each maps to
# one character, so offsets do not move.
_SPACES = {
    ord(c): " "
    for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
}


def rule_kind(text: str) -> BoilerplateKind | None:
    text = text.translate(_SPACES)
    sentence = bool(SENTENCE_END.search(text)) and text.count(" ") >= 4
    for rule in RULES:
        if (rule.sentences or not sentence) and rule.pattern.fullmatch(text):
            return rule.kind
    return None


def is_dateline(text: str) -> tuple[int, int, dt.datetime] | None:
    """A line that is only a timestamp (with a label such as "Published:")."""
    if len(text) > _DATELINE_MAX or not DIGIT.search(text) or len(split_words(text)) > 14:
        return None
    found = parse_timestamp(text)
    if found is None:
        return None
    s, e, _ = found
    rest = (text[:s] + " " + text[e:]).strip(" \t|,-–—•·()")
    rest = _DATELINE_LABEL.sub("", rest).strip(" \t|,-–—•·():")
    return found if len(split_words(rest)) <= 2 else None


def squash(text: str) -> str:
    return " ".join(split_words(text.lower()))
