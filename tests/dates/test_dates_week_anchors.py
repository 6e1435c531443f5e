"""A week counted from a week the story named ("last week ... the week before") is the week before that one; a
week counted from a named day still counts from the day."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

PUBLISHED = date(2011, 4, 7)  # a Thursday of week 14


@pytest.mark.parametrize(
    "text, expression, value",
    [
        (
            "Quillmore sold 812 bicycles last week versus 655 bicycles the week before.",
            "the week before",
            "2011-W12",
        ),
        (
            "Tessaro's stores sold 2,400 bikes last week, up from 1,900 bikes the previous week.",
            "the previous week",
            "2011-W12",
        ),
    ],
)
def test_a_week_counted_from_a_named_week(nlp, text, expression, value):
    assert (expression, value) in date_values(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # counted from a day the story names
        ("Tessaro's index fell on March 30, after it rose the week before.", "the week before", "2011-W12"),
    ],
)
def test_a_week_counted_from_a_named_day(nlp, text, expression, value):
    assert (expression, value) in date_values(nlp, text, PUBLISHED)
