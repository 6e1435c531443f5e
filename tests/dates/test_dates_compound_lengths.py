""" "two years and four months": one length with both its parts (P2Y4M), as "three hours and 20 minutes" already was
(PT3H20M), not two lengths; the words that open it ("the past") stay with it. A gap after it ("12 hours later") is
one of its own."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2025, 11, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cooperative waited two years and four months for its water permit.",
         ("two years and four months", "DURATION", "P2Y4M")),
        ("Over the past two years and three months, harbour fees have doubled.",
         ("the past two years and three months", "DURATION", "P2Y3M")),
        ("The lighthouse keeper spent 5 days and 12 hours alone on the rock.",
         ("5 days and 12 hours", "DURATION", "P5DT12H")),
    ],
)
def test_a_length_in_two_units_is_one(nlp, text, expected):
    assert expected in dates_found(nlp, text, REPORT)


def test_a_gap_after_a_length_is_its_own(nlp):
    found = dates_found(nlp, "The canal was shut for two days and 12 hours later it reopened to barges.", REPORT)
    assert all(not value.startswith("P2DT") for _, _, value in found)
