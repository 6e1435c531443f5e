""""Within weeks or months", "in recent weeks and months": two bare plural units joined by "or"/"and" are one vague
length, as TIMEX3 marks them, valued by the first unit; a counted second part ("two days and three nights")
stays its own expression."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

THURSDAY = date(1987, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The canal could reopen within weeks or months.", ("weeks or months", "DURATION", "PXW")),
        ("Repairs to the kilns may take days or weeks.", ("days or weeks", "DURATION", "PXD")),
        ("The ferry line has lost riders in recent weeks and months.", ("recent weeks and months", "DURATION", "PXW")),
        ("The shipyard said the work could take months or years.", ("months or years", "DURATION", "PXM")),
    ],
)
def test_two_vague_units_are_one_length(nlp, text, expected):
    assert expected in dates_found(nlp, text, THURSDAY)


def test_a_counted_second_part_stays_apart(nlp):
    found = dates_found(nlp, "The tram crews worked two days and three nights.", THURSDAY)
    assert ("two days", "DURATION", "P2D") in found
