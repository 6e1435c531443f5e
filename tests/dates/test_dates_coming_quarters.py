"""A quarter a sentence looks ahead to cannot be one that closed half a year or more before the report: told in
March, "will start in the third quarter" is this year's, though a story's only quarter, named ahead of the
calendar's, is otherwise read as last year's. A quarter just gone keeps its year when its figures are still to
come, and a quarter told in the past keeps last year's."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(1991, 3, 12)


@pytest.mark.parametrize("text, expression, value, published", [
    ("The bakery said production at its new oven line will start in the third quarter.",
     "the third quarter", "1991-Q3", REPORT),
    ("The two ferries the shipping line ordered are expected to be delivered in the second quarter.",
     "the second quarter", "1991-Q2", REPORT),
    # in May a fourth quarter is otherwise last year's (annual figures out late)
    ("Engineers said the pumping trials would be held during the fourth quarter.",
     "the fourth quarter", "1991-Q4", date(1991, 5, 7)),
])
def test_a_quarter_told_ahead_is_still_to_come(nlp, text, expression, value, published):
    assert dated(nlp, text, expression, published) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # figures of a quarter just ended, still to be reported
    ("The miller said it expects a fourth quarter loss after the strike.", "fourth quarter", "1990-Q4"),
    # told in the past: the quarter of last year
    ("The bakery said sales of bread slowed in the third quarter.", "the third quarter", "1990-Q3"),
])
def test_a_quarter_gone_keeps_its_year(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)
