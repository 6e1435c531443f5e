""""a fourth consecutive year-on-year fall in output", "a 12th straight month-on-month rise": a count of comparisons
between figures, neither a date nor a length of time. The model tags the ordinal, the count word and the compound
as one date, which was given the report's year or a length of that many years."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts

REPORT = date(2011, 5, 12)


@pytest.mark.parametrize("text", [
    "Steel output fell 2.1 pct in April from a year earlier, the fourth consecutive year-on-year drop.",
    "Ferry bookings rose 3 pct in April against last April, the sixth successive year-on-year gain.",
    "Car sales slid 5 pct in April from a year earlier for the 16th straight year-on-year decline.",
    "Retail prices edged up again in April, the fifth consecutive month-on-month rise, the bureau reported.",
])
def test_count_of_comparisons_is_no_date(nlp, text):
    found = date_texts(nlp, text, REPORT)
    assert not [t for t in found if "-on-" in t], found
    assert "April" in found


def test_count_of_periods_stays_left_out(nlp):
    found = date_texts(nlp, "Orders rose for the third consecutive month in April, the ministry reported.", REPORT)
    assert not [t for t in found if "third" in t]
    assert "April" in found


def test_plain_comparison_is_left(nlp):
    found = date_texts(nlp, "Exports rose 4 pct year-on-year in April, the first rise this year.", REPORT)
    assert "April" in found and "this year" in found
