"""A length whose count holds a half ("5 1/2 hours", "2-1/2 years", "two and a half years"): the model often reads
the count as a number and tags no date; the length is still found, and half a month or week keeps its half."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

APRIL = date(1987, 4, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy will spend about 5 1/2 hours in Lyon before flying home.", ("5 1/2 hours", "PT5H30M")),
        ("The walkout at the brickworks lasted about 2-1/2 years.", ("2-1/2 years", "P2Y6M")),
        ("The walkout at the brickworks lasted about two and a half years.", ("two and a half years", "P2Y6M")),
        ("The new kiln pays for itself in less than 1-1/2 years.", ("1-1/2 years", "P1Y6M")),
    ],
)
def test_a_count_with_its_half_is_a_length(nlp, text, expected):
    assert expected in date_values(nlp, text, APRIL)


def test_the_half_tagged_alone_is_taken_back_to_its_count(nlp):
    text = "The credit runs 12 years, including four and one-half years of grace."
    assert ("four and one-half years", "P4Y6M") in date_values(nlp, text, APRIL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dock strike has gone on for 4 1/2 weeks.", ("4 1/2 weeks", "P4.5W")),
        ("The mill reopened after a 3-1/2 month stoppage.", ("3-1/2 month", "P3.5M")),
    ],
)
def test_half_a_month_or_week_is_kept(nlp, text, expected):
    assert expected in date_values(nlp, text, APRIL)


@pytest.mark.parametrize(
    "text",
    [
        "The 6-1/2 year-old dispute over the quarry has no end in sight.",
        "Shares of the brewer rose 2 1/2 points to 31 1/2.",
    ],
)
def test_an_age_or_a_price_is_no_length(nlp, text):
    assert date_values(nlp, text, APRIL) == []
