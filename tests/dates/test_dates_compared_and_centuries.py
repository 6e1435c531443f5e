"""Round 28 (second pass) date rules.

- Two dates compared with "than" ("sales were stronger in March than February") are two expressions, each read alone,
  as "against" already split them; the model runs them into one, valued as the second.
- A year of hundreds written as a plural ("the 1700s") is the century of those hundred years, as TIMEX3 writes it
  ("17"), not the first decade of it; "the 2000s" stays the decade it is mostly said of.
"""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("spacy")

from date_support import dated, dates_found

REPORT = date(2007, 3, 14)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("Car sales were stronger in January than December, the dealers said.",
     [("January", "DATE", "2007-01"), ("December", "DATE", "2006-12")]),
    ("Turnover was higher in 2003 than 2002 at most of the shops.",
     [("2003", "DATE", "2003"), ("2002", "DATE", "2002")]),
])
def test_dates_compared_with_than_are_two(nlp, text, expected):
    assert dates_found(nlp, text, REPORT) == expected


def test_a_bound_with_than_stays_one_length(nlp):
    assert dated(nlp, "The new bridge took more than six years to build.", "more than six years", REPORT) == (
        "DURATION", "P6Y")


@pytest.mark.parametrize("text, expression, value", [
    ("The old mill by the river was built in the 1700s by a family of weavers.", "the 1700s", "17"),
    ("Most of the terraced streets date from the early 1900s, the council said.", "the early 1900s", "19"),
])
def test_a_plural_of_hundreds_is_a_century(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)


@pytest.mark.parametrize("text, expression, value", [
    ("Their second album was one of the best records of the 1970s.", "the 1970s", "197"),
    ("The band first toured Japan in the 1910s, the museum's notes say.", "the 1910s", "191"),
    ("House prices in the town have doubled since the 2000s began.", "the 2000s", "200"),
])
def test_a_plural_of_tens_stays_a_decade(nlp, text, expression, value):
    assert dated(nlp, text, expression, REPORT) == ("DATE", value)

