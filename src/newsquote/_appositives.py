"""Appositives around a subject: which comma-set phrase names whom ("Rossi, the editor
of the paper, L'Osservatore Romano, said", "the other candidate, former Secretary of State
Hillary Clinton, drew", "His former partner at Lenox, Lawrence Cummings, called")."""

from __future__ import annotations

from ._mention_shapes import _DETERMINERS, _phrase_back

__all__ = ["_led_name", "_names_noun_appositive", "_object_of_common"]


def _names_noun_appositive(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the comma at ``k - 1`` follows an appositive of a name whose last word is a
    common noun: "Rossi, the editor of the paper, ..." (so what follows names the noun)."""
    if k < 4 or not tokens[k - 2][2].isalpha() or not tokens[k - 2][2].islower():
        return False
    for n in range(k - 3, max(0, k - 16), -1):
        if tokens[n][2] == ",":
            return (
                n > 0
                and (tokens[n - 1][2][:1].isupper() or tokens[n - 1][2].isdigit())
                and tokens[n + 1][2].lower() in ("the", "a", "an")
            )
        if not tokens[n][2][:1].isalnum():
            return False
    return False


# Lower-case words that may lead a name: "former Secretary of State Hillary Clinton".
_NAME_LEADS = frozenset({"former", "then", "late", "retired", "of"})


def _led_name(tokens: list[tuple[int, int, str]], k: int, n: int) -> bool:
    """Whether ``tokens[k:n]`` is a name led by lower-case role modifiers ("the other
    candidate, former Secretary of State Hillary Clinton, drew"), an appositive name."""
    if n - k < 2 or n - k > 8 or not tokens[n - 1][2][:1].isupper():
        return False
    return all(t[2][:1].isupper() or t[2] in _NAME_LEADS for t in tokens[k:n])


# Prepositions after which a name ends a common noun phrase ("his partner at Lenox").
_OBJECT_PREPOSITIONS = frozenset({"at", "for", "with", "on", "to"})


def _object_of_common(text: str, tokens: list[tuple[int, int, str]], n: int) -> bool:
    """Whether the name that ends ``tokens[:n]`` is the object of a preposition in a common
    noun phrase ("His former partner at Lenox, Lawrence Cummings, called"): the subject is
    that phrase, which the name between the next commas names."""
    found = _phrase_back(text, tokens[:n])
    if found is None:
        return False
    m = next((x for x in range(n) if tokens[x][0] == found.start), 0)
    if m < 2 or tokens[m - 1][2] not in _OBJECT_PREPOSITIONS:
        return False
    head = _phrase_back(text, tokens[: m - 1])
    return head is not None and head.text.split()[0].lower() in _DETERMINERS
