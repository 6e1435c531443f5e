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
    ("Grain stocks at Kellbrook Mills fell by 2.1 mln tonnes in the week ended April 4, the agency said.",
     "the week", "2031-W14"),
    ("Orders at Vantrell Corp rose in the week ending March 28 to 40,000 units.", "the week", "2031-W13"),
    ("Jobless claims rose in the month to end-March to 693,000, the ministry said.", "the month", "2031-03"),
    ("Sales at Pomery Stores fell 3 pct in the month ended March 31, the company said.", "the month", "2031-03"),
])
def test_a_period_told_by_its_end(nlp, text, expression, value):
    assert values_of(nlp, text, expression) == [value]


def test_the_story_goes_on_with_the_same_week(nlp):
    text = ("Crude stocks at Dorrel Oil fell by 4.4 mln barrels in the week ended April 4, the institute said. "
            "Refinery runs in the week fell to 12.2 mln barrels per day.")
    assert values_of(nlp, text, "the week") == ["2031-W14", "2031-W14"]


def test_a_week_with_no_end_day_stays_the_one_under_way(nlp):
    # "to" before a figure, not a day: the week is still read as the report's own
    text = "Orders at Vantrell Corp rose in the week to 40,000 units, the company said."
    assert values_of(nlp, text, "the week") == ["2031-W15"]
