"""The end of a company's year or quarter, told in a forecast, is the one not yet over (issue 12, item 4)."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

PUBLISHED = date(1987, 3, 18)


def value_of(nlp, text, expression):
    return dated(nlp, text, expression, PUBLISHED)[1]


@pytest.mark.parametrize("text, expression, value", [
    # a forecast: the year that ends next August
    ("Revenues for the year ended August 31 will be about 1.2 billion dlrs, the president said.", "August 31",
     "1987-08-31"),
    ("Net income for the quarter ended June 30 will rise sharply, the company said.", "June 30", "1987-06-30"),
    # a result: the year that ended last August
    ("Revenues for the year ended August 31 were about 1.2 billion dlrs, the president said.", "August 31",
     "1986-08-31"),
    # a quarter just over, reported soon: still the one just over
    ("The company will report results for the quarter ended Feb. 28 on Tuesday.", "Feb. 28", "1987-02-28"),
])
def test_a_period_end_in_a_forecast(nlp, text, expression, value):
    assert value_of(nlp, text, expression) == value
