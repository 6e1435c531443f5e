"""A "year" the model tags alone inside "year-on-year" or "year-to-year" is a way of comparing figures, not the
report's year, nor the year a bare month of its sentence is read in. Other hyphenated date words ("year-end",
"five-year") are still dates."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(1990, 3, 20)  # a Tuesday, in a story of February's figures


@pytest.mark.parametrize("text, expected", [
    ("Shipments at the mill improved year-to-year, the foundry owners said on Monday.",
     [("Monday", "DATE", "1990-03-19")]),
    ("Narrow money was up 9 pct on a year-on-year basis, against 8 pct in the year to November.",
     [("the year", "DURATION", "P1Y"), ("November", "DATE", "1989-11")]),
])
def test_a_year_inside_a_comparison_is_no_date(nlp, text, expected):
    assert dates_found(nlp, text, REPORT) == expected


def test_other_hyphenated_date_words_stay(nlp):
    text = "The mill closed its books at year-end, and its five-year plan begins on Monday."
    assert dates_found(nlp, text, REPORT) == [
        ("year-end", "DATE", "1989-12-31"), ("five-year", "DURATION", "P5Y"), ("Monday", "DATE", "1990-03-19")]



@pytest.mark.parametrize("text, expected", [
    # written apart, the model tagged the figure and the first "year" as a length, and the last "year" as the
    # report's year
    ("Wholesale prices rose 2.4 pct year on year in February, the statistics office said.",
     [("February", "DATE", "1990-02")]),
    ("Bank lending grew 11 pct year on year, down from 13 pct.", []),
    ("Retail sales slipped 0.6 pct month on month, the survey found.", []),
])
def test_a_comparison_written_apart_is_no_date(nlp, text, expected):
    assert dates_found(nlp, text, REPORT) == expected


def test_a_year_beside_on_but_no_comparison_stays(nlp):
    text = "The lenders will decide on a new loan next year, the bankers said on Monday."
    assert dates_found(nlp, text, REPORT) == [("next year", "DATE", "1991"), ("Monday", "DATE", "1990-03-19")]
