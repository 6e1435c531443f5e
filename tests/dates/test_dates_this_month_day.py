"""A day named with "this" ("this September 30") is the report year's, whatever the tense's window allows."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

PUBLISHED = date(2011, 3, 15)


def found(nlp, text, expression):
    return dated(nlp, text, expression, PUBLISHED)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # told in March, a present tense alone would reach back to last September
        ("The supply pact, which ends this September 30, covers two mln tonnes.", "this September 30", "2011-09-30"),
        ("Brambleton's lease runs out this October 15.", "this October 15", "2011-10-15"),
    ],
)
def test_this_with_a_day_is_the_report_years(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DATE", value)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # "this past" names the one gone; a bare day in the past tense stays where the tense put it
        ("Prices fell sharply this past September 30.", "this past September 30", "2010-09-30"),
        ("The pact ended September 30, the ministry said.", "September 30", "2010-09-30"),
    ],
)
def test_other_days_stay(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DATE", value)
