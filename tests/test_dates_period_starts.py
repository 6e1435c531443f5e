"""The day a year or season begins on: in the year a named split or fiscal year starts in; with no year named, the
start nearest the report (the year under way, or the one about to open), whatever the tense made of it."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

PUBLISHED = date(2011, 3, 4)


def found(nlp, text, expression):
    return dated(nlp, text, expression, PUBLISHED)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # told in March, the past tense alone reads a start still ahead a year back
        (
            "Quillmore's growers wanted higher rye prices in the crop year beginning August 1, a spokesman said.",
            "August 1",
            "2011-08-01",
        ),
        (
            (
                "The Tessaro cabinet approved a plan calling for 40 new teachers in fiscal 2011/12 starting July 1, "
                "an aide said."
            ),
            "July 1",
            "2011-07-01",
        ),
    ],
)
def test_the_start_lies_in_the_year_it_opens(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DATE", value)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        # a start a few weeks back: the year under way
        (
            "Tessaro capped its cheese output at 3,500 tonnes for the year starting February 1.",
            "February 1",
            "2011-02-01",
        ),
        # no year or season begins on the day: left to the tense
        ("Tessaro said it began cutting prices on August 1.", "August 1", "2010-08-01"),
    ],
)
def test_other_days_stay(nlp, text, expression, value):
    assert found(nlp, text, expression) == ("DATE", value)
