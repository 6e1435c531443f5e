"""Date spans the model runs together: a date, then a length counted from it after a comma or a spaced dash
("on June 17, two days before the launch"), and a list of bare months ("in May, June and July"). Each is a
mention of its own."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2012, 3, 14)


def test_day_then_a_length_before_an_event(nlp):
    found = dates_found(nlp, "The library will reopen on April 20, three days before the festival begins.", REPORT)
    assert ("April 20", "DATE", "2012-04-20") in found
    assert ("three days", "DURATION", "P3D") in found


def test_month_then_a_length_after_a_dash(nlp):
    found = dates_found(nlp, "The new bridge is not expected to open until September - two years late.", REPORT)
    assert ("September", "DATE", "2012-09") in found
    assert ("two years", "DURATION", "P2Y") in found


def test_list_of_bare_months(nlp):
    found = dates_found(nlp, "Rainfall was below average in May, June and August, the bureau said.", REPORT)
    assert [(m[0], m[2]) for m in found] == [("May", "2011-05"), ("June", "2011-06"), ("August", "2011-08")]


def test_day_and_year_stay_one_date(nlp):
    assert dates_found(nlp, "The painter was born on May 5, 1960, in a village near the coast.", REPORT) == [
        ("May 5, 1960", "DATE", "1960-05-05")
    ]
