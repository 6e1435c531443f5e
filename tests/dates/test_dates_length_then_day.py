"""A length the model runs on into the day it lay in ("within minutes today", "in five years tonight") is two
expressions, as TimeML marks them: the length (DURATION) and the day (DATE, or the night as TIME). Run together,
the day was lost inside a length, or the length read as the night."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2031, 4, 8)  # a Tuesday


def test_minutes_then_today_are_a_length_and_the_day(nlp):
    text = "The new notes of Quillmont Corp sold out within minutes today, dealers said."
    found = dates_found(nlp, text, REPORT)
    assert ("today", "DATE", "2031-04-08") in found
    assert not any(t == "minutes today" for t, _, _ in found)


def test_years_then_tonight_are_a_length_and_the_night(nlp):
    text = "The club of Nessby Rovers plays its first home match in five years tonight."
    found = dates_found(nlp, text, REPORT)
    assert ("five years", "DURATION", "P5Y") in found
    assert ("tonight", "TIME", "2031-04-08TNI") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dealing in Harlow Freight shares was halted for 24 hours yesterday after the report.",
            [("24 hours", "DURATION", "PT24H"), ("yesterday", "DATE", "2031-04-07")],
        ),
        (
            "Orlek Trust shares rose for three days last week.",
            [("three days", "DURATION", "P3D"), ("last week", "DATE", "2031-W14")],
        ),
    ],
)
def test_a_length_and_a_day_already_apart_stay_so(nlp, text, expected):
    assert dates_found(nlp, text, REPORT) == expected
