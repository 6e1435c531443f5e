"""A length told with the plural's possessive mark ("in three years' time", "two weeks' ago") is read as its
singular ("a week's time") always was: the count of units, without the mark or the word "time" after it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, dates_found

REPORT = date(2011, 4, 6)


def test_years_time_is_a_length(nlp):
    assert dates_found(nlp, "We will know whether the plan worked in three years' time.") == [
        ("three years", "DURATION", "P3Y")
    ]


def test_months_time_is_a_length_with_a_report_date(nlp):
    assert ("six months", "DURATION", "P6M") in dates_found(
        nlp, "Sales should recover in six months' time, the board expects.", REPORT
    )


def test_time_after_another_possessive_is_no_date(nlp):
    assert date_texts(nlp, "The riders' time in the trial beat the old record.") == []
