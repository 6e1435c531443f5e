"""A month name, then a length written as one word that names the contract ("the April 15-day forward Brent", "June
10-year bond futures") (real model). The figure is no day of the month: the month is a month of its own, read as a
contract's month (still ahead of the report), and the length a length. Our own sentences about made-up markets; a
day of the month followed by a length of its own stays a day.
"""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

SPRING = date(2031, 4, 8)


@pytest.mark.parametrize("text, month, length", [
    ("Prices drew support from the April 15-day forward Brent market, dealers said.", ("April", "DATE", "2031-04"),
     ("15-day", "DURATION", "P15D")),
    ("Dealers said June 10-year bond futures edged up to 91.40 in thin trade.", ("June", "DATE", "2031-06"),
     ("10-year", "DURATION", "P10Y")),
])
def test_the_month_and_the_length_are_apart(nlp, text, month, length):
    found = dates_found(nlp, text, SPRING)
    assert month in found and length in found


def test_a_day_then_its_own_length_stays_a_day(nlp):
    found = dates_found(nlp, "The offer expires May 15, after a 30-day extension, the company said.", SPRING)
    assert ("May 15", "DATE", "2031-05-15") in found
