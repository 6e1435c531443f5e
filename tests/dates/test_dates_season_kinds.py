"""A season word alone before a noun names a kind of crop or weather, not a season of the calendar."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

REPORT = date(2014, 3, 12)


@pytest.mark.parametrize("text, word", [
    ("Farmers said the winter wheat crop looked healthy after the rains.", "winter"),
    ("A winter storm warning was posted for the northern counties.", "winter"),
    ("Spring wheat planting in the north is running behind.", "Spring"),
])
def test_season_before_a_noun_is_no_date(nlp, text, word):
    assert not [d for d in analyze(nlp, text, REPORT).dates if d.text == word]


@pytest.mark.parametrize("text, expression", [
    ("Sales fell during the winter months, the chain said.", "the winter months"),
    ("The bridge will be closed over the summer holidays.", "The summer holidays"),
    ("Prices climbed sharply last winter.", "last winter"),
    ("The dam will be finished in the spring.", "the spring"),
])
def test_season_of_the_calendar_stays(nlp, text, expression):
    assert [d for d in analyze(nlp, text, REPORT).dates if d.text.lower() == expression.lower()]
