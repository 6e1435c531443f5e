""" "We were a small miller a year ago; today ...": in an earnings story a year back that its sentence tells of,
with no figure or word of comparison in that sentence, is the year back from the report; a figure's base ("from 9
million dollars a year ago", "lower than a year ago", "A year earlier, net profit was ...") stays the reported
quarter's."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(2025, 8, 5)
LEAD = "Harbour Mills said second-quarter net profit rose to 12 million dollars from 9 million dollars a year ago. "


def test_a_year_ago_told_alone_is_the_year(nlp):
    text = LEAD + '"We were a small miller a year ago; today we feed the coast," the chief executive said.'
    values = [v for t, v in date_values(nlp, text, REPORT) if t == "a year ago"]
    assert values == ["2024-Q2", "2024"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales in the second quarter were lower than a year ago.",
        "A year earlier, net profit was 9 million dollars.",
    ],
)
def test_a_base_stays_the_quarter(nlp, sentence):
    values = [v for t, v in date_values(nlp, LEAD + sentence, REPORT) if t.lower() in ("a year ago", "a year earlier")]
    assert values[-1] == "2024-Q2"
