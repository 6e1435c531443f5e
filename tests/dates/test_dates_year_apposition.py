"""A "the year" set beside a year just named ("since 2010, the year the court ruled") is that year, not the report's."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

PUBLISHED = date(2021, 6, 3)


@pytest.mark.parametrize("text, value", [
    ("Ticket sales have doubled since 2012, the year the stadium reopened.", "2012"),
    ("The museum dates its collection from 2004, which was the year the founder died.", "2004"),
])
def test_the_year_beside_a_year_is_that_year(nlp, text, value):
    assert dated(nlp, text, "the year", PUBLISHED) == ("DATE", value)


def test_the_year_apart_from_a_named_year_is_left_alone(nlp):
    text = "The bakery, which opened in 2012, expects to turn a profit for the year."
    assert dated(nlp, text, "the year", PUBLISHED) == ("DATE", "2021")
