"""A wire story writes the zone after a 24-hour clock in lower case as often as not: "(1900 gmt)" is a time of day
like "1900 GMT", not the year 1900 or a bare number. Only the zones the wire writes so; "est" after a figure is an
estimate."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(1991, 3, 27)


@pytest.mark.parametrize("text, expected", [
    ("The ministers will meet at 2000 gmt in the old treasury building.",
     [("2000 gmt", "TIME", "1991-03-27T20:00")]),
    ("Polls will shut at 1900 utc on the island, the commission said.",
     [("1900 utc", "TIME", "1991-03-27T19:00")]),
])
def test_a_clock_before_a_lower_case_zone_is_a_time(nlp, text, expected):
    assert dates_found(nlp, text, REPORT) == expected


def test_a_year_before_an_estimate_stays_a_year(nlp):
    found = dates_found(nlp, "The harvest of 1990 est was smaller than the one of 1989.", REPORT)
    assert all(kind != "TIME" for _, kind, _ in found)
