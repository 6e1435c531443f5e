"""A bare month whose figures are told of ahead ("the February trade figures, to be reported Tuesday", told in
April) is one of the last three months, whose figures come out now, not the month of that name a year on; a month
further back than that stays where the tense put it. "<Month> monthly" is the month, then how often."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2033, 4, 12)  # a Tuesday


def values_of(nlp, text, expression):
    return [(kind, value) for found, kind, value in dates_found(nlp, text, REPORT) if found == expression]


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # two months back: to be reported now, not February 2034
        ("The February figures of the Varnholt statistics office will be reported on Thursday.", "February", "2033-02"),
        (
            "The overall January deficit of 3.1 billion crowns will be revised, the Korvane ministry said.",
            "January",
            "2033-01",
        ),
    ],
)
def test_a_month_whose_figures_are_still_to_come(nlp, text, expression, value):
    assert values_of(nlp, text, expression) == [("DATE", value)]


def test_a_month_before_monthly_is_its_own_date(nlp):
    text = "The February monthly export figures to be published by the Varnholt office on Friday will be final."
    found = dates_found(nlp, text, REPORT)
    assert ("February", "DATE", "2033-02") in found and ("monthly", "SET", "P1M") in found


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # June is ten months back: figures for it, told ahead in April, are the coming June's
        ("Figures for June will show a rise in Korvane's exports, analysts said.", "June", "2033-06"),
        # no figures: a payment told ahead is the coming February
        ("Varnholt Mills will pay its next dividend in February.", "February", "2034-02"),
    ],
)
def test_a_month_further_back_or_without_figures_stays_ahead(nlp, text, expression, value):
    assert values_of(nlp, text, expression) == [("DATE", value)]
