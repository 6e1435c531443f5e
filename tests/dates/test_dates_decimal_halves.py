"""A length written with a decimal half ("3.5 years", "38.5 hours", "a 2.5-year note") is the whole count and a half,
as "3-1/2 years" and "3 1/2 years" are read, not some vague number of years."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

SPRING = date(2031, 4, 6)


@pytest.mark.parametrize("text, expression, value", [
    ("The notes have an average life of 3.5 years, the underwriter said.", "3.5 years", "P3Y6M"),
    ("Metalworkers won a working week of 38.5 hours in the new contract.", "38.5 hours", "PT38H30M"),
    ("The ferry crossing took 11.5 hours in heavy seas.", "11.5 hours", "PT11H30M"),
])
def test_a_decimal_half_is_a_half(nlp, text, expression, value):
    assert dated(nlp, text, expression, SPRING) == ("DURATION", value)


def test_other_decimals_stay_vague(nlp):
    # a quarter or a tenth is not a half: left as before
    text = "The mine has a life of 4.25 years at the present rate."
    assert dated(nlp, text, "4.25 years", SPRING) == ("DURATION", "PXY")
