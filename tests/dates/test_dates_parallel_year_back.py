"""A figure's base "a year earlier" after another base already a year back ("versus 1.5 mln a year ago") is the
same year, not the year before it; a year-back period the sentence reports on is still counted back from."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import date_values

PUBLISHED = date(2011, 4, 9)


def year_earlier(nlp, text):
    return [v for t, v in date_values(nlp, text, PUBLISHED) if t == "a year earlier"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Quillmore sold 52 tractors in the month, versus 47 a year ago. "
            "Its dealers took 18 harvesters against 21 a year earlier."
        ),
        (
            "Tessaro's mills ground 640 tonnes of flour, up from 610 tonnes in the same period a year ago. "
            "Bran sales came to 95 tonnes, down from 99 tonnes a year earlier."
        ),
    ],
)
def test_a_parallel_base_is_the_same_year(nlp, text):
    assert year_earlier(nlp, text) == ["2010"]


@pytest.mark.parametrize(
    "text, value",
    [
        # the year the sentence reports on, a year back, is what "a year earlier" counts from
        ("A year ago, Quillmore earned five mln dlrs, up from four mln dlrs a year earlier.", "2009"),
        # a year named in the story, not a base: counted from
        ("In 2008, Tessaro's sales rose to 12 mln dlrs from 10 mln dlrs a year earlier.", "2007"),
    ],
)
def test_a_reported_year_back_is_counted_from(nlp, text, value):
    assert year_earlier(nlp, text) == [value]


def test_a_year_reported_on_is_no_base(nlp):
    # "fell to 300 mln last year": the year reported on, which "the year before" counts back from
    text = "Exports at Quillmore fell to 300 mln dlrs last year, down from 450 mln dlrs the year before."
    assert ("the year before", "2009") in date_values(nlp, text, PUBLISHED)
