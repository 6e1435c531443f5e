""" "before at least 2029", "by 2100", "a 2022 judgment": a four-digit year the model reads as a count, where only a
year can stand (after "a" before a singular noun, after a preposition of time with no noun or move after it), is a
year; a count moved or measured ("grew by 2040 to 9300", "a 1500 km canal") is no year."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_texts, date_values

REPORT = date(2026, 4, 20)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The regulator will not approve new mines before at least 2029, officials said.", "2029"),
        ("Glaciers in the valley could vanish by 2100 under the warmest scenario, the survey institute said.", "2100"),
        ("The appeal follows a 2022 judgment on harbour fees.", "2022"),
    ],
)
def test_a_year_read_as_a_count_is_a_year(nlp, text, year):
    assert (year, year) in date_values(nlp, text, REPORT)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The company is digging a 1500 km canal across the plain, officials said.", "1500"),
        ("The cooperative's herd grew by 2040 to 9300 cows.", "2040"),
    ],
)
def test_a_count_is_no_year(nlp, text, figure):
    assert figure not in date_texts(nlp, text, REPORT)
