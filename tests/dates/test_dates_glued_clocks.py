""""at about 11:00pm last night", "9.30am": a clock written close up to its am or pm is a time, which the model
tags as a number or nothing; it is dated by the day named beside it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2002, 1, 15)  # a Tuesday


def test_clock_with_colon_on_a_named_day(nlp):
    text = "The boat shed caught fire at about 11:00pm on Monday."
    assert ("11:00pm", "TIME", "2002-01-14T23:00") in dates_found(nlp, text, REPORT)


def test_clock_with_a_dot(nlp):
    text = "The hearing resumed at 9.30am today in the district court."
    assert ("9.30am", "TIME", "2002-01-15T09:30") in dates_found(nlp, text, REPORT)


def test_clock_without_a_report_date(nlp):
    text = "The second yacht crossed the line at 6:15am."
    assert ("6:15am", "TIME", "XXXX-XX-XXT06:15") in dates_found(nlp, text, None)


def test_words_ending_like_a_clock_are_none(nlp):
    # words ending in "am" or "pm" are read only when a clock's figures come before it
    assert dates_found(nlp, "Vietnam sent a team of 12 to the games.", REPORT) == []
