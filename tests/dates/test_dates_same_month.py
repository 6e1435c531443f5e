""""the same month last year" is a month a year back, and, as the base of a comparison, gives no year to the
bare month after it in its sentence."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(1997, 4, 22)


def test_same_month_of_the_sentence(nlp):
    found = date_values(nlp, "Exports in March rose 5 percent over the same month last year, the ministry said.",
                        REPORT)
    assert ("the same month last year", "1996-03") in found


def test_same_month_of_the_story_and_the_month_after_it(nlp):
    text = ("Car sales reached 41,000 units in March.\n\n"
            "Imports were 12 percent higher than the same month last year and 3 percent lower than in February.")
    found = date_values(nlp, text, REPORT)
    assert ("the same month last year", "1996-03") in found
    assert ("February", "1997-02") in found


def test_no_month_named_keeps_the_year(nlp):
    assert date_values(nlp, "Sales were higher than the same month last year, the group said.", REPORT) == [
        ("the same month last year", "1996")
    ]


def test_same_month_a_year_ago_is_the_month_of_the_sentence(nlp):
    found = date_values(
        nlp, "Bicycle sales fell 12% in February, compared with the same month a year ago, the importers said.", REPORT
    )
    assert ("the same month a year ago", "1996-02") in found


def test_same_month_a_year_ago_with_no_month_named(nlp):
    assert ("the same month a year ago", "1996-04") in date_values(
        nlp, "Bicycle sales were lower than in the same month a year ago, the importers said."
    , REPORT)
