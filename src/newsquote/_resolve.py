"""Resolving speaker mentions across an article to canonical speakers.

* a name takes the fullest person name in the article that ends with it
  ("Peskov" -> "Dmitry Peskov"); when two people share a surname, the one the article
  names more often ("Trump" -> "Donald Trump", not "Melania Trump");
* a pronoun takes the person in focus: the last subject before it in its sentence, else
  the main subject of the nearest sentence before it that has one (centering, simplified);
  "he" and "she" skip people the article shows to be of the other gender (by "Mr." or
  "Mrs.", or by the pronouns that follow their names);
* a relative pronoun ("who", "which") takes the noun phrase before it;
* a role noun takes the person introduced with that role or a synonym ("the Kremlin
  spokesperson" -> "Kremlin press secretary Dmitry Peskov");
* anonymous sources and groups keep their description, and so do a quantity of a group
  ("Sixty-seven percent of Americans") and a capitalised common noun ("Polls show",
  "Republican donors said"): groups, not people;
* a run of capitals is a person's name only without a question's auxiliary, a party
  label, a place or a possessive ("Does Bernie Sanders", "New Hampshire Sanders
  supporters", "Donald Trump's campaign" all name "Bernie Sanders" or "Donald Trump").
"""

from __future__ import annotations

import bisect
import functools

import attrs
import regex

from ._lexicon import en
from ._mention_shapes import (
    _ROLE_WORDS,
    Phrase,
    _is_role_word,
    _lower_words,
    _phrase_back,
    is_quantity,
    parse_name,
)
from ._mention_tokens import window_tokens
from ._model import Speaker
from ._people import _followed_by_verb, _fullest_names
from ._plain import capital_words, has_word, is_plain, name_runs, pronoun_search

__all__ = ["Resolver"]


def _words_before(before: str) -> list[str]:
    """Up to four words of letters and hyphens that end ``before`` right before a space."""
    if not before[-1:].isspace() or before[-2:-1].isspace():
        return []
    out: list[str] = []
    for w in reversed(before.split(" ")[:-1]):
        if len(out) == 4 or not w or not all(c.isalpha() or c == "-" for c in w):
            break
        out.append(w)
    return out[::-1]


_CAPITALISED_RUN = regex.compile(r"\b(?:the\s)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)*)")


_DETERMINER_START = regex.compile(r"(?i)^(?:the|a|an)\s+")


# Words in the longest name with its titles ("Former Secretary of State Hillary Rodham
# Clinton" is seven).
_LONGEST_NAME = 8


# Capitalised words that open a run of capitals without being part of a name: a
# question's auxiliary ("Does Bernie Sanders ...") and a party label before a name.
_NOT_NAME_START = frozenset(
    "does did do is was has have will would can could should given democrat republican".split()
)
# The same tests on one set each (a run of capitals is looked at thousands of times).
_DROPPED_FIRST_WORDS = en.NOT_NAME_WORDS | _NOT_NAME_START
_NOT_PERSON_WORDS = en.ORGANIZATION_HEADS | en.NOT_NAME_WORDS
# Two-word places whose first word this is ("New Hampshire", "North Carolina") and the
# last words of places ("United States", "Saudi Arabia"): never a person's name.
_PLACE_FIRST_WORDS = frozenset("New North South East West".split())
_PLACE_LAST_WORDS = frozenset(
    """
    states kingdom republic emirates nations union city county island islands valley
    america africa arabia asia europe korea zealand york jersey hampshire carolina dakota
    virginia mexico angeles francisco vegas street avenue square
    """.split()
)


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
        self._plain = is_plain(text)  # (see _plain: a faster engine for most texts)
        for m in name_runs(text, self._plain):
            # Most runs are one capitalised word, never a person's full name: skipped here
            # without a call (a run of several words holds a space, so is not all letters).
            if not m.group().isalpha():
                self._add_name(m.start(), m.end())
        # The fullest name for each surname, computed once ("Peskov" -> "Dmitry Peskov").
        self._fullest = _fullest_names([p.name for p in self.people])
        # Every mention of a known person: built on the first pronoun (see _occurrences);
        # an article whose quotations name their speakers needs none.
        self._occurrence_list: list[tuple[int, str, bool]] | None = None
        self._occurrence_starts: list[int] = []
        self._sentence_starts = [s for s, _ in sentences]
        self._role_index: dict[str, tuple[list[int], list[str]]] | None = None
        self._lower_words: dict[str, bool] = {}  # lower-case word -> whether the text has it
        self._persons: dict[str, bool] = {}  # one-word names that the article shows are people
        self._gender: dict[str, str] | None = None  # built on the first "he" or "she"

    @property
    def occurrences(self) -> list[tuple[int, str, bool]]:
        """Every mention of a known person, with whether it stands as a subject (a verb
        follows it): the candidates a pronoun can take.  Built once, on first use."""
        if self._occurrence_list is None:
            found: list[tuple[int, str, bool]] = []
            # Each capitalised word of the text is looked up among the surnames: one
            # pass, however many people the article names (a scan per surname was
            # quadratic).  A word with an apostrophe or a hyphen is a whole token
            # ("Trump's" is no subject).  No person named: no word to look up.
            for m in capital_words(self.text, self._plain, _CAPITAL_WORD) if self._fullest else ():
                name = self._fullest.get(m.group())
                if name is not None:
                    found.append((m.start(), name, _followed_by_verb(self.text, m.end())))
            self._occurrence_list = found
            self._occurrence_starts = [o[0] for o in found]
        return self._occurrence_list

    def _genders(self) -> dict[str, str]:
        """Each person's grammatical gender, "m" or "f", where the article shows it: by
        an honorific before the surname ("Mrs. Clinton", weighs most) or by the first
        personal pronoun after a mention, before any other person is named ("Clinton said
        she ...").  People it cannot tell are left out."""
        votes: dict[str, list[int]] = {}
        occurrences = self.occurrences
        pronoun_at = pronoun_search(_GENDERED_PRONOUN, self._plain)  # (see _plain)
        for n, (pos, name, _) in enumerate(occurrences):
            tally = votes.setdefault(name, [0, 0])
            # An honorific starts with "M": most names have none, found without a search.
            lo = max(0, pos - 6)
            honorific = _HONORIFIC.search(self.text, lo, pos) if "M" in self.text[lo:pos] else None
            if honorific is not None:
                tally[honorific.group(1).lower() != "mr"] += 3
            stop = occurrences[n + 1][0] if n + 1 < len(occurrences) else pos + 120
            pronoun = pronoun_at(self.text, pos, min(stop, pos + 120))
            if pronoun is not None:
                tally[pronoun.group().lower() in _FEMININE] += 1
        gender = {}
        for name, (male, female) in votes.items():
            if male > female:
                gender[name] = "m"
            elif female > male:
                gender[name] = "f"
        return gender

    def _agrees(self, name: str, pronoun: str) -> bool:
        """Whether a pronoun can stand for the person: "she" is not a man's."""
        if pronoun not in ("he", "she"):
            return True
        if self._gender is None:
            self._gender = self._genders()
        gender = self._gender.get(name)
        if gender is None:
            return True
        return gender == ("f" if pronoun == "she" else "m")

    def focus(self, position: int, pronoun: str = "") -> str | None:
        """The person a pronoun at ``position`` refers to.

        The last subject before it in its own sentence; else the first subject of the
        nearest earlier sentence that has one (the main clause's subject).  A person
        whose gender the article shows must agree with "he" or "she".
        """
        pronoun = pronoun.lower()
        # The sentence that holds the position (or the last one before it).
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        if index < 0:
            return None
        start = self.sentences[index][0]
        same = [
            o for o in self._occurrences_in(start, position) if o[2] and self._agrees(o[1], pronoun)
        ]
        if same:
            return same[-1][1]
        for k in range(index - 1, max(-1, index - 6), -1):
            s, e = self.sentences[k]
            subjects = [
                o for o in self._occurrences_in(s, e) if o[2] and self._agrees(o[1], pronoun)
            ]
            if subjects:
                return subjects[0][1]
        # Else the last person named before it who agrees (a bounded look back).
        occurrences = self.occurrences  # built before its starts are read
        k = bisect.bisect_left(self._occurrence_starts, position)
        for n in range(k - 1, max(-1, k - 30), -1):
            if self._agrees(occurrences[n][1], pronoun):
                return occurrences[n][1]
        return None

    def _occurrences_in(self, start: int, end: int) -> list[tuple[int, str, bool]]:
        occurrences = self.occurrences  # built before its starts are read
        a = bisect.bisect_left(self._occurrence_starts, start)
        b = bisect.bisect_left(self._occurrence_starts, end)
        return occurrences[a:b]

    def _add_name(self, start: int, end: int) -> None:
        if (found := self._person_name(self.text[start:end])) is not None:
            self.people.append(_Person(found[1], found[2], start + found[0]))

    @staticmethod
    @functools.lru_cache(maxsize=4096)
    def _person_name(phrase: str) -> tuple[int, str, str] | None:
        """A run's name (its offset, the name, its role) or None; cached: runs recur."""
        start = 0
        words = phrase.split()
        if len(words) > _LONGEST_NAME:
            return None  # a run of capitals this long is a headline in title case, not a name
        # Drop sentence-initial function words and non-name capitals ("However Peskov"),
        # a question's auxiliary ("Does Bernie Sanders ...") and a party label ("Democrat
        # Bernie Sanders").
        while words and words[0].lower() in _DROPPED_FIRST_WORDS:
            start += len(words[0]) + 1
            words = words[1:]
        # A place before a name is no part of it: "New Hampshire Sanders supporters",
        # "North Carolina Sen. Richard Burr".
        if len(words) > 2 and words[0] in _PLACE_FIRST_WORDS:
            start += len(words[0]) + len(words[1]) + 2
            words = words[2:]
        # A possessive ends the name: "Donald Trump's campaign" names "Donald Trump".
        if words and words[-1].endswith(("'s", "’s", "'", "’")):
            words[-1] = words[-1].removesuffix("s").rstrip("'’")
        if len(words) < 2 or words[-1].lower() in _PLACE_LAST_WORDS:
            return None  # a person's name has two words at least ("Peskov" alone is a surname)
        parsed = parse_name(" ".join(words))
        name_words = parsed.name.split()
        if len(name_words) >= 2 and not any(w.lower() in _NOT_PERSON_WORDS for w in name_words):
            return start, parsed.name, parsed.role
        return None

    def _role_of(self, person: _Person) -> str:
        """The role a person was introduced with, with the lower-case role words just
        before the name: "Kremlin spokesman Dmitry Peskov"."""
        role = person.role
        before = self.text[max(0, person.start - 60) : person.start]
        words_before = _words_before(before)
        if words_before:
            roles = [w for w in words_before if _is_role_word(w) or w[:1].isupper()]
            if roles and _is_role_word(words_before[-1]):
                role = " ".join([*words_before[-3:], role]).strip()
        return role

    def canonical_name(self, name: str) -> str | None:
        """The fullest person name in the article that ends with ``name``."""
        words = name.split()
        return self._fullest.get(words[-1]) if words else None

    def by_role(self, phrase: str, before: int) -> str | None:
        """The person introduced with the role a nominal mention names."""
        words = set(_lower_words(phrase))
        groups = [g for g in en.ROLE_SYNONYMS if words & g]
        wanted = words | set().union(*groups) if groups else words
        role_words = {w for w in wanted if w in _ROLE_WORDS}
        if not role_words:
            return None
        # The last person before the mention whose role shares a word with it: for each
        # role word, a bisect in its index (a scan over every person per mention was
        # quadratic on long texts).
        index = self._roles()
        found: tuple[int, str] | None = None
        for w in role_words:
            starts, names = index.get(w, ([], []))
            k = bisect.bisect_left(starts, before)
            if k > 0 and (found is None or starts[k - 1] > found[0]):
                found = (starts[k - 1], names[k - 1])
        return found[1] if found is not None else None

    def _roles(self) -> dict[str, tuple[list[int], list[str]]]:
        """Role word -> the starts and names of the people introduced with it, in text
        order; built once, on the first nominal mention."""
        if self._role_index is None:
            self._role_index = {}
            for p in self.people:
                for w in set(_lower_words(self._role_of(p))):
                    starts, names = self._role_index.setdefault(w, ([], []))
                    starts.append(p.start)
                    names.append(p.name)
        return self._role_index

    def resolve(self, mention: Phrase) -> Speaker:
        """The canonical speaker of a mention."""
        if mention.kind == "relative":
            antecedent = _antecedent(self.text, mention.start)
            if antecedent is None:
                return Speaker(name=mention.text, kind="person")
            if antecedent.kind == "group" and antecedent.text.lower() in _GROUP_PRONOUNS:
                # "those who said", "some who advocate": the group the clause describes.
                return Speaker(name=f"{antecedent.text} {mention.text}", kind="group")
            mention = antecedent
        text = mention.text
        position = mention.start
        if is_quantity(text):
            return Speaker(name=_strip_determiner(text), kind="group")  # "a third of voters"
        if mention.kind == "pronoun":
            low = text.lower()
            if low in ("they", "we"):
                return Speaker(name=text, kind="group")
            if low == "it":
                org = self._last_organization(position)
                if org:
                    return Speaker(name=org, kind="organization")
            focus = self.focus(position, low)
            if focus is not None:
                return Speaker(name=focus, kind="person")
            return Speaker(name=text, kind="person")
        if mention.kind == "source":
            return Speaker(name=_source_name(text), kind="source")
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
            if text.rsplit(" ", 1)[-1].lower() in _OUTLET_NOUNS:
                # "the outlet", "the Russian newspaper": a body that publishes, not a person.
                return Speaker(name=_strip_determiner(text), kind="organization")
            return Speaker(
                name=_strip_determiner(text), kind="group" if text.endswith("s") else "person"
            )
        words = text.split()
        if len(words) > 1 and words[-1].isalpha() and words[-1].islower():
            # A common noun after capitalised modifiers: "Republican figures" is a group,
            # "Clinton's stock" a thing; neither is a person's name.
            return Speaker(name=text, kind="group" if _is_plural(words[-1]) else "person")
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
            if not is_org and self._common_noun(word):
                # "Polls show ...", "Superdelegates say ...": a capital at the start of a
                # sentence on a word the article writes in lower case elsewhere.
                return Speaker(name=word, kind="group" if _is_plural(word) else "person")
            if not is_org and _PUBLISHES.match(self.text, mention.end) is not None:
                # "Verstka reported", "Politico reports": one word that reports or publishes,
                # with no first name in the article, is an outlet, unless a title shows a
                # person ("Mr. Shen").
                is_org = not self._personal(word)
            return Speaker(name=word, kind="organization" if is_org else "person")
        return Speaker(name=parsed.name, kind="person")

    def _common_noun(self, word: str) -> bool:
        """Whether ``word`` appears in lower case as a whole word in the article."""
        low = word.lower()
        if low == word:
            return False
        found = self._lower_words.get(low)
        if found is None:
            # One search for the word in lower case, as a whole word (what _LOWER_WORD
            # would find): a literal search is several times cheaper than collecting
            # every lower-case word of the article, and few words are asked about.
            found = _LOWER_WORD.fullmatch(low) is not None and has_word(self.text, low, self._plain)
            self._lower_words[low] = found
        return found

    def _personal(self, word: str) -> bool:
        """Whether the article writes ``word`` as a person's: after a title ("Mr. Shen") or
        as the subject of a verb of speech ("Shen said"), which an outlet seldom is."""
        found = self._persons.get(word)
        if found is None:
            # One scan of the article per word, however often it reports.
            w = regex.escape(word)
            pattern = rf"\b{_TITLE}\s++{w}\b|\b{w}\s++(?:said|says|told|added|explained)\b"
            found = self._persons[word] = regex.search(pattern, self.text) is not None
        return found

    def _last_organization(self, position: int) -> str | None:
        found = None
        for m in _CAPITALISED_RUN.finditer(self.text, max(0, position - 400), position):
            if any(w.lower() in en.ORGANIZATION_HEADS for w in m.group(1).split()):
                found = _org_name(m.group(0))
        return found


def _antecedent(text: str, position: int) -> Phrase | None:
    """The noun phrase a relative pronoun at ``position`` stands for."""
    floor = max(0, position - 200)
    tokens = window_tokens(text, floor, position)
    if tokens and tokens[-1][2] == ",":
        tokens.pop()
    if tokens and tokens[-1][2].lower() in _GROUP_PRONOUNS:
        # "those who", "some who", "others who": a pronoun that _phrase_back would read as
        # a determiner of the words before it.
        s, e, t = tokens[-1]
        return Phrase(s, e, t, "group")
    found = _phrase_back(text, tokens)
    return found if found is not None and found.kind != "relative" else None


_GROUP_PRONOUNS = frozenset("those some many others few most all several".split())
# Nouns that open an anonymous source's description, in one set (not a union per call).
_SOURCE_OR_GROUP_NOUNS = en.SOURCE_NOUNS | en.GROUP_NOUNS


def _is_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _source_name(text: str) -> str:
    """An anonymous source's name: its description without the article ("one source" is
    "a source"), the common noun that opens it in lower case, names kept as written
    ("One source" -> "source", "Sources close to the Kremlin" -> "sources close to the
    Kremlin", "two sources" stays)."""
    words = _strip_determiner(text).split()
    if words and words[0].lower() == "one":
        words = words[1:]
    if words and words[0].lower() in _SOURCE_OR_GROUP_NOUNS:
        words[0] = words[0].lower()
    return " ".join(words) or text


def _strip_determiner(text: str) -> str:
    return _DETERMINER_START.sub("", text)


def _org_name(text: str) -> str:
    """ "the Kremlin" -> "Kremlin"; "the Russian news outlet Verstka" -> "Verstka"."""
    words = _strip_determiner(text).split()
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper():
        i -= 1
    return " ".join(words[i:]) or " ".join(words)


_LOWER_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{L}-]*+(?![\p{L}'’])")
_CAPITAL_WORD = regex.compile(r"(?<!\p{L})\p{Lu}[\p{L}'’-]*+")
_HONORIFIC = regex.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s++$")
_GENDERED_PRONOUN = regex.compile(r"(?i)\b(?:he|his|him|she|her|hers)\b")
_FEMININE = frozenset({"she", "her", "hers"})

# Common nouns for a news organisation.
_OUTLET_NOUNS = frozenset("outlet newspaper broadcaster publication magazine website".split())
# A verb of publishing right after a mention ("reported", "publishes").
_PUBLISHES = regex.compile(r"\s++(?:\p{Ll}++ly\s++)?(?:reported|reports|published|publishes)\b")
_TITLE = "(?:" + "|".join(sorted(t.capitalize() for t in en.TITLE_ABBREVIATIONS)) + r")\.?"
