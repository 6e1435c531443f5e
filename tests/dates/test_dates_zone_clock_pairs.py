"""A 24-hour clock before a zone the wire writes in lower case ("1345 pdt"), or before "local time", is a time of day,
not a year; and a span of the day written with its zone once ("between 1800 and 2100 hours", "from 0645 to 1530
local time") makes both clocks times of the same day. Four figures joined to a year, or to a figure that is no
clock, stay what they were."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(1991, 5, 14)  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("The ferry terminal will shut at 1345 pdt because of the gale.",
     [("1345 pdt", "TIME", "1991-05-14T13:45")]),
    ("The auction opened at 0915 cdt with few bidders in the hall.",
     [("0915 cdt", "TIME", "1991-05-14T09:15")]),
    ("The harbour pilots will stop work at 1600 local time on Friday.",
     [("1600 local time", "TIME", "1991-05-17T16:00"), ("Friday", "DATE", "1991-05-17")]),
])
def test_a_clock_before_its_zone_is_a_time(nlp, text, expected):
    assert dates_found(nlp, text, REPORT) == expected


@pytest.mark.parametrize("text, expected", [
    ("The new night market will trade between 1800 and 2100 hours on Friday.",
     [("1800", "TIME", "1991-05-17T18:00"), ("2100 hours", "TIME", "1991-05-17T21:00"),
      ("Friday", "DATE", "1991-05-17")]),
    ("The pit will trade from 0645 to 1530 local time under the new rules.",
     [("0645", "TIME", "1991-05-14T06:45"), ("1530 local time", "TIME", "1991-05-14T15:30")]),
])
def test_both_clocks_of_a_span_of_the_day_are_times(nlp, text, expected):
    assert dates_found(nlp, text, REPORT) == expected


def test_years_before_a_clock_stay_years(nlp):
    found = dates_found(nlp, "Output rose from 1988 to 1990 and the shift ends at 2200 gmt.", REPORT)
    assert ("1988", "DATE", "1988") in found
    assert all(not (text == "1988" and kind == "TIME") for text, kind, _ in found)
