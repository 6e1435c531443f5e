""""the late 1980's": a decade written with an apostrophe after "early", "late" or "mid" is the decade, whatever
word follows it, not the year 1980 with the possessive cut off. A year's possessive stays the year."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(1994, 5, 11)


def test_late_decade_before_a_name(nlp):
    text = "In the late 1970's Harbour Mills doubled its workforce."
    assert ("the late 1970's", "197") in date_values(nlp, text, REPORT)


def test_early_decade_at_the_end_of_a_sentence(nlp):
    text = "The ferry has run on that route since the early 1960's."
    assert ("the early 1960's", "196") in date_values(nlp, text, REPORT)


def test_year_possessive_stays_the_year(nlp):
    assert ("1990", "1990") in date_values(nlp, "The council cut 1990's budget for roads by a fifth.", REPORT)
