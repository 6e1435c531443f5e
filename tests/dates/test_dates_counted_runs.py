""""For three straight quarters", "five consecutive years": a cardinal count before "straight", "consecutive" or
"successive" and a plural unit is a length (DURATION), as TIMEX3 marks "three years"; an ordinal ("the third
consecutive month", "a second straight year") stays a count of periods, no date."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

THURSDAY = date(1987, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dairy has grown for three straight quarters.", ("three straight quarters", "DURATION", "P3Q")),
        ("Tram fares rose for five consecutive years.", ("five consecutive years", "DURATION", "P5Y")),
        ("The kiln workers struck for two successive weeks.", ("two successive weeks", "DURATION", "P2W")),
        ("The canal froze for ten consecutive days.", ("ten consecutive days", "DURATION", "P10D")),
    ],
)
def test_a_counted_run_is_a_length(nlp, text, expected):
    assert expected in dates_found(nlp, text, THURSDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Mill output fell for the third consecutive month.",
        "The ferry line lost money for a second straight year.",
    ],
)
def test_an_ordinal_run_is_no_date(nlp, text):
    assert not [f for f in dates_found(nlp, text, THURSDAY) if "consecutive" in f[0] or "straight" in f[0]]
