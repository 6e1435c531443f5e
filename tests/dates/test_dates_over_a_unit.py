"""A length of one unit after "over" ("delayed over an hour", "over a minute behind", "last over a week"): the
model tags none of them, though it tags "more than a week" and "for over a year". TimeML marks the length, a
DURATION; "over" stays out of its extent as it does before a count."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

REPORT = date(2031, 4, 8)  # a Tuesday


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The final at the Kestrel Arena was delayed over an hour by rain.", ("an hour", "DURATION", "PT1H")),
        ("Tamsin Orlek finished the race over a minute behind the winner.", ("a minute", "DURATION", "PT1M")),
        ("The inspection of the Pellam plant is likely to last over a week.", ("a week", "DURATION", "P1W")),
    ],
)
def test_one_unit_after_over_is_a_length(nlp, text, expected):
    assert expected in dates_found(nlp, text, REPORT)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the unit qualifies a noun: no length of time
        ("Quillmont Corp's chief won over a second term on the board.", []),
        # a length the model already tags keeps its extent
        ("Talks between Brixco and its unions have dragged on for over a year.", [("a year", "DURATION", "P1Y")]),
        ("The shutdown at the Pellam mill lasted more than a week.", [("more than a week", "DURATION", "P1W")]),
    ],
)
def test_what_is_no_length_or_already_one_stays(nlp, text, expected):
    assert dates_found(nlp, text, REPORT) == expected
