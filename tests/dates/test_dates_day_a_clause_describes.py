"""'The day' that a clause describes ("from the day a deposit is made", "until the day its owner sells it") is
the day of that event, which the story does not place, not the day of the report: no date. "The day" of the
session the story reports ("during the day", "ended the day") and "on the day" a deed was done stay the report's
day."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, dated

MARCH = date(2031, 3, 14)


@pytest.mark.parametrize("text", [
    "Interest runs from the day a deposit is made until the day it is withdrawn, the bank said.",
    "The warranty covers the car until the day its owner sells it.",
    "Nobody forgets the day their first child was born.",
])
def test_a_day_a_clause_describes_is_no_date(nlp, text):
    assert "the day" not in date_texts(nlp, text, MARCH)


@pytest.mark.parametrize("text", [
    "Rates rose sharply during the day, dealers said.",
    "Trading ended the day slightly higher, dealers said.",
    "The strike began on the day the wage figures came out.",
])
def test_the_day_of_the_session_stays_the_reports_day(nlp, text):
    assert dated(nlp, text, "the day", MARCH) == ("DATE", "2031-03-14")
