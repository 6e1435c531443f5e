""""The fourth qtr of 1986" is that quarter: after "of" the model may tag the year alone, leaving the ordinal and the
wire's "qtr" out, and the mention was valued the whole year."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values


@pytest.mark.parametrize(
    "text, words, value",
    [
        ("The mill said the charge was taken in the fourth qtr of 1986.", "the fourth qtr of 1986", "1986-Q4"),
        ("The quarry said the writedown was booked in the third qtr of 1985.", "the third qtr of 1985", "1985-Q3"),
    ],
)
def test_ordinal_qtr_of_a_year_is_the_quarter(nlp, text, words, value):
    found = date_values(nlp, text, date(1987, 3, 10))
    assert (words, value) in found, found


def test_year_after_another_of_stays_the_year(nlp):
    found = date_values(nlp, "The mill posted the best results of 1986.", date(1987, 3, 10))
    assert ("1986", "1986") in found, found
