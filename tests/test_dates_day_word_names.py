"""A day word inside a name ("USA Today", "The Tonight Show", "ABC's This Week", a group called "Ohio Now")
dates nothing; the same words opening a sentence or clause, or in a title-case headline, still do."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze, build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


REPORT = date(2024, 2, 14)


def _texts(nlp, text: str) -> list[str]:
    return [d.text for d in analyze(nlp, text, REPORT).dates]


@pytest.mark.parametrize("text, word", [
    ("The figures were first published by USA Today, which surveyed 900 readers.", "Today"),
    ("The candidate will tape an appearance on The Tonight Show with its new host.", "Tonight"),
    ("The governor told ABC's This Week that the budget would pass.", "This Week"),
    ("A spokesman for the advocacy group Ohio Now said the ads would keep running.", "Now"),
    ("The comedian hosted a late-night program called “Garcia Tonight” for two seasons.", "Tonight"),
])
def test_a_day_word_in_a_name_is_no_date(nlp, text, word):
    assert word not in _texts(nlp, text)


@pytest.mark.parametrize("text, word", [
    ("Now the council must decide how to pay for the bridge.", "Now"),
    ("The council met on Monday. Today it will vote on the bridge.", "Today"),
    ("“Tonight we celebrate,” the mayor told the crowd.", "Tonight"),
    ("City Council Votes On Bridge Plan Today After Long Delay\nThe council will meet at noon.", "Today"),
    ("The Work Begins Tomorrow, But For Today, We Celebrate\nThe mayor thanked the crews.", "Today"),
])
def test_a_day_word_outside_a_name_stays(nlp, text, word):
    assert word in _texts(nlp, text)
