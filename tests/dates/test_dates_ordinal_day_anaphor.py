""" "Entries open on March 17 and close on the 19th": a day of the month written as an ordinal after a preposition,
with no noun after it, is a day of the month named a few sentences before it; "on the 4th hole", "the 12th
spot" count things, and with no month named near it the ordinal stays out."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entries open on March 17. They close on the 19th, the organisers said.",
         [("March 17", "DATE", "2025-03-17"), ("the 19th", "DATE", "2025-03-19")]),
        ("The dock strike began on May 2 and ended on the 9th.",
         [("May 2", "DATE", "2025-05-02"), ("the 9th", "DATE", "2025-05-09")]),
    ],
)
def test_a_lone_ordinal_day_takes_the_month_named_before(nlp, text, expected):
    assert dates_found(nlp, text, REPORT) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sails in April. She finished level on the 4th hole and rose to the 12th spot.",
        "Repairs resume in the harbour on the 21st, the port said.",
    ],
)
def test_an_ordinal_with_a_noun_or_no_month_near_it_stays_out(nlp, text):
    assert all(not t.startswith("the ") or not t[4:6].strip().isdigit() for t, _, _ in dates_found(nlp, text, REPORT))
