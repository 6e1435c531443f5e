"""More of a futures report's words for the contract a price moved in: the contract that "paced" or "led" the move
("gains paced by February", "May paced nearbys lower"), one told by its place in the list ("second position
March", "distant March"), and a singular "T-bond" before "futures". Each is a contract still trading, this month or
one ahead, whatever the past tense."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

LATE_SUMMER = date(2031, 8, 29)


@pytest.mark.parametrize("text, expression, value", [
    ("Pork belly futures closed 0.40 cent higher, paced by February.", "February", "2032-02"),
    ("Feeder cattle futures eased at midday, with May paced lower by selling.", "May", "2032-05"),
    ("In cocoa futures, second position March rose nine stg to 1,310 stg.", "March", "2032-03"),
    ("Soybean futures were mixed and all but distant March posted new highs.", "March", "2032-03"),
    ("June T-bond futures opened at 97 and drifted lower through the morning.", "June", "2032-06"),
])
def test_a_futures_report_names_contracts_still_trading(nlp, text, expression, value):
    assert (expression, value) in date_values(nlp, text, LATE_SUMMER)


@pytest.mark.parametrize("text, expression, value", [
    # no futures in the story: the month of a deed, where the tense put it
    ("The rise in spending was led by March, when car sales jumped.", "March", "2031-03"),
    ("The bank said its profit was paced by February, a strong month for trading.", "February", "2031-02"),
])
def test_months_outside_a_futures_report_stay_where_the_tense_puts_them(nlp, text, expression, value):
    assert (expression, value) in date_values(nlp, text, LATE_SUMMER)
