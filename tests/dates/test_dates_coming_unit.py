""""The coming week", "the coming quarter": one unit after "coming" is the next one, as "next week" is; only a plural
("the coming weeks") is some number of them, a length of no stated size."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

THURSDAY = date(1987, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry tolls for the coming week were set at two crowns.", ("the coming week", "DATE", "1987-W11")),
        ("The mill will review its wage scales in the coming quarter.", ("the coming quarter", "DATE", "1987-Q2")),
        ("Rents in the harbour district will keep rising in the coming decade.", ("the coming decade", "DATE", "199")),
    ],
)
def test_one_coming_unit_is_the_next_one(nlp, text, expected):
    assert expected in dates_found(nlp, text, THURSDAY)


def test_coming_units_are_a_rough_length(nlp):
    text = "The port authority will name a new pilot in the coming weeks."
    assert ("the coming weeks", "DURATION", "PXW") in dates_found(nlp, text, THURSDAY)
