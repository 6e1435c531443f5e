"""Two weekdays a day apart named close together in one sentence are two days running: told on a Friday, "meet on
Thursday and Friday" is next week's pair, not next Thursday and the report's own Friday; told on a Wednesday, a
fair that "opens Saturday" and "may spill over into Sunday" runs into the day after that Saturday. Two days told in the
past, and a second day read after the first, keep their readings."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

FRIDAY = date(2031, 4, 11)
WEDNESDAY = date(2031, 3, 19)


@pytest.mark.parametrize("text, published, expected", [
    ("The ministers will meet on Thursday and Friday in Geneva.", FRIDAY,
     [("Thursday", "DATE", "2031-04-17"), ("Friday", "DATE", "2031-04-18")]),
    ("The fair opens Saturday and may spill over into Sunday if crowds are big, the organiser said.", WEDNESDAY,
     [("Saturday", "DATE", "2031-03-22"), ("Sunday", "DATE", "2031-03-23")]),
])
def test_the_second_day_follows_the_first(nlp, text, published, expected):
    assert dates_found(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The ministers met on Thursday and Friday in Geneva.", FRIDAY,
     [("Thursday", "DATE", "2031-04-10"), ("Friday", "DATE", "2031-04-11")]),
    ("The talks broke up on Monday and will resume on Tuesday, the envoy said.", FRIDAY,
     [("Monday", "DATE", "2031-04-07"), ("Tuesday", "DATE", "2031-04-15")]),
])
def test_days_gone_or_already_in_order_keep_their_readings(nlp, text, published, expected):
    assert dates_found(nlp, text, published) == expected
