"""A table's figure run on into a date ("One year 9.25", "62 Friday") is none of the date's extent."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(1996, 8, 26)


def test_a_rate_after_a_term_is_no_part_of_it(nlp):
    text = "The bank's new rates are:\n\nSix month 9.5 pct 9.75\n\nOne year 9.25 pct 9.5\n\nTwo year 9.0 pct 9.25"
    assert dates_found(nlp, text, REPORT) == [("Six month", "DURATION", "P6M"), ("One year", "DURATION", "P1Y"),
                                 ("Two year", "DURATION", "P2Y")]


def test_a_count_before_a_weekday_is_no_part_of_it(nlp):
    found = dates_found(nlp, "Wheat futures volume was 380 contracts, down from 62 Friday.", REPORT)
    assert found == [("Friday", "DATE", "1996-08-23")]


def test_a_full_date_keeps_its_parts(nlp):
    text = "He was born on June 4, 1950, and died in 1999."
    assert ("June 4, 1950", "DATE", "1950-06-04") in dates_found(nlp, text, REPORT)
