"""A week or a month told by the day it ends on ("in the week ended Feb 27", "in the month to end-March") is the
week or month holding that day, not the one under way when the story is told; the story's later bare "the week" or
"the month" is that period too."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2031, 4, 8)  # a Tuesday


def values_of(nlp, text, expression):
    return [value for found, _, value in dates_found(nlp, text, REPORT) if found == expression]


@pytest.mark.parametrize("text, expression, value", [
    # 2031-04-04 is a Friday of ISO week 14; the report's week is 15
    ("Kellbrook Mills held 2.1 mln tonnes less grain at the close of the week ended April 4, the agency said.",
     "the week", "2031-W14"),
    ("Orders at Vantrell Corp rose in the week ending March 28 to 40,000 units.", "the week", "2031-W13"),
    ("Claims for benefit climbed to 693,000 over the month to end-March, the ministry said.", "the month", "2031-03"),
    ("Sales at Pomery Stores fell 3 pct in the month ended March 31, the company said.", "the month", "2031-03"),
])
def test_a_period_told_by_its_end(nlp, text, expression, value):
    assert values_of(nlp, text, expression) == [value]


def test_the_story_goes_on_with_the_same_week(nlp):
    text = ("Dorrel Oil drew 4.4 mln barrels from its tanks over the week ended April 4, the institute said. "
            "Its plants ran at 12.6 mln barrels a day in the week, it added.")
    assert values_of(nlp, text, "the week") == ["2031-W14", "2031-W14"]


def test_a_week_with_no_end_day_stays_the_one_under_way(nlp):
    # "to" before a figure, not a day: the week is still read as the report's own
    text = "Orders at Vantrell Corp rose in the week to 40,000 units, the company said."
    assert values_of(nlp, text, "the week") == ["2031-W15"]
