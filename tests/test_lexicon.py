"""The lexicon is data: check its integrity the way dateparser checks its language data."""

from __future__ import annotations

import regex

from newsquote._cues import REPORTING_FORMS, inflections
from newsquote._lexicon import en

WORD_SETS = {
    name: value
    for name, value in vars(en).items()
    if name.isupper() and isinstance(value, frozenset)
}


def test_word_sets_are_lower_case_single_tokens() -> None:
    for name, words in WORD_SETS.items():
        for w in words:
            assert w == w.lower(), (name, w)
            assert w == w.strip(), (name, w)
            assert " " not in w, (name, w)


def test_table_keys_are_lower_case() -> None:
    for table in (en.MONTHS, en.WEEKDAYS, en.SEASONS, en.PARTS_OF_DAY, en.NUMBER_WORDS):
        assert all(k == k.lower().strip() for k in table)


def test_months_and_weekdays_are_complete() -> None:
    assert set(en.MONTHS.values()) == set(range(1, 13))
    assert set(en.WEEKDAYS.values()) == set(range(1, 8))


def test_irregular_forms_start_with_their_base() -> None:
    for verb, forms in en.IRREGULAR_VERB_FORMS.items():
        assert forms[0] == verb
        assert verb in en.REPORTING_VERBS


def test_weak_verbs_are_reporting_verbs() -> None:
    assert en.WEAK_REPORTING_VERBS <= en.REPORTING_VERBS


def test_reporting_forms_cover_both_spellings() -> None:
    for form in ("emphasised", "emphasized", "criticised", "criticized", "said", "told"):
        assert form in REPORTING_FORMS


def test_inflections_follow_spelling_rules() -> None:
    assert inflections("deny") == ("deny", "denies", "denied", "denying")
    assert inflections("admit")[2] == "admitted"
    assert inflections("agree")[2] == "agreed"
    assert inflections("vow")[2] == "vowed"


def test_no_pattern_metacharacters_in_words() -> None:
    for name, words in WORD_SETS.items():
        for w in words:
            assert not regex.search(r"[\\()\[\]{}|*?^$]", w), (name, w)
