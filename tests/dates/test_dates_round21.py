"""Round 21 date rules, each on sentences of our own run through the real pipeline: "that day" is the day the story
just named, and no date where it named none."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze

MONDAY = date(2016, 6, 27)  # a Monday


def _dates(nlp, text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in analyze(nlp, text, MONDAY).dates]


@pytest.mark.parametrize("text, value", [
    ("The board will meet the mayor on Thursday. The union also plans to see her that day at city hall.", "2016-06-30"),
    ("The donors all gave on March 3. Some of the donors who gave that day lived abroad.", "2016-03-03"),
])
def test_that_day_is_the_day_just_named(nlp, text, value):
    assert ("that day", value) in _dates(nlp, text)


@pytest.mark.parametrize("text", [
    "Traders can suffer huge losses on trades made that day.",
    "He said that day traders were losing money.",
])
def test_that_day_with_no_day_named_is_no_date(nlp, text):
    assert not [t for t, _ in _dates(nlp, text) if t == "that day"]
