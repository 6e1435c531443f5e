"""A year of accounts told as done: a whole year's results can only be reported, earned or restated once the year
is over, so "the year" or "the full year" whose results a past-tense sentence gives, told between January and March,
is the year before the report's; beside a quarter of an earlier year it is that year. A forecast for the year, even
one told with "said", and a year whose months are counted stay the year under way."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(1991, 3, 12)


@pytest.mark.parametrize("text, expression, value", [
    ("For the year, the tannery reported net losses totalling 4 mln dlrs, after a profit of 2 mln dlrs in 1989.",
     "the year", "1990"),
    ("The miller's operating profit in the full year came to 9.5 mln dlrs, the firm said.", "the full year", "1990"),
    ("The hauliers earned 3 mln dlrs in second-quarter 1990 and 11 mln dlrs over all of the year.",
     "the year", "1990"),
])
def test_a_year_whose_results_were_told_is_over(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


@pytest.mark.parametrize("text, expression", [
    ("For the full year, the broker said she expects the tannery to earn about 90 cts a share.", "the full year"),
    ("The tannery expects a net profit for the year, its chairman said.", "the year"),
    ("Net sales rose by a tenth in the chain's first weeks of the year.", "the year"),
])
def test_a_forecast_or_a_year_under_way_stays_this_year(nlp, text, expression):
    assert dated(nlp, text, expression, REPORT) == ("DATE", "1991")
