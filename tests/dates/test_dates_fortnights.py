"""A fortnight, counted ("in a fortnight", "three fortnights") or placed ("the last fortnight", "a fortnight
ago"), is two weeks: the length or the date that two weeks would give. A fortnight nothing counts ("a
fortnight-long tour", a festival called the Fortnight) is no expression."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated, dates_found

REPORT = date(2012, 9, 12)  # a Wednesday


@pytest.mark.parametrize("text, expression, kind, value", [
    ("The rowing crew sails for Lisbon in a fortnight.", "a fortnight", "DURATION", "P2W"),
    ("The past fortnight has tested the harbour board.", "The past fortnight", "DURATION", "P2W"),
    ("The council will publish its plan within the next fortnight.", "the next fortnight", "DURATION", "P2W"),
    ("Our goalkeeper spent three fortnights in plaster.", "three fortnights", "DURATION", "P6W"),
    ("A fortnight ago the bakery shut its doors.", "A fortnight ago", "DATE", "2012-W35"),
])
def test_a_fortnight_is_two_weeks(nlp, text, expression, kind, value):
    assert dated(nlp, text, expression, REPORT) == (kind, value)


def test_a_fortnight_later_with_no_day_before_is_a_gap(nlp):
    text = "The choir won the regional round and, a fortnight later, the final."
    assert dated(nlp, text, "a fortnight later", REPORT) == ("DURATION", "P2W")


@pytest.mark.parametrize("text", [
    "A fortnight-long tour of the coast begins on Friday.",
    "The Fortnight festival of film opens on Friday.",
])
def test_an_uncounted_fortnight_is_no_expression(nlp, text):
    assert [t for t, _, _ in dates_found(nlp, text, REPORT)] == ["Friday"]
