"""A holiday and the "last/next/this year" straight after it are one date, the holiday in that year
(dates/holiday_years.py, read by spans.candidates and normalize._holiday): "Election Day next year" is next year's
vote, not this year's; "Labor Day last year" last year's."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(2019, 8, 2)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Dorrick Lines plans to spend $5 million by Election Day next year.", "Election Day next year", "2020-11-03"),
        ("The Velmont plant closed on Labor Day last year, Anna Velt said.", "Labor Day last year", "2018-09-03"),
        ("The store will open by Christmas next year, Otto Brink said.", "Christmas next year", "2020-12-25"),
        ("Dorrick Lines will open after Thanksgiving this year.", "Thanksgiving this year", "2019-11-28"),
    ],
)
def test_a_holiday_and_its_year_are_one_date(nlp, text, expression, value):
    assert (expression, value) in date_values(nlp, text, REPORT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday alone is the nearest one, as before
        ("Voters go to the polls on Election Day, Anna Velt said.", ("Election Day", "2019-11-05")),
        # a comma between them: the year is a date of its own
        ("The plant closed on Labor Day, and last year it closed twice.", ("last year", "2018")),
    ],
)
def test_a_holiday_without_its_year_is_read_as_before(nlp, text, expected):
    assert expected in date_values(nlp, text, REPORT)
