"""A date told with "is / was likely to <verb>": a forecast, not a deed. Told in the present it looks ahead; told with
"was" it may lie either side of the report, as a plan told in the past does. The parser often hangs such a date on the
copula ("was likely to ..., probably at its meeting in June"), whose past tense would put the month behind the report.
A date in the subject ("March's slump is not likely to last") keeps its own reading."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(2031, 2, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "A fisheries analyst said the board was likely to begin raising the quota in the third quarter, "
                "probably by a small step at its meeting in August."
            ),
            [("the third quarter", "2031-Q3"), ("August", "2031-08")],
        ),
        ("The harbour authority is likely to reopen the northern pier in June.", [("June", "2031-06")]),
    ],
)
def test_likely_to_looks_ahead(nlp, text, expected):
    values = date_values(nlp, text, REPORT)
    for pair in expected:
        assert pair in values


def test_a_month_in_the_subject_keeps_its_reading(nlp):
    text = "The miller said January's slump in flour orders was not likely to last."
    assert ("January", "2031-01") in date_values(nlp, text, REPORT)
