""""the late 1980's": a decade written with an apostrophe after "early", "late" or "mid" is the decade, whatever
word follows it, not the year 1980 with the possessive cut off. A year's possessive stays the year."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

REPORT = date(1994, 5, 11)


def _found(nlp, text):
    return [(d.text, d.value) for d in analyze(nlp, text, REPORT).dates]


def test_late_decade_before_a_name(nlp):
    assert ("the late 1970's", "197") in _found(nlp, "In the late 1970's Harbour Mills doubled its workforce.")


def test_early_decade_at_the_end_of_a_sentence(nlp):
    assert ("the early 1960's", "196") in _found(nlp, "The ferry has run on that route since the early 1960's.")


def test_year_possessive_stays_the_year(nlp):
    assert ("1990", "1990") in _found(nlp, "The council cut 1990's budget for roads by a fifth.")
