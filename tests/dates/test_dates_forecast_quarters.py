"""A quarter named by its number under a verb that tells it ahead ("expects a loss in the third quarter", "should
report higher second-quarter traffic"), told in March, is this year's, as one told in the future tense already is;
a quarter just gone keeps its year, and one told as done keeps last year's."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(1997, 3, 19)
LEAD = "The toy maker said fourth quarter net income rose to 5 mln dlrs. "


def test_modal_quarter_is_this_years(nlp):
    found = date_values(nlp, "The airline should report higher second-quarter traffic, its chairman said.", REPORT)
    assert ("second-quarter", "1997-Q2") in found


def test_expected_loss_quarter_in_an_earnings_story(nlp):
    found = date_values(nlp, LEAD + "It said it expects a loss in the third quarter because of plant closings.", REPORT)
    assert ("fourth quarter", "1996-Q4") in found
    assert ("the third quarter", "1997-Q3") in found


def test_quarter_told_as_done_keeps_last_year(nlp):
    found = date_values(nlp, LEAD + "It earned 2 mln dlrs in the third quarter.", REPORT)
    assert ("the third quarter", "1996-Q3") in found


def test_quarter_just_gone_keeps_its_year(nlp):
    found = date_values(nlp, "The toy maker expects fourth quarter profit to rise, its chairman said.", REPORT)
    assert ("fourth quarter", "1996-Q4") in found



def test_quarter_still_ahead_under_a_forecast_keeps_its_year(nlp):
    text = "The lab said it now expects third quarter sales to be near the 21 mln dlrs of the second quarter."
    found = date_values(nlp, text, date(1997, 3, 13))
    assert ("the second quarter", "1997-Q2") in found


def test_fiscal_quarter_given_its_end_keeps_the_firms_label(nlp):
    text = "The mill expects its second quarter ending October 31 to show a small profit."
    found = date_values(nlp, text, date(1997, 10, 19))
    assert ("second quarter", "1997-Q2") in found
