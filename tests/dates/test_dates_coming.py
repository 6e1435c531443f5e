""""the coming year", "the coming fiscal year" (real model; our own sentences about made-up firms and boards): the
year ahead, told from wherever the story stands and often a fiscal year under way within weeks, so neither next
calendar year nor a vague count of years ("coming" is a vague number only before a plural, "in the coming weeks"):
a future reference, as "the coming years" is.
"""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated

FRIDAY = date(2031, 4, 11)


@pytest.mark.parametrize("text, expression", [
    ("Brindle Mills said it expects to open four plants during the coming fiscal year.", "the coming fiscal year"),
    ("The ministry expects wool exports to recover in the coming year, a spokesman said.", "the coming year"),
])
def test_the_coming_year_is_ahead(nlp, text, expression):
    assert dated(nlp, text, expression, FRIDAY) == ("DATE", "FUTURE_REF")


def test_the_coming_weeks_stay_a_vague_length(nlp):
    text = "Officials said the board would review the sale in the coming weeks."
    assert dated(nlp, text, "the coming weeks", FRIDAY) == ("DURATION", "PXW")
