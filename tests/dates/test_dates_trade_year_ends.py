"""A crop, coffee or marketing year written over two calendar years ends in the second of them, as a split fiscal
year does: the month or day it is said to end on is that year's, whatever the tense made of it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

SPRING = date(2031, 4, 6)


@pytest.mark.parametrize("text, expression, value", [
    ("Cocoa grindings in the 2030/31 cocoa year, ending September, rose four pct.", "September", "2031-09"),
    ("Output fell in the 2030/31 crop year ending June from a record the year before.", "June", "2031-06"),
    ("Sales for the 2030/31 marketing year ending August 31 slowed, the board said.", "August 31", "2031-08-31"),
])
def test_a_trade_year_ends_in_its_second_year(nlp, text, expression, value):
    assert (expression, value) in date_values(nlp, text, SPRING)


def test_a_month_after_a_plain_year_is_left_to_the_tense(nlp):
    # no split year before the month: nothing moves it
    text = "Exports in the year ending September were put at 9,000 tonnes."
    assert ("September", "2030-09") in date_values(nlp, text, SPRING)
