"""A rough length placed from the story's time ("over the next 12 to 18 months", "in the past 10 to 15 years") keeps
the words that place it, as "the next three years" does; the model tags it whole, the range was cut to its counts."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

APRIL = date(1987, 4, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brewer will open two plants within the next 12 to 18 months.", ("the next 12 to 18 months", "PXM")),
        ("Land prices near the port have doubled over the past 10 to 15 years.", ("the past 10 to 15 years", "PXY")),
        ("Margins should stay thin for the next two to three years, the co-op warned.", ("the next two to three years", "PXY")),
    ],
)
def test_a_placed_range_keeps_its_place(nlp, text, expected):
    assert expected in date_values(nlp, text, APRIL)


def test_a_bare_range_is_unchanged(nlp):
    text = "The repairs to the pier will take two to three weeks."
    assert ("two to three weeks", "PXW") in date_values(nlp, text, APRIL)
