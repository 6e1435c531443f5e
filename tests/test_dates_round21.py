"""Round 21 date rules, each on sentences of our own run through the real pipeline: words after a dash with spaces
about it, which the model runs into a date, stay out of it when they name no time; a range across the dash stays;
"that day" is the day the story just named, and no date where it named none."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from store.analysis import analyze, build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


MONDAY = date(2016, 6, 27)  # a Monday


def _dates(nlp, text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in analyze(nlp, text, MONDAY).dates]


@pytest.mark.parametrize("text, expected", [
    ('"We can win on Tuesday - seven or eight hundred votes will do it," the mayor said.', ("Tuesday", "2016-06-28")),
    ("The permits will not be issued until the end of March - after the vote - and just before the fair.",
     ("the end of March", "2017-03")),
    ("The firm spent $500 through the end of June ― the period the report covers.", ("the end of June", "2016-06")),
])
def test_words_after_a_dash_that_name_no_time_stay_out(nlp, text, expected):
    assert _dates(nlp, text)[0] == expected


def test_a_range_across_a_dash_keeps_its_ends(nlp):
    found = [t for t, _ in _dates(nlp, "The fair ran from 1990 - 1995 in the old town.")]
    assert found == ["1990", "1995"]


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
