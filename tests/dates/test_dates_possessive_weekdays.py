"""A weekday written with a possessive ("Tuesday's primaries") follows the tense of its clause unless that puts
it five or six days ahead while the same weekday lies one or two days back."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

THURSDAY = date(2022, 6, 9)


@pytest.mark.parametrize("text, expression, value", [
    # "will" looks ahead, but the vote two days gone is the one the results are of
    ("The results of Tuesday's city council vote will force the mayor to rethink her budget.", "Tuesday",
     "2022-06-07"),
    ("If you want to understand the real meaning of Wednesday night's debate, you have to go back ten years.",
     "Wednesday night", "2022-06-08TNI"),
])
def test_possessive_weekday_nearer_side(nlp, text, expression, value):
    assert dated(nlp, text, expression, THURSDAY)[1] == value


@pytest.mark.parametrize("text, expression, value", [
    # three or four days off, the tense keeps deciding
    ("The squad will travel to the coast for Monday's match against the league leaders.", "Monday", "2022-06-13"),
    ("The squad lost Sunday's match against the league leaders.", "Sunday", "2022-06-05"),
    # five days back after "after": the event lies behind what the sentence tells, whatever the report waits for
    ("The dispute flared again after Saturday's attack on the fuel depot.", "Saturday", "2022-06-04"),
    # the event itself is what the clause looks ahead to
    ("Monday's vote is expected to be close.", "Monday", "2022-06-13"),
    # read back, it stays back, even five days back
    ("The index ended at 75.1, well ahead of Saturday's close of 72.4.", "Saturday", "2022-06-04"),
    # no possessive: the tense alone
    ("The council will vote on Tuesday.", "Tuesday", "2022-06-14"),
])
def test_possessive_weekday_left_alone(nlp, text, expression, value):
    assert dated(nlp, text, expression, THURSDAY)[1] == value
