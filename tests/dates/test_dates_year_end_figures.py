"""Figures of a year's close told in the past with "year end" or "end-year" written as two words ("its year end
stocks were", "had end-year cash of") are of the year before the report, as "at year-end" already was; a year end
still ahead ("would be done by the year end") stays this year."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

MARCH = date(2031, 3, 14)


@pytest.mark.parametrize("text, expression", [
    ("The firm said its year end stocks of cement were lower than forecast.", "year end"),
    ("Total debts were nearly two mln at year end, down from the prior year.", "year end"),
    ("The bakery reported a profit in 2030 and had end-year cash of four mln crowns.", "end-year"),
])
def test_a_past_year_end_is_last_years(nlp, text, expression):
    assert dated(nlp, text, expression, MARCH) == ("DATE", "2030")


def test_a_year_end_ahead_stays_this_year(nlp):
    text = "The mill said it hoped the sale would be done by the year end."
    assert dated(nlp, text, "the year end", MARCH) == ("DATE", "2031")
