"""Round 16 date rules, each on sentences of our own run through the real pipeline: a bare month that dates a
deed told in the simple past has begun by the report; an infinitive under "failed", "refused", "tried" keeps
the time of that verb; a count after a length ("weeks 28 pages") stays out of
the expression; "that year's" is the year the story named."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

from store.analysis import analyze

EARLY_SEPTEMBER = date(2024, 9, 4)  # a Wednesday
MID_MARCH = date(2024, 3, 13)  # a Wednesday


@pytest.mark.parametrize("text, expression, value", [
    ("In October, the mayor proposed a new tax on parking garages.", "October", "2023-10"),
    ("The council member said she first raised the idea in November.", "November", "2023-11"),
    ("The governor signed the bill in August after weeks of debate.", "August", "2024-08"),
])
def test_a_month_told_in_the_past_has_begun(nlp, text, expression, value):
    assert dated(nlp, text, expression, EARLY_SEPTEMBER) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    # the month names something still ahead, not the time of the past verb
    ("Tuesday's bid for October elections failed in the assembly.", "October", "2024-10"),
    ("The cooperative bought three cargoes of grain for October shipment.", "October", "2024-10"),
    ("Officials said the mayor will hold a hearing in October.", "October", "2024-10"),
])
def test_a_month_ahead_of_a_past_verb_stays_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, EARLY_SEPTEMBER) == ("DATE", value)


@pytest.mark.parametrize("text, value", [
    ("The drivers' union failed to reach an agreement with the port on Friday.", "2024-08-30"),
    ("The witness refused to answer questions from the committee on Friday.", "2024-08-30"),
    ("The drivers' union will try to reach an agreement with the port on Friday.", "2024-09-06"),
])
def test_an_infinitive_under_failed_keeps_its_time(nlp, text, value):
    assert dated(nlp, text, "Friday", EARLY_SEPTEMBER) == ("DATE", value)


def test_a_holiday_in_the_object_of_such_an_infinitive_keeps_its_own_reading(nlp):
    # the holiday names the concert, not the time of the refusing
    text = "The school board was refusing to cancel the Christmas concert despite the storm."
    assert dated(nlp, text, "Christmas", date(2024, 12, 4)) == ("DATE", "2024-12-25")


@pytest.mark.parametrize("text, expression", [
    ("The archive is expected to publish in the next few weeks 40 letters from the collection.", "the next few weeks"),
    ("The ministry released last year 15 new guidelines for schools.", "last year"),
])
def test_a_count_after_a_length_is_left_out(nlp, text, expression):
    found = [d.text for d in analyze(nlp, text, MID_MARCH).dates]
    assert found == [expression]


def test_that_years_is_the_year_the_story_named(nlp):
    text = "The councilwoman ran for mayor in 1988 and lost that year's primaries by a wide margin."
    assert dated(nlp, text, "that year", MID_MARCH) == ("DATE", "1988")
