"""A clock and the day it falls on with the same moment in another zone between them: the wire writes that zone in
lower case as often as not ("1500 hrs EDT (1900 gmt) Oct 5", "0900 est (1400 gmt) tomorrow"). The first clock is
read on the day written after the bracket, as it is when the zone is in capitals, not on the report's day."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

_TOLD = date(1987, 9, 28)  # a Monday


def _value(found, text):
    return [v for t, v in found if t.startswith(text)]


def test_clock_before_a_lower_case_zone_takes_the_day(nlp):
    text = "Bidding for the Larch Valley barley closes at 1500 hrs EDT (1900 gmt) Oct 5, the agency said."
    found = date_values(nlp, text, _TOLD)
    assert _value(found, "1500") == ["1987-10-05T15:00"]
    assert _value(found, "1900") == ["1987-10-05T19:00"]


def test_both_clocks_take_a_day_named_after_tomorrow(nlp):
    text = "The mill's owners will answer the guild at 1400 est (1900 gmt) tomorrow, September 29."
    found = date_values(nlp, text, _TOLD)
    assert _value(found, "1400") == ["1987-09-29T14:00"]
    assert _value(found, "1900") == ["1987-09-29T19:00"]


def test_clock_before_a_weekday_after_a_lower_case_zone(nlp):
    text = "The ferry crews plan to stop work at 0800 hrs EDT (1200 gmt) on Thursday, their leaders said."
    assert _value(date_values(nlp, text, _TOLD), "0800") == ["1987-10-01T08:00"]


def test_clock_with_no_day_stays_on_the_report_day(nlp):
    text = "The quarry's owners will speak at 1630 est (2130 gmt), a clerk said."
    assert _value(date_values(nlp, text, _TOLD), "1630") == ["1987-09-28T16:30"]
