"""A year counted back ("the previous year", "a year earlier") counts from the year the story tells of, not
from another year counted back before it; a half named with its year anchors such a count too."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

PUBLISHED = date(2023, 9, 14)


def _values(nlp, text: str, expression: str) -> list[str]:
    return [d.value for d in analyze(nlp, text, PUBLISHED).dates if d.text == expression]


def test_second_previous_year_counts_from_the_story_year(nlp):
    text = ("The brewer said its profit for the year fell to 80 million euros from 95 million euros the previous "
            "year. Sales in its home market were weaker than the previous year because of a wet summer.")
    assert _values(nlp, text, "the previous year") == ["2022", "2022"]


def test_year_earlier_after_a_half(nlp):
    text = ("The board said it could keep 2023 profit level with the previous year's. The group reported 2023 "
            "first-half net profit fell to 12 million euros from a year-earlier 15 million euros.")
    assert _values(nlp, text, "a year-earlier") == ["2022"]


def test_previous_year_after_a_named_year(nlp):
    # left alone: counted from a year the story names, not from a count back
    text = "In 2019 the company lost money. The previous year it had made a profit."
    assert _values(nlp, text, "The previous year") == ["2018"]
