"""A term's end or start told in the simple present ("the lease, which expires in February", "the contract terminates in
March") is set ahead of the report, as a schedule is: told in May, that February is next year's. A calendar period's
end in the present is a habit and keeps the present's reading ("the club's season ends in March"), and a past tense
keeps the month gone."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

REPORT = date(2031, 5, 14)  # a Wednesday in May


@pytest.mark.parametrize("text, expression, value", [
    ("The bakery's lease, which expires in February, covers two shops.", "February", "2032-02"),
    ("The fishing licence expires at the end of March, the harbour master says.", "the end of March", "2032-03"),
    ("The truce between the two clubs' supporters expires in January.", "January", "2032-01"),
])
def test_a_term_ending_in_the_present_lies_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    ("The bakery's lease expired in February.", "February", "2031-02"),
    ("The rowing club's season ends in March.", "March", "2031-03"),
])
def test_no_term_ahead(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)
