""""the year-ago month" and "the same month of 1996" say they are a month: the one the sentence reports on,
a year back or in the year they give, not the report's own month nor a whole year."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(1997, 4, 22)


def test_year_ago_month_is_the_sentence_month_a_year_back(nlp):
    found = date_values(
        nlp, "Furniture orders rose 4.1 pct in February compared with the year-ago month, the guild said.", REPORT
    )
    assert ("the year-ago month", "1996-02") in found


def test_same_month_of_a_year_takes_that_year(nlp):
    found = date_values(
        nlp, "Bakery closures totalled 212 in March, 3 pct fewer than in the same month of 1995, the office said.",
        REPORT,
    )
    assert ("the same month of 1995", "1995-03") in found


def test_year_ago_level_stays_a_year_with_no_month(nlp):
    found = date_values(nlp, "Orders were above the year-ago level, the guild said.", REPORT)
    assert all(value != "1996-04" for text, value in found if "year" in text)
