"""Two bare months joined into one stretch ("from February to July", "May and August") share a year, the one that
puts the stretch nearer the report, where the tense alone read the second a year back; months told as a list
backwards, a stretch over the new year and months already in one year stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

SPRING = date(2031, 4, 14)


@pytest.mark.parametrize("text, months", [
    ("Shipments ran from February to July, the ministry said.",
     [("February", "2031-02"), ("July", "2031-07")]),
    ("Deliveries of the ore were spread over May and August, the agency said.",
     [("May", "2031-05"), ("August", "2031-08")]),
    # the first month moves to the second's year
    ("Wool futures for June and September closed firmer on Tuesday, brokers said.",
     [("June", "2031-06"), ("September", "2031-09")]),
])
def test_two_joined_months_share_a_year(nlp, text, months):
    found = [(t, v) for t, kind, v in dates_found(nlp, text, SPRING) if kind == "DATE" and t in dict(months)]
    assert found == months


@pytest.mark.parametrize("text, months", [
    ("Output fell 0.2 pct and 0.4 pct in November and October, the office said.",
     [("November", "2030-11"), ("October", "2030-10")]),
    ("Exports fell in November and January, the office said.", [("November", "2030-11"), ("January", "2031-01")]),
    ("Barley sales rose in March and April, the board said.", [("March", "2031-03"), ("April", "2031-04")]),
])
def test_a_list_backwards_or_a_stretch_already_in_order_stays(nlp, text, months):
    found = [(t, v) for t, kind, v in dates_found(nlp, text, date(2031, 3, 14)) if t in dict(months)]
    assert found == months
