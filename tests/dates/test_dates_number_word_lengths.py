"""Lengths counted in number words the duration reader did not count: "a thousand years" (the model often tags
"thousand years" without its article), "two dozen years", "half a dozen years", "a few hundred years" (some
hundreds, not one hundred), "a half-decade", "one and a half centuries", "a hundred and fifty years"."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dates_found

from store.analysis.dates.normalize import normalize

_TOLD = date(2031, 6, 12)


@pytest.mark.parametrize("text, expression, value", [
    ("The old stone bridge has stood for a thousand years.", "thousand years", "P1000Y"),
    ("The orchard has been in the family for two dozen years.", "two dozen years", "P24Y"),
    ("The lighthouse keeper worked there for half a dozen years before retiring.", "half a dozen years", "P6Y"),
    ("The harbour has been dredged twice over the past half-dozen days.", "the past half-dozen days", "P6D"),
    ("Monks farmed the valley for a few hundred years.", "a few hundred years", "PXY"),
    ("The choir has toured abroad for a half-decade.", "a half-decade", "P5Y"),
    ("The library has served readers for one and a half centuries.", "one and a half centuries", "P150Y"),
])
def test_number_word_lengths(nlp, text, expression, value):
    assert (expression, "DURATION", value) in dates_found(nlp, text, _TOLD)


@pytest.mark.parametrize("words, value", [
    ("a hundred and fifty years", "P150Y"),
    ("a couple hundred thousand years", "P200000Y"),
    ("a dozen weeks", "P12W"),
    ("several thousand years", "PXY"),
    ("two thousand years", "P2000Y"),
])
def test_number_word_counts(words, value):
    assert normalize(words, _TOLD, None) == ("DURATION", value)


def test_a_thousand_years_ago_and_a_spelt_year():
    assert normalize("a thousand years ago", _TOLD, "past") == ("DATE", "1031")  # was a vague past
    assert normalize("the year two thousand", _TOLD, None) == ("DATE", "2000")  # a spelt year, as before
