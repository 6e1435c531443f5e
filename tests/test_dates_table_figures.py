"""A table's figure run on into a date ("One year 9.25", "62 Friday") is none of the date's extent."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

REPORT = date(1996, 8, 26)


def _found(nlp, text):
    return [(d.text, d.type, d.value) for d in analyze(nlp, text, REPORT).dates]


def test_a_rate_after_a_term_is_no_part_of_it(nlp):
    text = "The bank's new rates are:\n\nSix month 9.5 pct 9.75\n\nOne year 9.25 pct 9.5\n\nTwo year 9.0 pct 9.25"
    assert _found(nlp, text) == [("Six month", "DURATION", "P6M"), ("One year", "DURATION", "P1Y"),
                                 ("Two year", "DURATION", "P2Y")]


def test_a_count_before_a_weekday_is_no_part_of_it(nlp):
    found = _found(nlp, "Wheat futures volume was 380 contracts, down from 62 Friday.")
    assert found == [("Friday", "DATE", "1996-08-23")]


def test_a_full_date_keeps_its_parts(nlp):
    assert ("June 4, 1950", "DATE", "1950-06-04") in _found(nlp, "He was born on June 4, 1950, and died in 1999.")
