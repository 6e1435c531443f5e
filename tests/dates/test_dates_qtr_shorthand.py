"""The wire's "qtr" with a year ("1986 3rd qtr", "4th qtr 1985", "the second qtr of 1986") is that quarter, as
"third quarter 1986" is, not the year alone: the model tags the year and the ordinal and leaves "qtr" out."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values


@pytest.mark.parametrize(
    "text, value",
    [
        ("NOTE: 1986 3rd qtr profit reflects a one-off credit from a land sale.", "1986-Q3"),
        ("NOTE: 1986 4th qtr loss includes a charge of 400,000 dlrs for closing two quarries.", "1986-Q4"),
        ("The chain said sales in the fourth qtr 1986 were lifted by new stores.", "1986-Q4"),
        ("The charge was taken in the 2nd Qtr of 1986, the toy maker said.", "1986-Q2"),
    ],
)
def test_qtr_with_its_year_is_the_quarter(nlp, text, value):
    found = date_values(nlp, text, date(1987, 3, 10))
    assert any(v == value and "qtr" in t.lower() for t, v in found), found


def test_year_alone_stays_the_year(nlp):
    found = date_values(nlp, "NOTE: 1986 profit reflects a one-off credit from a land sale.", date(1987, 3, 10))
    assert ("1986", "1986") in found
