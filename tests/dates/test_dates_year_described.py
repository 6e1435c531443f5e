""""2025 would be another tough year": the year named is the subject and the phrase after the verb says what kind
of year it is; the phrase is no second date (it took the report's year). A year phrase of its own stays."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

MARCH = date(1987, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "The shipyard warned that 2025 would be another tough year for its ferry orders.",
        "The glassmaker thinks 1988 is likely to be a bumper year for its kilns.",
        "The mill owners fear 1988 will be another bad year for wool.",
    ],
)
def test_a_kind_of_year_said_of_a_year_is_no_second_date(nlp, text):
    assert [t for t, _ in date_values(nlp, text, MARCH)] == [next(w for w in text.split() if w.isdigit())]


def test_a_kind_of_year_said_of_something_else_stays(nlp):
    assert ("a record year", "1987") in date_values(nlp, "It was a record year for the tannery.", MARCH)
