"""Speaker mentions and their resolution across an article.

A *mention* is the span that names who speaks: "Kremlin spokesman Dmitry Peskov",
"Peskov", "He", "the Kremlin spokesperson", "One source", "the Kremlin".  Resolution turns
each into a canonical :class:`~newsquote.Speaker`:

* a name takes the fullest person name in the article that ends with it
  ("Peskov" -> "Dmitry Peskov");
* a pronoun takes the person in focus: the main subject of the nearest sentence before it
  that has one (centering, simplified);
* a role noun takes the person introduced with that role or a synonym ("the Kremlin
  spokesperson" -> "Kremlin press secretary Dmitry Peskov");
* anonymous sources and groups keep their description.
"""

from __future__ import annotations

import attrs
import regex

from ._lexicon import en
from ._model import Speaker, SpeakerKind

__all__ = ["ParsedMention", "Phrase", "Resolver", "mention_after", "mention_before"]

# A token of a name: a capitalised word, possibly hyphenated or with an apostrophe
# ("O'Brien", "al-Assad"), or an initial ("J.", "J.D.").
_NAME_TOKEN = r"(?:\p{Lu}[\p{L}'’-]*+|\p{Lu}\.(?:\p{Lu}\.)*+)"
# Lower-case particles inside names ("Ursula von der Leyen", "Charles de Gaulle").
_PARTICLE = r"(?:von|van|der|de|del|da|di|la|le|bin|al|ibn)"
_NAME_RUN = regex.compile(rf"{_NAME_TOKEN}(?:\s(?:{_PARTICLE}\s)?{_NAME_TOKEN})*+")
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*+|[,;:()\"“”—–]")

_ADJECTIVE_SUFFIXES = ("ian", "ese", "ish", "can", "ean", "ic", "an")
_ROLE_WORDS = en.ROLE_NOUNS | en.NAME_TITLES | {"press", "foreign", "deputy", "state", "chief"}


@attrs.frozen
class Phrase:
    """A speaker mention found in a text: offsets and what kind of phrase it is."""

    start: int
    end: int
    text: str
    kind: str  # "name", "pronoun", "nominal", "source", "group", "organization"


@attrs.frozen
class ParsedMention:
    name: str  # the name proper, without titles ("Dmitry Peskov")
    role: str  # the role words before it ("Kremlin spokesman")


def _lower_words(text: str) -> list[str]:
    return [w.lower().strip(".,") for w in text.split()]


def _is_role_word(word: str) -> bool:
    w = word.lower().strip(".,")
    return w in _ROLE_WORDS


def _looks_adjectival(word: str) -> bool:
    # Nationality and party adjectives before a title: "Russian", "Ukrainian", "Republican".
    return word[:1].isupper() and word.lower().endswith(_ADJECTIVE_SUFFIXES) and len(word) > 4


def parse_name(text: str) -> ParsedMention:
    """Split "Kremlin spokesman Dmitry Peskov" into name and role."""
    words = text.split()
    # The name is the trailing run of capitalised words that are not role words.
    i = len(words)
    while i > 0:
        w = words[i - 1]
        if not (w[:1].isupper() or w.lower() in _PARTICLE_SET) or _is_role_word(w):
            break
        i -= 1
    name_words = words[i:]
    if not name_words:
        return ParsedMention(name=text, role="")
    # "Russian President Vladimir Putin": if the run holds a title word, what follows it is
    # the name (handled above); adjectives before a one-word name are roles too.
    return ParsedMention(name=" ".join(name_words), role=" ".join(words[:i]))


_PARTICLE_SET = frozenset(_PARTICLE.strip("(?:)").split("|"))


def classify(text: str) -> str:
    """The kind of a mention phrase."""
    words = _lower_words(text)
    if not words:
        return "nominal"
    if len(words) == 1 and words[0] in _PRONOUNS:
        return "pronoun"
    head = words[-1]
    if head in en.SOURCE_NOUNS or any(w in ("source", "sources") for w in words):
        return "source"
    if head in en.ROLE_NOUNS and words[0] in ("the", "a", "an", "this", "that"):
        # "the Kremlin spokesperson": a role, to resolve to the person who holds it.
        return "nominal"
    if any(w.lower() in en.ORGANIZATION_HEADS for w in words):
        return "organization"
    if head in en.GROUP_NOUNS:
        return "group"
    if text[:1].isupper() and words[0] not in ("the", "a", "an", "one", "some"):
        return "name"
    if any(w[:1].isupper() for w in text.split()[1:]):
        return "name" if words[0] not in ("the", "a", "an") else "nominal"
    return "nominal"


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# Words that may sit between a subject and its reporting verb.
_SKIPPABLE = frozenset(
    """
    has had have was is were are will would also further then later again previously already
    reportedly repeatedly briefly confidently publicly privately clearly quickly recently
    once still just even never not did does do had been has may might could should
    """.split()
)
_DETERMINERS = frozenset(
    "the a an one two three some several many other another his her their its this that".split()
)
_STOP_BACK = frozenset(
    """
    that which who whom whose when while after before because if as and or but than to of
    in on at by for with from about against into over under said says told
    """.split()
)


def mention_before(text: str, end: int, floor: int) -> Phrase | None:
    """The subject phrase that ends just before ``end`` (a cue), not before ``floor``.

    Skips adverbs and auxiliaries ("Peskov also said", "Putin on Friday said") and a
    parenthetical between commas ("Zelensky, in his message on X, said").
    """
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, floor, end)]
    i = len(tokens)
    # Skip adverbs and auxiliaries.
    while i > 0 and (tokens[i - 1][2].lower() in _SKIPPABLE or tokens[i - 1][2].endswith("ly")):
        i -= 1
    # Skip a short time phrase ("on Friday", "at a Wednesday briefing").
    j = i
    while j > 0 and i - j < 5 and tokens[j - 1][2] not in ",;:":
        if tokens[j - 1][2].lower() in ("on", "at", "in", "during", "earlier", "later"):
            if any(
                t[2].lower().rstrip(".,") in en.WEEKDAYS or t[2].lower() in en.MONTHS
                for t in tokens[j:i]
            ):
                i = j - 1
            break
        j -= 1
    # A parenthetical before the verb: "X, asked about Y, said".
    if i > 0 and tokens[i - 1][2] == ",":
        k = i - 1
        while k > 0 and tokens[k - 1][2] != ",":
            k -= 1
        if k > 0 and i - k <= 14:
            i = k - 1
        else:
            return None
    return _phrase_back(text, tokens[:i])


def _phrase_back(text: str, tokens: list[tuple[int, int, str]]) -> Phrase | None:
    if not tokens:
        return None
    i = len(tokens)
    last = tokens[i - 1][2]
    if last.lower() in _PRONOUNS:
        s, e, t = tokens[i - 1]
        return Phrase(s, e, t, "pronoun")
    j = i
    while j > 0:
        t = tokens[j - 1][2]
        low = t.lower()
        if t in ',;:()"“”—–' or low in _STOP_BACK:
            break
        if low in _DETERMINERS:
            j -= 1
            break
        if t[:1].isupper() or _is_role_word(t) or low in en.SOURCE_NOUNS or low in en.GROUP_NOUNS:
            j -= 1
            continue
        # Lower-case modifiers of a nominal head ("senior", "close", "media").
        if j < i and i - j < 4 and low.isalpha():
            j -= 1
            continue
        if j == i and (low in en.GROUP_NOUNS or low in en.SOURCE_NOUNS or low.endswith("s")):
            j -= 1
            continue
        break
    if j == i:
        # A common noun with its determiner: "The report", "the statement".
        if i >= 2 and tokens[i - 2][2].lower() in _DETERMINERS and tokens[i - 1][2].isalpha():
            s, e = tokens[i - 2][0], tokens[i - 1][1]
            return Phrase(s, e, text[s:e], classify(text[s:e]))
        return None
    # Do not start on a bare lower-case modifier that the loop took greedily.
    while j < i and not (
        tokens[j][2][:1].isupper()
        or tokens[j][2].lower() in _DETERMINERS
        or _is_role_word(tokens[j][2])
        or tokens[j][2].lower() in en.SOURCE_NOUNS | en.GROUP_NOUNS
        or j == i - 1
    ):
        j += 1
    s, e = tokens[j][0], tokens[i - 1][1]
    phrase = text[s:e]
    words = _lower_words(phrase)
    if words and words[0] in en.NOT_NAME_WORDS and len(words) == 1:
        return None
    return Phrase(s, e, phrase, classify(phrase))


def mention_after(text: str, start: int, ceiling: int) -> Phrase | None:
    """The phrase that starts at ``start`` ("said Putin", "according to the Kremlin")."""
    m = regex.compile(
        rf"\s*+(?P<np>(?:(?:the|a|an|one|two|some|several)\s)?"
        rf"(?:[\p{{L}}'’.-]+\s){{0,4}}?(?:{_NAME_TOKEN}|sources?|officials?|aides?|people)"
        rf"(?:\s(?:{_PARTICLE}\s)?{_NAME_TOKEN})*+)",
        regex.IGNORECASE * 0,
    ).match(text, start, ceiling)
    if m is None:
        return None
    phrase = m.group("np")
    pron = regex.match(r"(?i)(he|she|they|it|we)\b", phrase)
    if pron:
        return Phrase(m.start("np"), m.start("np") + len(pron.group()), pron.group(), "pronoun")
    return Phrase(m.start("np"), m.end("np"), phrase, classify(phrase))


# --------------------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------------------


@attrs.frozen
class _Person:
    name: str
    role: str
    start: int


class Resolver:
    """Resolves mentions against the people and bodies an article names."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self.sentences = sentences
        self.people: list[_Person] = []
        for m in _NAME_RUN.finditer(text):
            self._add_name(m.start(), m.end())
        # Every mention of a known person, with whether it stands as a subject (a verb
        # follows it): the candidates a pronoun can take.
        self.occurrences: list[tuple[int, str, bool]] = []
        surnames = sorted({p.name.split()[-1] for p in self.people}, key=len, reverse=True)
        if surnames:
            pattern = regex.compile(
                r"(?<![\p{L}])(?:" + "|".join(regex.escape(n) for n in surnames) + r")(?![\p{L}])"
            )
            for m in pattern.finditer(text):
                name = self.canonical_name(m.group())
                if name is not None:
                    self.occurrences.append((m.start(), name, _followed_by_verb(text, m.end())))

    def focus(self, position: int) -> str | None:
        """The person a pronoun at ``position`` refers to.

        The last subject before it in its own sentence; else the first subject of the
        nearest earlier sentence that has one (the main clause's subject).
        """
        index = next((k for k, (s, e) in enumerate(self.sentences) if s <= position < e), None)
        if index is None:
            index = sum(1 for s, _ in self.sentences if s <= position) - 1
        if index < 0:
            return None
        start = self.sentences[index][0]
        same = [o for o in self.occurrences if start <= o[0] < position and o[2]]
        if same:
            return same[-1][1]
        for k in range(index - 1, max(-1, index - 6), -1):
            s, e = self.sentences[k]
            subjects = [o for o in self.occurrences if s <= o[0] < e and o[2]]
            if subjects:
                return subjects[0][1]
        before = [o for o in self.occurrences if o[0] < position]
        return before[-1][1] if before else None

    def _add_name(self, start: int, end: int) -> None:
        phrase = self.text[start:end]
        words = phrase.split()
        # Drop sentence-initial function words and non-name capitals ("However Peskov").
        while words and words[0].lower() in en.NOT_NAME_WORDS:
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            return
        parsed = parse_name(" ".join(words))
        role = parsed.role
        # Role words in lower case just before the run: "Kremlin spokesman Dmitry Peskov".
        before = self.text[max(0, start - 60) : start]
        lead = regex.search(r"((?:[\p{L}-]+\s){1,4})$", before)
        if lead:
            words_before = lead.group(1).split()
            roles = [w for w in words_before if _is_role_word(w) or w[:1].isupper()]
            if roles and _is_role_word(words_before[-1]):
                role = " ".join([*words_before[-3:], role]).strip()
        name_words = parsed.name.split()
        if len(name_words) >= 2 and not any(
            w.lower() in en.ORGANIZATION_HEADS or w.lower() in en.NOT_NAME_WORDS for w in name_words
        ):
            self.people.append(_Person(parsed.name, role, start))

    def canonical_name(self, name: str) -> str | None:
        """The fullest person name in the article that ends with ``name``."""
        last = name.split()[-1] if name.split() else ""
        best: str | None = None
        for p in self.people:
            same = p.name == name or p.name.split()[-1] == last
            if same and (best is None or len(p.name) > len(best)):
                best = p.name
        return best

    def by_role(self, phrase: str, before: int) -> str | None:
        """The person introduced with the role a nominal mention names."""
        words = set(_lower_words(phrase))
        groups = [g for g in en.ROLE_SYNONYMS if words & g]
        wanted = words | set().union(*groups) if groups else words
        role_words = {w for w in wanted if w in _ROLE_WORDS}
        if not role_words:
            return None
        found = None
        for p in self.people:
            if p.start >= before:
                break
            if role_words & set(_lower_words(p.role)):
                found = p.name
        return found

    def resolve(self, mention: Phrase) -> Speaker:
        """The canonical speaker of a mention."""
        text = mention.text
        position = mention.start
        if mention.kind == "pronoun":
            low = text.lower()
            if low in ("they", "we"):
                return Speaker(name=text, kind="group")
            if low == "it":
                org = self._last_organization(position)
                if org:
                    return Speaker(name=org, kind="organization")
            focus = self.focus(position)
            if focus is not None:
                return Speaker(name=focus, kind="person")
            return Speaker(name=text, kind="person")
        if mention.kind == "source":
            return Speaker(name=_strip_determiner(text).lower().removeprefix("one "), kind="source")
        if mention.kind == "group":
            return Speaker(name=_strip_determiner(text), kind="group")
        if mention.kind == "organization":
            parsed = parse_name(_strip_determiner(text))
            person = self.canonical_name(parsed.name) if len(parsed.name.split()) else None
            if person and not any(w.lower() in en.ORGANIZATION_HEADS for w in parsed.name.split()):
                return Speaker(name=person, kind="person")
            return Speaker(name=_org_name(text), kind="organization")
        if mention.kind == "nominal":
            person = self.by_role(text, position)
            if person:
                return Speaker(name=person, kind="person")
            return Speaker(
                name=_strip_determiner(text), kind="group" if text.endswith("s") else "person"
            )
        parsed = parse_name(text)
        person = self.canonical_name(parsed.name)
        if person:
            return Speaker(name=person, kind="person")
        if not parsed.name.split():
            return Speaker(name=text, kind="person")
        if len(parsed.name.split()) == 1 and not parsed.role:
            by_role = self.by_role(text, position)
            if by_role:
                return Speaker(name=by_role, kind="person")
            # A single capitalised word with no fuller name in the article: an acronym
            # or a known outlet is an organisation ("NATO", "Reuters"), else a person
            # named by surname alone, the common case in news ("Peskov said").
            word = parsed.name
            is_org = word.isupper() or word.lower() in en.ORGANIZATION_HEADS
            return Speaker(name=word, kind="organization" if is_org else "person")
        return Speaker(name=parsed.name, kind="person")

    def _last_organization(self, position: int) -> str | None:
        found = None
        pattern = regex.compile(r"\b(?:the\s)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)*)")
        for m in pattern.finditer(self.text, max(0, position - 400), position):
            if any(w.lower() in en.ORGANIZATION_HEADS for w in m.group(1).split()):
                found = _org_name(m.group(0))
        return found

    def subject_at(self, start: int, end: int) -> str | None:
        """The main subject of the sentence ``[start, end)`` if it is a person."""
        head = self.text[start:end]
        lead = regex.match(
            r"(?:(?:\p{Lu}\w*|In|On|At|During|After|Before|When|While|However|Meanwhile)"
            r"[^,]{0,60},\s)?(?P<np>(?:[\p{Lu}][\p{L}.'’-]*\s?){1,6})",
            head,
        )
        if not lead:
            return None
        phrase = lead.group("np").strip()
        parsed = parse_name(phrase)
        if not parsed.name:
            return None
        return self.canonical_name(parsed.name)


def _strip_determiner(text: str) -> str:
    return regex.sub(r"(?i)^(?:the|a|an)\s+", "", text)


def _org_name(text: str) -> str:
    """ "the Kremlin" -> "Kremlin"; "the Russian news outlet Verstka" -> "Verstka"."""
    words = _strip_determiner(text).split()
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper():
        i -= 1
    return " ".join(words[i:]) or " ".join(words)


_VERB_AFTER = regex.compile(r"\s++(?P<w>[\p{L}'’]++)")


def _followed_by_verb(text: str, end: int) -> bool:
    """A name followed by a verb stands as a subject ("Putin praised", "Peskov has")."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    m = _VERB_AFTER.match(text, end)
    if m is None:
        return False
    w = m.group("w").lower().replace("’", "'")
    return (
        w in _VERBISH
        or w.endswith(("ed", "ly"))
        or (w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3)
    )


_VERBISH = frozenset(
    """
    is are was were has have had will would could can should may might must does did do
    said says told also wasn't isn't hasn't didn't doesn't won't wouldn't
    """.split()
)


def kind_of(mention: Phrase) -> SpeakerKind:
    return {
        "source": "source",
        "group": "group",
        "organization": "organization",
    }.get(mention.kind, "person")  # type: ignore[return-value]
