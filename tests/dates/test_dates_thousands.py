"""A count of units in the thousands ("2,000 years", "1,200 years ago", "two thousand years", "two hundred
years") is that many units: the thousands comma had split it into two numbers ("10,000 hours" was PT0H), a
count of four figures before "years" was read as a year, and "hundred" and "thousand" did not multiply the
count before them. Years and dates written with a comma stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2009, 11, 4)  # a Wednesday


@pytest.mark.parametrize("text, expression, kind, value", [
    ("The potters have guarded their glaze for 2,000 years.", "2,000 years", "DURATION", "P2000Y"),
    ("The chapel was built 1,200 years ago by monks.", "1,200 years ago", "DATE", "0809"),
    ("Their archive holds 1,500 hours of recorded song.", "1,500 hours", "DURATION", "PT1500H"),
    ("The vineyard has been tended for almost two thousand years.", "almost two thousand years",
     "DURATION", "P2000Y"),
    ("The lighthouse has warned ships for two hundred years.", "two hundred years", "DURATION", "P200Y"),
])
def test_a_count_in_thousands_is_that_many_units(nlp, text, expression, kind, value):
    assert dated(nlp, text, expression, REPORT) == (kind, value)


def test_a_larger_count_is_no_zero(nlp):
    text = "The university's site holds 10,000 hours of recorded lectures."
    assert dated(nlp, text, "10,000 hours", REPORT) == ("DURATION", "PTXH")


@pytest.mark.parametrize("text, expression, value", [
    ("The accord was signed on December 5, 2004, in Geneva.", "December 5, 2004", "2004-12-05"),
    ("The mill closed in 2000 and the town shrank.", "2000", "2000"),
])
def test_years_stay_years(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)
