"""A noun that is no time before a count of units ("signed the lease 12 months later"): the model runs the noun
into the date; the expression starts at the count ("12 months later"), and a word that qualifies the units ("the
opening 45 minutes") stays in."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2031, 4, 8)  # a Tuesday


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Gerrit Halvorsen said in an interview several months before he joined Brantwell that he wanted change.",
            [("several months", "DURATION", "PXM")],
        ),
        (
            "Tamsin Orlek signed the lease 12 months later and opened a second shop.",
            [("12 months later", "DURATION", "P12M")],
        ),
    ],
)
def test_a_noun_before_a_count_of_units_is_left_out(nlp, text, expected):
    assert dates_found(nlp, text, REPORT) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kestrel Rovers dominated the opening 45 minutes but failed to score.",
            ("the opening 45 minutes", "DURATION", "PT45M"),
        ),
        ("Brantwell reported a loss for the nine months to September.", ("the nine months", "DURATION", "P9M")),
        (
            "Kestrel Rovers scored in the opening 60 seconds and never looked back.",
            ("the opening 60 seconds", "DURATION", "PT60S"),
        ),
    ],
)
def test_words_that_qualify_the_units_stay(nlp, text, expected):
    assert expected in dates_found(nlp, text, REPORT)
