"""An honour's name, "<noun> of the year/month/week" ("album of the year", "its word of the year"), is no date
(dates/spans.py, _honour_title, with lexicon.json's honour_nouns): the period names the award. A period that
places things in it ("the first album of the year", "the end of the year") stays a date."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

REPORT = date(2019, 8, 2)


@pytest.mark.parametrize(
    "text",
    [
        "The Larkspur Quartet won album of the year for its third record.",
        "The Vendell Dictionary named 'flummox' its word of the year.",
        "Tobias Renk was voted player of the month by the club's fans.",
    ],
)
def test_an_honour_name_is_no_date(nlp, text):
    assert not [v for t, v in date_values(nlp, text, REPORT) if "year" in t or "month" in t]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal places the album in the year: it is this year's first
        ("The Larkspur Quartet released the first album of the year in January.", "the year"),
        # no honour noun before it: the year under way
        ("Sales at Dorrick Lines will rise by the end of the year, Anna Velt said.", "the end of the year"),
    ],
)
def test_a_period_that_places_things_stays(nlp, text, expected):
    assert expected in [t for t, _ in date_values(nlp, text, REPORT)]



@pytest.mark.parametrize(
    "text",
    [
        "The Larkspur Quartet had the fastest-selling single of the year in Norland.",
        "Critics named it the best film of the year.",
    ],
)
def test_a_comparison_within_the_period_keeps_its_date(nlp, text):
    assert [v for t, v in date_values(nlp, text, REPORT) if "year" in t] == ["2019"]
