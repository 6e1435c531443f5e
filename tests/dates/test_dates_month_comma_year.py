"""A month (or a month and its day) and the year after its comma, which the model sometimes tags as two dates
("an August, 2007 deal"), are one date: the month of that year, not the report year's month beside a year
alone. A list of years stays a list, and a second year after "and" stays a year of its own."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated, dates_found

REPORT = date(2011, 5, 10)


@pytest.mark.parametrize("text, expression, value", [
    ("Lenders scrapped an August, 2007 deal with the carrier.", "August, 2007", "2007-08"),
    ("The carrier emerged from a March, 2001 reorganisation with less debt.", "March, 2001", "2001-03"),
    ("Shipments topped the May, 2003 record, traders said.", "May, 2003", "2003-05"),
    ("The mill reopened in July, 2006 after repairs.", "July, 2006", "2006-07"),
])
def test_a_month_takes_the_year_after_its_comma(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


def test_a_list_of_years_stays_a_list(nlp):
    found = dates_found(nlp, "Sales rose in 2007, 2008 and 2009, the firm said.", REPORT)
    assert [(t, v) for t, _, v in found] == [("2007", "2007"), ("2008", "2008"), ("2009", "2009")]


def test_only_the_first_year_joins_the_month(nlp):
    found = dates_found(nlp, "The firm hired 300 people in May, 2007 and 2008.", REPORT)
    assert [(t, v) for t, _, v in found] == [("May, 2007", "2007-05"), ("2008", "2008")]
