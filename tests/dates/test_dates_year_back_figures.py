"""A figure's year-back base ("816 mln a year earlier") names no year for the sentence's bare months: "from 8
billion a year earlier and 8.5 billion in January", told in March, is this January, not the January a year back.
A year back that dates a deed ("a year earlier, in June, it sold") still sets the year of the month beside it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2007, 3, 14)


def values_of(nlp, text, expression):
    return [value for found, kind, value in dates_found(nlp, text, REPORT) if found == expression]


@pytest.mark.parametrize("text, expression, values", [
    ("Exports rose to 9 billion in February from 8 billion a year earlier and 8.5 billion in January.", "January",
     ["2007-01"]),
    ("Imports were 3.9 billion in December and 3.1 billion a year earlier, while exports rose from 2.2 billion in "
     + "December.", "December", ["2006-12", "2006-12"]),
])
def test_a_figures_year_back_base_sets_no_year(nlp, text, expression, values):
    assert values_of(nlp, text, expression) == values


@pytest.mark.parametrize("text, expression, values", [
    # a year back with no figure before it dates the deed, and the month beside it is in that year
    ("The firm shut its plant in January 2005, and a year earlier, in June, it sold its mill.", "June", ["2004-06"]),
    ("The plant opened in 2005. A year later, in January, it closed.", "January", ["2006-01"]),
])
def test_a_year_back_that_dates_a_deed_still_sets_the_year(nlp, text, expression, values):
    assert values_of(nlp, text, expression) == values
