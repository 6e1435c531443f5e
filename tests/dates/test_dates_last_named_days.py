"""A day of the month written after "last" is the latest such day before the report: told in early spring, "last
April 3" is the April of the year before, even though a bare "April 3" of a past-tense sentence could lie a few
days ahead of the report."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(1991, 3, 27)


@pytest.mark.parametrize("text, expression, value", [
    ("The dockers walked out last March 29 and have not returned to the quays.", "last March 29", "1990-03-29"),
    ("The tariff, first proposed last April 3, was shelved by the cabinet.", "last April 3", "1990-04-03"),
    # the latest such day may be a leap year's
    ("Her term began last February 29 in a snowstorm.", "last February 29", "1988-02-29"),
])
def test_a_day_after_last_lies_before_the_report(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


def test_a_day_after_last_already_gone_this_year_stays(nlp):
    text = "The ferry line cut its fares last January 14, the harbour board said."
    assert dated(nlp, text, "last January 14", REPORT) == ("DATE", "1991-01-14")
