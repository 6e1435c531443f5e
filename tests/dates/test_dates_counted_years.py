"""A year counted by its ordinal from a start the story gives ("from the fourth year", "after the sixth year", "in
the second year,") is one year's length of that count, as TimeBank marks "the first year": a note's coupon, a
loan's repayments or a pay deal's steps, not the calendar year of the report. A run of years up to the report
("in the fourth year running") and "the first year that ..." as a subject stay the year."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(1991, 5, 14)


@pytest.mark.parametrize("text, expression", [
    ("From the fourth year the notes will carry a coupon of eight pct.", "the fourth year"),
    ("The loan is repayable after the sixth year in equal instalments.", "the sixth year"),
    ("In the second year, the rate on the savings bond steps up to nine pct.", "the second year"),
])
def test_a_year_counted_from_a_start_is_a_length(nlp, text, expression):
    assert dated(nlp, text, expression, REPORT) == ("DURATION", "P1Y")


@pytest.mark.parametrize("text, expression", [
    ("Sales of the brewer's lager fell in the fourth year running.", "the fourth year"),
    ("This is the first year that the festival has made a profit.", "the first year"),
])
def test_a_year_up_to_the_report_stays_the_year(nlp, text, expression):
    assert dated(nlp, text, expression, REPORT) == ("DATE", "1991")
