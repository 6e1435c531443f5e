""" "2012–13", "the winter of 2006–2007": a run of two years written with an en dash, which the tokenizer keeps in
one word, is dated by the year it starts in, as "2012-13" and "2012/13" already were (TIMEX3 writes a winter by the
year it begins in)."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(2026, 3, 1)


def test_a_winter_over_two_years(nlp):
    text = "The winter of 2006–2007 was the coldest the glacier station has recorded."
    assert ("The winter of 2006–2007", "2006-WI") in date_values(nlp, text, REPORT)


def test_a_season_year_with_two_figures(nlp):
    text = "She trained the rowing squad in 2012–13 before moving to the national team."
    assert ("2012–13", "2012") in date_values(nlp, text, REPORT)
