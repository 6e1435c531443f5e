"""A wire story's 24-hour clock with its zone is a time of day, not a year: a zone in lower case ("1300 pdt"), a
zone with the other zone's time run on after a slash ("1430 EST/1930 GMT"), a zone named in full before "time"
("1700 New York time", "1305 Central Time", "1100 local hours"), and "est" in lower case after figures no year can
be ("1315 est"). A year before a capitalised word is still a year, and so is one before "est", an estimate in a
table, or one before "to" and a clock time."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(1987, 4, 14)  # a Tuesday


@pytest.mark.parametrize("text, expression, value", [
    ("The exchange said it will close at 1300 pdt because of heavy volume.", "1300 pdt", "1987-04-14T13:00"),
    ("The tender offer will expire at 1700 New York time on April 20, 1987.", "1700 New York time",
     "1987-04-20T17:00"),
    ("Night trading in the new contract will run until 1305 Central Time.", "1305 Central Time", "1987-04-14T13:05"),
    ("The minister said the talks began at 1100 local hours, an hour late.", "1100 local hours", "1987-04-14T11:00"),
    ("The company will hold a news conference at 1315 est today.", "1315 est", "1987-04-14T13:15"),
    ("Dock workers plan a stoppage from 0900 EDT/1300 GMT on Friday, their union said.", "0900 EDT/1300",
     "1987-04-17T09:00"),
])
def test_a_clock_with_its_zone_is_a_time_of_day(nlp, text, expression, value):
    found = [(t, v) for t, kind, v in dates_found(nlp, text, REPORT) if kind == "TIME"]
    assert (expression, value) in found
    assert not [t for t, kind, _ in dates_found(nlp, text, REPORT) if kind == "DATE" and t[:4].isdigit()
                and t[:4] == expression[:4]]


@pytest.mark.parametrize("text, year", [
    ("In 1950 Allied engineers rebuilt the bridge over the river.", "1950"),
    ("The board expects output of about 30,000 tonnes in 2000 est according to its table.", "2000"),
    ("The firm moved the deadline for its notes due 1996 to 1700 CDT on May 2.", "1996"),
])
def test_a_year_before_a_name_or_an_estimate_stays_a_year(nlp, text, year):
    assert (year, "DATE", year) in dates_found(nlp, text, REPORT)
