"""Lengths counted from something told, and start dates a past-tense verb has already reached."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

PUBLISHED = date(2011, 3, 15)  # a Tuesday


def found(nlp, text, expression):
    return dated(nlp, text, expression, PUBLISHED)


@pytest.mark.parametrize("text, expression, value", [
    # the verb "effective" completes is in the past: the month is gone, not eleven months ahead
    ("The new parking fees became effective in February, the council said.", "February", "2011-02"),
    ("The tax was effective in January for most households.", "January", "2011-01"),
    ("The new parking fees have become effective in February.", "February", "2011-02"),
])
def test_a_start_told_in_the_past_lies_before_the_report(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # no verb, or one ahead: the start is still to come
    ("Fares go up under a new schedule effective in April.", "April", "2011-04"),
    ("The new fees will become effective in February.", "February", "2012-02"),
])
def test_a_start_announced_ahead_stays_ahead(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    ("In the first year of the lease, the rent stays at 900 dollars.", "the first year", "P1Y"),
    ("Drivers won a raise for the second month of the dispute.", "the second month", "P1M"),
])
def test_the_first_year_of_something_is_a_length(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DURATION", value)


@pytest.mark.parametrize("text, expression", [
    ("Shops closed in the first week of May.", "the first week of May"),
    # not a unit of something told: the year itself
    ("This is the first year that the fair has been called off.", "the first year"),
])
def test_an_ordinal_unit_of_no_event_keeps_its_date(nlp, text, expression):
    assert found(nlp, text, expression)[0] == "DATE"


@pytest.mark.parametrize("text, expression, kind, value", [
    # counted from an event told without a date: a gap, not days after the report
    ("A pipe burst under the bridge, engineers said. Four days later, the road was still shut.",
     "Four days later", "DURATION", "P4D"),
    ("She joined the band as a drummer. Two years later, she was its singer.", "Two years later", "DURATION", "P2Y"),
    # counted from a day the story named: that day, moved on
    ("The bridge closed on March 2. Four days later, it reopened.", "Four days later", "DATE", "2011-03-06"),
])
def test_a_gap_after_an_undated_event_is_a_length(nlp, text, expression, kind, value):
    assert found(nlp, text, expression) == (kind, value)


@pytest.mark.parametrize("text, expression, value", [
    # a gap against something unnamed, then the period it falls in: that period, not the gap counted in its unit
    ("The Dorvel fair will open three weeks later this year than it usually does.", "three weeks later this year",
     "2011"),
    ("The Dorvel fair opened two months earlier last year than planned.", "two months earlier last year", "2010"),
])
def test_a_gap_before_this_or_last_period_is_that_period(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DATE", value)


@pytest.mark.parametrize("text, expression, kind, value", [
    # a gap with no period after it stays a length; one before "next year" was already next year
    ("The Dorvel fair will open three weeks later than planned.", "three weeks later", "DURATION", "P3W"),
    ("The Dorvel fair will open a month later next year.", "a month later next year", "DATE", "2012"),
])
def test_a_gap_without_a_period_after_it_stays(nlp, text, expression, kind, value):
    assert found(nlp, text, expression) == (kind, value)
