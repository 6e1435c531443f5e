"""A band of ages ("18 to 24-year-olds") is an age, as "the 25-year-old" is, not a length of years."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from date_support import date_texts


def test_a_band_of_ages_is_no_date(nlp):
    assert date_texts(nlp, "The poll asked 18 to 24-year-olds how they follow the news.") == []


def test_plural_ages_are_no_date(nlp):
    assert date_texts(nlp, "Most 34-year-olds in the town rent their homes.") == []


def test_a_length_beside_an_age_stays(nlp):
    assert "five years" in date_texts(nlp, "The scheme runs for five years and pays 16-year-olds to train.")
