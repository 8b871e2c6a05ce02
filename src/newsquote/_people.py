"""The people an article names: the fullest name for each surname, and whether a name
stands as a subject.  ``_resolve`` builds its index of people from these."""

from __future__ import annotations

import regex

__all__: list[str] = []


def _fullest_names(names: list[str]) -> dict[str, str]:
    """Surname -> the fullest name of the person the article names most with it.

    "Hillary Rodham Clinton" stands for "Hillary Clinton" too (its words hold all of the
    other's), so it is the fullest; of two people who share a surname ("Donald Trump",
    "Melania Trump"), the one named more often takes the bare surname.
    """
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    by_last: dict[str, list[str]] = {}
    for name in counts:
        by_last.setdefault(name.split()[-1], []).append(name)
    fullest: dict[str, str] = {}
    for last, group in by_last.items():
        if len(group) == 1:
            fullest[last] = group[0]  # one name with this surname (the common case)
            continue
        if len(group) > 20:
            # A surname on that many distinct runs is a common word in capitals; keep the
            # work linear.
            fullest[last] = max(group, key=len)
            continue
        words = {name: set(name.split()) for name in group}
        firsts = {name: name.split()[0] for name in group}  # split once, not per pair

        def weight(
            name: str,
            group: list[str] = group,
            words: dict[str, set[str]] = words,
            firsts: dict[str, str] = firsts,
        ) -> int:
            # A name covers another with the same first word whose words it all holds:
            # "Hillary Rodham Clinton" covers "Hillary Clinton"; "Rival Hillary Clinton"
            # (a headline's adjective) does not.
            first = firsts[name]
            return sum(
                counts[other]
                for other in group
                if words[other] <= words[name] and firsts[other] == first
            )

        fullest[last] = max(group, key=lambda name: (weight(name), len(name)))
    return fullest


_APPOSITIVE = regex.compile(r"\s(?:the|a|an|\d++)\b")
_VERB_AFTER = regex.compile(r"\s++(?P<w>[\p{L}'’]++)")


def _followed_by_verb(text: str, end: int) -> bool:
    """A name followed by a verb stands as a subject ("Putin praised", "Peskov has",
    "Clinton spoke")."""
    if text[end : end + 2] in ("'s", "’s"):
        return False
    if text[end : end + 1] == ",":
        # An age or an appositive between commas sits between a subject and its verb:
        # "Tom Fitton, the president of the group, charged", "Ann Lee, 54, said".
        close = text.find(",", end + 1, end + 90)
        if close < 0 or _APPOSITIVE.match(text, end + 1, close) is None:
            return False
        if text.find(". ", end, close) >= 0:
            return False  # a sentence ends inside: no appositive
        end = close + 1
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
    spoke met went took gave made came saw got wrote sent ran won lost held left felt
    kept thought brought began knew led stood sat put became found heard paid sold
    fought built drew threw grew chose struck
    """.split()
)
