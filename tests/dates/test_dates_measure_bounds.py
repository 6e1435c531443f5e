"""A bound put on a length or a date ("as long as a month", "as late as next spring") is none of the expression:
TIMEX3 marks the length or the date alone, as it does after "as early as". The model ran the bound's middle words
into the span ("long as three weeks"); the value was right, the extent not."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, dated

REPORT = date(1991, 5, 14)


@pytest.mark.parametrize("text, expression, expected", [
    ("The dock strike could run for as long as three weeks, the union warned.", "three weeks", ("DURATION", "P3W")),
    ("Repairs to the smelter may take as long as a year.", "a year", ("DURATION", "P1Y")),
    ("A ruling might not come until as late as next month, lawyers said.", "next month", ("DATE", "1991-06")),
])
def test_the_bound_is_left_out(nlp, text, expression, expected):
    assert dated(nlp, text, expression, REPORT) == expected


def test_a_bound_that_is_no_date_is_untouched(nlp):
    found = date_texts(nlp, "The growers sold as much as they could before the frost in March.", REPORT)
    assert found == ["March"]
