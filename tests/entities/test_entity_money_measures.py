"""'the U.S. M-1 money supply', 'M-1-A rose': a money-supply measure is a letter code with a number, a place's
abbreviation before it or a sub-letter after a second dash; it names no organisation (real model and pipeline).
Passages of our own."""

from __future__ import annotations

import pytest
from entity_support import label_by_text

_MEASURES = [
    ("U.S. M-1 money supply rose 700 mln dlrs in the week, the Federal Reserve said.", "U.S. M-1"),
    ("NEW YORK, May 4 - Narrow money M-1-A fell 1.2 billion dlrs in the week, the bank said. M-2 rose.", "M-1-A"),
]


@pytest.mark.parametrize("text, measure", _MEASURES)
def test_a_money_measure_is_no_organisation(nlp, text, measure) -> None:
    assert label_by_text(nlp, text).get(measure, "PRODUCT") not in ("ORG", "PERSON", "GPE", "LOC", "FAC")
